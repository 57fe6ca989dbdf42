package wirestory

import "strings"

// markListItemGaps gives a blank line to the items of a list that a
// story's paragraph leads into with a colon ("keep in mind:", "three
// components:", "次の点に注意："), in a dump written one block per line
// (inferGaps). innerText sets each item apart when it holds a paragraph,
// but a scraper that dropped the blank lines leaves the items as a run of
// short lines under the paragraph with no blank line between, which reads
// like a menu and ends the body there. The run is read as a list when it
// starts right under a paragraph that ends in a colon (leadsIntoList; it
// gets a blank line above too), holds at most maxListItems lines, each an
// item (isListItemLine), and a line of prose follows it: a longer list, one
// that runs to the end of the page, or one with a line of another shape
// in it (a date, a one-word label, a menu) is left as it is.
func markListItemGaps(bs []block) {
	for i := 1; i < len(bs); i++ {
		if !leadsIntoList(&bs[i-1]) {
			continue
		}
		j := i
		for j < len(bs) && j-i < maxListItems && !bs[j].f.prose && isListItemLine(&bs[j]) {
			j++
		}
		if j == i || j >= len(bs) || !bs[j].f.prose {
			continue
		}
		for k := i - 1; k < j; k++ {
			if !bs[k].gap {
				bs[k].gap, bs[k].inferred = true, true
			}
		}
		i = j
	}
}

// maxListItems is how many items a list inside a story holds at most.
const maxListItems = 8

// isListItemLine reports whether a line may be an item of a list inside
// a story: three words or more (six characters of a script without
// spaces) with lower-case letters or in such a script, not a teaser's
// blurb cut short, nor a date.
func isListItemLine(b *block) bool {
	return b.f.words >= 3 && (b.f.lower || strings.IndexFunc(b.text, isCJK) >= 0) && !b.f.ellipsis && !isDateLine(b.text)
}

// leadsIntoList reports whether a line is a paragraph that leads into a
// list with a colon: a line of prose ending in ":", or a line of five
// words or more (ten characters) in a script without spaces ending in
// "：", which featuresOf does not read as a sentence.
func leadsIntoList(b *block) bool {
	switch lastRune(b.text) {
	case ':':
		return b.f.prose
	case '：':
		return b.f.prose || b.f.words >= 5 && strings.IndexFunc(b.text, isCJK) >= 0
	}
	return false
}
