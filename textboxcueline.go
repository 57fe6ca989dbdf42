package wirestory

import (
	"strings"
	"unicode"
)

// This file reads two shapes of an author box that a dump splits over
// lines: the byline cue alone on the line above the name ("Written by" /
// "Jane Roe" / "Jane Roe is ..."; "Reviewed by," / "Jane Roe, CPA" /
// "Jane Roe is ..."), where an HTML page sets the cue as the box's label;
// and a name line that ends with the person's credentials after a comma
// ("Jane Roe, CFP®", "Jane Roe, RN, BSN"), which boxName reads as the
// name before them.

// boxCueLines are the lines, lower case and without a closing comma or
// colon, that label an author box's name below them besides the byline
// labels (bylineLabels) and cues (byWords): the reviewer's and editor's
// boxes of a guide.
var boxCueLines = setOf("reviewed by", "edited by", "fact checked by", "fact-checked by", "medically reviewed by",
	"expert reviewed by", "geprüft von", "redigiert von", "revisado por", "editado por", "relu par", "révisé par")

// isBoxCueLine reports whether a line is a byline cue and nothing else:
// "Written by", "Reviewed by,", "Author:", "Von". A line of the story
// ("By the end of the year ...") holds more than the cue.
func isBoxCueLine(line string) bool {
	l := strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), ",:")))
	if l == "" || len(l) > 30 {
		return false
	}
	if boxCueLines[l] || bylineLabels[l] {
		return true
	}
	for _, w := range byWords {
		if w != "from" && w != "via" && l == w {
			return true
		}
	}
	return false
}

// cueAbove reports whether the line above block i, within the body (from
// start on), is a byline cue alone (isBoxCueLine).
func cueAbove(ss []slot, i, start int) bool {
	return i > start && isBoxCueLine(ss[i-1].text)
}

// cutCredentials returns t without the credentials that close it after a
// comma ("Jane Roe, CFP®" gives "Jane Roe", "Jane Roe, RN, BSN" gives
// "Jane Roe"): each part after the first is one or two words of two to six
// capital letters, perhaps with stops and a trademark sign ("Ph.D." and
// "M.D." too). A name with no such ending, or a place after the comma
// ("Jane Roe, Halifax"), is left whole.
func cutCredentials(t string) string {
	parts := strings.Split(t, ",")
	if len(parts) < 2 {
		return t
	}
	for _, p := range parts[1:] {
		f := strings.Fields(p)
		if len(f) < 1 || len(f) > 2 {
			return t
		}
		for _, w := range f {
			if !isCredential(w) {
				return t
			}
		}
	}
	return strings.TrimSpace(parts[0])
}

// isCredential reports whether w is a credential's abbreviation: two to six
// letters, all capitals but for "Ph.D."'s, with stops and trademark signs
// around them.
func isCredential(w string) bool {
	n, lower := 0, 0
	for _, r := range w {
		switch {
		case r == '.' || r == '®' || r == '™':
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r):
			lower++
		default:
			return false
		}
	}
	return n >= 2 && n+lower <= 6 && lower <= 1
}
