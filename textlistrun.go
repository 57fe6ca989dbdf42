package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file gives a text page's body the rest of a list that the body
// stops inside. A story may close with a list of its own: numbered items
// (the deals, the picks, each with its link), or dated lines (a tour's
// stops, a schedule, results). The scorer weighs each line with its
// neighbours; a long list of short lines reads to it less and less like
// the story, and it stops a few items in, where the HTML path keeps the
// whole list in the element that holds the story. A list that goes on
// counting where the body stops (3, 4, 5 under 1, 2), or a run of lines
// of one shape that goes on, line under line, is the same list.

// maxItemTrail is the most lines under a numbered item before the next
// one (its link, its price).
const maxItemTrail = 2

// maxItemNumber is the highest number read as an item's: "2019." opens a
// sentence about a year.
const maxItemNumber = 999

// minShapeRun is the fewest lines of one shape, one under the other, that
// close a text page's body before the lines of that shape under it join.
const minShapeRun = 3

// keepListRun returns the end of a text page's body start..end moved down
// over the rest of the list it stops inside: numbered items that go on
// counting (keepNumberedRun), or lines of the shape of its last lines
// (keepShapeRun). No line of the comments, which start at comments (-1:
// none), is taken, nor one that says the story is over (a signature, a
// copyright, a list heading). The cost is linear in the list's length.
func keepListRun(ss []slot, start, end, comments int) int {
	if start < 0 || end <= start || end+1 >= len(ss) {
		return end
	}
	if e := keepNumberedRun(ss, start, end, comments); e > end {
		return e
	}
	return keepShapeRun(ss, start, end, comments)
}

// listRunStop reports whether block j may not join a list under a text
// page's body: it is among the comments, a rule took it for chrome or a
// teaser, it heads a list of other stories, or it closes the story. An
// item that goes on counting (counted) may hold a call to act's words (a
// deal's "register", "download"): its number says it is the list's.
func listRunStop(ss []slot, j, comments int, counted bool) bool {
	s := &ss[j]
	return comments >= 0 && j >= comments || s.role != roleUnknown || s.listHead || isBarrier(s) || s.tailKind() != tailNone || !counted && endsList(s)
}

// keepNumberedRun returns the end of a text page's body moved down over
// the numbered items that go on counting under it. One of the body's last
// maxItemTrail+1 lines must be an item numbered n, the item numbered n-1
// must stand at most maxItemTrail+1 lines above it, and the lines below
// must go on n+1, n+2 ... with no more lines between two items than
// between those two. The last item takes as many lines under it.
func keepNumberedRun(ss []slot, start, end, comments int) int {
	at, n := -1, 0
	for i := end; i >= start && end-i <= maxItemTrail; i-- {
		if k, ok := itemNumber(ss[i].text); ok && ss[i].role == roleUnknown {
			at, n = i, k
			break
		}
	}
	if at < 0 || n < 2 {
		return end
	}
	stride := -1
	for i := at - 1; i >= start && at-i <= maxItemTrail+1; i-- {
		if k, ok := itemNumber(ss[i].text); ok {
			if k == n-1 {
				stride = at - i
			}
			break
		}
	}
	if stride < 0 {
		return end
	}
	last := at
	for j := at + 1; j < len(ss) && j-last <= stride; j++ {
		k, ok := itemNumber(ss[j].text)
		if listRunStop(ss, j, comments, ok && k == n+1) {
			break
		}
		switch {
		case ok && k == n+1 && j-last == stride:
			n, last = k, j
		case ok:
			j = len(ss) // another list, or the count breaks
		}
	}
	if last == at {
		return end
	}
	// The last item's own lines: as many as each item above has.
	e := last
	for j := last + 1; j < len(ss) && j-last < stride && !listRunStop(ss, j, comments, false); j++ {
		if _, ok := itemNumber(ss[j].text); ok || ss[j].f.words > maxListItemWords {
			break
		}
		e = j
	}
	return max(e, end)
}

// itemNumber returns the number that opens a line as a list item's: one
// to three digits, then ")" or ".", then a space ("3) ", "12. "), and the
// item's text.
func itemNumber(text string) (int, bool) {
	n, i := 0, 0
	for ; i < len(text) && i < 4 && text[i] >= '0' && text[i] <= '9'; i++ {
		n = n*10 + int(text[i]-'0')
	}
	if i == 0 || i > 3 || n > maxItemNumber || i+2 >= len(text) || (text[i] != ')' && text[i] != '.') || text[i+1] != ' ' {
		return 0, false
	}
	return n, true
}

// keepShapeRun returns the end of a text page's body moved down over the
// lines of the shape of its last minShapeRun lines (lineShape), each set
// right under the one above it, with no blank line between (a dump that
// has no blank lines sets every line so). Only short lines of a shape,
// which opens with a number and holds a separator, make a run: the lines
// of a schedule, a tour, results.
func keepShapeRun(ss []slot, start, end, comments int) int {
	shape := lineShape(&ss[end])
	if shape == 0 {
		if e := keepWordRun(ss, start, end, comments); e > end {
			return e
		}
		return keepHeadedShapeRun(ss, start, end, comments)
	}
	for i := end; i > end-minShapeRun; i-- {
		if i <= start || ss[i].role != roleUnknown || lineShape(&ss[i]) != shape || i < end && ss[i+1].gap {
			return end
		}
	}
	return shapeRunEnd(ss, end, shape, comments)
}

// shapeRunEnd returns the last line of the run of lines of shape set line
// under line from block i down.
func shapeRunEnd(ss []slot, i, shape, comments int) int {
	for j := i + 1; j < len(ss) && !ss[j].gap && !listRunStop(ss, j, comments, false) && lineShape(&ss[j]) == shape; j++ {
		i = j
	}
	return i
}

// keepWordRun returns the end of a text page's body moved down over the
// lines of a list of its own whose lines open with no number ("Spain
// (Group F): 11th appearance"): its last minShapeRun lines, set line under
// line, are short lines that hold the same separator and share a word of
// minNamedWord letters or more, and the lines under them, line under line,
// hold that separator and that word too.
func keepWordRun(ss []slot, start, end, comments int) int {
	if end-minShapeRun < start {
		return end
	}
	sep := listSeparator(&ss[end])
	if sep < 0 {
		return end
	}
	for i := end; i > end-minShapeRun; i-- {
		if ss[i].role != roleUnknown || listSeparator(&ss[i]) != sep || i < end && ss[i+1].gap {
			return end
		}
	}
	word := ""
	for w := range strings.FieldsFuncSeq(ss[end].text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < minNamedWord {
			continue
		}
		shared := true
		for i := end - 1; i > end-minShapeRun; i-- {
			shared = shared && strings.Contains(ss[i].text, w)
		}
		if shared {
			word = w
			break
		}
	}
	if word == "" {
		return end
	}
	e := end
	for j := end + 1; j < len(ss) && !ss[j].gap && !listRunStop(ss, j, comments, false) && listSeparator(&ss[j]) == sep && strings.Contains(ss[j].text, word); j++ {
		e = j
	}
	return e
}

// listSeparator returns the index in listSeparators of the first one a
// short line of a list holds, or -1 when it is no such line.
func listSeparator(s *slot) int {
	if s.f.words < 2 || s.f.words > maxListItemWords || s.f.sentence && s.f.words > 8 {
		return -1
	}
	for k, sep := range listSeparators {
		if strings.Contains(s.text, sep) {
			return k
		}
	}
	return -1
}

// minHeadedShapeRun is the fewest lines of one shape under a heading
// right under a text page's body for the heading and its lines to be the
// story's.
const minHeadedShapeRun = 5

// maxRunHeadingWords is the most words of the heading of a story's list.
const maxRunHeadingWords = 8

// keepHeadedShapeRun returns the end of a text page's body moved down over
// a heading right under it and the lines of one shape under the heading,
// minHeadedShapeRun or more set line under line (a tour's dates under
// "The band's tour dates"): the heading is a short line that is no
// sentence, says nothing of the story being over, and names a word of the
// story's paragraphs (its band, its town), which a list of other stories'
// heading ("Latest", "Most read") does not.
func keepHeadedShapeRun(ss []slot, start, end, comments int) int {
	h := end // the body's range may hold the heading already
	if !isRunHeading(&ss[h]) {
		h = nextNonJunk(ss, end+1)
		if h < 0 || listRunStop(ss, h, comments, false) || !isRunHeading(&ss[h]) {
			return end
		}
	}
	if h+minHeadedShapeRun >= len(ss) {
		return end
	}
	shape := lineShape(&ss[h+1])
	if shape == 0 || listRunStop(ss, h+1, comments, false) {
		return end
	}
	e := shapeRunEnd(ss, h+1, shape, comments)
	if e-h < minHeadedShapeRun || !namesStoryWord(ss, start, end, ss[h].text) {
		return end
	}
	return e
}

// isRunHeading reports whether a line could head a list of a story's
// own: a short line of words that is no sentence and no list line.
func isRunHeading(s *slot) bool {
	return s.role == roleUnknown && s.f.words >= 2 && s.f.words <= maxRunHeadingWords && !s.f.sentence && lineShape(s) == 0
}

// minNamedWord is the fewest letters of a word a heading shares with the
// story for namesStoryWord.
const minNamedWord = 4

// namesStoryWord reports whether a heading holds a word of minNamedWord
// letters or more, capitalised, that the paragraphs of start..end hold
// too: a name the story gives.
func namesStoryWord(ss []slot, start, end int, heading string) bool {
	for w := range strings.FieldsFuncSeq(heading, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) < minNamedWord || !unicode.IsUpper(r) {
			continue
		}
		for i := start; i <= end; i++ {
			if ss[i].f.prose && strings.Contains(ss[i].text, w) {
				return true
			}
		}
	}
	return false
}

// listSeparators are the marks that set a list line's parts apart: a
// date from a place, a score from a team.
var listSeparators = []string{" -- ", " – ", " — ", " - ", " @ ", " | ", ": ", " / "}

// lineShape returns the shape of a short line of a list inside a story:
// what its first two words are (a number, a capitalised word, another
// word) and the first separator it holds, or 0 when it is no such line:
// no short line, no number among its first two words, no separator.
func lineShape(s *slot) int {
	if s.f.words < 2 || s.f.words > maxListItemWords || s.f.sentence && s.f.words > 8 {
		return 0
	}
	shape, digit := 0, false
	rest := s.text
	for k := 0; k < 2; k++ {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			return 0
		}
		w := rest
		if sp := strings.IndexByte(rest, ' '); sp >= 0 {
			w, rest = rest[:sp], rest[sp:]
		} else {
			rest = ""
		}
		class := 3 // another word
		switch r, _ := utf8.DecodeRuneInString(w); {
		case r >= '0' && r <= '9':
			class, digit = 1, true
		case unicode.IsUpper(r):
			class = 2 // capitalised
		}
		shape = shape*4 + class
	}
	if !digit {
		return 0
	}
	if k := listSeparator(s); k >= 0 {
		return shape*16 + k + 1
	}
	return 0
}
