package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file takes out of a text page's body a picture's caption whose
// credit the dump runs into the caption's last sentence, on the same
// line: "A rocket on its pad at dawn. Jane Roe/Agency". On an HTML page
// the credit is an element of its own beside the caption; a browser's
// innerText may write the two on one line, and the line reads like a
// short paragraph of the story. What gives it away is the tail: after
// the caption's last sentence, a few words that end no sentence and
// are a name's words (capitals, short joining words), and one of the
// marks a credit carries: run into the full stop with no space
// ("...at dawn.Agency"), a slash or a copyright sign ("Photo/Agency",
// "© Agency"), a whole bracketed credit ("[Photo = Agency]"), or the same
// tail under two captions or more of the body. A story's paragraph ends
// its sentence; one that goes on with a few words is a list's item or a
// subhead ("2. Workers' rights", "Why now? A look back"), whose first
// part is short, or a writer's sign-off, which carries none of the marks.

// Bounds of a caption with its credit run in: its first part (up to the
// last sentence end) holds at least minCreditHeadWords words, the tail
// at most maxCreditTailWords, and the line at most maxCaptionWords.
const (
	minCreditHeadWords = 5
	maxCreditTailWords = 6
)

// minCreditTailCopies is how many captions of the body end in the same
// tail for the tail to be taken for a credit without any other mark.
const minCreditTailCopies = 2

// creditTail returns the tail of s after its last sentence end, when s
// has the shape of a caption with its credit run in: a first part of at
// least minCreditHeadWords words ending a sentence, then at most
// maxCreditTailWords words that end no sentence and read as a credit
// (isCreditTailWords, or one bracketed credit). marked reports whether
// the tail carries a credit's mark of its own: run into the full stop,
// a slash or copyright sign, or brackets.
func creditTail(s string) (tail string, marked, ok bool) {
	if lastRune(s) != ']' && endsSentenceOrQuote(s) {
		return "", false, false // most paragraphs: read no further
	}
	cut := creditCut(s)
	if cut < 0 {
		return "", false, false
	}
	head, tail := s[:cut], s[cut:]
	runOn := !strings.HasPrefix(tail, " ")
	tail = strings.TrimSpace(tail)
	if tail == "" || letterWords(head) < minCreditHeadWords {
		return "", false, false
	}
	if strings.HasPrefix(tail, "[") && strings.HasSuffix(tail, "]") && strings.Count(tail, "[") == 1 {
		if n := len(strings.Fields(tail)); n < 2 || n > maxCreditTailWords || strings.IndexFunc(tail, unicode.IsLetter) < 0 {
			return "", false, false
		}
		return tail, true, true
	}
	if endsSentenceOrQuote(tail) || !isCreditTailWords(tail) {
		return "", false, false
	}
	return tail, runOn || strings.ContainsAny(tail, "/©"), true
}

// creditCut returns the byte offset just past the last sentence end
// of s that more text follows: a full stop, question or exclamation mark
// followed by a space or run into a capital, with a letter before it that is not upper case (so that
// "U.S." or an initial is no sentence end). It returns -1 when there is
// none.
func creditCut(s string) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if i+n >= len(s) {
			continue
		}
		switch r {
		case '.', '!', '?':
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsLetter(prev) && !unicode.IsUpper(prev) && !endsAbbreviation(s[:i]) && (next == ' ' || unicode.IsUpper(next)) {
				return i + n
			}
		}
	}
	return -1
}

// endsAbbreviation reports whether s ends in a word of at most two
// letters of a script with case ("vs", "Mt"): the full stop after it
// marks an abbreviation, not a sentence's end.
func endsAbbreviation(s string) bool {
	n := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsUpper(r) && !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n <= 2
}

// letterWords returns how many words of s hold a letter: code's marks
// and numbers are no words of a caption.
func letterWords(s string) int {
	n, in, letter := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if in && letter {
				n++
			}
			in, letter = false, false
			continue
		}
		in, letter = true, letter || unicode.IsLetter(r)
	}
	if in && letter {
		n++
	}
	return n
}

// endsSentenceOrQuote reports whether s ends in a mark that closes a
// sentence, a quote, a clause or a parenthesis: such a line is prose
// or a sign-off, not a credit.
func endsSentenceOrQuote(s string) bool {
	r := lastRune(s)
	return unicode.In(r, unicode.Quotation_Mark, unicode.Pf, unicode.Pe, unicode.Terminal_Punctuation) || r == '…'
}

// isCreditTailWords reports whether tail reads as a credit's words: at
// most maxCreditTailWords words of letters, digits and the marks a name
// or an agency's credit holds (a hyphen, a dot, an apostrophe, a slash,
// an ampersand, a copyright sign; a colon after the first word, "Photo:
// Jane Roe"), the first and the last of them opening with a letter that
// is no lower-case one (a capital, or a script with no case) or a
// copyright sign, any between them either so or a short joining word of
// at most three letters ("for", "of", "by"). Code, a list set apart by
// commas and a footnote's mark read otherwise.
func isCreditTailWords(tail string) bool {
	ws := strings.Fields(tail)
	if len(ws) == 0 || len(ws) > maxCreditTailWords {
		return false
	}
	for k, w := range ws {
		if k == 0 {
			w = strings.TrimSuffix(w, ":")
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-.'’/&©", r) {
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if r == '©' || unicode.IsLetter(r) && !unicode.IsLower(r) {
			continue
		}
		if k == 0 || k == len(ws)-1 || !unicode.IsLower(r) || utf8.RuneCountInString(w) > 3 {
			return false
		}
	}
	return true
}

// markCreditedCaptions marks as captions, in the body start..end of a
// text page, the lines no rule claimed, at most maxCaptionWords words,
// that end in a credit run into the caption (creditTail) with a mark of
// its own or the same tail under minCreditTailCopies captions or more of
// the body. It returns the body's start moved past those that open it
// (only those: what other rules claimed above them stays as it is).
func markCreditedCaptions(ss []slot, start, end int) int {
	if start < 0 {
		return start
	}
	var tails map[string]int
	candidate := func(i int) (string, bool, bool) {
		s := &ss[i]
		if s.role != roleUnknown || s.kind != kindLine || s.f.words > maxCaptionWords {
			return "", false, false
		}
		return creditTail(s.text)
	}
	for i := start; i <= end && i < len(ss); i++ {
		if tail, marked, ok := candidate(i); ok && !marked {
			if tails == nil {
				tails = make(map[string]int)
			}
			tails[tail]++
		}
	}
	top := start
	for i := start; i <= end && i < len(ss); i++ {
		if tail, marked, ok := candidate(i); ok && (marked || tails[tail] >= minCreditTailCopies) {
			ss[i].role = roleCaption
			if i == top && top < end {
				top++
			}
		}
	}
	return top
}
