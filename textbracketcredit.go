package wirestory

import "strings"

// This file takes out of a text page's body a picture's caption whose
// credit stands under it on a line of its own, in brackets: "A man waves
// in Hanoi." then "(Foto: Agency)" or "(Photo: Jane Roe/Agency)". On an
// HTML page the credit is a span of the figure's caption; a browser's
// innerText writes it as a line of its own under the caption, and the
// caption reads like a short paragraph of the story: the lead picture's
// caption became the body's first paragraph. markCaptions reads a credit
// line that opens with its label ("Foto: Agency"); the brackets hid the
// label from it. A story's own line in brackets is a note, an aside or a
// correction ("(Updated at noon)", "(Reporting by Jane Roe)"): none opens
// with a picture's credit label. The line above is taken only when it is
// as short as a caption (fewer than minCaptionProseWords words, fewer
// than minCaptionProseSentences sentences): a paragraph of the story over
// a picture that has no caption stays.

// bracketedCredit reports whether s is a picture's credit set in round
// brackets on a line of its own: "(Foto: Agency)", the bracket closing
// the line and what it holds a credit by its label (isCreditOnly).
func bracketedCredit(s string) bool {
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") || strings.Count(s, "(") != 1 || strings.Count(s, ")") != 1 {
		return false
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	return inner != "" && isCreditOnly(inner)
}

// markBracketedCredits marks as captions, in the body start..end of a
// text page, the lines that are a bracketed picture credit
// (bracketedCredit, at most maxFigureCreditWords words) and the caption
// above each (markCreditsUnder). It returns the body's start moved past
// the claimed lines that open it.
func markBracketedCredits(ss []slot, start, end int) int {
	return markCreditsUnder(ss, start, end, maxFigureCreditWords, bracketedCredit)
}

// markCreditsUnder marks as captions, in the body start..end of a text
// page, the lines no rule claimed that are a picture's credit (credit, at
// most maxWords words) and the line right above each (the caption), when
// that line is one no rule claimed, as short as a caption and no credit
// itself, bracketed or labelled: a paragraph of the story over a picture
// that has no caption stays. It returns the body's start moved past the
// claimed lines that open it.
func markCreditsUnder(ss []slot, start, end, maxWords int, credit func(string) bool) int {
	if start < 0 {
		return start
	}
	for i := start; i <= end && i < len(ss); i++ {
		s := &ss[i]
		if s.role != roleUnknown || s.kind != kindLine || s.f.words > maxWords || !credit(s.text) {
			continue
		}
		s.role = roleCaption
		if i-1 < start {
			continue
		}
		c := &ss[i-1]
		if c.role == roleUnknown && c.kind == kindLine && c.f.words < minCaptionProseWords &&
			sentenceCount(c.text) < minCaptionProseSentences && !bracketedCredit(c.text) && !isLabelledCredit(c.text) {
			c.role = roleCaption
		}
	}
	for start < end && ss[start].role != roleUnknown {
		start++
	}
	return start
}
