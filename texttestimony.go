package wirestory

import "strings"

// This file ends a text page's body above a wall of readers' or
// customers' words that closes it: a short paragraph, then the name of
// whoever said it on a line of its own ("Heather B.", "jdoe82"), again and
// again. On an HTML page each sits in a box of its own; in a browser's
// dump the quotes read like the story's closing paragraphs.

// Testimony bounds: a wall holds at least minTestimonies quotes (and the
// part of a wall above a break in its pattern at least minWallPart), each of
// minTestimonyWords to maxTestimonyWords words, each over a name of at
// most maxTestimonyNameWords words and maxTestimonyNameBytes bytes.
const (
	minTestimonies        = 6
	minWallPart           = 3
	minTestimonyWords     = 4
	maxTestimonyWords     = 150
	maxTestimonyNameWords = 4
	maxTestimonyNameBytes = 32
)

// isTestimonyName reports whether a line could name whoever said the quote
// above it: a few words that are no sentence, no question, no label
// ending in a colon. An initial's stop ("Heather B.") is allowed.
func isTestimonyName(s *slot) bool {
	t := strings.TrimSpace(s.text)
	if s.f.words == 0 || s.f.words > maxTestimonyNameWords || len(t) > maxTestimonyNameBytes || s.f.prose {
		return false
	}
	switch lastRune(t) {
	case '?', '!', ':', ',', ';', '"', '”', '»':
		return false
	}
	return true
}

// isTestimonyQuote reports whether a line could be a quote of a wall of
// testimonies: minTestimonyWords to maxTestimonyWords words, not opened
// by a list item's number (the items of a story's own list, each over its
// link, are no quotes).
func isTestimonyQuote(s *slot) bool {
	if _, numbered := itemNumber(s.text); numbered {
		return false
	}
	return s.f.words >= minTestimonyWords && s.f.words <= maxTestimonyWords && !isTestimonyName(s)
}

// cutTestimonies returns the end of a text page's body start..end cut
// above a wall of testimonies that closes it: from the body's end back,
// lines that alternate a quote (isTestimonyQuote) over a name
// (isTestimonyName), at least minTestimonies pairs; a line that is only
// a number (a count of stars) may stand between them. The wall's top
// quote goes with it, and the story above keeps at least as many words
// of paragraphs as the wall holds. A quote of two paragraphs breaks the
// wall's pattern: the wall above it is cut in turn, when it holds
// minWallPart pairs or more. Each step walks only
// the lines it cuts, and the story's paragraph words are counted once and
// then less the lines cut, so the cost is linear in the body's length.
func cutTestimonies(ss []slot, start, end int) int {
	story := -1 // paragraph words of start..end once counted
	for walled := false; ; walled = true {
		e := cutTestimonyWall(ss, start, end, walled, &story)
		if e == end {
			return end
		}
		if story >= 0 {
			story -= paragraphWordsIn(ss, e+1, end)
		}
		end = e
	}
}

// cutTestimonyWall is one step of cutTestimonies: the wall that closes
// start..end. Under a wall just cut (walled), a quote needs no name under
// it: the wall's own quote of two paragraphs ends there. *story holds the
// paragraph words of start..end, or -1 until they are first needed.
func cutTestimonyWall(ss []slot, start, end int, walled bool, story *int) int {
	if start < 0 || end <= start {
		return end
	}
	j := end
	for j > start && (ss[j].role == roleJunk || ss[j].role == roleChrome || isNumber(ss[j].text)) {
		j--
	}
	if isTestimonyQuote(&ss[j]) {
		// The wall may end at a quote whose name the body left out: the
		// name stands under it. A story whose sections are one paragraph
		// each under a short subhead ends in a paragraph with no name
		// under it (the page's links are chrome).
		n := nextTestimonyLine(ss, j+1)
		if !walled && (n < 0 || ss[n].role == roleChrome || !isTestimonyName(&ss[n])) {
			return end
		}
		j = prevTestimonyLine(ss, j-1, start)
	}
	pairs, top, words, longest, below := 0, -1, 0, 0, 0
	for j > start {
		if !isTestimonyName(&ss[j]) {
			break
		}
		q := prevTestimonyLine(ss, j-1, start)
		if q <= start || !isTestimonyQuote(&ss[q]) {
			break
		}
		pairs++
		top = q
		words += ss[q].f.words
		below = longest
		longest = max(longest, ss[q].f.words)
		j = prevTestimonyLine(ss, q-1, start)
	}
	need := minTestimonies
	if walled {
		need = minWallPart // the rest of the wall just cut
	}
	if pairs < need || top <= start {
		return end
	}
	if 2*ss[top].f.words > 3*below {
		// The story's closing paragraph over the wall's heading ("What
		// our readers say"): half as long again as every quote of the
		// wall.
		if pairs-1 < need {
			return end
		}
		return top
	}
	last := prevParagraph(ss, top-1, start)
	if last < 0 {
		return end
	}
	if *story < 0 {
		*story = paragraphWordsIn(ss, start, end)
	}
	if *story-paragraphWordsIn(ss, last+1, end) < words {
		return end
	}
	return last
}

// prevTestimonyLine returns the last line from i back to from that is not
// junk, chrome, or only a number, or from-1.
func prevTestimonyLine(ss []slot, i, from int) int {
	for ; i >= from; i-- {
		if ss[i].role != roleJunk && ss[i].role != roleChrome && !isNumber(ss[i].text) {
			return i
		}
	}
	return from - 1
}

// nextTestimonyLine returns the first line at or after i, under the
// body, that is not junk or only a number, or -1. Read by its shape alone:
// the rules may have taken a quote under the body for chrome.
func nextTestimonyLine(ss []slot, i int) int {
	for ; i < len(ss); i++ {
		if ss[i].role != roleJunk && !isNumber(ss[i].text) {
			return i
		}
	}
	return -1
}
