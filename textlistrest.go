package wirestory

import "strings"

// This file takes out of a text page's body the rest of a list of other
// stories set into it under a list heading ("More from UK", "Related").
// The rules read such a list line by line while its lines keep a
// headline's shape, and stop at the first that does not: a headline that
// asks a question, one that opens with a quotation. A browser's dump sets
// a list's lines one under the other, with no blank line between them,
// and a blank line after the list; the story's paragraphs stand apart.

// minListRestTeasers is the fewest lines under a list heading that the
// rules took for the list's before its rest is read.
const minListRestTeasers = 2

// maxListRestWords is the most words of a line of the rest of a list: a
// headline, not a paragraph.
const maxListRestWords = 20

// markListRest marks as teasers, on a text page, the lines of the body
// start..end that go on a list of other stories under a list heading: the
// heading and the minListRestTeasers or more teasers under it stand in
// the body, and the lines right under the last teaser, each set right
// under the one above it with no blank line between, are headline-shaped
// (isListRestLine), minListRest of them or more. The list ends at the
// first blank line, or at a line of another shape: the story's paragraph
// under the list stays. The cost is linear in the body's length.
func markListRest(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	for i := start; i <= end; i++ {
		if ss[i].role != roleChrome || !ss[i].listHead {
			continue
		}
		k, teasers := i+1, 0
		for ; k <= end && (ss[k].role == roleTeaser || ss[k].role == roleJunk) && (k == i+1 || !ss[k].printedGap()); k++ {
			if ss[k].role == roleTeaser {
				teasers++
			}
		}
		if teasers < minListRestTeasers {
			i = k - 1
			continue
		}
		rest, n := k, 0 // the rest's first line, and how many lines it takes
		for ; k <= end && !ss[k].printedGap(); k++ {
			s := &ss[k]
			if s.role == roleChrome || s.role == roleTeaser || s.role == roleJunk {
				continue
			}
			if s.role != roleUnknown || !isListRestLine(s) {
				break
			}
			n++
		}
		if n >= minListRest {
			for j := rest; j < k; j++ {
				if ss[j].role == roleUnknown {
					ss[j].role = roleTeaser
				}
			}
		}
		i = k - 1
	}
}

// minListRest is the fewest lines of the rest of a list that are taken:
// a single line right under a box (its prices, its links) may be the
// subhead of the story's next section.
const minListRest = 2

// isListRestLine reports whether a line could be a headline of a list of
// other stories: three to maxListRestWords words, no line that closes the
// story (a signature, a copyright), and no sentence that ends in a stop
// or a colon, as a story's paragraph or a list's introduction does.
func isListRestLine(s *slot) bool {
	t := strings.TrimSpace(s.text)
	if s.f.words < 3 || s.f.words > maxListRestWords || isBarrier(s) || s.tailKind() != tailNone {
		return false
	}
	switch lastRune(t) {
	case '.', ':', ';', ',':
		return false
	}
	return true
}
