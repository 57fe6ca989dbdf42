package wirestory

import (
	"strings"
	"unicode"
)

// This file takes out of a text page's body a box of other stories set
// into it under a list heading ("MEHR ZUM THEMA", "Read also") whose
// entries are cards: each a kicker over the headline, the kicker a short
// line in capitals ("LIVEBLOG", "JANE ROE") or a label and its value
// ("RESSORT:" / "POLITIK"). On an HTML page the box is a list of links;
// a browser's dump prints its lines one under the other with no blank
// line between them, and a blank line under the box, where the story goes
// on. markListRest reads such a list once the rules took two of its lines
// for teasers, and stops at a line that is no headline: the kickers hid
// the box from it. A story's own subhead has no kicker in capitals over
// it, and a story's paragraph ends a sentence or runs longer than a
// headline: the box ends at a blank line, and every line in it must be a
// kicker or a headline.

// maxCardKickerWords is the most words of a card's kicker, and
// maxCardBoxLines is the most lines of a box of cards read under its heading.
const (
	maxCardKickerWords = 5
	maxCardBoxLines    = 16
)

// isCardKicker reports whether the line s is a card's kicker: at most
// maxCardKickerWords words, with letters and none in lower case ("HANS
// ROE", "LIVEBLOG ZÖLLE"), or a label of one or two words that ends with a
// colon ("RESSORT:", "Artikeltyp:").
func isCardKicker(s *slot) bool {
	t := strings.TrimSpace(s.text)
	if s.f.words < 1 || s.f.words > maxCardKickerWords {
		return false
	}
	if strings.HasSuffix(t, ":") {
		return s.f.words <= 2
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// markListCards marks as teasers, on a text page, the boxes of cards in
// the body start..end: a list heading (a chrome line that heads a list),
// and under it (a blank line between them or none) a run of lines with
// no blank line between them, at most maxCardBoxLines, each a card's kicker
// (isCardKicker) or a headline (isListRestLine), the last a headline, with
// a kicker right over a headline somewhere in it, and a blank line under
// the run. Lines of the run that the rules took for teasers already count
// as its headlines. The cost is linear in the body's length.
func markListCards(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	for i := start; i < end; i++ {
		if ss[i].role != roleChrome || !ss[i].listHead {
			continue
		}
		k, paired, lastHead := i+1, false, false
		for ; k <= end && k-i <= maxCardBoxLines && (k == i+1 || !ss[k].gap); k++ {
			s := &ss[k]
			if s.role == roleTeaser || s.role == roleJunk {
				// A line the rules took for the list's already.
				lastHead = s.role == roleTeaser
				continue
			}
			if s.role != roleUnknown || s.kind != kindLine {
				break
			}
			switch {
			case isCardKicker(s):
				lastHead = false
			case isListRestLine(s):
				if k > i+1 && isCardKicker(&ss[k-1]) && ss[k-1].role == roleUnknown {
					paired = true
				}
				lastHead = true
			default:
				k = -1
			}
			if k < 0 {
				break
			}
		}
		if k < 0 || k > end || !ss[k].gap || !paired || !lastHead {
			continue
		}
		for j := i + 1; j < k; j++ {
			if ss[j].role == roleUnknown {
				ss[j].role = roleTeaser
			}
		}
		i = k - 1
	}
}
