package wirestory

import (
	"strings"
	"unicode/utf8"
)

// This file ends a text page's body above the links to the site's
// previous and next posts that a blog prints under its post: two lines,
// one under the other, the first opening with a mark that points back
// ("← Older post", "« Candied pecans") and the second closing with one
// that points on ("Newer post →", "Deck makeover plans »"). On an HTML
// page they are a nav element of their own; a browser's dump prints them
// as two short lines after the story, and what follows them (the writer's
// box, a sign-up pitch, a donation appeal) is the site's. The marks, not
// the words, tell them, in any language. A quotation in French or Swiss
// German opens and closes with its guillemets on one line: a line that
// holds both marks, or a second line that opens with the back mark, is no
// such link.

// maxPostNavWords is the most words of a line that links to the previous
// or the next post: a label or a post's headline.
const maxPostNavWords = 16

// postNavBack and postNavOn are the marks that open a link to the
// previous post and close a link to the next.
var (
	postNavBack = []string{"←", "«", "<<"}
	postNavOn   = []string{"→", "»", ">>"}
)

// isPostNavLine reports whether s, a line of a text page, is a link to a
// previous post (back) or a next one: a short line that opens (back) or
// closes with such a mark, with no mark of the other way in it.
func isPostNavLine(s *slot, back bool) bool {
	if s.kind != kindLine || s.f.words > maxPostNavWords || s.role == roleJunk {
		return false
	}
	t := strings.TrimSpace(s.text)
	has := func(marks []string, at func(string, string) bool) bool {
		for _, m := range marks {
			if at(t, m) {
				return true
			}
		}
		return false
	}
	contains := func(t, m string) bool { return strings.Contains(t, m) }
	if back {
		return has(postNavBack, strings.HasPrefix) && !has(postNavOn, contains) && utf8.RuneCountInString(t) > 2
	}
	return has(postNavOn, strings.HasSuffix) && !has(postNavBack, contains) && utf8.RuneCountInString(t) > 2
}

// postNavShare is how many times the words of the story's paragraphs
// under a pair of links to other posts those above it hold, at least,
// for the pair to end the body whatever stands under it: the writer's
// box, a pitch, an appeal, which may speak of what the story speaks of.
const postNavShare = 3

// cutPostNav returns the end of a text page's body start..end moved
// above the first pair of links to the previous and the next post
// (isPostNavLine, the second right under the first, junk aside) that
// stands under a paragraph of the story, and marks the pair as chrome.
// The body ends above the pair when the paragraphs above it hold
// postNavShare times the words of those under it, or when none under it
// goes on with the story (storyBelow): a gallery's links to the previous
// and next picture, set in the story, have the story under them. Only
// the first pair is read; the cost is linear.
func cutPostNav(ss []slot, p []float32, threshold float32, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	// The story's first paragraph: a pair above it has none over it.
	// Found once, as nothing is marked before the pair that ends the loop.
	first := -1
	for k := start; k < end; k++ {
		if isFreeParagraph(ss, k) {
			first = k
			break
		}
	}
	for i := start + 1; i < end; i++ {
		if !isPostNavLine(&ss[i], true) {
			continue
		}
		j := i + 1
		for j <= end && ss[j].role == roleJunk {
			j++
		}
		if j > end || !isPostNavLine(&ss[j], false) || first < 0 || first > i-1 {
			i = j - 1
			continue
		}
		ss[i].role, ss[j].role = roleChrome, roleChrome
		if paragraphWordsIn(ss, start, i-1) >= postNavShare*paragraphWordsIn(ss, j+1, end) ||
			!storyBelow(ss, p, threshold, start, i-1, j+1, end) {
			return prevLive(ss, i-1)
		}
		return end
	}
	return end
}
