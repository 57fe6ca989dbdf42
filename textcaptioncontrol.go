package wirestory

import (
	"strings"
	"unicode"
)

// This file takes out of a text page's body the picture's control line a
// site prints by each of a story's pictures ("Enlarge image", "View
// gallery", "이미지 확대보기"): on an HTML page a button of the figure,
// in a dump a short line of its own right above the picture's caption,
// word for word by every picture. A story's subhead is no copy of
// another, and one that stands over a caption does so once; a label
// under a caption heads what follows it ("Key specs" under each
// product's picture), and a line with a number counts something (a
// gallery's "of 15", which the page's other rules read).

// maxControlWords is the most words of a picture's control line.
const maxControlWords = 4

// minControlCopies is how many times the same short line stands next to a
// caption for it to be the pictures' control line.
const minControlCopies = 2

// markCaptionControls marks as chrome, in the body start..end of a text
// page, the short lines (at most maxControlWords words, no prose, no
// digit) no rule claimed that stand right above a caption, when the same
// line does so minControlCopies times or more in the body. It returns the
// body's start moved past the claimed lines that open it.
func markCaptionControls(ss []slot, start, end int) int {
	if start < 0 {
		return start
	}
	byCaption := func(i int) bool {
		s := &ss[i]
		if s.role != roleUnknown || s.kind != kindLine || s.f.prose || s.f.words == 0 || s.f.words > maxControlWords ||
			strings.IndexFunc(s.text, unicode.IsDigit) >= 0 {
			return false
		}
		return i+1 < len(ss) && ss[i+1].role == roleCaption
	}
	var copies map[string]int
	for i := start; i <= end && i < len(ss); i++ {
		if byCaption(i) {
			if copies == nil {
				copies = make(map[string]int)
			}
			copies[ss[i].text]++
		}
	}
	if copies == nil {
		return start
	}
	for i := start; i <= end && i < len(ss); i++ {
		if byCaption(i) && copies[ss[i].text] >= minControlCopies {
			ss[i].role = roleChrome
		}
	}
	for start < end && ss[start].role != roleUnknown {
		start++
	}
	return start
}
