package wirestory

import "strings"

// minTrailingHeads is the fewest short lines closing a text page's body
// that are read as a list of other stories rather than the story's own.
const minTrailingHeads = 2

// maxTrailingHeadWords is the most words of a line in such a list.
const maxTrailingHeadWords = 12

// cutTrailingHeads returns the end of a text page's body cut before the
// short lines that close it: a run of minTrailingHeads lines or more that
// are no paragraph ("More on this topic", then other stories' headlines),
// with no paragraph of the story after them. On an HTML page those are
// links in a box of their own; in a dump the box is gone and they follow
// the story's last paragraph as its subheads would, but a subhead heads
// a paragraph. A short line of prose under the run that the scorer
// rejects (fewer than minClosingWords words, below six tenths of the
// threshold: what keepClosingParagraph would not take) is a teaser's
// blurb, not the story's. A list that the paragraph above
// introduces (it ends with a colon) is the story's and stays, and so does
// a list whose items share a form (sameForm: "Title, Author", "Team
// (Group A): 3rd"), which is the story's table; other stories' headlines
// share none.
func cutTrailingHeads(ss []slot, p []float32, threshold float32, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	heads := 0
	for i := end; i > start; i-- {
		s := &ss[i]
		if s.role != roleUnknown {
			continue
		}
		if s.f.prose {
			if heads == 0 && p[i] < threshold*0.6 && s.f.words < minClosingWords {
				continue
			}
			if heads < minTrailingHeads || lastRune(s.text) == ':' || sameForm(ss, i+1, end) {
				return end
			}
			return i
		}
		if s.f.words > maxTrailingHeadWords || lastRune(s.text) == ':' {
			return end
		}
		heads++
	}
	return end
}

// itemMarks are the marks that set apart the parts of a list's items
// ("Title, Author", "Name: role", "Title - Source", "Team (Group A)").
var itemMarks = [...]string{", ", ": ", " - ", " – ", " ("}

// minFormItems is the fewest items of a list, under its heading, that
// sameForm reads: three teasers' headlines may share a mark by chance.
const minFormItems = 4

// sameForm reports whether two thirds or more of the unclaimed lines from
// i to end, and minFormItems or more, carry one of itemMarks: items of
// one form. The first line may head the list and is not counted.
func sameForm(ss []slot, i, end int) bool {
	var n int
	var has [len(itemMarks)]int
	for j := i; j <= end; j++ {
		if ss[j].role != roleUnknown {
			continue
		}
		n++
		for k, m := range itemMarks {
			if strings.Contains(ss[j].text, m) {
				has[k]++
			}
		}
	}
	for _, c := range has {
		// n-1: the list's heading carries no mark.
		if c >= minFormItems && 3*c >= 2*(n-1) {
			return true
		}
	}
	return false
}

// maxDatelineSkip is the most lines above a paragraph that opens with a
// dateline that startAtDateline takes off the top of a text page's body.
const maxDatelineSkip = 4

// startAtDateline returns the start of a text page's body moved down to
// the paragraph that opens with a dateline ("BUFFALO, N.Y. — ...") when
// only lines the scorer rejects stand above it in the body, at most
// maxDatelineSkip of them: a dateline marks where a wire story begins,
// and the lines above it are teasers the rules' run took in.
func startAtDateline(ss []slot, p []float32, threshold float32, start, end int) int {
	if start < 0 {
		return start
	}
	for i := start; i <= end && i <= start+maxDatelineSkip; i++ {
		if ss[i].role != roleUnknown {
			continue
		}
		if p[i] >= threshold {
			if i > start && ss[i].f.prose && opensWithDateline(ss[i].text) {
				return i
			}
			return start
		}
	}
	return start
}
