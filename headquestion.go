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
