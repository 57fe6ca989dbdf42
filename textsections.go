package wirestory

import (
	"strings"
	"unicode"
)

// This file carries a text page's body down through the sections that the
// story's own list of contents names. A guide, a review or a checklist
// lists its sections at its top ("1. Cherry Servers", "2. Leaseweb", "12
// months before"), and the sections below are lists, tables and short
// lines that the scorer, which weighs each line by its words, doubts: it
// ends the body at the first of them. On an HTML page the sections stand
// in the element that holds the story; in a dump the list of contents is
// what says they are the story's.

// minListedSections is the fewest entries of a list of contents that must
// stand again, in order, below it as the heads of the story's sections.
const minListedSections = 3

// maxContentsLists is the most lists of contents a page's body is
// carried through, each read against the rest of the page once, which
// keeps the cost linear.
const maxContentsLists = 4

// keepListedSections returns the end of a text page's body carried down to
// the last section that a list of the story's contents names: a run of
// minListedSections to maxListLines short lines (at most maxListItemWords
// words; a longer run is a site's menu) with no blank line between them,
// inside the body or ending at most maxListLines lines above it, of which minListedSections entries, half
// the list or more, stand again further down the page, in the list's
// order, with a line or more between each two (a site's menu printed again
// in its footer is printed line under line). When the last of those heads
// stands below the end, the body goes on to it and to the lines under it
// that no rule took for anything (up to maxListLines), as far as a line
// that says the story is over (endsList, a signature, a copyright) or a
// line a rule took for chrome or a teaser. Lines the rules took for
// chrome, teasers or captions on the way keep their roles and stay out of
// the body. Nothing is carried into the comments, which start at comments
// (-1: none).
func keepListedSections(ss []slot, start, end, comments int) int {
	if start < 0 || end < start {
		return end
	}
	limit := len(ss)
	if comments > end {
		limit = comments
	}
	lists := 0
	for a := max(0, start-2*maxListLines); a <= end && lists < maxContentsLists; {
		b := contentsRunEnd(ss, a)
		if b-a+1 < minListedSections || b-a >= maxListLines || b < start-maxListLines {
			a = b + 1
			continue
		}
		lists++
		if last := listedSectionsEnd(ss, a, b, limit); last > end {
			end = sectionEnd(ss, last, limit)
		}
		a = b + 1
	}
	return end
}

// contentsRunEnd returns the last line of the run of short lines with no
// blank line between them that starts at a (a itself when a is no such
// line or the next line stands apart).
func contentsRunEnd(ss []slot, a int) int {
	if !isContentsEntry(&ss[a]) {
		return a
	}
	b := a
	for b+1 < len(ss) && !ss[b+1].gap && isContentsEntry(&ss[b+1]) {
		b++
	}
	return b
}

// isContentsEntry reports whether a line of a text page could be an entry
// of a list of contents: a short line of words that heads no list of
// other stories.
func isContentsEntry(s *slot) bool {
	return s.kind == kindLine && s.role != roleJunk && !s.listHead && s.f.words >= 1 && s.f.words <= maxListItemWords
}

// entryKey is the form of a line that a list of contents and the head of
// a section share: the line without the symbols around it ("#2. Leaseweb"
// heads the section that "2. Leaseweb" lists).
func entryKey(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// listedSectionsEnd returns the last head, below the list of contents
// a..b and above limit, of the sections the list names, or -1 when half
// the list or more are teasers (a list of other stories), or when fewer
// than minListedSections of its entries (and fewer than half of them)
// stand again below it in the list's order (the longest such run,
// orderedHeads), each apart from the one before. A head of one word
// ("Pro", "Video") is a label, not counted.
func listedSectionsEnd(ss []slot, a, b, limit int) int {
	teasers := 0
	for i := a; i <= b; i++ {
		if ss[i].role == roleTeaser {
			teasers++
		}
	}
	if teasers*2 >= b-a+1 {
		return -1 // a list of other stories
	}
	entries := make(map[string]int, b-a+1)
	for i := a; i <= b; i++ {
		if k := entryKey(ss[i].text); k != "" {
			if _, dup := entries[k]; !dup {
				entries[k] = i - a
			}
		}
	}
	var ms []headMatch
	for j := b + 1; j < limit; j++ {
		if ss[j].kind != kindLine || ss[j].f.words < 2 || ss[j].f.words > maxListItemWords {
			continue
		}
		if e, ok := entries[entryKey(ss[j].text)]; ok {
			ms = append(ms, headMatch{j, e})
		}
	}
	found, last := orderedHeads(ms)
	if last < 0 {
		return -1
	}
	if found < minListedSections || found*2 < b-a+1 {
		return -1
	}
	return last
}

// sectionEnd returns the last line of the section that the head at h
// opens: the lines under it, up to maxListLines and above limit, that no
// rule took for anything, as far as a line that says the story is over.
func sectionEnd(ss []slot, h, limit int) int {
	end := h
	for k := h + 1; k < limit && k-h <= maxListLines; k++ {
		s := &ss[k]
		if s.role == roleJunk {
			continue
		}
		if s.role != roleUnknown || isBarrier(s) || s.tailKind() != tailNone || endsList(s) || s.listHead {
			break
		}
		end = k
	}
	return end
}
