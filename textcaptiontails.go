package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file takes out of a text page's body the captions of a story's
// pictures whose credits the dump runs into their ends, each credit a
// different one: "... speaks at a rally on Thursday. Agency One", then
// further down "... greets voters in the square. Jane Roe". Such a line
// reads like a short paragraph; markCreditedCaptions takes it when its
// tail carries a credit's mark (a slash, a copyright sign, brackets, no
// space after the full stop) or the same tail closes another caption.
// A story whose pictures each come from another agency or photographer
// shows neither, but it shows the shape twice: two lines or more of the
// body, each ending a sentence and then going on with a few words of a
// name (creditTail) and no mark closing them. A paragraph of the story
// ends its sentence; one that goes on with a name does so once, as a
// sign-off, and a sign-off's initials ("... inner city. DM") are one or
// two letters, not a credit's name.

// minCaptionTailRunes is the fewest characters of a tail that
// markCaptionTails reads as a credit's name: shorter, it is a sign-off's
// initials.
const minCaptionTailRunes = 3

// maxUncasedTailWords is the most words of a tail in a script without
// case (Hangul, kana, Han) that markCaptionTails reads as a credit: an
// agency, or a name and its title ("홍길동 기자"). No capitals tell a
// name there, and a deck's second phrase runs on after its first
// sentence with no full stop either, in more words.
const maxUncasedTailWords = 2

// hasCasedLetter reports whether s holds a letter of a script with case.
func hasCasedLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) }) >= 0
}

// markCaptionTails marks as captions, in the body start..end of a text
// page, the lines no rule claimed, at most maxCaptionWords words, that end
// in a credit run into the caption (creditTail) of at least
// minCaptionTailRunes characters (in a script without case, at most
// maxUncasedTailWords words), when minCreditTailCopies such lines or more
// stand in the body, whatever their tails. It returns the body's start
// moved past those that open it.
func markCaptionTails(ss []slot, start, end int) int {
	if start < 0 {
		return start
	}
	tailed := func(i int) bool {
		s := &ss[i]
		if s.role != roleUnknown || s.kind != kindLine || s.f.words > maxCaptionWords {
			return false
		}
		tail, _, ok := creditTail(s.text)
		return ok && utf8.RuneCountInString(tail) >= minCaptionTailRunes &&
			(hasCasedLetter(tail) || len(strings.Fields(tail)) <= maxUncasedTailWords)
	}
	n := 0
	for i := start; i <= end && i < len(ss) && n < minCreditTailCopies; i++ {
		if tailed(i) {
			n++
		}
	}
	if n < minCreditTailCopies {
		return start
	}
	top := start
	for i := start; i <= end && i < len(ss); i++ {
		if tailed(i) {
			ss[i].role = roleCaption
			if i == top && top < end {
				top++
			}
		}
	}
	return top
}
