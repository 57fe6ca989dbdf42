package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file takes out of a text page's body the small groups of other
// stories' headlines set into it between two of its paragraphs. A
// browser's innerText sets a paragraph apart with a blank line and prints
// the lines of a box of links one under the other: in a dump the group is
// two lines or more packed together, headline-shaped, between two
// paragraphs. The box's last line is often the story's own subhead, which
// innerText prints right under the box: it speaks of what the paragraph
// under it says and stays.

// Bounds on a teaser group set into a story: its lines (the subhead at
// its foot with them), and the words of each.
const (
	minGroupLines = 2
	maxGroupLines = 6
	minGroupWords = 4
	maxGroupWords = 16
)

// markTeaserGroups marks as chrome, on a text page, the groups of other
// stories' headlines inside the body start..end: lines with no blank line
// between them, a blank line above the first and under the last, each
// shaped like a headline (isGroupTitle), right under a paragraph of the
// story and right over another, both set apart by blank lines. The
// group's last line stays when it shares a word with the paragraph under
// it (sharesKeyWord): the story's subhead, printed under the box. The
// rest must be minGroupLines lines or more (a heading over a subhead
// reads like a single headline over one) and maxGroupLines at most. A
// group stays whole when the paragraph above it ends with a colon (it
// introduces a list of the story's own) or when ownList reads it as the
// story's own list.
func markTeaserGroups(ss []slot, start, end int) {
	if start < 0 || end-start < minGroupLines+2 {
		return
	}
	var seen map[string]int // the body's lines, counted when first needed
	for i := start + 1; i < end; i++ {
		if !ss[i].gap || !isGroupTitle(&ss[i]) || ss[i].f.prose {
			// A question that reads as prose may be a headline in
			// the group, but not its first line: a dump written one
			// block per line sets a blank line above every line of
			// prose (inferGaps), and the group would start there.
			continue
		}
		j := i
		// A date alone under a heading dates it (a live page's section,
		// a card): it is no second headline.
		for j+1 < end && !ss[j+1].gap && isGroupTitle(&ss[j+1]) && !isEntryDate(ss, j+1) {
			j++
		}
		n := j - i + 1
		if n < minGroupLines || n > maxGroupLines || !ss[j+1].gap {
			i = j
			continue
		}
		above, below := i-1, j+1
		if !isGroupParagraph(ss, above) || !isGroupParagraph(ss, below) ||
			lastRune(ss[above].text) == ':' {
			i = j
			continue
		}
		last := j
		if sharesKeyWord(ss[j].text, ss[below].text) {
			last = j - 1
		}
		if last-i+1 < minGroupLines {
			// A heading over a subhead, or a teaser over one: no
			// telling them apart.
			i = j
			continue
		}
		if seen == nil {
			seen = make(map[string]int)
			for k := start; k <= end; k++ {
				if ss[k].role != roleJunk {
					seen[ss[k].text]++
				}
			}
		}
		if !ownList(ss, seen, i, last, j) {
			for k := i; k <= last; k++ {
				ss[k].role = roleChrome
			}
		}
		i = j
	}
}

// isGroupParagraph reports whether block i is a paragraph of the story
// beside a teaser group: a free paragraph set apart by a blank line.
func isGroupParagraph(ss []slot, i int) bool {
	return i >= 0 && i < len(ss) && ss[i].gap && isFreeParagraph(ss, i) && !isGroupTitle(&ss[i])
}

// isGroupTitle reports whether s is a line shaped like another story's
// headline: a free line of minGroupWords to maxGroupWords words, not
// closed by a full stop, a comma, a colon or an ellipsis (a question is a
// headline too), that opens with a letter, a figure and a word ("3 killed
// in ...", not a list's "3." or "3)"), or a quote mark that does not
// close it too (a quotation set apart is no headline).
func isGroupTitle(s *slot) bool {
	return s.role == roleUnknown && groupShaped(s)
}

// groupShaped reports whether the line s is shaped as isGroupTitle reads
// a headline, whatever its role.
func groupShaped(s *slot) bool {
	if s.kind != kindLine || !s.f.titleLike || s.f.words < minGroupWords || s.f.words > maxGroupWords {
		return false
	}
	r, size := utf8.DecodeRuneInString(s.text)
	if unicode.IsDigit(r) {
		k := size
		for k < len(s.text) && isDigit(s.text[k]) {
			k++
		}
		return k < len(s.text) && s.text[k] == ' '
	}
	if isQuoteMark(r) {
		return !isQuoteMark(lastRune(s.text))
	}
	return unicode.IsLetter(r)
}

// isQuoteMark reports whether r opens or closes a quotation.
func isQuoteMark(r rune) bool {
	return strings.ContainsRune("\"“”„«»'‘’", r)
}

// ownList reports whether the packed lines i..j, of which i..last would
// go, are a list of the story's own rather than other stories' headlines
// (see markTeaserGroups); seen counts the body's lines. They are when
// most of those that would go hold a figure (dates, results, prices), when one of them
// is printed again in the body (a table of contents over its subheads),
// when half of those that would go or more are cased as headings
// (headingCased: a German headline may be all nouns), when the lines that would go
// read as the points of one list (parallelLines), or when none of those
// carries a headline's mark (headlineMark).
func ownList(ss []slot, seen map[string]int, i, last, j int) bool {
	if numberedTitles(ss, i, last)*2 > last-i+1 {
		return true
	}
	cased := 0
	for k := i; k <= j; k++ {
		if seen[ss[k].text] > 1 {
			return true
		}
		if k <= last && headingCased(ss[k].text) {
			cased++
		}
	}
	if cased*2 >= last-i+1 {
		return true
	}
	if parallelLines(ss, i, last) {
		return true
	}
	for k := i; k <= last; k++ {
		if headlineMark(ss[k].text) {
			return false
		}
	}
	return true
}

// sameStem reports whether the content words a and b are one word, the
// one perhaps with an ending the other lacks ("meal", "meals").
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && utf8.RuneCountInString(b)-utf8.RuneCountInString(a) <= 2
}

// sharesKeyWord reports whether the line a has a content word in common
// with the paragraph b, or an acronym of its own (a word of two capitals
// or more: "EU", "NATO") that b holds too.
func sharesKeyWord(a, b string) bool {
	wb := contentWords(b)
	for _, w := range contentWords(a) {
		for _, v := range wb {
			if sameStem(w, v) {
				return true
			}
		}
	}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	for _, w := range strings.FieldsFunc(a, notLetter) {
		if utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			continue
		}
		for _, v := range strings.FieldsFunc(b, notLetter) {
			if v == w {
				return true
			}
		}
	}
	return false
}

// headingCased reports whether s is cased as a page's own headings are
// and a news headline is not: every word of four letters or more opens
// with a capital (Title Case, or capitals throughout), two such words at
// least. A headline of news writes its verbs and adjectives small, in
// German as in English or French.
func headingCased(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// parallelLines reports whether the lines i..j read as the points of one
// list: two of them open with the same word ("Choose ...", "Choose
// ..."), or a content word (contentWords) is in every one of them. The
// headlines of other stories on one topic may share a name, but not all
// of them.
func parallelLines(ss []slot, i, j int) bool {
	first := func(s string) string {
		w, _, _ := strings.Cut(s, " ")
		return strings.ToLower(w)
	}
	for k := i + 1; k <= j; k++ {
		for m := i; m < k; m++ {
			if first(ss[k].text) == first(ss[m].text) {
				return true
			}
		}
	}
	for _, w := range contentWords(ss[i].text) {
		all := true
		for k := i + 1; k <= j && all; k++ {
			all = containsContentWord(ss[k].text, w)
		}
		if all {
			return true
		}
	}
	return false
}

// containsContentWord reports whether w is among the content words
// (contentWords) of s.
func containsContentWord(s, w string) bool {
	for _, v := range contentWords(s) {
		if v == w {
			return true
		}
	}
	return false
}

// headlineMark reports whether the line s carries a mark that news
// headlines often carry and the points of a list seldom do: a kicker set
// off by a colon or a dash ("Budget: Key points", "Spring at last – and
// then summer"), a question, a quotation, or a figure.
func headlineMark(s string) bool {
	if hasDigit(s) || strings.ContainsAny(s, "?\"“”„«»") ||
		strings.Contains(s, ": ") || strings.Contains(s, " – ") || strings.Contains(s, " — ") || strings.Contains(s, " - ") {
		return true
	}
	// A single quote mark opens a quotation after a space; inside a
	// word it is an apostrophe.
	return strings.Contains(s, " '") || strings.Contains(s, " ‘")
}

// inTeaserGroup reports, for explain, whether block i is a line of a
// group that markTeaserGroups marked: a chrome line shaped like a
// headline, packed with another such line (no blank line between them),
// the group right under a paragraph.
func inTeaserGroup(ss []slot, i int) bool {
	marked := func(k int) bool { return ss[k].role == roleChrome && groupShaped(&ss[k]) }
	if !marked(i) {
		return false
	}
	// A group holds at most maxGroupLines lines, so neither walk goes
	// further: a long packed run is no group, and Explain, which asks of
	// each of its lines, stays linear.
	first, last := i, i
	for first > 0 && i-first < maxGroupLines && !ss[first].gap && marked(first-1) {
		first--
	}
	for last+1 < len(ss) && last-first < maxGroupLines && !ss[last+1].gap && marked(last+1) {
		last++
	}
	return last > first && last-first < maxGroupLines && ss[first].gap && first > 0 && ss[first-1].f.prose
}
