package wirestory

// This file ends a text page's body above the pitch that closes it: a
// paragraph or two in which the site speaks to the reader of itself ("Use
// our tool to compare estimates", "We need your help to keep publishing"),
// printed right above the button the pitch leads to ("Find a mover",
// "Support us"). On an HTML page the pitch and its button are a box of
// their own and go with it; in a dump the pitch reads as the story's last
// paragraph, and only the short line under it, which names what the pitch
// asks for, tells it from the story.

// Closing pitch bounds: at most maxPitchParagraphs paragraphs of at most
// maxClosingPitchWords words in all, each speaking to the reader or of the
// site, over a button of at most maxButtonWords words; the story above
// holds minAppealStoryWords words and minAppealRatio times the pitch's.
const (
	maxPitchParagraphs   = 2
	maxClosingPitchWords = 90
	maxButtonWords       = 5
)

// cutClosingPitch returns the end of a text page's body start..end cut
// above a closing pitch: the paragraphs at the body's end (at most
// maxPitchParagraphs, nothing else between them) each of which says "you"
// or "we" (readerAddress), right over a short line that is no paragraph
// and that uses a content word of the pitch (the button names what the
// pitch offers), when fewer than maxPitchShared tenths of the pitch's
// content words occur in the story above, and the story holds
// minAppealStoryWords words and minAppealRatio times the pitch's. A
// story's own last paragraph over a share bar or a "Read more" link has no
// word of the line under it; one that speaks to the reader of what the
// story speaks of shares its words. Of the two pitches (the last paragraph,
// or the last two), the longer that passes is cut; the look-back is
// bounded by maxPitchParagraphs, and each try reads the story once.
func cutClosingPitch(ss []slot, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	b := nextNonJunk(ss, end+1)
	if b < 0 || ss[b].f.prose || ss[b].f.words == 0 || ss[b].f.words > maxButtonWords {
		return end
	}
	button := contentWords(ss[b].text)
	if len(button) == 0 {
		return end
	}
	// The pitch's paragraphs, from the body's end up.
	var tops [maxPitchParagraphs]int
	paras := 0
	for i := end; i > start && paras < maxPitchParagraphs; i-- {
		if ss[i].role == roleJunk {
			continue
		}
		if !isFreeParagraph(ss, i) {
			break
		}
		if you, we := readerAddress(ss[i].text); !you && !we {
			break
		}
		tops[paras] = i
		paras++
	}
	// The longest pitch that passes, so that a story's own paragraph that
	// speaks to the reader, right over a one-paragraph pitch, stays.
	for n := paras; n > 0; n-- {
		if last, ok := closingPitch(ss, start, tops[n-1], end, button); ok {
			return last
		}
	}
	return end
}

// closingPitch reports whether the paragraphs top..end are a closing pitch
// over a button whose content words are button (see cutClosingPitch), and
// the story's last paragraph above them.
func closingPitch(ss []slot, start, top, end int, button []string) (int, bool) {
	words := paragraphWordsIn(ss, top, end)
	if words > maxClosingPitchWords {
		return end, false
	}
	pitch := paragraphWords(ss, top, end)
	named := false
	for _, x := range button {
		named = named || pitch[x]
	}
	if !named {
		return end, false
	}
	last := prevParagraph(ss, top-1, start)
	if last < 0 {
		return end, false
	}
	storyWords := paragraphWordsIn(ss, start, last)
	if storyWords < minAppealStoryWords || storyWords < words*minAppealRatio {
		return end, false
	}
	story := paragraphWords(ss, start, last)
	shared := 0
	for w := range pitch {
		if story[w] {
			shared++
		}
	}
	if len(pitch) == 0 || shared*10 >= len(pitch)*maxPitchShared {
		return end, false
	}
	return last, true
}
