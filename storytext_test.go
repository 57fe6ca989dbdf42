package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// wantStory is storyLines as the body reads them: the dateline taken off
// the first paragraph.
func wantStory() []string {
	want := slices.Clone(storyLines)
	want[0] = strings.TrimPrefix(want[0], "HALIFAX, Nova Scotia (AP) — ")
	return want
}

// parseLines parses the lines as a text page.
func parseLines(t *testing.T, lines []string) *Article {
	t.Helper()
	a, err := Parse(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestJoinRuleRun checks how far the rules' run widens the scorer's
// stretch: to a paragraph the scorer does not reject outright, and on a
// text page, beyond a line it does reject, only to one it takes for the
// story's.
func TestJoinRuleRun(t *testing.T) {
	texts := []string{
		"The council voted on Tuesday to close the old ferry terminal for two years.",
		"Ferries will leave from a temporary pier a kilometer to the south, it said.",
		"Work is to start in the spring, once the ice is gone from the harbor.",
		"Subscribe to our morning briefing and get the news before your coffee.",
		"The content of the comments is the opinion of the readers, not of this site.",
	}
	ss := make([]slot, len(texts))
	for i, s := range texts {
		b := &block{text: s, kind: kindLine}
		b.measure()
		ss[i] = slot{block: b}
	}
	for _, c := range []struct {
		name    string
		p       []float32
		isText  bool
		wantEnd int
	}{
		{"text: paragraphs beyond a rejected line are not added", []float32{0.9, 0.9, 0.2, 0.4, 0.3}, true, 1},
		{"text: low-scored last paragraphs with none rejected are added", []float32{0.9, 0.9, 0.3, 0.3, 0.3}, true, 4},
		{"text: a paragraph the scorer takes is added beyond a rejected line", []float32{0.9, 0.9, 0.2, 0.3, 0.6}, true, 4},
		{"html: a paragraph not rejected outright is added", []float32{0.9, 0.9, 0.2, 0.4, 0.3}, false, 4},
	} {
		start, end := joinRuleRun(ss, c.p, 0.5, c.isText, 0, 1, 0, 4)
		if start != 0 || end != c.wantEnd {
			t.Errorf("%s: got %d..%d, want 0..%d", c.name, start, end, c.wantEnd)
		}
	}
}
