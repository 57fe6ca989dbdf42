package wirestory

// This file mends, on a text page, a picture whose credit stands on a line
// of its own above its caption: a blank line above the credit, the caption
// tight under it ("Image copyright Agency" then "Image caption A man waves
// in Hanoi", and a blank line again). markCaptions takes the line above a
// credit for its caption unless the line below reads as a sentence of
// prose; a caption seldom ends in a full stop, so the story's paragraph
// above the picture went out as the caption and the caption stayed in the
// body.

// maxUnderCreditWords is the most words of a caption that stands under its
// credit.
const maxUnderCreditWords = 40

// captionUnderCredit gives back to the body start..end of a text page the
// paragraph that markCaptions took for the caption of the credit below it,
// and marks as the caption the line under that credit instead, when the
// credit opens a group of two lines (a blank line above it and under the
// line below it), the paragraph above stands apart from the credit and
// ends a sentence, and the line under the credit is short for a paragraph
// of the story.
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
			under.f.words < 2 || under.f.words > maxUnderCreditWords || i+2 < len(ss) && !ss[i+2].gap {
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
