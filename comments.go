package wirestory

import (
	"strings"
	"unicode"
)

// This file finds a page's comments section by its shape: readers'
// comments are prose, and on a text page nothing but their furniture tells
// them from the story. A section is a run of comment headers ("jdoe says:",
// "Jane Roe on May 2, 2019 at 4:47 pm said:", a name above "2 days ago at
// 07:52 am"), votes and reply links, opened by a heading such as "34
// Comments", "34 responses to ..." or "Leave a Reply".

// commentsWindow is how many blocks after a comments heading, or after a
// first comment header, are searched for the next header.
const commentsWindow = 12

// commentsStart returns the index of the first block of the page's comments
// section, or -1 when it has none. A section needs two comment headers no
// more than commentsWindow blocks apart; it starts at the comments heading
// just before the first, if there is one. Comments follow the story, and a
// story's own date line ("Published 3 hours ago") reads like a comment's
// header: nothing above block from (the page's first paragraph, or the
// body's first when that is known) heads a comment, and a header above a
// comments heading is the story's, not the first comment's. A form for a
// new comment (commentForm), or a thread of comments found by their reply
// links (replyThread), starts the section too when it comes first.
func commentsStart(ss []slot, from int) int {
	form := commentForm(ss)
	if r := replyThread(ss, from); r >= 0 && (form < 0 || r < form) {
		form = r
	}
	if c := commentSection(ss, from); c >= 0 && (form < 0 || c < form) {
		return c
	}
	return form
}

// commentSection returns the start of the comments section that
// commentsStart describes, found by its comment headers below block from,
// or -1.
func commentSection(ss []slot, from int) int {
	last := -1    // the last comment header seen
	heading := -1 // the last comments heading seen
	for i := max(from, 0); i < len(ss); i++ {
		if len(ss[i].text) <= 200 && isCommentsHeadingKey(ss[i].chromeKey()) {
			heading = i
		}
		// A name above a date and time is a comment's header only under a
		// comments heading: a story's byline and date look the same.
		if !isCommentHeader(ss, i) && !(heading >= 0 && i-heading <= commentsWindow && isDatedName(ss, i)) {
			continue
		}
		if last >= 0 && i-last <= commentsWindow && heading < last {
			start := last
			for j := last - 1; j >= max(from, 0) && j >= last-commentsWindow; j-- {
				if isCommentsHeading(ss[j].text) {
					start = j
					break
				}
			}
			return start
		}
		last = i
	}
	return -1
}

// isCommentHeader reports whether block i heads a reader's comment: a short
// line ending in "says:" or its kin ("wrote:", "schreibt:") that holds the
// comment's date or has it on the next line ("jdoe says:" above "November
// 19, 2019 at 6:34 am"), or a relative time ("2 days ago", "vor 3
// Stunden") alone on its line. A quotation's lead-in ("The minister
// said:") has no date beside it.
func isCommentHeader(ss []slot, i int) bool {
	t := ss[i].text
	if len(t) > 120 || ss[i].f.words > 14 {
		return false
	}
	if isSaysOverDate(ss, i) {
		return true
	}
	if strings.HasSuffix(t, ":") {
		l := strings.ToLower(t)
		for _, suffix := range commentSaid {
			if !strings.HasSuffix(l, suffix) {
				continue
			}
			if hasDigit(t) {
				return true
			}
			if j := i + 1; j < len(ss) && ss[j].f.words <= 12 {
				n := strings.ToLower(ss[j].text)
				return parseDateText(ss[j].text).ok || hasYear(n) && !ss[j].f.prose || isCommentTime(n)
			}
			return false
		}
		return false
	}
	// A relative time has a number or says "ago" ("an hour ago").
	if !hasDigit(t) && !strings.Contains(t, "ago") {
		return false
	}
	return isCommentTime(strings.ToLower(t))
}

// isDatedName reports whether block i is a reader's name above the date
// and time of the comment: a short line that ends no sentence, then a line
// with a date and a clock time and little else ("Mapper", then "le
// 22/11/2024 à 09:47").
func isDatedName(ss []slot, i int) bool {
	s := &ss[i]
	if i+1 >= len(ss) || s.f.words == 0 || s.f.words > 4 || len(s.text) > 40 || s.f.sentence {
		return false
	}
	n := &ss[i+1]
	if n.f.words > 8 || !parseDateText(n.text).ok {
		return false
	}
	for _, w := range strings.Fields(n.text) {
		if _, _, ok := clockTime(w); ok {
			return true
		}
	}
	return false
}

// commentSaid are the endings of comment headers, in several languages.
var commentSaid = []string{
	" says:", " said:", " wrote:", " writes:", " replied:", " commented:",
	" schreibt:", " sagt:", " meint:", " schrieb:", " dice:", " escribió:", " ha scritto:", " dit :", " dit:",
	" a écrit :", " a écrit:", " disse:", " escreveu:", " skriver:", " skrev:", " zegt:", " schreef:",
	" napisał:", " napisała:",
}

// isCommentTime reports whether a lower-cased line is a relative time and
// little else: "2 days ago", "2 days ago at 07:52 am", "vor 3 Stunden",
// "il y a 2 jours", "hace 5 horas".
func isCommentTime(l string) bool {
	f := strings.Fields(l)
	if len(f) < 2 || len(f) > 7 {
		return false
	}
	unit := func(w string) bool {
		w = strings.TrimRight(w, ".,")
		switch w {
		case "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days",
			"week", "weeks", "month", "months", "year", "years", "sekunden", "minuten", "stunde", "stunden",
			"tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren", "jours", "jour", "heures",
			"heure", "semaines", "mois", "ans", "horas", "hora", "días", "dias", "semanas", "meses", "años", "minutos",
			"minuto", "segundos", "minuti", "ore", "giorni":
			return true
		}
		return false
	}
	for k := 0; k+1 < len(f); k++ {
		n := f[k]
		if n != "a" && n != "an" && n != "one" && !isNumber(n) {
			continue
		}
		if !unit(f[k+1]) {
			continue
		}
		// "2 days ago", "vor 2 Tagen", "il y a 2 jours", "hace 2 días".
		if k+2 < len(f) && f[k+2] == "ago" || k > 0 && (f[k-1] == "vor" || f[k-1] == "hace" || f[k-1] == "há") ||
			k > 1 && f[k-2] == "y" && f[k-1] == "a" {
			return true
		}
	}
	return false
}

// isCommentsHeading reports whether s heads a comments section: "Comments",
// "34 Comments", "[ 167 comments ]", "34 responses to “...”", "Leave a
// Reply", "Kommentare".
func isCommentsHeading(s string) bool {
	if len(s) > 200 {
		return false
	}
	return isCommentsHeadingKey(chromeKey(s))
}

// isCommentsHeadingKey is isCommentsHeading of a line of up to 200 bytes
// whose chromeKey is key.
func isCommentsHeadingKey(key string) bool {
	if commentsHeadings[key] {
		return true
	}
	if key == "" || !isDigit(key[0]) {
		return false // a count of comments opens with its number
	}
	f := strings.FieldsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) >= 2 && isNumber(f[0]) {
		switch f[1] {
		case "comments", "comment", "responses", "response", "replies", "reply", "kommentare", "kommentar",
			"commentaires", "commentaire", "comentarios", "comentario", "commenti", "reacties", "komentarze",
			"kommentarer", "comentários":
			return len(f) == 2 || f[2] == "to" || f[2] == "on" || f[2] == "zu"
		}
	}
	return false
}

// commentsHeadings are lines that open a comments section.
var commentsHeadings = setOf(
	"comments", "comment", "reader comments", "readers' comments", "top rated comments", "most liked comments",
	"leave a reply", "leave a comment", "post a comment", "add a comment", "join the conversation",
	"join the discussion", "discussion", "responses", "kommentare", "leserkommentare", "commentaires",
	"réactions", "comentarios", "commenti", "reacties", "komentarze", "kommentarer", "comentários",
	"write a comment", "comments are closed",
)

// commentsPlural are the words for readers' comments, in the plural, in
// several languages: the rules of a comments section speak of them ("The
// content of the comments is the opinion of the readers"), a story that
// asked someone for comment hardly ever does.
var commentsPlural = []string{"comments", "commentaires", "comentarios", "comentários", "commenti", "kommentare",
	"kommentarer", "komentarze", "reacties", "التعليقات"}

// trimCommentRules returns the end of a text page's body without the
// rules of the comments section that close it: from a block among the
// body's last three that speaks of readers' comments, which the scorer
// doubts (below 0.85), when the blocks after it are doubted as well.
func trimCommentRules(ss []slot, p []float32, start, end int) int {
	if start < 0 {
		return end
	}
	const doubt = 0.85
	cut := -1
	seen := 0
	for j := end; j > start && seen < 3; j-- {
		s := &ss[j]
		if s.role != roleUnknown {
			continue
		}
		seen++
		if p[j] >= doubt {
			break
		}
		l := strings.ToLower(s.text)
		if s.f.prose && !opensWithDateline(s.text) && hasAnyStem(l, commentsPlural) {
			cut = j
		}
	}
	if cut < 0 {
		return end
	}
	for j := cut - 1; j >= start; j-- {
		if ss[j].role == roleUnknown && ss[j].f.prose {
			return j
		}
	}
	return end
}

// commentForm returns the start of a text page's form for a new comment,
// or -1 when it has none: two fields that say they are required ("Name *",
// "Email*"), short lines no more than four blocks apart, with a comments
// heading ("Leave a Reply", "Comment *") among them or within six blocks
// above the first. The form starts at that heading. A login form has no
// comments heading; a story has no fields.
func commentForm(ss []slot) int {
	field := func(i int) bool {
		s := &ss[i]
		return s.kind == kindLine && s.f.words <= 3 && len(s.text) <= 40 && strings.HasSuffix(s.text, "*")
	}
	first, n := -1, 0
	for i := range ss {
		if !field(i) {
			if first >= 0 && i-first > 4 {
				first, n = -1, 0
			}
			continue
		}
		if first < 0 || i-first > 4 {
			first, n = i, 0
		}
		n++
		if n < 2 {
			continue
		}
		for j := max(0, first-6); j <= i; j++ {
			if len(ss[j].text) <= 200 && isCommentsHeadingKey(ss[j].chromeKey()) {
				return j
			}
		}
	}
	return -1
}
