package wirestory

import "strings"

// This file ends a text page's body at an author box that stands after the
// story with more under it: other stories, a newsletter box, the comments.
// trimAuthorBox (authorbox.go) finds the box among the body's last three
// paragraphs; a dump often carries the lines under the box into the body
// as well.

// trimLateAuthorBox returns the end of a text page's body cut above the
// first author box in it that lateBoxAt reads (its name a person's and its
// biography saying who the person is, or its name line opening with a
// byline cue or standing under a cue alone on its line), when that box
// follows three paragraphs of the story or more, no box of the same shape
// among them, with fewer paragraphs under the box's biography than above
// its name (endAboveBox): a box in the middle of a story's text is a
// profile, not the writer's.
func trimLateAuthorBox(ss []slot, start, end int) int {
	if start < 0 {
		return end
	}
	words := storyWords(ss, start)
	n := 0 // the story's paragraphs before block i
	for i := start; i < end; i++ {
		if bio := lateBoxAt(ss, i, start, end, words); bio >= 0 {
			return endAboveBox(ss, start, end, i, bio+1, n)
		}
		if isFreeParagraph(ss, i) {
			n++
		}
	}
	return end
}

// endAboveBox returns the end of the body start..end cut above a box that
// opens at block i, with n paragraphs of the story above it and the box's
// own lines ending above block under: the last paragraph above i, when n
// is three or more and fewer paragraphs than n stand from under to end;
// end as it is otherwise (a box near the top, or in the middle of the
// story's text, heads a profile, not the writer's box).
func endAboveBox(ss []slot, start, end, i, under, n int) int {
	if n < 3 {
		return end
	}
	after := 0
	for k := under; k <= end; k++ {
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

// lateBoxAt returns the biography's index when block i of the body
// start..end heads an author box (authorBoxAt) that trimLateAuthorBox
// reads: its name is a person's and its biography says who the person is
// (isBio), or its name line opens with a byline cue (hasBoxCue) or stands
// under a cue alone on its line (cueAbove); -1 otherwise.
func lateBoxAt(ss []slot, i, start, end int, words *storyWordSet) int {
	bio := authorBoxAt(ss, i, end, words)
	if bio >= 0 && (isBio(ss[bio].text, boxName(&ss[i], words)) || hasBoxCue(ss[i].text) || cueAbove(ss, i, start)) {
		return bio
	}
	return -1
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

// maxBioLead is how many words into a biography of the story's writer the
// writer's name may stand: "As the paper's food editor, Jane has ...".
const maxBioLead = 12

// trimWriterBio returns the end of a text page's body cut above a
// biography of the story's writer that closes it, with no name line the
// author box rules read above it (authorBoxAt): one of the body's last two
// paragraphs that names one of people (the byline's writers), whole or by
// first name, within its first maxBioLead words and before its first
// stop, then a verb of bioVerbs, and whose first sentence names a trade
// (writerRoles, bioRoles): "Jane is the site's marketing manager.", "As
// the paper's food editor, Jane has covered ...". Naming the writer, it
// may run to twice maxBioWords (a career told in full). The story before it,
// three paragraphs or more, must not name the writer: a closing paragraph
// about a person the story speaks of, or about anyone but the writer,
// stays.
func trimWriterBio(ss []slot, start, end int, people []string) int {
	if start < 0 || len(people) == 0 {
		return end
	}
	var paras []int // the body's last two paragraphs, first first
	for j := end; j > start && len(paras) < 2; j-- {
		if isFreeParagraph(ss, j) {
			paras = append([]int{j}, paras...)
		}
	}
	for _, b := range paras {
		if ss[b].f.words > 2*maxBioWords || !firstSentenceNames(ss[b].text, writerRoles, bioRoles) {
			continue
		}
		for _, name := range people {
			key := bioNamesWriter(ss[b].text, name)
			if key == "" {
				continue
			}
			n, last := 0, -1
			for j := start; j < b; j++ {
				if !isFreeParagraph(ss, j) {
					continue
				}
				if strings.Contains(ss[j].text, key) {
					return end // the story speaks of the writer
				}
				n, last = n+1, j
			}
			if n >= 3 {
				return last
			}
			return end
		}
	}
	return end
}

// bioNamesWriter returns the word by which the paragraph p names the
// writer name (the surname when p gives the whole name, else the first
// name) within its first maxBioLead words and before its first stop, with
// a verb of bioVerbs after it; "" when p does not.
func bioNamesWriter(p, name string) string {
	f := strings.Fields(name)
	if !isPersonName(name) || len(f) < 2 || len(f[0]) < 3 {
		return ""
	}
	pw := strings.Fields(p)
	for k := 0; k < maxBioLead && k+1 < len(pw); k++ {
		if k+len(f) < len(pw) && namedAt(pw, f, k) && bioVerbs[pw[k+len(f)]] {
			return bareName(f[len(f)-1])
		}
		if pw[k] == f[0] && bioVerbs[pw[k+1]] {
			return f[0]
		}
		if strings.ContainsAny(pw[k], ".!?") {
			break
		}
	}
	return ""
}
