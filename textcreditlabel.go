package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file takes out of a text page's body a picture's credit line that
// opens with the picture label of a language other than English ("Bild:
// Agency", "Bildrechte: Jane Roe/Agency", "Фото: Jane Roe", "Kuva: Jane
// Roe", "Photo : Agency", "(Bild: Agency)") and the caption right above
// it. On an HTML page the credit is a span of the figure's caption; a
// browser's innerText writes it as a line of its own under the caption,
// and both read as short lines of the story. markCaptions and
// markBracketedCredits read the English labels and "Foto:"; the words
// below are each language's ordinary label for a picture or its rights.
// A story's own line that opens so is a list's item or a table's row
// ("Bild: sehr gut" in a test's verdict); the label must be followed by
// a name's capital (or a handle's letter in lower case after a slash:
// "imago images/Jane Roe") and the line must end no sentence, so that a
// line of prose after a label stays. The line above is taken only when it
// is as short as a caption (as in markBracketedCredits): a paragraph of
// the story over a picture that has no caption stays.

// foreignCreditLabels are the words, lower-cased, that open a picture's credit
// in languages other than English, without the colon: German, Dutch, the
// Scandinavian languages, Finnish, Russian and Ukrainian and Bulgarian,
// Czech and Slovak, Polish, Spanish and Portuguese, Italian, Hungarian,
// Turkish, Greek.
var foreignCreditLabels = []string{
	"bild", "bilder", "bildrechte", "bildquelle", "fotoquelle", "fotos", "foto",
	"beeld", "bilde", "billede", "kuva", "kuvat",
	"фото", "фотография", "світлина", "снимка",
	"snímek", "zdjęcie", "zdjęcia",
	"imagen", "imagem", "fotografía", "fotografia", "immagine",
	"fotó", "kép", "fotoğraf", "φωτογραφία",
}

// maxCreditLabelWords is the most words of a labelled credit line, the
// label counted: a credit names an agency and a photographer or two.
const maxCreditLabelWords = 12

// isLabelledCredit reports whether s, a line of a text page, is a
// picture's credit opened by one of foreignCreditLabels: the label, a colon
// (a space before it as French and Swiss typesetting put it), then the
// credit, which opens with a capital letter or a figure, or holds a slash
// ("imago images/Jane Roe"), and ends no sentence (no full stop, question
// or exclamation mark at the end, no ". " inside). The whole may stand in
// round brackets.
func isLabelledCredit(s string) bool {
	s = strings.TrimSpace(s)
	if inner, ok := strings.CutPrefix(s, "("); ok {
		inner, ok = strings.CutSuffix(inner, ")")
		if !ok || strings.ContainsAny(inner, "()") {
			return false
		}
		s = strings.TrimSpace(inner)
	}
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon > 40 {
		return false
	}
	label := strings.ToLower(strings.TrimRightFunc(s[:colon], unicode.IsSpace))
	found := false
	for _, l := range foreignCreditLabels {
		if label == l {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	rest := strings.TrimLeftFunc(s[colon+1:], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.Contains(rest, "/")) {
		return false
	}
	if strings.Contains(rest, ". ") || strings.ContainsAny(lastRuneString(rest), ".!?…") {
		return false
	}
	return true
}

// lastRuneString returns the last rune of s as a string.
func lastRuneString(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// markLabelledCredits marks as captions, in the body start..end of a
// text page, the lines that are a labelled picture credit
// (isLabelledCredit, at most maxCreditLabelWords words) and the caption
// above each (markCreditsUnder). It returns the body's start moved past
// the claimed lines that open it.
func markLabelledCredits(ss []slot, start, end int) int {
	return markCreditsUnder(ss, start, end, maxCreditLabelWords, isLabelledCredit)
}
