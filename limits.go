package wirestory

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Field limits, in characters. A page's metadata may hold anything: a
// "headline" of a megabyte, a whole paragraph for a site name. Past these
// lengths a value is not what its field holds.
const (
	// maxHeadlineLen bounds Headline: a longer one is cut at a word.
	maxHeadlineLen = 400
	// maxNameLen bounds each name of Byline: a longer one is dropped.
	maxNameLen = 100
	// maxCreditLen bounds Credit: a longer one is dropped.
	maxCreditLen = 200
	// maxLabelLen bounds Section and Site: a longer one is dropped.
	maxLabelLen = 200
	// maxURLLen bounds URL: a longer one is dropped.
	maxURLLen = 4096
	// maxLanguageLen bounds Language: a BCP 47 tag is short, a longer
	// value is dropped.
	maxLanguageLen = 35
)

// limitFields cuts or drops the fields of a that are longer than their
// limits.
func limitFields(a *Article) {
	a.Headline = cutAtWord(a.Headline, maxHeadlineLen)
	a.Byline = slices.DeleteFunc(a.Byline, func(s string) bool { return longer(s, maxNameLen) })
	if len(a.Byline) == 0 {
		a.Byline = nil
	}
	for _, f := range []struct {
		s   *string
		max int
	}{{&a.Credit, maxCreditLen}, {&a.Section, maxLabelLen}, {&a.Site, maxLabelLen}, {&a.URL, maxURLLen}, {&a.Language, maxLanguageLen}} {
		if longer(*f.s, f.max) {
			*f.s = ""
		}
	}
}

// longer reports whether s has more than n characters.
func longer(s string, n int) bool {
	return len(s) > n && utf8.RuneCountInString(s) > n
}

// cutAtWord returns s cut to at most n characters: at a word's end, at
// the last space within them when there is one in their second half, else
// after the n-th character.
func cutAtWord(s string, n int) string {
	if !longer(s, n) {
		return s
	}
	end := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	cut := s[:end]
	if c := s[end]; c != ' ' && c != '\n' {
		// The cut falls inside a word.
		if i := strings.LastIndexAny(cut, " \n"); i > end/2 {
			cut = cut[:i]
		}
	}
	return cleanDecoded(cut)
}
