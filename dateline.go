package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Dateline is the line that opens a wire story and says where, and
// sometimes when and by which agency, it was filed: "KABUL, Afghanistan (AP)
// —", "BEIJING, Jan 8 (Reuters) -", "TOKYO (Kyodo) --", "NEW DELHI:".
type Dateline struct {
	// Text is the dateline as printed, with its separator: "WASHINGTON –".
	Text string `json:"text"`
	// Places are the places named, as written and in order: ["KABUL",
	// "Afghanistan"].
	Places []string `json:"places,omitempty"`
	// Date is the date as written ("Jan 8", "10 août"), or "".
	Date string `json:"date,omitempty"`
	// Agencies are the agencies named in the dateline, as written:
	// ["AP"], ["Dow Jones", "AP"].
	Agencies []string `json:"agencies,omitempty"`
}

// ParseDateline reads a dateline at the head of paragraph s. It returns the
// dateline, the rest of the paragraph (the lede, a suffix of Clean(s)) and
// true; or, when s does not open with a dateline, the zero Dateline,
// Clean(s) and false.
//
// A dateline is a place (in capitals, or a capitalized place name followed
// by a region or country), optionally a date and an agency in parentheses,
// and a separator: an em or en dash, "--", "-", "_", or a colon. Headline
// prefixes ("UPDATE 2-"), advice-column salutations ("DEAR ABBY:"),
// timestamps ("10:20pm:") and ordinary sentences are not datelines.
func ParseDateline(s string) (d Dateline, lede string, ok bool) {
	s = Clean(s)
	if d, n, ok := scanDateline(s); ok {
		return d, s[n:], true
	}
	return Dateline{}, s, false
}

// scanDateline recognizes a dateline at the start of the clean text s and
// returns it with the offset where the lede starts.
func scanDateline(s string) (Dateline, int, bool) {
	if len(s) == 0 {
		return Dateline{}, 0, false
	}
	var d Dateline
	i := 0
	// Agency first: "(Reuters) —", "(Bloomberg) --".
	if s[0] == '(' {
		ag, n, ok := scanAgencyParen(s)
		if !ok {
			return Dateline{}, 0, false
		}
		d.Agencies = ag
		i = n
	} else {
		places, n, ok := scanPlaces(s)
		if !ok {
			return Dateline{}, 0, false
		}
		d.Places = places
		i = n
		if date, n, ok := scanDateAfterComma(s[i:]); ok {
			d.Date = date
			i += n
		}
		if i < len(s) && s[i] == ' ' && i+1 < len(s) && s[i+1] == '(' {
			if ag, n, ok := scanAgencyParen(s[i+1:]); ok {
				d.Agencies = ag
				i += 1 + n
			}
		}
	}
	sepEnd, colon, ok := scanSeparator(s, i)
	if !ok {
		return Dateline{}, 0, false
	}
	if colon && len(d.Agencies) == 0 && d.Date == "" && !allUpper(strings.Join(d.Places, " ")) {
		return Dateline{}, 0, false
	}
	lede := s[sepEnd:]
	if !plausibleLede(lede) {
		return Dateline{}, 0, false
	}
	d.Text = strings.TrimSpace(s[:sepEnd])
	return d, sepEnd, true
}

// datelineStopWords are capitalized words that open headline prefixes,
// salutations and labels, never a dateline.
var datelineStopWords = map[string]bool{
	"UPDATE": true, "CORRECTED": true, "REFILE": true, "EXCLUSIVE": true, "BREAKING": true,
	"ANALYSIS": true, "DEAR": true, "WATCH": true, "VIDEO": true, "PHOTOS": true, "UPDATED": true,
	"FACTBOX": true, "EXPLAINER": true, "INSIGHT": true, "COLUMN": true, "CHRONOLOGY": true,
	"LIVE": true, "OPINION": true, "EDITORIAL": true, "REVIEW": true, "Q&A": true, "NOTE": true,
	"EDITOR'S": true, "EDITORS": true, "CLAIM": true, "RATING": true, "SOURCE": true, "BY": true,
}

// scanPlaces reads "PLACE" or "PLACE, Region" at the start of s.
func scanPlaces(s string) ([]string, int, bool) {
	var places []string
	i := 0
	for {
		n := placeLen(s[i:])
		if n == 0 {
			break
		}
		p := s[i : i+n]
		if len(places) == 0 {
			first, _, _ := strings.Cut(p, " ")
			if datelineStopWords[strings.ToUpper(first)] || !allUpper(p) {
				return nil, 0, false
			}
		}
		places = append(places, p)
		i += n
		if !strings.HasPrefix(s[i:], ", ") {
			break
		}
		if _, _, ok := scanDateAfterComma(s[i:]); ok {
			break
		}
		next := placeLen(s[i+2:])
		if next == 0 {
			break
		}
		i += 2
	}
	if len(places) == 0 {
		return nil, 0, false
	}
	return places, i, true
}

// placeLen returns the length of a place name at the start of s: up to five
// capitalized words (abbreviations such as "N.Y." and "ST." included).
func placeLen(s string) int {
	words := 0
	i := 0
	end := 0
	for i < len(s) && words < 5 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			if words > 0 && isPlaceParticle(s[i:]) {
				j := strings.IndexByte(s[i:], ' ')
				i += j + 1
				continue
			}
			break
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '\'' || r == '’') {
				break
			}
			j += n
		}
		words++
		end = j
		if j < len(s) && s[j] == ' ' && j+1 < len(s) {
			i = j + 1
			continue
		}
		break
	}
	return end
}

func isPlaceParticle(s string) bool {
	for _, p := range []string{"of ", "de ", "del ", "la ", "and ", "do ", "da ", "el ", "upon "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// scanDateAfterComma reads ", Jan 8" or ", Jan. 8" after a place.
func scanDateAfterComma(s string) (string, int, bool) {
	if !strings.HasPrefix(s, ", ") {
		return "", 0, false
	}
	rest := s[2:]
	mon, n := monthPrefix(rest)
	if mon == "" || n >= len(rest) || rest[n] != ' ' {
		return "", 0, false
	}
	j := n + 1
	k := j
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	if k == j || k-j > 2 {
		return "", 0, false
	}
	return rest[:k], 2 + k, true
}

var monthAbbrevs = []string{
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Sept.", "Sept", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",
	"Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
	"Sep", "Oct", "Nov", "Dec",
}

// monthPrefix returns the English month name or abbreviation at the start of
// s and its length.
func monthPrefix(s string) (string, int) {
	for _, m := range monthAbbrevs {
		if strings.HasPrefix(s, m) {
			return m, len(m)
		}
	}
	return "", 0
}

// scanAgencyParen reads "(AP)", "(Reuters)" or "(Dow Jones/AP)" at the start
// of s.
func scanAgencyParen(s string) ([]string, int, bool) {
	if len(s) < 3 || s[0] != '(' {
		return nil, 0, false
	}
	end := strings.IndexByte(s, ')')
	if end < 2 || end > 40 {
		return nil, 0, false
	}
	inner := s[1:end]
	var out []string
	for _, part := range strings.Split(inner, "/") {
		part = strings.TrimSpace(part)
		if part == "" {
			return nil, 0, false
		}
		out = append(out, part)
	}
	if len(agencyMatches(inner, true)) == 0 {
		return nil, 0, false
	}
	return out, end + 1, true
}

// scanSeparator reads the separator that ends a dateline at s[i:], with the
// spaces around it, and returns where the lede starts.
func scanSeparator(s string, i int) (end int, colon bool, ok bool) {
	rest := s[i:]
	for _, sep := range []string{" — ", " – ", " -- ", " - ", " _ ", "—", "--", "–"} {
		if strings.HasPrefix(rest, sep) {
			return i + len(sep), false, true
		}
	}
	if strings.HasPrefix(rest, ": ") {
		return i + 2, true, true
	}
	return 0, false, false
}

// plausibleLede reports whether s can be the text after a dateline: it
// starts with a letter, digit or opening quote, and it is not in capitals
// throughout.
func plausibleLede(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«$€£¥", r)) {
		return false
	}
	hasLower, hasUpper := false, false
	for _, r := range s {
		if unicode.IsLower(r) {
			hasLower = true
			break
		}
		if unicode.IsUpper(r) {
			hasUpper = true
		}
	}
	return hasLower || !hasUpper
}

// allUpper reports whether s has letters and none of them is lower case.
func allUpper(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}
