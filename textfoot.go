package wirestory

// This file gives a text page's body its closing paragraphs that stand
// right over the story's foot: a share bar, a call to subscribe, the tags
// or the date line that a page sets under its story. The scorer, which
// sees the foot's chrome right below them, doubts them; the foot says
// where the story ends.

// maxFootParagraphs is the most paragraphs between a text page's body and
// its foot that are carried into the body.
const maxFootParagraphs = 3

// maxFootWords is the most words of a line that closes a story under its
// last paragraph: a share bar's label, a date or byline line.
const maxFootWords = 12

// keepProseOverFoot returns the end of a text page's body moved down over
// the paragraphs of sentences (up to maxFootParagraphs) that stand right
// under it, when the short line right under them (maxFootWords) closes the
// story (endsList: a share bar, a call to subscribe, a comment section, a
// date or byline line). The paragraphs must be ones no rule took for
// anything, with a blank line before each, that are no date or byline
// line, call to act or comment rule themselves, and that the scorer does
// not reject outright (a quarter of the threshold). A paragraph over a menu or a list of other stories is left
// out: only a line that closes a story counts as its foot.
func keepProseOverFoot(ss []slot, p []float32, threshold float32, end, comments int) int {
	if end < 0 {
		return end
	}
	last := -1
	n := 0
	for j := end + 1; j < len(ss) && (comments < 0 || j < comments); j++ {
		s := &ss[j]
		if s.role == roleJunk {
			continue
		}
		if s.role == roleUnknown && s.kind == kindLine && s.gap && s.f.prose && s.f.sentence && p[j] >= threshold/4 &&
			s.tailKind() == tailNone && !s.isMeta() && bodyWordGroup.lowerMask(s.text)&(2|4) == 0 && n < maxFootParagraphs {
			last, n = j, n+1
			continue
		}
		if last >= 0 && s.f.words <= maxFootWords && endsList(s) {
			return last
		}
		break
	}
	return end
}
