package wirestory

import "strings"

// minHeadRunWords is the fewest words of the paragraphs under a text
// page's headline that bodyUnderHead moves the body to, and minHeadRunShared
// the fewest of the headline's words they must use: a story, not a
// standfirst of a few words that happens to repeat the headline.
const (
	minHeadRunWords  = 30
	minHeadRunShared = 2
)

// bodyUnderHead returns the body of a text page moved from [start, end]
// up to the paragraphs under its headline (the line headline returns,
// asked only when a list stands above the body), when the scorer chose
// another text on the page: a list of other stories (a list heading and
// its teasers) stands between the headline and the chosen run, the
// paragraphs between the headline and that list (prose, no rule's, that
// the scorer nearly takes for the story's: at least 60% of the threshold)
// hold minHeadRunWords words or more, and they use at least half of the
// headline's words (minHeadRunShared or more) where the chosen run uses
// at most half as many. A teaser's story, a related post printed in full
// or a comment block below such a list reads like a story to the scorer
// but does not tell the headline's story; the paragraphs right under the
// headline do.
func bodyUnderHead(ss []slot, p []float32, threshold float32, start, end int, headline func() int) (int, int) {
	if start <= 1 || end < start {
		return start, end
	}
	// The list's heading: the nearest above start, with teasers and no
	// paragraph between it and the body.
	list, teasers := -1, 0
	for j := start - 1; j > 0; j-- {
		s := &ss[j]
		if s.role == roleChrome && s.listHead {
			list = j
			break
		}
		if s.role == roleTeaser {
			teasers++
		}
		if isFreeParagraph(ss, j) {
			return start, end
		}
	}
	if list < 0 || teasers == 0 {
		return start, end
	}
	h := headline()
	if h < 0 || h >= list {
		return start, end
	}
	first, last, words := -1, -1, 0
	for j := h + 1; j < list; j++ {
		s := &ss[j]
		if isBarrier(s) || s.role == roleChrome && s.listHead || s.role == roleTeaser {
			return start, end
		}
		if !isFreeParagraph(ss, j) {
			continue
		}
		if p[j] < threshold*0.6 {
			return start, end
		}
		if first < 0 {
			first = j
		}
		last, words = j, words+s.f.words
	}
	if first < 0 || words < minHeadRunWords {
		return start, end
	}
	head := lowerWordSet(ss[h].text)
	above := headWordsUsed(ss, first, last, head)
	below := headWordsUsed(ss, start, end, head)
	if above < minHeadRunShared || above*2 < len(head) || below*2 > above {
		return start, end
	}
	return first, last
}

// lowerWordSet returns the distinct lower-cased words of s.
func lowerWordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		m[w] = true
	}
	return m
}

// headWordsUsed returns how many of the words in head the free
// paragraphs (isFreeParagraph) from i to j use.
func headWordsUsed(ss []slot, i, j int, head map[string]bool) int {
	used := make(map[string]bool)
	for k := i; k <= j; k++ {
		if !isFreeParagraph(ss, k) {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(ss[k].text), notWordRune) {
			if head[w] {
				used[w] = true
			}
		}
	}
	return len(used)
}
