package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	unorm "golang.org/x/text/unicode/norm"
)

// This file holds the string operations of shared/tools/wsscore (Python 3)
// done the way Python does them, so that bench's figures equal wsscore's.
// Where Python and Go differ (Python's \w leaves out combining marks, its
// lower() maps "İ" to two characters and a final "Σ" to "ς", its split()
// also splits at the ASCII separators U+001C..U+001F), Python wins.

// isWordRune reports whether r belongs to a token. It is Python 3's re `\w`
// on str: the characters for which str.isalnum() is true (Unicode letters,
// categories L*, and characters with a numeric value, categories N*) and the
// underscore. Combining marks (M*) are not word characters there, so a mark
// ends a token here too. Checked against CPython 3.11 over every code point:
// the only differences are code points that Python's Unicode 14 tables leave
// unassigned and Go's Unicode 15 tables assign.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// tokenize returns the runs of word characters in text, in order: Python's
// re.findall(r"\w+", text).
func tokenize(text string) []string {
	var tokens []string
	start := -1
	for i, r := range text {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			tokens = append(tokens, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		tokens = append(tokens, text[start:])
	}
	return tokens
}

// isPySpace reports whether r is white space to Python's str.split() and
// re's \s: Go's unicode.IsSpace and the separators U+001C..U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f
}

// ws collapses every run of white space to one space and trims both ends:
// wsscore's ws, Python's " ".join(s.split()).
func ws(s string) string {
	return strings.Join(strings.FieldsFunc(s, isPySpace), " ")
}

// norm is wsscore's norm, for comparing short fields: soft hyphens out,
// NFC, white space collapsed.
func norm(s string) string {
	return ws(unorm.NFC.String(strings.ReplaceAll(s, "\u00ad", "")))
}

// pyLower is Python's str.lower(): the simple lower-case mapping, except
// that "İ" (U+0130) becomes "i" and a combining dot above, and a capital
// sigma that ends a word becomes "ς".
func pyLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch r {
		case '\u0130':
			b.WriteString("i\u0307")
		case 'Σ':
			if finalSigma(s, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at s[i] is in the
// Final_Sigma context as CPython reads it: a cased letter before it and
// none after it, skipping case-ignorable characters both ways.
func finalSigma(s string, i int) bool {
	before := strings.TrimRightFunc(s[:i], isCaseIgnorable)
	r, _ := utf8.DecodeLastRuneInString(before)
	if before == "" || !isCased(r) {
		return false
	}
	after := strings.TrimLeftFunc(s[i+len("Σ"):], isCaseIgnorable)
	r, _ = utf8.DecodeRuneInString(after)
	return after == "" || !isCased(r)
}

// isCased is Unicode's Cased property: upper, lower and title case
// letters, and the Other_Lowercase and Other_Uppercase characters.
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// isCaseIgnorable is Unicode's Case_Ignorable property: marks, format
// characters, modifier letters and symbols, and the characters whose
// Word_Break is MidLetter, MidNumLet or Single_Quote (listed here, as Go's
// unicode package has no Word_Break table).
func isCaseIgnorable(r rune) bool {
	switch r {
	case ':', '\u00b7', '\u0387', '\u055f', '\u05f4', '\u2027', '\ufe13', '\ufe55', '\uff1a', // MidLetter
		'.', '\u2018', '\u2019', '\u2024', '\ufe52', '\uff07', '\uff0e', // MidNumLet
		'\'': // Single_Quote
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// pyUpper is Python's str.upper(): the full upper-case mapping of Unicode's
// SpecialCasing ("ß" becomes "SS").
func pyUpper(s string) string {
	return cases.Upper(language.Und).String(s)
}

// pyIsLower is Python's str.islower(): the string has a cased character
// and none in upper or title case.
func pyIsLower(s string) bool {
	cased := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.Is(unicode.Other_Uppercase, r):
			return false
		case unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r):
			cased = true
		}
	}
	return cased
}

// pyLen is Python's len of a str: the number of code points.
func pyLen(s string) int { return utf8.RuneCountInString(s) }

// pyPrefix is Python's s[:n] on a str: the first n code points.
func pyPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
