package wirestory

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
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
	type tally struct{ right, all int }
	var kind, ags, whole, decidable tally
	perKey := map[string]*tally{}
	var misses, context []string
	for i, c := range cases {
		k, got := classifyCreditLine(c.Text)
		var codes []string
		for _, a := range got {
			codes = append(codes, a.Code)
		}
		want := c.Expect.Agencies
		kindOK := k == c.Expect.Kind
		agsOK := sameCodes(codes, want)
		kind.all++
		ags.all++
		whole.all++
		if kindOK {
			kind.right++
		}
		if agsOK {
			ags.right++
		}
		ok := kindOK && agsOK
		if ok {
			whole.right++
		}
		ctx := c.Expect.Kind == "byline" && len(want) > 0 && len(findAgencies(c.Text, true)) == 0
		if ctx {
			context = append(context, fmt.Sprintf("line %d: byline credited to %q by its context", i+1, want))
		} else {
			decidable.all++
			if ok {
				decidable.right++
			}
		}
		keys := append([]string{"kind=" + c.Expect.Kind}, want...)
		for _, key := range keys {
			if perKey[key] == nil {
				perKey[key] = &tally{}
			}
			perKey[key].all++
			if ok {
				perKey[key].right++
			}
		}
		if !ok {
			misses = append(misses, fmt.Sprintf("line %d: got %s %q, want %s %q: %q", i+1, k, codes, c.Expect.Kind, want, trunc(c.Text, 70)))
		}
	}
	pct := func(tl tally) string {
		return fmt.Sprintf("%d/%d = %.1f%%", tl.right, tl.all, 100*float64(tl.right)/float64(max(tl.all, 1)))
	}
	t.Logf("kind %s; agencies %s; both %s", pct(kind), pct(ags), pct(whole))
	t.Logf("both, leaving out %d entries whose agency comes from outside the line: %s", len(context), pct(decidable))
	var keys []string
	for k := range perKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("  %-22s %s", k, pct(*perKey[k]))
	}
	for _, m := range context {
		t.Logf("context: %s", m)
	}
	for _, m := range misses {
		t.Logf("miss: %s", m)
	}
	if decidable.right*100 < decidable.all*95 {
		t.Errorf("credits right: %s, want at least 95%%", pct(decidable))
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
