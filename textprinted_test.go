package wirestory

import (
	"slices"
	"testing"
)

// collapsedSlots reads lines as a dump written one block per line: no
// blank line between them, the gaps inferGaps gives it set.
func collapsedSlots(lines ...string) []slot {
	bs := make([]block, len(lines))
	for i, l := range lines {
		bs[i] = block{text: l, kind: kindLine}
		bs[i].measure()
	}
	inferGaps(bs)
	ss := make([]slot, len(bs))
	for i := range bs {
		ss[i] = slot{block: &bs[i]}
	}
	return ss
}

// TestPrintedGapListRest checks that, on a dump written one block per
// line, the rest of a list of other stories under a list heading leaves
// the body past a headline that asks a question (a line of prose, given a
// blank line by inferGaps), in English and German; and that the story's
// paragraph under the list stays.
func TestPrintedGapListRest(t *testing.T) {
	cases := []struct {
		name             string
		heading          string
		teasers, rest    []string
		story, following []string
	}{
		{"English", "Related stories",
			[]string{"Bridge tolls to rise in the new year", "City council approves new bike lanes"},
			[]string{"Could the old pier be saved by a new owner?", "Storm closes the coast road", "Harbor seals return to the inner bay"},
			storyLines[:2], storyLines[4:]},
		{"German", "Mehr zum Thema",
			[]string{"Brückenmaut steigt im neuen Jahr", "Stadtrat beschließt neue Radwege"},
			[]string{"Kann ein neuer Besitzer den alten Anleger retten?", "Sturm sperrt die Küstenstraße", "Seehunde kehren in die innere Bucht zurück"},
			[]string{
				"HALIFAX (dpa) - Die Hafenbehörde hat am Dienstag angekündigt, das alte Fährterminal für zwei Jahre zu schließen, während die morschen Pfähle ersetzt werden.",
				"Die Fähren legen in dieser Zeit an einem Behelfsanleger einen Kilometer weiter südlich ab, sagte die Behörde, und die Preise bleiben gleich.",
			},
			[]string{
				"Der Bund hatte im vergangenen Monat zugesagt, die Hälfte der Kosten von 48 Millionen Dollar zu tragen, die Provinz den Rest.",
				"Pendler sagten, der Weg zum Behelfsanleger verlängere ihre Fahrt um jeweils zehn Minuten.",
				"Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist.",
			}},
	}
	for _, c := range cases {
		lines := append(slices.Clone(c.story), c.heading)
		lines = append(append(lines, c.teasers...), c.rest...)
		lines = append(lines, c.following...)
		ss := collapsedSlots(lines...)
		h := len(c.story)
		if !ss[h].listHead {
			t.Fatalf("%s: %q is no list heading", c.name, c.heading)
		}
		if q := &ss[h+1+len(c.teasers)]; !q.gap || !q.inferred {
			t.Fatalf("%s: %q has no inferred blank line (gap %v)", c.name, q.text, q.gap)
		}
		ss[h].role = roleChrome
		for k := range c.teasers {
			ss[h+1+k].role = roleTeaser
		}
		markListRest(ss, 0, len(ss)-1)
		for _, s := range ss {
			out := s.role == roleTeaser
			switch {
			case slices.Contains(c.rest, s.text) && !out:
				t.Errorf("%s: list line %q kept in the body", c.name, s.text)
			case (slices.Contains(c.story, s.text) || slices.Contains(c.following, s.text)) && s.role != roleUnknown:
				t.Errorf("%s: paragraph %q left the body", c.name, s.text)
			}
		}
	}
}

// TestPrintedGapListAfter checks that, on a dump written one block per
// line, a list of other stories printed one link a line under a list
// heading and closed by a site's line reads whole past the headlines that
// ask a question (lines of prose, given a blank line by inferGaps), in
// English and German, as it does on the dump with its blank lines; and
// that the story's paragraphs under a heading, longer than a headline,
// are no list.
func TestPrintedGapListAfter(t *testing.T) {
	cases := []struct {
		name, heading string
		items         []string
		list          bool
	}{
		{"English list", "More Great Stories", []string{"Could the old pier be saved by a new owner?", "Storm closes the coast road", "Why did the harbor seals return to the bay?", "Bridge tolls to rise in the new year"}, true},
		{"German list", "Mehr zum Thema", []string{"Kann ein neuer Besitzer den alten Anleger retten?", "Sturm sperrt die Küstenstraße", "Warum kehren die Seehunde in die Bucht zurück?", "Brückenmaut steigt im neuen Jahr"}, true},
		{"English story", "Trending", []string{storyLines[1], storyLines[4], storyLines[5]}, false},
		{"German story", "Meistgelesen", []string{
			"Die Fähren legen in dieser Zeit an einem Behelfsanleger einen Kilometer weiter südlich ab, sagte die Behörde, und die Preise bleiben gleich.",
			"Der Bund hatte im vergangenen Monat zugesagt, die Hälfte der Kosten von 48 Millionen Dollar zu tragen, die Provinz den ganzen Rest.",
			"Pendler sagten, der Weg zum Behelfsanleger verlängere ihre Fahrt zur Arbeit am Morgen und am Abend um jeweils zehn Minuten.",
		}, false},
	}
	for _, c := range cases {
		lines := append(slices.Clone(storyLines[:2]), storyLines[4:]...)
		lines = append(lines, c.heading)
		lines = append(lines, c.items...)
		lines = append(lines, "Subscribe")
		ss := collapsedSlots(lines...)
		h := len(storyLines[:2]) + len(storyLines[4:])
		if !ss[h].listHead {
			t.Fatalf("%s: %q is no list heading", c.name, c.heading)
		}
		ss[h].role = roleChrome
		ss[len(ss)-1].role = roleChrome
		markListAfter(ss, h)
		for k, s := range ss[:len(ss)-1] {
			switch {
			case k > h && (s.role == roleTeaser) != c.list:
				t.Errorf("%s: %q teaser %v, want %v", c.name, s.text, s.role == roleTeaser, c.list)
			case k < h && s.role != roleUnknown:
				t.Errorf("%s: paragraph %q left the body", c.name, s.text)
			}
		}
	}
}

// TestPrintedGapCutRun checks that, on a dump written one block per line,
// a box of other stories whose headlines were cut short with two dots
// (lines of prose, given a blank line by inferGaps) leaves the body, in
// English and German, as it does on the dump with its blank lines; and
// that the story's paragraphs above it stay.
func TestPrintedGapCutRun(t *testing.T) {
	for lang, c := range map[string]struct{ story, cut []string }{
		"en": {storyLines[:2], []string{"City council votes on new bus lanes in the..", "Storm knocks out power across the whole valley..", "Why the bridge toll is going up again and..", "Schools to open an hour later from next.."}},
		"de": {[]string{
			"Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen, während Arbeiter die morschen Pfähle ersetzen.",
			"Die Arbeiten am Fährterminal sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, teilte die Hafenbehörde weiter mit.",
		}, []string{"Stadtrat beschließt neue Busspuren in der ganzen..", "Sturm legt den Strom im ganzen Tal..", "Warum die Brückenmaut wieder steigt und..", "Schulen öffnen künftig eine Stunde später ab.."}},
	} {
		lines := append(slices.Clone(c.story), storyLines[4:]...)
		lines = append(lines, c.cut...)
		ss := collapsedSlots(lines...)
		first := len(c.story) + len(storyLines[4:])
		if !ss[first+1].inferred {
			t.Fatalf("%s: %q has no inferred blank line", lang, ss[first+1].text)
		}
		p := make([]float32, len(ss))
		for i := range p {
			p[i] = 0.8
		}
		markCutRuns(ss, p, 0.5, 0, len(ss)-1)
		for i, s := range ss {
			if gone := s.role == roleTeaser; gone != (i >= first) {
				t.Errorf("%s: line %q left the body %v, want %v", lang, s.text, gone, i >= first)
			}
		}
	}
}
