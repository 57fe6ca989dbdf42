package wirestory

// This file gives back, to the stretch the body scorer picks on a dump
// written one block per line (inferGaps), the blank line a browser's
// innerText sets under every paragraph. innerText parts a paragraph from
// what follows with a blank line, whether a paragraph or a short line
// follows (a label, a list's first item, a heading, a price); a scraper
// that writes one block per line drops it, and inferGaps puts one back
// only above lines of prose. A story whose paragraphs stand between short
// lines (a buyer's guide: heading, "Price: $30", a paragraph, the next
// heading) then reads to the scorer as if it had half its blank lines,
// like a menu or a rail, and the stretch it picks stops short of the
// story's top.
//
// The blank line under a paragraph is read by bestSpan alone: the
// scorer's probabilities are computed once more with it (spanProbs), and
// only the choice of the stretch reads them. Every later step (the rules'
// run joined to the stretch, lists and boxes crossed below it, closing
// paragraphs, tails, captions) reads the probabilities of the dump as it
// is: those steps weigh lines beside the story, teaser cards, share
// counts and comment threads, whose lines a normal dump prints tight,
// and a blank line under every paragraph there lifts a card's blurb or a
// comment over their bars. Nor is it read in the comments section
// (commentsStart): a thread whose every line stands apart would outweigh
// the story above it and bestSpan, which does not cross the comments'
// start, would pick the thread.

// markUnderProse marks, in a dump written one block per line, the lines
// that are no prose and stand right under a line of prose.
func markUnderProse(bs []block) {
	for i := 1; i < len(bs); i++ {
		if bs[i-1].f.prose && !bs[i].f.prose {
			bs[i].underProse = true
		}
	}
}

// spanProbs returns the probabilities bestSpan reads on a text page: p
// (the scorer's, given for the page's blocks as they are) when no line
// stands under a paragraph above the comments (comments, -1 when none),
// else the scorer's probabilities with a blank line above each such line
// (markUnderProse). The lines' bodyGap is as it was when spanProbs
// returns.
func (m *bodyModel) spanProbs(ss []slot, p []float32, ruleStart, ruleEnd, comments int) []float32 {
	var set []int
	for i := range ss {
		if comments >= 0 && i >= comments {
			break
		}
		if s := &ss[i]; s.underProse && !s.gap && !s.bodyGap {
			s.bodyGap = true
			set = append(set, i)
		}
	}
	if len(set) == 0 {
		return p
	}
	q := m.blockProbs(ss, true, ruleStart, ruleEnd, comments)
	for _, i := range set {
		ss[i].bodyGap = false
	}
	return q
}
