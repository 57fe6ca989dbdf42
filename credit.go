package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file classifies the lines around a story that say where it came
// from: bylines, source and picture credits, tails, copyright notices and
// corrections. It builds on parseCreditLine (bylines and credit lines),
// classifyTail (the lines that close a story) and isPhotoCredit.

// Kinds of credit lines, as classifyCreditLine names them.
const (
	kindByline     = "byline"     // "By Jane Doe", "Jane Doe | Staff Writer", "By The Associated Press"
	kindCredit     = "credit"     // "AFP-JIJI", "Source: Kyodo", "(AP Photo/Jane Doe)", "Headline (AP)"
	kindTail       = "tail"       // "(Reporting by ...; Editing by ...)", "— Reuters", "(END)", "dpa xy"
	kindCopyright  = "copyright"  // "© 2020 The Associated Press. All rights reserved."
	kindCorrection = "correction" // "Correction, March 3, 2021: ...", "CORRECTED-Headline"
)

// classifyCreditLine says what a line of a news page credits: a byline, a
// source or picture credit, a tail that closes a story, a copyright notice
// or a correction (the kind* constants), with the agencies the line names.
// It returns "" for a line that is none of these. It reads the line alone:
// a byline that names nobody's agency ("By Jane Doe") names none, whatever
// the story around it.
//
// Picture credits are credits here and name the agencies they credit
// ("REUTERS/Jane Doe" names Reuters); the story assembler is the one that
// keeps them from counting for the story (isPhotoCredit).
func classifyCreditLine(s string) (kind string, ags []Agency) {
	t := creditText(s)
	if t == "" || len(t) > 2000 {
		return "", nil
	}
	if isCorrectedSlug(t) {
		// "CORRECTED-Headline": Reuters marks a corrected story with a
		// capitalized slug glued to the headline by a hyphen.
		a, _ := agencyList("Reuters")
		return kindCorrection, a
	}
	if isPictureSourceCredit(t) {
		return kindCredit, nil
	}
	tk, ta := classifyTail(t)
	switch tk {
	case tailCopyright:
		return kindCopyright, ta
	case tailCorrection:
		return kindCorrection, ta
	}
	if a, ok := sourceStatement(t); ok {
		return kindCredit, a
	}
	if rest, ok := cutCreditLabel(t); ok {
		return kindCredit, addAgency(findAgencies(rest, isAgencyOnly(rest)), pictureIDAgencies(rest)...)
	}
	if isPhotoCredit(t) {
		return kindCredit, addAgency(findAgencies(t, false), pictureIDAgencies(t)...)
	}
	if a, ok := trailingAgencyCredit(t); ok {
		return kindCredit, a
	}
	if tk != tailNone {
		return kindTail, ta
	}
	if isFooterBlock(t) {
		return kindTail, nil
	}
	if c, ok := parseCreditLine(t); ok {
		if len(c.people) > 0 || hasByWord(t) {
			return kindByline, c.agencies
		}
		return kindCredit, c.agencies
	}
	if placeholderNames[chromeKey(t)] {
		// "Staff Reports", "Staff": a byline that names nobody.
		return kindByline, nil
	}
	return "", nil
}

// creditText prepares a line for classifyCreditLine: HTML tags removed,
// text cleaned, and the format markers of wire feeds ("^By JANE DOE=", the
// ANPA start and end of a byline; " =" closing an IPTC 7901 byline) cut off
// its ends.
func creditText(s string) string {
	t := Clean(stripTags(s))
	t = strings.TrimLeft(t, "^ ")
	t = strings.TrimRight(t, "= ")
	return strings.TrimSpace(t)
}

// stripTags removes HTML tags from s: "<p><b>(With inputs from
// PTI)</b></p>" gives "(With inputs from PTI)". A "<" that opens no tag
// stays.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '<' && i+1 < len(s) && (isASCIILetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!') {
			if j := strings.IndexByte(s[i:min(len(s), i+512)], '>'); j > 0 {
				i += j + 1
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// isCorrectedSlug reports whether s is a headline with Reuters' correction
// slug: "CORRECTED-Headline", "CORRECTED-UPDATE 1-Headline".
func isCorrectedSlug(s string) bool {
	rest, ok := strings.CutPrefix(s, "CORRECTED-")
	if !ok {
		return false
	}
	r, _ := firstRune(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// sourceStatements open a sentence that names the source of a story.
var sourceStatements = []string{
	"this article was posted by ", "this story was posted by ", "this article was provided by ",
	"this story was provided by ", "this article was distributed by ", "this story was distributed by ",
	"this article is from ", "this story is from ", "posted by ", "provided by ", "distributed by ",
	"supplied by ", "courtesy of ",
}

// sourceStatement reads a sentence crediting a story to agencies and
// nothing else: "This story was posted by Kyodo News.", "Provided by
// Reuters".
func sourceStatement(s string) ([]Agency, bool) {
	l := strings.ToLower(s)
	for _, p := range sourceStatements {
		if strings.HasPrefix(l, p) {
			rest := strings.TrimRight(s[len(p):], ". ")
			if isAgencyOnly(rest) {
				return findAgencies(rest, true), true
			}
			return nil, false
		}
	}
	return nil, false
}

// creditLabels open a line that credits a source or a picture.
var creditLabels = []string{
	"mandatory credit:", "photo credit:", "image credit:", "picture credit:", "credit:", "credits:",
	"source:", "sources:", "courtesy:", "quelle:", "fuente:", "fonte:", "crédit:", "photo:", "image:",
}

// cutCreditLabel returns what follows a credit label ("Source:",
// "Mandatory Credit:") on a short line.
func cutCreditLabel(s string) (string, bool) {
	l := strings.ToLower(s)
	for _, p := range creditLabels {
		if strings.HasPrefix(l, p) {
			rest := strings.TrimSpace(s[len(p):])
			if rest == "" || wordCount(rest) > 12 {
				return "", false
			}
			return rest, true
		}
	}
	// The source labels of other languages: "Bron: BELGA", "来源：新华社".
	if rest, ok := cutSourceLabel(s); ok && rest != "" && wordCount(rest) <= 12 {
		return rest, true
	}
	return "", false
}

// pictureIDAgencies returns the agencies whose picture identifiers s
// carries: Reuters numbers its pictures "RTR" and letters and digits
// ("RTR4JDW4").
func pictureIDAgencies(s string) []Agency {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "()[],.;")
		if len(w) >= 7 && len(w) <= 14 && strings.HasPrefix(w, "RTR") && strings.ContainsAny(w[3:], "0123456789") &&
			strings.IndexFunc(w, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') }) < 0 {
			a, _ := agencyList("Reuters")
			return a
		}
	}
	return nil
}

// trailingAgencyCredit reads an agency credit at the end of a line, in
// brackets or after a pipe: "(Associated Press)", "[Wenn]", "Headline
// (AP)", "Caption text. | JIJI".
func trailingAgencyCredit(s string) ([]Agency, bool) {
	var tail string
	switch last := s[len(s)-1]; last {
	case ')', ']':
		open := byte('(')
		if last == ']' {
			open = '['
		}
		i := strings.LastIndexByte(s, open)
		if i < 0 || len(s)-i > 60 {
			return nil, false
		}
		tail = s[i+1 : len(s)-1]
	default:
		i := strings.LastIndex(s, " | ")
		if i < 0 || len(s)-i > 40 {
			return nil, false
		}
		tail = s[i+3:]
	}
	tail = strings.TrimSpace(tail)
	if !isAgencyOnly(tail) {
		return nil, false
	}
	return findAgencies(tail, true), true
}

// isFooterBlock reports whether every line of s is a blog's footer or the
// marker that ends a cut-off story: "Posted by ,", "Filed under: News",
// "Posted in: World", "W140 Full Story", "Read more".
func isFooterBlock(s string) bool {
	for line := range strings.Lines(s) {
		l := strings.ToLower(strings.TrimSpace(line))
		if l == "" {
			continue
		}
		switch {
		case strings.HasPrefix(l, "filed under:"), strings.HasPrefix(l, "posted in:"), strings.HasPrefix(l, "posted in "),
			strings.HasPrefix(l, "tagged:"), strings.HasPrefix(l, "tags:"):
		case strings.HasPrefix(l, "posted by") && strings.Trim(l[len("posted by"):], " ,.:-") == "":
		case wordCount(l) <= 6 && (strings.HasSuffix(l, "full story") || strings.HasSuffix(l, "read more") ||
			strings.HasSuffix(l, "read full story") || strings.HasSuffix(l, "continue reading")):
		default:
			return false
		}
	}
	return true
}

// hasByWord reports whether s opens with "By".
func hasByWord(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "by ") || strings.HasPrefix(l, "by:")
}

// A metaLine is what a line above a story says of it: a credit, a date,
// or both, as readMetaLine reads them.
type metaLine struct {
	creditText string // the credit as printed, "" when there is none
	credit     credit
	people     []string // a name in Chinese or Japanese characters beside the date
	date       dateText
}

// maxMetaLine is the longest line readMetaLine reads.
const maxMetaLine = 200

// readMetaLine reads a line of the head of a story that holds a byline or
// credit, a date, or both, and little else: "By Jane Doe, Reuters",
// "Published: May 4, 2016", "Von dpa 30.04.2024, 18:58", "By Example News -
// Mon Nov 01 22:01:00 GMT 2010", "Last Updated : Apr 08, 2020 05:08 PM IST |
// Source: PTI", "2020-02-29 18:34:31 来源: 新华社", "2021/10/13 09:31山田 太郎".
// The parts of such a line are cut at its separators (" | ", " - ", " • ")
// and, within a part, a credit before a date or a date before the rest. A
// place ("Jane Doe | Palma | 08/01/2014") and a short label may stand
// beside them. A date that opens the line may be followed by anything that
// is not prose ("May 4, 2016 This story originally appeared on Reuters").
func readMetaLine(s string) (metaLine, bool) {
	return readMetaLineWith(nil, s)
}

// readMetaLineWith is readMetaLine reading its credits through lr.
func readMetaLineWith(lr *lineReads, s string) (metaLine, bool) {
	var ml metaLine
	if s == "" || len(s) > maxMetaLine {
		return ml, false
	}
	if c, ok := lr.credit(s); ok && !isPhotoCredit(s) {
		ml.creditText, ml.credit = s, c
		// A date in a pipe-separated byline: "Jane Doe | Palma | 08/01/2014".
		for _, part := range splitMetaParts(s) {
			if d := parseDateFields(part); d.ok {
				ml.date = d
				break
			}
		}
		return ml, true
	}
	// line is not a credit for readCredit: parseCreditLine or
	// isPhotoCredit said no.
	line := s
	s = spaceDigitCJK(s)
	if d := parseDateText(s); d.ok {
		ml.date = d
	}
	parts := splitMetaParts(s)
	understood := true
	for k, part := range parts {
		if !ml.readPart(part, line) {
			if k == 0 && len(parts) > 1 {
				understood = false
				continue
			}
			understood = false
		}
	}
	if !understood {
		// A date at the head of the line and anything but prose after it.
		if d, rest, ok := dateLead(s); ok && !featuresOf(rest).prose {
			if c, ok := lr.credit(rest); ok && ml.creditText == "" && !isPhotoCredit(rest) {
				ml.creditText, ml.credit = rest, c
			}
			ml.date, understood = d, true
		}
	}
	if !understood || !ml.date.ok && ml.creditText == "" {
		return metaLine{}, false
	}
	return ml, true
}

// readPart reads one part of a meta line into ml and reports whether it
// understood it. notCredit is a string already known to be no credit (the
// whole line), which it does not read again.
func (ml *metaLine) readPart(part, notCredit string) bool {
	if d := parseDateFields(part); d.ok {
		if !ml.date.ok {
			ml.date = d
		}
		return true
	}
	if part != notCredit && ml.readCredit(part) {
		return true
	}
	// A credit before a date: "Von dpa 30.04.2024, 18:58".
	if cr, d, ok := dateTrail(part); ok && ml.readCredit(cr) {
		if !ml.date.ok {
			ml.date = d
		}
		return true
	}
	// A date before a credit or a name: "2020-02-29 18:34:31 来源: 新华社".
	if d, rest, ok := dateLead(part); ok {
		switch {
		case ml.readCredit(rest):
		case isCJKPersonName(rest):
			ml.people = []string{rest}
		default:
			return false
		}
		if !ml.date.ok {
			ml.date = d
		}
		return true
	}
	if knownPlace(part) || knownRegion(part) {
		return true
	}
	// A short label beside them: "Lesezeit: 3 Minuten", "举报".
	return wordCount(part) <= 3 && !featuresOf(part).prose
}

// readCredit reads a credit line into ml, unless ml has one.
func (ml *metaLine) readCredit(s string) bool {
	if ml.creditText != "" || isPhotoCredit(s) {
		return false
	}
	c, ok := parseCreditLine(s)
	if !ok {
		return false
	}
	ml.creditText, ml.credit = s, c
	return true
}

// splitMetaParts cuts a meta line at its separators.
func splitMetaParts(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		n := dateSepLen(s[i:])
		if n == 0 {
			i++
			continue
		}
		if p := strings.TrimSpace(s[start:i]); p != "" {
			parts = append(parts, p)
		}
		i += n
		start = i
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		parts = append(parts, p)
	}
	return parts
}

// maxMetaWords bounds the words dateLead and dateTrail try as a date.
const maxMetaWords = 12

// dateLead reads a date at the head of s, as many words as make one, and
// returns it with the rest of s: "2020-02-29 18:34:31 来源: 新华社" gives the
// date and "来源: 新华社".
func dateLead(s string) (dateText, string, bool) {
	ends := wordEnds(s)
	for k := min(len(ends), maxMetaWords) - 1; k >= 0; k-- {
		if ends[k] == len(s) {
			continue
		}
		if d := parseDateWords(s[:ends[k]], true); d.ok {
			return d, strings.TrimSpace(s[ends[k]:]), true
		}
	}
	return dateText{}, "", false
}

// dateTrail reads a date at the end of s, as many words as make one, and
// returns what stands before it with the date: "Von dpa 30.04.2024, 18:58"
// gives "Von dpa" and the date.
func dateTrail(s string) (string, dateText, bool) {
	ends := wordEnds(s)
	n := len(ends)
	for k := max(0, n-1-maxMetaWords); k < n-1; k++ {
		if d := parseDateWords(s[ends[k]:], true); d.ok {
			return strings.TrimSpace(s[:ends[k]]), d, true
		}
	}
	return "", dateText{}, false
}

// wordEnds returns the offsets in s where its words end.
func wordEnds(s string) []int {
	var ends []int
	in := false
	for i, r := range s {
		if r == ' ' {
			if in {
				ends = append(ends, i)
			}
			in = false
			continue
		}
		in = true
	}
	if in {
		ends = append(ends, len(s))
	}
	return ends
}

// spaceDigitCJK puts a space between a digit and a Chinese or Japanese
// character that follows it, as a time glued to a name is printed:
// "09:31山田 太郎"; but not before the characters of a date or time
// ("2018年6月18日").
func spaceDigitCJK(s string) string {
	var b strings.Builder
	prevDigit := false
	for i, r := range s {
		if prevDigit && r >= 0x2e80 && isCJK(r) && !strings.ContainsRune("年月日时時分秒号號", r) {
			if b.Len() == 0 {
				b.WriteString(s[:i])
			}
			b.WriteByte(' ')
		}
		if b.Len() > 0 {
			b.WriteRune(r)
		}
		prevDigit = '0' <= r && r <= '9'
	}
	if b.Len() == 0 {
		return s
	}
	return b.String()
}

// isCJKPersonName reports whether s is a person's name in Chinese or
// Japanese characters, family and given name with or without a space
// between them: "山田 太郎", "王明".
func isCJKPersonName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	n := 0
	for _, w := range f {
		if !isCJKName(w, 4) {
			return false
		}
		n += utf8.RuneCountInString(w)
	}
	return n >= 2 && n <= 6
}

// addMeta records what a meta line says: its credit, the CJK name beside
// its date, and its date, unless one nearer the story was recorded.
func (h *head) addMeta(ml metaLine) {
	if ml.creditText != "" {
		h.addCredit(ml.creditText, ml.credit)
	}
	if len(ml.people) > 0 && len(h.people) == 0 {
		h.people = ml.people
	}
	if ml.date.ok && h.published.IsZero() {
		h.published = ml.date.t
	}
}

// captionCues are phrases of a picture's caption that no headline or
// credit line has: "(left)", "pictured".
var captionCues = []string{"(left)", "(right)", "(center)", "(centre)", "(l)", "(r)", "(l-r)", "(from left)",
	"(front)", "(back)", " pictured ", "(file)", "file photo", "(photo", "(foto"}

// hasCaptionCue reports whether s has a phrase that marks a picture's
// caption.
func hasCaptionCue(s string) bool {
	l := strings.ToLower(s)
	for _, c := range captionCues {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

// isPictureAgencyLine reports whether line, an agency's name alone, is the
// credit of the picture whose caption stands above it (prev names who is on
// the left or right ...): "(left) ..." then "AP".
func isPictureAgencyLine(prev, line string) bool {
	return wordCount(line) <= 3 && isAgencyOnly(line) && hasCaptionCue(prev)
}
