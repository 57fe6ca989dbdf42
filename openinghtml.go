package wirestory

import "strings"

// keepOpeningHTML returns the start of an HTML page's body, start..end,
// moved up to the story's opening paragraphs that stand apart from it,
// the other end of keepClosingParagraphHTML. skipped is where skipDeck
// put the start, past a deck that a byline, credit or date line set apart.
//
// A deck is not skipped when every line that set it apart is a heading
// read only as names, with no "By", no date and no agency ("Adult Mental
// Health Services", "Comparing Meal Delivery Services"): a section's
// heading, which the story's opening stands above.
//
// Above the start, the story may open with up to maxClosingRun
// paragraphs of sentences (closingProse, minClosingWords or more) set
// apart by a small gap (openingGap: a figure's caption, a share bar, a
// box of links, one heading that is not the page's headline), that take
// up the story's matter (a third of their words, and at least
// minClosingShared, are the story's) and above which no paragraph
// stands: an introduction the markup set in a card or a hero box of its
// own, which the scorer, seeing it outside the story's element, doubts.
// Short sentences right above the start join first (openingLines).
func keepOpeningHTML(ss []slot, p []float32, threshold float32, start, skipped, end int, meta *pageMeta) int {
	if start < 0 || skipped < 0 {
		return skipped
	}
	if skipped > start && namesOnlyHeadings(ss, start, skipped) {
		return start
	}
	start = skipped
	if start <= 0 || opensWithDateline(ss[start].text) {
		return start
	}
	start = openingLines(ss, p, threshold, start)
	k := openingGap(ss, start-1, meta)
	if k < 0 || !openingProse(&ss[k], p[k], threshold) {
		return start
	}
	first := k
	for {
		n := prevNonJunk(ss, first-1)
		if n < 0 || ss[n].role != roleUnknown || !ss[n].f.prose {
			break
		}
		if k-n >= maxClosingRun || !openingProse(&ss[n], p[n], threshold) {
			return start
		}
		first = n
	}
	var words map[string]bool
	if shared, seen := storyWordShare(ss, start, end, first, k+1, &words); shared < minClosingShared || shared*3 < seen {
		return start
	}
	return first
}

// openingProse reports whether s, a block above an HTML page's body, may
// open the story: a paragraph keepClosingParagraphHTML would take to
// close it (closingProse, minClosingWords or more) that is no byline,
// credit or date line.
func openingProse(s *slot, p, threshold float32) bool {
	if !closingProse(s, p, threshold) || s.f.words < minClosingWords {
		return false
	}
	_, meta := readMetaLine(s.text)
	return !meta
}

// openingGap returns the index of the first block at or above i that is
// not in the gap between an HTML page's body and its opening: at most
// maxOpeningGap blocks of captions, caption-like lines (isCaptionLine),
// chrome and teasers (a share bar, a box of links), and one heading below
// <h1> that is not the page's headline. It returns -1 when the gap holds
// anything else first: a byline, credit or date line, a signature, the
// headline, a second heading, a short line that is no caption ("Table of
// Contents", a byline the lexicon does not read).
func openingGap(ss []slot, i int, meta *pageMeta) int {
	headings := 0
	for n := 0; i >= 0 && n <= maxOpeningGap; i-- {
		s := &ss[i]
		if s.role == roleJunk {
			continue
		}
		n++
		if s.role == roleUnknown && !s.f.prose {
			if _, ok := readMetaLine(s.text); ok {
				return -1
			}
		}
		if s.kind == kindHeading {
			if headings++; headings > 1 || s.level <= 1 || s.role == roleUnknown && isPageHeadline(s.text, meta) {
				return -1
			}
			continue
		}
		switch s.role {
		case roleChrome, roleTeaser, roleCaption:
			continue
		case roleUnknown:
			if isBarrier(s) {
				return -1
			}
			if s.f.prose {
				return i
			}
			if isCaptionLine(s) {
				continue
			}
		}
		return -1
	}
	return -1
}

// maxOpeningGap is the most blocks openingGap crosses.
const maxOpeningGap = 4

// isPageHeadline reports whether text is the page's headline as its
// metadata gives it (JSON-LD, og:title or the <title>, which may add the
// site's name).
func isPageHeadline(text string, meta *pageMeta) bool {
	t := strings.ToLower(strings.Join(strings.FieldsFunc(text, notWordRune), " "))
	if t == "" {
		return false
	}
	for _, h := range [...]string{meta.headline, meta.socialTitle, meta.titleTag} {
		if strings.Contains(strings.ToLower(strings.Join(strings.FieldsFunc(h, notWordRune), " ")), t) {
			return true
		}
	}
	return false
}

// namesOnlyHeadings reports whether every byline, credit or date line
// among ss[from:to] (the lines skipDeck skipped a deck for) is a heading
// read only as names: no "By", no date, no agency.
func namesOnlyHeadings(ss []slot, from, to int) bool {
	found := false
	for i := from; i < to; i++ {
		s := &ss[i]
		if s.role != roleUnknown || s.f.prose {
			continue
		}
		ml, ok := readMetaLine(s.text)
		if !ok && !isHandleCredit(s.text) {
			continue
		}
		if !ok || s.kind != kindHeading || ml.date.ok || ml.credit.by || len(ml.credit.agencies) > 0 || len(ml.people) > 0 {
			return false
		}
		found = true
	}
	return found
}

// openingLines returns the start of an HTML page's body moved up to the
// short sentences right above its first paragraph that open the story
// ("Hi, I'm Ryan." "Let's get moving."): at most maxOpeningLines lines of
// minOpeningLineWords words or more that end like a sentence, not with a
// colon (a label: "Key takeaways:"), that no rule claimed and the scorer
// takes for the story's (the threshold), and that are no byline, credit,
// date or signature line. The scorer's stretch holds them; the body,
// which opens with a paragraph, left them out.
func openingLines(ss []slot, p []float32, threshold float32, start int) int {
	first := start
	for range maxOpeningLines {
		i := prevNonJunk(ss, first-1)
		if i < 0 {
			break
		}
		s := &ss[i]
		if s.role != roleUnknown || s.kind != kindPara || s.f.prose || !s.f.sentence || s.f.words < minOpeningLineWords ||
			p[i] < threshold || isBarrier(s) || strings.HasSuffix(s.text, ":") {
			break
		}
		if _, ok := readMetaLine(s.text); ok {
			break
		}
		first = i
	}
	return first
}

// maxOpeningLines is the most short sentences openingLines puts at the
// head of a body.
const maxOpeningLines = 2

// minOpeningLineWords is the fewest words of a short sentence openingLines
// puts at the head of a body: "Thanks!" or "Read on." is a button's.
const minOpeningLineWords = 3
