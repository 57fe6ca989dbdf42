package wirestory

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A credit is what a byline or credit line says: the people and the
// agencies a story is credited to.
type credit struct {
	people   []string
	agencies []Agency
	// vague is set for a credit that names no agency in particular:
	// "Agencies", "Staff and agencies", "Wire services".
	vague bool
	// by is set when the line opens with "By" (or "From", "Source:" ...).
	by bool
}

// jobWords end a job title in a byline: "AP National Security Writer",
// "Staff Writer", "Special Correspondent".
var jobWords = setOf(
	"writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor", "editors",
	"columnist", "contributor", "contributors", "journalist", "journalists", "analyst", "critic",
	"producer", "photographer", "bureau", "chief", "desk", "staff", "team", "intern", "fellow",
	"researcher", "report", "reports", "service", "services", "wires", "wire",
)

// placeholderNames are bylines that name nobody.
var placeholderNames = setOf(
	"staff", "staff reports", "staff report", "staff writer", "staff writers", "news staff", "web staff",
	"wire", "wires", "wire reports", "wire services", "news service", "news services", "agencies",
	"news agencies", "agency", "staff and agencies", "and agencies", "no author", "admin",
	"administrator", "editor", "editors", "the editors", "editorial board", "editorial staff", "newsroom",
	"news desk", "web desk", "digital desk", "online desk", "desk", "guest", "anonymous", "unknown",
	"contributor", "correspondent", "our correspondent", "reporter", "team", "by", "various",
)

// vagueCredits name no agency in particular.
var vagueCredits = setOf(
	"agencies", "agency", "news agencies", "wire services", "wires", "wire reports", "wire service",
	"staff and agencies", "staff and wire reports", "from wire reports", "with inputs from agencies",
	"inputs from agencies", "with agency inputs", "agency inputs", "agencies and staff",
)

// parseCreditLine reads a byline or credit line: "By Jane Doe", "By JANE
// DOE and JOHN ROE, Associated Press", "Meg Kinnard and Errin Haines,
// Associated Press", "AFP-JIJI", "Kyodo", "Robert Burns, AP National
// Security Writer". It reports false for anything else, such as a sentence.
func parseCreditLine(s string) (credit, bool) {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 160 {
		return credit{}, false
	}
	body, byPrefix := cutByPrefix(s)
	body = strings.Trim(body, " =^|•·-–—:")
	if body == "" {
		return credit{}, false
	}
	if endsLikeSentence(body) && !byPrefix && !strings.HasSuffix(body, ".") {
		return credit{}, false
	}
	var kb, pkb [64]byte // room for the keys below
	if vagueCredits[string(appendChromeKey(kb[:0], body))] {
		return credit{vague: true}, true
	}
	var c credit
	parts := splitCreditParts(body)
	if len(parts) == 0 {
		return credit{}, false
	}
	// unknown counts the parts not understood; titled the job titles,
	// dates and placeholders that stand beside a name in a byline.
	unknown, titled := 0, 0
	// lone is a line of one part without "By": past the checks that
	// name an agency, a vague credit or a name and its job title, only
	// an editor's initials and an agency make it a credit (a date, a
	// place, an outlet or a name alone does not), so it is read no
	// further.
	lone := len(parts) == 1 && !byPrefix
	for _, part := range parts {
		part = strings.TrimSpace(strings.Trim(part, " .,;"))
		if part == "" {
			continue
		}
		// A part too long for a name, a job title, a placeholder or a
		// weekday is read only by the checks with no limit on words (an
		// agency's name, a date, a place), in the same order.
		short := !longCreditPart(part)
		var pkey []byte // chromeKey(part)
		if short {
			pkey = appendChromeKey(pkb[:0], part)
		}
		// "CARLOS BETANCOURT Associated Press": a name with the agency
		// after it and no comma between.
		if name, ag, ok := cutTrailingAgency(part); ok && isPersonName(name) {
			c.people = append(c.people, name)
			c.agencies = addAgency(c.agencies, ag...)
			continue
		}
		// "PTI Mumbai": the agency and the place it filed from.
		if ag, ok := agencyAndPlace(part); ok {
			c.agencies = addAgency(c.agencies, ag...)
			continue
		}
		// "Jane Doe Senior Washington Correspondent": a name and a job
		// title with no comma between.
		if short {
			if name, ok := cutJobTitle(part); ok {
				c.people = append(c.people, name)
				titled++
				continue
			}
		}
		switch {
		case isAgencyOnly(part):
			c.agencies = addAgency(c.agencies, findAgencies(part, true)...)
		case short && (vagueCredits[string(pkey)] || placeholderNames[string(pkey)]):
			c.vague = c.vague || vagueCredits[string(pkey)]
			titled++
		case short && isJobTitle(part):
			// "AP National Security Writer" names its agency.
			c.agencies = addAgency(c.agencies, findAgencies(part, false)...)
			titled++
		case lone:
			// The cases below, in their order, for a lone part.
			ag := deskAgencies(part)
			if len(ag) == 0 || parseDateText(part).ok || short && (weekdays[string(pkey)] || isRelativeTime(string(pkey))) {
				return credit{}, false
			}
			c.agencies = addAgency(c.agencies, ag...)
		case parseDateText(part).ok, short && (weekdays[string(pkey)] || isRelativeTime(string(pkey))):
			// "Tuesday, 25 November 2014", "5 days ago" in a
			// pipe-separated byline.
			titled++
		case len(deskAgencies(part)) > 0:
			// An editor's initials and the agency: "abc/dpa".
			c.agencies = addAgency(c.agencies, deskAgencies(part)...)
		case isPlaceName(part):
			// The place beside a byline: "Jane Doe | Palma | 08/01/2014".
			titled++
		case short && (isOutletName(part) || isOrgName(part) || isTitledName(part)):
			// The site's own name beside an agency: "Le Monde.fr avec
			// AFP", "Quelle: ntv.de, dpa".
			titled++
		case short && isPersonName(part):
			c.people = append(c.people, part)
		default:
			unknown++
			if !byPrefix {
				// Without "By" every part must be understood (below).
				return credit{}, false
			}
		}
	}
	if len(c.people) == 0 && len(c.agencies) == 0 && !c.vague {
		return credit{}, false
	}
	// Without "By", a line is a credit only when all of it was understood
	// and it names an agency ("Meg Kinnard and Errin Haines, Associated
	// Press", "AFP-JIJI"), or it names people beside a job title or date
	// ("Jane Doe | Staff Writer | 5 days ago").
	if !byPrefix && (unknown > 0 || len(c.agencies) == 0 && !c.vague && (len(c.people) == 0 || titled == 0)) {
		return credit{}, false
	}
	if byPrefix && unknown > len(c.people)+len(c.agencies) {
		return credit{}, false
	}
	c.by = byPrefix
	return c, true
}

// maxShortCreditWords bounds the words of what parseCreditLine's
// limited checks read in a part: cutJobTitle's name and title (9),
// isJobTitle (6), isPersonName, isOrgName (5), isOutletName (4),
// isTitledName (2), the vague and placeholder credits and weekdays and
// isRelativeTime (TestLongCreditPart checks the sets).
const maxShortCreditWords = 9

// longCreditPart reports whether part has more than maxShortCreditWords
// words (as strings.Fields splits them) once the characters that are no
// letter or digit at its ends are trimmed, as chromeKey trims them. None
// of parseCreditLine's limited checks reads such a part: each counts
// strings.Fields of part, of its lower case or of its chromeKey, and
// none of those has fewer words than the trimmed part.
func longCreditPart(part string) bool {
	core := strings.TrimFunc(part, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return fieldsUpTo(core, maxShortCreditWords+1) > maxShortCreditWords
}

// cutTrailingAgency splits an agency's name off the end of s: "JANE DOE
// Associated Press" gives "JANE DOE" and AP.
func cutTrailingAgency(s string) (string, []Agency, bool) {
	ms := agencyMatches(s, false)
	if len(ms) == 0 {
		return "", nil, false
	}
	m := ms[len(ms)-1]
	if m.end != len(s) || m.start == 0 {
		return "", nil, false
	}
	head := strings.TrimRight(s[:m.start], " ")
	if strings.HasSuffix(strings.ToLower(head), " the") {
		head = strings.TrimSpace(head[:len(head)-4])
	}
	return head, []Agency{m.agency()}, true
}

// byWords open a byline or credit line, followed by a space: "By Jane
// Doe", "Von Jane Doe, dpa", "Par Le Figaro et AFP", "Door Jan Peeters".
var byWords = []string{"by", "written by", "words by", "reporting by", "story by", "text by", "report by",
	"posted by", "from", "via", "von", "par", "por", "door"}

// sourceLabels open a credit line, followed by a colon: "Source: Xinhua",
// "Bron: BELGA", "Quelle: dpa", "Źródło: PAP", "来源：新华社".
var sourceLabels = []string{"by", "source", "sources", "credit", "credits", "quelle", "quellen", "bron", "źródło",
	"fuente", "fonte", "kilde", "källa", "lähde", "kaynak", "forrás", "zdroj", "izvor", "sursa", "πηγή",
	"источник", "джерело", "المصدر", "来源", "來源", "出典", "출처", "nguồn"}

// agencyAndPlace reads an agency's name followed by the place the story
// was filed from, as a credit line may give them: "PTI Mumbai", "AFP
// NEW DELHI".
func agencyAndPlace(s string) ([]Agency, bool) {
	f := strings.Fields(s)
	for k := 1; k < len(f) && k <= 2; k++ {
		head, place := strings.Join(f[:k], " "), strings.Join(f[k:], " ")
		if isAgencyOnly(head) && knownPlace(place) {
			return findAgencies(head, true), true
		}
	}
	return nil, false
}

// cutJobTitle splits a job title off the end of a byline's name: "Jane
// Doe Senior Washington Correspondent" gives "Jane Doe".
func cutJobTitle(s string) (string, bool) {
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 9 || !jobWords[strings.ToLower(strings.Trim(f[len(f)-1], "."))] {
		return "", false
	}
	for _, w := range f[:min(len(f), 2)] {
		if titleWords[strings.ToLower(w)] {
			return "", false
		}
	}
	// The title starts at its first word of a title, a job or a place.
	for k := 2; k <= 5 && k < len(f); k++ {
		w := strings.ToLower(strings.Trim(f[k], ".,"))
		if !titleWords[w] && !jobWords[w] && !knownPlace(w) && !knownRegion(w) {
			continue
		}
		name := strings.Join(f[:k], " ")
		if isPersonName(name) && isJobTitle(strings.Join(f[k:], " ")) && !slices.ContainsFunc(f[:k], func(w string) bool {
			return titleWords[strings.ToLower(w)]
		}) {
			return name, true
		}
		break
	}
	return "", false
}

// titleWords open or qualify a job title in a byline: "Senior
// Correspondent", "Chief Political Writer".
var titleWords = setOf("senior", "chief", "special", "contributing", "associate", "deputy", "national",
	"foreign", "political", "sports", "business", "science", "economics", "technology", "health", "managing",
	"executive", "assistant", "regional", "local", "global", "international", "investigative", "legal",
	"diplomatic", "military", "white", "capitol", "congressional", "entertainment", "world", "climate")

// cutByPrefix removes "By", "From", "Source:", "Bron:", "来源：" and the
// like from the start of a credit line and reports whether one was there.
func cutByPrefix(s string) (string, bool) {
	if rest, ok := cutSourceLabel(s); ok {
		return rest, true
	}
	// "BYJane Doe": a byline label glued to the name.
	if len(s) > 4 && s[:2] == "BY" && isUpperASCII(s[2]) && isLowerASCII(s[3]) {
		return s[2:], true
	}
	for _, w := range byWords {
		if len(s) > len(w) && s[len(w)] == ' ' && strings.EqualFold(s[:len(w)], w) {
			return s[len(w)+1:], true
		}
	}
	return s, false
}

// cutSourceLabel returns what follows a source label and its colon at the
// start of s ("Bron: BELGA" gives "BELGA"), a space before the colon
// allowed ("Source : AFP").
func cutSourceLabel(s string) (string, bool) {
	if strings.IndexByte(s, ':') < 0 && !strings.Contains(s, "：") {
		return "", false // every label is followed by a colon
	}
	for _, w := range sourceLabels {
		if len(s) <= len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		rest := strings.TrimPrefix(s[len(w):], " ")
		for _, colon := range []string{":", "："} {
			if r, ok := strings.CutPrefix(rest, colon); ok {
				r = strings.TrimSpace(r)
				if w[0] >= 0x80 && isCJK([]rune(w)[0]) {
					// After a label in Chinese or Japanese the source is
					// one word; a link may follow ("来源: 新华社 举报").
					r, _, _ = strings.Cut(r, " ")
				}
				return r, true
			}
		}
	}
	return "", false
}

// creditSeparators turns the separators between the parts of a credit line
// into commas: the conjunctions of the languages of the wires' clients
// among them. A Replacer is safe for concurrent use.
var creditSeparators = strings.NewReplacer(" | ", ",", "|", ",", ";", ",", " & ", ",", " and ", ",", " AND ", ",",
	" with ", ",", " y ", ",", " und ", ",", " et ", ",", " e ", ",", " avec ", ",", " mit ", ",", " con ", ",",
	" met ", ",", " og ", ",", " och ", ",", " oraz ", ",", " ve ", ",", "、", ",")

// creditSeparatorWords are creditSeparators' separators that open with a
// space (TestCreditSeparatorWords checks that the two agree).
var creditSeparatorWords = []string{" | ", " & ", " and ", " AND ", " with ", " y ", " und ", " et ", " e ", " avec ",
	" mit ", " con ", " met ", " og ", " och ", " oraz ", " ve "}

// hasCreditSeparator reports whether s holds one of creditSeparators'
// separators: without one, creditSeparators leaves s as it is.
func hasCreditSeparator(s string) bool {
	if strings.ContainsAny(s, "|;") || strings.Contains(s, "、") {
		return true
	}
	for i := strings.IndexByte(s, ' '); i >= 0; {
		for _, sep := range creditSeparatorWords {
			if strings.HasPrefix(s[i:], sep) {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// splitCreditParts splits a credit line at commas, pipes, semicolons and
// the word "and": "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER".
// Agency names joined by hyphens or slashes ("AFP-JIJI", "Dow Jones/AP")
// stay one part.
func splitCreditParts(s string) []string {
	if hasCreditSeparator(s) {
		s = creditSeparators.Replace(s)
	}
	if !strings.Contains(s, ",") {
		// One part: what Split would give, made once.
		if s = strings.TrimSpace(s); s != "" {
			return []string{s}
		}
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isAgencyOnly reports whether s names agencies and nothing else: "AFP-JIJI",
// "Reuters", "The Associated Press", "Dow Jones/AP", "(AP)".
func isAgencyOnly(s string) bool {
	ms := agencyMatches(s, true)
	if len(ms) == 0 {
		return false
	}
	prev := 0
	rest := func(t string) bool {
		t = strings.ToLower(strings.TrimSpace(t))
		t = strings.Trim(t, " -–—/,+&().[]·•|:=")
		switch t {
		case "", "the", "and", "with", "via", "from", "news", "wire", "wires", "news agency", "agency",
			"staff", "photo", "report", "reports", "news service", "news wire", "newswire", "newswires",
			"agencies", "wire services":
			return true
		}
		return false
	}
	for _, m := range ms {
		if !rest(s[prev:m.start]) {
			return false
		}
		prev = m.end
	}
	return rest(s[prev:])
}

// isJobTitle reports whether s is a job title: its last word is a job word
// ("Writer", "Correspondent") and it is short.
func isJobTitle(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	return jobWords[strings.Trim(f[len(f)-1], ".")]
}

// nameParticles may stand in lower case inside a person's name.
var nameParticles = setOf("de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von",
	"la", "le", "du", "bin", "binti", "ibn", "al", "el", "y", "e", "ter", "ten", "zu", "st.", "mac")

// weekdays are the days of the week, as a byline may show them beside a
// date.
var weekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")

// isRelativeTime reports whether the lower-case l is a time relative to
// now, as bylines show it: "5 days ago", "an hour ago", "yesterday".
func isRelativeTime(l string) bool {
	switch l {
	case "yesterday", "today", "just now":
		return true
	}
	f := strings.Fields(l)
	if len(f) != 3 || f[2] != "ago" || !(isNumber(f[0]) || f[0] == "a" || f[0] == "an") {
		return false
	}
	switch strings.TrimSuffix(f[1], "s") {
	case "second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year":
		return true
	}
	return false
}

// capitalizedName reports whether w is capitalized as a word of a name is:
// "Jane", "O'Brien", or with a short lower-case prefix before a capital,
// "deCasparis", "d'Alembert", "vanDyke".
func capitalizedName(w string) bool {
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			return true
		case i < 3 && (unicode.IsLower(r) || r == '\'' || r == '’'):
		default:
			return false
		}
	}
	return false
}

// deskAgencies returns the agencies of a desk's signature, an agency and
// editors' initials joined by slashes: "SDA/abc", "xy/dpa"; or nil. A
// slash between two names is a picture's credit, not a signature.
func deskAgencies(s string) []Agency {
	if len(s) > 40 || !strings.Contains(s, "/") || strings.Contains(s, " ") {
		return nil
	}
	var ags []Agency
	initials := false
	for _, p := range strings.Split(s, "/") {
		if a := findAgencies(p, true); len(a) == 1 && isAgencyOnly(p) {
			ags = addAgency(ags, a...)
			continue
		}
		if !isInitials(p) {
			return nil
		}
		initials = true
	}
	if !initials {
		return nil
	}
	return ags
}

// isInitials reports whether s is an editor's initials as desks sign: two
// to four lower-case letters ("sep", "ino").
func isInitials(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isOutletName reports whether s is a site's name written with its web
// address: "ntv.de", "Le Monde.fr", "Example.com".
func isOutletName(s string) bool {
	_, last, n := edgeFields(s, 4)
	if n == 0 || n > 4 {
		return false
	}
	return isDomainName(last)
}

// isPlaceName reports whether s is a place the gazetteer knows, or one
// that opens with such a place and a particle: "Palma de Mallorca".
func isPlaceName(s string) bool {
	if knownPlace(s) || knownRegion(s) {
		return true
	}
	if n := fieldsUpTo(s, 6); n < 3 || n > 5 {
		return false
	}
	f := strings.Fields(s)
	return knownPlace(f[0]) && nameParticles[f[1]]
}

// titleArticles open the names of newspapers: "Le Figaro", "The Globe",
// "Het Blad".
var titleArticles = setOf("le", "la", "les", "the", "el", "il", "der", "die", "das", "het", "de", "o", "a")

// isTitledName reports whether s is a newspaper's name made of an article
// and one word: "Le Figaro", "The Courier". People's names do not open
// with an article.
func isTitledName(s string) bool {
	if fieldsUpTo(s, 3) != 2 {
		return false
	}
	f := strings.Fields(s)
	return titleArticles[strings.ToLower(f[0])] && capitalizedName(f[1]) && unicode.IsUpper([]rune(f[0])[0])
}

// isOrgName reports whether s is an organization's name: up to five
// capitalized words, one of which names an organization ("Example Daily
// News", "La Gazette").
func isOrgName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	org := false
	for _, w := range f {
		if !capitalizedName(w) && !nameParticles[strings.ToLower(w)] {
			return false
		}
		org = org || orgWords[strings.ToLower(w)]
	}
	return org
}

// orgWords are words that name an organization, not a person, wherever
// they stand in a byline: "Sporting News", "India Post News Weekly".
var orgWords = setOf("news", "media", "press", "online", "digital", "weekly", "daily", "magazine", "network",
	"newsroom", "tribune", "herald", "gazette", "journal", "zeitung", "redaktion", "agentur", "nachrichten",
	"tv", "radio", "channel", "newspaper", "bureau", "agency", "group", "inc.", "ltd", "ltd.", "courier", "times",
	"dagblad", "avisen", "gazeta")

// nonNameWords are the words of buttons and labels shaped like a name
// ("Learn More", "Sign Up"), which no one's name has.
var nonNameWords = setOf("more", "here", "now", "up", "in", "out", "all", "latest", "today", "free", "read",
	"learn", "sign", "log", "watch", "listen", "share", "follow", "subscribe", "click", "download", "view",
	"see", "about", "contact", "home", "menu", "search", "login", "register", "next", "previous", "back",
	"top", "video", "videos", "photos", "live", "comments", "print", "email", "related", "topics")

// isPersonName reports whether s looks like a person's name: two to five
// words, each capitalized (or a particle such as "de" or "van"), no digits,
// no agency, no placeholder, no word that names an organization and no web
// address.
func isPersonName(s string) bool {
	if n := fieldsUpTo(s, 6); n < 2 || n > 5 {
		// Counted without splitting: most lines are too long for a name.
		return false
	}
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || strings.EqualFold(f[0], "by") {
		return false
	}
	// The checks of the words' shapes come first: they are the cheapest
	// and turn most lines down.
	capsWords := 0
	for i, w := range f {
		if i > 0 && i < len(f)-1 && nameParticles[strings.ToLower(w)] {
			continue
		}
		if !capitalizedName(w) {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
		capsWords++
	}
	if capsWords < 2 {
		return false
	}
	for _, w := range f {
		if l := strings.ToLower(w); orgWords[l] || nonNameWords[l] || isDomainName(w) {
			return false
		}
	}
	if placeholderNames[chromeKey(s)] || len(agencyMatches(s, false)) > 0 {
		return false
	}
	if jobWords[strings.ToLower(strings.Trim(f[len(f)-1], "."))] {
		return false
	}
	return !isChromeLine(s)
}

// nameBelowHeadline returns the person named alone on the line right
// below the headline at index at (before the body at start), as a byline
// without "By": "Jane Doe" under the headline; or nil.
func nameBelowHeadline(ss []slot, at, start int) []string {
	for i := at + 1; i < start; i++ {
		s := &ss[i]
		if s.role == roleJunk || s.role == roleChrome {
			continue
		}
		p, labelled := headByline(s.text)
		// A name alone taken for the caption of the picture credit
		// below it, which names the picture's source itself ("Jane
		// Roe" / "Photo: Example News"): the writer's.
		caption := s.role == roleCaption && isPersonName(s.text) && creditBelow(ss, i+1, start)
		if (s.role == roleUnknown || s.role == roleMeta || caption) && !s.f.prose && len(p) > 0 && !labelled && headEndsAfter(ss, i+1, start) {
			s.role = roleMeta
			return p
		}
		return nil
	}
	return nil
}

// creditBelow reports whether the next live line from i, before start,
// is a picture's credit that names its source: "Foto: Example News".
func creditBelow(ss []slot, i, start int) bool {
	j := nextLine(ss, i, start)
	return j >= 0 && ss[j].f.words <= 8 && (isPhotoCredit(ss[j].text) || namesPicture(ss[j].text)) && !isPersonName(ss[j].text)
}

// headEndsAfter reports whether what follows block i, up to the body at
// start, is the end of the head: the body, or chrome, dates and credit lines
// only. A name followed by another headline is a teaser's label.
func headEndsAfter(ss []slot, i, start int) bool {
	for ; i < start; i++ {
		s := &ss[i]
		if s.role == roleJunk || s.role == roleChrome || s.role == roleCaption || s.role == roleMeta {
			continue
		}
		if _, ok := readMetaLine(s.text); ok || isRelativeDate(s.text) || isTimeStamp(s.text) {
			continue
		}
		return false
	}
	return true
}

// edgeFields returns the first and last of the fields strings.Fields
// splits s into, and their count, or max+1 when s has more than max
// fields (first and last are then unset): it makes nothing.
func edgeFields(s string, max int) (first, last string, n int) {
	start := -1
	for i, r := range s {
		if !unicode.IsSpace(r) {
			if start < 0 {
				if n == max {
					return "", "", max + 1
				}
				n++
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == 1 {
				first = s[start:i]
			}
			last, start = s[start:i], -1
		}
	}
	if start >= 0 {
		if n == 1 {
			first = s[start:]
		}
		last = s[start:]
	}
	return first, last, n
}

// fieldsUpTo returns len(strings.Fields(s)), or max when s has more
// fields: it stops counting there, and makes nothing.
func fieldsUpTo(s string, max int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n++; n >= max {
				return max
			}
			in = true
		}
	}
	return n
}
