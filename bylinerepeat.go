package wirestory

import "strings"

// maxRepeatedNameWords is the most words of a name alone on its line that
// bylineNamePrintedTwice reads.
const maxRepeatedNameWords = 4

// minNameCopyGap is how many lines below a name at the body's top its
// second copy stands at least (the foot of the page, not a table of
// contents or a heading printed twice).
const minNameCopyGap = 20

// bylineNamePrintedTwice finds the byline of a text page whose head sets
// the writer's name alone on a line among the body's first lines (under a
// picture's caption, above the lead) and prints it alone again on a line
// of its own near the page's foot (the writer's box, a "follow" button):
// names with no label, all plausible as people's (plausibleNames), none of
// whose words the story's paragraphs use in lower case, among the body's
// first maxHeadInBody lines, with no entry of a menu or form right above
// or below (isMenuLine), that the page holds exactly twice, the second
// copy at least minNameCopyGap lines below.
//
// What it leaves: a heading printed twice (a table of contents above it,
// "Key Findings"), a menu's entry ("Store Locator"), a name the page
// prints once (a person the story quotes, introduced in a box) or three
// times and more (a picture credit under each picture). It returns the
// people, or nil; the line it takes becomes the head's.
func bylineNamePrintedTwice(ss []slot, start int, words *storyWordSet) []string {
	if start < 0 {
		return nil
	}
	for i := start; i < len(ss) && i < start+maxHeadInBody; i++ {
		s := &ss[i]
		if s.role != roleUnknown || s.f.prose || s.f.words > maxRepeatedNameWords {
			continue
		}
		p, labelled := headByline(s.text)
		if labelled || len(p) == 0 || len(plausibleNames(p, words)) < len(p) || opensWithArticle(s.text) || isOutletName(s.text) {
			continue
		}
		if usesStoryWord(s.text, words) || isMenuLine(ss, prevLive(ss, i-1)) || isMenuLine(ss, nextLive(ss, i+1)) {
			continue
		}
		copies, below := 0, false
		for j := range ss {
			if j != i && ss[j].role != roleJunk && ss[j].text == s.text {
				copies++
				below = j >= i+minNameCopyGap
			}
		}
		if copies == 1 && below {
			s.role = roleMeta
			return p
		}
	}
	return nil
}

// isMenuLine reports whether the block at i (or none, at -1) is a short
// line that no rule took for anything, no paragraph: beside a name, an
// entry of the same menu, form or list ("Store Locator" among the shop's
// links, "First Name" / "Last Name").
func isMenuLine(ss []slot, i int) bool {
	if i < 0 {
		return false
	}
	s := &ss[i]
	return (s.role == roleUnknown || s.role == roleTeaser) && !s.f.prose && s.f.titleLike && !s.f.sentence
}

// usesStoryWord reports whether a word of s is one the story's paragraphs
// use in lower case.
func usesStoryWord(s string, words *storyWordSet) bool {
	for _, w := range strings.Fields(s) {
		if words.has(strings.ToLower(strings.Trim(w, ".,'’"))) {
			return true
		}
	}
	return false
}
