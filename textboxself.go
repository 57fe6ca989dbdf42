package wirestory

import "strings"

// This file reads an author box whose biography the writer tells in the
// first person: "Jane Roe" over "Hi, I'm Jane! I grow ...", "I'm a
// gardener who ...", "Ich bin eine Gärtnerin, die ...". authorBoxAt reads
// it as it reads "Jane Roe is a ...".

// selfWords open a biography told in the first person, after a greeting
// perhaps, each followed by a space.
var selfWords = []string{"i'm", "i’m", "i am", "ich bin", "je suis", "soy", "sono", "ik ben", "jag är"}

// greetWords may stand before selfWords, with a comma or a stop after
// them: "Hi, I'm ...", "Hallo! Ich bin ...".
var greetWords = setOf("hi", "hello", "hey", "hallo", "hola", "salut", "bonjour", "ciao", "hej")

// articleWords follow selfWords in a biography that says what the writer
// is: "I'm a ...", "Ich bin eine ...".
var articleWords = setOf("a", "an", "the", "ein", "eine", "un", "une", "una", "uno", "een", "en")

// opensSelfIntro reports whether the paragraph p opens, after a greeting
// perhaps, with the writer speaking of themselves (selfWords) and then
// the first word of name ("Hi, I'm Jane!"), or an article and what the
// writer is ("I'm a folklorist ..."). What the writer is counts only in a
// box marked as one (boxed: a byline cue or a label on the name line, a
// role line under it) or when it is a writer's trade (writerRoles,
// bioRoles) within the three words after the article: under a bare name,
// "I'm a nurse, I'm tired ..." is a testimony, and Italian "Sono una
// trentina i volontari ..." says "they are".
func opensSelfIntro(p, name string, boxed bool) bool {
	pw := strings.Fields(p)
	if len(pw) > 1 && greetWords[strings.ToLower(strings.TrimRight(pw[0], ",.!"))] && strings.ContainsAny(pw[0], ",.!") {
		pw = pw[1:]
	}
	l := strings.ToLower(strings.Join(pw[:min(len(pw), 6)], " "))
	for _, w := range selfWords {
		rest, ok := strings.CutPrefix(l, w+" ")
		if !ok {
			continue
		}
		next, after, _ := strings.Cut(rest, " ")
		first, _, _ := strings.Cut(strings.ToLower(name), " ")
		if strings.TrimRight(next, ",.!") == first {
			return true
		}
		return articleWords[next] && (boxed || namesTrade(after))
	}
	return false
}

// namesTrade reports whether one of the first three words of s, lower
// case, is a writer's trade (writerRoles, bioRoles), perhaps with an
// ending of up to two letters ("journalistin", "editora"), but not a
// longer word that opens with one ("authority").
func namesTrade(s string) bool {
	f := strings.Fields(s)
	for _, w := range f[:min(len(f), 3)] {
		w = strings.TrimRight(w, ",.;:!")
		for _, roles := range [][]string{writerRoles, bioRoles} {
			for _, r := range roles {
				if strings.HasPrefix(w, r) && len(w)-len(r) <= 2 {
					return true
				}
			}
		}
	}
	return false
}

// maxNameScan is how many blocks before an author box namedInStory reads:
// the rules that ask for a box may ask at every block, and a bounded look
// back keeps a page of many boxes linear.
const maxNameScan = 400

// namedInStory reports whether a paragraph of the story before block i,
// up to maxNameScan blocks back, names the last word of name: a person
// the story speaks of, not its writer.
func namedInStory(ss []slot, i int, name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return true
	}
	last := f[len(f)-1]
	for k := max(0, i-maxNameScan); k < i; k++ {
		if isFreeParagraph(ss, k) && strings.Contains(ss[k].text, last) {
			return true
		}
	}
	return false
}
