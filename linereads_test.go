package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLineReads checks that a page's memo of the head's readings gives
// what the readers give, keeps a line once, keeps no more lines than its
// limit, and that a caller appending to what it handed out does not
// change what it keeps.
func TestLineReads(t *testing.T) {
	lines := []string{
		"By Jane Roe and John Doe, Associated Press",
		"Von Erika Mustermann | 12.05.2024, 10:00 Uhr",
		"Jane Roe | 3 min read",
		"Published: May 4, 2016",
		"Por Juan Pérez, Madrid",
		"The council met on Tuesday to vote on the budget.",
		"",
	}
	lr := &lineReads{limit: 100}
	for _, s := range lines {
		for range 2 {
			wantML, wantOK := readHeadLine(s)
			gotML, gotOK := lr.headLine(s)
			if gotOK != wantOK || !cmp.Equal(gotML, wantML, cmp.AllowUnexported(metaLine{}, credit{}, dateText{})) {
				t.Errorf("headLine(%q) = %+v %v, want %+v %v", s, gotML, gotOK, wantML, wantOK)
			}
			wantMeta, wantMetaOK := readMetaLine(s)
			gotMeta, gotMetaOK := lr.metaLine(s)
			if gotMetaOK != wantMetaOK || !cmp.Equal(gotMeta, wantMeta, cmp.AllowUnexported(metaLine{}, credit{}, dateText{})) {
				t.Errorf("metaLine(%q) = %+v %v, want %+v %v", s, gotMeta, gotMetaOK, wantMeta, wantMetaOK)
			}
			wantP, wantL := headByline(s)
			if gotP, gotL := lr.byline(s); !cmp.Equal(gotP, wantP) || gotL != wantL {
				t.Errorf("byline(%q) = %q %v, want %q %v", s, gotP, gotL, wantP, wantL)
			}
			wantC, wantCOK := parseCreditLine(s)
			if gotC, gotCOK := lr.credit(s); gotCOK != wantCOK || !cmp.Equal(gotC, wantC, cmp.AllowUnexported(credit{})) {
				t.Errorf("credit(%q) = %+v %v, want %+v %v", s, gotC, gotCOK, wantC, wantCOK)
			}
			if got, want := lr.isMetaLine(s), isMetaLine(s); got != want {
				t.Errorf("isMetaLine(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if len(lr.head) != len(lines) || len(lr.meta) != len(lines) || len(lr.names) < len(lines) || len(lr.credits) < len(lines) {
		t.Errorf("kept %d head lines, %d meta lines, %d names, %d credits for %d lines", len(lr.head), len(lr.meta), len(lr.names), len(lr.credits), len(lines))
	}

	// Two callers appending to the same kept names do not write over
	// each other's.
	three := "By Jane Roe, John Doe and Mary Major, Associated Press"
	c1, _ := lr.credit(three)
	if len(c1.people) != 3 {
		t.Fatalf("credit(%q) read %q", three, c1.people)
	}
	first := append(c1.people, "Ann Other")
	c2, _ := lr.credit(three)
	second := append(c2.people, "Bob Other")
	if first[3] != "Ann Other" || second[3] != "Bob Other" {
		t.Errorf("appends to a kept credit's people: %q, %q", first, second)
	}

	// Every slice it hands out, first or again, is capped at its length,
	// though its reader left room in it (three names read one at a time):
	// each reader asked first of a fresh memo.
	for _, s := range []string{"By Jane Roe, John Doe and Mary Major", "Jane Roe | John Doe | Mary Major | 3 min read"} {
		for _, what := range []string{"headLine", "metaLine", "byline", "credit"} {
			fresh := &lineReads{limit: 100}
			for range 2 {
				var p []string
				switch what {
				case "headLine":
					ml, _ := fresh.headLine(s)
					p = ml.credit.people
				case "metaLine":
					ml, _ := fresh.metaLine(s)
					p = ml.credit.people
				case "byline":
					p, _ = fresh.byline(s)
				case "credit":
					c, _ := fresh.credit(s)
					p = c.people
				}
				if cap(p) != len(p) {
					t.Errorf("%s(%q) handed out %d names with room for %d", what, s, len(p), cap(p))
				}
			}
		}
	}

	// Past its limit, the memo reads lines afresh and keeps none.
	small := &lineReads{limit: 2}
	for _, s := range lines {
		small.headLine(s)
		small.byline(s)
	}
	if len(small.head) > 2 || len(small.names) > 2 || len(small.meta) > 2 || len(small.credits) > 2 {
		t.Errorf("a memo of limit 2 kept %d, %d, %d, %d lines", len(small.head), len(small.names), len(small.meta), len(small.credits))
	}
	if got, want := small.isMetaLine(lines[3]), isMetaLine(lines[3]); got != want {
		t.Errorf("past the limit, isMetaLine(%q) = %v, want %v", lines[3], got, want)
	}

	// A nil memo reads every line afresh.
	var none *lineReads
	none.sizeCredits(10)
	if got, want := none.isMetaLine(lines[3]), isMetaLine(lines[3]); got != want {
		t.Errorf("nil memo: isMetaLine(%q) = %v, want %v", lines[3], got, want)
	}
	if _, ok := none.headLine(lines[0]); !ok {
		t.Errorf("nil memo: headLine(%q) read nothing", lines[0])
	}
}
