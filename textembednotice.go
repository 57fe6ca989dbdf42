package wirestory

// This file takes out of a text page's body the notice a site prints in
// place of each post or player it embeds and cannot show ("Externer Inhalt
// nicht verfügbar" / "Deine Privatsphäre-Einstellungen verhindern das
// Laden ..." / "Privatsphäre-Einstellungen ändern"; "Následuje obsah
// vložený z jiného webu. Zde jej můžete přeskočit." / "Přejít před obsah
// vložený z jiného webu."). On an HTML page each is the frame of an
// embed, left out with it; in a dump it is printed once per embed between
// the story's paragraphs. markRepeats takes the later copies of the
// notice's long line, which is prose; the short lines printed with it (its
// title, its button, its skip link) and the long line's first copy stay.
//
// A short line that a story repeats on purpose (Pros / Cons over each
// product, a subhead over each item, a question to each guest) stands next
// to lines that differ from copy to copy. The embed's short line stands,
// copy after copy, next to a copy of one same long line that markRepeats
// took, and that no rule gave back (keepRepeatedPrompts gives back a
// question printed over different answers). A short line repeated alone
// is not read here: only its place beside the repeated notice marks it.

// maxEmbedLabelWords is the most words of a short line printed with an
// embed's notice: a title, a button, a skip link.
const maxEmbedLabelWords = 8

// markEmbedNotices marks as chrome, in the body start..end of a text page,
// the copies of a line of at most maxEmbedLabelWords words printed
// minPromptCopies times or more in the body, every copy right above a
// copy of one same notice or right under it (blank lines aside). The
// notice is a line that stands minPromptCopies times or more in the body,
// every copy but the first already taken for chrome (markRepeats), and
// the only such line in the body. A label over the notice holds no figure
// (a card's field: a price, a date, a count); a line under it ends a
// sentence (a skip link; a heading there heads the next paragraph); a line
// that ends with a colon (a speaker's name, a field's label) introduces
// what follows it and stays. The notice's first copy stays too: nothing
// but its copies tells it from a paragraph.
func markEmbedNotices(ss []slot, start, end int) {
	if start < 0 || end-start < 2*minPromptCopies {
		return
	}
	// The notices: long lines whose copies after the first are chrome.
	type count struct{ all, chrome int }
	var long map[string]*count
	for i := start; i <= end; i++ {
		s := &ss[i]
		if s.kind != kindLine || s.role == roleJunk || s.f.words <= maxEmbedLabelWords {
			continue
		}
		if long == nil {
			long = make(map[string]*count)
		}
		c := long[s.text]
		if c == nil {
			c = &count{}
			long[s.text] = c
		}
		c.all++
		if s.role == roleChrome {
			c.chrome++
		}
	}
	isNotice := func(j int) bool {
		if j < start || j > end || ss[j].kind != kindLine {
			return false
		}
		c := long[ss[j].text]
		return c != nil && c.all >= minPromptCopies && c.chrome >= c.all-1
	}
	// The short lines: how many copies, and the notice each copy stands by
	// ("" when a copy stands by none, or by two different ones).
	type label struct {
		copies int
		notice string
		apart  bool // a copy stands by no notice, or by another one
	}
	var short map[string]*label
	for i := start; i <= end; i++ {
		s := &ss[i]
		if s.kind != kindLine || s.role == roleJunk || s.f.words == 0 || s.f.words > maxEmbedLabelWords {
			continue
		}
		if short == nil {
			short = make(map[string]*label)
		}
		l := short[s.text]
		if l == nil {
			l = &label{}
			short[s.text] = l
		}
		l.copies++
		n := ""
		if j := prevNonJunk(ss, i-1); isNotice(j) && s.f.sentence {
			n = ss[j].text
		} else if j := nextNonJunk(ss, i+1); isNotice(j) && !hasDigit(s.text) {
			n = ss[j].text
		}
		switch {
		case n == "":
			l.apart = true
		case l.notice == "":
			l.notice = n
		case l.notice != n:
			l.apart = true
		}
	}
	// One notice a page: a page that repeats several boxes of its own word
	// for word (a roundup's product cards, each with its name over its
	// blurb) prints its content again, not an embed's frame.
	notices := 0
	for _, c := range long {
		if c.all >= minPromptCopies && c.chrome >= c.all-1 {
			notices++
		}
	}
	if notices != 1 {
		return
	}
	for i := start; i <= end; i++ {
		s := &ss[i]
		if s.kind != kindLine || s.role != roleUnknown || s.f.words > maxEmbedLabelWords || lastRune(s.text) == ':' {
			continue
		}
		if l := short[s.text]; l != nil && l.copies >= minPromptCopies && !l.apart {
			s.role = roleChrome
		}
	}
}
