package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file ends a text page's body at the label of an author box: a line
// that says "About the author" and nothing else, or the label with the
// box's first words glued to it ("About the AuthorJane Roe", as a dump
// joins a heading to the name under it), or the label before a colon.
// On an HTML page the box is an element of its own; in a dump what follows
// the label (the writer's name, credentials, roles, a biography that need
// not open with the name, then the site's pitch) reads as more of the
// story, and the name rules (authorbox.go, textbio.go) miss a box whose
// name line carries credentials ("Jane Roe, CPA") or whose biography opens
// with a role ("Senior editor at ..."). The label itself says what follows
// is no longer the story.

// aboutAuthorLabels are the labels of an author box, lower case.
var aboutAuthorLabels = []string{"about the author", "about the authors", "about the writer", "about the writers",
	"über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin",
	"sobre el autor", "sobre la autora", "sobre los autores", "sobre o autor", "sobre a autora",
	"à propos de l'auteur", "à propos de l’auteur", "a propos de l'auteur", "à propos de l'autrice",
	"over de auteur", "o autorze", "sull'autore", "l'autore"}

// isAuthorLabel reports whether the line s is an author box's label: the
// label alone, before a colon, or, a label for one writer, with a
// capitalized word glued to it ("About the AuthorJane Roe").
func isAuthorLabel(s string) bool {
	t := strings.TrimSpace(s)
	l := strings.ToLower(t)
	for _, a := range aboutAuthorLabels {
		if !strings.HasPrefix(l, a) {
			continue
		}
		// The label's length in t: lower-casing keeps these labels'
		// byte lengths.
		rest := t[len(a):]
		if rest == "" || strings.HasPrefix(rest, ":") {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsUpper(r) && !strings.HasSuffix(a, "s") {
			return true
		}
	}
	return false
}

// cutAuthorLabel returns the end of a text page's body cut above the first
// author box label (isAuthorLabel) in it, of at most twelve words, when
// that label follows three paragraphs of the story or more and fewer
// paragraphs stand under it than above it (endAboveBox): a label near the
// top of a story heads a profile, not the writer's box. Only the first
// label is looked at.
// A story paragraph that speaks of its author ("Read more about the
// author's earlier book") is no label: the label is the whole line, or
// opens it before a colon or a glued name.
func cutAuthorLabel(ss []slot, start, end int) int {
	if start < 0 {
		return end
	}
	n := 0 // the story's paragraphs before block i
	for i := start + 1; i <= end; i++ {
		if isFreeParagraph(ss, i-1) {
			n++
		}
		if ss[i].f.words > 12 || !isAuthorLabel(ss[i].text) {
			continue
		}
		return endAboveBox(ss, start, end, i, i+1, n)
	}
	return end
}
