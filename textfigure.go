package wirestory

import (
	"unicode"
	"unicode/utf8"
)

// This file takes out of a text page's body a picture's caption whose
// credit is a bare name on the line under it ("GETTY", "NASA Worldview",
// "Jane Roe/Agency"), which no credit word marks. A browser's innerText
// sets a blank line above and below a paragraph, but none between the
// lines of a figure's caption: the caption, then its credit tight under
// it, then the blank line before the story goes on. A subhead stands
// apart from the paragraph under it, and a paragraph from the line under it.

// maxFigureCreditWords is the most words of a credit line under a caption.
const maxFigureCreditWords = 6

// markFigureCaptions marks as a caption and its credit, in the body
// start..end of a text page, two lines that a blank line sets apart above
// and below: a line of prose, and tight under it a short name
// (isFigureCredit). The caption is at most maxCaptionWords words,
// introduces nothing (no colon), opens with no quotation mark
// (opensWithQuote) and follows a paragraph of the story: a name under a
// quote is its speaker's, a name under a row of a table or a list heads
// the next row, and the body's first line is left to the rules that read
// the byline. A dump whose blank lines were inferred (inferGaps: no line
// but prose follows one) shows no such pairs and is left as it is.
func markFigureCaptions(ss []slot, start, end int) {
	if start < 0 || !gapsBeforeLabels(ss) {
		return
	}
	for i := start + 1; i < end; i++ {
		x := &ss[i]
		if x.role != roleUnknown || x.kind != kindLine || !x.gap || !x.f.prose || x.f.words > maxCaptionWords || lastRune(x.text) == ':' ||
			!isFreeParagraph(ss, i-1) || opensWithQuote(x.text) {
			continue
		}
		if !isFigureCredit(&ss[i+1]) || i+2 >= len(ss) || !ss[i+2].gap {
			continue
		}
		x.role, ss[i+1].role = roleCaption, roleCaption
		i++
	}
}

// opensWithQuote reports whether s opens with a quotation mark: a quote
// with its speaker's name and title under it is the story's.
func opensWithQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.In(r, unicode.Quotation_Mark, unicode.Pi)
}

// isFigureCredit reports whether s could be a picture's credit tight under
// its caption: a line with no blank line above it, up to
// maxFigureCreditWords words, that opens with a capital or a digit and
// ends no sentence.
func isFigureCredit(s *slot) bool {
	return s.role == roleUnknown && figureCreditShape(s)
}

// figureCreditShape reports whether s has the shape isFigureCredit asks
// for, whatever its role.
func figureCreditShape(s *slot) bool {
	if s.kind != kindLine || s.gap || s.f.prose || s.f.words > maxFigureCreditWords || s.f.sentence || lastRune(s.text) == ':' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text)
	return unicode.IsUpper(r)
}

// gapsBeforeLabels reports whether a blank line stands above a line of the
// page that is no prose: a dump that keeps the blank lines a browser
// wrote, not one whose gaps inferGaps set before every paragraph.
func gapsBeforeLabels(ss []slot) bool {
	for i := range ss {
		if ss[i].gap && !ss[i].f.prose {
			return true
		}
	}
	return false
}
