package wirestory

import "strings"

// This file holds two checks on the headline a text page's scorer chose:
// a line no headline reads like (a picture's credit, a labelled date)
// is never taken, and a head set far above the body, past a paywall's
// offers or a box of other stories, is found again.

// notHeadline reports whether a line of a text page can never be the
// headline: it opens with a label of a story's head or of a picture's
// credit, and a colon ("Bildrechte: …", "Image credit: …", "Stand: …",
// see isHeadLabel). A label is the line's opening only: "Hardened Images:
// …" is a headline. Nor is a table's row.
func notHeadline(s *slot) bool {
	t := s.text
	if s.row {
		return true
	}
	if isHeadLabel(t) {
		return true
	}
	label, _, ok := strings.Cut(t, ":")
	return ok && len(label) <= 20 && pictureHeadLabels[strings.ToLower(strings.TrimSpace(label))]
}

// pictureHeadLabels are the labels of a picture's credit that headLabels
// lacks.
var pictureHeadLabels = setOf("image", "images", "image credit", "image source", "photo credit", "photos", "picture",
	"photograph", "bildquelle", "fotó", "zdjęcie", "imagen", "crédit", "crédito", "crediti")

// maxFarHead is how many lines above the body headFarAbove reads for a
// head that is not signed and dated: a paywall's offers or a box of other
// stories may stand between a story's head and its first paragraph.
const maxFarHead = 120

// headFarAbove returns the index of the story's headline when the line
// the scorer chose (at) heads nothing: no byline or date line stands
// between it and the body at start, so it is a line of a box between the
// story's head and its body (a paywall's offers, a deck of points, a
// share bar). The headline is then the nearest line above it that reads
// as a head: shaped like a headline, of four words or more, sharing a word
// with the story's first paragraphs, and either
//   - up to maxFarHead lines above the body, with a byline or date line
//     among the three lines of the head below it (past a deck, a label,
//     chrome and a box of other stories), and printed again elsewhere on
//     the page; or
//   - signed and dated (see headSigned), at any distance above the body
//     (a guide's table of contents, its picks and notices may stand
//     between), of at most maxSignedHeadWords words, no breadcrumb's step
//     and no deck under a headline.
//
// Else it returns -1.
func headFarAbove(ss []slot, at, start int) int {
	// A choice maxFarHead lines or more above the body heads no box
	// under the story's head: it is left as it is.
	if at < 0 || at >= start || start > len(ss) || at <= start-maxFarHead {
		return -1
	}
	for j := at + 1; j < start; j++ {
		if ss[j].role != roleJunk && isHeadMetaLine(ss[j].text) {
			return -1
		}
	}
	var story map[string]bool // the first paragraphs' words, read when first asked for
	for h := at - 1; h >= 0; h-- {
		s := &ss[h]
		if s.role != roleUnknown || s.f.words < 4 || !headlineShaped(s) && !longCJKHead(s) {
			continue
		}
		signed := s.f.words <= maxSignedHeadWords && !isTrailStep(s.text) && !deckOfHead(ss, h) && headSigned(ss, h, at)
		if !signed && (h < start-maxFarHead || !metaUnderHead(ss, h, at)) {
			continue
		}
		if story == nil {
			story = firstProseWords(ss, start, 3)
		}
		if !sharesWord(s.text, story) || !signed && !printedAgain(ss, h) {
			continue
		}
		if s.text == ss[at].text {
			// The chosen line is the headline's second copy.
			return -1
		}
		return h
	}
	return -1
}

// firstProseWords returns the content words (contentWords) of the first
// n prose blocks from start on.
func firstProseWords(ss []slot, start, n int) map[string]bool {
	words := make(map[string]bool)
	for k := start; k < len(ss) && n > 0; k++ {
		if ss[k].f.prose {
			for _, w := range contentWords(ss[k].text) {
				words[w] = true
			}
			n--
		}
	}
	return words
}

// metaUnderHead reports whether a date line or a labelled byline ("By
// Jane Roe") stands among the three live lines below the line at h
// (before end) that are no chrome and no teaser. A name alone is not
// enough: a menu's entries read as names.
func metaUnderHead(ss []slot, h, end int) bool {
	for j, n := h+1, 0; j < end && n < 3; j++ {
		if r := ss[j].role; r == roleJunk || r == roleChrome || r == roleTeaser {
			continue
		}
		if t := ss[j].text; wordCount(t) <= 25 {
			ml, ok := readHeadLine(t)
			p, labelled := headByline(t)
			if (ok && ml.date.ok || isDateLine(t)) && hasDigit(t) || labelled && len(p) > 0 {
				return true
			}
		}
		n++
	}
	return false
}

// printedAgain reports whether the page prints the line at h once more,
// word for word, as a title bar or a share box repeats the headline.
func printedAgain(ss []slot, h int) bool {
	t := strings.TrimSpace(ss[h].text)
	for j := range ss {
		if j != h && ss[j].role != roleJunk && strings.TrimSpace(ss[j].text) == t {
			return true
		}
	}
	return false
}

// maxSignedLines is how many lines under a head headSigned reads, and
// maxSignedHeadWords the most words of a head it is asked about.
const (
	maxSignedLines     = 8
	maxSignedHeadWords = 20
)

// headSigned reports whether the head at h is signed and dated: among the
// maxSignedLines lines below it (before end) that are no junk and no
// teaser stand both a line that holds a date and a labelled byline ("By
// Jane Roe", "Written by Jane Roe", or the label alone on its line over
// the names: "By" / "Jane Roe").
func headSigned(ss []slot, h, end int) bool {
	date, by, afterLabel := false, false, false
	for j, n := h+1, 0; j < end && n < maxSignedLines; j++ {
		if r := ss[j].role; r == roleJunk || r == roleTeaser {
			continue
		}
		n++
		t := ss[j].text
		if wordCount(t) > 25 {
			afterLabel = false
			continue
		}
		if ml, ok := readHeadLine(t); ok && ml.date.ok {
			date = true
		} else if _, ok := findDate(t); ok {
			date = true
		}
		if p, labelled := headByline(t); len(p) > 0 && (labelled || afterLabel) {
			by = true
		}
		afterLabel = isBylineLabel(t) || isByWord(strings.TrimSpace(t))
	}
	return date && by
}

// deckOfHead reports whether the line at h stands right under a line
// shaped like a headline (junk and chrome between), as a deck stands
// under its headline.
func deckOfHead(ss []slot, h int) bool {
	for j := h - 1; j >= 0; j-- {
		if r := ss[j].role; r != roleJunk && r != roleChrome {
			return headlineShaped(&ss[j]) && !isTrailStep(ss[j].text)
		}
	}
	return false
}

// isTrailStep reports whether s holds a step of a breadcrumb trail
// ("Home » Guides", "News > World"), which no headline holds.
func isTrailStep(s string) bool {
	return strings.Contains(s, " » ") || strings.Contains(s, " > ") || strings.Contains(s, " › ")
}
