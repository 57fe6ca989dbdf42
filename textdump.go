package wirestory

import "strings"

// This file holds rules for the body of a text page (a browser's dump)
// that run after the body scorer: shapes of a dump that the scorer, seeing
// one line at a time, misreads.

// Directory bounds: a directory's entry is a name of at most
// maxDirectoryName words over a blurb of at most maxDirectoryBlurb words,
// and a directory has at least minDirectoryPairs entries.
const (
	maxDirectoryName  = 8
	maxDirectoryBlurb = 40
	minDirectoryPairs = 4
)

// isDirectory reports whether the blocks start..end of a text page are a
// directory and nothing else: entries of a name on its own line (a site, a
// product, a service) over a blurb of one short sentence or two that
// describes it, four entries or more, with nothing between them but junk
// and chrome. A story's subheads head paragraphs of their own length, and
// seldom every one of them.
func isDirectory(ss []slot, start, end int) bool {
	if !isDirectoryName(&ss[start]) {
		// The body may open at the first entry's blurb.
		if k := prevLive(ss, start-1); k >= 0 && isDirectoryName(&ss[k]) {
			start = k
		}
	}
	pairs := 0
	for i := start; i <= end; i++ {
		if ss[i].role == roleJunk || ss[i].role == roleChrome {
			continue
		}
		n := &ss[i]
		if !isDirectoryName(n) {
			return false
		}
		j := i + 1
		for j <= end && (ss[j].role == roleJunk || ss[j].role == roleChrome) {
			j++
		}
		if j > end {
			return false
		}
		b := &ss[j]
		if b.role != roleUnknown || !b.f.prose || !b.f.sentence || b.f.words > maxDirectoryBlurb || b.f.words <= n.f.words {
			return false
		}
		pairs++
		i = j
	}
	return pairs >= minDirectoryPairs
}

// isDirectoryName reports whether a line of a text page could name a
// directory's entry: a few words that end no sentence with a stop.
func isDirectoryName(s *slot) bool {
	r := lastRune(s.text)
	return s.role == roleUnknown && s.kind == kindLine && s.f.words <= maxDirectoryName && r != '.' && r != '。'
}

// leaveDirectory returns the body of a text page moved off a directory
// (isDirectory) that the scorer took for it, to the stretch it finds
// likeliest elsewhere on the page; the directory's lines become teasers.
// When no other stretch has prose the scorer takes for the story's, the
// body stays where it was.
func leaveDirectory(ss []slot, p []float32, threshold float32, start, end, comments int) (int, int) {
	if start < 0 || !isDirectory(ss, start, end) {
		return start, end
	}
	q := make([]float32, len(p))
	copy(q, p)
	for i := start; i <= end; i++ {
		q[i] = 0
	}
	s, e := bestSpan(ss, q, threshold, comments)
	for s >= 0 && s < e && (q[s] < threshold || ss[s].role != roleUnknown || !ss[s].f.prose) {
		s++
	}
	if s < 0 || q[s] < threshold || ss[s].role != roleUnknown || !ss[s].f.prose {
		return start, end
	}
	for i := start; i <= end; i++ {
		if ss[i].role == roleUnknown {
			ss[i].role = roleTeaser
		}
	}
	return s, e
}

// maxCreditWords is the most words of a picture's credit after its
// copyright mark.
const maxCreditWords = 8

// isCopyrightCredit reports whether a line of a text page is a picture's
// credit and nothing else: a copyright mark and a name or two, slashes
// between them, that end no sentence ("© Jane Roe", "© Agency/Jane Roe").
func isCopyrightCredit(s string) bool {
	c, ok := strings.CutPrefix(strings.TrimSpace(s), "©")
	if !ok {
		return false
	}
	c = strings.TrimSpace(c)
	n := wordCountUpTo(c, maxCreditWords+1)
	// A domain's dots are no sentence's stop.
	return n >= 1 && n <= maxCreditWords && !endsLikeSentence(c) && !strings.ContainsAny(c, "!?:") &&
		!strings.Contains(c, ". ") && !strings.Contains(c, ", ")
}

// markCopyrightCaptions takes out of a text page's body the pictures set
// inside it: a copyright credit alone on its line (isCopyrightCredit) with
// the story going on below it, and the line right above it, its caption,
// when that is short for a paragraph of the story (fewer than
// minCaptionProseWords words or minCaptionProseSentences sentences). The
// credit would otherwise read as the site's copyright line and its caption
// as a paragraph.
func markCopyrightCaptions(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	for i := start + 1; i < end; i++ {
		s := &ss[i]
		if s.role != roleUnknown || s.kind != kindLine || !isCopyrightCredit(s.text) {
			continue
		}
		k := nextLive(ss, i+1)
		if k > 0 && k < end && ss[k].role == roleUnknown && ss[k].kind == kindLine && isClockLine(ss[k].text) {
			// A player's time readout under the picture ("0:00 / 0:00"):
			// the story goes on under it.
			k = nextLive(ss, k+1)
		}
		if k < 0 || k > end || ss[k].role != roleUnknown || !ss[k].f.prose {
			continue
		}
		s.role = roleCaption
		j := prevLive(ss, i-1)
		if j <= start || ss[j].role != roleUnknown || ss[j].kind != kindLine {
			continue
		}
		if c := &ss[j]; c.f.words < minCaptionProseWords || sentenceCount(c.text) < minCaptionProseSentences {
			c.role = roleCaption
		}
	}
}

// maxCommenterWords is the most words of a comment's header that names
// its writer ("Jane Roe says").
const maxCommenterWords = 8

// isSaysOverDate reports whether block i heads a reader's comment whose
// header prints no colon: a name and the word for "says" ("Jane Roe
// says", "jdoe schreibt"), a few words in all, over a line that is the
// comment's date ("January 11, 2026"). A story's sentence that ends in
// "says" is longer, and no date line stands under it.
func isSaysOverDate(ss []slot, i int) bool {
	s := &ss[i]
	if i+1 >= len(ss) || s.f.words < 2 || s.f.words > maxCommenterWords || s.f.sentence {
		return false
	}
	l := strings.ToLower(s.text)
	said := false
	for _, suffix := range commentSaid {
		if strings.HasSuffix(l, strings.TrimRight(suffix, " :")) {
			said = true
			break
		}
	}
	if !said {
		return false
	}
	n := &ss[i+1]
	return n.f.words <= 12 && parseDateText(n.text).ok
}

// replyWords are the labels of the link under a reader's comment that
// answers it, in several languages.
var replyWords = []string{"reply", "antworten", "répondre", "responder", "rispondi", "svar", "svara", "odpowiedz",
	"reageren", "beantwoorden", "responda"}

// replyTarget returns the block that the reply link at i names: a line
// that is a reply label after a name ("Jane Roe antworten", "jdoe Reply")
// whose name stands alone on a line up to commentsWindow blocks above, or
// -1. That line is the header of the comment the link closes.
func replyTarget(ss []slot, i int) int {
	t := ss[i].text
	if len(t) > 120 || ss[i].f.words > maxCommenterWords+1 {
		return -1
	}
	// Compared in place, without lower-casing: every short line of every
	// page, HTML too, comes here.
	for _, w := range replyWords {
		cut := len(t) - len(w) - 1
		if cut < 1 || t[cut] != ' ' || !strings.EqualFold(t[cut+1:], w) {
			continue
		}
		name := t[:cut]
		for k := i - 1; k >= 0 && k >= i-commentsWindow; k-- {
			if strings.EqualFold(ss[k].text, name) {
				return k
			}
		}
	}
	return -1
}

// replyThread returns the first block of a page's comments found by
// their reply links (replyTarget), at or below block from, or -1: two
// links no more than 2*commentsWindow blocks apart, each naming its
// comment's writer. The section starts at the first comment's header, or
// at a comments heading up to commentsWindow blocks above it.
func replyThread(ss []slot, from int) int {
	first, firstAt := -1, -1
	for i := max(from, 0); i < len(ss); i++ {
		k := replyTarget(ss, i)
		if k < max(from, 0) {
			continue
		}
		if firstAt >= 0 && i-firstAt <= 2*commentsWindow {
			for j := first - 1; j >= max(from, 0) && j >= first-commentsWindow; j-- {
				if isCommentsHeading(ss[j].text) {
					return j
				}
			}
			return first
		}
		first, firstAt = k, i
	}
	return -1
}

// keepOverFigureCredit returns the start of a text page's body moved back
// from skipped, where skipDeck put it, to start, when the only lines that
// made the paragraphs above look like a deck are the credits of a picture
// or a chart set inside the story ("Source: Survey Project", "Credits:
// Supplied Image"): labelled credits that name no agency. A deck stands
// over the story's own byline, date or credit line; a figure's credit says
// nothing about who wrote what stands above it. A credit with a date is
// no figure's.
func keepOverFigureCredit(ss []slot, start, skipped int) int {
	if start < 0 || skipped <= start {
		return skipped
	}
	credits := 0
	for i := start; i < skipped; i++ {
		s := &ss[i]
		if s.role != roleUnknown || s.f.prose {
			continue
		}
		if _, ok := readMetaLine(s.text); !ok && !isHandleCredit(s.text) {
			continue
		}
		// A dated source ("Source: Ministry, May 2, 2019") is a claim's,
		// quoted by the story.
		rest, ok := cutCreditLabel(s.text)
		if _, dated := findDate(rest); !ok || dated || len(findAgencies(rest, false)) > 0 {
			return skipped
		}
		credits++
	}
	if credits == 0 {
		return skipped
	}
	return start
}

// datelineLead returns the lead of a text page's story set apart above
// its body: the first paragraph between the headline (headlineAt, or up
// to maxLeadReach blocks above the body when none was found) and the body
// that opens with a dateline ("Berlin. In Berlin ...", "PARIS (AFP) -"),
// of minLeadWords words or more, that no rule took for anything else; or
// nil. A byline or a date line between it and the body set it apart, but a
// dateline marks where a story begins, and a deck or a teaser has none.
func datelineLead(ss []slot, headlineAt, start int) []int {
	if start <= 0 {
		return nil
	}
	from := max(headlineAt+1, start-maxLeadReach, 0)
	for i := from; i < start; i++ {
		s := &ss[i]
		if s.role == roleUnknown && s.kind == kindLine && s.f.prose && s.f.words >= minLeadWords && opensWithDateline(s.text) {
			return []int{i}
		}
	}
	return nil
}

// maxBlurbWords is the most words of a teaser's blurb under its headline.
const maxBlurbWords = 40

// cutTrailingTeasers returns the end of a text page's body cut before the
// teasers that close it: from the last block in it that a rule took for a
// teaser or a list heading, when what follows it there is only teasers'
// headlines (short lines that are no paragraph), each with at most one
// blurb of a sentence or two under it, two headlines or more, and perhaps
// a label ending in a colon ("Dieses Thema im Programm:"). A story that
// goes on after a box goes on in paragraphs that no headline heads.
func cutTrailingTeasers(ss []slot, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	k := -1
	for i := end; i > start; i-- {
		if ss[i].role == roleTeaser || ss[i].role == roleChrome && ss[i].listHead {
			k = i
			break
		}
	}
	if k < 0 {
		return end
	}
	titles, blurbs := 0, 0
	prevTitle := true // the teaser at k heads what follows it
	for i := k + 1; i <= end; i++ {
		s := &ss[i]
		if s.role != roleUnknown {
			continue
		}
		switch {
		case !s.f.prose && i == end && lastRune(s.text) == ':':
			// The closing label.
		case !s.f.prose && s.f.words <= 12:
			titles++
			prevTitle = true
		case s.f.prose && prevTitle && s.f.words <= maxBlurbWords:
			blurbs++
			prevTitle = false
		default:
			return end
		}
	}
	if titles < 2 {
		return end
	}
	if j := prevParagraph(ss, k-1, start+1); j >= 0 {
		return j
	}
	return end
}
