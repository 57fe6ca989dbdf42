package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file mends, on a text page, a picture whose credit stands on a line
// of its own above its caption: a blank line above the credit, the caption
// tight under it ("Image copyright Agency" then "Image caption A man waves
// in Hanoi", and a blank line again). markCaptions takes the line above a
// credit for its caption unless the line below reads as a sentence of
// prose; a caption seldom ends in a full stop, so the story's paragraph
// above the picture went out as the caption and the caption stayed in the
// body. It also takes out of the body the captions a label for readers
// who cannot see the picture opens ("Image caption ...").

// maxUnderCreditWords is the most words of a caption that stands under its
// credit.
const maxUnderCreditWords = 40

// captionUnderCredit gives back to the body start..end of a text page the
// paragraph that markCaptions took for the caption of the credit below it,
// and marks as the caption the line under that credit instead, when the
// credit opens a group of two lines (a blank line above it and under the
// line below it), the paragraph above stands apart from the credit and
// ends a sentence, and the line under the credit is short for a paragraph
// of the story and no byline ("Von Jane Roe", "By Jane Roe"): the story's
// byline set tight under the lead picture's credit leaves the caption
// above the credit, where a browser writes a figure's caption.
func captionUnderCredit(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	for i := start + 1; i < end && i+1 < len(ss); i++ {
		s, above, under := &ss[i], &ss[i-1], &ss[i+1]
		if s.role != roleCaption || s.kind != kindLine || !s.gap || !isCreditOnly(s.text) {
			continue
		}
		if under.gap || under.role != roleUnknown || under.kind != kindLine || under.f.prose ||
			under.f.words < 2 || under.f.words > maxUnderCreditWords || i+2 < len(ss) && !ss[i+2].gap ||
			opensWithBylineLabel(under.text) {
			continue
		}
		if above.role != roleCaption || above.kind != kindLine || !above.f.prose || !endsLikeSentence(above.text) ||
			i-2 >= 0 && ss[i-2].role == roleCaption {
			continue
		}
		above.role = roleUnknown
		under.role = roleCaption
	}
}

// captionLabels are the words a text page prints, for readers who cannot
// see the picture, before a picture's or a video's caption or credit
// ("Image caption A man waves", "Media captionWho is he?", "Image
// copyright Agency").
var captionLabels = []string{"image caption", "media caption", "video caption", "photo caption", "picture caption", "image copyright"}

// opensWithCaptionLabel reports whether a line of a text page is a
// caption or credit led by one of captionLabels, the label followed by a
// space, a colon or, run together with it, a capital letter or a handle's @.
func opensWithCaptionLabel(s string) bool {
	for _, l := range captionLabels {
		if len(s) <= len(l) || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[len(l):])
		return r == ' ' || r == ':' || r == '@' || unicode.IsUpper(r)
	}
	return false
}

// markLabelledCaptions marks as captions the lines of a text page's body
// start..end that a caption label opens (opensWithCaptionLabel), at most
// maxUnderCreditWords words long, and returns the body's start moved past
// those that open it.
func markLabelledCaptions(ss []slot, start, end int) int {
	if start < 0 {
		return start
	}
	for i := start; i <= end && i < len(ss); i++ {
		if s := &ss[i]; s.role == roleUnknown && s.kind == kindLine && s.f.words <= maxUnderCreditWords && opensWithCaptionLabel(s.text) {
			s.role = roleCaption
		}
	}
	for start < end && ss[start].role != roleUnknown {
		start++
	}
	return start
}
