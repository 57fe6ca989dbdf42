package wirestory

// This file gives back to a text page's body the paragraph right under a
// story that the scorer cut down to its first paragraph. A paywalled or
// short story may show two paragraphs and then the site's prompt to
// subscribe; the scorer, reading a lone paragraph among the site's lines,
// may doubt the second one, which speaks of what the first speaks of,
// all the more when the paywall cut it short with an ellipsis.

// keepSecondParagraph returns the end of a text page's body start..end
// moved down to the paragraph right under it when the body is one
// paragraph and the next live line is a free line of minClosingWords words
// or more that ends a sentence or is cut short with an ellipsis, is no
// tail, and shares minStoryWords content words or more with it: a
// teaser's blurb under a story speaks of another story.
func keepSecondParagraph(ss []slot, start, end int) int {
	if start < 0 || end != start || !isFreeParagraph(ss, start) {
		return end
	}
	k := nextLive(ss, end+1)
	if k < 0 {
		return end
	}
	s := &ss[k]
	if s.role != roleUnknown || s.kind != kindLine || !s.f.sentence && !s.f.ellipsis || s.f.words < minClosingWords || s.tailKind() != tailNone {
		return end
	}
	if n, _ := sharedContentWords(s.text, paragraphWords(ss, start, end)); n < minStoryWords {
		return end
	}
	return k
}
