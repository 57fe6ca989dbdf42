package wirestory

import (
	"strings"
	"unicode/utf8"
)

// maxTwinRestWords is the most words cutToTwin cuts off a headline.
const maxTwinRestWords = 3

// twinRestMarks are the marks that may join a headline and what a dump
// sets beside it on its line ("Title | Channel", "Section : Title").
const twinRestMarks = "|:–—-/·"

// cutToTwin returns the headline of a text page, the line at at, cut to a
// line the page prints alone elsewhere (the story's headline in a trail or
// over its body), when the headline is that line with at most
// maxTwinRestWords words more set beside it behind a mark set off by
// spaces (twinRestMarks): after it, a channel's or site's label ("Title |
// city news", which cutSiteName leaves when it is in lower case or not
// printed alone); before it, a section's or site's name that the page
// prints alone too ("Culture : Title"). The line shows the twin and a
// label joined by the dump, and the twin is the headline.
//
// What stays: a kicker glued to its colon ("Inquiry: Title"), even when
// the page prints it alone as a tag; words that go on with no mark
// ("Title in New York": a nav or contents line may print the shorter
// form); a rest of more than maxTwinRestWords words; a twin of under
// three words; and a rest after a dash or a colon (not one of labelMarks)
// when the twin is printed only at or under start, the body's first line
// (-1: not known): a page prints its own headline alone in its head or
// trail, and a list of other stories under the story may hold an earlier
// story's headline that the new one goes on from ("Council approves the
// budget – and raises taxes"). Else it returns headline as it is.
func cutToTwin(ss []slot, at, start int, headline string) string {
	if at < 0 || at >= len(ss) || headline != ss[at].text {
		return headline
	}
	h := strings.TrimSpace(headline)
	best := ""
	// The names before the headline already looked for (printedAlone
	// reads every line): a page may print the twin on many lines, and
	// the rest, a start of h of a few words, has few forms.
	var looked []twinRest
	for j := range ss {
		if j == at || ss[j].role == roleJunk {
			continue
		}
		t := strings.TrimSpace(ss[j].text)
		if len(t) <= len(best) || len(t) >= len(h) || wordCount(t) < 3 {
			continue
		}
		switch {
		case strings.HasPrefix(h, t) && h[len(t)] == ' ':
			post := h[len(t):]
			if n := wordCount(trimTwinRest(post)); n >= 1 && n <= maxTwinRestWords && spacedMarkFirst(post) &&
				(labelMark(post) || start < 0 || j < start) {
				best = t
			}
		case strings.HasSuffix(h, t) && h[len(h)-len(t)-1] == ' ':
			pre := h[:len(h)-len(t)]
			rest := trimTwinRest(pre)
			if n := wordCount(rest); n >= 1 && n <= maxTwinRestWords && spacedMark(pre) {
				var alone bool
				looked, alone = printedAloneOnce(ss, at, rest, looked)
				if alone {
					best = t
				}
			}
		}
	}
	if best == "" {
		return headline
	}
	return best
}

// trimTwinRest returns s without the spaces and marks (twinRestMarks) at
// its ends.
func trimTwinRest(s string) string {
	return strings.Trim(s, " \t"+twinRestMarks)
}

// spacedMark reports whether s ends with a mark (twinRestMarks) set
// off by spaces on both sides, as a dump joins a name to a headline
// ("Culture : ", "Example | "), not glued to the word before it as a
// kicker's colon is ("Inquiry: ").
func spacedMark(s string) bool {
	s = strings.TrimRight(s, " ")
	r, n := utf8.DecodeLastRuneInString(s)
	return n > 0 && strings.ContainsRune(twinRestMarks, r) && strings.HasSuffix(s[:len(s)-n], " ")
}

// labelMarks are the marks of twinRestMarks that a headline's own words
// seldom hold: what stands behind one is a label the dump joined to it.
// Behind a dash or a colon a headline may go on ("Council approves the
// budget – and raises taxes").
const labelMarks = "|/·"

// labelMark reports whether s, after its spaces, opens with one of
// labelMarks.
func labelMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return strings.ContainsRune(labelMarks, r)
}

// spacedMarkFirst reports whether s opens with a mark (twinRestMarks) set
// off by spaces on both sides (" | channel").
func spacedMarkFirst(s string) bool {
	if !strings.HasPrefix(s, " ") {
		return false
	}
	s = strings.TrimLeft(s, " ")
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && strings.ContainsRune(twinRestMarks, r) && strings.HasPrefix(s[n:], " ")
}

// A twinRest is a name before a headline that printedAlone looked for,
// and what it found.
type twinRest struct {
	rest  string
	alone bool
}

// printedAloneOnce returns printedAlone(ss, at, rest), read from looked
// when rest was looked for already, and looked with rest's answer added.
func printedAloneOnce(ss []slot, at int, rest string, looked []twinRest) ([]twinRest, bool) {
	for _, l := range looked {
		if l.rest == rest {
			return looked, l.alone
		}
	}
	alone := printedAlone(ss, at, rest)
	return append(looked, twinRest{rest, alone}), alone
}

// printedAlone reports whether a line other than the one at at prints s
// alone.
func printedAlone(ss []slot, at int, s string) bool {
	for j := range ss {
		if j != at && ss[j].role != roleJunk && strings.EqualFold(strings.TrimSpace(ss[j].text), s) {
			return true
		}
	}
	return false
}
