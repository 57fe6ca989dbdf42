package wirestory

import "strings"

// This file keeps a caption's date out of a text page's head. A picture
// stands between a story's headline and its first paragraph, and a text
// dump gives its caption as a line among the head's, with nothing to mark
// it a caption when its credit stands apart: "Soldiers at the gate of the
// camp (Kunduz, 6.12.2010)". The place and day in brackets that close the
// caption say where and when the picture was taken, often years before
// the story, not when the story was published; the head's date is read
// from its other lines. isCaptionDate reads the same phrase with the date
// after a comma and no brackets, below the first paragraph; in the head a
// byline may end so ("By Jane Roe, May 4, 2024"), but it does not close on
// a bracket.

// isBracketedCaptionDate reports whether s is a phrase of minCaptionWords
// words or more closed by a place (or a label) and a date in brackets:
// "Soldiers at the gate of the camp (Kunduz, 6.12.2010)", "Manifestants
// devant l'Assemblée (Paris, 12 mars 2024)".
func isBracketedCaptionDate(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.LastIndexByte(s, '(')
	if i <= 0 || len(strings.Fields(s[:i])) < minCaptionWords {
		return false
	}
	inner := s[i+1 : len(s)-1]
	j := strings.LastIndexByte(inner, ',')
	return j > 0 && parseDateText(inner[j+1:]).ok
}
