package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file takes out of a text page's body a box of other stories printed
// as cards, each closed by the same link: a headline, perhaps a blurb
// under it, and a short line such as "Read more..." or "Continue
// reading", word for word the same under every card. On an HTML page the
// box is a list of links of its own; a browser's dump prints the cards one
// under the other after the story, and a blurb reads like a paragraph of
// it. A story does not close each of its paragraphs with the same short
// line, and a story's own sections, a subhead over its paragraphs, have
// no link under each: a line that repeats under a run of such sections is
// a box's.

// minLabelledCards is the fewest cards, each closed by the same label, that
// markLabelledCards reads as a box of other stories.
const minLabelledCards = 3

// maxCardLabelWords is the most words of a card's closing label.
const maxCardLabelWords = 4

// maxCardLines is the most lines of a card above its label: a headline, a
// date or a section label, a blurb.
const maxCardLines = 3

// maxCardHeadWords is the most words of a card's headline.
const maxCardHeadWords = 16

// cardStoryShare is how many times the words of the cards the story above
// them must hold for the cards to leave: a page that is a directory of
// cards (a list of courses, of products) is all cards, and stays.
const cardStoryShare = 3

// isCardLabel reports whether a line of a text page may close a card: a
// short line of at most maxCardLabelWords words that is no paragraph.
func isCardLabel(s *slot) bool {
	if s.kind != kindLine || s.f.words < 1 || s.f.words > maxCardLabelWords || s.f.prose || strings.Contains(s.text, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text)
	return unicode.IsLetter(r)
}

// isCard reports whether the lines from i to j (at most maxCardLines) are a
// card of a box of other stories: its first line a headline (a short
// line of two words or more that is no sentence), and under it at most one
// paragraph; every line free (no rule took it for the story's head, a
// caption or a tail) and none a label of a card itself.
func isCard(ss []slot, i, j int) bool {
	if i > j || j-i+1 > maxCardLines || i < 0 {
		return false
	}
	h := &ss[i]
	if h.role != roleUnknown && h.role != roleTeaser || h.kind != kindLine || h.f.prose || h.f.words < 2 ||
		h.f.words > maxCardHeadWords || endsLikeSentence(h.text) {
		return false
	}
	if _, ok := itemNumber(h.text); ok {
		// "4. Lavender Hill": an item of the story's own list.
		return false
	}
	paras := 0
	for k := i + 1; k <= j; k++ {
		s := &ss[k]
		if s.role != roleUnknown && s.role != roleTeaser && s.role != roleJunk {
			return false
		}
		if s.f.prose {
			paras++
		}
	}
	return paras <= 1
}

// markLabelledCards marks as teasers, in the body start..end of a text
// page, a run of minLabelledCards cards (isCard) or more, each closed by
// the same label (isCardLabel), the cards all of one size, and the labels
// themselves, when the story's paragraphs above the run hold
// cardStoryShare times its words. It returns the body's end moved above
// the run (and a list heading over it) when no paragraph of the story
// stands under it (storyBelow). The body is read once; a map is made when
// a short line is seen, and the words of the paragraphs above each line
// when a run is found; whether the story goes on under a run is read with
// what was read for the run above it (cardsBelow). The cost is linear.
func markLabelledCards(ss []slot, p []float32, threshold float32, start, end int) int {
	if start < 0 || end-start < minLabelledCards*2 {
		return end
	}
	type run struct {
		first, last, n, size int // the first and last label, the labels, a card's lines
	}
	var runs map[string]*run
	var above []int // the words of the free paragraphs above each line of the body
	below := cardsBelow{above: -1, para: -1, match: -1}
	cut := end
	for i := start + 1; i <= end; i++ {
		if !isCardLabel(&ss[i]) {
			continue
		}
		if runs == nil {
			runs = make(map[string]*run)
		}
		r := runs[ss[i].text]
		gap := 0
		if r != nil {
			gap = i - r.last - 1
		}
		switch {
		case r != nil && r.n >= 2 && gap == r.size && isCard(ss, r.last+1, i-1):
			r.last, r.n = i, r.n+1
		case r != nil && r.n == 1 && gap >= 1 && gap <= maxCardLines && r.first-gap >= start &&
			isCard(ss, r.last+1, i-1) && isCard(ss, r.first-gap, r.first-1):
			// The card above the first label has the size of the second.
			r.last, r.n, r.size = i, 2, gap
		default:
			runs[ss[i].text] = &run{first: i, last: i, n: 1}
			continue
		}
		if r.n != minLabelledCards {
			continue
		}
		from := r.first - r.size
		if above == nil {
			above = paragraphWordsAbove(ss, start, end)
		}
		cards := 0
		for k := from; k <= r.last; k++ {
			cards += ss[k].f.words
		}
		if above[from-start] < cards*cardStoryShare || !headedList(ss, start, from) {
			continue
		}
		// The run and the cards of its size under it.
		k := r.last
		for k+r.size+1 <= end && ss[k+r.size+1].text == ss[i].text && isCard(ss, k+1, k+r.size) {
			k += r.size + 1
		}
		for x := from; x <= k; x++ {
			if ss[x].role == roleUnknown || isCardLabel(&ss[x]) && ss[x].text == ss[i].text {
				ss[x].role = roleTeaser
			}
		}
		if cut == end && below.paragraphAbove(ss, start, from-1) && !below.storyBelow(ss, p, threshold, start, from-1, k+1, end) {
			cut = prevLive(ss, from-1)
			for cut > start && ss[cut].listHead {
				cut = prevLive(ss, cut-1)
			}
		}
		delete(runs, ss[i].text)
		i = k
	}
	return cut
}

// cardsBelow answers, for the runs of cards markLabelledCards finds from
// the top of the body down, whether a free paragraph stands above a run
// (prevParagraph) and whether the story goes on under it (storyBelow),
// with what it read for the run above: the words of the paragraphs above
// a run are those above the run before and those of the free paragraphs
// between; a free paragraph above the run before is above this one too;
// and a paragraph under the run before that uses the story's words, and
// stands under this run as well, uses them still. A run is marked before
// it is read, and only its own blocks, so nothing read above it changes;
// a run that starts above the one before (a run of another label) has all
// read anew. Each block is read a bounded number of times.
type cardsBelow struct {
	above int             // the last block whose paragraph's words are in words
	words map[string]bool // the content words of the free paragraphs from the body's start to above
	para  int             // a free paragraph at or above above, or -1
	match int             // a paragraph under the run before that uses the story's words, or -1
}

// paragraphAbove reports whether a free paragraph stands from start to i
// (prevParagraph(ss, i, start) >= 0).
func (c *cardsBelow) paragraphAbove(ss []slot, start, i int) bool {
	if c.para < start || c.para > i || !isFreeParagraph(ss, c.para) {
		c.para = prevParagraph(ss, i, start)
	}
	return c.para >= 0
}

// storyBelow returns what storyBelow(ss, p, threshold, start, above, i,
// end) does.
func (c *cardsBelow) storyBelow(ss []slot, p []float32, threshold float32, start, above, i, end int) bool {
	if c.words == nil || above < c.above {
		c.words, c.match = paragraphWords(ss, start, above), -1
	} else {
		addParagraphWords(c.words, ss, c.above+1, above)
	}
	c.above = above
	if c.match >= i && c.match <= end && isFreeParagraph(ss, c.match) {
		return true
	}
	c.match = storyParagraphFrom(ss, p, threshold, i, end, func() map[string]bool { return c.words })
	return c.match >= 0
}

// paragraphWordsAbove returns, for each block from start to end, how many
// words the free paragraphs from start to above it hold.
func paragraphWordsAbove(ss []slot, start, end int) []int {
	above := make([]int, end-start+1)
	n := 0
	for k := start; k <= end; k++ {
		above[k-start] = n
		if isFreeParagraph(ss, k) {
			n += ss[k].f.words
		}
	}
	return above
}

// headedList reports whether a list heading ("More articles", "Related")
// stands right above the block at from, junk aside.
func headedList(ss []slot, start, from int) bool {
	for k := from - 1; k >= start; k-- {
		if ss[k].role == roleJunk {
			continue
		}
		if !ss[k].listHead {
			return false
		}
		// A heading that closes cards above it as well ("Continue
		// reading") is their label, and the story is cards all through.
		for x := k - 1; x >= start && x >= k-maxCardLines-1; x-- {
			if ss[x].text == ss[k].text {
				return false
			}
		}
		return true
	}
	return false
}
