package wirestory

import (
	"strings"
	"time"
)

// This file takes out of a text page's body another story's card set
// between the story's paragraphs: its headline with its date alone on the
// line right under it ("Court hears the appeal", then "12. 3. 2025
// 10:15"). A story's own subhead is not dated, and a line of the story
// that gives a date says more than the date. A list of dated items (a
// calendar, a page of events) sets its cards one under the other, and
// stays: a card leaves only when no other dated headline stands right
// above or below it, and when the story's paragraphs stand on both sides.
// A live page sets each of its sections under a heading and the time of
// its update too: those dates are of one day and in order, each over a
// few paragraphs, and none of them leaves (liveSections); nor is the
// first such date taken for the story's head (keepLiveLead).

// markDatedTeasers marks as teasers, in the body start..end of a text
// page, each headline-shaped line that stands right over a line that is a
// full date alone that labels nothing (isCardDate), together with that
// date line, when minParagraphsOverCard free paragraphs of the body stand
// above the headline and one right under the date (not a byline or a
// label: the head of a story), and no other date alone stands within
// cardSpan lines above the headline or below the date (dateNearCard).
// A live page's sections are dated headings too, and none leaves when the
// body's dated headings read as such sections (liveSections). Each line
// is read a bounded number of times, so the cost is linear in the body's
// length.
func markDatedTeasers(ss []slot, start, end int) {
	heads := datedHeadings(ss, start, end)
	if liveSections(ss, heads, end) {
		return
	}
	for _, d := range heads {
		if d.card {
			ss[d.head].role = roleTeaser
			ss[d.date].role = roleTeaser
		}
	}
}

// datedHeadings returns the dated headings of the body start..end of a
// text page, in order: each headline-shaped line right over a date alone
// that labels nothing (isCardDate) with a free paragraph right under the
// date (not a byline or a label: the head of a story), both unclaimed;
// each a card when minParagraphsOverCard free paragraphs stand above it
// and no other date alone within cardSpan lines (dateNearCard).
func datedHeadings(ss []slot, start, end int) []datedHeading {
	if start < 0 || end <= start {
		return nil
	}
	var heads []datedHeading
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
		card := above >= minParagraphsOverCard && !dateNearCard(ss, h, -1) && !dateNearCard(ss, i, 1)
		heads = append(heads, datedHeading{head: h, date: i, card: card})
	}
	return heads
}

// keepLiveLead returns the start of a text page's body start..end moved
// back from skipped, where skipDeck put it, to start, when skipped is the
// first paragraph of a live page's section (liveSections): the date over
// it dates the section, not the story, and the paragraphs above are the
// story's lead, not a deck.
func keepLiveLead(ss []slot, start, skipped, end int) int {
	if start < 0 || skipped <= start {
		return skipped
	}
	heads := datedHeadings(ss, start, end)
	for _, d := range heads {
		if d.date < skipped && nextNonJunk(ss, d.date+1) == skipped {
			if liveSections(ss, heads, end) {
				return start
			}
			break
		}
	}
	return skipped
}

// A datedHeading is a headline-shaped line of a text page's body over a
// date alone with a paragraph under it: another story's card, or a live
// page's section.
type datedHeading struct {
	head, date int  // the lines of the headline and of its date
	card       bool // whether it stands as a card would, alone among paragraphs
}

// liveSections reports whether the body's dated headings, which end at
// end, are the sections of one live page rather than the cards of other
// stories: two of them at least, each with minLiveSectionParagraphs free
// paragraphs or more under it before the next (or the body's end), their
// dates in order, earliest first or latest first, all different and
// within liveSpan of each other. The cards of other stories were
// published on days of their own, in no order, and the dated items of a
// list stand one under the other, with a blurb at most.
func liveSections(ss []slot, heads []datedHeading, end int) bool {
	if len(heads) < 2 {
		return false
	}
	var first, prev time.Time
	order := 0 // 1 ascending, -1 descending
	for k, d := range heads {
		t := parseDateText(ss[d.date].text).t
		if k == 0 {
			first = t
		} else {
			step := 1
			if t.Before(prev) {
				step = -1
			}
			if t.Equal(prev) || (order != 0 && step != order) {
				return false
			}
			order = step
			if span := t.Sub(first); span > liveSpan || span < -liveSpan {
				return false
			}
		}
		prev = t
		next := end
		if k+1 < len(heads) {
			next = heads[k+1].head
		}
		n := 0
		for i := d.date + 1; i < next && n < minLiveSectionParagraphs; i++ {
			if isFreeParagraph(ss, i) {
				n++
			}
		}
		if n < minLiveSectionParagraphs {
			return false
		}
	}
	return true
}

// minLiveSectionParagraphs is how many paragraphs a live page's section
// holds under its dated heading at least.
const minLiveSectionParagraphs = 2

// liveSpan is how far apart the dates of a live page's sections stand at
// most: the sections of one live page tell one day.
const liveSpan = 24 * time.Hour

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
