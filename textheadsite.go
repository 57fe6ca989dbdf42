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
