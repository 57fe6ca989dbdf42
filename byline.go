package wirestory

import (
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
	key := chromeKey(body)
	if vagueCredits[key] {
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
	for _, part := range parts {
		part = strings.TrimSpace(strings.Trim(part, " .,;"))
		if part == "" {
			continue
		}
		pkey := chromeKey(part)
		// "CARLOS BETANCOURT Associated Press": a name with the agency
		// after it and no comma between.
		if name, ag, ok := cutTrailingAgency(part); ok && isPersonName(name) {
			c.people = append(c.people, name)
			c.agencies = addAgency(c.agencies, ag...)
			continue
		}
		switch {
		case isAgencyOnly(part):
			c.agencies = addAgency(c.agencies, findAgencies(part, true)...)
		case vagueCredits[pkey] || placeholderNames[pkey]:
			c.vague = c.vague || vagueCredits[pkey]
			titled++
		case isJobTitle(part):
			// "AP National Security Writer" names its agency.
			c.agencies = addAgency(c.agencies, findAgencies(part, false)...)
			titled++
		case parseDateText(part).ok, weekdays[pkey], isRelativeTime(pkey):
			// "Tuesday, 25 November 2014", "5 days ago" in a
			// pipe-separated byline.
			titled++
		case isPersonName(part):
			c.people = append(c.people, part)
		default:
			unknown++
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

// cutByPrefix removes "By", "From", "Source:", "Credit:" and the like from
// the start of a credit line and reports whether one was there.
func cutByPrefix(s string) (string, bool) {
	l := strings.ToLower(s)
	for _, p := range []string{"by:", "by ", "from ", "source:", "sources:", "credit:", "credits:", "written by ", "words by ", "reporting by ", "story by ", "text by ", "report by ", "posted by ", "via ", "von ", "par ", "por "} {
		if strings.HasPrefix(l, p) {
			return s[len(p):], true
		}
	}
	return s, false
}

// creditSeparators turns the separators between the parts of a credit line
// into commas. A Replacer is safe for concurrent use.
var creditSeparators = strings.NewReplacer(" | ", ",", "|", ",", ";", ",", " & ", ",", " and ", ",", " AND ", ",",
	" with ", ",", " y ", ",", " und ", ",", " et ", ",", " e ", ",")

// splitCreditParts splits a credit line at commas, pipes, semicolons and
// the word "and": "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER".
// Agency names joined by hyphens or slashes ("AFP-JIJI", "Dow Jones/AP")
// stay one part.
func splitCreditParts(s string) []string {
	s = creditSeparators.Replace(s)
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

// isPersonName reports whether s looks like a person's name: two to five
// words, each capitalized (or a particle such as "de" or "van"), no digits,
// no agency, no placeholder.
func isPersonName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || strings.EqualFold(f[0], "by") {
		return false
	}
	if placeholderNames[chromeKey(s)] || len(agencyMatches(s, false)) > 0 {
		return false
	}
	capsWords := 0
	for i, w := range f {
		if nameParticles[strings.ToLower(w)] && i > 0 && i < len(f)-1 {
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
	if jobWords[strings.ToLower(strings.Trim(f[len(f)-1], "."))] {
		return false
	}
	return !isChromeLine(s)
}
