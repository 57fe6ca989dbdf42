package wirestory

import "strings"

// maxTwiceBoxScan is how many blocks from the body's start skipTwiceBox
// reads for the story's head: a box over the story is a few dozen lines.
const maxTwiceBoxScan = 120

// minTwiceBoxParas is the fewest paragraphs of the box over the story.
const minTwiceBoxParas = 2

// minTwiceParaWords is the fewest words of a paragraph skipTwiceBox
// weighs: a shorter line ("Follow us and join the talk!") is a promo's as
// often as a box's or the story's.
const minTwiceParaWords = 10

// minTwiceHeadWords is the fewest words of the story's headline under the
// box.
const minTwiceHeadWords = 5

// skipTwiceBox returns the start of a text page's body start..end moved
// down past a box that the page prints twice (a widget of the site's,
// traffic news or the weather, that a page carries once for wide screens
// and once for narrow ones), to the story under it: above the story's
// head, a headline-shaped line of minTwiceHeadWords words or more right
// over its byline or date line (readMetaLine), every free paragraph of
// the body of minTwiceParaWords words or more, minTwiceBoxParas or more
// of them, stands again word for word elsewhere on the page. A story's own paragraphs are printed once; a
// story whose head the scorer left above the body has no head inside it.
// The body then opens with the first free paragraph under the head, and
// what stays below must hold more words than the box. Else it returns
// start.
//
// What stays: a body that opens with a paragraph printed once (the story,
// with a teaser's headline and date set into it further down), a body
// with no head in its first maxTwiceBoxScan blocks, a box of one
// paragraph. The page's lines are read once for the box's first paragraph and
// counted once for the rest; the cost is linear.
func skipTwiceBox(ss []slot, start, end int) int {
	if start < 0 || end <= start || end >= len(ss) {
		return start
	}
	head := -1
	paras, words := 0, 0
	var counts map[string]int
	for i := start; i <= end && i <= start+maxTwiceBoxScan; i++ {
		s := &ss[i]
		if s.role == roleJunk {
			continue
		}
		if isFreeParagraph(ss, i) && s.f.words >= minTwiceParaWords {
			t := strings.TrimSpace(s.text)
			switch {
			case paras == 0:
				// Most bodies open with a paragraph printed once:
				// one pass over the page, and no map.
				if !printedTwice(ss, t) {
					return start
				}
			default:
				if counts == nil {
					counts = lineCounts(ss)
				}
				if counts[t] < 2 {
					return start
				}
			}
			paras++
			words += s.f.words
			continue
		}
		if s.kind != kindLine || !s.f.titleLike || s.f.words < minTwiceHeadWords {
			continue
		}
		j := nextNonJunk(ss, i+1)
		if j < 0 || j > end {
			return start
		}
		if _, ok := readMetaLine(ss[j].text); ok {
			head = j
			break
		}
	}
	if head < 0 || paras < minTwiceBoxParas {
		return start
	}
	first := -1
	for k := head + 1; k <= end; k++ {
		if isFreeParagraph(ss, k) {
			first = k
			break
		}
	}
	if first < 0 || paragraphWordsIn(ss, first, end) <= words {
		return start
	}
	return first
}

// printedTwice reports whether two lines of the page or more read t,
// trimmed.
func printedTwice(ss []slot, t string) bool {
	n := 0
	for i := range ss {
		if len(ss[i].text) >= len(t) && strings.TrimSpace(ss[i].text) == t {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// lineCounts counts the lines of a page by their text, trimmed.
func lineCounts(ss []slot) map[string]int {
	m := make(map[string]int, len(ss))
	for i := range ss {
		if t := strings.TrimSpace(ss[i].text); t != "" {
			m[t]++
		}
	}
	return m
}
