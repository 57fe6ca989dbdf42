package wirestory

// printedGap reports whether the layout rules read a blank line above the
// block: on a dump written one block per line (inferGaps), the blank line
// the dump printed, or one inferGaps gave a line longer than a teaser's
// headline (maxCardHeadWords); on any other page, gap.
//
// inferGaps gives a blank line to every line of prose on such a dump (and
// to a subhead, and to the items of a list a paragraph leads into), as a
// browser's innerText prints one around a story's paragraphs, and the
// body scorer reads them all. The rules that read a page's layout as
// printed, a teaser's lines together (tight) and a list of other stories
// printed one link a line (markListAfter, markListRest), a box of
// headlines cut short with two dots (markCutRuns), read them only
// above lines of a paragraph's length: a list's headline that asks a
// question or ends in a stop is a line of prose, yet innerText prints the
// list's links one under the other, and a blank line above it would end
// the list there on this dump and not on the same page dumped with its
// blank lines. A line longer than a headline is a paragraph, and its blank
// line stays: the story's paragraphs under a heading are no list.
func (b *block) printedGap() bool {
	return b.gap && !(b.inferred && b.f.words <= maxCardHeadWords)
}
