package wirestory

// This file ends a text page's body above a list of other pieces that the
// page sets under its story, each entry one paragraph of blurb with a few
// short lines about it: a headline, a section label, a writer and a date,
// a "Read more" link, a reply button. On an HTML page each entry is a box
// of links and leaves with its links; a browser's dump keeps only the
// lines, and the blurbs read like the story's paragraphs. What gives the
// list away is a line each entry carries word for word (the label, the
// writer, the button) or a headline printed twice (once over the picture,
// once as the link), entry after entry. A story's sections may each be
// one paragraph under a subhead, but a story does not print the same line
// over each of them, nor each subhead twice.

// Shape of an entry of a list of other pieces: one paragraph and at most
// maxEntryLines short lines (no sentences, at most maxEntryLineWords words
// each) between it and the next entry's paragraph.
const (
	maxEntryLines     = 4
	maxEntryLineWords = 12
)

// minStoryOverList is how many times the words of the list's paragraphs
// the story above it holds at least: a page whose body is mostly such
// entries is a list the page is about (products, places, a programme).
const minStoryOverList = 2

// minTailEntries is the fewest entries that carry the same line, or a
// headline printed twice, for the run under the story to be a list.
const minTailEntries = 3

// isEntryLine reports whether block i is one of the short lines of an
// entry of a list of other pieces: at most maxEntryLineWords words,
// whatever the rules took it for (a headline may end in a question mark).
func isEntryLine(ss []slot, i int) bool {
	s := &ss[i]
	return s.role != roleJunk && s.f.words > 0 && s.f.words <= maxEntryLineWords
}

// isEntryParagraph reports whether block i is the paragraph of an entry:
// a paragraph no rule took for anything else, longer than a short line.
func isEntryParagraph(ss []slot, i int) bool {
	return isFreeParagraph(ss, i) && ss[i].f.words > maxEntryLineWords
}

// cutEntryTail returns the end of a text page's body start..end cut above
// a list of other pieces in its lower part: paragraphs one at a time,
// each set apart from the next by at most maxEntryLines short lines
// (isEntryLine), where minTailEntries entries or more carry the same line
// word for word or a line printed twice in a row. The body then ends at
// the last paragraph above the first such entry. What may stand under the
// list is the site's, no more words of paragraphs than the list holds (a
// sign-up box, a footer): a story that goes on under a box set into it
// stays whole. The story above the list must hold minStoryOverList times
// the list's words: a body that is mostly such entries is a list the page
// is about (products, places, a programme), and stays whole; so does one
// whose mark stands above the list too. The list's last entry may carry
// its mark in the lines right under the body. Only the lowest list is
// weighed, so the cost is linear in the body's length.
func cutEntryTail(ss []slot, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	// The short lines right under the body may be the last entry's (a
	// writer under the last blurb, where the scorer stopped).
	i := end
	for k := 0; k < maxEntryLines; k++ {
		j := nextNonJunk(ss, i+1)
		if j < 0 || !isEntryLine(ss, j) {
			break
		}
		i = j
	}
	for i > start {
		top, paras := entryRunOver(ss, start, i)
		if top > i {
			i--
			continue
		}
		if cut, mark, low := entryListTop(ss, top, i, paras); cut >= 0 {
			// The lowest list decides: the checks read the whole
			// body, once.
			last := prevParagraph(ss, cut-1, start)
			list := paragraphWordsIn(ss, cut, low)
			if last >= 0 && paragraphWordsIn(ss, low+1, end) <= list &&
				paragraphWordsIn(ss, start, last) >= minStoryOverList*list &&
				!printedAbove(ss, start, cut, ss[mark].text) {
				return last
			}
			return end
		}
		i = top - 1
	}
	return end
}

// entryListTop returns the first line of the first marked entry of the run
// top..bottom that holds paras paragraphs, the entry's mark and the list's
// last line, or -1, -1, -1 when the run is no list of other pieces. From that entry down, every
// entry must carry a mark: the short lines between each two paragraphs
// hold one. A page's own list of events or places, whose dates or towns
// repeat now and then, does not.
func entryListTop(ss []slot, top, bottom, paras int) (cut, mark, low int) {
	if paras < minTailEntries {
		return -1, -1, -1
	}
	m := readEntryMarks(ss, top, bottom)
	first, last := -1, -1
	for i := top; i <= bottom; i++ {
		if isEntryLine(ss, i) && m.marked(ss, i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return -1, -1, -1
	}
	cut, low = entryLinesTop(ss, first, top), -1
	if j := nextNonJunk(ss, entryLinesBottom(ss, last, bottom)+1); j > 0 && j <= bottom && isEntryParagraph(ss, j) {
		// The entries carry their mark over their paragraph (a
		// label, a headline printed twice): the list ends with the
		// paragraph under the last mark.
		low = j
	} else {
		// They carry it under their paragraph (a writer and date, a
		// reply button): the first entry is the paragraph over the
		// first mark, with its lines, and the list ends at the last.
		low = last
		if p := prevNonJunk(ss, cut-1); p >= top && isEntryParagraph(ss, p) {
			cut = entryLinesTop(ss, p, top)
		}
	}
	if !everyEntryMarked(ss, cut, low, m) {
		return -1, -1, -1
	}
	return cut, first, low
}

// entryMarks are the marks of the entries of a run: the lines that
// minTailEntries entries or more carry word for word (copies), and
// whether minTailEntries entries or more print a line twice in a row.
type entryMarks struct {
	copies map[string]int
	twice  bool
	bottom int
}

// readEntryMarks reads the marks of the entries of the run top..bottom.
// A line counts once for each entry (the paragraphs it stands between).
func readEntryMarks(ss []slot, top, bottom int) entryMarks {
	copies := make(map[string]int)
	lastPara := make(map[string]int)
	twice, para := 0, 0
	for i := top; i <= bottom; i++ {
		if isEntryParagraph(ss, i) {
			para++
			continue
		}
		if !isEntryLine(ss, i) {
			continue
		}
		t := ss[i].text
		if at, ok := lastPara[t]; !ok || at != para {
			copies[t]++
		}
		lastPara[t] = para
		if j := nextNonJunk(ss, i+1); j > 0 && j <= bottom && ss[j].text == t {
			twice++
			i = j
		}
	}
	return entryMarks{copies: copies, twice: twice >= minTailEntries, bottom: bottom}
}

// marked reports whether the short line i marks an entry: a line the
// entries carry word for word, or the first of a line printed twice. A
// date alone is no mark: the events of a calendar may share a day.
func (m entryMarks) marked(ss []slot, i int) bool {
	if m.copies[ss[i].text] >= minTailEntries && !parseDateText(ss[i].text).ok {
		return true
	}
	if !m.twice {
		return false
	}
	j := nextNonJunk(ss, i+1)
	return j > 0 && j <= m.bottom && ss[j].text == ss[i].text
}

// everyEntryMarked reports whether the short lines between each two
// paragraphs of cut..bottom hold a mark.
func everyEntryMarked(ss []slot, cut, bottom int, m entryMarks) bool {
	seenPara, marked := false, false
	for i := cut; i <= bottom; i++ {
		switch {
		case isEntryParagraph(ss, i):
			if seenPara && !marked {
				return false
			}
			seenPara, marked = true, false
		case isEntryLine(ss, i) && m.marked(ss, i):
			marked = true
		}
	}
	return true
}

// entryRunOver returns the top of the run of entries that ends at block
// end, no higher than start+1 (paragraphs one at a time, at most
// maxEntryLines short lines between them), and how many paragraphs it
// holds; the top is end+1 when block end is neither.
func entryRunOver(ss []slot, start, end int) (top, paras int) {
	top = end + 1
	lines, afterPara := 0, false
	for i := end; i > start; i-- {
		switch {
		case ss[i].role == roleJunk:
			continue
		case isEntryParagraph(ss, i):
			if afterPara {
				return top, paras
			}
			afterPara, lines = true, 0
			paras++
		case isEntryLine(ss, i):
			lines++
			if lines > maxEntryLines {
				return top, paras
			}
			afterPara = false
		default:
			return top, paras
		}
		top = i
	}
	return top, paras
}

// entryLinesTop returns the first of the short lines (isEntryLine) that
// stand in a row over line i and i with them, no higher than top.
func entryLinesTop(ss []slot, i, top int) int { return entryLinesRun(ss, i, top, -1) }

// entryLinesBottom returns the last of the short lines (isEntryLine) that
// stand in a row under line i and i with them, no lower than bottom.
func entryLinesBottom(ss []slot, i, bottom int) int { return entryLinesRun(ss, i, bottom, 1) }

// entryLinesRun walks from line i by step (-1 up, 1 down) across junk and
// short lines (isEntryLine), no further than limit, and returns the last
// short line it reached, or i.
func entryLinesRun(ss []slot, i, limit, step int) int {
	for j := i + step; (j-limit)*step <= 0; j += step {
		if ss[j].role == roleJunk {
			continue
		}
		if !isEntryLine(ss, j) {
			break
		}
		i = j
	}
	return i
}

// paragraphWordsIn returns the words of the free paragraphs from i to j.
func paragraphWordsIn(ss []slot, i, j int) int {
	n := 0
	for ; i <= j; i++ {
		if isFreeParagraph(ss, i) {
			n += ss[i].f.words
		}
	}
	return n
}

// printedAbove reports whether the line text stands in start..cut-1: the
// mark of entries that go on above the run is the story's own list (a
// button under each place or product it names).
func printedAbove(ss []slot, start, cut int, text string) bool {
	for i := start; i < cut; i++ {
		if ss[i].text == text {
			return true
		}
	}
	return false
}
