package wirestory

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// This file drops, on a text page, the fine print of a form set into the
// story or under it: the sentence by which the reader agrees to what the
// form does ("By signing up, you agree to our Privacy Policy", "Ich bin
// damit einverstanden, dass mir externe Inhalte angezeigt werden"). On an
// HTML page it is a form's label and goes with the form; in a dump it is
// a line of prose among the story's. A story's own sentence about an
// agreement has its parties in the third person ("the company agreed to
// the terms") or in quotation marks; the form's has the reader, as "you"
// or as the "I" of a box to tick, agree to the site's terms or to its
// mail or content. The form's pitch, a short paragraph that speaks to the
// reader right above its button, goes with it.

// maxConsentWords is the most words of a form's fine print.
const maxConsentWords = 80

// consentWords are the words of agreeing, and consentTopics the things a
// form's fine print has the reader agree to, in the languages of the eval
// corpora: consentWords are words of their own (lower case, inWords);
// consentTopics are read as strings.Contains reads the lowered text. The
// topics are policies and channels (privacy, terms, e-mail, SMS), never a
// verb ("contact", "receive"): a story's "I agree that farmers should
// receive more help" is no fine print.
var (
	consentWords = []string{"agree", "agreeing", "consent", "consenting", "accept", "authorize", "authorise", "einverstanden", "zustimmen",
		"einwilligen", "accepte", "acceptez", "acepto", "aceptas", "autorizo", "concordo", "accetto", "akkoord",
		"godkänner", "samtycker", "samtykker"}
	consentTopics = newPhraseSet("privacy", "terms of use", "terms of service", "terms and conditions", "newsletter",
		"e-mail", "email", "marketing", "datenschutz", "inhalt", "cookies", "données", "confidentialité",
		"privacidad", "términos", "condizioni", "voorwaarden", "sms", "text message", "phone", "telefon", "téléphone",
		"teléfono", "telefone", "telefono")
	// contactTopics are what fine print has the reader agree to be
	// contacted or sent, which a story's sentence may say too ("I agree
	// that commuters should receive a refund"): they count only in a line
	// that names a policy or channel (consentTopics) as well.
	contactTopics = newPhraseSet("contact", "kontakt", "receive", "erhalten", "recevoir", "recibir", "receber", "ricevere")
	// firstPersonWords are "I" (lower case), whom a box to tick speaks as.
	firstPersonWords = []string{"i", "ich", "je", "yo", "eu", "io", "jeg", "jag", "ik"}
)

// isConsentLine reports whether a line of a text page is a form's fine
// print: a line of at most maxConsentWords words, opening with no
// quotation mark, whose first sentence holds a word of agreeing
// (consentWords), a thing agreed to (consentTopics; or contactTopics, when
// the line names one of consentTopics too), and the reader as the
// one who agrees: "you" outside a quotation (readerAddress) or "I". The
// fine print opens with its agreement; a paragraph that speaks of an
// agreement later on is prose.
func isConsentLine(s *slot) bool {
	if r, ok := firstRune(s.text); !ok || s.f.words > maxConsentWords || quoteMark(0, r) != 0 {
		return false
	}
	t := firstSentence(s.text)
	if !holdsWord(t, consentWords) || !consentTopics.inLower(t) && !(contactTopics.inLower(t) && consentTopics.inLower(s.text)) {
		return siteTermsFirst(s.text, t)
	}
	if you, _ := readerAddress(t); you {
		return true
	}
	return holdsWord(t, firstPersonWords)
}

// siteTermsFirst reports whether line s, whose first sentence is t, is a
// form's fine print that opens with what the site does with the reader's
// data ("We use cookies to ...", "We are committed to protecting your
// privacy.") and has the reader agree later on ("By clicking Accept, you
// consent to ..."): t names a thing agreed to and speaks as the site or to
// the reader, and a later sentence has the reader, as "you", agree.
func siteTermsFirst(s, t string) bool {
	if !consentTopics.inLower(t) {
		return false
	}
	if you, we := readerAddress(t); !you && !we {
		return false
	}
	rest := s[len(t):]
	if !holdsWord(rest, consentWords) {
		return false
	}
	you, _ := readerAddress(rest)
	return you
}

// firstSentence returns s up to the end of its first sentence: a full
// stop, question or exclamation mark and a space; or all of s.
func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// holdsWord reports whether s holds one of ws (lower case) as a word of
// its own, in lower case or with a capital first letter (inWords).
func holdsWord(s string, ws []string) bool {
	for w := range wordsOf(s) {
		if inWords(ws, w, true) {
			return true
		}
	}
	return false
}

// markConsentLines marks as chrome each line of the body start..end of a
// text page that no rule claimed and that is a form's fine print
// (isConsentLine), when a paragraph of the story stays beside it: fine
// print set into or under a story. A body of fine print alone is a
// reading gone wrong, which this rule leaves as it is.
func markConsentLines(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	story := false
	for i := start; i <= end && !story; i++ {
		story = isFreeParagraph(ss, i) && !isConsentLine(&ss[i])
	}
	if !story {
		return
	}
	for i := start; i <= end; i++ {
		if ss[i].role == roleUnknown && isConsentLine(&ss[i]) {
			ss[i].role = roleChrome
			markFormPitch(ss, start, i)
		}
	}
}

// maxFormButtons is the most lines (a form's button, a field's label)
// between a form's pitch and its fine print, and maxFormPitchWords the
// most words of the pitch.
const (
	maxFormButtons    = 2
	maxFormPitchWords = 40
)

// markFormPitch marks as chrome the pitch of the form whose fine print is
// line i: a paragraph of at most maxFormPitchWords words that speaks to the
// reader, right above the fine print or above at most maxFormButtons short
// lines that are no paragraphs (the form's button or field) under it.
// Those lines go with the pitch (markFormButtons, textformbutton.go), also
// when another rule took the pitch already (a repeat of its first copy).
func markFormPitch(ss []slot, start, i int) {
	buttons := 0
	for k := i - 1; k >= start; k-- {
		s := &ss[k]
		switch {
		case s.role == roleJunk:
		case isFreeParagraph(ss, k):
			if you, _ := readerAddress(s.text); you && s.f.words <= maxFormPitchWords {
				s.role = roleChrome
				markFormButtons(ss, k, i)
			}
			return
		case s.role == roleChrome && s.f.prose && buttons > 0:
			// A pitch another rule took already: the buttons go all the same.
			if you, _ := readerAddress(s.text); you && s.f.words <= maxFormPitchWords {
				markFormButtons(ss, k, i)
			}
			return
		case !s.f.prose && s.f.words <= maxBarWords:
			if buttons++; buttons > maxFormButtons {
				return
			}
		default:
			return
		}
	}
}

// wordsOf yields the words of s: its runs of letters.
func wordsOf(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				i += n
				continue
			}
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			if !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}
