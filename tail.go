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
	inner := strings.TrimLeft(l, "([*_ ")
	ags := func() []Agency { return findAgencies(s, false) }
	switch {
	case strings.HasPrefix(l, "©"), strings.HasPrefix(l, "(c) "), strings.HasPrefix(l, "copyright "),
		strings.HasPrefix(l, "copyright©"), strings.HasPrefix(l, "copyright ©"),
		strings.Contains(l, "all rights reserved") && len(l) < 300,
		strings.Contains(l, "may not be published, broadcast, rewritten"),
		strings.Contains(l, "may not be published, broadcast or redistributed"):
		return tailCopyright, findAgencies(s, true)
	case reportingTail(inner):
		a := ags()
		if len(a) == 0 && reutersStyle(inner) {
			a, _ = agencyList("Reuters")
		}
		return tailReporting, a
	case strings.Contains(l, "contributed to this report"), strings.Contains(l, "contributed to this story"),
		strings.Contains(l, "contributed reporting"), strings.Contains(l, "contributed to this article"),
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
		strings.HasPrefix(inner, "reach the reporter"), strings.Contains(l, "may be reached at"),
		strings.Contains(l, "can be reached at"), strings.HasPrefix(inner, "follow ") && strings.Contains(l, " on twitter") && len(l) < 160,
		strings.HasPrefix(inner, "graphic:"), strings.HasPrefix(inner, "graphics:"):
		return tailNote, ags()
	}
	if isSignatureTail(s) {
		return tailSignature, findAgencies(s, true)
	}
	return tailNone, nil
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
// "-- AP", "(END)", "(AFP)", "Reuters", "dpa grj rmo", "###".
func isSignatureTail(s string) bool {
	if len(s) > 80 {
		return false
	}
	t := strings.TrimSpace(s)
	switch strings.ToUpper(strings.Trim(t, "()[]- .")) {
	case "END", "ENDS", "###", "-30-", "30", "FIN", "ENDE", "EOF":
		return true
	}
	if strings.Trim(t, "#*-–—_ ") == "" {
		return false
	}
	stripped := strings.TrimLeft(t, "-–—_ ")
	if stripped != t || (strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")) {
		return isAgencyOnly(stripped)
	}
	// "dpa grj rmo": an agency code followed by editors' initials.
	f := strings.Fields(t)
	if len(f) >= 2 && len(f) <= 5 && isAgencyOnly(f[0]) {
		for _, w := range f[1:] {
			if utf8.RuneCountInString(w) > 4 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
				return false
			}
		}
		return true
	}
	return false
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
// "... the US. PTI", "... in Madrid. EFE", "... (ANSA).". It returns the
// paragraph without it and the signature, or s and "".
func splitSignature(s string) (string, string) {
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || len(s)-i > 40 {
		return s, ""
	}
	sig := s[i+1:]
	core := strings.Trim(sig, "().")
	if core == "" || !isAgencyOnly(core) || strings.ToUpper(core) != core && core != "dpa" {
		return s, ""
	}
	body := strings.TrimSpace(s[:i])
	last, _ := utf8.DecodeLastRuneInString(body)
	if !strings.ContainsRune(".!?”\"’)»", last) {
		return s, ""
	}
	return body, sig
}
