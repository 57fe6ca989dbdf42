package wirestory

// markLabelGaps marks, in a dump written one block per line (inferGaps:
// with no blank line at all, or almost none), the lines around a label
// inside a story: a short line that is no paragraph and ends in a colon
// ("Overview:", "Key services:", "Zutaten:"), with a line of prose at
// most maxLabelReach lines above it. A browser's innerText sets
// such a line, a paragraph or a heading of its own, apart with a blank
// line above it and below it, and the body scorer reads those blank lines:
// inside a story, labels and the lists under them stand between blank
// lines, while a menu's run of short lines has none. A scraper that
// writes one block per line drops them, and the stretch of labels and
// lists inside a story then reads to the scorer as a menu and parts the
// story in two. The label gets back its blank line above (bodyGap), and
// the line under it its own. Left as they are: a label among short lines
// only (a form's "Follow us:", "Category:" over a list of links), and the
// labels of a run of pairs, a label over a name over a label ("Editor:",
// "Jane Roe", "News editor:"), as a masthead or a fact box lists them
// without blank lines. Only the body scorer reads bodyGap: the headline,
// teaser and caption readers see the lines as the dump gave them. The
// pass looks at most maxLabelReach lines back from each line.
func markLabelGaps(bs []block) {
	label := func(i int) bool { return i >= 0 && i < len(bs) && isLabelLine(&bs[i]) }
	for i := range bs {
		if !label(i) || label(i-2) || label(i+2) || !proseAbove(bs, i) {
			continue
		}
		bs[i].bodyGap = true
		if i+1 < len(bs) {
			bs[i+1].bodyGap = true
		}
	}
}

// isLabelLine reports whether a line is a label that leads into what is
// under it: no prose, at most maxLabelWords words, ending in a colon.
func isLabelLine(b *block) bool {
	return !b.f.prose && b.f.words <= maxLabelWords && lastRune(b.text) == ':'
}

// proseAbove reports whether a line of prose stands at most maxLabelReach
// lines above line i.
func proseAbove(bs []block, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxLabelReach; k-- {
		if bs[k].f.prose {
			return true
		}
	}
	return false
}

// maxLabelWords is the most words of a label line, and maxLabelReach the
// most lines between a label inside a story and the prose above it
// (markLabelGaps).
const (
	maxLabelWords = 10
	maxLabelReach = 3
)

// scoredGap reports whether the body scorer reads a blank line above the
// block: one the dump has or inferGaps set, or one markLabelGaps gave it.
func (b *block) scoredGap() bool { return b.gap || b.bodyGap }
