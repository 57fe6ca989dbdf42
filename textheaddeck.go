package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headOverProseDeck returns the index of the headline when the headline
// scorer chose the line at i of a text page and that line is the deck or
// stands right over the headline and its deck; else -1. A head that
// prints a short headline over its standfirst ("Short title" / "A
// sentence that sums the story up.") shows both as lines of their own,
// and the scorer, reading the longer line's words, may take the
// standfirst, or a label over the two; headlines seldom end in a full
// stop, decks often do (see isProseDeck).
func headOverProseDeck(ss []slot, i, start int) int {
	if i < 0 || i >= start {
		return -1
	}
	if isProseDeck(&ss[i]) {
		return deckHead(ss, i, start)
	}
	return headUnderChoice(ss, i, start)
}

// headUnderChoice returns the index of the line below the one at i (no
// paragraph) when that line is shaped like a headline (quoteHeadShaped),
// is no byline or date line, and stands over a deck (isProseDeck) of more
// words that stands over a byline, a date line or the body: the head runs
// headline, deck, byline, and the line at i is a label or a box over it.
// Else it returns -1.
func headUnderChoice(ss []slot, i, start int) int {
	if ss[i].f.prose {
		return -1
	}
	h := nextLine(ss, i+1, start)
	if h < 0 || ss[h].role != roleUnknown || !quoteHeadShaped(&ss[h]) || isHeadMetaLine(ss[h].text) {
		return -1
	}
	d := nextLine(ss, h+1, start)
	if d < 0 || !isProseDeck(&ss[d]) || ss[h].f.words >= ss[d].f.words {
		return -1
	}
	if n := nextLine(ss, d+1, start+1); n == start || n >= 0 && isHeadMetaLine(ss[n].text) {
		return h
	}
	return -1
}

// deckHead returns the index of the headline over the deck at i: the
// line right above the deck, or above a date line set between the two,
// when it is shaped like a headline (see headlineShaped; read past the
// dash that opens a quote set as a headline, "- Words someone said", as
// Nordic papers print them), has fewer words than the deck, is no byline,
// date line or section trail, and is not one of a list of other stories'
// headlines (a line above it shaped like a headline of five words or
// more, that is not the same line printed twice).
//
// What stays: a deck-shaped line with no headline-shaped line above it (a
// section's label or the menu). Else it returns -1.
func deckHead(ss []slot, i, start int) int {
	h := prevLive(ss, i-1)
	if h >= 0 && isDateLine(ss[h].text) {
		h = prevLive(ss, h-1)
	}
	if h < 0 || ss[h].role != roleUnknown || !quoteHeadShaped(&ss[h]) || isHeadMetaLine(ss[h].text) {
		return -1
	}
	t := ss[h].text
	if ss[h].f.words >= ss[i].f.words || strings.ContainsAny(t, "/•|»›>") {
		return -1
	}
	if a := prevLive(ss, h-1); a >= 0 && ss[a].f.words >= 5 && headlineShaped(&ss[a]) && ss[a].text != t {
		// One of a list of other stories' headlines.
		return -1
	}
	return h
}

// isProseDeck reports whether the line s reads as a deck rather than a
// headline: shaped like a paragraph, of eight words or more, not in Title
// Case, and ending in a full stop or holding two sentences or more
// ("… have ended their work. What is left?"). Headlines seldom end in a
// full stop; a question alone may be the headline.
func isProseDeck(s *slot) bool {
	if !s.f.prose || s.f.words < 8 || titleCase(s.text) {
		return false
	}
	t := strings.TrimSpace(s.text)
	if r := lastRune(t); (r == '.' || r == '。') && !strings.HasSuffix(t, "...") {
		return true
	}
	return innerSentenceEnd(t)
}

// innerSentenceEnd reports whether s holds a sentence's end before its
// last: a full stop, question or exclamation mark, a space and a capital
// letter, after a word of three letters or more that opens in lower case,
// or of five or more (not an initial or an abbreviation before a name:
// "Dr.", "Mrs.", "Prof.").
func innerSentenceEnd(s string) bool {
	for k := 0; k < len(s); k++ {
		if !strings.ContainsRune(".?!", rune(s[k])) || k+2 >= len(s) || s[k+1] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[k+2:])
		if !unicode.IsUpper(next) {
			continue
		}
		word := s[strings.LastIndexByte(s[:k], ' ')+1 : k]
		n := utf8.RuneCountInString(word)
		first, _ := utf8.DecodeRuneInString(word)
		if n >= 5 || n >= 3 && unicode.IsLower(first) {
			return true
		}
	}
	return false
}

// quoteHeadShaped reports whether the line s is shaped like a headline
// (headlineShaped), read past a dash that opens it as a quote ("- We will
// stay", "– Vi blir").
func quoteHeadShaped(s *slot) bool {
	if headlineShaped(s) {
		return true
	}
	t := strings.TrimSpace(s.text)
	r, n := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("-–—", r) || !strings.HasPrefix(t[n:], " ") {
		return false
	}
	rest := strings.TrimSpace(t[n:])
	b := *s.block
	b.text = rest
	b.f = featuresOf(rest)
	b.meta, b.metaDone = false, false // the full line's reading, not rest's
	q := *s
	q.block = &b
	return headlineShaped(&q)
}
