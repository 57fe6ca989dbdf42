package wirestory

// This file ends a text page's body above a list of other pieces whose
// entries each carry their writer's byline: a headline, the writer's name
// alone on a line, the date under it, then a blurb, entry after entry.
// cutEntryTail wants a line the entries share word for word, and takes no
// date for one (the events of a calendar may share a day); these entries
// share none, each naming its own writer. A writer's name right over a
// date is the shape of a piece's byline, and a story does not sign its
// paragraphs one by one; a live report that does signs them from its top,
// so the story above the list must hold paragraphs no byline signs.

// minStoryOverDatedList is how many free paragraphs the story above a
// list of bylined entries holds at least: a page that is such a list
// under a lead (a writer's page, a live report) stays whole.
const minStoryOverDatedList = 3

// isDatedByline reports whether the short line i is a date that stands
// right under a person's name alone on its line: the byline of an entry
// of a list of other pieces ("Jane Doe", then "Tuesday November 19, 2019").
func isDatedByline(ss []slot, i int) bool {
	if ss[i].role == roleJunk || ss[i].f.words == 0 || ss[i].f.words > maxEntryLineWords || !parseDateText(ss[i].text).ok {
		return false
	}
	j := prevNonJunk(ss, i-1)
	return j >= 0 && ss[j].f.words <= maxEntryLineWords && isPersonName(ss[j].text)
}

// isEntryDate reports whether the short line i is a date alone.
func isEntryDate(ss []slot, i int) bool {
	return ss[i].role != roleJunk && ss[i].f.words > 0 && ss[i].f.words <= maxEntryLineWords && parseDateText(ss[i].text).ok
}

// cutDatedEntries returns the end of a text page's body start..end cut
// above a list of bylined entries in its lower part: minTailEntries dated
// bylines (isDatedByline) or more, each at most maxEntryLines+2 blocks
// (a blurb, a headline, a label) and one paragraph from the next, the
// last as close to the body's end. Entries above the first byline whose date stands alone (a
// writer line that is no name) join the list when they keep the same
// spacing. The body then ends above the first entry's headline: its short
// lines that end no sentence. A story above the list with fewer than
// minStoryOverDatedList free paragraphs stays whole, and so does one whose
// paragraphs a dated byline signs above the list. The body's tail is
// walked once, so the cost is linear in its length.
func cutDatedEntries(ss []slot, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	// The last byline must stand within one entry of the body's end.
	last, gap, paras := -1, 0, 0
	for i := end; i > start && gap <= maxEntryLines+1 && paras <= 1; i-- {
		if ss[i].role == roleJunk {
			continue
		}
		if isDatedByline(ss, i) {
			last = i
			break
		}
		gap++
		if isEntryParagraph(ss, i) {
			paras++
		}
	}
	if last < 0 {
		return end
	}
	top, bylines := last, 1
	gap, paras = 0, 0
	for i := prevNonJunk(ss, last-2); i > start && gap <= maxEntryLines+2 && paras <= 1; i-- {
		if ss[i].role == roleJunk {
			continue
		}
		switch {
		case isDatedByline(ss, i):
			top, gap, paras = i, 0, 0
			bylines++
			i = prevNonJunk(ss, i-1) // the name
		case bylines >= minTailEntries && isEntryDate(ss, i):
			top, gap, paras = i, 0, 0
		default:
			gap++
			if isEntryParagraph(ss, i) {
				paras++
			}
		}
	}
	if bylines < minTailEntries {
		return end
	}
	// The first entry's lines over its date: its writer, its headline.
	cut := top
	for k := 0; k < maxEntryLines; k++ {
		j := prevNonJunk(ss, cut-1)
		if j <= start || ss[j].f.sentence || ss[j].f.words == 0 || ss[j].f.words > 2*maxEntryLineWords {
			break
		}
		cut = j
	}
	for i := start; i < cut; i++ {
		if isDatedByline(ss, i) {
			return end
		}
	}
	paras = 0
	for i := start; i < cut; i++ {
		if isFreeParagraph(ss, i) {
			paras++
		}
	}
	if paras < minStoryOverDatedList {
		return end
	}
	if last := prevParagraph(ss, cut-1, start); last >= 0 {
		return last
	}
	return end
}
