package wirestory

// This file takes out of a text page's body a box of other stories that
// the page prints again and again through the story: a headline with
// its writer's name on the line under it, the same pair word for word
// three times or more, each copy between the story's paragraphs (a
// sidebar that the dump prints once per section of a long piece). A
// story's own subhead has no writer under it, and a list or table that
// repeats a label over a name sets its copies one under the other, with
// no paragraph of the story between them.

// minRepeatedCards is the fewest copies of a headline-and-writer pair for
// it to be a box printed again and again.
const minRepeatedCards = 3

// maxCardNameWords is the most words of the writer's line under a card's
// headline.
const maxCardNameWords = 5

// markRepeatedCards marks as teasers, in the body start..end of a text
// page, every copy of a pair of lines, a headline-shaped line and a
// person's name or byline right under it, that stands minRepeatedCards
// times or more in the body, word for word, with a free paragraph of the
// story between each copy and the next, when the headline speaks of other
// things than the story's paragraphs (speaksOfStory). The body is read
// three times at most; the cost is linear in its length, and it allocates
// only when such a pair is found.
func markRepeatedCards(ss []slot, start, end int) {
	if start < 0 || end <= start {
		return
	}
	type copies struct {
		n, lastParas int  // copies, and the paragraphs counted at the last
		apart        bool // each copy stands a paragraph apart from the last
	}
	var seen map[[2]string]*copies
	paras := 0 // free paragraphs above line i
	for i := start; i < end; i++ {
		if isFreeParagraph(ss, i) {
			paras++
		}
		j := cardName(ss, i, end)
		if j < 0 {
			continue
		}
		if seen == nil {
			seen = make(map[[2]string]*copies)
		}
		k := [2]string{ss[i].text, ss[j].text}
		c := seen[k]
		if c == nil {
			seen[k] = &copies{n: 1, lastParas: paras, apart: true}
			continue
		}
		c.apart = c.apart && paras > c.lastParas
		c.n++
		c.lastParas = paras
	}
	found := false
	for _, c := range seen {
		found = found || c.n >= minRepeatedCards && c.apart
	}
	if !found {
		return
	}
	story := paragraphWords(ss, start, min(end, len(ss)-1)) // the content words of the story's paragraphs
	for i := start; i < end; i++ {
		j := cardName(ss, i, end)
		if j < 0 {
			continue
		}
		if c := seen[[2]string{ss[i].text, ss[j].text}]; c.n >= minRepeatedCards && c.apart && !speaksOfStory(ss[i].text, story) {
			ss[i].role = roleTeaser
			ss[j].role = roleTeaser
		}
	}
}

// maxCardShared is how many tenths of a card's headline's content words
// the story's paragraphs may use at most: another story's headline speaks
// of other things, where a heading the story repeats (a step of a plan, a
// meal of a diet) speaks of what the story does.
const maxCardShared = 3

// speaksOfStory reports whether maxCardShared tenths or more of the
// content words of headline s stand in the story's paragraphs (story).
func speaksOfStory(s string, story map[string]bool) bool {
	cw := distinctWords(contentWords(s))
	shared := 0
	for _, w := range cw {
		if story[w] {
			shared++
		}
	}
	return len(cw) == 0 || shared*10 >= len(cw)*maxCardShared
}

// cardName returns the line right under line i, before end, when line i
// is a headline-shaped line of five words or more and that line is a
// person's name or a byline of at most maxCardNameWords words; else -1.
func cardName(ss []slot, i, end int) int {
	if ss[i].f.words < 5 || !headlineShaped(&ss[i]) {
		return -1
	}
	j := nextNonJunk(ss, i+1)
	if j < 0 || j > end || ss[j].role != roleUnknown || ss[j].f.words == 0 || ss[j].f.words > maxCardNameWords {
		return -1
	}
	if !isPersonName(ss[j].text) && !hasByWord(ss[j].text) {
		return -1
	}
	return j
}
