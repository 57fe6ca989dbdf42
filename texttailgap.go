package wirestory

// This file ends a text page's body before the footer that the scorer
// carried it into. At the very end of a dump, under the story, a long run
// of lines that are no story's (a list of other stories, share labels, a
// staff list) parts the story from the site's footer: a disclaimer, an
// imprint, an address, whose long lines the scorer may take for prose
// and so pull the body over the run. On an HTML page the footer is an
// element of its own.

// Footer bounds: the run is at least minFooterGap lines, minFooterMarked
// of them taken by the rules for chrome or teasers; the page ends at most
// maxFooterAfter lines below the body; the story above the run has
// minFooterShare times the words of what stands below it; and fewer than
// maxFooterShared tenths of the footer's content words are the story's.
const (
	minFooterGap    = 10
	minFooterMarked = 3
	maxFooterAfter  = 3
	minFooterShare  = 4
	maxFooterShared = 4
)

// isFooterRunLine reports whether a line of a text page's body may be one
// of the run that parts the story from the footer, a run no story holds: a
// line the rules took for something else, or a line the scorer doubts
// (below threshold) that is no long paragraph.
func isFooterRunLine(s *slot, p, threshold float32) bool {
	return s.role != roleUnknown || p < threshold && !(s.f.prose && s.f.words >= minClosingWords)
}

// cutFooter returns the end of a text page's body cut before the footer
// under it: when the page ends within maxFooterAfter lines of the body,
// and the body's last paragraphs stand under a run of minFooterGap lines
// or more that no story holds (isFooterRunLine), minFooterMarked of them
// chrome or teasers by the rules, and use few of the words of the story
// above the run, which is much longer than they are (minFooterShare). A
// story that goes on after a box or a gallery set into it goes on about
// the same things; a short list inside a story is no such run.
func cutFooter(ss []slot, p []float32, threshold float32, start, end int) int {
	if start < 0 || end-start < minFooterGap {
		return end
	}
	after := 0
	for i := end + 1; i < len(ss) && after <= maxFooterAfter; i++ {
		if ss[i].role != roleJunk {
			after++
		}
	}
	if after > maxFooterAfter {
		return end
	}
	// Up from the end to the lowest run of minFooterGap such lines or
	// more, then over the rest of it: the run is i+1 .. top-1.
	run, i := 0, end
	for ; i > start && run < minFooterGap; i-- {
		switch {
		case ss[i].role == roleJunk:
		case isFooterRunLine(&ss[i], p[i], threshold):
			run++
		default:
			run = 0
		}
	}
	if run < minFooterGap {
		return end
	}
	for i > start && (ss[i].role == roleJunk || isFooterRunLine(&ss[i], p[i], threshold)) {
		i--
	}
	// i is the story's last line above the run; top becomes the first
	// line under it.
	top := i + 1
	marked := 0
	for ; top <= end && (ss[top].role == roleJunk || isFooterRunLine(&ss[top], p[top], threshold)); top++ {
		if ss[top].role == roleChrome || ss[top].role == roleTeaser {
			marked++
		}
	}
	if marked < minFooterMarked {
		return end
	}
	above, below := 0, 0
	for k := start; k <= i; k++ {
		if ss[k].role == roleUnknown {
			above += ss[k].f.words
		}
	}
	words := paragraphWords(ss, start, i)
	shared, all := 0, 0
	for k := top; k <= end; k++ {
		if ss[k].role == roleUnknown {
			below += ss[k].f.words
		}
		if isFreeParagraph(ss, k) {
			s, a := sharedContentWords(ss[k].text, words)
			shared, all = shared+s, all+a
		}
	}
	if above < minFooterShare*below || shared*10 >= all*maxFooterShared {
		return end
	}
	if k := prevParagraph(ss, i, start); k >= 0 {
		return k
	}
	return end
}
