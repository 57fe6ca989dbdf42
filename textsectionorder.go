package wirestory

import "sort"

// This file finds, below a text page's list of contents, the heads of the
// sections it names in the list's order. A list of contents can run into
// a line that the page prints again out of its place: a picture's credit
// set under the list ("Image by ... via ...") and again under a later
// section's picture. Taking each entry's first match in turn, that line
// would jump to the list's end and hide every head after it; the longest
// run of heads in the list's order does not.

// headMatch is a line below a list of contents that reads as one of its
// entries: the line's index and the entry's place in the list.
type headMatch struct{ line, entry int }

// orderedHeads returns how many of the matches (in page order) stand in
// the list's order, the most there are, and the line of the last of them
// (-1 when none). It returns -1 for the line too when two heads of that
// run stand line under line: a menu printed again, not a story's
// sections. The run is found by patience sorting, in n log n time.
func orderedHeads(ms []headMatch) (found, last int) {
	if len(ms) == 0 {
		return 0, -1
	}
	tails := make([]int, 0, len(ms)) // tails[k]: index in ms ending the best run of k+1 so far
	prev := make([]int, len(ms))
	for i, m := range ms {
		k := sort.Search(len(tails), func(k int) bool { return ms[tails[k]].entry >= m.entry })
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	found = len(tails)
	end := tails[found-1]
	for i := end; prev[i] >= 0; i = prev[i] {
		if ms[i].line == ms[prev[i]].line+1 {
			return found, -1 // heads line under line: a menu printed again
		}
	}
	return found, ms[end].line
}
