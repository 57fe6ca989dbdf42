package wirestory

import "strings"

// maxHeadAbove is how many live lines above a text page's first paragraph
// keepLeadUnderHead looks for the story's byline or date line, maxHeadLines
// how many lines above it it reads as the head, and minFirstWords the
// fewest words of the paragraph it keeps: a lead, not a ticker's line.
const (
	maxHeadAbove  = 3
	maxHeadLines  = 8
	minFirstWords = 20
)

// keepLeadUnderHead returns the start of a text page's body moved back
// from skipped, where skipDeck put it, to start, when the paragraph at
// start stands right under the story's head (a byline or date line at
// most maxHeadAbove live lines above it, past a caption or a reading
// time) and the byline, credit or date lines that skipDeck read below it
// stand apart from it, under a box or another story's teaser (a line
// that is no paragraph between): the story has had its head, and what
// follows its first paragraph is a box set into it (job ads, a teaser
// with its own writer and date), whose lines that are no paragraph leave
// the body. A deck stands over the story's byline;
// the paragraph under that byline is the story's, unless the head is
// printed again below it (a caption's credit and the writer's name and
// date) or it opens with a name of the head (the writer's bio).
func keepLeadUnderHead(ss []slot, start, skipped int) int {
	if start < 0 || skipped <= start || ss[start].f.words < minFirstWords || !underHead(ss, start) {
		return skipped
	}
	// The head printed again below the paragraph ("Jane Roe" /
	// "May 12, 2024" under a picture's caption), or a paragraph that opens
	// with a name of the head (the writer's bio): a box of the head's own,
	// which skipDeck rightly skips.
	for i := max(0, start-maxHeadLines); i < start; i++ {
		t := ss[i].text
		if ss[i].role == roleJunk || ss[i].f.words > maxRepeatedNameWords {
			continue
		}
		if strings.HasPrefix(ss[start].text, t) {
			return skipped
		}
		for k := start + 1; k < skipped; k++ {
			if strings.EqualFold(ss[k].text, t) {
				return skipped
			}
		}
	}
	// The first line after the paragraph that is not junk: a box's, not
	// the story's byline right under a deck.
	k := start + 1
	for k < skipped && ss[k].role == roleJunk {
		k++
	}
	if k >= skipped || ss[k].f.prose || isHeadMetaLine(ss[k].text) || isHandleCredit(ss[k].text) {
		return skipped
	}
	// The box's lines, no paragraphs, are not the story's.
	for i := start + 1; i < skipped; i++ {
		if ss[i].role == roleUnknown && !ss[i].f.prose {
			ss[i].role = roleChrome
		}
	}
	return start
}

// underHead reports whether a byline or date line of a story's head
// stands at most maxHeadAbove live lines above the block at j.
func underHead(ss []slot, j int) bool {
	for k, n := j-1, 0; k >= 0 && n < maxHeadAbove; k-- {
		if ss[k].role == roleJunk {
			continue
		}
		if isHeadMetaLine(ss[k].text) {
			return true
		}
		n++
	}
	return false
}

// inLeadBox reports, for explain, whether block i is a line of a box that
// keepLeadUnderHead left out: chrome between the body's first paragraph
// at start, a lead right under the story's head, and the paragraphs
// below, with nothing but chrome and junk from start to i.
func inLeadBox(ss []slot, i, start, end int) bool {
	if start < 0 || i <= start || i >= end || ss[start].f.words < minFirstWords || !underHead(ss, start) {
		return false
	}
	for k := start + 1; k <= i; k++ {
		if ss[k].role != roleChrome && ss[k].role != roleJunk {
			return false
		}
	}
	return true
}
