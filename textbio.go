package wirestory

import "strings"

// This file ends a text page's body at an author box that stands after the
// story with more under it: other stories, a newsletter box, the comments.
// trimAuthorBox (authorbox.go) finds the box among the body's last three
// paragraphs; a dump often carries the lines under the box into the body
// as well.

// trimLateAuthorBox returns the end of a text page's body cut above the
// first author box (authorBoxAt) in it whose name is a person's and whose
// biography says who the person is (isBio), that follows three paragraphs of the
// story or more, no box of the same shape among them, with fewer
// paragraphs under the box's biography than above its name: a box in the
// middle of a story's text is a profile, not the writer's.
func trimLateAuthorBox(ss []slot, start, end int) int {
	if start < 0 {
		return end
	}
	words := storyWords(ss, start)
	n := 0 // the story's paragraphs before block i
	for i := start; i < end; i++ {
		if bio := authorBoxAt(ss, i, end, words); bio >= 0 && isBio(ss[bio].text, boxName(&ss[i], words)) {
			if n < 3 {
				return end
			}
			after := 0
			for k := bio + 1; k <= end; k++ {
				if isFreeParagraph(ss, k) {
					after++
				}
			}
			if after >= n {
				return end
			}
			if k := prevParagraph(ss, i-1, start); k >= 0 {
				return k
			}
			return end
		}
		if isFreeParagraph(ss, i) {
			n++
		}
	}
	return end
}

// bioVerbs are the verbs after a person's name, or first name, that open a
// biography: "Jane Roe is a ...", "Jane has covered ...", "Jane Roe ist
// Redakteurin ...".
var bioVerbs = setOf("is", "was", "has", "joined", "writes", "covers", "ist", "war", "schreibt", "est", "es",
	"è", "é", "är", "er", "jest")

// bioRoles are the trades a writer's biography names in its first
// sentence, besides writerRoles: "Jane Roe is an author and educator",
// "Jane Roe is the co-founder of ...".
var bioRoles = []string{"author", "founder", "ceo", "head of", "director", "manager", "expert", "specialist",
	"consultant", "educator", "marketer", "strategist", "analyst", "blogger"}

// isBio reports whether p is a person's biography: it opens with the
// person's name, or first name, then a verb of bioVerbs, and its first
// sentence names a trade (writerRoles, bioRoles). An item of a list of
// products, places or artists ("Acme Desk is a ...") names none.
func isBio(p, name string) bool {
	if !isPersonName(name) {
		return false
	}
	f, pw := strings.Fields(name), strings.Fields(p)
	opens := false
	for _, n := range []int{len(f), 1} {
		if n < len(pw) && opensWithName(p, strings.Join(f[:n], " ")) && bioVerbs[strings.ToLower(pw[n])] {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	return firstSentenceNames(p, writerRoles, bioRoles)
}

// firstSentenceNames reports whether the first sentence of s (up to its
// first ". ") holds, lower-cased, one of the words of lists.
func firstSentenceNames(s string, lists ...[]string) bool {
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	for _, words := range lists {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
	}
	return false
}
