package main

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// displayName returns a name (a path, a URL, a flag's value) as it may be
// written on a terminal: as it is when every character in it prints as
// itself, and otherwise quoted with Go's escapes ("\x1b", "\n", "\u202e",
// "\xff" for a byte that is not UTF-8), so that a name cannot move the
// cursor, change colours, reorder the line or start a line of its own.
// A name that starts with a double quote is quoted too, so that a quoted
// name is never mistaken for one written as it is.
func displayName(s string) string {
	if plain(s) && !strings.HasPrefix(s, `"`) {
		return s
	}
	return strconv.Quote(s)
}

// displayText returns a message with the characters that do not print as
// themselves written as Go escapes, without quotes.
func displayText(s string) string {
	if plain(s) {
		return s
	}
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

// plain reports whether every character of s is valid UTF-8 and prints as
// itself (letters, marks, numbers, punctuation, symbols, the ASCII space).
func plain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !strconv.IsPrint(r) {
			return false
		}
		i += n
	}
	return true
}
