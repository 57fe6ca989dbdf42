package wirestory

import "strings"

// This file reads the name line of an author box that a byline cue opens:
// "Written by Jane Roe", "By Jane Roe", "Von Jane Roe" over "Jane Roe is
// a ...", "Jane joined ...". A dump prints the box's heading and name as
// one line; on an HTML page the cue is a label of its own.

// cutBoxCue returns t after the byline cue that opens it (byWords,
// bylineWords, but "from" and "via", which open a credit; or a byline
// label of bylineLabels before a colon) and whether one does: "Written by
// Jane Roe" and "Author: Jane Roe" give "Jane Roe".
func cutBoxCue(t string) (string, bool) {
	if label, name, ok := strings.Cut(t, ":"); ok && bylineLabels[strings.ToLower(strings.TrimSpace(label))] {
		return strings.TrimSpace(name), true
	}
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

// hasBoxCue reports whether an author box's name line opens with a byline
// cue (cutBoxCue). Under such a line a paragraph that opens with the name
// is the writer's biography whatever trade it names ("Jane is the
// revenue-focused head of sales ...", "Jane is a creative enthusiast ..."):
// the cue says the name is the writer's.
func hasBoxCue(line string) bool {
	_, ok := cutBoxCue(line)
	return ok
}
