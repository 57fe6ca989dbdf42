package wirestory

import "strings"

// This file takes out of a text page's body a list of other stories set
// into it under a label that ends with a colon ("More:", "Related:",
// "Lesen Sie auch:"): a browser's dump prints the label and the list's
// headlines one under the other, with no blank line between them, and a
// blank line after the list, where the story goes on. markListRest reads
// such a list once the rules took two of its lines for teasers; a list
// of plain headlines under a label gives them nothing to take.

// maxListLabelWords is the most words of the label over such a list.
const maxListLabelWords = 3

// markLabelledLists marks as teasers, on a text page, the lines of the
// body start..end set right under a label of the lexicon's that ends with
// a colon (isChromeLine), each with no blank line above it and each
// headline-shaped (isListRestLine), minListRest of them or more, up to
// the first blank line. A line of another shape (a sentence that ends in
// a stop, a story's list whose items end in commas) leaves the run whole:
// the label then introduces the story's own lines. The label itself stays
// as the rules took it. The cost is linear in the body's length.
func markLabelledLists(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	for i := start; i < end; i++ {
		if !isListLabel(&ss[i]) {
			continue
		}
		k := i + 1
		for ; k <= end && !ss[k].gap && ss[k].role == roleUnknown && isListRestLine(&ss[k]); k++ {
		}
		if k-i-1 < minListRest || (k <= end && !ss[k].gap) {
			continue
		}
		for j := i + 1; j < k; j++ {
			ss[j].role = roleTeaser
		}
		i = k - 1
	}
}

// isListLabel reports whether a line is a label of the lexicon's over a
// list of other stories that ends with a colon: "More:", "Related:".
func isListLabel(s *slot) bool {
	t := strings.TrimSpace(s.text)
	return s.f.words > 0 && s.f.words <= maxListLabelWords && strings.HasSuffix(t, ":") && isChromeLine(t)
}
