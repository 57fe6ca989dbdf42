package wirestory

import (
	"unicode"
	"unicode/utf8"
)

// maxAcrossHeads is the most headline lines of a box of other stories,
// set with no label inside a text page's story, that the story's closing
// paragraph is looked for under.
const maxAcrossHeads = 4

// minAcrossHeads is the fewest headline lines of such a box: one label
// over a paragraph is the paragraph's own box (a testimonial's name, "About
// us"), not a list of other stories.
const minAcrossHeads = 2

// minAcrossShared is how many of the story's content words a closing
// paragraph under a box of headlines names to speak of the story
// whatever its length.
const minAcrossShared = 4

// keepCloseAcrossHeads takes into a text page's body the story's closing
// paragraph that a box of other stories' headlines, printed with no label
// over it, sets apart from the body's last paragraph. Under that paragraph
// stand minAcrossHeads to maxAcrossHeads lines shaped like headlines
// (isAcrossHead), with no blank line between them, then, after a blank
// line, a paragraph of sentences of minClosingWords words or more that
// the scorer gives at least six tenths of the threshold and that speaks
// of the story: minAcrossShared or more of its content words are the
// body's, or three when that is a third of them. A teaser's blurb under
// its headline shares a word or two with the story at most, and a
// paragraph that opens with a line of the box is that line's own (a
// writer's name over a biography). The headlines between leave the body
// as teasers. It returns the new end.
func keepCloseAcrossHeads(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	if start < 0 || end < start {
		return end
	}
	// The body may end on headline lines the scorer took in; the box
	// starts under its last paragraph.
	last := prevParagraph(ss, end, start)
	if last < 0 {
		return end
	}
	limit := len(ss)
	if comments >= 0 && comments < limit {
		limit = comments
	}
	k, heads := last+1, 0
	for ; k < limit; k++ {
		s := &ss[k]
		if s.role == roleJunk {
			continue
		}
		if !isAcrossHead(s) || heads > 0 && s.gap {
			break
		}
		heads++
		if heads > maxAcrossHeads {
			return end
		}
	}
	// The blank lines tell the box from the body only in a dump that
	// keeps a browser's gaps; the page's scan waits for a box.
	if heads < minAcrossHeads || k >= limit || !gapsBeforeLabels(ss) {
		return end
	}
	s := &ss[k]
	if s.role != roleUnknown || s.kind != kindLine || !s.gap || !s.f.prose || !s.f.sentence ||
		s.f.words < minClosingWords || p[k] < threshold*0.6 {
		return end
	}
	// A paragraph that opens with the line over it is that line's own
	// (a name over a biography, a product over its blurb), and so does one
	// that opens with a line above that.
	for h := last + 1; h < k; h++ {
		if ss[h].role != roleJunk && (opensWithName(s.text, ss[h].text) || opensWithLine(s.text, ss[h].text)) {
			return end
		}
	}
	shared, all := sharedContentWords(s.text, paragraphWords(ss, start, last))
	if shared < minAcrossShared && shared*3 < all || shared < 3 {
		return end
	}
	for i := last + 1; i < k; i++ {
		if ss[i].role != roleJunk {
			ss[i].role = roleTeaser
		}
	}
	return k
}

// isAcrossHead reports whether s is a line a box of other stories is made
// of: a free line of two to sixteen words, no paragraph, that does not end
// like a sentence.
func isAcrossHead(s *slot) bool {
	return s.role == roleUnknown && s.kind == kindLine && !s.f.prose && !s.f.sentence &&
		s.f.words >= 2 && s.f.words <= 16
}

// opensWithLine reports whether the paragraph p opens with the words of
// line, in any case, and then a word more: "JANE ROE" over "Jane Roe
// writes ...". The two are compared rune by rune, since a letter's two
// cases may differ in length ("GROẞ" over "Groß").
func opensWithLine(p, line string) bool {
	n := 0 // bytes of p that match line
	for _, lr := range line {
		pr, size := utf8.DecodeRuneInString(p[n:])
		if size == 0 || !foldsTo(pr, lr) {
			return false
		}
		n += size
	}
	if n == len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[n:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// inAcrossBox reports, for explain, whether block i is a headline that
// keepCloseAcrossHeads left out: a teaser in a tight run of at most
// maxAcrossHeads lines with a paragraph of the story (roleBody) right
// above and right below the run.
func inAcrossBox(ss []slot, i int) bool {
	if ss[i].role != roleTeaser || ss[i].kind != kindLine || ss[i].f.ellipsis {
		return false
	}
	// The walks stop one line past the longest box, so that a long run of
	// teasers costs each of its lines a few steps only.
	first, last := i, i
	for first > 0 && ss[first-1].role == roleTeaser && !ss[first].gap && last-first < maxAcrossHeads {
		first--
	}
	for last+1 < len(ss) && ss[last+1].role == roleTeaser && !ss[last+1].gap && last-first < maxAcrossHeads {
		last++
	}
	if last-first+1 > maxAcrossHeads || !ss[first].gap {
		return false
	}
	above, below := prevLive(ss, first-1), nextLive(ss, last+1)
	return above >= 0 && below >= 0 && ss[above].role == roleBody && ss[below].role == roleBody && ss[below].gap
}
