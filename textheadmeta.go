package wirestory

import "strings"

// This file holds three checks on the head of a text page around its meta
// line, the line that dates and signs the story ("Do 25.04.24 | 14:07 Uhr
// | Von Jane Roe", "May 4, 2016 | By Jane Roe"):
//
//   - the meta line is never the headline: when the headline scorer takes
//     it, the headline is the line printed right above it, when that line
//     is shaped like one (four words or more, no sentence); else the
//     scorer's choice is dropped and the walk up from the body reads the
//     head (headOverMetaLine);
//   - a byline and nothing else ("Von Jane Roe", "By Jane Roe", "Por Jane
//     Roe", "Par Jane Roe"), a piece of a meta line cut at its bars, is no
//     headline (isBylinePhrase);
//   - the date in a player's credit line ("Audio: Radio Example |
//     24.04.2024 | Jane Roe", "Video: …") dates the recording, not the
//     story: it is read only when the head has no other date
//     (isMediaCredit); and the meta line's own date, when the head's
//     reader took its byline but left out a date in a short form ("Do
//     25.04.24"), is read from its first part (metaLineDate).
//
// A dump prints the head as headline, meta line, then pictures and players
// with their credits, then the body; reading up from the body, the
// player's credit comes first, so the order alone would make its date the
// story's.

// headOverMetaLine returns the headline's index and the text shown for it
// when the line the scorer chose at i is the head's meta line: the line
// right above it when headline-shaped, with no text of its own (the line
// is read whole), or -1. Any other choice is returned as it is.
func headOverMetaLine(ss []slot, i int, shown string, start int, lr *lineReads) (int, string) {
	if i < 0 || i >= start || !readsAsHeadMeta(ss[i].text, lr) {
		return i, shown
	}
	j := liveAbove(ss, i, max(0, i-3))
	if j >= 0 && ss[j].role == roleUnknown && headlineShaped(&ss[j]) && ss[j].f.words >= 4 && !ss[j].f.sentence &&
		!readsAsHeadMeta(ss[j].text, lr) {
		return j, ""
	}
	return -1, ""
}

// readsAsHeadMeta reports whether s reads whole as a line of a story's
// head that signs it, perhaps with a date: a date alone before a title
// ("Dec 18 2025 Title") is the headline's own line.
func readsAsHeadMeta(s string, lr *lineReads) bool {
	ml, ok := lr.headLine(s)
	return ok && (len(ml.people) > 0 || len(ml.credit.people) > 0)
}

// isBylinePhrase reports whether s is a byline and nothing else: a label
// ("By", "Von", "Por", "Par") and the names it introduces.
func isBylinePhrase(s string) bool {
	p, labelled := headByline(s)
	return labelled && len(p) > 0
}

// mediaLabels open the credit line of a player in a story's head.
var mediaLabels = setOf("audio", "video", "podcast", "livestream", "stream")

// isMediaCredit reports whether s is the credit line of a player: a
// media label and a colon open it ("Audio: …", "Video: …").
func isMediaCredit(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	return ok && len(label) <= 12 && mediaLabels[strings.ToLower(strings.TrimSpace(label))]
}

// metaLineDate reads the date of a meta line whose byline the head's
// reader took but not its date, a date in a shorter form ("Do 25.04.24 |
// 14:07 Uhr | Von Jane Roe"): the date of the line's first part cut at
// its bars, when that part is a date line.
func metaLineDate(s string) dateText {
	first, _, ok := strings.Cut(s, " | ")
	if !ok || !isDateLine(first) {
		return dateText{}
	}
	if t, ok := findDate(first); ok {
		return dateText{t: t, ok: true}
	}
	return dateText{}
}
