package wirestory

import "strings"

// This file gives a text page's body the list that its last paragraph
// announces ("When you pack, keep in mind:"). A line that ends with a
// colon opens what stands under it; a story does not stop there. In a
// dump the list's items are short lines, which the scorer weighs by their
// words and doubts, so the body stopped on the announcement; most of all
// in a dump with no blank lines, where nothing sets the list apart.

// minAnnounceWords is the fewest words of a paragraph that announces a
// list under it: a short label with a colon ("Related:", "Tags:") heads
// other things.
const minAnnounceWords = 4

// keepAnnouncedList returns the end of a text page's body moved down over
// the list its last line announces: the body's last line ends with a
// colon and has minAnnounceWords words or more, in lower case; under it,
// two or more and at most maxListLines short lines (maxListItemWords words
// at most) that no rule took, that head no list of other stories, say
// nothing of the story being over (endsList, a signature, a copyright),
// and announce nothing themselves, to which the scorer gives on average
// at least half the threshold (a menu or a footer scores far lower), with
// a paragraph or a heading of the story under the last (goesOnUnder). An
// announcement that calls to subscribe or download, or opens the
// comments (endsList), heads a promo's list, and lines of code are no
// items.
// Nothing is carried into the comments, which start at comments (-1:
// none). The walk reads at most maxListLines lines.
func keepAnnouncedList(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	if start < 0 || end < start || end >= len(ss) {
		return end
	}
	last := &ss[end]
	t := strings.TrimSpace(last.text)
	if last.f.words < minAnnounceWords || !last.f.lower || !(strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) || endsList(last) {
		return end
	}
	limit := len(ss)
	if comments >= 0 && comments < limit {
		limit = comments // nothing at or under the comments' start
	}
	var sum float32
	n := 0
	j := end + 1
	for ; j < limit && j-end <= maxListLines && listItemUnder(&ss[j]); j++ {
		sum += p[j]
		n++
	}
	if n < 2 || j-end > maxListLines || sum < threshold/2*float32(n) {
		return end
	}
	// The story goes on under the list: a page's last lines (a footer's
	// links) are no list the story announced.
	if j >= limit || !goesOnUnder(&ss[j]) {
		return end
	}
	return j - 1
}

// goesOnUnder reports whether a line under a list is the story's going
// on: a paragraph or a heading that no rule took and that says nothing of
// the story being over.
func goesOnUnder(s *slot) bool {
	return s.role == roleUnknown && (s.f.prose || s.f.titleLike) && !endsList(s) && !isBarrier(s)
}

// listItemUnder reports whether a line may be an item of a list a
// paragraph announces: a short line no rule took, that heads no list of
// other stories, says nothing of the story being over and announces
// nothing itself.
func listItemUnder(s *slot) bool {
	if s.role != roleUnknown || s.f.words == 0 || s.f.words > maxListItemWords || s.listHead {
		return false
	}
	if isBarrier(s) || s.tailKind() != tailNone || endsList(s) {
		return false
	}
	t := strings.TrimSpace(s.text)
	return !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") && !strings.ContainsAny(t, codeMarks)
}

// codeMarks are characters of program code, which a list of words does
// not hold: code under "we output the string:" is the story's on some
// pages and left out on others, so it is left as the scorer reads it.
const codeMarks = "{}<>=;"
