package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds the author box that a text page prints after its story:
// the writer's name on a line of its own ("Jane Roe", "About Jane Roe"),
// perhaps a line with the writer's role, then a short biography that opens
// with the name ("Jane joined the paper in 2017 ...", "Jane Roe is a
// freelance writer based in ..."). On an HTML page the markup sets the box
// apart; in a dump the biography reads as one more paragraph.

// aboutWords open an author box's label: "About Jane Roe", "Über Jane
// Roe", "Sobre Jane Roe".
var aboutWords = []string{"about ", "über ", "sobre ", "à propos de ", "a propos de ", "acerca de ", "over ",
	"om ", "o "}

// cutAbout returns t after the about word that opens it ("About Jane Roe"
// gives "Jane Roe"), and whether one does.
func cutAbout(t string) (string, bool) {
	l := strings.ToLower(t)
	for _, a := range aboutWords {
		if strings.HasPrefix(l, a) {
			return t[len(a):], true
		}
	}
	return t, false
}

// boxName returns the name that a line of an author box gives, "" when the
// line is none: two to five words, each capitalized (or the whole line in
// capitals), no digits, no sentence, perhaps after "About".
func boxName(s *slot, words *storyWordSet) string {
	if s.role != roleUnknown || s.f.prose || s.f.sentence || s.f.words > 6 || len(s.text) > 60 {
		return ""
	}
	t, about := cutAbout(s.text)
	if !about {
		t, _ = cutBoxCue(t) // "Written by Jane Roe" (textboxcue.go)
	}
	t = cutCredentials(t) // "Jane Roe, CPA" (textboxcueline.go)
	// A handle or a site's name after the person's in parentheses:
	// "Jane Roe (Site)".
	if i := strings.IndexByte(t, '('); i > 0 && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[:i])
	}
	f := strings.Fields(t)
	if len(f) < 1 || len(f) > 4 || len(f) == 1 && !about || strings.ContainsAny(t, "0123456789:|@/") {
		return ""
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	// A name is made of no word the story uses in lower case: "Types of
	// Catering" above "Types of catering include ..." is a subhead.
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if l := strings.ToLower(w); words.has(l) || furnitureWords[l] {
			return ""
		}
	}
	return t
}

// opensWithName reports whether the paragraph p opens with the name, or
// with its first word (a first name) followed by a verb, in any case: "Jane
// Roe is ...", "JANE ROE is ...", "Jane joined ...".
func opensWithName(p, name string) bool {
	f := strings.Fields(name)
	pw := strings.Fields(p)
	if len(f) == 0 || len(pw) < len(f)+3 {
		return false
	}
	if len(f) == 1 && len(f[0]) < 3 {
		return false
	}
	if namedAt(pw, f, 0) {
		return true
	}
	// The first name, then a word in lower case.
	if len(f) < 2 || !strings.EqualFold(pw[0], f[0]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(pw[1])
	return unicode.IsLower(r)
}

// namedAt reports whether the words pw, from the k-th on, are the name's
// words f, in any case, each with its commas and stops at the end left
// aside and then a possessive ("Roe's", "Jones'"). The caller sees that pw
// holds len(f) words from k on.
func namedAt(pw, f []string, k int) bool {
	for j, w := range f {
		if !strings.EqualFold(bareName(pw[k+j]), bareName(w)) {
			return false
		}
	}
	return true
}

// bareName returns the word w without the commas and stops at its end and
// then without a possessive's ending ("'s", "’s", or an apostrophe alone):
// "Roe's," gives "Roe", and "Jones" stays "Jones".
func bareName(w string) string {
	w = strings.TrimRight(w, ",.")
	for _, end := range [...]string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(w, end); ok {
			return t
		}
	}
	return w
}

// authorBoxAt returns the biography's index when block i heads an author
// box (see this file's comment), -1 otherwise. Up to two short lines (the
// writer's role) may stand between the name and the biography.
func authorBoxAt(ss []slot, i, end int, words *storyWordSet) int {
	name := boxName(&ss[i], words)
	if name == "" {
		return -1
	}
	for j, short := i+1, 0; j <= end && short <= 2; j++ {
		s := &ss[j]
		if s.role == roleJunk || s.role == roleChrome {
			continue
		}
		if s.role != roleUnknown {
			return -1
		}
		if s.f.prose {
			if s.f.words <= 120 && (opensWithName(s.text, name) || isAboutLabel(ss[i].text) && namesEarly(s.text, name) ||
				(opensSelfIntro(s.text, name, short > 0 || hasBoxCue(ss[i].text) || isAboutLabel(ss[i].text)) || opensWithTitle(s.text)) && !namedInStory(ss, i, name)) {
				return j
			}
			return -1
		}
		if s.f.words > 4 {
			return -1
		}
		short++
	}
	return -1
}

// trimAuthorBox returns the end of a text page's body without the author
// box that closes it: a box whose biography is among the body's last three
// paragraphs, with two paragraphs of the story or more before it. A story
// made of such boxes (a list of people, each named above a paragraph that
// opens with the name) keeps its last one.
func trimAuthorBox(ss []slot, start, end int) int {
	if start < 0 {
		return end
	}
	var paras []int // the body's paragraphs, last first, up to three
	for j := end; j > start && len(paras) < 3; j-- {
		if isFreeParagraph(ss, j) {
			paras = append(paras, j)
		}
	}
	if len(paras) == 0 {
		return end
	}
	words := storyWords(ss, start)
	if bio := lastBio(ss, start, paras, words); bio >= 0 {
		return bio
	}
	for i := paras[len(paras)-1] - 3; i < end; i++ {
		if i <= start {
			continue
		}
		bio := authorBoxAt(ss, i, end, words)
		if bio < 0 || bio < paras[len(paras)-1] {
			continue
		}
		// The story before the box: two paragraphs or more, none of
		// them a box of the same shape.
		n := 0
		for k := start; k < i; k++ {
			if isFreeParagraph(ss, k) {
				n++
			}
			if authorBoxAt(ss, k, i-1, words) >= 0 {
				return end
			}
		}
		if n < 2 {
			return end
		}
		if k := prevParagraph(ss, i-1, start); k >= 0 {
			return k
		}
		return end
	}
	return end
}

// writerRoles are the roles a writer's biography gives its writer, after
// "is a", "is an" or "is the": "Jane Roe is a freelance writer based in
// ...", "Jane Roe is the paper's senior correspondent".
var writerRoles = []string{"reporter", "writer", "editor", "correspondent", "journalist", "producer",
	"contributor", "columnist", "photographer", "freelancer", "researcher"}

// maxBioWords is the most words of a biography.
const maxBioWords = 80

// lastBio returns the end of a body that closes with a writer's biography
// with no name line above it: one of its last two paragraphs (paras, last
// first) opens with a name of two or three capitalized words that the
// story before it does not name, then "is a", "is an" or "is the" and a
// writer's role in its first sentence ("Jane Roe is a politics reporter
// for the Daily Bugle."). The end returned is the story's paragraph before
// it, with two paragraphs of the story or more; -1 when there is none.
func lastBio(ss []slot, start int, paras []int, words *storyWordSet) int {
	for k := 0; k < min(2, len(paras)); k++ {
		b := paras[k]
		if ss[b].f.words > maxBioWords || !opensWithWriterRole(ss[b].text, words) {
			continue
		}
		surname := strings.Fields(ss[b].text)[1]
		n, last := 0, -1
		for j := start; j < b; j++ {
			if !isFreeParagraph(ss, j) {
				continue
			}
			if strings.Contains(ss[j].text, surname) {
				return -1 // the story speaks of this person
			}
			n, last = n+1, j
		}
		if n >= 2 {
			return last
		}
		return -1
	}
	return -1
}

// opensWithWriterRole reports whether p opens with a writer's name and
// role: see lastBio.
func opensWithWriterRole(p string, words *storyWordSet) bool {
	f := strings.Fields(p)
	if len(f) < 6 {
		return false
	}
	name := 0
	for name < len(f) && name < 4 {
		r, _ := utf8.DecodeRuneInString(f[name])
		if !unicode.IsUpper(r) || strings.ContainsAny(f[name], "0123456789.,:;!?") || words.has(strings.ToLower(f[name])) {
			break
		}
		name++
	}
	if name < 2 || name > 3 || name+2 >= len(f) || f[name] != "is" || f[name+1] != "a" && f[name+1] != "an" && f[name+1] != "the" {
		return false
	}
	return firstSentenceNames(strings.Join(f[name+2:], " "), writerRoles)
}
