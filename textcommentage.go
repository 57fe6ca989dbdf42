package wirestory

import "strings"

// This file ends a text page's body above readers' comments whose headers
// give a comment's age in the short form of the social sites: a name on
// its own line over "8d", "20h", "3 Std." on the next, then the comment's
// paragraphs. A comment of several paragraphs reads like the story going
// on, and such a header says no "ago" for isCommentTime to see.

// Age-header bounds: the name over the age is at most maxAgeNameWords
// words and maxAgeNameBytes bytes; the comment's first paragraph stands
// at most ageParagraphReach blocks under the age; two headers stand at
// most ageHeaderReach blocks apart.
const (
	maxAgeNameWords   = 4
	maxAgeNameBytes   = 40
	ageParagraphReach = 3
	ageHeaderReach    = 3 * commentsWindow
)

// minAgeCommentWords is the fewest words of a comment's line under its
// header that the comment need not write as a paragraph ("thanks for
// sharing these insights. they are really helpful").
const minAgeCommentWords = 8

// maxAgeClusterWords is the most words of a line of the comments' bar
// that stands right above the first header (a count of likes, "Share",
// "Discussion about this post").
const maxAgeClusterWords = 6

// ageUnits are the units of a short age, in several languages: seconds,
// minutes, hours, days, weeks, months, years; "j" (jours), "sem"
// (semaines, semanas), "std" (Stunden), "t" (Tage), "wo" (Wochen).
var ageUnits = setOf("s", "m", "min", "mins", "h", "hr", "hrs", "d", "w", "wk", "wks", "mo", "y", "yr", "yrs",
	"j", "sem", "std", "t", "wo")

// isShortAge reports whether a line is a comment's age in short form and
// nothing else: a whole number of at most three digits and a unit, with
// or without a space between them ("8d", "20h", "3 Std.", "2 j"), perhaps
// followed by "ago".
func isShortAge(s string) bool {
	if len(s) > 16 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(s))
	l = strings.TrimSpace(strings.TrimSuffix(l, " ago"))
	n := 0
	for n < len(l) && isDigit(l[n]) {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	unit := strings.TrimSuffix(strings.TrimSpace(l[n:]), ".")
	return ageUnits[unit]
}

// ageHeader reports whether block i is the name of a comment's writer
// over the comment's short age (isShortAge) with a paragraph, or a line
// of minAgeCommentWords words or more, at most ageParagraphReach blocks
// under the age and no other age before it: a name of a few words that
// ends no sentence.
func ageHeader(ss []slot, i int) bool {
	s := &ss[i]
	if i+2 >= len(ss) || s.role == roleJunk || s.f.words == 0 || s.f.words > maxAgeNameWords ||
		len(s.text) > maxAgeNameBytes || s.f.sentence || s.f.prose || !isShortAge(ss[i+1].text) {
		return false
	}
	for j := i + 2; j < len(ss) && j <= i+1+ageParagraphReach; j++ {
		if isShortAge(ss[j].text) {
			return false // the next header's: a list of names over times
		}
		if ss[j].f.prose || ss[j].f.words >= minAgeCommentWords {
			return true
		}
	}
	return false
}

// cutAgeComments returns the end of a text page's body start..end cut
// above readers' comments headed by a name over a short age (ageHeader):
// two such headers at most ageHeaderReach blocks apart, the first inside
// the body. The bar of short lines right above the first header goes
// with the comments (counts of likes, "Share", a heading of the
// discussion): lines that end no sentence, of at most
// maxAgeClusterWords words, with no blank line between them and the
// header, up to commentsWindow of them. The body keeps at least its first
// block.
func cutAgeComments(ss []slot, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	first := -1
	for i := start + 1; i <= end; i++ {
		if !ageHeader(ss, i) {
			continue
		}
		first = i
		break
	}
	if first < 0 || !secondAgeHeader(ss, first) {
		return end
	}
	top := first
	for j := first - 1; j > start && first-j <= commentsWindow && !ss[j+1].gap; j-- {
		s := &ss[j]
		if s.role != roleJunk && s.role != roleChrome &&
			(s.f.prose || s.f.sentence || s.f.words > maxAgeClusterWords || s.kind != kindLine) {
			break
		}
		top = j
	}
	return top - 1
}

// secondAgeHeader reports whether another comment header (ageHeader)
// follows the one at first within ageHeaderReach blocks.
func secondAgeHeader(ss []slot, first int) bool {
	for i := first + 2; i < len(ss) && i <= first+ageHeaderReach; i++ {
		if ageHeader(ss, i) {
			return true
		}
	}
	return false
}
