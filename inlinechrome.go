package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file knows the chrome a scraper leaves inside a story's text: a
// link to another story set between its paragraphs ("Lire l'entretien :
// ..."), a call to follow a link ("WATCH LIVE ON OUR APP >>>"), a
// video's player, with its length ("01:43 min") and its title, a
// slideshow's label ("Slideshow (3 images)"). Each matches only a short
// line of that shape, never a paragraph.

// readVerbs are the imperatives that open a link to another story, in the
// languages wires and their clients publish in: "Lire aussi : ...",
// "Lees ook: ...", "Read more: ...".
var readVerbs = setOf("read", "lire", "lisez", "lesen", "lies", "lees", "leer", "lea", "lee", "leia", "leggi",
	"czytaj", "les", "läs", "læs")

// ambiguousReadVerbs are read verbs that are also common words or names
// at the start of a title: French "Les", the name "Lee".
var ambiguousReadVerbs = setOf("les", "lee", "lea", "lies", "read")

// isReadLink reports whether s is a link to another story set in the
// story's text: a read verb, a label ending in a colon within the first
// five words, and the other story's title, which ends no sentence ("Lire
// l'entretien : Fleur Pellerin : « ... »", "Lees ook: Minister treedt
// af").
func isReadLink(s string, sentence bool) bool {
	if sentence || len(s) > 300 {
		return false
	}
	// The first word, as strings.Fields cuts it, must be a verb of
	// reading: looked at before the line is cut into words.
	first := strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
		first = first[:i]
	}
	if !readVerbs[strings.ToLower(first)] {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 30 || !readVerbs[strings.ToLower(f[0])] {
		return false
	}
	if ambiguousReadVerbs[strings.ToLower(f[0])] {
		// "Les også: ..." but "Les requins d'Europe : ...", "Lee Smith:
		// ...": the label is the verb and one word.
		return len(f) > 2 && strings.HasSuffix(f[1], ":") && len(f[1]) > 1
	}
	for k := range min(5, len(f)) {
		if f[k] == ":" || k > 0 && strings.HasSuffix(f[k], ":") {
			return k+1 < len(f)
		}
	}
	return false
}

// isArrowLink reports whether s is a short call to follow a link that
// ends in arrows: "WATCH LIVE ON OUR APP >>>", "Mehr dazu »»".
func isArrowLink(s string) bool {
	t := strings.TrimSpace(s)
	for _, a := range []string{">>", "»»", "▶▶"} {
		if strings.HasSuffix(t, a) {
			return wordCountUpTo(t, 16) <= 15
		}
	}
	return false
}

// isDurationLabel reports whether key (a chromeKey) is a video's length
// alone: "01:43 min", "4:16 min.", "12 min", "2:05 minutes".
func isDurationLabel(key string) bool {
	// The last word, below, must be a unit: a key that ends in none is
	// no length.
	end := strings.TrimRightFunc(key, unicode.IsSpace)
	if !strings.HasSuffix(end, "min") && !strings.HasSuffix(end, "mins") && !strings.HasSuffix(end, "minutes") &&
		!strings.HasSuffix(end, "minuten") && !strings.HasSuffix(end, "minutos") && !strings.HasSuffix(end, "minuti") &&
		!strings.HasSuffix(end, "minut") {
		return false
	}
	f := strings.Fields(key)
	if len(f) != 2 {
		return false
	}
	switch f[1] {
	case "min", "mins", "minutes", "minuten", "minutos", "minuti", "minut":
	default:
		return false
	}
	n := f[0]
	if isNumber(n) {
		return len(n) <= 3
	}
	m, sec, ok := strings.Cut(n, ":")
	return ok && isNumber(m) && len(m) <= 2 && isNumber(sec) && len(sec) == 2
}

// isSlideshowLabel reports whether key (a chromeKey) labels a slideshow or
// a gallery by its size: "slideshow ( 3 images", "gallery (12 photos".
func isSlideshowLabel(key string) bool {
	for _, p := range []string{"slideshow", "gallery", "photo gallery", "bildergalerie", "galerie", "galería"} {
		rest, ok := strings.CutPrefix(key, p)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " (:")
		f := strings.Fields(rest)
		return len(f) == 2 && isNumber(f[0])
	}
	return false
}

// readAlsoPhrases open a link to another story glued to its title with no
// colon: "À lire aussi La natalité russe ...", "Lesen Sie auch ...".
var readAlsoPhrases = []string{"à lire aussi ", "a lire aussi ", "lire aussi ", "voir aussi ", "lesen sie auch ",
	"lee también ", "lea también ", "leia também ", "veja também ", "leggi anche ", "read also ", "also read ",
	"see also ", "les også ", "lees ook ", "läs också ", "læs også ", "czytaj także ", "czytaj też ",
	"zobacz też ", "читайте также ", "baca juga "}

// isReadAlsoLink reports whether key (a chromeKey) is a "read also" label
// glued to another story's title of two words or more, and no sentence.
func isReadAlsoLink(key string, sentence bool) bool {
	if sentence {
		return false
	}
	for _, p := range readAlsoPhrases {
		if rest, ok := strings.CutPrefix(key, p); ok && wordCount(rest) >= 2 {
			return wordCountUpTo(key, 26) <= 25
		}
	}
	return false
}

// callToActEnds end a promo with a call to act: "... with no investment.
// Register Now!".
var callToActEnds = []string{"register now", "sign up now", "subscribe now", "download now", "join now",
	"apply now", "play now", "buy now", "shop now", "order now", "jetzt registrieren", "jetzt abonnieren",
	"jetzt anmelden", "inscrivez-vous", "abonnez-vous", "regístrate", "suscríbete"}

// endsWithCallToAct reports whether s (with key its chromeKey) is a promo
// of thirty words or fewer that ends with a call to act, shouted or in
// capitals ("Register Now!", "Sign Up Now"): a sentence that reports one
// ("urged voters to register now.") is no promo.
func endsWithCallToAct(s, key string) bool {
	t := strings.TrimSpace(s)
	for _, e := range callToActEnds {
		if !strings.HasSuffix(key, e) {
			continue
		}
		if wordCountUpTo(key, 31) > 30 {
			return false
		}
		if strings.HasSuffix(t, "!") {
			return true
		}
		f := strings.Fields(strings.TrimRight(t, ".!>» "))
		return len(f) > 0 && titleCase(f[len(f)-1])
	}
	return false
}

// isInlineChrome reports whether s (with key its chromeKey) is chrome a
// scraper left inside a story's text; see this file's comment.
func isInlineChrome(s, key string, sentence bool) bool {
	return isReadLink(s, sentence) || isReadAlsoLink(key, sentence) || isArrowLink(s) || isDurationLabel(key) ||
		isSlideshowLabel(key) || endsWithCallToAct(s, key)
}

// markVideoTitles marks as a teaser the title a text page prints right
// under a video's length ("01:43 min", then the video's title on the next
// line): a line of a dozen words or fewer that is no paragraph.
func markVideoTitles(ss []slot) {
	for i := 0; i+1 < len(ss); i++ {
		if ss[i].kind != kindLine || ss[i].role != roleChrome || !isDurationLabel(chromeKey(ss[i].text)) {
			continue
		}
		n := &ss[i+1]
		if n.role == roleUnknown && !n.gap && !n.f.prose && n.f.words <= 12 && utf8.RuneCountInString(n.text) >= 8 {
			n.role = roleTeaser
		}
	}
}

// markPromoBoxes marks the lines of a promo box set in or after a text
// page's story: a box opened by a promo label ("Newsletter") and closed
// by another ("Weitere Newsletter", "Subscribe") within a few blocks,
// holding one to three short lines (the newsletter's name and its pitch).
// A story's paragraph is longer, and no promo label closes it.
func markPromoBoxes(ss []slot) {
	isPromo := isPromoLabel
	for i := range ss {
		if !isPromo(&ss[i]) {
			continue
		}
		var inner []int
		for j := i + 1; j < len(ss) && j <= i+6; j++ {
			s := &ss[j]
			if s.role == roleJunk {
				continue
			}
			if isPromo(s) {
				if len(inner) > 0 {
					for _, k := range inner {
						ss[k].role = roleChrome
					}
				}
				break
			}
			if s.role != roleUnknown || s.f.words > 30 || len(inner) == 3 || opensWithDateline(s.text) {
				break
			}
			inner = append(inner, j)
		}
	}
}

// isPromoLabel reports whether s is a promo box's label: chrome of three
// words or fewer that calls to subscribe, register, download ...
func isPromoLabel(s *slot) bool {
	return s.role == roleChrome && s.kind == kindLine && s.f.words <= 3 && hasAnyStem(strings.ToLower(s.text), promoStems)
}

// inPromoBox reports whether block i stands between two promo labels no
// more than six blocks apart (for Explain).
func inPromoBox(ss []slot, i int) bool {
	for j := max(0, i-6); j < i; j++ {
		if !isPromoLabel(&ss[j]) {
			continue
		}
		for k := i + 1; k < len(ss) && k <= j+6; k++ {
			if isPromoLabel(&ss[k]) {
				return true
			}
		}
	}
	return false
}

// isHandleCredit reports whether s is an author box's line: an agency or
// a credit and one or two social handles ("AGENCY @site", "Jane Roe
// @janeroe").
func isHandleCredit(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	var rest []string
	handles := 0
	for _, w := range f {
		if len(w) > 1 && w[0] == '@' {
			handles++
			continue
		}
		rest = append(rest, w)
	}
	if handles == 0 || handles > 2 || len(rest) == 0 {
		return false
	}
	r := strings.Join(rest, " ")
	if isAgencyOnly(r) {
		return true
	}
	_, ok := parseCreditLine(r)
	return ok
}

// tocLabels head a table of contents.
var tocLabels = setOf("sommaire", "table of contents", "contents", "in this article", "in this story", "inhalt",
	"inhaltsverzeichnis", "índice", "indice", "sumário", "spis treści", "inhoud", "innhold", "目次", "目录")

// markTableOfContents marks as chrome a text page's table of contents: a
// label ("Sommaire", "Contents") and the run of two or more short lines
// after it, with only chrome between them, each of which stands again
// further down the page (the story's subheads, listed before the story).
func markTableOfContents(ss []slot) {
	var last map[string]int
	entry := func(i int) bool {
		s := &ss[i]
		return s.kind == kindLine && s.role == roleUnknown && s.f.words >= 2 && s.f.words <= 25 && last[s.text] > i
	}
	for h := range ss {
		if ss[h].kind != kindLine || !tocLabels[chromeKey(ss[h].text)] {
			continue
		}
		if last == nil {
			last = make(map[string]int, len(ss))
			for i := range ss {
				last[ss[i].text] = i
			}
		}
		var run []int
		for j := h + 1; j < len(ss); j++ {
			if ss[j].role == roleJunk || ss[j].role == roleChrome {
				continue
			}
			if !entry(j) {
				break
			}
			run = append(run, j)
		}
		if len(run) >= 2 {
			ss[h].role = roleChrome
			for _, k := range run {
				ss[k].role = roleChrome
			}
		}
	}
}

// inTableOfContents reports whether block i is a table of contents' label
// or an entry, whose text stands again further down the page (for
// Explain).
func inTableOfContents(ss []slot, i int) bool {
	if tocLabels[chromeKey(ss[i].text)] {
		return true
	}
	for j := i + 1; j < len(ss); j++ {
		if ss[j].text == ss[i].text {
			return true
		}
	}
	return false
}

// dateLabel returns the word that labels a date line ("Publisert
// 06.01.2026 - 17:29", "Published May 2, 2024"), lower-cased, or "" when s
// is no date line or has no label.
func dateLabel(s string) string {
	if len(s) > 80 || !parseDateText(s).ok {
		return ""
	}
	w, _, _ := strings.Cut(s, " ")
	w = strings.ToLower(strings.TrimRight(w, ":"))
	for _, r := range w {
		if r < 'a' || r > 'z' {
			if r < 0x80 {
				return ""
			}
		}
	}
	if _, isMonth := monthName(w); len(w) < 4 || isMonth {
		return ""
	}
	return w
}

// cutSecondStory returns the end of a text page's body before a second
// story that the page runs on into (an endless scroll): a date line inside
// the body with the label of the story's own date line above it
// ("Publisert ..."), with the second story's bylines just before it. The
// body ends at the last paragraph before that story's head.
func cutSecondStory(ss []slot, start, end int) int {
	if start < 0 {
		return end
	}
	labels := map[string]bool{}
	for i := max(0, start-30); i < start; i++ {
		if l := dateLabel(ss[i].text); l != "" {
			labels[l] = true
		}
	}
	if len(labels) == 0 {
		return end
	}
	for j := start + 1; j <= end; j++ {
		if !labels[dateLabel(ss[j].text)] {
			continue
		}
		// The second story's bylines: a name line or two just above.
		k := j - 1
		names := 0
		for k > start && j-k <= 3 && !ss[k].f.prose && ss[k].f.words >= 2 && ss[k].f.words <= 4 && !ss[k].f.sentence {
			names++
			k--
		}
		if names == 0 {
			continue
		}
		for cut := k; cut > start; cut-- {
			if ss[cut].role == roleUnknown && ss[cut].f.prose {
				// The second story's head is another story's: no tail of
				// this one is read past it.
				for h := cut + 1; h <= j; h++ {
					if ss[h].role == roleUnknown {
						ss[h].role = roleTeaser
					}
				}
				return cut
			}
		}
		return end
	}
	return end
}

// strippedDateline reads a dateline that a site printed without its
// separator, so that the place in capitals runs into the lede ("SAN
// FRANCISCO Venture capitalists are ..."): the page must print the same
// place in the story's head, alone or as a part of a line ("SAN FRANCISCO
// | By Jane Roe"), above the paragraph. It returns the place and the lede.
func strippedDateline(first string, blocks []block) (string, string, bool) {
	// The place: up to three words in capitals.
	n, words := 0, 0
	for words < 3 {
		w := placeWordLen(first[n:])
		if w == 0 || !isCaps(first[n:n+w]) || n+w >= len(first) || first[n+w] != ' ' {
			break
		}
		n += w + 1
		words++
	}
	if words == 0 {
		return "", "", false
	}
	place, lede := first[:n-1], first[n:]
	if utf8.RuneCountInString(place) < 4 || words == 1 && !knownPlace(place) {
		// A word in capitals alone may be an acronym ("NATO Leaders
		// met ..."): the gazetteer must know it.
		return "", "", false
	}
	// The lede goes on as a sentence: a capital, then lower case.
	w, _, _ := strings.Cut(lede, " ")
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ToUpper(w[size:]) == w[size:] {
		return "", "", false
	}
	for i := range blocks {
		t := blocks[i].text
		if t == first {
			return "", "", false
		}
		if t == place || strings.HasPrefix(t, place+" | ") || strings.HasSuffix(t, " | "+place) {
			return place, lede, true
		}
	}
	return "", "", false
}
