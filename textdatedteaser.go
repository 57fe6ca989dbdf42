package wirestory

import "strings"

// This file takes out of a text page's body another story's card set
// between the story's paragraphs: its headline with its date alone on the
// line right under it ("Court hears the appeal", then "12. 3. 2025
// 10:15"). A story's own subhead is not dated, and a line of the story
// that gives a date says more than the date. A list of dated items (a
// calendar, a page of events) sets its cards one under the other, and
// stays: a card leaves only when no other dated headline stands right
// above or below it, and when the story's paragraphs stand on both sides.

// markDatedTeasers marks as teasers, in the body start..end of a text
// page, each headline-shaped line that stands right over a line that is a
// full date alone that labels nothing (isCardDate), together with that
// date line, when minParagraphsOverCard free paragraphs of the body stand
// above the headline and one right under the date (not a byline or a
// label: the head of a story), and no other date alone stands within
// cardSpan lines above the headline or below the date (dateNearCard).
// Each line is read a bounded number of times, so the cost is linear in
// the body's length.
func markDatedTeasers(ss []slot, start, end int) {
	if start < 0 || end <= start {
		return
	}
	above := 0 // free paragraphs above line i
	for i := start; i < end; i++ {
		if isFreeParagraph(ss, i) {
			above++
		}
		if i == start || !isCardDate(ss, i) || ss[i].role != roleUnknown {
			continue
		}
		h := prevNonJunk(ss, i-1)
		if h <= start || !headlineShaped(&ss[h]) || ss[h].role != roleUnknown {
			continue
		}
		if next := nextNonJunk(ss, i+1); next < 0 || !isFreeParagraph(ss, next) {
			continue // a byline or a label under the date: a head
		}
		if above < minParagraphsOverCard || dateNearCard(ss, h, -1) || dateNearCard(ss, i, 1) {
			continue
		}
		ss[h].role = roleTeaser
		ss[i].role = roleTeaser
	}
}

// minParagraphsOverCard is how many of the story's paragraphs stand above
// a card at least: a headline over a date near the body's top is the
// story's own head, or a second story's that the page runs on into.
const minParagraphsOverCard = 2

// cardSpan is how many lines above a card's headline and below its date
// must hold no other date alone for the card to stand by itself.
const cardSpan = 4

// dateNearCard reports whether a date alone (isEntryDate) stands within
// cardSpan lines of i, in the direction step (-1 up, 1 down).
func dateNearCard(ss []slot, i, step int) bool {
	for k, n := i+step, 0; k >= 0 && k < len(ss) && n < cardSpan; k += step {
		if ss[k].role == roleJunk {
			continue
		}
		if isEntryDate(ss, k) {
			return true
		}
		n++
	}
	return false
}

// isCardDate reports whether line i is a full date alone that labels
// nothing: no colon but between the digits of a time ("12:29" is one,
// "Date:" and "2020-05-26:" lead to what follows them).
func isCardDate(ss []slot, i int) bool {
	if !isEntryDate(ss, i) {
		return false
	}
	t := ss[i].text
	for k := strings.IndexByte(t, ':'); k >= 0; k = nextColon(t, k) {
		if k == 0 || k+1 >= len(t) || !isDigit(t[k-1]) || !isDigit(t[k+1]) {
			return false
		}
	}
	return true
}

// nextColon returns the index of the first ':' in t after k, or -1.
func nextColon(t string, k int) int {
	if j := strings.IndexByte(t[k+1:], ':'); j >= 0 {
		return k + 1 + j
	}
	return -1
}

// inDatedTeaser reports whether block i, a teaser, is a dated card's
// headline or date (markDatedTeasers), for Explain.
func inDatedTeaser(ss []slot, i int) bool {
	if ss[i].role != roleTeaser {
		return false
	}
	if isCardDate(ss, i) {
		h := prevNonJunk(ss, i-1)
		return h >= 0 && ss[h].role == roleTeaser
	}
	d := nextNonJunk(ss, i+1)
	return d >= 0 && ss[d].role == roleTeaser && isCardDate(ss, d)
}
