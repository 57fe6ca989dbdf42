package wirestory

import "strings"

// This file takes out of a text page's body a box of other stories whose
// headlines the site cut short to fit ("Council votes on new bus la..",
// "Storm knocks out power across…"). On an HTML page such a box is a list
// of links of its own; a browser's dump prints its lines tight one under
// the other, each ending in the mark of the cut, and when the box stands
// under the story (or under it and above the site's footer) the scorer
// may take it in with the story. A story never cuts its own lines short
// several times in a row.

// minCutRun is the fewest cut-short headlines in a row that markCutRuns
// reads as a box of other stories.
const minCutRun = 3

// minCutTitleWords is the fewest words of a cut-short headline: a
// word or two trailing off ("Wait…") is a line of dialogue.
const minCutTitleWords = 3

// isCutTitle reports whether s is a line of a box of other stories whose
// headlines were cut short: a free line of minCutTitleWords to
// maxTrailingHeadWords words that ends with two dots or more or with an
// ellipsis.
func isCutTitle(s *slot) bool {
	if s.role != roleUnknown || s.kind != kindLine || s.f.words < minCutTitleWords || s.f.words > maxTrailingHeadWords {
		return false
	}
	return strings.HasSuffix(s.text, "..") || strings.HasSuffix(s.text, "…")
}

// markCutRuns marks as teasers, in the body start..end of a text page,
// the runs of minCutRun cut-short headlines (isCutTitle) or more that
// stand tight together (no blank line between them: printedGap), and returns the
// body's end moved above the first such run when a paragraph of the story
// stands above it and none of the story's below it (storyBelow): what
// follows a box of other stories under the story is the site's, not the
// story's. A run with the story's paragraphs under it is a box set into
// the story and only its lines leave.
func markCutRuns(ss []slot, p []float32, threshold float32, start, end int) int {
	if start < 0 || end-start < minCutRun {
		return end
	}
	cut := end
	for i := start; i <= end; i++ {
		if !isCutTitle(&ss[i]) {
			continue
		}
		j, n := i, 1 // the run's last line and how many lines it holds
		for k := i + 1; k <= end; k++ {
			if ss[k].role == roleJunk {
				continue
			}
			if ss[k].printedGap() || !isCutTitle(&ss[k]) {
				break
			}
			j, n = k, n+1
		}
		if n < minCutRun {
			i = j
			continue
		}
		for k := i; k <= j; k++ {
			if ss[k].role == roleUnknown {
				ss[k].role = roleTeaser
			}
		}
		if cut == end && prevParagraph(ss, i-1, start) >= 0 && !storyBelow(ss, p, threshold, start, i-1, j+1, end) {
			cut = prevLive(ss, i-1)
		}
		i = j
	}
	return cut
}

// minStoryWords is the fewest content words that a paragraph under a box
// of other stories shares with the story's paragraphs above the box when
// it goes on with the story.
const minStoryWords = 2

// storyBelow reports whether a paragraph of the story stands from i to
// end: a free sentence of minClosingWords words or more, at the threshold
// or above, no tail, that shares minStoryWords content words or more with
// the paragraphs from start to above (words, read when first needed). The
// site's notices under the box (who publishes it, its copyright) speak of
// nothing the story speaks of.
func storyBelow(ss []slot, p []float32, threshold float32, start, above, i, end int) bool {
	var words map[string]bool
	return storyParagraphFrom(ss, p, threshold, i, end, func() map[string]bool {
		if words == nil {
			words = paragraphWords(ss, start, above)
		}
		return words
	}) >= 0
}

// storyParagraphFrom returns the first paragraph of the story from i to
// end, as storyBelow reads one, with the story's words given by words
// (called when a paragraph is first to be read against them), or -1.
func storyParagraphFrom(ss []slot, p []float32, threshold float32, i, end int, words func() map[string]bool) int {
	for ; i <= end; i++ {
		s := &ss[i]
		if !isFreeParagraph(ss, i) || !s.f.sentence || s.f.words < minClosingWords || p[i] < threshold || s.tailKind() != tailNone {
			continue
		}
		if n, _ := sharedContentWords(s.text, words()); n >= minStoryWords {
			return i
		}
	}
	return -1
}
