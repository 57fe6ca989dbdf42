package wirestory

// minListHeadWords is the fewest words of the headline that
// headEndingList reads under a menu's labels: a story's title, longer than
// any label.
const minListHeadWords = 6

// maxMenuLabelWords is the most words of a menu's label ("Politik",
// "Son Gotleu", "Fútbol Sala").
const maxMenuLabelWords = 3

// minListLabels is the fewest labels over the headline: a menu, not a
// kicker or a section's name alone.
const minListLabels = 3

// maxListHeadLines is the most long lines under the labels: the story's
// headline and its deck.
const maxListHeadLines = 2

// headEndingList returns the last block of a list of short lines from..end
// that a text page prints with no blank line under a list heading, moved
// up above the story's head that the page prints straight under a menu:
// minListLabels or more labels of at most maxMenuLabelWords words each,
// then, closing the list, one or maxListHeadLines lines of
// minListHeadWords words or more in title shape that are no sentences
// (the story's headline, and its deck when that has no stop). A browser's
// dump loses the boxes that part a site's menu from the story's head; the
// menu's labels are a list, but the headline under them is not one of its
// items, and read as a teaser it would never be the story's headline.
// Else it returns end.
//
// What stays in the list: long lines among the labels or over them (a
// list of headlines), more than maxListHeadLines long lines at its end,
// long lines under fewer labels (a kicker, a section's name), a last line
// of fewer words. The cost is linear in the list's length.
func headEndingList(ss []slot, from, end int) int {
	if from < 0 || end < from || end >= len(ss) {
		return end
	}
	labels, long, first := 0, 0, -1
	for i := from; i <= end; i++ {
		s := &ss[i]
		if s.role == roleJunk || s.role == roleChrome {
			continue
		}
		switch {
		case s.f.words <= maxMenuLabelWords && long == 0:
			labels++
		case s.kind == kindLine && s.f.words >= minListHeadWords && s.f.titleLike && !s.f.sentence:
			if long == 0 {
				first = i
			}
			long++
		default:
			return end
		}
	}
	if labels < minListLabels || long == 0 || long > maxListHeadLines {
		return end
	}
	return first - 1
}
