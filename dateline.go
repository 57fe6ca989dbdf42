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
// A dateline names a place, a date, an agency or several of them, and ends
// with a separator. The forms read are:
//
//   - place, then region or country, date and agency, each optional:
//     "KABUL, Afghanistan (AP) —", "BEIJING, Jan 8 (Reuters) -", "LA CROSSE,
//     Wis. --", "MOSCOW/KYIV, March 3 (Reuters) -", "Milano, 14 giu.
//     (askanews) –", "Osaka, 4 de marzo (Jiji Press)—", "PERTH, Feb 3 AAP
//     -", "Kochi (Kerala) [India], March 3 (ANI):", "TAMPA, Fla. - (KRT) -";
//   - agency first: "(Reuters) —", "(ANSA) - Milano, 3 marzo -", "AP -",
//     "Example.com -"; date first: "Nov 3 (Reuters) -", "March 2, 2015:";
//     a place in parentheses: "(WASHINGTON) --";
//   - the separators: an em or en dash, "--", "-" or "_" (AP's wire), a
//     colon, ".-" (Spanish-language press: "Lima (EFE).-"), a full stop
//     ("Köln. Die ..."), TASS's ". /TASS/.", AFP's
//     "| 04/05/2026 - 09:12:30 |", a line break, or nothing after an agency
//     in parentheses ("Taichung, March 3 (CNA) Exports ..."); and the CJK
//     forms: "【3月5日 AFP】", a correspondent's "【ワシントン＝山田花子】",
//     and Chinese wire copy's "新华社北京2月29日电" with its reporters in
//     parentheses, "新华社巴黎12月9日电（记者王明）";
//   - before the dateline, on the same line, a byline ("By JANE DOE
//     WASHINGTON (AP) --"), a feed's name ("Canadian Press - HALIFAX (CP)
//     -") or a picture credit ("Jane Doe/Getty Images(WASHINGTON) --").
//     Only a feed's name is part of the dateline; the lede starts after
//     the dateline in every case.
//
// Headline prefixes ("UPDATE 2-"), advice-column salutations ("DEAR
// ABBY:"), timestamps ("10:20pm:"), speakers ("JANE DOE:") and ordinary
// sentences are not datelines. Where the shape alone cannot tell a place
// from another word (before a colon or a full stop, on a line of its own,
// in mixed case with nothing else to go by) the place must be one the
// package's gazetteer knows. ParseDateline looks at the first few hundred
// bytes of s only.
func ParseDateline(s string) (d Dateline, lede string, ok bool) {
	return parseDatelineGap(Clean(s), bylineGap(s))
}

// parseCleanDateline is ParseDateline for a paragraph that is clean
// already, as Parse's are: it decodes no character reference the page
// showed as text.
func parseCleanDateline(s string) (Dateline, string, bool) {
	return parseDatelineGap(s, bylineGap(s))
}

func parseDatelineGap(s string, gap int) (Dateline, string, bool) {
	if d, n, ok := scanDatelineGap(s, gap); ok {
		return d, s[n:], true
	}
	return Dateline{}, s, false
}

// datelineLimit is how many bytes at the head of a paragraph a dateline,
// with what may stand before it on its line, can take. It bounds the work
// whatever the length of the paragraph.
const datelineLimit = 256

// scanDatelineGap recognizes a dateline at the start of the clean text s
// and returns it with the offset where the lede starts. gap is the number
// of words of a byline that the raw text set apart from the dateline by a
// run of spaces (0 when it had none); see bylineGap.
func scanDatelineGap(s string, gap int) (Dateline, int, bool) {
	// Every offset found in the head is an offset in s.
	s = runePrefix(s, 2*datelineLimit)
	if s == "" {
		return Dateline{}, 0, false
	}
	if d, n, ok := scanCJKDateline(s); ok {
		return d, n, true
	}
	if d, n, ok := scanCJKWireDateline(s); ok {
		return d, n, true
	}
	if hasByPrefix(s) {
		return scanAfterByline(s, gap)
	}
	if d, n, ok := scanAfterPhotoCredit(s); ok {
		return d, n, true
	}
	if d, n, ok := scanAfterFeed(s); ok {
		return d, n, true
	}
	return scanCore(s, 0)
}

// A sepKind is the kind of separator that ends a dateline.
type sepKind uint8

const (
	sepNone    sepKind = iota // nothing, after an agency in parentheses
	sepDash                   // em dash, en dash, "--", "-", "_"
	sepColon                  // ":"
	sepStop                   // "." ("Düsseldorf. Der ...", ". /TASS/.")
	sepDotDash                // ".-", ".–" ("Madrid (EFE).-")
	sepPipe                   // "|" (AFP: "(AFP) | date |")
	sepLine                   // a line break
)

// A dlParse is a dateline being read, with what speaks for it being one.
type dlParse struct {
	d      Dateline
	caps   bool // the first place is written in capitals
	known  bool // the first place is a city in the gazetteer
	region bool // a region or country follows the place: one the gazetteer knows, or one in brackets
	agency bool // an agency the table knows is named
	paren  bool // an agency is in parentheses, the last thing before the separator
	year   bool // the date has a year
	first  bool // the dateline starts with its date
	abc    bool // the place is in parentheses: "(NEW YORK) --"
}

// lone reports whether the dateline is a place and nothing else.
func (p *dlParse) lone() bool {
	return len(p.d.Places) == 1 && p.d.Date == "" && len(p.d.Agencies) == 0
}

// accept reports whether what was read is a dateline, given the separator
// that ends it.
func (p *dlParse) accept(k sepKind) bool {
	if p.first && !p.agency && !p.year {
		return false
	}
	if p.abc && k != sepDash {
		return false
	}
	switch k {
	case sepDash:
		if p.caps && p.lone() && !p.known && !p.region {
			// A word in capitals alone: a place, unless it is as short as
			// an acronym ("AS - ..."), or as long as a kicker's label
			// ("LE POINT SUR LA SITUATION - ...": four words or more that
			// the gazetteer does not know).
			return utf8.RuneCountInString(p.d.Places[0]) >= 4 && len(strings.Fields(p.d.Places[0])) <= 3
		}
		return p.caps || p.agency || p.d.Date != "" || p.region || p.known
	case sepColon:
		return p.agency || p.d.Date != "" || p.region || p.known
	case sepStop:
		return p.agency || p.known && len(p.d.Places) == 1 && p.d.Date == ""
	case sepDotDash:
		return true
	case sepPipe, sepNone:
		return p.paren && p.agency
	case sepLine:
		return p.known && p.lone() || p.caps && p.region || p.paren && p.agency
	}
	return false
}

// scanCore reads a dateline proper at s[i:]: one that opens with an agency
// or a place in parentheses, a date or a place. It returns the dateline and
// the offset of the lede.
func scanCore(s string, i int) (Dateline, int, bool) {
	if i >= len(s) {
		return Dateline{}, 0, false
	}
	var p dlParse
	var j int
	ok := false
	if s[i] == '(' {
		p, j, ok = readParenFirst(s, i)
	}
	if !ok {
		p, j, ok = readDateFirst(s, i)
	}
	if !ok {
		p, j, ok = readPlaceFirst(s, i)
	}
	if !ok {
		return Dateline{}, 0, false
	}
	end, k, ok := scanSep(s, j)
	if !ok {
		// "Düsseldorf. Der ...": the full stop after a place was read as
		// the end of an abbreviation.
		if p.lone() && !p.abc && strings.HasSuffix(p.d.Places[0], ".") && strings.HasPrefix(s[j:], " ") {
			place := strings.TrimSuffix(p.d.Places[0], ".")
			if knownPlace(place) {
				p.d.Places[0] = place
				p.known = true
				j--
				end, k, ok = scanSep(s, j)
			}
		}
	}
	if !ok && p.paren && strings.HasPrefix(s[j:], " ") {
		end, k, ok = j+1, sepNone, true
	}
	if !ok || !p.accept(k) || !plausibleLede(s[end:], k) {
		return Dateline{}, 0, false
	}
	p.d.Text = strings.TrimSpace(s[i:end])
	return p.d, end, true
}

// readParenFirst reads a dateline that opens with parentheses at s[i]: an
// agency ("(Reuters) —", "(CBS/AP) A former ..."), an agency and then a
// place and date ("(ANSA) - Milano, 3 marzo -"), or a place
// ("(NEW YORK) --", as ABC News prints it). It returns the offset after
// what it read, before the separator.
func readParenFirst(s string, i int) (dlParse, int, bool) {
	var p dlParse
	inner, n, ok := bracketed(s[i:], '(', ')')
	if !ok {
		return p, 0, false
	}
	j := i + n
	if len(agencyMatches(inner, true)) > 0 {
		p.d.Agencies = splitAgencies(inner)
		p.agency, p.paren = true, true
		// A place and date after the agency's separator.
		if end, k, ok := scanSep(s, j); ok && k == sepDash {
			if q, j2, ok := readPlaceFirst(s, end); ok && len(q.d.Agencies) == 0 && (q.d.Date != "" || q.known) {
				if _, k2, ok := scanSep(s, j2); ok && k2 == sepDash {
					p.d.Places, p.d.Date = q.d.Places, q.d.Date
					p.paren = false
					return p, j2, true
				}
			}
		}
		return p, readPipeDate(s, j, &p), true
	}
	if placeLen(inner) == len(inner) && (isCaps(inner) || knownPlace(inner)) {
		p.d.Places = []string{inner}
		p.caps, p.known, p.abc = isCaps(inner), knownPlace(inner), true
		return p, j, true
	}
	return p, 0, false
}

// readDateFirst reads a dateline that opens with its date: "Nov 22
// (Reuters) -", "Jan. 5 (Bloomberg) --", "December 28, 2014:".
func readDateFirst(s string, i int) (dlParse, int, bool) {
	var p dlParse
	date, n, year, ok := scanDate(s[i:])
	if !ok {
		return p, 0, false
	}
	p.d.Date, p.year, p.first = date, year, true
	j := i + n
	if strings.HasPrefix(s[j:], " (") {
		if ags, m, known, ok := agencyParen(s[j+1:], true); ok {
			p.d.Agencies = ags
			p.agency, p.paren = known, true
			j += 1 + m
		}
	}
	return p, j, true
}

// sepAfter reports whether a separator follows the parenthesized text at
// s[i:].
func sepAfter(s string, i int) bool {
	_, n, ok := bracketed(s[i:], '(', ')')
	if !ok {
		return false
	}
	_, _, ok = scanSep(s, i+n)
	return ok
}

// readPlaceFirst reads a dateline that opens with a place: the places,
// regions and countries, then a date and an agency, each optional.
func readPlaceFirst(s string, i int) (dlParse, int, bool) {
	var p dlParse
	j, ok := readPlaces(s, i, &p)
	if !ok {
		return p, 0, false
	}
	// The date: ", Jan 8", "، ...", " : Sep 04".
	for _, lead := range []string{", ", "، ", " : "} {
		if strings.HasPrefix(s[j:], lead) {
			if date, n, year, ok := scanDate(s[j+len(lead):]); ok {
				p.d.Date, p.year = date, year
				j += len(lead) + n
			}
			break
		}
	}
	switch {
	case strings.HasPrefix(s[j:], " ("):
		// The agency: " (AP)"; after a date, or before a separator, any
		// short name in parentheses is the source ("(SW)",
		// "(newratings.com)").
		if ags, n, known, ok := agencyParen(s[j+1:], p.d.Date != "" || sepAfter(s, j+1)); ok {
			p.d.Agencies = ags
			p.agency, p.paren = known, true
			j = readPipeDate(s, j+1+n, &p)
		}
	case strings.HasPrefix(s[j:], ". /"):
		// TASS: "MOSCOW, July 12. /TASS/. ..."; the separator is the
		// final full stop.
		if inner, n, ok := bracketed(s[j+2:], '/', '/'); ok && isAgencyName(inner) && strings.HasPrefix(s[j+2+n:], ". ") {
			p.d.Agencies = []string{inner}
			p.agency = len(agencyMatches(inner, true)) > 0
			j += 2 + n
		}
	case strings.HasPrefix(s[j:], " "):
		// A bare agency code: "PERTH, Feb 3 AAP -".
		if n := bareAgencyLen(s[j+1:]); n > 0 {
			if _, _, ok := scanSep(s, j+1+n); ok {
				p.d.Agencies = []string{s[j+1 : j+1+n]}
				p.agency = true
				j += 1 + n
			}
		}
	}
	// An agency between two separators: "TAMPA, Fla. - (KRT) -".
	if !p.agency {
		if end, k, ok := scanSep(s, j); ok && k == sepDash && strings.HasPrefix(s[end:], "(") {
			if inner, n, ok := bracketed(s[end:], '(', ')'); ok && len(agencyMatches(inner, true)) > 0 && isAgencyOnly(inner) {
				if _, k2, ok := scanSep(s, end+n); ok && k2 == sepDash {
					p.d.Agencies = splitAgencies(inner)
					p.agency = true
					j = end + n
				}
			}
		}
	}
	return p, j, true
}

// readPlaces reads the places at s[i:]: "KABUL", "LA CROSSE, Wis.",
// "MOSCOW/KYIV", "PORT LOUIS, Mauritius", "Kochi (Kerala) [India]",
// "القاهرة، مصر". It stops before a date.
func readPlaces(s string, i int, p *dlParse) (int, bool) {
	n := placeLen(s[i:])
	if n == 0 {
		return i, false
	}
	first := s[i : i+n]
	w, _, _ := strings.Cut(first, " ")
	if datelineStopWords[strings.ToUpper(strings.TrimRight(w, ".:"))] {
		return i, false
	}
	p.d.Places = append(p.d.Places, first)
	p.caps = isCaps(first) && utf8.RuneCountInString(first) >= 2
	p.known = knownPlace(first)
	i += n
	for len(p.d.Places) < 5 {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "/"):
			m := placeLen(rest[1:])
			if m == 0 {
				return i, true
			}
			p.d.Places = append(p.d.Places, rest[1:1+m])
			i += 1 + m
		case strings.HasPrefix(rest, ", "), strings.HasPrefix(rest, "، "):
			c := strings.IndexByte(rest, ' ') + 1
			if _, _, _, ok := scanDate(rest[c:]); ok {
				return i, true
			}
			m := placeLen(rest[c:])
			if m == 0 {
				return i, true
			}
			region := rest[c : c+m]
			p.d.Places = append(p.d.Places, region)
			p.region = p.region || knownRegion(region)
			i += c + m
		case strings.HasPrefix(rest, " ("):
			inner, m, ok := bracketed(rest[1:], '(', ')')
			if !ok || !parenIsRegion(inner, rest[1+m:]) {
				return i, true
			}
			p.d.Places = append(p.d.Places, inner)
			p.region = p.region || knownRegion(inner)
			i += 1 + m
		case strings.HasPrefix(rest, " ["):
			inner, m, ok := bracketed(rest[1:], '[', ']')
			if !ok || placeLen(inner) != len(inner) {
				return i, true
			}
			p.d.Places = append(p.d.Places, inner)
			p.region = true
			i += 1 + m
		default:
			return i, true
		}
	}
	return i, true
}

// parenIsRegion reports whether the parenthesized inner, after a place and
// followed by after, is a region or country ("New Delhi (India):",
// "Kochi (Kerala) [India]") rather than an agency: one the gazetteer
// knows, or a place name followed by a country in brackets.
func parenIsRegion(inner, after string) bool {
	if len(agencyMatches(inner, true)) > 0 || placeLen(inner) != len(inner) {
		return false
	}
	return knownRegion(inner) || strings.HasPrefix(after, " [") && !looksLikeSource(inner)
}

// datelineStopWords are capitalized words that open headline prefixes,
// salutations and labels, never a dateline.
var datelineStopWords = setOf(
	"UPDATE", "CORRECTED", "REFILE", "EXCLUSIVE", "BREAKING", "ANALYSIS", "DEAR", "WATCH", "VIDEO",
	"PHOTOS", "UPDATED", "FACTBOX", "EXPLAINER", "INSIGHT", "COLUMN", "CHRONOLOGY", "LIVE", "OPINION",
	"EDITORIAL", "REVIEW", "Q&A", "NOTE", "EDITOR'S", "EDITORS", "CLAIM", "RATING", "SOURCE", "BY",
	"CORRECTION", "CLARIFICATION", "ADVISORY", "URGENT", "FLASH", "BULLETIN", "PREVIEW", "RECAP",
	"TIMELINE", "FEATURE", "INTERVIEW", "PODCAST", "LISTEN", "READ", "SEE", "TESTED", "PHOTO", "AUDIO",
)

// placeLen returns the length of a place name at the start of s: up to five
// words, each capitalized or in a script without case ("SAN FRANCISCO",
// "N.Y.", "ST. CLOUD", "AL-MUKALLA", "Ciudad de Panamá", "القاهرة"), with
// lower-case particles between them ("Rio de Janeiro").
func placeLen(s string) int {
	words, i, end := 0, 0, 0
	for i < len(s) && words < 5 {
		n := placeWordLen(s[i:])
		if n == 0 {
			if words > 0 {
				if m := placeParticleLen(s[i:]); m > 0 {
					i += m
					continue
				}
			}
			break
		}
		words++
		end = i + n
		// A word with a full stop ends the name unless it is the
		// abbreviation that opens one: "ST. JOSEPH", but "Köln. Die".
		if end+1 < len(s) && s[end] == ' ' && (s[end-1] != '.' || placePrefixes[strings.ToLower(s[i:end])]) {
			i = end + 1
			continue
		}
		break
	}
	return end
}

// placePrefixes are abbreviations that open a place name: "St. Louis",
// "FT. MYERS", "Mt. Vernon".
var placePrefixes = setOf("st.", "ste.", "ft.", "mt.", "pt.", "sta.", "sto.", "s.", "n.", "e.", "w.")

// placeWordLen returns the length of one word of a place name at the start
// of s: a letter in upper case or in a script without case, then letters,
// with inner hyphens, apostrophes and full stops ("AL-FASHER", "N.Y"), and
// the full stop that ends an abbreviation ("Wis.", "N.Y.", "ST.").
func placeWordLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) || unicode.IsLower(r) {
		return 0
	}
	i := n
	letters := 1
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += n
			letters++
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(next) {
				i += n
				continue
			}
			if r == '.' && (letters <= 4 || strings.Contains(s[:i], ".") || knownRegion(s[:i+1])) {
				i += n
			}
		}
		break
	}
	return i
}

// placeParticleLen returns the length of a lower-case particle and the
// space after it, at the start of s, when a place name can go on past it:
// "of", "de", "and" ("RIO DE JANEIRO" has it in capitals, which is a word).
func placeParticleLen(s string) int {
	for _, p := range []string{"of ", "de ", "del ", "la ", "and ", "do ", "da ", "el ", "upon ", "am ", "an ", "der ",
		"du ", "des ", "di ", "sur ", "en ", "y ", "on "} {
		if strings.HasPrefix(s, p) && placeWordLen(s[len(p):]) > 0 {
			return len(p)
		}
	}
	return 0
}

// scanDate reads a date at the start of s: "Jan 8", "Jan. 8", "Sept. 20",
// "December 28, 2014", "8 January", "13 Jan", "10 août", "25 de
// septiembre", "14 giu.", "6月18日". It returns the date as written, its
// length and whether it has a year. Month names are those of monthNames.
func scanDate(s string) (date string, n int, year, ok bool) {
	if n := cjkDateLen(s); n > 0 {
		return s[:n], n, false, true
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
		// Month first.
		w := letterRunLen(s)
		if !isMonthName(s[:w]) {
			return "", 0, false, false
		}
		j := w
		if strings.HasPrefix(s[j:], ".") {
			j++
		}
		if !strings.HasPrefix(s[j:], " ") {
			return "", 0, false, false
		}
		d := dayLen(s[j+1:])
		if d == 0 {
			return "", 0, false, false
		}
		end := j + 1 + d
		if y := yearLen(s[end:]); y > 0 {
			return s[:end+y], end + y, true, true
		}
		return s[:end], end, false, true
	}
	// Day first.
	d := dayLen(s)
	if d == 0 || !strings.HasPrefix(s[d:], " ") {
		return "", 0, false, false
	}
	j := d + 1
	if strings.HasPrefix(s[j:], "de ") {
		j += 3
	}
	w := letterRunLen(s[j:])
	if w == 0 || !isMonthName(s[j:j+w]) {
		return "", 0, false, false
	}
	end := j + w
	if strings.HasPrefix(s[end:], ".") && utf8.RuneCountInString(s[j:end]) <= 4 && !strings.HasPrefix(s[end:], ". /") {
		end++
	}
	if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return "", 0, false, false
	}
	return s[:end], end, false, true
}

// isMonthName reports whether w is a month's name or abbreviation in one
// of the languages of monthNames.
func isMonthName(w string) bool {
	if w == "" {
		return false
	}
	_, ok := monthNames[strings.ToLower(w)]
	return ok
}

// letterRunLen returns the length of the run of letters at the start of s.
func letterRunLen(s string) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// dayLen returns the length of a day of the month (1 to 31, one or two
// digits) at the start of s, or 0.
func dayLen(s string) int {
	n := 0
	for n < len(s) && n < 3 && isDigit(s[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsLetter(r) {
		return 0
	}
	day := int(s[0] - '0')
	if n == 2 {
		day = day*10 + int(s[1]-'0')
	}
	if day < 1 || day > 31 {
		return 0
	}
	return n
}

// yearLen returns the length of ", 2014" at the start of s, or 0.
func yearLen(s string) int {
	if len(s) < 6 || s[0] != ',' || s[1] != ' ' {
		return 0
	}
	for k := 2; k < 6; k++ {
		if !isDigit(s[k]) {
			return 0
		}
	}
	if len(s) > 6 && isDigit(s[6]) || s[2] != '1' && s[2] != '2' {
		return 0
	}
	return 6
}

// cjkDateLen returns the length of a CJK date ("6月18日", "６月１８日") at
// the start of s, or 0.
func cjkDateLen(s string) int {
	d := cjkNumberLen(s, 2)
	if d == 0 || !strings.HasPrefix(s[d:], "月") {
		return 0
	}
	j := d + len("月")
	k := cjkNumberLen(s[j:], 2)
	if k == 0 || !strings.HasPrefix(s[j+k:], "日") {
		return 0
	}
	return j + k + len("日")
}

// cjkNumberLen returns the length of a number of one to max digits, ASCII
// or fullwidth, at the start of s, or 0.
func cjkNumberLen(s string, max int) int {
	i, n := 0, 0
	for i < len(s) && n <= max {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !('0' <= r && r <= '9' || '０' <= r && r <= '９') {
			break
		}
		i += size
		n++
	}
	if n == 0 || n > max {
		return 0
	}
	return i
}

// scanCJKDateline reads the bracketed dateline of Japanese and Chinese
// wire copy: a date or a place, and an agency the table knows, between
// lenticular brackets: "【6月18日 AFP】".
func scanCJKDateline(s string) (Dateline, int, bool) {
	if !strings.HasPrefix(s, "【") {
		return Dateline{}, 0, false
	}
	k := strings.Index(s[:min(len(s), 64)], "】")
	if k < 0 {
		return Dateline{}, 0, false
	}
	inner := strings.TrimSpace(s[len("【"):k])
	var d Dateline
	if n := cjkDateLen(inner); n > 0 {
		d.Date = inner[:n]
		inner = strings.TrimSpace(inner[n:])
	}
	ms := agencyMatches(inner, true)
	if len(ms) == 0 || ms[len(ms)-1].end != len(inner) {
		// A correspondent's dateline, place and reporter:
		// "【ワシントン＝大内清】".
		place, name, ok := strings.Cut(inner, "＝")
		if !ok || d.Date != "" || !isCJKName(place, 12) || !isCJKName(name, 8) {
			return Dateline{}, 0, false
		}
		d.Places = []string{place}
		end := k + len("】")
		if !plausibleLede(s[end:], sepNone) {
			return Dateline{}, 0, false
		}
		d.Text = s[:end]
		return d, end, true
	}
	last := ms[len(ms)-1]
	if place := strings.TrimRight(inner[:last.start], " =＝"); place != "" {
		d.Places = []string{place}
	}
	d.Agencies = []string{inner[last.start:]}
	end := k + len("】")
	if !plausibleLede(s[end:], sepNone) {
		return Dateline{}, 0, false
	}
	d.Text = s[:end]
	return d, end, true
}

// isCJKName reports whether s is a name in Chinese or Japanese characters
// of one to max of them, with no digits, spaces or punctuation.
func isCJKName(s string, max int) bool {
	n := 0
	for _, r := range s {
		// "々" repeats the character before it; "ー" lengthens a kana's
		// vowel; "・" parts the words of a foreign name in katakana.
		if !isCJK(r) && (n == 0 || r != '々' && r != 'ー' && r != '・') {
			return false
		}
		n++
	}
	return n >= 1 && n <= max
}

// scanCJKWireDateline reads the dateline of Chinese wire copy: the
// agency's name, the place and the date, then "电" ("wire"), and the
// reporters in parentheses: "新华社北京2月29日电", "新华社巴黎12月9日电（记者
// 唐霁）". The dateline ends there, with or without a space before the
// lede.
func scanCJKWireDateline(s string) (Dateline, int, bool) {
	var d Dateline
	j := -1
	for _, sp := range cjkSpellings {
		if strings.HasPrefix(s, sp.text) {
			d.Agencies = []string{sp.text}
			j = len(sp.text)
			break
		}
	}
	if j < 0 {
		return Dateline{}, 0, false
	}
	// The place: the characters up to the date, or up to "电" when there
	// is no date.
	k := j
	for k < len(s) && k-j <= 30 {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isCJK(r) || r == '电' || r == '電' {
			break
		}
		k += n
	}
	if k > j {
		if !isCJKName(s[j:k], 8) {
			return Dateline{}, 0, false
		}
		d.Places = []string{s[j:k]}
	}
	if n := cjkDateLen(s[k:]); n > 0 {
		d.Date = s[k : k+n]
		k += n
	}
	if d.Places == nil && d.Date == "" {
		return Dateline{}, 0, false
	}
	switch {
	case strings.HasPrefix(s[k:], "电"):
		k += len("电")
	case strings.HasPrefix(s[k:], "電"):
		k += len("電")
	default:
		return Dateline{}, 0, false
	}
	// The reporters: "（记者唐霁）", "(记者 张三 李四)".
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		sp := spaceLen(s[k:])
		if rest, ok := strings.CutPrefix(s[k+sp:], p[0]); ok {
			if e := strings.Index(rest[:min(len(rest), 90)], p[1]); e > 0 && len(reportersIn(rest[:e])) > 0 {
				k += sp + len(p[0]) + e + len(p[1])
			}
			break
		}
	}
	end := k + spaceLen(s[k:])
	if !plausibleLede(s[end:], sepNone) {
		return Dateline{}, 0, false
	}
	d.Text = s[:k]
	return d, end, true
}

// reporterLabels open the list of reporters in a Chinese dateline.
var reporterLabels = []string{"特约记者", "记者", "記者"}

// reportersIn returns the names of a reporters' note in a Chinese or
// Japanese dateline: "记者唐霁" gives ["唐霁"], "记者 张三 李四" gives ["张三",
// "李四"]; or nil.
func reportersIn(s string) []string {
	s = strings.TrimSpace(s)
	label := false
	for _, l := range reporterLabels {
		if rest, ok := strings.CutPrefix(s, l); ok {
			s, label = rest, true
			break
		}
	}
	if !label {
		return nil
	}
	var names []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '，' || r == ',' }) {
		if !isCJKName(f, 4) {
			return nil
		}
		names = append(names, f)
	}
	return names
}

// datelineReporters returns the reporters a dateline names: those of a
// Chinese wire dateline ("新华社巴黎12月9日电（记者唐霁）") and the
// correspondent of a Japanese one ("【ワシントン＝大内清】"); or nil.
func datelineReporters(text string) []string {
	if inner, ok := strings.CutPrefix(text, "【"); ok {
		inner = strings.TrimSuffix(inner, "】")
		if _, name, ok := strings.Cut(inner, "＝"); ok && isCJKName(name, 8) {
			return []string{name}
		}
		return nil
	}
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasSuffix(text, p[1]) {
			if i := strings.LastIndex(text, p[0]); i >= 0 {
				return reportersIn(text[i+len(p[0]) : len(text)-len(p[1])])
			}
		}
	}
	return nil
}

// readPipeDate reads AFP's date between pipes after the agency,
// "(AFP) | 04/05/2026 - 09:12:30 |", and returns the offset of the last
// pipe's separator; or j when there is none.
func readPipeDate(s string, j int, p *dlParse) int {
	if !strings.HasPrefix(s[j:], " | ") {
		return j
	}
	rest := s[j+3 : min(len(s), j+3+40)]
	k := strings.Index(rest, " | ")
	if k <= 0 || !isDateTimeText(rest[:k]) {
		return j
	}
	p.d.Date = rest[:k]
	return j + 3 + k
}

// isDateTimeText reports whether s is a numeric date and time: "04/05/2026
// - 09:12:30".
func isDateTimeText(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case strings.IndexByte("/-:. ", c) >= 0:
		default:
			return false
		}
	}
	return digits >= 4
}

// agencyParen reads an agency in parentheses at the start of s: "(AP)",
// "(Dow Jones/AP)", "(Jiji Press)", and reports whether the agency table
// knows it. Unless any is set, an unknown name must have the shape of a
// source (a web address, editors' initials, a short code); with any, any
// short name will do.
func agencyParen(s string, any bool) (ags []string, n int, known, ok bool) {
	inner, n, ok := bracketed(s, '(', ')')
	if !ok || strings.Count(inner, " ") > 3 || knownRegion(inner) {
		return nil, 0, false, false
	}
	if r, _ := utf8.DecodeRuneInString(inner); !unicode.IsLetter(r) {
		return nil, 0, false, false
	}
	known = len(agencyMatches(inner, true)) > 0
	if !known && !looksLikeSource(inner) && !(any && isAgencyName(inner)) {
		return nil, 0, false, false
	}
	return splitAgencies(inner), n, known, true
}

// isAgencyName reports whether s can be the name of a source as a
// dateline writes it: a few words of letters, digits and the punctuation of
// names and web addresses.
func isAgencyName(s string) bool {
	if s == "" || len(s) > 40 || strings.Count(s, " ") > 3 {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" .-/&'’", r)) {
			return false
		}
	}
	return true
}

// looksLikeSource reports whether s has the shape of a news source rather
// than a place: a web address ("Mineweb.com"), editors' initials
// ("ms/ire/HB", "rpo"), or a short code in capitals ("SW").
func looksLikeSource(s string) bool {
	if !isAgencyName(s) || knownRegion(s) {
		return false
	}
	if isDomainName(s) || strings.Contains(s, "/") {
		return true
	}
	if !strings.Contains(s, " ") {
		if strings.ToLower(s) == s && letterRunLen(s) == len(s) && len(s) <= 12 {
			return true
		}
		if isCaps(s) && len(s) <= 6 {
			return true
		}
	}
	return false
}

// isDomainName reports whether s is a site's address used as its name:
// "Example.com", "NewsSite.Net".
func isDomainName(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i < 2 || strings.ContainsAny(s, " /") {
		return false
	}
	switch strings.ToLower(s[i+1:]) {
	case "com", "net", "org", "info", "biz", "news", "tv", "co", "uk", "in", "it", "de", "fr", "es", "ru",
		"cn", "jp", "au", "ca", "ie", "nz", "za", "am", "ng", "pk", "ph", "my", "sg":
	default:
		return false
	}
	for _, r := range s[:i] {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') {
			return false
		}
	}
	return true
}

// bareAgencyLen returns the length of an agency code standing without
// parentheses at the start of s ("AAP" in "PERTH, Feb 3 AAP -"), or 0.
func bareAgencyLen(s string) int {
	n := letterRunLen(s)
	if n < 2 || n > 12 {
		return 0
	}
	w := s[:n]
	if ms := agencyMatches(w, false); len(ms) == 1 && ms[0].start == 0 && ms[0].end == n {
		return n
	}
	return 0
}

// splitAgencies splits the agencies of a dateline at slashes, as written:
// "Dow Jones/AP" gives ["Dow Jones", "AP"].
func splitAgencies(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "/") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// bracketed returns what stands between the open bracket at the start of s
// and the close bracket that ends it, and the length of the whole: "(AP)"
// gives "AP", 4. The inside is short, on one line, and has no brackets of
// its own.
func bracketed(s string, open, close byte) (string, int, bool) {
	if len(s) < 3 || s[0] != open {
		return "", 0, false
	}
	limit := min(len(s), 48)
	for k := 1; k < limit; k++ {
		switch s[k] {
		case close:
			inner := strings.TrimSpace(s[1:k])
			if inner == "" {
				return "", 0, false
			}
			return inner, k + 1, true
		case open, '\n', '(', ')', '[', ']':
			return "", 0, false
		}
	}
	return "", 0, false
}

// scanSep reads the separator that ends a dateline at s[i:], with the
// spaces around it, and returns where the lede starts and the separator's
// kind.
func scanSep(s string, i int) (int, sepKind, bool) {
	if i >= len(s) {
		return 0, 0, false
	}
	rest := s[i:]
	switch {
	case rest[0] == '.':
		for _, d := range []string{"-", "–", "—"} {
			if strings.HasPrefix(rest[1:], d) {
				j := 1 + len(d)
				return i + j + spaceLen(rest[j:]), sepDotDash, true
			}
		}
		if strings.HasPrefix(rest, ". ") {
			return i + 2, sepStop, true
		}
		return 0, 0, false
	case strings.HasPrefix(rest, ": "):
		return i + 2, sepColon, true
	case strings.HasPrefix(rest, " | "):
		return i + 3, sepPipe, true
	case rest[0] == '\n':
		j := 0
		for j < len(rest) && rest[j] == '\n' {
			j++
		}
		return i + j, sepLine, true
	}
	sp := spaceLen(rest)
	r := rest[sp:]
	for _, d := range []string{"--", "—", "–"} {
		if strings.HasPrefix(r, d) && !strings.HasPrefix(r[len(d):], "-") {
			j := sp + len(d)
			return i + j + spaceLen(rest[j:]), sepDash, true
		}
	}
	if sp == 1 && (strings.HasPrefix(r, "- ") || strings.HasPrefix(r, "_ ")) {
		return i + 3, sepDash, true
	}
	return 0, 0, false
}

// runePrefix returns the longest prefix of s of at most n bytes that does
// not end inside a UTF-8 sequence.
func runePrefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func spaceLen(s string) int {
	if strings.HasPrefix(s, " ") {
		return 1
	}
	return 0
}

// plausibleLede reports whether s can be the text after a dateline ended
// by a separator of kind k: it starts with a letter, digit or opening
// quote, and it is not in capitals throughout. After a colon, a full stop,
// a pipe, a line break or no separator at all it must start as a sentence
// does: with a capital, a digit or a quote.
func plausibleLede(s string, k sepKind) bool {
	s = s[:min(len(s), datelineLimit)]
	r, _ := utf8.DecodeRuneInString(s)
	quote := strings.ContainsRune("\"“‘'«„$€£¥", r)
	if !(unicode.IsLetter(r) || unicode.IsDigit(r) || quote) {
		return false
	}
	if k != sepDash && k != sepDotDash && unicode.IsLower(r) {
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

// isCaps reports whether s has upper-case letters and no lower-case ones.
func isCaps(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return upper
}

// hasByPrefix reports whether s opens with "By " and a capitalized word.
func hasByPrefix(s string) bool {
	if len(s) < 4 || !(strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ")) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[3:])
	return unicode.IsUpper(r)
}

// bylineGap returns the number of words of a byline that opens the raw
// paragraph s and is set apart from a dateline on the same line by two or
// more spaces, a tab or a line break ("By JANE DOE     WASHINGTON (AP)
// --" gives 3), or 0. Clean collapses such runs, so ParseDateline looks at
// the raw text for them.
func bylineGap(s string) int {
	s = strings.TrimLeft(s[:min(len(s), datelineLimit)], " \t\r\n\u00a0")
	if !(strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ")) {
		return 0
	}
	words, in, spaces := 0, false, 0
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			if in || spaces > 0 {
				return words + b2i(in)
			}
		case r == ' ' || r == '\u00a0':
			if in {
				words++
				in = false
			}
			spaces++
			if spaces >= 2 && words >= 2 {
				return words
			}
			continue
		default:
			in = true
		}
		spaces = 0
	}
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scanAfterByline reads a dateline that follows a byline on its line: "By
// JANE DOE     OMAHA, Neb. (AP) --", "By Jane Doe Chennai, Jan 5
// (PTI) ...". The byline ends where the raw text had a gap of spaces (gap
// words in), or else where a dateline starting with a city of the
// gazetteer begins. The byline is not part of the dateline.
func scanAfterByline(s string, gap int) (Dateline, int, bool) {
	head := s[:min(len(s), datelineLimit)]
	var starts []int // where each word starts
	for i := 0; i < len(head); i++ {
		if i == 0 || (head[i-1] == ' ' || head[i-1] == '\n') && head[i] != ' ' && head[i] != '\n' {
			starts = append(starts, i)
		}
	}
	nameOK := func(k int) bool {
		// The words between "By" and the dateline are a name.
		for _, st := range starts[1:k] {
			w := head[st:]
			if placeWordLen(w) == 0 && placeParticleLen(w) == 0 {
				return false
			}
		}
		return k >= 2 && k <= 6
	}
	if gap > 0 && gap < len(starts) && nameOK(gap) {
		return scanCore(s, starts[gap])
	}
	if i := strings.IndexByte(head, '\n'); i > 0 {
		for k, st := range starts {
			if st > i {
				if nameOK(k) {
					return scanCore(s, st)
				}
				break
			}
		}
	}
	for k := 2; k < len(starts) && k <= 6; k++ {
		if !nameOK(k) {
			break
		}
		st := starts[k]
		if knownPlace(s[st : st+placeLen(s[st:])]) {
			if d, n, ok := scanCore(s, st); ok {
				return d, n, true
			}
		}
	}
	return Dateline{}, 0, false
}

// scanAfterPhotoCredit reads a dateline glued to a picture credit before
// it, as pages that print the credit over the story run them together:
// "Jane Doe/Getty Images(WASHINGTON) -- ...". The credit is not part of the
// dateline, and agencies named in it are not the dateline's.
func scanAfterPhotoCredit(s string) (Dateline, int, bool) {
	k := strings.IndexByte(s[:min(len(s), datelineLimit)], '(')
	if k <= 0 {
		return Dateline{}, 0, false
	}
	if !isPhotoCredit(strings.TrimSpace(s[:k])) {
		return Dateline{}, 0, false
	}
	d, n, ok := scanCore(s, k)
	if !ok || len(d.Places) == 0 {
		return Dateline{}, 0, false
	}
	return d, n, true
}

// scanAfterFeed reads a dateline that opens with the name of the feed or
// site that carried the story and a dash: "Canadian Press - HALIFAX (CP)
// -", or that name alone: "AP - Shares ...", "Example.com - The ...".
// The name is the first of the dateline's agencies.
func scanAfterFeed(s string) (Dateline, int, bool) {
	k := strings.Index(s[:min(len(s), 48)], " - ")
	if k <= 0 {
		return Dateline{}, 0, false
	}
	src := s[:k]
	if !isFeedName(src) {
		return Dateline{}, 0, false
	}
	if d, n, ok := scanCore(s, k+3); ok && len(d.Places) > 0 {
		d.Agencies = append([]string{src}, d.Agencies...)
		d.Text = strings.TrimSpace(s[:n])
		return d, n, true
	}
	if !plausibleLede(s[k+3:], sepColon) {
		return Dateline{}, 0, false
	}
	return Dateline{Text: src + " -", Agencies: []string{src}}, k + 3, true
}

// isFeedName reports whether s is the name of an agency the table knows and
// nothing else, or a site's web address.
func isFeedName(s string) bool {
	if strings.HasPrefix(s, "(") {
		return false
	}
	if isDomainName(s) {
		return true
	}
	return len(agencyMatches(s, false)) > 0 && isAgencyOnly(s)
}

// markupDateline returns the text of an HTML block whose first lead bytes
// are the text of an inline element marked as a dateline, with a line
// break after the dateline when only the markup sets it apart from the lede
// ("<span class="location">PARIS</span> The minister ..."): ParseDateline
// then reads it as a dateline on a line of its own. Otherwise it returns
// the text as it is.
func markupDateline(buf []byte, lead int) string {
	if lead <= 0 || lead >= len(buf) || lead > datelineLimit {
		return string(buf)
	}
	place := Clean(string(buf[:lead]))
	if d, _, ok := ParseDateline(place + "\n\nX x"); !ok || d.Text != place {
		return string(buf)
	}
	return string(buf[:lead]) + "\n" + string(buf[lead:])
}

// datelineElement returns the innermost open element when it is an inline
// element marked as a dateline, or -1.
func (w *htmlWalker) datelineElement() int32 {
	n := len(w.stack)
	if n == 0 {
		return -1
	}
	el := w.stack[n-1]
	if e := w.table.at(el); e.hint == hintDateline && !blockTags[e.tag] {
		return el
	}
	return -1
}

// datelineAgencies returns the agencies a name from a dateline's
// parentheses stands for. There nothing but a source can stand, so codes
// match in any case ("(efe-epa)"); and a picture agency named beside a text
// agency is dropped, as the text is the other's.
func datelineAgencies(name string) []Agency {
	ags := findAgencies(name, true)
	if len(ags) == 0 {
		ags = findAgencies(strings.ToUpper(name), true)
	}
	var text []Agency
	for _, a := range ags {
		if !isPictureAgency(a.Code) {
			text = append(text, a)
		}
	}
	if len(text) > 0 {
		return text
	}
	return ags
}

// datelineOnItsLine reports whether line, the line above a story's first
// paragraph, is a dateline printed on a line of its own: "WASHINGTON (AP)
// —" or a place alone, "Ankara". It returns the line with what joins it to
// the paragraph for ParseDateline to read them as one.
func datelineOnItsLine(line string) (string, bool) {
	if _, lede, ok := ParseDateline(line + " x"); ok && lede == "x" {
		return line + " ", true
	}
	if d, lede, ok := ParseDateline(line + "\n\nX x"); ok && lede == "X x" && d.Text == line {
		return line + "\n\n", true
	}
	return "", false
}
