package wirestory

import "strings"

// This file reads the name line of an author box that a byline cue opens:
// "Written by Jane Roe", "By Jane Roe", "Von Jane Roe" over "Jane Roe is
// a ...", "Jane joined ...". A dump prints the box's heading and name as
// one line; on an HTML page the cue is a label of its own.

// cutBoxCue returns t after the byline cue that opens it (byWords,
// bylineWords, but "from" and "via", which open a credit) and whether one
// does: "Written by Jane Roe" gives "Jane Roe".
func cutBoxCue(t string) (string, bool) {
	l := strings.ToLower(t)
	for _, ws := range [][]string{byWords, bylineWords} {
		for _, w := range ws {
			if w == "from" || w == "via" {
				continue
			}
			if len(l) > len(w)+1 && strings.HasPrefix(l, w) && l[len(w)] == ' ' {
				return strings.TrimSpace(t[len(w)+1:]), true
			}
		}
	}
	return t, false
}
