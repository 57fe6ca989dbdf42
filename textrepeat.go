package wirestory

// This file gives back to a text page's body the lines that a story prints
// again and again on purpose: the questions an interview series asks each
// of its guests, a label set over each item's text. markRepeats takes a
// line's later copies for repeats (a gallery's captions shown twice, a
// lede repeated in a teaser, an FAQ printed twice), which a line printed
// three times or more over different paragraphs is not.

// minPromptCopies is the fewest copies of a line in a text page's body
// that make it a prompt the story repeats on purpose.
const minPromptCopies = 3

// keepRepeatedPrompts gives back to a text page's body start..end the
// lines that the rules took for chrome as repeats of an earlier line, when
// the body holds the line minPromptCopies times or more, the first copy is
// the body's, the scorer does not reject the copy (half the threshold) and
// each copy heads a paragraph of its own: the lines right under the copy
// and under the first copy are paragraphs no rule took for anything else,
// and differ.
func keepRepeatedPrompts(ss []slot, p []float32, threshold float32, start, end int) {
	var copies map[string]int // how many times each repeated line stands in the body
	most := 0
	for i := max(start, 0); i <= end; i++ {
		if s := &ss[i]; s.role == roleChrome && s.kind == kindLine && s.f.prose && len(s.text) >= 40 {
			if copies == nil {
				copies = make(map[string]int)
			}
			copies[s.text]++
			most = max(most, copies[s.text])
		}
	}
	if most+1 < minPromptCopies {
		return // with the first copy, no line stands minPromptCopies times
	}
	first := make(map[string]int)
	for i := max(start, 0); i <= end; i++ {
		s := &ss[i]
		if s.kind != kindLine || !s.f.prose || len(s.text) < 40 {
			continue
		}
		j, seen := first[s.text]
		if !seen {
			if s.role == roleUnknown && copies[s.text]+1 >= minPromptCopies {
				first[s.text] = i
			}
			continue
		}
		if s.role != roleChrome || p[i] < threshold/2 {
			continue
		}
		a, b := nextNonJunk(ss, i+1), nextNonJunk(ss, j+1)
		if a < 0 || a > end || b < 0 || !isFreeParagraph(ss, a) || !isFreeParagraph(ss, b) || ss[a].text == ss[b].text {
			continue
		}
		s.role = roleUnknown
	}
}

// nextNonJunk returns the first block from i on that is not junk, or -1.
func nextNonJunk(ss []slot, i int) int {
	for ; i < len(ss); i++ {
		if ss[i].role != roleJunk {
			return i
		}
	}
	return -1
}

// prevNonJunk returns the last block from i back that is not junk, or -1.
func prevNonJunk(ss []slot, i int) int {
	for ; i >= 0; i-- {
		if ss[i].role != roleJunk {
			return i
		}
	}
	return -1
}

// isFreeParagraph reports whether block i is a paragraph that no rule took
// for anything else.
func isFreeParagraph(ss []slot, i int) bool {
	return ss[i].role == roleUnknown && ss[i].f.prose
}

// prevParagraph returns the last block from i back to from that is a
// paragraph no rule took for anything else (isFreeParagraph), or -1.
func prevParagraph(ss []slot, i, from int) int {
	for ; i >= from; i-- {
		if isFreeParagraph(ss, i) {
			return i
		}
	}
	return -1
}
