package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the bylines of a story's head in the forms pages print
// them beyond parseCreditLine's: a label and a colon ("Von: Jane Roe",
// "Autor: Jane Roe und John Doe"), the kind of piece before the word "by"
// ("Kommentar von Jane Roe", "Analysis by Jane Roe"), names with a job
// title and no comma ("Jane Roe Redakteurin"), names joined by pipes or
// conjunctions ("Jane Roe | John Doe"), and a label alone on the line above
// the names ("von" / "Jane Roe"), as a browser's text dump shows an inline
// label and a link. parseCreditLine stays as the learned scorers know it
// (isMetaLine); these forms are read only where the head is read.

// bylineLabels introduce a story's writers, before a colon ("Autor: ...")
// or alone on the line above their names ("von", "Author of the article:").
var bylineLabels = setOf("by", "von", "par", "por", "door", "di", "av", "af", "autor", "autorin", "autoren",
	"autorinnen", "autorin/autor", "autor/autorin", "author", "authors", "text", "texte", "texto", "testo",
	"tekst", "written by", "words by", "story by", "author of the article", "auteur", "auteurs", "autore",
	"autori", "forfatter", "författare", "skribent", "yazar", "reporter", "reporters")

// bylineWords open a byline followed by a space, as byWords do, in the
// languages byWords leave out: "di Jane Roe", "av Jane Roe".
var bylineWords = []string{"di", "av", "af", "autorin/autor", "autor/autorin"}

// pieceKinds name the kind of piece before "by" in a byline: "Kommentar
// von Jane Roe", "Eine Analyse von Jane Roe", "Opinion by Jane Roe".
var pieceKinds = setOf("kommentar", "gastkommentar", "analyse", "kolumne", "gastbeitrag", "essay", "glosse",
	"interview", "reportage", "rezension", "kritik", "meinung", "leitartikel", "commentary", "analysis",
	"opinion", "column", "review", "editorial", "chronique", "tribune", "éditorial", "analisis", "análisis",
	"opinión", "columna", "crónica", "commento", "analisi", "editoriale", "rubrica", "kommentaar", "analyse:",
	"commentaar", "recensie", "kronikk", "kommentar:", "felieton", "komentarz")

// pieceArticles may open a pieceKinds phrase: "Ein Kommentar von".
var pieceArticles = setOf("ein", "eine", "a", "an", "une", "un", "una", "uno", "een")

// headJobWords end a job title beside a name in the languages jobWords
// leave out: "Jane Roe Redakteurin", "Jane Roe (Enviada especial)".
var headJobWords = setOf("redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin",
	"journalistin", "autorin", "redaktor", "redaktorin", "redaktør", "journalist", "journaliste",
	"rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé", "envoyée", "periodista",
	"corresponsal", "redactor", "redactora", "enviado", "enviada", "especial", "giornalista", "inviato",
	"inviata", "corrispondente", "redattore", "redattrice", "redacteur", "verslaggever", "correspondente",
	"volontär", "volontärin", "chefredakteur", "chefredakteurin", "ressortleiter", "ressortleiterin",
	"reporter", "editor", "editorin", "fotograf", "fotografin", "director", "directora", "directeur",
	"directrice", "direttore", "direktor", "direktorin", "leiter", "leiterin", "head", "manager", "host",
	"anchor", "presenter", "moderator", "moderatorin", "kolumnist", "kolumnistin", "kommentator", "blogger",
	"expert", "specialist", "consultant", "strategist", "coach", "officer", "founder", "co-founder", "ceo",
	"cto", "cfo", "president", "professor", "scientist", "engineer", "developer", "designer", "clinician",
	"gardener", "nutritionist", "dietitian", "doctor", "lawyer", "attorney", "advisor", "adviser", "partner",
	"lead", "owner", "student", "teacher", "librarian", "officer", "assistant", "associate")

// headOrgWords name an organization in a line of names, beside orgWords:
// "Jane Roe, Example University".
var headOrgWords = setOf("university", "universität", "université", "universidad", "università", "college",
	"institute", "institut", "instituto", "school", "hospital", "foundation", "stiftung", "company", "council",
	"ministry", "ministerium", "department", "association", "verband", "society", "club", "center", "centre")

// hasHeadOrgWord reports whether s holds a word of headOrgWords.
func hasHeadOrgWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if headOrgWords[strings.Trim(w, ".,()")] {
			return true
		}
	}
	return false
}

// cutTrailingMonth removes a month's name, or a date label glued to the
// last name, from the end of a name: "Jane Roe December", "JANE
// ROEPUBLISHED".
func cutTrailingMonth(s string) string {
	f := strings.Fields(s)
	if len(f) < 3 {
		if len(f) == 2 {
			f[1] = cutGluedDateWord(f[1])
			return strings.Join(f, " ")
		}
		return s
	}
	if _, ok := monthNames[strings.ToLower(strings.Trim(f[len(f)-1], "."))]; ok {
		return strings.Join(f[:len(f)-1], " ")
	}
	f[len(f)-1] = cutGluedDateWord(f[len(f)-1])
	return strings.Join(f, " ")
}

// cutGluedDateWord cuts a date's label off the end of a word it was glued
// to: "ROEPUBLISHED" gives "ROE".
func cutGluedDateWord(w string) string {
	l := strings.ToLower(w)
	for _, d := range []string{"published", "updated", "posted", "veröffentlicht", "aktualisiert", "publicado", "publié"} {
		if len(l) > len(d)+1 && strings.HasSuffix(l, d) {
			return w[:len(w)-len(d)]
		}
	}
	return w
}

// cutBylineLabel returns what follows a byline label at the start of s:
// a label and a colon ("Von: Jane Roe", "Author of the article: Jane
// Roe"), a byline word ("di Jane Roe"), or the kind of piece and "by"
// ("Kommentar von Jane Roe"). It reports false when s opens with none.
func cutBylineLabel(s string) (string, bool) {
	l := strings.ToLower(s)
	// "ByJane Roe": the label glued to the name.
	if len(s) > 4 && strings.EqualFold(s[:2], "by") && isUpperASCII(s[2]) && isLowerASCII(s[3]) {
		return s[2:], true
	}
	if i := strings.IndexAny(s, ":："); i > 0 && i <= 30 {
		if bylineLabels[strings.ToLower(strings.TrimSpace(s[:i]))] {
			_, size := utf8.DecodeRuneInString(s[i:])
			return strings.TrimSpace(s[i+size:]), true
		}
	}
	for _, ws := range [][]string{byWords, bylineWords} {
		for _, w := range ws {
			if w != "from" && w != "via" && len(l) > len(w)+1 && strings.HasPrefix(l, w) && l[len(w)] == ' ' {
				return strings.TrimSpace(s[len(w)+1:]), true
			}
		}
	}
	// "Kommentar von", "Ein Kommentar von", "Analysis by".
	f := strings.Fields(s)
	k := 0
	if len(f) > 0 && pieceArticles[strings.ToLower(f[0])] {
		k++
	}
	if len(f) > k+2 && pieceKinds[strings.ToLower(f[k])] && isByWord(f[k+1]) {
		return strings.Join(f[k+2:], " "), true
	}
	return "", false
}

// isByWord reports whether w is a word that says "by" in a byline.
func isByWord(w string) bool {
	w = strings.ToLower(w)
	for _, b := range byWords {
		if b == w && !strings.Contains(b, " ") {
			return b != "from" && b != "via"
		}
	}
	return w == "di" || w == "av" || w == "af"
}

// opensWithBylineLabel reports whether s opens with a label or a word
// that says "by" before a byline: "By Jane Roe", or names alone after a
// label in any language ("Von Jane Roe", "di Jane Roe", "Autor: Jane
// Roe"). Such a line above a picture's credit is the story's byline, not
// the picture's caption; "Von links: Jane Roe" is the caption.
func opensWithBylineLabel(s string) bool {
	if hasByWord(s) {
		return true
	}
	rest, ok := cutBylineLabel(s)
	return ok && !strings.ContainsAny(rest, ":：") && len(bylineNames(rest, true)) > 0
}

// isTimedByline reports whether s is a byline beside the story's date or
// reading time, "Jane Roe 2 minutes read", "Jane Roe | May 12, 2024",
// though the reading time's words made it look like a site's label.
func isTimedByline(s string) bool {
	ml, ok := readHeadLine(s)
	if !ok || len(ml.credit.people) == 0 {
		return false
	}
	if ml.date.ok {
		return true
	}
	for _, part := range splitMetaParts(spacePipes(s)) {
		if _, timed := cutTrailingReadingTime(part); timed || isReadingTime(part) {
			return true
		}
	}
	return false
}

// isBylineLabel reports whether a line is a byline label alone: "von",
// "By", "Author of the article:", "Kommentar von".
func isBylineLabel(s string) bool {
	l := strings.TrimSpace(strings.TrimRight(strings.ToLower(s), ":： "))
	if bylineLabels[l] {
		return true
	}
	f := strings.Fields(l)
	if len(f) > 0 && pieceArticles[f[0]] {
		f = f[1:]
	}
	return len(f) == 2 && pieceKinds[f[0]] && isByWord(f[1])
}

// headByline reads a line of a story's head as a byline in one of the
// forms parseCreditLine leaves out, and returns the people it names: a
// label before the names (see cutBylineLabel) gives labelled; without
// one, the line must be names and nothing else ("Jane Roe | John Doe",
// "Jane Roe Redakteurin"), which only a line's place in the head tells
// from a label.
func headByline(s string) (people []string, labelled bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxMetaLine {
		return nil, false
	}
	if p := koreanReporters(s); len(p) > 0 {
		return p, true
	}
	if rest, ok := cutBylineLabel(s); ok {
		if _, ok := cutBylineLabel(rest); ok {
			return nil, false
		}
		return bylineNames(rest, true), true
	}
	return bylineNames(s, false), false
}

// bylineSeparators are the marks between a byline's names that bylineNames
// reads as its pipe. (A Replacer is safe for concurrent use.)
var bylineSeparators = strings.NewReplacer(" · ", " | ", " • ", " | ", " / ", " | ", " – ", " | ", " — ", " | ")

// bylineNames returns the people named by s, a list of names joined by
// commas, pipes, middle dots or conjunctions, each perhaps with a job title
// after it ("Jane Roe, Redakteurin", "Jane Roe (Enviada especial)") and
// a place at the end ("Jane Roe und John Doe, Nairobi"); or nil when some
// part is no name, title or place. Labelled is set when a label ("By",
// "Von") opened the line.
func bylineNames(s string, labelled bool) []string {
	s = strings.TrimRight(strings.TrimSpace(s), ",;:")
	if isSpacedHanName(s) {
		return []string{s}
	}
	// A job title in brackets at the end: "Jane Roe (Enviada especial)".
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 && isHeadJobTitle(s[i+1:len(s)-1]) {
			s = strings.TrimSpace(s[:i])
		}
	}
	s = bylineSeparators.Replace(s)
	if names := strings.Split(s, "/"); len(names) > 1 && !strings.Contains(s, " | ") {
		// "Jane Roe/John Doe": two writers; a slash before an agency
		// or with anything else beside it credits a picture.
		for _, n := range names {
			if !isPersonName(n) || opensWithArticle(n) {
				return nil
			}
		}
		return names
	}
	var people []string
	parts := splitCreditParts(s)
	for k, p := range parts {
		// A footnote's mark after a name: "Jane Roe1", "Jane Roe*".
		p = strings.TrimRight(strings.Trim(p, " .,;"), "0123456789*†")
		p = cutGluedTitle(p)
		p = cutForOutlet(p)
		if len(people) > 0 && isHeadJobTitle(p) {
			// "Jane Roe, AP National Security Writer".
			continue
		}
		if name, ok := nameBeforeJob(p, labelled); ok {
			people = append(people, name)
			continue
		}
		if len(parts) == 1 {
			// The switch below for a line of one part, which names a
			// person only as a name that is no job title, group,
			// outlet, agency or place: the name, the cheapest reading,
			// is read first.
			if p == "" {
				return nil
			}
			q := cutTrailingMonth(p)
			if !isPersonName(q) || hasPieceWord(q) || opensWithArticle(q) || isHeadJobTitle(p) ||
				isOrgName(p) || isOutletName(p) || isAgencyOnly(p) || hasHeadOrgWord(p) || isPlaceName(p) {
				return nil
			}
			people = append(people, q)
			continue
		}
		switch {
		case p == "":
		case isHeadJobTitle(p):
			// A job title beside the names, or alone on its line.
			if len(people) == 0 && len(parts) == 1 {
				return nil
			}
		case isOrgName(p) || isOutletName(p) || isAgencyOnly(p) || hasHeadOrgWord(p) || isPlaceName(p):
			// The site's or an agency's name beside the writers, or the
			// place they wrote from.
		default:
			if p = cutTrailingMonth(p); isPersonName(p) && !hasPieceWord(p) && !opensWithArticle(p) {
				people = append(people, p)
				continue
			}
			// The place the writers filed from, last: "..., Nairobi".
			if k == len(parts)-1 && len(people) > 0 && (isPlaceName(p) || singleCapitalWord(p)) {
				continue
			}
			return nil
		}
	}
	if len(people) == 0 {
		return nil
	}
	return dropAcronymNames(people)
}

// dropAcronymNames drops from a list of writers a name that opens with an
// acronym of up to three capitals beside names written in mixed case: a
// broadcaster's name with its region ("Jane Roe, XYZ NORTH").
func dropAcronymNames(people []string) []string {
	mixed := false
	for _, p := range people {
		mixed = mixed || strings.ToUpper(p) != p
	}
	if !mixed {
		return people
	}
	out := people[:0:0]
	for _, p := range people {
		first, _, _ := strings.Cut(p, " ")
		if n := len([]rune(first)); n >= 2 && n <= 3 && strings.ToUpper(first) == first && strings.ToUpper(p) == p {
			continue
		}
		out = append(out, p)
	}
	return out
}

// hasPieceWord reports whether a name-shaped s holds a word no name has:
// the kind of piece or a byline label ("Kommentar von Jane Roe").
func hasPieceWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,:")
		if pieceKinds[w] || bylineLabels[w] && w != "di" && w != "von" && w != "af" || datedWords[w] {
			return true
		}
	}
	return false
}

// datedWords are the words of a date line that a name-shaped pair of words
// may hold ("Actualizado Lunes"): no one's name has them.
var datedWords = setOf("updated", "published", "posted", "actualizado", "publicado", "aktualisiert",
	"veröffentlicht", "publiziert", "erstellt", "stand", "mis", "publié", "aggiornato", "pubblicato",
	"oppdatert", "publisert", "bijgewerkt", "gepubliceerd", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
	"sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunedì", "martedì", "mercoledì", "giovedì",
	"venerdì", "sabato", "domenica")

// singleCapitalWord reports whether s is one capitalized word of letters.
func singleCapitalWord(s string) bool {
	if strings.ContainsAny(s, " ") {
		return false
	}
	for i, r := range s {
		if i == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return s != ""
}

// nameBeforeJob splits a job title off a name that has no comma before it:
// "Jane Roe Redakteurin", "Jane Roe Landespolitische Korrespondentin".
// Without a label before the line (labelled false), a line that reads
// as a heading ending in a group's name is none (see groupHeading).
func nameBeforeJob(s string, labelled bool) (string, bool) {
	f := strings.Fields(s)
	for k := 2; k <= 4 && k < len(f); k++ {
		// The job title is read first, the name and the heading only
		// for a line that ends with one: most lines do not.
		if !isHeadJobTitle(strings.Join(f[k:], " ")) {
			continue
		}
		name := strings.Join(f[:k], " ")
		if !isPersonName(name) || hasPieceWord(name) {
			continue
		}
		if !labelled && groupHeading(s) {
			return "", false
		}
		return name, true
	}
	return "", false
}

// isHeadJobTitle reports whether s is a job title of up to four words,
// its last word (or the last part of a hyphenated one, "Online-Redakteurin")
// a job word in any of the languages jobWords and headJobWords hold; or
// of up to eight words that open with a job word ("Journalist in Paris").
func isHeadJobTitle(s string) bool {
	_, ok := headJobWord(s)
	return ok
}

// headJobWord returns the job word, in lower case, that makes s a job
// title as isHeadJobTitle reads one: its last word, or else its first.
func headJobWord(s string) (string, bool) {
	// The words of s in lower case are its words put in lower case: no
	// space has a case and no letter's lower case is a space.
	first, last, n := edgeFields(s, 8)
	if n == 0 || n > 8 {
		return "", false
	}
	job := func(w string) string {
		w = strings.Trim(strings.ToLower(w), ".,()")
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:]
		}
		return w
	}
	if n <= 4 {
		if w := job(last); jobWords[w] || headJobWords[w] {
			return w, true
		}
	}
	if w := job(first); jobWords[w] || headJobWords[w] {
		return w, true
	}
	return "", false
}

// refineByline removes job titles that parseCreditLine left inside the
// names of a byline: "Von Jane Roe Redakteurin" names "Jane Roe".
// Labelled is set when "By" or its like opened the line (see
// nameBeforeJob).
func refineByline(people []string, labelled bool) []string {
	var out []string
	for _, p := range people {
		p = cutGluedTitle(p)
		if name, ok := nameBeforeJob(p, labelled); ok {
			p = name
		}
		if !hasPieceWord(p) && !opensWithArticle(p) {
			out = append(out, p)
		}
	}
	return dropAcronymNames(out)
}

// opensWithArticle reports whether s opens with a definite article, as
// the names of newspapers and places do ("The Example Times", "Los
// Gallardos") and people's names do not.
func opensWithArticle(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(first) {
	case "the", "der", "die", "das", "het", "il", "les", "los", "las", "el", "lo", "gli", "a", "an", "our", "your",
		"my", "no", "this", "how", "why", "what":
		return true
	}
	return false
}

// cutGluedTitle cuts off what a scraper glued to the last name of s: a
// job title or a network's name with no space before it ("Jane RoeTravel
// Reporter", "Jane RoeTwitter"). A capital inside the first four letters
// of a word is a name's own ("McDonald", "DeSantis").
func cutGluedTitle(s string) string {
	f := strings.Fields(s)
	for k := 1; k < len(f); k++ {
		w := []rune(f[k])
		for i := 4; i < len(w); i++ {
			if !unicode.IsUpper(w[i]) || !unicode.IsLower(w[i-1]) {
				continue
			}
			rest := strings.TrimSpace(string(w[i:]) + " " + strings.Join(f[k+1:], " "))
			if _, month := monthNames[strings.ToLower(string(w[i:]))]; month || isHeadJobTitle(rest) ||
				socialNames[strings.ToLower(rest)] {
				return strings.Join(append(f[:k:k], string(w[:i])), " ")
			}
		}
	}
	return s
}

// socialNames are the networks a byline links its writer's account on.
var socialNames = setOf("twitter", "x", "facebook", "instagram", "linkedin", "bluesky", "mastodon", "threads",
	"email", "e-mail", "tiktok")

// groupJobWords are the job words that name a group or what it puts out,
// not one person's post: "Staff", "Desk", "Wire Services".
var groupJobWords = setOf("service", "services", "report", "reports", "wire", "wires", "desk", "team", "staff",
	"bureau")

// maxGroupByline is the most words of a line without a label that names a
// writer and the group they write for: a name of two words and a desk of
// one or two ("Jane Roe Sports Desk"), or a name of three and the group
// word alone.
const maxGroupByline = 4

// groupHeading reports whether s, a line of a story's head without a
// label, reads as a heading of common nouns rather than a name and the
// group its writer works for: a job title whose job word names a group
// (see headJobWord and groupJobWords) ends it after the second word, no
// comma or conjunction parts it, and it runs past maxGroupByline words
// ("Understanding Payment Fraud Protection Services", "Best Home Security
// Services of 2026"). So many capitalized words before a group's name
// are a heading's: they leave a name to be read only by guessing where
// it stops.
func groupHeading(s string) bool {
	f := strings.Fields(s)
	if len(f) <= maxGroupByline || len(splitCreditParts(s)) != 1 {
		// A comma or a conjunction parts a name from what follows:
		// "Jane Roe, on behalf of the Example team".
		return false
	}
	// headJobWord reads a title of at most 8 words: only the line's last 8
	// can start one, so the walk stays linear on a long line.
	for k := max(2, len(f)-8); k < len(f); k++ {
		if w, ok := headJobWord(strings.Join(f[k:], " ")); ok && groupJobWords[w] {
			return true
		}
	}
	return false
}

// phraseCredit reports whether ml, what readHeadLine read of the line s,
// names people only as a phrase of the story's own words does: no label,
// no agency and no date or time (no digit at all) vouch for the names,
// and plausibleNames (which names alone on a line must pass) drops one
// ("Dedicated Development Team" over a story about development).
func phraseCredit(s string, ml metaLine, words *storyWordSet) bool {
	c := ml.credit
	return len(c.people) > 0 && !c.by && len(c.agencies) == 0 && !c.vague && !ml.date.ok && !hasDigit(s) &&
		len(plausibleNames(c.people, words)) < len(c.people)
}

// readHeadLine reads a line of a story's head as readMetaLine does, and
// the bylines headByline reads too, alone with a label or beside a date or
// a reading time: "Von: Jane Roe", "Jane Roe | 3 min read", "Jane Roe 4
// Febbraio 2025 - 14:41", "Jane Roe · Example News · Posted: Aug 8, 2024",
// "Jane Roe12.05.2024, 10:00 Uhr". A byline parseCreditLine reads keeps
// its names, less the job titles glued to them.
func readHeadLine(s string) (metaLine, bool) {
	return readHeadLineWith(nil, s)
}

// readHeadLineWith is readHeadLine reading its lines' parts through lr.
func readHeadLineWith(lr *lineReads, s string) (metaLine, bool) {
	ml, ok := lr.metaLine(s)
	if ok && len(ml.credit.people) > 0 && !ml.credit.by && len(ml.credit.agencies) == 0 && groupHeading(ml.creditText) {
		// "Understanding Payment Fraud Protection Services": a heading, not
		// a name and its desk; the line counts only for its date.
		if ok = ml.date.ok; ok {
			ml.creditText, ml.credit = "", credit{}
		} else {
			ml = metaLine{}
		}
	}
	if ok && len(ml.credit.people) > 0 {
		if _, src := cutSourceLabel(s); src && !hasByWord(s) {
			// "Source: Example Project" credits a chart or a
			// picture, not the story's writers.
			ml.credit.people = nil
		} else if p, _ := lr.byline(ml.creditText); len(p) >= len(ml.credit.people) {
			// The more careful reading: "Jane Roe Parliamentary
			// editor" names Jane Roe.
			ml.credit.people = p
		} else {
			ml.credit.people = refineByline(ml.credit.people, ml.credit.by)
		}
	}
	if ok && (len(ml.credit.people) > 0 || len(ml.people) > 0 || ml.creditText != "") || len(s) > maxMetaLine {
		return ml, ok
	}
	var people []string
	labelled, timed := false, false
	var date dateText
	for _, part := range splitMetaParts(spacePipes(unglueDigits(s))) {
		if name, ok := cutTrailingRelative(part); ok {
			// "Jane Roe 7 hours": a name and how long ago it wrote.
			part, timed = name, true
		} else if name, ok := cutTrailingReadingTime(part); ok {
			// "Jane Roe 2 minutes read": a name and the story's
			// reading time, with no mark between them.
			part, timed = name, true
		}
		if p, lab := lr.byline(part); len(p) > 0 && (people == nil || !lab && !labelled) {
			// Names parted by pipes, each its own part: "Jane Roe |
			// John Doe | 8 May, 17:46".
			people, labelled = append(people, p...), lab
			continue
		}
		if d := parseDateFields(part); d.ok {
			if !date.ok {
				date = d
			}
			continue
		}
		if cr, d, found := dateTrail(part); found {
			if p, lab := lr.byline(cr); len(p) > 0 && people == nil {
				people, labelled = p, lab
				if !date.ok {
					date = d
				}
				continue
			}
		}
		if i := strings.LastIndex(part, ", "); i > 0 && people == nil {
			// The names after the date, past a comma: "Published May
			// 12, 2024, 10:00, Jane Roe".
			t, found := findDate(part[:i])
			if p, lab := lr.byline(part[i+2:]); found && len(p) > 0 && !lab && wordCount(part[:i]) <= 10 {
				people = p
				if !date.ok {
					date = dateText{t: t, ok: true}
				}
				continue
			}
		}
		if t, found := findDate(part); found && wordCount(part) <= 10 {
			// "Posted: Aug 8, 2024 4:00 AM EDT".
			if !date.ok {
				date = dateText{t: t, ok: true}
			}
			continue
		}
		if isReadingTime(part) || isRelativeDate(part) || date.ok && wordCount(part) <= 5 && hasDayAndMonth(part) || isDayMonthClock(part) {
			// A day and month without the year after a full date: a
			// later update's, cut short ("Last Updated: August 8").
			timed = true
			continue
		}
		if isOutletName(part) || isOrgName(part) || isPlaceName(part) || wordCount(part) <= 3 && !featuresOf(part).prose {
			continue
		}
		return ml, ok
	}
	if people == nil || !labelled && !date.ok && !timed {
		return ml, ok
	}
	if !ml.date.ok {
		ml.date = date
	}
	ml.creditText, ml.credit = s, credit{people: people, by: labelled}
	return ml, true
}

// unglueDigits puts a space between a letter and the digit that a scraper
// ran into it: "Jane Roe24.04.2024" gives "Jane Roe 24.04.2024".
func unglueDigits(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsLetter(prev) && !isCJK(prev) && unicode.IsDigit(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// minuteWords name minutes, as a story's reading time gives them.
var minuteWords = setOf("min", "min.", "mins", "minute", "minutes", "minuten", "minuti", "minutos", "minutter",
	"minuter", "minut", "minuty", "minuut", "dakika", "perc", "minuto")

// isReadingTime reports whether s gives a story's reading time: "3 min
// read", "Lesedauer: 4 Min.", "5 minutes de lecture".
func isReadingTime(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for k := 0; k+1 < len(f); k++ {
		if isNumber(strings.TrimSuffix(f[k], "-")) && minuteWords[strings.Trim(f[k+1], ",:")] {
			return true
		}
	}
	return false
}

// maxBylineAfter is how many lines after the body's first paragraph
// scanByline reads: a page may print its byline below a summary that
// the body scorer took for the story's first paragraph.
const maxBylineAfter = 9

// scanByline finds the byline of a head where the walk up from the body
// found none, from the headline at (or 16 lines above the body when no
// headline was found) down to the body at start, and on a few lines after
// the body's first paragraph up to its second. It reads, in that order of
// lines: a label alone above lines of names ("von" / "Jane Roe"), a line
// readHeadLine reads as a byline, and names alone on a line next to a
// date line ("Jane Roe" above or below "12.05.2024, 10:00"). The lines it
// takes become the head's. It returns the people, or nil, and whether a
// label or "by" introduced them. With labelledOnly, it takes no names
// that none introduces.
// It reads the lines through lr (see lineReads), which may be nil.
func scanByline(ss []slot, at, start int, labelledOnly bool, words *storyWordSet, lr *lineReads) ([]string, bool) {
	lo := max(0, start-16)
	if at >= 0 {
		lo = at + 1
	}
	hi := start + 1
	for n := 0; hi < len(ss) && n < maxBylineAfter; hi++ {
		if ss[hi].role == roleJunk {
			continue
		}
		if ss[hi].f.prose && ss[hi].role == roleUnknown && !isDateLine(ss[hi].text) && !captionAbove(ss, hi) {
			break
		}
		n++
	}
	for i := lo; i < hi; i++ {
		s := &ss[i]
		if i != start && s.role != roleJunk && s.role != roleCaption {
			// (A caption is read below, for a byline that opens it.)
			if p := bylineAfterLabels(s.text); len(p) > 0 {
				s.role = roleMeta
				return p, true
			}
		}
		if i == start || s.role == roleJunk || s.f.prose && !isDateLine(s.text) {
			continue
		}
		if s.role == roleTeaser {
			// A line of names alone beside the story's date is its
			// byline, though the date below it looked like a teaser's
			// blurb ("Jane Roe" / "Published May 12, 2024").
			if p, labelled := lr.byline(s.text); !labelledOnly && len(p) > 0 && !labelled &&
				len(plausibleNames(p, words)) == len(p) && isDateLine(nextLiveText(ss, i, hi)) {
				s.role = roleMeta
				return p, false
			}
			continue
		}
		if isBylineLabel(s.text) {
			var people []string
			j := i + 1
			for ; j < hi; j++ {
				if ss[j].role == roleJunk {
					continue
				}
				p, labelled := lr.byline(ss[j].text)
				if labelled || len(p) == 0 || j == start || len(plausibleNames(p, words)) < len(p) {
					break
				}
				people = append(people, p...)
			}
			if len(people) > 0 {
				for k := i; k < j; k++ {
					ss[k].role = roleMeta
				}
				return people, true
			}
			continue
		}
		if s.role == roleChrome && !isTimedByline(s.text) || s.role == roleCaption && !opensWithBylineLabel(s.text) {
			continue
		}
		if ml, ok := lr.headLine(s.text); ok && len(ml.credit.people) > 0 && !isPhotoCredit(s.text) &&
			(ml.credit.by || !labelledOnly) && !phraseCredit(s.text, ml, words) {
			s.role = roleMeta
			return ml.credit.people, ml.credit.by
		}
		if p, labelled := lr.byline(s.text); !labelledOnly && len(p) > 0 && !labelled && s.role != roleCaption &&
			len(plausibleNames(p, words)) == len(p) && (dateNear(ss, i, lo, hi) || shareBelow(ss, i)) && !betweenCopies(ss, i) {
			s.role = roleMeta
			return p, false
		}
	}
	return nil, false
}

// shareWords label a story's buttons to share it, which many pages set
// right below the byline.
var shareWords = setOf("share", "teilen", "partager", "compartir", "condividi", "dela", "del", "delen", "udostępnij")

// shareBelow reports whether the line right after i, not counting junk,
// is the label of the story's share buttons ("Jane Roe" / "Share").
func shareBelow(ss []slot, i int) bool {
	t := strings.ToLower(strings.TrimRight(nextLiveText(ss, i, len(ss)), ":"))
	return shareWords[t]
}

// bylineAfterLabels returns the people of a meta line that the story's
// sections open, pipes between them and the date and byline ("National,
// News | Published: May 12, 2024 | Written by Jane Roe"): readHeadLine
// reads the parts from the first that gives the date on (a day or a time
// ago), which must name people after a word that says "by". It returns
// nil for any other line.
func bylineAfterLabels(s string) []string {
	if len(s) > maxMetaLine || !strings.Contains(s, " | ") {
		return nil
	}
	// prev is a part, and rest the line after it; part opens rest.
	prev, rest, _ := strings.Cut(s, " | ")
	for {
		if _, ok := findDate(prev); ok {
			return nil
		}
		part, next, more := strings.Cut(rest, " | ")
		if ml, ok := readHeadLine(rest); ok {
			if (ml.date.ok || isDateLine(part)) && ml.credit.by && len(ml.credit.people) > 0 {
				return ml.credit.people
			}
			return nil
		}
		if !more {
			return nil
		}
		prev, rest = part, next
	}
}

// bylineInBodyHead finds a byline among the first lines the body scorer
// took for the story, where a teaser or the standfirst above made it
// start too early: a labelled byline right above the story's full date
// line ("Von Jane Roe" / "19.10.2025"), or names alone right above the
// headline printed again, as a box of the writer's name and the story's
// title (a player's) sets them ("Jane Roe" / the headline). It returns
// the people, or nil; the lines it takes become the head's.
func bylineInBodyHead(ss []slot, start int, headline string, words *storyWordSet) []string {
	for i := start; i < len(ss) && i < start+12; i++ {
		s := &ss[i]
		if s.role == roleJunk || s.role == roleTeaser || s.role == roleCaption || s.f.prose {
			continue
		}
		p, labelled := headByline(s.text)
		if len(p) == 0 || len(plausibleNames(p, words)) < len(p) {
			continue
		}
		next := i + 1
		for next < len(ss) && ss[next].role == roleJunk {
			next++
		}
		if next == len(ss) {
			break
		}
		if labelled && isFullDateLine(ss[next].text) {
			s.role = roleMeta
			return p
		}
		if !labelled && headline != "" && strings.EqualFold(ss[next].text, headline) {
			s.role = roleMeta
			ss[next].role = roleMeta
			return p
		}
	}
	return nil
}

// maxBylineAbove is how many lines above the body bylineFarAbove reads.
const maxBylineAbove = 80

// bylineFarAbove finds the byline of a head that a long box stands
// between and the body (a paywall's offer, a list of links), beyond the
// lines scanByline reads: names that a label introduces, on their line
// or alone above it ("By Jane Roe", "Author of the article:" / "Jane
// Roe"), right above the story's date line ("Published May 12, 2024").
// Walking up from the line above hi to maxBylineAbove lines above the
// body at start, it reads only lines no rule gave a role, and returns the
// people of the first such byline, or nil. The lines it takes become the
// head's.
// It reads the lines through lr (see lineReads), which may be nil.
func bylineFarAbove(ss []slot, hi, start int, words *storyWordSet, lr *lineReads) []string {
	for i := min(hi, len(ss)) - 1; i >= max(0, start-maxBylineAbove); i-- {
		s := &ss[i]
		if s.role != roleUnknown || s.f.prose {
			continue
		}
		// The names first: most lines are none, and reading them costs
		// less than reading the line below for a date.
		p, labelled := lr.byline(s.text)
		if len(p) == 0 || !isFullDateLine(nextLiveText(ss, i, start)) || len(plausibleNames(p, words)) < len(p) {
			continue
		}
		label := -1
		if !labelled {
			label = prevLive(ss, i-1)
			if label < 0 || ss[label].role != roleUnknown || !isBylineLabel(ss[label].text) {
				continue
			}
		}
		if label >= 0 {
			ss[label].role = roleMeta
		}
		s.role = roleMeta
		return p
	}
	return nil
}

// isFullDateLine reports whether s is a date line that gives a day in
// full ("Published May 12, 2024"), not only a time or a word ("Today",
// "2 hours ago") that a list of stories prints under each title.
func isFullDateLine(s string) bool {
	// isDateLine, less what cannot hold a full date, reading s once.
	if len(s) > 120 || wordCount(s) > 14 {
		return false
	}
	if ml, ok := readHeadLine(s); ok && ml.date.ok {
		return true
	}
	_, ok := findDate(s)
	return ok
}

// captionAbove reports whether the prose line at i is a picture's
// caption: the next live line names the picture's source ("Foto: Jane
// Roe", "(Bild: Example Images)").
func captionAbove(ss []slot, i int) bool {
	t := nextLiveText(ss, i, min(len(ss), i+3))
	return t != "" && wordCount(t) <= 16 && (isPhotoCredit(t) || namesPicture(t))
}

// nextLiveText returns the text of the first line after i, before hi,
// that is not junk, or "".
func nextLiveText(ss []slot, i, hi int) string {
	for j := i + 1; j < hi && j < len(ss); j++ {
		if ss[j].role != roleJunk {
			return ss[j].text
		}
	}
	return ""
}

// bylineUnderHeadline returns the people of a byline that says "by" on
// the line right below the headline at, before the body at start: the
// story's own, though the walk up from the body met first another byline
// nearer the body, a related story's in a box between the head and the
// story ("di Jane Roe" under the headline, "di John Doe" above the body).
// Failing that, it returns the names of the first line below the headline
// that gives them beside a date, the story's byline and date line, over
// names the walk met first in a box of ads or links above the body.
// It reads the lines through lr (see lineReads), which may be nil.
func bylineUnderHeadline(ss []slot, at, start int, lr *lineReads) []string {
	if at < 0 {
		return nil
	}
	j := nextLive(ss, at+1)
	if j < 0 || j >= start || ss[j].role == roleCaption || ss[j].role == roleTeaser {
		return nil
	}
	if ml, ok := lr.headLine(ss[j].text); ok && ml.credit.by && !isPhotoCredit(ss[j].text) {
		return ml.credit.people
	}
	// Else the first line below the headline that gives names beside
	// the story's date: "Published May 12, 2024, Jane Roe".
	for ; j < start; j++ {
		if ss[j].role == roleJunk || ss[j].role == roleChrome || ss[j].role == roleCaption || ss[j].role == roleTeaser {
			continue
		}
		if ml, ok := lr.headLine(ss[j].text); ok && len(ml.credit.people) > 0 && ml.date.ok && !isPhotoCredit(ss[j].text) {
			return ml.credit.people
		}
	}
	return nil
}

// sharesName reports whether a and b name a person in common.
func sharesName(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

// dateNear reports whether one of the two lines before or after line i,
// within lo and hi and not counting junk and chrome, is a date line.
func dateNear(ss []slot, i, lo, hi int) bool {
	for _, step := range []int{-1, 1} {
		for j, n := i+step, 0; j >= lo && j < hi && n < 2; j += step {
			if ss[j].role == roleJunk || ss[j].role == roleChrome || ss[j].role == roleCaption {
				continue
			}
			n++
			if isDateLine(ss[j].text) {
				return true
			}
			if ss[j].f.prose {
				break
			}
		}
	}
	return false
}

// isDateLine reports whether a short line of a story's head gives its
// date, in full or in part: "12.05.2024, 10:00", "Posted: May 12, 2024",
// "vor 3 Stunden", "Uppdaterad 15.59 | Publicerad 14.14", "mandag 5. august
// kl. 14:47", "10:41".
func isDateLine(s string) bool {
	if len(s) > 120 || wordCount(s) > 14 {
		return false
	}
	if ml, ok := readHeadLine(s); ok && ml.date.ok {
		return true
	}
	return isDateLineRest(s)
}

// isHeadMeta reports whether the head's readers read s as a byline,
// credit or date line, in any of their forms: readHeadLine reads it,
// isDateLine, isBylineLabel or headByline does. It reads the line once
// with readHeadLine, which isDateLine would read again.
func isHeadMeta(s string) bool {
	return isHeadMetaWith(nil, s)
}

// isHeadMetaWith is isHeadMeta reading s through lr.
func isHeadMetaWith(lr *lineReads, s string) bool {
	if _, ok := lr.headLine(s); ok {
		return true
	}
	if len(s) <= 120 && wordCount(s) <= 14 && isDateLineRest(s) {
		return true
	}
	if isBylineLabel(s) {
		return true
	}
	p, _ := lr.byline(s)
	return len(p) > 0
}

// isDateLineRest is isDateLine past its reading of s with readHeadLine.
func isDateLineRest(s string) bool {
	if _, ok := findDate(s); ok {
		return true
	}
	if isRelativeDate(s) || isTimeStamp(s) || hasDayAndMonth(s) {
		return true
	}
	// Published and updated at times of day: "Publicerad 14.14".
	l := strings.ToLower(s)
	for _, ws := range [][]string{publishedWords, updatedWords} {
		for _, w := range ws {
			if strings.Contains(l, w) && clockAfter().MatchString(l) {
				return true
			}
		}
	}
	return false
}

// hasDayAndMonth reports whether s names a day of a month without its
// year: "5. august", "May 12".
func hasDayAndMonth(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	for k := 0; k+1 < len(f); k++ {
		a, b := strings.Trim(f[k], ".,"), strings.Trim(f[k+1], ".,")
		if _, ok := monthNames[b]; ok && isNumber(a) && len(a) <= 2 {
			return true
		}
		if _, ok := monthNames[a]; ok && isNumber(b) && len(b) <= 2 {
			return true
		}
	}
	return false
}

// isDayMonthClock reports whether s is a day and month with a clock time
// and no year, as a page prints this year's stories: "8 May, 17:46".
func isDayMonthClock(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 4 || !hasDayAndMonth(s) {
		return false
	}
	h, m, ok := strings.Cut(f[len(f)-1], ":")
	return ok && isNumber(h) && len(h) <= 2 && isNumber(m) && len(m) == 2
}

// spacePipes puts spaces around a pipe a page printed without them:
// "Jane Roe|Published 4 hours ago".
func spacePipes(s string) string {
	if !strings.Contains(s, "|") || strings.Contains(s, " | ") {
		return s
	}
	return strings.ReplaceAll(s, "|", " | ")
}

// cutTrailingRelative splits off the end of s how long ago a story was
// written, "7 hours" or "3 days ago", and returns what stands before it.
func cutTrailingRelative(s string) (string, bool) {
	f := strings.Fields(s)
	n := len(f)
	if n >= 1 && strings.EqualFold(f[n-1], "ago") {
		n--
	}
	if n < 3 || !isNumber(f[n-2]) {
		return "", false
	}
	switch strings.TrimSuffix(strings.ToLower(f[n-1]), "s") {
	case "second", "sec", "minute", "min", "hour", "hr", "day", "week", "month":
		return strings.Join(f[:n-2], " "), true
	}
	return "", false
}

// cutTrailingReadingTime splits a story's reading time off the end of s,
// "Jane Roe 2 minutes read" or "Jane Roe 4 Min. Lesezeit", and returns
// what stands before it: at least two words. The reading time opens with
// its number.
func cutTrailingReadingTime(s string) (string, bool) {
	f := strings.Fields(s)
	for k := len(f) - 2; k >= 2 && len(f)-k <= 4; k-- {
		if isNumber(f[k]) && isReadingTime(strings.Join(f[k:], " ")) {
			return strings.Join(f[:k], " "), true
		}
	}
	return "", false
}

// cutForOutlet removes the outlet a writer wrote for from a byline's name:
// "JANE ROE FOR EXAMPLE.COM", "Jane Roe for Example News".
func cutForOutlet(s string) string {
	f := strings.Fields(s)
	for k := 2; k < len(f)-1; k++ {
		if w := strings.ToLower(f[k]); w == "for" || w == "für" || w == "pour" || w == "para" || w == "per" {
			rest := strings.Join(f[k+1:], " ")
			if isOutletName(rest) || isOrgName(rest) || isAgencyOnly(rest) || isTitledName(rest) {
				return strings.Join(f[:k], " ")
			}
		}
	}
	return s
}

// relativeDates are the words of a date given relative to now, as the head
// of a fresh story shows it: "3 hours ago", "vor 3 Stunden", "heute um
// 12:19 Uhr", "hace 2 horas", "il y a 5 minutes".
var relativeDates = []string{" ago", "vor ", "heute", "gestern", "today", "yesterday", "hace ", "il y a ",
	"aujourd'hui", "hier à", "oggi", "ieri", "fa ", "i dag", "i går", "geleden", "vandaag", "gisteren",
	"dzisiaj", "wczoraj", "temu"}

// timeWords name the units of a relative date.
var timeWords = []string{"sec", "min", "hour", "hr", "stunde", "std", "tag", "hora", "heure", "ora", "uur",
	"time", "timer", "godz", "day", "jour", "día", "giorn", "dag", "week", "woche", "uhr", ":"}

// isRelativeDate reports whether a short line gives the story's date
// relative to now: "PUBLISHED 3 SECONDS AGO", "vor 3 Stunden", "Publiziert
// heute um 12:19 Uhr", "Online seit heute, 7.57 Uhr".
func isRelativeDate(s string) bool {
	if len(s) > 60 || wordCount(s) > 8 {
		return false
	}
	l := strings.ToLower(s)
	if isRelativeTime(l) {
		return true
	}
	rel := false
	for _, w := range relativeDates {
		if strings.Contains(l, w) {
			rel = true
			break
		}
	}
	if !rel || !hasDigit(l) && !strings.Contains(l, "heute") && !strings.Contains(l, "today") {
		return false
	}
	for _, w := range timeWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// extendByline adds to a byline the writers named on the lines right above
// and below it, where a page gives each writer a line of their own: all
// the lines of names under a label alone ("By" / "Jane Roe – Reporter" /
// "John Doe"), or else the lines around the byline's that name people in
// the same form, with a job title ("Jane Roe – Reporter" / "John Doe –
// Editor") or without ("Jane Roe" / "John Doe"). A byline that opens with a
// label or "by" names all its writers itself. The lines it takes become the
// head's.
// It reads the lines through lr (see lineReads), which may be nil.
func extendByline(ss []slot, people []string, at, start int, words *storyWordSet, lr *lineReads) []string {
	if len(people) == 0 {
		return people
	}
	lo := max(0, start-16)
	if at >= 0 {
		lo = at + 1
	}
	hi := min(len(ss), start+maxBylineAfter)
	// The line that holds the byline.
	first := strings.ToLower(people[0])
	by := -1
	for i := lo; i < hi; i++ {
		if ss[i].role == roleMeta && strings.Contains(strings.ToLower(ss[i].text), first) {
			by = i
			break
		}
	}
	if by < 0 {
		return people
	}
	if _, labelled := cutBylineLabel(ss[by].text); labelled || hasByWord(ss[by].text) {
		return people
	}
	// names returns the people line i names, and whether with a job title.
	names := func(i int) ([]string, bool) {
		s := &ss[i]
		if i == start || s.f.prose || s.role != roleUnknown && s.role != roleMeta {
			return nil, false
		}
		p, labelled := lr.byline(s.text)
		if labelled {
			return nil, false
		}
		if ml, ok := lr.headLine(s.text); ok && len(ml.credit.people) > 0 && !ml.credit.by {
			p = ml.credit.people
		}
		if len(plausibleNames(p, words)) < len(p) {
			return nil, false
		}
		return p, len(p) > 0 && !strings.EqualFold(strings.Join(p, " "), strings.TrimSpace(s.text))
	}
	_, titled := names(by)
	// The run of lines of names around the byline's, and a label above it.
	top, bottom := by, by
	for j := by - 1; j >= lo; j-- {
		if ss[j].role == roleJunk {
			continue
		}
		if p, _ := names(j); len(p) == 0 {
			break
		}
		top = j
	}
	for j := by + 1; j < hi; j++ {
		if ss[j].role == roleJunk {
			continue
		}
		if p, _ := names(j); len(p) == 0 {
			break
		}
		bottom = j
	}
	label := false
	for j := top - 1; j >= lo; j-- {
		if ss[j].role != roleJunk {
			label = isBylineLabel(ss[j].text)
			break
		}
	}
	var out []string
	seen := make(map[string]bool)
	for j := top; j <= bottom; j++ {
		p, t := names(j)
		if j != by && (len(p) == 0 || !label && t != titled) {
			if j < by {
				out = out[:0]
				continue
			}
			break
		}
		ss[j].role = roleMeta
		for _, n := range p {
			if !seen[strings.ToLower(n)] {
				seen[strings.ToLower(n)] = true
				out = append(out, n)
			}
		}
	}
	if len(out) == 0 {
		return people
	}
	return out
}

// storyWords returns the words the story's first paragraphs use in lower
// case: the words of the page's language. A line of capitalized words made
// of them is a phrase ("Healthy Eating Tips"), not a person's name. The
// paragraphs are chosen now; their words are read when first asked for.
func storyWords(ss []slot, start int) *storyWordSet {
	w := &storyWordSet{ss: ss}
	for i := start; i >= 0 && i < len(ss) && w.n < len(w.paras); i++ {
		if !ss[i].f.prose || ss[i].role != roleUnknown {
			continue
		}
		w.paras[w.n] = int32(i)
		w.n++
	}
	return w
}

// A storyWordSet is the lower-case words of up to 40 paragraphs.
type storyWordSet struct {
	ss    []slot
	paras [40]int32
	n     int
	m     map[string]bool // nil until first asked
}

// has reports whether the paragraphs use w.
func (sw *storyWordSet) has(w string) bool {
	if sw.m == nil {
		sw.m = make(map[string]bool)
		for _, i := range sw.paras[:sw.n] {
			for f := range strings.FieldsSeq(sw.ss[i].text) {
				if strings.Contains(f, "@") || strings.Contains(f, "://") || strings.HasPrefix(f, "www.") {
					// An address ("jane.roe@example.com") writes a
					// name in lower case, not a word of the story.
					continue
				}
				for w := range strings.FieldsFuncSeq(f, func(r rune) bool { return !unicode.IsLetter(r) }) {
					if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
						sw.m[w] = true
					}
				}
			}
		}
	}
	return sw.m[w]
}

// plausibleNames keeps the names of people that no label introduced
// unless most of a name's words are words the story uses in lower case,
// or one is a label of a page's furniture ("Post Tags").
func plausibleNames(people []string, words *storyWordSet) []string {
	var out []string
	for _, p := range people {
		f := strings.Fields(p)
		common, label := 0, false
		for _, w := range f {
			l := strings.ToLower(w)
			if words.has(l) {
				common++
			}
			label = label || furnitureWords[l] || opensWithArticle(w)
		}
		if common*2 <= len(f) && !label {
			out = append(out, p)
		}
	}
	return out
}

// furnitureWords label the furniture of a page, shaped like names in a
// title-case menu ("Post Tags", "Blog Archive"): no one's name has them.
var furnitureWords = setOf("tags", "tag", "categories", "category", "post", "posts", "blog", "archive",
	"archives", "community", "tools", "thoughts", "process", "guide", "tips", "support", "buy", "shop",
	"interface", "data", "products", "services", "solutions", "resources", "overview", "faq", "glossary")

// maxBylineBelow is how many lines after the body's last paragraph
// bylineAfterBody reads.
const maxBylineBelow = 8

// bylineAfterBody finds a byline that a page prints below its story, as
// many print the writer's box at the end: a label alone above the names
// ("Kommentar von" / "Jane Roe"), a labelled line ("Autor Jane Roe"), or
// a name alone as the body's last line (a signature). It reads up to
// maxBylineBelow lines after the body's end and stops at the next
// paragraph. It returns the people, or nil.
func bylineAfterBody(ss []slot, end int, words *storyWordSet) []string {
	if end < 0 || end >= len(ss) {
		return nil
	}
	from := end + 1
	if !ss[end].f.prose && ss[end].f.words <= 4 {
		// The body's last line is the names themselves.
		from = end
	}
	for i, n := from, 0; i < len(ss) && n < maxBylineBelow; i++ {
		s := &ss[i]
		if s.role == roleJunk || s.role == roleTeaser || s.listHead {
			// A list of other stories between the story and its
			// writer's box is read past ("Mehr zum Thema" / teasers /
			// "Autor: Jane Roe").
			continue
		}
		n++
		if s.f.prose {
			return nil
		}
		if isBylineLabel(s.text) {
			var people []string
			for j := i + 1; j < len(ss) && j <= i+3; j++ {
				p, labelled := headByline(ss[j].text)
				if labelled || len(p) == 0 || len(plausibleNames(p, words)) < len(p) {
					break
				}
				people = append(people, p...)
			}
			return people
		}
		p, labelled := headByline(s.text)
		if len(p) == 0 || len(plausibleNames(p, words)) < len(p) {
			continue
		}
		if labelled || i == end && isPersonName(s.text) && afterParagraph(ss, i) {
			return p
		}
	}
	return nil
}

// afterParagraph reports whether the live line above i is a paragraph
// of fifteen words or more.
func afterParagraph(ss []slot, i int) bool {
	j := i - 1
	for j >= 0 && ss[j].role == roleJunk {
		j--
	}
	return j >= 0 && ss[j].f.prose && ss[j].f.words >= 15
}

// koreanReporters returns the people of a Korean byline, where the word
// for reporter follows each name: "홍길동 기자", "서울, 부산 홍길동 기자
// hong@example.com" (places before, an e-mail address after), "홍길동
// 기자, 김철수 기자"; or nil.
func koreanReporters(s string) []string {
	if !strings.Contains(s, "기자") {
		return nil
	}
	f := strings.Fields(strings.ReplaceAll(s, ",", ", "))
	var people []string
	for k, w := range f {
		if strings.TrimRight(w, ",") != "기자" {
			continue
		}
		if k == 0 || !isHangulName(strings.TrimRight(f[k-1], ",")) {
			return nil
		}
		people = append(people, strings.TrimRight(f[k-1], ","))
	}
	if len(people) == 0 {
		return nil
	}
	// Besides names and the word: places (Hangul words) and e-mail
	// addresses.
	for _, w := range f {
		w = strings.TrimRight(w, ",")
		if w != "" && w != "기자" && !strings.Contains(w, "@") && !isHangulWord(w) {
			return nil
		}
	}
	return people
}

// isHangulName reports whether w is a Korean name: two to four Hangul
// syllables.
func isHangulName(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 4 && isHangulWord(w)
}

// isHangulWord reports whether w is made of Hangul syllables only.
func isHangulWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return w != ""
}

// isSpacedHanName reports whether s is a name in Chinese characters as
// Japanese pages print a byline, the family name and the given name apart:
// two groups of one to three characters, three to five in all ("山田
// 花子").
func isSpacedHanName(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 {
		return false
	}
	n := 0
	for _, w := range f {
		k := utf8.RuneCountInString(w)
		if k > 3 {
			return false
		}
		for _, r := range w {
			if !unicode.Is(unicode.Han, r) {
				return false
			}
		}
		n += k
	}
	return n >= 3 && n <= 5
}
