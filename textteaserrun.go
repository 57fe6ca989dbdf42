package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minTeaserRun is the fewest headline-shaped lines in a row that
// markTeaserRuns reads as a list of other stories.
const minTeaserRun = 5

// markTeaserRuns marks as chrome, on a text page, the runs of short
// headline-shaped lines inside the body start..end that are the headlines
// of other stories (a box of the day's headlines set into the story): at
// least minTeaserRun lines in a row with no paragraph between them, of
// which at most one shares most of its words with the story's paragraphs.
// A list that belongs to the story (results, dates, the points of a
// plan) speaks of what the paragraphs speak of, and stays; so does one
// whose lines open with a number or a bullet.
func markTeaserRuns(ss []slot, start, end int) {
	if start < 0 || end-start < minTeaserRun {
		return
	}
	var words map[string]bool // the paragraphs' words, read when first needed
	for i := start; i <= end; {
		if !isRunTitle(&ss[i]) {
			i++
			continue
		}
		j, n := i, 0 // the run's last line and how many lines it holds
		for k := i; k <= end; k++ {
			if ss[k].role == roleJunk {
				continue
			}
			if !isRunTitle(&ss[k]) {
				break
			}
			j, n = k, n+1
		}
		if h := runLabel(ss, start, i); h >= 0 && n >= minTeaserRun {
			if words == nil {
				words = paragraphWords(ss, start, end)
			}
			if sharedTitles(ss, h, j, words) <= 1 && numberedTitles(ss, i, j)*2 <= n {
				for k := h; k <= j; k++ {
					if ss[k].role == roleUnknown {
						ss[k].role = roleChrome
					}
				}
			}
		}
		i = j + 1
	}
}

// maxRunLabelWords is the most words of the label over a list of other
// stories.
const maxRunLabelWords = 3

// runLabel returns the index of the label that heads the run of lines at
// i: the live line above it, inside the body from start, that is short
// (up to maxRunLabelWords words), no paragraph, and ends with no colon or
// full stop, as "Headlines" or "More news" do, and that no line of a list
// stands above ("Zutaten:", a sentence ending with a colon, or a
// paragraph introduce the story's own list). Else it returns -1.
func runLabel(ss []slot, start, i int) int {
	h := prevLive(ss, i-1)
	if h < start || ss[h].role != roleUnknown || ss[h].f.prose || ss[h].f.words > maxRunLabelWords ||
		strings.ContainsRune(":.", lastRune(ss[h].text)) {
		return -1
	}
	if k := prevLive(ss, h-1); k >= 0 && !ss[k].f.prose && ss[k].f.titleLike && ss[k].f.words <= 12 {
		// The label is a list's line itself.
		return -1
	}
	return h
}

// isRunTitle reports whether the block s is a line that a list of other
// stories is made of: a free line shaped like a headline of three to
// twelve words, no paragraph, that opens with a letter (a list's number or
// bullet marks the story's own list).
func isRunTitle(s *slot) bool {
	if s.role != roleUnknown || s.kind != kindLine || s.f.prose || !s.f.titleLike || s.f.words < 3 || s.f.words > 12 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text)
	return unicode.IsLetter(r)
}

// sharedContentWords returns how many of the content words (contentWords)
// of s are in words, and how many content words s has.
func sharedContentWords(s string, words map[string]bool) (shared, all int) {
	cw := contentWords(s)
	for _, w := range cw {
		if words[w] {
			shared++
		}
	}
	return shared, len(cw)
}

// paragraphWords returns the content words (contentWords) of the free
// paragraphs between start and end.
func paragraphWords(ss []slot, start, end int) map[string]bool {
	m := make(map[string]bool)
	addParagraphWords(m, ss, start, end)
	return m
}

// addParagraphWords adds to m the content words of the free paragraphs
// between start and end.
func addParagraphWords(m map[string]bool, ss []slot, start, end int) {
	for i := start; i <= end; i++ {
		if isFreeParagraph(ss, i) {
			for _, w := range contentWords(ss[i].text) {
				m[w] = true
			}
		}
	}
}

// numberedTitles counts the lines from i to j (junk aside) that hold a
// digit: a list of dates, results or prices has one on most lines.
func numberedTitles(ss []slot, i, j int) int {
	n := 0
	for k := i; k <= j; k++ {
		if ss[k].role != roleJunk && hasDigit(ss[k].text) {
			n++
		}
	}
	return n
}

// sharedTitles counts the lines from i to j (junk aside) half of whose
// content words or more the story's paragraphs use.
func sharedTitles(ss []slot, i, j int, words map[string]bool) int {
	n := 0
	for k := i; k <= j; k++ {
		if ss[k].role == roleJunk {
			continue
		}
		if in, all := sharedContentWords(ss[k].text, words); all > 0 && in*2 >= all {
			n++
		}
	}
	return n
}

// inTeaserRun reports, for explain, whether block i is a line of a run
// that markTeaserRuns marked: chrome lines in a row (junk aside) that open
// with a short label, at least minTeaserRun lines shaped like headlines
// under it, block i among them.
func inTeaserRun(ss []slot, i int) bool {
	chromeLine := func(k int) bool { return ss[k].role == roleChrome && ss[k].kind == kindLine }
	if !chromeLine(i) {
		return false
	}
	first := i
	for k := i - 1; k >= 0 && (chromeLine(k) || ss[k].role == roleJunk); k-- {
		if chromeLine(k) {
			first = k
		}
	}
	if ss[first].f.words > maxRunLabelWords || ss[first].f.prose {
		return false
	}
	n := 0
	for k := first + 1; k < len(ss) && (chromeLine(k) || ss[k].role == roleJunk); k++ {
		if s := &ss[k]; chromeLine(k) {
			if s.f.prose || !s.f.titleLike || s.f.words < 3 || s.f.words > 12 {
				return false
			}
			n++
		}
	}
	return n >= minTeaserRun
}
