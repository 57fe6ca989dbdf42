package wirestory

import "strings"

// askingHeading reports whether s is a heading that asks a question ("Do
// professional photographers use mirrorless cameras?"): a section of the
// story the reader's question heads, never a picture's credit, however
// many words of the credits' lexicon ("photographer", "courtesy of") it
// holds.
func askingHeading(s *slot) bool {
	return s.kind == kindHeading && lastRune(strings.TrimRight(s.text, " ")) == '?'
}

// itemAmongItems reports whether block i is an item of a list whose item
// next to it (the same element, same parent) is no picture credit: a
// point of a list inside the story ("Who it's for: beginners, travel
// photographers"), not a credit. A credit opened by its label ("Photo:")
// stays one.
func itemAmongItems(ss []slot, i int) bool {
	s := &ss[i]
	if s.kind != kindItem || opensWithPictureLabel(s.text) {
		return false
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j >= 0 && j < len(ss) && ss[j].kind == kindItem && ss[j].sig == s.sig && !isPhotoCredit(ss[j].text) {
			return true
		}
	}
	return false
}

// opensWithPictureLabel reports whether s opens with a picture credit's
// label ("Photo:", "Credit:").
func opensWithPictureLabel(s string) bool {
	l := strings.ToLower(s[:min(len(s), 16)])
	for _, p := range pictureLabels {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
