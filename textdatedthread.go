package wirestory

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file finds, on a text page, a thread of readers' comments under the
// story by the shape of its comment headers: a short line that joins a
// name to a date, printed the same way over and over ("Posted by: jdoe at
// December 18, 2025 05:48 PM", "by jdoe ( 1234 ) on Friday December 19,
// 2025 @08:08PM", "jdoe says: May 2, 2024", "von jdoe am 3. Mai 2024",
// "jdoe | Dec 3, 2024 reply"), each over (or under) the comment's text.
// commentsStart knows the headers that end in "says:" or stand over a
// date of their own; a header that carries its date inline, in a form of
// the site's own, it does not, and the comments, prose like the story,
// run on in the body.
//
// A header's form is what stays when the name is taken out: the words
// around it and a date (digits, month and day names) read as one token.
// Two headers share a form when they agree up to the name, the name is a
// few words with no date in it, and after it they agree again up to and
// through the date (a comment's trailing links, "Homepage", "(#123)",
// may differ). A thread is two such headers or more, each within
// datedThreadReach blocks of the last, with a comment's text (a sentence
// or a line of some words) between each two, naming at least two
// different writers, not all newest first, and with the furniture of a
// comments section beside them: a comments heading, a count of comments
// or a reply link.
//
// What it keeps: a story's own byline and date line (the thread starts
// below the first paragraph); a live page, whose entries run newest first
// and carry no reply links; a list of dated items the story announces
// (events, releases: no comments heading, no reply links); the same line
// again and again (a date line repeated, one writer's name on teasers),
// which names no second writer; and a story's paragraph that quotes
// someone "on Monday", which is prose, not a header.

// Dated-thread bounds: a header is at most maxThreadHeaderWords words and
// maxThreadHeaderBytes bytes; the name in it at most maxThreadNameTokens
// tokens; two headers stand at most datedThreadReach blocks apart; each
// new header is compared with the threadLookBack headers before it.
const (
	maxThreadHeaderWords = 16
	maxThreadHeaderBytes = 160
	maxThreadNameTokens  = 4
	datedThreadReach     = 3 * commentsWindow
	threadLookBack       = 8
)

// minThreadCommentWords is the fewest words of a line between two headers
// that reads as a comment's text when it ends no sentence.
const minThreadCommentWords = 6

// maxThreadCueWords is the most words of a line of a comments section's
// furniture ("Reply", "Reply to This", "87 Comments", "Comments Filter:").
const maxThreadCueWords = 8

// threadDateToken stands for a date, or the part of one, in a header's
// form: a token no line's text holds.
const threadDateToken = "\x00"

// threadReplyWords are the words of a reply link (replyWords) and of a
// count of replies, as a set.
var threadReplyWords = setOf(append([]string{"replies", "antwort"}, replyWords...)...)

// weekdayWords are weekdayNames as a set.
var weekdayWords = setOf(weekdayNames...)

// datedHeader is a line that may head a comment: its index, its form's
// tokens, its date, and the thread it was linked to.
type datedHeader struct {
	at     int
	tokens []string
	when   time.Time
	thread int
}

// datedThread is a run of headers of one form.
type datedThread struct {
	members  []int // indexes into the headers
	distinct bool  // two of them name different writers
}

// withDatedThread returns the first block of a text page's comments: that
// of commentsStart (comments, -1 for none) or, when it comes first, that
// of a thread of dated headers below block from (datedThreadStart).
func withDatedThread(ss []slot, from, comments int) int {
	if t := datedThreadStart(ss, from); t >= 0 && (comments < 0 || t < comments) {
		return t
	}
	return comments
}

// ruleEndAboveComments returns the last block of the rules' run
// (ruleEnd) that may widen a text page's body ending at end: the rules
// see no comments, and their run does not carry the body from above the
// comments into them.
func ruleEndAboveComments(ruleEnd, end, comments int) int {
	if comments > end && comments <= ruleEnd {
		return comments - 1
	}
	return ruleEnd
}

// datedThreadStart returns the first block of a comments thread found by
// its dated headers below block from, or -1 (see the file's comment).
func datedThreadStart(ss []slot, from int) int {
	from = max(from, 0)
	var heads []datedHeader
	var threads []datedThread
	for i := from + 1; i < len(ss); i++ {
		tokens, when, ok := datedHeaderForm(&ss[i])
		if !ok {
			continue
		}
		h := datedHeader{at: i, tokens: tokens, when: when, thread: -1}
		for k := len(heads) - 1; k >= 0 && k >= len(heads)-threadLookBack; k-- {
			p := &heads[k]
			if i-p.at > datedThreadReach {
				break
			}
			slotA, slotB, ok := sameHeaderForm(p.tokens, tokens)
			if !ok || !commentTextBetween(ss, p.at, i) {
				continue
			}
			t := p.thread
			if t < 0 {
				t = len(threads)
				threads = append(threads, datedThread{members: []int{k}})
				p.thread = t
			} else if m := threads[t].members; m[len(m)-1] != k {
				continue // p's thread went on past it
			}
			h.thread = t
			threads[t].members = append(threads[t].members, len(heads))
			if slotA != slotB {
				threads[t].distinct = true
			}
			break
		}
		heads = append(heads, h)
	}
	best := -1
	for _, t := range threads {
		if !t.distinct || newestFirst(heads, t.members) {
			continue
		}
		if s := threadStart(ss, heads, t.members, from); s > from && (best < 0 || s < best) {
			best = s
		}
	}
	return best
}

// datedHeaderForm returns the form of a line that may head a comment (a
// short line, no paragraph, holding a date) and its date.
func datedHeaderForm(s *slot) ([]string, time.Time, bool) {
	if len(s.text) > maxThreadHeaderBytes || s.f.words > maxThreadHeaderWords || s.f.prose || !hasDigit(s.text) {
		return nil, time.Time{}, false
	}
	when, ok := findDate(s.text)
	if !ok {
		return nil, time.Time{}, false
	}
	return headerTokens(s.text), when, true
}

// headerTokens returns a line's form: its words lower-cased and its marks
// one to a token, with a run of date tokens (a token with a digit, a
// month's or a day's name, "am", "pm"), commas between them included, as
// one threadDateToken.
func headerTokens(s string) []string {
	var out []string
	add := func(t string) {
		l := strings.ToLower(t)
		if hasDigit(l) || isMonthName(strings.TrimSuffix(l, ".")) || weekdayWords[strings.TrimSuffix(l, ".")] ||
			l == "am" || l == "pm" || l == "a.m." || l == "p.m." {
			l = threadDateToken
		}
		n := len(out)
		if l == threadDateToken && n > 0 && out[n-1] == threadDateToken {
			return
		}
		if l == threadDateToken && n > 1 && out[n-1] == "," && out[n-2] == threadDateToken {
			out = out[:n-1]
			return
		}
		out = append(out, l)
	}
	word := -1 // start of the word being read
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		inner := r == '-' || r == '.' || r == '\'' || r == '_' || r == '/' || r == ':' || r == '’'
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if word < 0 {
				word = i
			}
		case inner && word >= 0 && i+size < len(s) && opensWord(s[i+size:]):
			// inside a word: "a.m.", "05:48", "o'neil"
		case inner && word >= 0 && r == '.':
			// a word's closing dot: "a.m.", "Dec."
			i += size
			add(s[word:i])
			word = -1
			continue
		default:
			if word >= 0 {
				add(s[word:i])
				word = -1
			}
			if !unicode.IsSpace(r) {
				add(s[i : i+size])
			}
		}
		i += size
	}
	if word >= 0 {
		add(s[word:])
	}
	return out
}

// opensWord reports whether s opens with a letter or a digit.
func opensWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sameHeaderForm reports whether two headers' forms are one form with a
// name in it, and returns the names: the forms agree up to the name, the
// names are 1 to maxThreadNameTokens words, and after them the forms
// agree again through a date, with a word or a mark beside the date
// ("at", "says:", "|") or nothing after it; or the date comes before the
// name and the forms agree to the end. Two forms alike in every token
// share a form too, with names "" (one writer's name, or none).
func sameHeaderForm(a, b []string) (string, string, bool) {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	if p == len(a) && p == len(b) {
		return "", "", slices.Contains(a, threadDateToken)
	}
	dateBefore := slices.Contains(a[:p], threadDateToken)
	for x := 1; x <= maxThreadNameTokens && p+x <= len(a); x++ {
		if !isNameTokens(a[p : p+x]) {
			break
		}
		for y := 1; y <= maxThreadNameTokens && p+y <= len(b); y++ {
			if !isNameTokens(b[p : p+y]) {
				break
			}
			ra, rb := a[p+x:], b[p+y:]
			q := 0
			for q < len(ra) && q < len(rb) && ra[q] == rb[q] {
				q++
			}
			whole := q == len(ra) && q == len(rb)
			if slices.Contains(ra[:q], threadDateToken) && (whole || p > 0 || q > 1) || dateBefore && whole {
				return strings.Join(a[p:p+x], " "), strings.Join(b[p:p+y], " "), true
			}
		}
	}
	return "", "", false
}

// isNameTokens reports whether tokens may be a writer's name in a header:
// words, no date among them.
func isNameTokens(tokens []string) bool {
	for _, t := range tokens {
		if t == threadDateToken || !opensWord(t) {
			return false
		}
	}
	return true
}

// commentTextBetween reports whether a comment's text stands between two
// headers at a and b: a line that ends a sentence or has
// minThreadCommentWords words or more.
func commentTextBetween(ss []slot, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if f := &ss[j].f; f.prose || f.sentence && f.words >= 2 || f.words >= minThreadCommentWords {
			return true
		}
	}
	return false
}

// newestFirst reports whether a thread's headers run newest first, each
// dated before the one above it, as a live page's entries do.
func newestFirst(heads []datedHeader, members []int) bool {
	for k := 1; k < len(members); k++ {
		if !heads[members[k]].when.Before(heads[members[k-1]].when) {
			return false
		}
	}
	return true
}

// threadStart returns the first block of the comments a thread's headers
// head, or -1 when no comments section's furniture (isThreadCue) stands
// beside them. The first header with furniture within commentsWindow
// blocks above it or before the next header starts the comments; they
// start at the first piece of furniture above it instead (a heading, a
// count of comments), or at a heading under it, when its header is the
// story's own line (a post's "Posted by ... at ..." over its comments).
func threadStart(ss []slot, heads []datedHeader, members []int, from int) int {
	for k := 0; k+1 < len(members); k++ {
		at, next := heads[members[k]].at, heads[members[k+1]].at
		for j := max(from+1, at-commentsWindow); j < at; j++ {
			if isThreadCue(&ss[j]) {
				return j
			}
		}
		for j := at + 1; j < next; j++ {
			if !isThreadCue(&ss[j]) {
				continue
			}
			if len(ss[j].text) <= 200 && isCommentsHeadingKey(ss[j].chromeKey()) {
				return j
			}
			return at
		}
	}
	return -1
}

// isThreadCue reports whether a block is a comments section's furniture:
// a comments heading (isCommentsHeading), or a short line that speaks of
// comments or replies ("Reply", "Reply to This", "87 Comments",
// "Antworten").
func isThreadCue(s *slot) bool {
	if len(s.text) > 200 || s.f.words > maxThreadCueWords || s.f.prose {
		return false
	}
	if isCommentsHeadingKey(s.chromeKey()) {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s.text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if threadReplyWords[w] {
			return true
		}
		for _, c := range commentsPlural {
			if w == c {
				return true
			}
		}
	}
	return false
}
