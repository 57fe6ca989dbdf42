package wirestory

import (
	"strings"
	"unicode"
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
