package wirestory

import "strings"

// This file opens a text page's body under a site's menu of entries that
// the scorer took in above the story: a product's or a school's pages,
// each a short name and a line about it ("Master of Finance" / "A
// rigorous, hands-on program that ..."), printed as a mega-menu over the
// story. On an HTML page the menu is a nav of links; in a browser's dump
// its blurbs read like short paragraphs. The story's own head, a byline or
// a date line under its title, stands between the menu and the story.

// maxLeadBlurbWords is the most words of the line about each entry of a
// menu: a sentence or two, shorter than a story's paragraph.
const maxLeadBlurbWords = 30

// maxLeadHeadLines is the most short lines over an entry of a menu (its
// name under the labels of a section of the menu), or between a menu's
// last entry and the story's first paragraph: the menu's last labels, a
// picture's caption, the story's kicker, title, byline and date.
const maxLeadHeadLines = 12

// minLeadEntries is the fewest entries of a menu over the story.
const minLeadEntries = 3

// skipLeadEntries returns the start of a text page's body start..end moved
// down past a menu of entries that opens it: minLeadEntries entries or
// more, each one paragraph of at most maxLeadBlurbWords words under at
// most maxLeadHeadLines short lines (isEntryLine: names and the menu's
// section labels), the first paragraph perhaps with no line over it. The
// body then opens with the paragraph under the first byline or date line
// (readMetaLine) met after the menu: the story's head. The story from
// there must hold twice the menu's words.
// The menu may open with its prompt (menuPrompt). A story's own list under
// its head (places, programmes) has the head above it, not under it, and
// stays.
func skipLeadEntries(ss []slot, start, end int) int {
	if start < 0 {
		return start
	}
	i, words := menuPrompt(ss, start, end)
	entries := 0
	for i <= end {
		lines, head := 0, false
		j := i
		for ; j <= end && !isFreeParagraph(ss, j); j++ {
			if ss[j].role == roleJunk {
				continue
			}
			if !isEntryLine(ss, j) {
				return start
			}
			if _, ok := readMetaLine(ss[j].text); ok {
				head = true
			}
			if lines++; lines > maxLeadHeadLines {
				return start
			}
		}
		if j > end {
			return start
		}
		if head && entries >= minLeadEntries {
			if paragraphWordsIn(ss, j, end) < 2*words {
				return start
			}
			return j
		}
		next := nextNonJunk(ss, j+1)
		if ss[j].f.words > maxLeadBlurbWords || next >= 0 && next <= end && isFreeParagraph(ss, next) {
			return start
		}
		entries++
		words += ss[j].f.words
		i = j + 1
	}
	return start
}

// maxPromptLines is the most short paragraphs of a menu's prompt.
const maxPromptLines = 2

// menuPrompt returns where the entries of a menu that opens a text page's
// body start..end begin, and the words of its prompt: at most
// maxPromptLines short paragraphs at start, the last ending in a colon
// with a line that is no paragraph under it ("Where would you like to
// start?" / "Please select from the following options:"). With no prompt,
// it returns start and 0.
func menuPrompt(ss []slot, start, end int) (int, int) {
	words := 0
	for i, n := start, 0; i >= 0 && i <= end && n < maxPromptLines; i, n = nextNonJunk(ss, i+1), n+1 {
		if !isFreeParagraph(ss, i) || ss[i].f.words > maxLeadBlurbWords {
			break
		}
		words += ss[i].f.words
		if lastRune(strings.TrimSpace(ss[i].text)) != ':' {
			continue
		}
		if next := nextNonJunk(ss, i+1); next >= 0 && next <= end && !isFreeParagraph(ss, next) {
			return next, words
		}
		break
	}
	return start, 0
}
