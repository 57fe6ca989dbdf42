package wirestory

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// articleTypes are the schema.org types of a story.
var articleTypes = setOf("newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
	"opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting",
	"socialmediaposting", "report", "scholarlyarticle", "techarticle", "satiricalarticle", "askpublicnewsarticle")

// maxJSONLD bounds the size of one JSON-LD script that is read, and
// maxJSONLDTotal the size of all the scripts of a page that are read: real
// pages carry a few kilobytes.
const (
	maxJSONLD      = 1 << 20
	maxJSONLDTotal = 4 << 20
)

// maxAuthors is the most people, and the most organizations, read from a
// page's metadata as its authors. Stories credit a few; a list of
// thousands is no byline, and reading it all would cost time.
const maxAuthors = 32

// readJSONLD reads the story's metadata from one JSON-LD script: the first
// object of an article type, found at the top, in an array or in @graph.
func readJSONLD(raw []byte, m *pageMeta) {
	if len(raw) == 0 || len(raw) > maxJSONLD || m.headline != "" && len(m.ldTypes) >= maxLDTypes {
		return
	}
	raw = []byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(string(raw)), "<!--"), "-->")))
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return
	}
	collectTypes(v, 0, m)
	if m.headline != "" {
		return
	}
	obj := findArticleObject(v, 0)
	if obj == nil {
		return
	}
	m.headline = Clean(jsonString(obj["headline"]))
	if m.headline == "" {
		m.headline = Clean(jsonString(obj["name"]))
	}
	m.section = Clean(jsonString(obj["articleSection"]))
	m.body = jsonString(obj["articleBody"])
	m.description = Clean(jsonString(obj["description"]))
	m.ldDescription = m.description
	if t, ok := parseISOTime(strings.TrimSpace(jsonString(obj["datePublished"]))); ok {
		m.published = t
	} else if t, ok := parseISOTime(strings.TrimSpace(jsonString(obj["dateCreated"]))); ok {
		m.published = t
	}
	if u := jsonString(obj["url"]); strings.HasPrefix(u, "http") {
		m.url = Clean(u)
	} else if me, ok := obj["mainEntityOfPage"].(map[string]any); ok {
		if u := jsonString(me["@id"]); strings.HasPrefix(u, "http") {
			m.url = Clean(u)
		}
	} else if u := jsonString(obj["mainEntityOfPage"]); strings.HasPrefix(u, "http") {
		m.url = Clean(u)
	}
	if p, ok := obj["publisher"].(map[string]any); ok {
		m.site = Clean(jsonString(p["name"]))
	}
	if l := jsonString(obj["inLanguage"]); l != "" {
		m.language = Clean(l)
	}
	addAuthors(m, obj["author"])
	if len(m.authors) == 0 && len(m.orgs) == 0 {
		addAuthors(m, obj["creator"])
	}
}

// maxLDTypes bounds how many JSON-LD types are kept.
const maxLDTypes = 32

// collectTypes adds the @type of every object in v, at the top, in arrays
// and in @graph, to m.ldTypes.
func collectTypes(v any, depth int, m *pageMeta) {
	if depth > 8 || len(m.ldTypes) >= maxLDTypes {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectTypes(e, depth+1, m)
		}
	case map[string]any:
		switch t := x["@type"].(type) {
		case string:
			m.ldTypes = append(m.ldTypes, strings.ToLower(t))
		case []any:
			for _, e := range t {
				if s, ok := e.(string); ok && len(m.ldTypes) < maxLDTypes {
					m.ldTypes = append(m.ldTypes, strings.ToLower(s))
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			collectTypes(g, depth+1, m)
		}
		if me, ok := x["mainEntity"]; ok {
			collectTypes(me, depth+1, m)
		}
	}
}

// findArticleObject returns the first JSON object of an article type in v.
func findArticleObject(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if o := findArticleObject(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			return x
		}
		if g, ok := x["@graph"]; ok {
			return findArticleObject(g, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			return findArticleObject(me, depth+1)
		}
	}
	return nil
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// jsonString returns v as a string: a string itself, the first string of an
// array, or "".
func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				return s
			}
		}
	}
	return ""
}

// addAuthors adds the people and organizations of a JSON-LD author value.
func addAuthors(m *pageMeta, v any) {
	if len(m.authors) >= maxAuthors && len(m.orgs) >= maxAuthors {
		return
	}
	switch x := v.(type) {
	case string:
		addAuthorText(m, Clean(x))
	case []any:
		for _, e := range x {
			addAuthors(m, e)
		}
	case map[string]any:
		name := Clean(jsonString(x["name"]))
		if name == "" {
			return
		}
		if t := strings.ToLower(jsonString(x["@type"])); t == "organization" || t == "newsmediaorganization" || t == "corporation" {
			m.addOrg(name)
			return
		}
		addAuthorText(m, name)
	}
}

// addAuthorText adds the people or agencies named in an author string from
// metadata: "Jane Doe", "By Jane Doe and John Roe", "Reuters",
// "Associated Press".
func addAuthorText(m *pageMeta, s string) {
	if s == "" {
		return
	}
	if isAgencyOnly(s) {
		m.addOrg(s)
		return
	}
	if c, ok := parseCreditLine(s); ok {
		m.addPeople(c.people)
		if len(c.agencies) > 0 {
			m.addOrg(s)
		}
		return
	}
	if len(m.authors) >= maxAuthors {
		return
	}
	body, _ := cutByPrefix(s)
	for _, part := range splitCreditParts(body) {
		if len(m.authors) >= maxAuthors {
			break
		}
		if isPersonName(part) {
			m.addPeople([]string{part})
		}
	}
}

// addPeople adds names to the authors, each once (in any case), up to
// maxAuthors of them.
func (m *pageMeta) addPeople(names []string) {
	for _, n := range names {
		if len(m.authors) >= maxAuthors {
			return
		}
		if !slices.ContainsFunc(m.authors, func(x string) bool { return strings.EqualFold(x, n) }) {
			m.authors = append(m.authors, n)
		}
	}
}

// addOrg adds an organization to the authors, up to maxAuthors of them.
func (m *pageMeta) addOrg(name string) {
	if len(m.orgs) < maxAuthors {
		m.orgs = append(m.orgs, name)
	}
}

// dropSiteNames removes from people the names that are the site's own
// name: a byline "Par Le Figaro et AFP" on Le Figaro names no person.
func dropSiteNames(people []string, site string) []string {
	if site == "" {
		return people
	}
	key := siteKey(site)
	var out []string
	for _, p := range people {
		if siteKey(p) != key {
			out = append(out, p)
		}
	}
	return out
}

// siteKey is a site's name reduced for comparison: lower case, its web
// address's ending and a leading article dropped, letters and digits only.
func siteKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, '.'); i > 0 && isDomainName(s[strings.LastIndexByte(s[:i], ' ')+1:]) {
		s = s[:i]
	}
	s = strings.TrimPrefix(s, "the ")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// orgAgencies returns the agencies an organization named as the author in
// the page's metadata stands for: "Reuters", "SDA", "Le Figaro et AFP".
func orgAgencies(o string) []Agency {
	if isAgencyOnly(o) {
		return findAgencies(o, true)
	}
	if c, ok := parseCreditLine(o); ok {
		return c.agencies
	}
	return nil
}

// chooseHeadline returns the story's headline: the page's metadata
// headline (JSON-LD, OpenGraph) or, failing that, its <title>, unless the
// page shows a better one. ss are the page's slots, at the index of the
// headline that the walk up from the body at start found (or -1).
//
//   - A kicker: the metadata joins a kicker to the title ("Kicker: Title")
//     and the page shows them apart ("Kicker Title", "Kicker – Title",
//     glued, each in its own element): the title alone is the headline.
//   - A title tag that opens with a line shown above the story, then the
//     site's name ("Headline-Example Net"): that line.
//   - A JSON-LD headline (often one written for search engines) beside an
//     og:title that the page shows as its headline: the one shown.
func chooseHeadline(ss []slot, at, start int, m pageMeta) string {
	shown := ""
	if at >= 0 {
		shown = ss[at].text
	}
	meta := trimSiteSuffix(m.headline, m.site)
	if meta == "" {
		title := trimSiteSuffix(m.titleTag, m.site)
		if shown != "" && titleOpensWith(m.titleTag, shown) {
			return shown
		}
		if shown == "" || strings.Contains(title, shown) {
			if shown != "" && title == "" {
				return shown
			}
			if title != "" {
				return title
			}
			return shown
		}
		// The walk found a line that the title does not have; a line
		// above it may be the one the title opens with.
		for i := at - 1; i >= 0 && i >= at-8; i-- {
			if t := ss[i].text; ss[i].role == roleUnknown && titleOpensWith(m.titleTag, t) {
				return t
			}
		}
		return shown
	}
	if shown != "" {
		if t, ok := cutKicker(meta, shown); ok {
			return t
		}
		// The page shows the social title, not the JSON-LD one (an SEO
		// headline).
		if shown != meta && shown == trimSiteSuffix(m.socialTitle, m.site) {
			return shown
		}
	}
	return meta
}

// titleOpensWith reports whether a page's <title> is line, then a
// separator and a short site name: "Headline-Example Net", "Headline |
// Example".
func titleOpensWith(title, line string) bool {
	rest, ok := strings.CutPrefix(title, line)
	if !ok || utf8.RuneCountInString(line) < 4 {
		return false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return true
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("-–—|_·:", r) {
		return false
	}
	site := strings.TrimSpace(rest[n:])
	return site != "" && utf8.RuneCountInString(site) <= 30
}

// cutKicker reads a metadata headline that joins a kicker to the title
// with a colon ("Kicker: Title") against the headline the page shows: when
// the page shows the kicker first but not with that colon ("Kicker Title",
// "Kicker – Title", "KickerTitle"), it returns the title as shown.
func cutKicker(meta, shown string) (string, bool) {
	k, rest, ok := strings.Cut(meta, ": ")
	if !ok || shown == meta || k == "" || rest == "" || strings.Contains(shown, k+": ") {
		return "", false
	}
	after, ok := strings.CutPrefix(shown, k)
	if !ok {
		return "", false
	}
	title := strings.TrimLeft(after, " -–—|:")
	if title == "" || len(title) < len(k) {
		return "", false
	}
	// The title shown is the rest of the metadata headline, or begins it
	// (an SEO headline cut short, or one that was made longer).
	if !strings.HasPrefix(title, rest) && !strings.HasPrefix(rest, title) {
		return "", false
	}
	return title, true
}

// maxAnchorScan is how many blocks above the body headlineAnchor looks at.
const maxAnchorScan = 40

// headlineAnchor returns the index of the block above the body at start
// that shows the headline the page's metadata names (JSON-LD, og:title or
// the <title>), as it is or with a kicker before it; or -1. A page with no
// metadata (a text page) is read for the line that its shape marks as the
// headline (see textHeadline), which is returned too.
func headlineAnchor(ss []slot, start int, m pageMeta) (int, string) {
	if m.headline == "" && m.socialTitle == "" && m.titleTag == "" {
		return textHeadline(ss, start)
	}
	return metaAnchor(ss, start, m), ""
}

// metaAnchor is headlineAnchor for a page with metadata.
func metaAnchor(ss []slot, start int, m pageMeta) int {
	var cands []string
	for _, c := range []string{m.headline, m.socialTitle} {
		if c = trimSiteSuffix(c, m.site); c != "" {
			cands = append(cands, c)
		}
	}
	for i := start - 1; i >= 0 && i >= start-maxAnchorScan; i-- {
		t := ss[i].text
		if ss[i].role == roleJunk || ss[i].f.prose || len(t) > 400 {
			continue
		}
		for _, c := range cands {
			if t == c {
				return i
			}
			if _, ok := cutKicker(c, t); ok {
				return i
			}
		}
		if m.titleTag != "" && titleOpensWith(m.titleTag, t) && ss[i].f.words >= 3 {
			return i
		}
	}
	return -1
}

// siteAgencies returns the agency whose own site the page is on, named by
// the site's name ("Anadolu Ajansı", "Reuters"), or nil: an agency's site
// carries the agency's copy without crediting it.
func siteAgencies(site string) []Agency {
	if site == "" || !isAgencyOnly(site) {
		return nil
	}
	return findAgencies(site, false)
}

// textHeadline finds the headline of a page that has no metadata, among
// the lines above the body at start, by what stands around it: a byline,
// credit or date line right below it, or the same headline shown twice (a
// breadcrumb and the story's heading, perhaps with a kicker). It returns
// the index of the line and the headline (without a kicker), or -1 and ""
// when no line has such marks.
func textHeadline(ss []slot, start int) (int, string) {
	i, text, _ := textHeadlineScored(ss, start)
	return i, text
}

// textHeadlineScored is textHeadline with the weight of the marks found.
func textHeadlineScored(ss []slot, start int) (int, string, int) {
	best, bestScore, bestText := -1, 0, ""
	lo := max(0, start-maxAnchorScan)
	for i := start - 1; i >= lo; i-- {
		s := &ss[i]
		if !headlineShaped(s) {
			continue
		}
		score, text := 0, s.text
		if n := nextLine(ss, i+1, start); n >= 0 {
			switch {
			case isMetaBelow(ss, n, start):
				score += 5
			case isOrgName(ss[n].text):
				// The house's name where a byline would be.
				score += 3
			default:
				// A label between the headline and its date line.
				if n2 := nextLine(ss, n+1, start); n2 >= 0 && ss[n].f.words <= 4 && isMetaBelow(ss, n2, start) {
					score += 4
				}
			}
		}
		// The same headline shown twice, once only: a label or a button
		// is repeated more often.
		same, weight, shown := 0, 0, ""
		for j := lo; j < start; j++ {
			if j == i || ss[j].role == roleJunk {
				continue
			}
			o := ss[j].text
			switch {
			case o == text:
				same, weight = same+1, 3
			case len(o) > len(text) && (strings.HasSuffix(o, "/"+text) || strings.HasSuffix(o, "> "+text)):
				// A breadcrumb that ends with the headline.
				same, weight = same+1, 4
			default:
				if t, ok := cutKicker(o, text); ok {
					// "Kicker: Title" above "Kicker Title".
					same, weight, shown = same+1, 4, t
				}
			}
		}
		if same == 1 {
			score += weight
			if shown != "" {
				text = shown
			}
		}
		if score > bestScore {
			best, bestScore, bestText = i, score, text
		}
	}
	if bestScore < 4 {
		return -1, "", 0
	}
	return best, bestText, bestScore
}

// headlineShaped reports whether a line of a text page can be a headline:
// a line of three to thirty words that is no label, caption, credit or date
// line, and that ends as a headline does (not with a full stop or comma).
func headlineShaped(s *slot) bool {
	if s.row || s.role != roleUnknown && s.role != roleTeaser {
		return false
	}
	t := s.text
	if s.f.words < 3 || s.f.words > 30 || len(t) > 300 || isWireSlug(t) {
		return false
	}
	if s.f.words <= 5 && strings.Contains(t, " | ") {
		// "Example News | World": a label.
		return false
	}
	if !s.f.titleLike && !strings.ContainsRune("?!？！", lastRune(t)) {
		return false
	}
	if s.f.prose && !strings.ContainsRune("?!？！\"”»", lastRune(t)) {
		return false
	}
	if k, _ := classifyCreditLine(t); k != "" || hasByWord(t) || hasCaptionCue(t) || gluePoints(t) >= 2 || endsWithDate(t) {
		return false
	}
	if isPersonName(t) || isHeadLabel(t) {
		return false
	}
	return !s.isMeta() && !isChromeLine(t) && !isPhotoCredit(t) && !endsWithPictureCredit(t)
}

// nextLine returns the index of the first block from i (before end) that
// is not junk or chrome, or -1.
func nextLine(ss []slot, i, end int) int {
	for ; i < end; i++ {
		if ss[i].role != roleJunk && ss[i].role != roleChrome {
			return i
		}
	}
	return -1
}

// isMetaBelow reports whether the block at n is a byline, credit or date
// line, or the first of a date printed over two or three lines ("November
// 20" / "15:23" / "2019").
func isMetaBelow(ss []slot, n, end int) bool {
	if _, ok := readMetaLine(ss[n].text); ok {
		return true
	}
	if k, _ := classifyCreditLine(ss[n].text); k == kindByline || k == kindCredit {
		return true
	}
	joined := ss[n].text
	for k := n + 1; k < end && k <= n+2; k++ {
		joined += " " + ss[k].text
		if len(joined) > 60 {
			break
		}
		if parseDateText(joined).ok {
			return true
		}
	}
	return false
}

// headLabels are the labels of a story's head that a line opens with,
// before a colon: "Autor: Jane Doe", "Stand: 20:03 Uhr".
var headLabels = setOf("autor", "autorin", "autoren", "author", "authors", "von", "by", "stand", "updated",
	"published", "publié", "publiziert", "aktualisiert", "bildrechte", "bild", "foto", "fotos", "photo",
	"credit", "quelle", "source", "lesedauer", "reading time", "editor", "redaktion", "text")

// isHeadLabel reports whether s opens with a label of a story's head and a
// colon.
func isHeadLabel(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	return ok && len(label) <= 20 && headLabels[strings.ToLower(strings.TrimSpace(label))]
}

// gluePoints counts the places in s where a word runs into the next with
// no space, as a scraper joins the labels of a box: three lower-case
// letters or more followed by a capital ("usługZaloguj"), or a question or
// exclamation mark followed by a letter ("dobry!Jedno").
func gluePoints(s string) int {
	n, lower := 0, 0 // lower: lower-case letters just before
	var prev rune
	for _, r := range s {
		if unicode.IsUpper(r) && lower >= 3 || unicode.IsLetter(r) && strings.ContainsRune("!?", prev) {
			// "usługZaloguj", but not "iPhone" or "McDonald".
			n++
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
		prev = r
	}
	return n
}

// endsWithDate reports whether s ends with a date, glued or not to what
// stands before it: "Online Desk June 11, 2020".
func endsWithDate(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 {
		return false
	}
	y, d := f[len(f)-1], strings.TrimSuffix(f[len(f)-2], ",")
	if len(y) != 4 || !isNumber(y) || !isNumber(d) || len(d) > 2 {
		return false
	}
	m := strings.ToLower(strings.TrimSuffix(f[len(f)-3], "."))
	for name := range monthNames {
		if strings.HasSuffix(m, name) && len(name) >= 3 {
			return true
		}
	}
	return false
}

// strongMarks is the weight of marks for which textHeadline's choice wins
// over the headline scorer's.
const strongMarks = 9

// chooseTextHeadline returns the headline of a text page: the line the
// headline scorer chose (at learned, or -1), unless the marks around
// another line are strong (two of them: a meta line below and a repeat),
// or the scorer chose none.
func chooseTextHeadline(ss []slot, start, learned int) (int, string) {
	i, text, score := textHeadlineScored(ss, start)
	// moveTo moves the scorer's choice to the line at j, when j >= 0, and
	// textHeadline's with it when the two chose the same line.
	moveTo := func(j int) {
		if j < 0 {
			return
		}
		if i == learned {
			i, text = j, ss[j].text
		}
		learned = j
	}
	moveTo(headBelowWithKicker(ss, learned, start))
	moveTo(headOverList(ss, learned))
	if learned < 0 || i >= 0 && (score >= strongMarks || isBreadcrumb(ss[learned].text)) {
		if j := trailEndBelow(ss, i); j >= 0 {
			return j, ""
		}
		return i, capsKickerCut(ss, i, text)
	}
	moveTo(headAfterKicker(ss, learned, start))
	moveTo(headOverDeck(ss, learned, start))
	moveTo(headOverBylineBelow(ss, learned, start))
	moveTo(headAboveUnshapedDeck(ss, learned, start))
	if j := headOverProseDeck(ss, learned, start); j >= 0 {
		// The scorer took the deck: the headline above it, read as the
		// scorer's choice is.
		i, learned = -1, j
	}
	if i == learned {
		return i, capsKickerCut(ss, i, text)
	}
	if t := twinKickerCut(ss, learned); t != "" {
		return learned, t
	}
	return learned, capsKickerCut(ss, learned, cutTrail(ss, learned))
}

// maxHeadInBody is how many lines from the body's start headInBody reads
// for a byline, and maxAboveHeadProb the mean body probability of the
// paragraphs above the head it finds from which they are the story's.
const (
	maxHeadInBody    = 12
	maxAboveHeadProb = 0.8
)

// headInBody returns the index of the story's headline when the scorer's
// body opens with other things (a list of other stories, a box to save
// the story) above the story's own head: a line shaped like a headline,
// perhaps with a deck under it, over a byline that a label introduces
// ("By Jane Roe", "Von Jane Roe", "di Jane Roe"), among the body's first
// maxHeadInBody lines, with more prose below the byline than between the
// body's start and the headline, and paragraphs above the headline that
// the body scorer is unsure of. Else it returns -1.
func headInBody(ss []slot, start int, words *storyWordSet) int {
	for j := start; j < len(ss) && j < start+maxHeadInBody; j++ {
		s := &ss[j]
		if s.role == roleJunk || s.f.prose || s.f.words > 12 {
			continue
		}
		p, labelled := headByline(s.text)
		if !labelled || len(p) == 0 || len(plausibleNames(p, words)) < len(p) {
			continue
		}
		h := prevLive(ss, j-1)
		if h > start && ss[h].f.words >= 10 && !headlineShaped(&ss[h]) {
			// A deck under the headline.
			h = prevLive(ss, h-1)
		}
		if h < start || ss[h].role != roleUnknown || s.role != roleUnknown || !headlineShaped(&ss[h]) || ss[h].f.words < 3 {
			// A teaser in a list of other stories, with its writer.
			return -1
		}
		above, below, n := 0, 0, 0
		var sure float32
		for k := start; k < h; k++ {
			if ss[k].role != roleJunk {
				above += ss[k].f.words
			}
			if ss[k].f.prose {
				sure += ss[k].prob
				n++
			}
		}
		if n > 0 && sure >= maxAboveHeadProb*float32(n) {
			// The scorer is sure of the paragraphs above: the
			// story's, around a box that shows another one.
			return -1
		}
		for k := j + 1; k < len(ss) && k <= j+maxHeadInBody; k++ {
			if ss[k].f.prose {
				below += ss[k].f.words
			}
		}
		if below <= above {
			return -1
		}
		return h
	}
	return -1
}

// headBelowWithKicker returns the index of the headline when the line
// right below the one at i opens with a kicker in capitals, as a dump
// shows a kicker and the headline set on one line ("EXAMPLE KICKER Title
// goes here", see cutCapsKicker), and a byline or date line follows it
// within a few lines (past a picture's caption and credit): the line at i
// is a title bar's copy or another story's. Else it returns -1.
func headBelowWithKicker(ss []slot, i, start int) int {
	if i < 0 || i >= start {
		return -1
	}
	j := nextLine(ss, i+1, start)
	if j < 0 || ss[j].role != roleUnknown || !headlineShaped(&ss[j]) || cutCapsKicker(ss[j].text) == ss[j].text {
		return -1
	}
	for k, n := j+1, 0; k < start && n < 4; k++ {
		if ss[k].role == roleJunk {
			continue
		}
		if isHeadMetaLine(ss[k].text) {
			return j
		}
		n++
	}
	return -1
}

// headOverList returns the index of the headline when the line at i is
// one of a list of other stories (a teaser under a list's heading,
// "Related News") set between the story's head and its body: the line
// shaped like a headline right above the list's heading, past a share
// bar, that the page shows again elsewhere. Else it returns -1.
func headOverList(ss []slot, i int) int {
	if i < 0 || ss[i].role != roleTeaser {
		return -1
	}
	k := i - 1
	for k >= 0 && (ss[k].role == roleTeaser || ss[k].role == roleJunk) {
		k--
	}
	if k < 0 || !ss[k].listHead || ss[k].role != roleChrome {
		return -1
	}
	h := prevLive(ss, k-1)
	if h < 0 || ss[h].role != roleUnknown || !headlineShaped(&ss[h]) || ss[h].f.words < 4 {
		return -1
	}
	// The page shows the headline again (in its title bar, or in a
	// list of the day's stories): a line the list does not repeat.
	for j := range ss {
		if j != h && ss[j].text == ss[h].text && ss[j].role != roleJunk {
			return h
		}
	}
	return -1
}

// headAfterKicker returns the index of the headline when the line at i
// is a kicker that leads on to it, ending with a dash or a colon ("Kicker
// –", "Kicker:"), as a dump shows a kicker and its headline set on one
// line in two lines: the next live line, when it is shaped like a
// headline. Else it returns -1.
func headAfterKicker(ss []slot, i, start int) int {
	if i < 0 || i >= start {
		return -1
	}
	t := strings.TrimSpace(ss[i].text)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, " –") && !strings.HasSuffix(t, " —") && !strings.HasSuffix(t, " -") {
		return -1
	}
	j := nextLine(ss, i+1, min(len(ss), start+1))
	if j < 0 || !headlineShaped(&ss[j]) {
		return -1
	}
	return j
}

// headOverDeck returns the index of the headline when the line at i
// reads as the deck set between it and the byline: a line of ten words
// or more with a byline or date line right below it (or below the rest of
// the deck: see deckOverMeta), under a line shaped like a headline that
// opens the head (no headline-shaped line of five words or more stands
// right above it, as one does in a list of other stories, unless that
// line is the headline printed twice) and shares a word with the deck or
// the story. A headline of fewer than five words needs a kicker over it,
// or its copy. Else it returns -1.
func headOverDeck(ss []slot, i, start int) int {
	if i < 0 || i >= start || ss[i].f.words < 10 || !deckOverMeta(ss, i, start) {
		return -1
	}
	h := prevLive(ss, i-1)
	if h < 0 || ss[h].role != roleUnknown || !headlineShaped(&ss[h]) && !afterLoneColon(ss, h) || isHeadMetaLine(ss[h].text) {
		return -1
	}
	t := ss[h].text
	if strings.ContainsAny(t, "/•|»›>") || strings.Contains(t, ss[i].text) {
		// A section's trail ("Home / Health / Diet", "Food • Drink"),
		// or a line that holds the deck.
		return -1
	}
	a := prevLive(ss, h-1)
	// The headline printed twice (a title bar over it) is no list.
	twice := a >= 0 && ss[a].text == t
	if a >= 0 && ss[a].f.words >= 5 && headlineShaped(&ss[a]) && !twice {
		return -1
	}
	story := make(map[string]bool)
	for _, w := range contentWords(ss[i].text) {
		story[w] = true
	}
	for k, n := start, 0; k < len(ss) && n < 3; k++ {
		if ss[k].f.prose {
			for _, w := range contentWords(ss[k].text) {
				story[w] = true
			}
			n++
		}
	}
	if !twice && (ss[h].f.words < 5 || utf8.RuneCountInString(t) < 15 || len(contentWords(t)) < 3) {
		// A short line is a section's label ("Healthy Living"), unless
		// a kicker stands over it ("Kicker" / "Short Title"): a short
		// line that is no byline or date line and speaks of the story
		// (a short headline may play on words the story does not use).
		// A "deck" in Title Case is the headline itself.
		if ss[h].f.words < 2 || a < 0 || ss[a].f.words > 4 || isHeadMetaLine(ss[a].text) || titleCase(ss[i].text) {
			return -1
		}
		if sharesWord(ss[a].text, story) {
			return h
		}
	}
	if sharesWord(t, story) {
		return h
	}
	return -1
}

// sharesWord reports whether a content word of s is in words.
func sharesWord(s string, words map[string]bool) bool {
	for _, w := range contentWords(s) {
		if words[w] {
			return true
		}
	}
	return false
}

// afterLoneColon reports whether the line at h is a headline set after
// its kicker and a colon that the dump shows on lines of their own
// ("Kicker" / ":" / "Title"): a line in title case of two to twelve
// words, under a colon alone, under a line. The colon marks it as the
// headline even when its words read as a name ("Stadt der Superlative").
func afterLoneColon(ss []slot, h int) bool {
	if h < 2 || strings.TrimSpace(ss[h-1].text) != ":" || ss[h-2].f.words == 0 {
		return false
	}
	return ss[h].f.titleLike && ss[h].f.words >= 2 && ss[h].f.words <= 12 && !ss[h].f.prose
}

// maxDeckRun is how many lines a deck may run to: some heads set it as
// a few short points, each on a line of its own.
const maxDeckRun = 3

// deckOverMeta reports whether the line at i opens a deck that stands
// over a byline or date line: up to maxDeckRun lines of ten words or
// more, each after the first a point, not a paragraph, the meta line right
// below the last.
func deckOverMeta(ss []slot, i, start int) bool {
	for k := 0; k < maxDeckRun && i >= 0 && ss[i].f.words >= 10; k++ {
		n := nextLine(ss, i+1, start)
		if n < 0 {
			return false
		}
		if isHeadMetaLine(ss[n].text) {
			return true
		}
		if ss[n].f.prose || ss[n].f.words > 30 {
			// A paragraph: a lead under the headline, not a point.
			return false
		}
		i = n
	}
	return false
}

// isHeadMetaLine reports whether a line of a story's head is a byline,
// credit or date line, in any of the forms the head's readers read.
func isHeadMetaLine(t string) bool {
	if wordCount(t) > 25 {
		return false
	}
	if _, ok := readHeadLine(t); ok || isDateLine(t) || isBylineLabel(t) {
		return true
	}
	p, labelled := headByline(t)
	return labelled && len(p) > 0
}

// trailEndBelow returns the index of the line right below the
// breadcrumb trail at i that shows the trail's last step alone, the
// story's headline ("Home » News » Title" above "Title"), or -1.
func trailEndBelow(ss []slot, i int) int {
	if i < 0 || !isBreadcrumb(ss[i].text) {
		return -1
	}
	t := ss[i].text
	for _, sep := range []string{" » ", " > ", " › "} {
		if k := strings.LastIndex(t, sep); k >= 0 {
			t = t[k+len(sep):]
		}
	}
	for j := i + 1; j < len(ss) && j <= i+2; j++ {
		if ss[j].text == t {
			return j
		}
	}
	return -1
}

// capsKickerCut returns the headline at line i (text, or the line's own
// when text is "") without a kicker in capitals before it (see
// cutCapsKicker), or text when it has none.
func capsKickerCut(ss []slot, i int, text string) string {
	if i < 0 {
		return text
	}
	t := text
	if t == "" {
		t = ss[i].text
	}
	if c := cutCapsKicker(t); c != t {
		return c
	}
	return text
}

// cutTrail returns the headline at line i without the breadcrumb trail
// before it, or "" when there is none: "Home » News » Title", "| Resources
// | Blog | Title" (each step of three words or fewer, the headline
// longer), or the steps glued to the headline with no space
// ("HomeSportTitle"), when a step stands alone elsewhere on the page as a
// menu's item does (so that "WhatsApp" is not read as two steps).
func cutTrail(ss []slot, i int) string {
	t := ss[i].text
	for _, sep := range []string{" » ", " / ", " | ", " > ", " › "} {
		steps := strings.Split(strings.TrimSpace(strings.TrimPrefix(t, strings.TrimSpace(sep))), sep)
		if len(steps) < 3 && !(len(steps) == 2 && strings.HasPrefix(t, strings.TrimSpace(sep))) {
			continue
		}
		last := strings.TrimSpace(steps[len(steps)-1])
		n := wordCount(last)
		ok := n >= 2
		for _, st := range steps[:len(steps)-1] {
			if w := wordCount(st); w > 3 || w >= n {
				ok = false
			}
		}
		if ok {
			return last
		}
	}
	steps := glueSplit(t)
	if len(steps) < 3 || wordCount(steps[len(steps)-1]) < 3 {
		return ""
	}
	lines := make(map[string]bool)
	for j := range ss {
		if j != i && ss[j].f.words <= 3 {
			lines[strings.ToLower(ss[j].text)] = true
		}
	}
	known := false
	for _, st := range steps[:len(steps)-1] {
		if wordCount(st) > 3 {
			return ""
		}
		known = known || lines[strings.ToLower(st)]
	}
	if !known {
		return ""
	}
	return steps[len(steps)-1]
}

// glueSplit splits s at its glue points (see gluePoints).
func glueSplit(s string) []string {
	var steps []string
	from, lower := 0, 0
	var prev rune
	for k, r := range s {
		if unicode.IsUpper(r) && lower >= 3 || unicode.IsLetter(r) && strings.ContainsRune("!?", prev) {
			steps = append(steps, s[from:k])
			from = k
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
		prev = r
	}
	return append(steps, s[from:])
}

// twinKickerCut returns the headline at line i without its kicker when a
// line next to it shows the same headline with the kicker set off another
// way ("Kicker: Title" beside "Kicker Title" or "Kicker – Title") or
// without it (see cutTwinOpening), or "".
func twinKickerCut(ss []slot, i int) string {
	// The twin stands next to the headline, or anywhere above it (a title
	// bar over the page's menus).
	for j := 0; j < min(len(ss), i+3); j++ {
		if j == i || ss[j].role == roleJunk {
			continue
		}
		if t, ok := cutKicker(ss[j].text, ss[i].text); ok {
			return t
		}
		if t, ok := cutKicker(ss[i].text, ss[j].text); ok {
			return t
		}
		if t := cutTwinOpening(ss[i].text, ss[j].text); t != "" {
			return t
		}
	}
	return ""
}

// twinOpening is how many words a line must share with the headline,
// after its kicker, to show the headline without the kicker.
const twinOpening = 5

// cutTwinOpening returns the headline without the kicker of two to five
// words that opens it, when another line opens with the headline's words
// that follow the kicker ("Kicker Words Title Goes On" beside "Title Goes
// On Here"; a title tag or a teaser shows the headline without its
// kicker): the words after the kicker, or "". A headline that opens with
// an article, or a number before what would follow the kicker, opens
// with its own words ("The 16 Best ...").
func cutTwinOpening(head, twin string) string {
	f, g := strings.Fields(head), strings.Fields(twin)
	if len(g) < twinOpening || opensWithArticle(head) {
		// "The 16 Best ...": the headline's own first words.
		return ""
	}
	for k := 2; k <= 5 && len(f)-k >= twinOpening; k++ {
		if r, _ := utf8.DecodeRuneInString(f[k]); !unicode.IsUpper(r) || isNumber(strings.Trim(f[k-1], ",.:")) {
			continue
		}
		if slices.Equal(f[k:k+twinOpening], g[:twinOpening]) {
			return strings.Join(f[k:], " ")
		}
	}
	return ""
}

// isBreadcrumb reports whether s is a breadcrumb trail: "Home > News >
// World", "首页 > 新闻 > 正文".
func isBreadcrumb(s string) bool {
	return strings.Count(s, " > ") >= 2 || strings.Count(s, " » ") >= 2 || strings.Count(s, " › ") >= 2
}
