package wirestory

import (
	"strings"
	"unicode/utf8"
)

// This file lets a text page's body written in sections go on over the
// lines it repeats. A catalogue, a listicle or a guide prints each of its
// items in one pattern: a name, a paragraph, then the same labelled
// lines ("Language: …", "Format: …", "Price: …") or the same short heads
// ("Overview", "Who it's for", "Challenges"). The scorer ends the body at
// the first long run of such short lines, and keepSectionsUnderRuns takes
// the next section only when its paragraph speaks mostly in the body's
// words, which an item's paragraph about a new item does not: it names a
// new thing. What says the item under the run is the story's is the run
// itself: it repeats, label for label, the short lines the body holds
// between its own sections, so the page goes on in the body's pattern.
// A box of other stories, a shop or a form under a story repeats none of
// the story's labels; a share bar or a "Read more" the rules took for
// chrome is not counted.

// minRepeatedLabels is the fewest distinct labels of the body's short
// lines the run under it must repeat for the section under the run to be
// read as the body's next item.
const minRepeatedLabels = 2

// maxLabelBytes is the longest label read before a colon: "Language",
// "Who it's for", "Prix de départ".
const maxLabelBytes = 40

// lineLabel returns the label of a short line: its text up to a colon
// when the colon comes within maxLabelBytes bytes and has text before it
// ("Format: Open Textbook" gives "format"), else the whole text, lowered.
// A line that is not short (isPatternLine) has none.
func lineLabel(s *slot) string {
	if !isPatternLine(s) {
		return ""
	}
	t := s.text
	if i := strings.IndexByte(t, ':'); i > 0 && i <= maxLabelBytes {
		t = t[:i]
	}
	t = strings.TrimSpace(t)
	if utf8.RuneCountInString(t) < 2 {
		return ""
	}
	return strings.ToLower(t)
}

// isPatternLine reports whether s is a short line a pattern repeats: a
// line of one to maxSectionHeadWords words that is no sentence of prose,
// and that the rules took for no chrome, junk or teaser.
func isPatternLine(s *slot) bool {
	return s.kind == kindLine && s.role != roleChrome && s.role != roleJunk && s.role != roleTeaser &&
		s.f.words >= 1 && s.f.words <= maxSectionHeadWords && !(s.f.prose && s.f.sentence)
}

// bodyLabels returns the labels (lineLabel) of the short lines between
// start and end.
func bodyLabels(ss []slot, start, end int) map[string]bool {
	m := make(map[string]bool)
	for i := start; i <= end && i < len(ss); i++ {
		if l := lineLabel(&ss[i]); l != "" {
			m[l] = true
		}
	}
	return m
}

// labelRepeats counts the distinct body labels a run of short lines
// repeats, up to minRepeatedLabels: first is the first label met (""
// while none is), and each call adds the label of one line of the run.
type labelRepeats struct {
	first string
	n     int
}

// add reads the label of s against the body's labels.
func (r *labelRepeats) add(s *slot, labels map[string]bool) {
	if r.n >= minRepeatedLabels {
		return
	}
	l := lineLabel(s)
	if l == "" || !labels[l] || l == r.first {
		return
	}
	if r.first == "" {
		r.first = l
	}
	r.n++
}

// repeated reports whether the run repeats enough of the body's labels.
func (r *labelRepeats) repeated() bool { return r.n >= minRepeatedLabels }
