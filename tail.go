package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A tailKind says what closes a story.
type tailKind uint8

const (
	tailNone       tailKind = iota
	tailReporting           // "(Reporting by ...; Editing by ...)", "... contributed to this report"
	tailCopyright           // "© 2020 The Associated Press. All rights reserved."
	tailCorrection          // "Correction: ...", "This story has been corrected ..."
	tailSignature           // "— Reuters", "(END)", "(With inputs from PTI)"
	tailNote                // "To contact the reporter ...", "This article originally appeared on ..."
)

// classifyTail reports whether s is a tail line and which agencies it
// names. Reuters' "Reporting by ...; Editing by ..." form names Reuters
// even when the agency is not spelled out.
func classifyTail(s string) (tailKind, []Agency) {
	if utf8.RuneCountInString(s) > 600 {
		return tailNone, nil
	}
	l := strings.ToLower(strings.TrimSpace(s))
	inner := strings.TrimLeft(l, "([*_= ")
	ags := func() []Agency { return findAgencies(s, false) }
	// has is strings.Contains(l, p) for a phrase p of tailPhrases: one
	// pass over l tells whether any of them is there.
	maybe := tailPhraseSet.in(l)
	has := func(p string) bool { return maybe && strings.Contains(l, p) }
	if isPictureSourceCredit(s) {
		// "© PR", "© privat": a picture's credit, not a notice.
		return tailNone, nil
	}
	switch {
	case strings.HasPrefix(l, "©"), strings.HasPrefix(l, "(c) "), strings.HasPrefix(l, "copyright "),
		strings.HasPrefix(l, "copyright©"), strings.HasPrefix(l, "copyright ©"), strings.HasPrefix(l, "[copyright "),
		has("all rights reserved") && len(l) < 300,
		has("may not be published, broadcast, rewritten"),
		has("may not be published, broadcast or redistributed"):
		return tailCopyright, findAgencies(s, true)
	case reportingTail(inner):
		a := ags()
		if len(a) == 0 && reutersStyle(inner) {
			a, _ = agencyList("Reuters")
		}
		return tailReporting, a
	case agencyPossessiveReport(s):
		// "CNN's Jane Doe reports.", "AFP's Jane Doe contributed."
		return tailReporting, ags()
	case has("contributed to this report"), has("contributed to this story"),
		has("contributed reporting"), has("contributed to this article"),
		strings.HasSuffix(l, "contributed."), strings.HasSuffix(l, "contributed to this report."):
		return tailReporting, ags()
	case strings.HasPrefix(inner, "with inputs from"), strings.HasPrefix(inner, "inputs from"),
		strings.HasPrefix(inner, "with agency inputs"), strings.HasPrefix(inner, "with reporting from"):
		return tailSignature, findAgencies(s, true)
	case strings.HasPrefix(inner, "correction:"), strings.HasPrefix(inner, "correction,"),
		strings.HasPrefix(inner, "corrections:"), strings.HasPrefix(inner, "clarification:"),
		strings.HasPrefix(inner, "editor's note:"), strings.HasPrefix(inner, "editor’s note:"),
		strings.HasPrefix(inner, "this story has been corrected"), strings.HasPrefix(inner, "this article has been corrected"),
		strings.HasPrefix(inner, "this story has been updated"), strings.HasPrefix(inner, "this article has been updated"),
		strings.HasPrefix(inner, "this story was corrected"), strings.HasPrefix(inner, "this article was amended"),
		strings.HasPrefix(inner, "an earlier version of this"), strings.HasPrefix(inner, "a previous version of this"):
		return tailCorrection, nil
	case strings.HasPrefix(inner, "to contact the reporter"), strings.HasPrefix(inner, "to contact the editor"),
		strings.HasPrefix(inner, "this article originally appeared"), strings.HasPrefix(inner, "this story originally appeared"),
		strings.HasPrefix(inner, "this article was originally published"), strings.HasPrefix(inner, "this story was originally published"),
		strings.HasPrefix(inner, "originally published"), strings.HasPrefix(inner, "this article first appeared"),
		strings.HasPrefix(inner, "this story first appeared"), strings.HasPrefix(inner, "this article was posted by"),
		strings.HasPrefix(inner, "reach the reporter"), has("may be reached at"),
		has("can be reached at"), strings.HasPrefix(inner, "follow ") && has(" on twitter") && len(l) < 160,
		strings.HasPrefix(inner, "graphic:"), strings.HasPrefix(inner, "graphics:"), maybe && isDisclaimer(l),
		strings.HasPrefix(inner, "for more articles like this"), strings.HasPrefix(inner, "for more stories like this"),
		strings.HasPrefix(inner, "editors:"), strings.HasPrefix(inner, "editor:"), l == "source link":
		return tailNote, ags()
	case has("with assistance from") && len(l) < 400 && (strings.HasPrefix(inner, "--") || strings.HasPrefix(inner, "—")):
		// "--Jane Doe and John Roe, with assistance from ...": the
		// reporters of a story whose byline is the house's.
		return tailReporting, ags()
	}
	if ags, ok := filingStamp(s); ok {
		return tailSignature, ags
	}
	if k, ags, ok := labelledTail(s, l); ok {
		return k, ags
	}
	if isSignatureTail(s) {
		return tailSignature, findAgencies(s, true)
	}
	return tailNone, nil
}

// editorLabels open the line that names the editor responsible for a
// story, as Chinese sites close one: "责任编辑：王明".
var editorLabels = []string{"责任编辑", "責任編輯", "编辑", "編輯"}

// labelledTail reads a labelled line that closes a story: the source of
// the text ("Quelle: example.de, abc/dpa", "Źródło: PAP", "本文来源：新华社"),
// its editor ("责任编辑：王明") or its author ("Autor: abc"). l is s in lower
// case. The labels of a picture's source ("Foto:", "Źródło zdjęcia:") are
// not tails here: they are picture credits.
func labelledTail(s, l string) (tailKind, []Agency, bool) {
	if len(s) > 200 {
		return tailNone, nil, false
	}
	// A picture's credit is none, whatever its label; asked only of a
	// labelled line, as few are.
	k, ags, ok := labelledLine(s, l)
	if !ok || isPhotoCredit(s) {
		return tailNone, nil, false
	}
	return k, ags, true
}

// labelledLine is labelledTail but for its checks of length and picture
// credits.
func labelledLine(s, l string) (tailKind, []Agency, bool) {
	t := strings.TrimPrefix(s, "本文")
	if rest, ok := cutSourceLabel(t); ok && rest != "" {
		// The source, and the editor after it on the same line.
		if i := indexAny(rest, editorLabels); i > 0 {
			rest = strings.TrimSpace(rest[:i])
		}
		if ags := findAgencies(rest, true); len(ags) > 0 && wordCount(rest) <= 8 {
			return tailSignature, ags, true
		}
		return tailNone, nil, false
	}
	for _, lab := range editorLabels {
		if rest, ok := strings.CutPrefix(t, lab); ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
			return tailNote, nil, true
		}
	}
	for _, lab := range []string{"autor:", "author:", "autorzy:", "autoren:", "auteur:"} {
		if strings.HasPrefix(l, lab) && wordCount(s) <= 6 {
			return tailNote, nil, true
		}
	}
	return tailNone, nil, false
}

// indexAny returns the offset of the first of words in s, or -1.
func indexAny(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// reportingTail reports whether l (lower case) is a reporting/editing line:
// "reporting by", "additional reporting by", "writing by", "editing by",
// "compiled by".
func reportingTail(l string) bool {
	for _, p := range []string{"reporting by", "additional reporting", "writing by", "editing by", "edited by",
		"compiled by", "reporting and writing by", "reported by", "written by", "produced by", "with reporting by",
		"research by", "graphics by", "reporting from", "additional writing"} {
		if strings.HasPrefix(l, p) {
			// "Written by" and "Reported by" open bylines too; they are
			// tails only with a second credit ("; Editing by").
			if (p == "written by" || p == "reported by" || p == "produced by") && !strings.ContainsAny(l, ";") {
				return false
			}
			return true
		}
	}
	return false
}

// reutersStyle reports whether a reporting line is in Reuters' form: an
// editing credit after a semicolon or comma, or the whole line in
// parentheses.
func reutersStyle(l string) bool {
	return strings.Contains(l, "editing by") && (strings.HasPrefix(l, "reporting by") ||
		strings.HasPrefix(l, "additional reporting") || strings.HasPrefix(l, "writing by") || strings.HasPrefix(l, "compiled by") ||
		strings.HasPrefix(l, "reporting and writing"))
}

// isSignatureTail reports whether s is an agency's sign-off: "— Reuters",
// "-- AP", "(END)", "(AFP)", "REUTER", "dpa grj rmo", "###", or an editor's
// initials in parentheses, as Italian agencies sign: "(Rin)".
func isSignatureTail(s string) bool {
	if len(s) > 80 {
		return false
	}
	t := strings.TrimSpace(s)
	if t == "-30-" || t == "- 30 -" {
		// The newsroom's old end mark: its dashes are what make "30"
		// one, so they are read before the trim below takes them.
		return true
	}
	switch k := strings.Trim(t, "()[]- ."); strings.ToUpper(k) {
	case "END", "ENDS", "###", "FIN", "ENDE", "EOF":
		// A bare word in lower case ("end") closes a block of code in a
		// text dump, not a story: a desk writes "END", "(end)", "- fin -".
		return k != t || strings.ToLower(t) != t || strings.ToUpper(t) == t
	}
	if signOffs[strings.ToLower(t)] || isInitialsSignature(t) || len(deskAgencies(t)) > 0 {
		return true
	}
	if strings.Trim(t, "#*-–—_ ") == "" {
		return false
	}
	stripped := strings.TrimLeft(t, "-–—_ ")
	if stripped != t || (strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")) {
		return isAgencyOnly(stripped)
	}
	// "dpa grj rmo", "PTI RVR SS": an agency code followed by editors'
	// initials, all in one case.
	f := strings.Fields(t)
	if len(f) >= 2 && len(f) <= 5 && isAgencyOnly(f[0]) {
		for _, w := range f[1:] {
			lower := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
			upper := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) < 0
			if utf8.RuneCountInString(w) > 4 || !lower && !upper {
				return false
			}
		}
		return true
	}
	return false
}

// signOffs are spellings of an agency's name used only to sign off a story,
// never to credit one: Reuters ended its copy with "REUTER" for decades.
var signOffs = setOf("reuter")

// isInitialsSignature reports whether s is an editor's initials in
// parentheses, two or three letters not all in capitals, closing a story
// of the Italian agencies: "(Rin)", "(fdm)".
func isInitialsSignature(s string) bool {
	if len(s) < 4 || len(s) > 5 || s[0] != '(' || s[len(s)-1] != ')' {
		return false
	}
	in := s[1 : len(s)-1]
	for i := 0; i < len(in); i++ {
		if !isASCIILetter(in[i]) {
			return false
		}
	}
	return strings.ToUpper(in) != in
}

// agencyPossessiveReport reports whether s credits a report to an agency's
// journalist: "CNN's Jane Doe reports.", "AFP's Jane Doe contributed to
// this report."
func agencyPossessiveReport(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 400 || !strings.Contains(s, "'s ") && !strings.Contains(s, "’s ") {
		return false
	}
	if !mayOpenWithAgency(s) {
		return false
	}
	ms := agencyMatches(s, false)
	if len(ms) == 0 || ms[0].start != 0 {
		return false
	}
	rest := s[ms[0].end:]
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
		return false
	}
	l := strings.ToLower(strings.TrimRight(rest, ". "))
	for _, end := range []string{" reports", " reported", " contributed", " contributed to this report",
		" contributed to this story", " contributed reporting"} {
		if strings.HasSuffix(l, end) {
			return true
		}
	}
	return false
}

// tailPhrases are every phrase classifyTail looks for inside a line
// (has): the disclaimers and those below. TestTailPhrasesListed checks
// that none is missing.
var tailPhrases = append([]string{"all rights reserved", "may not be published, broadcast, rewritten",
	"may not be published, broadcast or redistributed", "contributed to this report", "contributed to this story",
	"contributed reporting", "contributed to this article", "may be reached at", "can be reached at", " on twitter",
	"with assistance from"}, disclaimers...)

// tailPhraseSet finds the phrases of tailPhrases.
var tailPhraseSet = newPhraseSet(tailPhrases...)

// disclaimers are phrases of the notes that agencies and their clients put
// under syndicated copy.
var disclaimers = []string{
	"does not vouch for", "do not vouch for", "does not verify these", "has not been edited by",
	"is not responsible for the content", "published from a syndicated feed", "auto-generated from a syndicated feed",
	"from a syndicated feed", "is published via a syndicated feed",
}

// isDisclaimer reports whether the lower-case line l is a syndication
// disclaimer.
func isDisclaimer(l string) bool {
	if len(l) > 600 {
		return false
	}
	for _, d := range disclaimers {
		if strings.Contains(l, d) {
			return true
		}
	}
	return false
}

// filingStamp reads the filing stamp that closes a story on an agency's
// wire: the agency's code, its desk, the date and the time, "AP-WF-08-29-16
// 1626GMT". It returns the agency.
func filingStamp(s string) ([]Agency, bool) {
	if strings.Count(s, "-") < 4 {
		return nil, false // no stamp's five parts
	}
	f := strings.Fields(strings.TrimRight(strings.TrimSpace(s), "<"))
	if len(f) != 2 {
		return nil, false
	}
	parts := strings.Split(f[0], "-")
	if len(parts) != 5 || len(parts[1]) < 2 || len(parts[1]) > 3 {
		return nil, false
	}
	for _, p := range parts[2:] {
		if len(p) != 2 || !isNumber(p) {
			return nil, false
		}
	}
	t := strings.TrimRight(f[1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	if len(t) != 4 || !isNumber(t) || len(f[1]) > 8 {
		return nil, false
	}
	ags := findAgencies(parts[0], false)
	return ags, len(ags) == 1
}

// pictureSources are the words that follow a copyright sign to credit a
// picture to its source rather than claim a text: "© PR" (a press
// handout), "© privat".
var pictureSources = setOf("pr", "privat", "private", "handout", "promo", "press", "archiv", "archive",
	"archivo", "archives", "istock", "shutterstock", "getty", "getty images", "imago", "picture alliance",
	"picture-alliance", "unsplash", "pixabay", "courtesy")

// isPictureSourceCredit reports whether s is a copyright sign and a
// picture's source: "© PR", "©privat".
func isPictureSourceCredit(s string) bool {
	t, ok := strings.CutPrefix(strings.TrimSpace(s), "©")
	return ok && pictureSources[strings.ToLower(strings.TrimSpace(t))]
}

// agencyList returns the agencies with the given codes.
func agencyList(codes ...string) ([]Agency, bool) {
	var out []Agency
	for _, c := range codes {
		if a, ok := agencyByCode(c); ok {
			out = append(out, a)
		}
	}
	return out, len(out) == len(codes)
}

// splitSignature splits a bare agency signature off the end of a paragraph:
// "... the US. PTI", "... in Madrid. EFE", "... in the US. Kyodo", "...
// a Roma (ANSA).". It returns the paragraph without it and the signature,
// or s and "". A signature in parentheses before the sentence's full stop
// leaves the full stop: "a Roma (ANSA)." gives "a Roma." and "(ANSA)".
func splitSignature(s string) (string, string) {
	s = strings.TrimSpace(s)
	if body, sig, ok := splitCopyrightSignature(s); ok {
		return body, sig
	}
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || len(s)-i > 40 {
		return s, ""
	}
	sig := s[i+1:]
	body := strings.TrimSpace(s[:i])
	last, _ := utf8.DecodeLastRuneInString(body)
	if p, ok := strings.CutSuffix(sig, ")."); ok && strings.HasPrefix(p, "(") {
		// "a Roma (ANSA).": the sentence runs up to the signature.
		sig = p + ")"
		if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
			return s, ""
		}
		body += "."
	} else if !strings.ContainsRune(".!?”\"’)»", last) {
		return s, ""
	}
	core := strings.Trim(sig, "().")
	if core == "" || !isAgencyOnly(core) {
		return s, ""
	}
	// In capitals or as the agency writes itself ("PTI", "dpa"), any
	// spelling will do; otherwise only one that is no common word
	// ("Kyodo", but not "Ticker").
	if strings.ToUpper(core) != core && core != "dpa" {
		if ms := agencyMatches(core, false); len(ms) != 1 || ms[0].start != 0 || ms[0].end != len(core) {
			return s, ""
		}
	}
	return body, sig
}

// splitCopyrightSignature splits a copyright signature off the end of a
// paragraph, glued to its last sentence: "...と指摘している。(c)AFP/Jane DOE",
// "... in Lagos. ©AFP". The signature is an agency, and the correspondent
// after a slash.
func splitCopyrightSignature(s string) (string, string, bool) {
	tail := s[max(0, len(s)-80):]
	// strings.LastIndex reads a byte at a time: it is asked only when a
	// mark is there.
	i, n := -1, len("(c)")
	if strings.Contains(tail, "(c)") {
		i = strings.LastIndex(tail, "(c)")
	}
	if strings.Contains(tail, "©") {
		if j := strings.LastIndex(tail, "©"); j > i {
			i, n = j, len("©")
		}
	}
	if i < 0 {
		return "", "", false
	}
	i += len(s) - len(tail)
	body := strings.TrimSpace(s[:i])
	sig := s[i:]
	last, _ := utf8.DecodeLastRuneInString(body)
	if body == "" || !strings.ContainsRune(".!?。！？」”\"’)", last) {
		return "", "", false
	}
	who := strings.TrimSpace(sig[n:])
	agency, person, _ := strings.Cut(who, "/")
	if !isAgencyOnly(agency) || person != "" && len(signaturePeople(sig)) == 0 {
		return "", "", false
	}
	return body, sig, true
}

// signaturePeople returns the correspondent a copyright signature names
// after the agency: "(c)AFP/Jane DOE" gives ["Jane DOE"]; or nil.
func signaturePeople(sig string) []string {
	_, person, ok := strings.Cut(sig, "/")
	if !ok {
		return nil
	}
	person = strings.TrimSpace(person)
	if !isPersonName(person) {
		return nil
	}
	return []string{person}
}

// innerSignatures marks, among the blocks from start to end, the bare
// agency signatures ("(NTB)", "— AFP") that more of the story follows: two
// paragraphs of prose or more. Such a signature closes a fact box or
// another story on the same page, not this one. The result is indexed from
// start.
func innerSignatures(ss []slot, start, end int) []bool {
	marks := make([]bool, max(0, end-start+1))
	prose := 0 // prose blocks after i
	for i := end; i >= start; i-- {
		s := &ss[i]
		if s.role != roleUnknown {
			continue
		}
		if s.f.prose && s.tailKind() == tailNone {
			prose++
			continue
		}
		if prose >= 2 && s.tailKind() == tailSignature && isAgencyOnly(strings.Trim(s.text, "()[]-–— ")) {
			marks[i-start] = true
		}
	}
	return marks
}

// proseLookahead is how many blocks proseFollows reads.
const proseLookahead = 12

// proseFollows reports whether n paragraphs of prose or more stand among
// the few blocks after block i: a signature they follow closes something
// else than the story above it (a fact box, another story on the page).
func proseFollows(ss []slot, i, n int) bool {
	found := 0
	for k := i + 1; k < len(ss) && k <= i+proseLookahead; k++ {
		if ss[k].role == roleUnknown && ss[k].f.prose {
			if found++; found >= n {
				return true
			}
		}
	}
	return false
}
