package wirestory

import "strings"

// headOverBylineBelow returns the index of the line right below the one
// at i (the headline scorer's choice on a text page, above the body at
// start) when that line is the headline over the story's byline or date:
// the chosen line reads as a sentence (a question, a line of prose) and
// holds no byline or date under it, while the line below it is shaped like
// a headline (headlineShaped), reads as none (no prose, no full stop at
// its end), and stands right over a byline, credit or date line
// (isMetaBelow). A head that prints a teaser's or a search engine's
// question over the headline ("How big is X?" / "6 figures that show how
// big X is" / "Jane Roe") shows the two as lines of their own, and the
// scorer, reading the question's words, may take it. The byline may be a
// writer's name or a label of four words at most over a date line, and
// the headline follows the chosen line with no blank line between and
// holds more words than it (a byline under a question is shorter). Else
// it returns -1.
//
// What stays: a headline over its deck and byline (the line below is prose
// or ends with a full stop: see headUnderChoice), a headline-shaped choice
// that is no sentence, a line below that is a byline or date line itself
// or is no longer than the choice, a line below set off by a blank line.
func headOverBylineBelow(ss []slot, i, start int) int {
	if i < 0 || i >= start || !ss[i].f.prose {
		return -1
	}
	j := nextLine(ss, i+1, start)
	if j < 0 || ss[j].gap || ss[j].role != roleUnknown || ss[j].f.prose || ss[j].f.words <= ss[i].f.words ||
		!headlineShaped(&ss[j]) || isHeadMetaLine(ss[j].text) {
		return -1
	}
	if t := strings.TrimSpace(ss[j].text); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。") {
		return -1
	}
	n := nextLine(ss, j+1, start)
	if n < 0 {
		return -1
	}
	if isMetaBelow(ss, n, start) {
		return j
	}
	// A writer's name or a label over the date line.
	if n2 := nextLine(ss, n+1, start); n2 >= 0 && ss[n].f.words <= 4 && isMetaBelow(ss, n2, start) {
		return j
	}
	return -1
}
