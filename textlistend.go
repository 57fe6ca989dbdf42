package wirestory

import "strings"

// This file gives a text page's body the last item of a list that closes
// it. The scorer weighs each line with its neighbours; under a list's last
// item stand the page's chrome and teasers, and it doubts that item while
// it takes the items above it, so the story loses its list's last line.

// minListEnd is the fewest items of a list that closes a text page's body
// before its last item may be taken.
const minListEnd = 3

// maxListItemWords is the most words of a list item, a short line.
const maxListItemWords = 15

// keepListEnd returns the end of a text page's body moved down one line
// to the last item of the list its body closes with: the body's last
// minListEnd or more lines are short lines that are no sentences (at most
// maxListItemWords words each), the line under them has the same shape,
// no rule took it for anything, it says nothing of the story being over
// (endsList, a signature, a copyright), heads no list of other stories,
// and the scorer gives it at least half the threshold. A single line is
// taken, never a run, and never one of the comments, which start at
// comments (-1: none). The cost is linear in the list's length.
func keepListEnd(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	j := end + 1
	if start < 0 || end < start || j >= len(ss) || comments >= 0 && j >= comments {
		return end
	}
	n := 0
	for i := end; i > start && isListItem(&ss[i]) && p[i] >= threshold; i-- {
		n++
	}
	s := &ss[j]
	if n < minListEnd || !introducesList(&ss[end-n]) || !isListItem(s) || p[j] < threshold/2 || isBarrier(s) || s.tailKind() != tailNone || endsList(s) || s.listHead || isCounter(s.text) {
		return end
	}
	return j
}

// isListItem reports whether a line of a text page could be an item of a
// list inside the story: no rule took it for anything, and it is a short
// line of words that is no sentence.
func isListItem(s *slot) bool {
	return s.role == roleUnknown && !s.f.sentence && !s.f.ellipsis && s.f.lower && s.f.words >= 2 && s.f.words <= maxListItemWords
}

// introducesList reports whether a line of a text page's body is a
// sentence of the story that introduces a list: it ends in a colon, and it
// is no list heading ("Read more:") nor a call to act or share.
func introducesList(s *slot) bool {
	return strings.HasSuffix(strings.TrimSpace(s.text), ":") && !s.listHead && !endsList(s)
}
