package wirestory

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A creditCase is one line of ../shared/eval/credits-dev.jsonl.
type creditCase struct {
	Text   string `json:"text"`
	Expect struct {
		Kind     string   `json:"kind"`
		Agencies []string `json:"agencies"`
	} `json:"expect"`
}

// TestCreditsDev measures classifyCreditLine on the real credit, byline,
// tail, copyright and correction lines of ../shared/eval/credits-dev.jsonl.
// It logs the accuracy of kind and agencies, overall and per kind and
// agency, and lists the misses.
//
// Some entries credit an agency that the line itself does not name: a bare
// byline ("By Jane Doe") labelled with the agency of the story it came
// from. No rule can read that from the line, so such entries are counted
// apart: the test fails when fewer than 95% of the other entries are right
// in kind and agencies together.
func TestCreditsDev(t *testing.T) {
	cases := readJSONL[creditCase](t, "eval/credits-dev.jsonl")
	var kind, ags, whole, decidable tally
	perKey := map[string]*tally{}
	var misses, context []string
	for i, c := range cases {
		k, got := classifyCreditLine(c.Text)
		codes := codesOf(got)
		want := c.Expect.Agencies
		kindOK, agsOK := k == c.Expect.Kind, sameCodes(codes, want)
		ok := kindOK && agsOK
		kind.add(kindOK)
		ags.add(agsOK)
		whole.add(ok)
		if c.Expect.Kind == "byline" && len(want) > 0 && len(findAgencies(c.Text, true)) == 0 {
			context = append(context, fmt.Sprintf("line %d: byline credited to %q by its context", i+1, want))
		} else {
			decidable.add(ok)
		}
		for _, key := range append([]string{"kind=" + c.Expect.Kind}, want...) {
			count(perKey, key, ok)
		}
		if !ok {
			misses = append(misses, fmt.Sprintf("line %d: got %s %q, want %s %q: %q", i+1, k, codes, c.Expect.Kind, want, trunc(c.Text, 70)))
		}
	}
	t.Logf("kind %v; agencies %v; both %v", kind, ags, whole)
	t.Logf("both, leaving out %d entries whose agency comes from outside the line: %v", len(context), decidable)
	logTallies(t, "", perKey)
	logLines(t, "context: ", context)
	logLines(t, "miss: ", misses)
	if decidable.right*100 < decidable.all*95 {
		t.Errorf("credits right: %v, want at least 95%%", decidable)
	}
}

// sameCodes reports whether two lists hold the same agency codes, in any
// order and case.
func sameCodes(a, b []string) bool {
	norm := func(l []string) []string {
		out := []string{}
		for _, s := range l {
			out = append(out, strings.ToLower(s))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(norm(a), norm(b))
}

// TestAgenciesDev checks the agency table against
// ../shared/eval/agencies.json: every agency there has a row with its
// code, and its names and the spellings seen in real credits, datelines
// and tails name it.
func TestAgenciesDev(t *testing.T) {
	data := readShared(t, "eval/agencies.json")
	var file struct {
		Agencies []struct {
			Code      string   `json:"code"`
			Names     []string `json:"names"`
			Spellings []string `json:"spellings_seen"`
		} `json:"agencies"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	found, all := 0, 0
	for _, a := range file.Agencies {
		if _, ok := agencyByCode(a.Code); !ok {
			t.Errorf("agency %q has no row in the table", a.Code)
			continue
		}
		right := 0
		for _, sp := range append(slices.Clone(a.Names), a.Spellings...) {
			all++
			if slices.Contains(codesOf(findAgencies(sp, true)), a.Code) {
				found++
				right++
			} else {
				t.Errorf("%s: spelling %q does not name it", a.Code, sp)
			}
		}
		t.Logf("  %-22s %d/%d spellings", a.Code, right, len(a.Names)+len(a.Spellings))
	}
	t.Logf("%d agencies; spellings that name their agency: %d/%d", len(file.Agencies), found, all)
}
