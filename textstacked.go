package wirestory

import (
	"strings"
	"unicode"
)

// This file takes out of a text page's body the label a site prints over
// each of its ad slots or players ("Article content", "Advertisement"): a
// short line that the dump prints again and again through the story, and
// at least once twice in a row, where one empty slot follows another. A
// heading of the story's own ("Pros", "Step 2") may come back under each
// item, but it always has the item's text under it, never itself.

// minStackedCopies is the fewest times a slot's label stands in the body.
const minStackedCopies = 3

// maxStackedWords is the most words of a slot's label.
const maxStackedWords = 4

// markStackedLabels marks as chrome, on a text page, every line of the
// body start..end that is a short free line (no paragraph, no sentence)
// printed minStackedCopies times or more in the body and at least once
// right under a copy of itself. The cost is linear in the body's length;
// it allocates only when two such lines stand one on the other.
func markStackedLabels(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	var stacked map[string]int // the labels seen stacked, and their copies
	for i := start + 1; i <= end; i++ {
		if isSlotLabel(&ss[i]) && ss[i-1].text == ss[i].text && isSlotLabel(&ss[i-1]) {
			if stacked == nil {
				stacked = make(map[string]int)
			}
			stacked[ss[i].text] = 0
		}
	}
	if stacked == nil {
		return
	}
	for i := start; i <= end; i++ {
		if n, ok := stacked[ss[i].text]; ok && isSlotLabel(&ss[i]) {
			stacked[ss[i].text] = n + 1
		}
	}
	for i := start; i <= end; i++ {
		if stacked[ss[i].text] >= minStackedCopies && isSlotLabel(&ss[i]) {
			ss[i].role = roleChrome
		}
	}
}

// isSlotLabel reports whether a line could be the label over an ad slot:
// a free line of the body of 1 to maxStackedWords words that is no
// paragraph, ends no sentence and holds a letter (a table's column may
// print the same figure cell under cell).
func isSlotLabel(s *slot) bool {
	return s.role == roleUnknown && s.kind == kindLine && !s.f.prose && !s.f.sentence &&
		s.f.words > 0 && s.f.words <= maxStackedWords && strings.IndexFunc(s.text, unicode.IsLetter) >= 0
}
