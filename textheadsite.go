package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// siteNameMarks are the marks between a headline and the site's name
// after it ("Title | Example Tires", "Title – Example").
var siteNameMarks = []string{" | ", " – ", " — ", " - "}

// maxSiteNameWords is the most words of a site's name cutSiteName cuts.
const maxSiteNameWords = 3

// cutSiteName returns the headline of a text page, the line at at, without
// the site's name after it: a tail of at most maxSiteNameWords words after
// the line's last mark (see siteNameMarks), not opening in lower case
// (the rest of a sentence: "… – das"), which the page prints alone on
// another line (its logo) or in its copyright line ("© Example 2025"),
// behind a head of three words or more. Else it returns headline as it is.
func cutSiteName(ss []slot, at int, headline string) string {
	if at < 0 || at >= len(ss) || headline != ss[at].text {
		return headline
	}
	for _, mark := range siteNameMarks {
		k := strings.LastIndex(headline, mark)
		if k <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(headline[:k]), strings.TrimSpace(headline[k+len(mark):])
		if n := wordCount(tail); n == 0 || n > maxSiteNameWords || wordCount(head) < 3 || startsLower(tail) {
			continue
		}
		if namesSite(ss, at, tail) {
			return head
		}
	}
	return headline
}

// namesSite reports whether a line other than the one at at prints name
// alone, or a copyright line that holds it.
func namesSite(ss []slot, at int, name string) bool {
	for j := range ss {
		if j == at || ss[j].role == roleJunk {
			continue
		}
		t := strings.TrimSpace(ss[j].text)
		if strings.EqualFold(t, name) {
			return true
		}
		if len(t) < 120 && (strings.Contains(t, "©") || strings.HasPrefix(strings.ToLower(t), "copyright")) && strings.Contains(t, name) {
			return true
		}
	}
	return false
}

// startsLower reports whether s opens with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// edgeDateMarks are the marks between a headline and a date printed after
// it on the same line ("Title / Dec 2025", "Title | 12.05.2024").
var edgeDateMarks = []string{" / ", " | ", " · ", " – ", " — ", " - "}

// maxEdgeDateWords is the most words of a date cutEdgeDate cuts.
const maxEdgeDateWords = 4

// cutEdgeDate returns a text page's headline without a date a blog's
// head sets on the headline's line, before it ("Dec 18 2025 Title") or
// after a mark ("Title / Dec 2025"): words that are all a date's (day,
// month, year), naming a year, with a head of three words or more left
// that is no date line itself (a line of dates, "Nov. 18, 2019 7:04 pm
// ET", is left whole). Else it returns headline as it is.
func cutEdgeDate(headline string) string {
	for _, mark := range edgeDateMarks {
		k := strings.LastIndex(headline, mark)
		if k <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(headline[:k]), headline[k+len(mark):]
		if wordCount(head) >= 3 && onlyDateWords(tail) && !isDateLine(head) {
			return head
		}
	}
	f := strings.Fields(headline)
	for n := min(maxEdgeDateWords, len(f)-3); n >= 2; n-- {
		// The headline after the date opens as a headline does, not in
		// lower case: "March 2020 changed everything" is one sentence.
		if rest := strings.Join(f[n:], " "); onlyDateWords(strings.Join(f[:n], " ")) && !startsLower(rest) && !isDateLine(rest) {
			return rest
		}
	}
	return headline
}

// onlyDateWords reports whether s is a date and nothing else: two to
// maxEdgeDateWords words, each a number of at most four digits or a
// month's name, a month's name among them and a year last or first.
func onlyDateWords(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > maxEdgeDateWords {
		return false
	}
	month := false
	for _, w := range f {
		w = strings.ToLower(strings.TrimRight(w, ".,"))
		if _, ok := monthNames[w]; ok {
			month = true
			continue
		}
		if !isNumber(w) || len(w) > 4 {
			return false
		}
	}
	year := func(w string) bool { return len(w) == 4 && isNumber(w) }
	return month && (year(f[0]) || year(f[len(f)-1]))
}

// gluedBylineCues open a byline that a dump sets on the headline's line,
// after it ("Title written by Jane Roe").
var gluedBylineCues = []string{" written by ", " geschrieben von ", " escrito por ", " écrit par ", " scritto da "}

// maxGluedBylineWords is the most words of a byline cutGluedByline cuts.
const maxGluedBylineWords = 6

// cutGluedByline returns a text page's headline without a byline set on
// its line after it, that a cue opens ("written by", "geschrieben von"):
// at most maxGluedBylineWords words after the cue, each capitalised as a
// name is (but "and", "&"), with a head of three words or more before it.
// A headline that goes on in lower case after the words ("A song written
// by children in the camp") is left whole. Else it returns headline as it
// is.
func cutGluedByline(headline string) string {
	l := strings.ToLower(headline)
	for _, cue := range gluedBylineCues {
		k := strings.LastIndex(l, cue)
		if k <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(headline[:k]), headline[k+len(cue):]
		if n := wordCount(tail); n >= 1 && n <= maxGluedBylineWords && wordCount(head) >= 3 && namesCased(tail) {
			return head
		}
	}
	return headline
}

// namesCased reports whether every word of s opens with a capital, but
// the words that join names ("and", "&", "und", "y", "et", "e").
func namesCased(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(w) {
		case "and", "&", "und", "y", "et", "e":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
