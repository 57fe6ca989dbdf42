package wirestory

import "strings"

// This file takes out of a text page's body other stories' cards printed
// one under the other inside or under the story: each card a headline
// (perhaps a blurb or a byline with it), a section label of a word or two
// ("News", "Politics", "Sport") and the card's age alone on a line ("vor
// 2 Std.", "3h ago", "il y a 2 heures"). On an HTML page the cards are a
// list of links of their own and leave with it; a browser's dump prints
// them as lines of the story. A story does not set a short label and a
// relative time under each of its lines: two or more such cards in a row,
// each at most maxAgeCardLines lines under the age of the one before, are
// a box of other stories. A live page's entries are timed too, but each
// age stands over the entry's paragraphs, so the next age is not a card's
// length away, or the line right under the age is a sentence; and a
// story's paragraph that states a time says more than the time, so it is
// no age alone.

// maxAgeCardLines is the most lines of a card between the age of the card
// above it and its section label: a byline, a headline, a blurb.
const maxAgeCardLines = 3

// maxAgeLabelWords and maxAgeLabelBytes bound a card's section label.
const (
	maxAgeLabelWords = 3
	maxAgeLabelBytes = 30
)

// maxAgeLineWords is the most words of an age alone on its line.
const maxAgeLineWords = 5

// isAgeAlone reports whether a line is a relative time and nothing else,
// perhaps behind a bullet: "vor 2 Std.", "3h ago", "14 hours ago", "il y
// a 2 heures", "hace 5 horas" (isCommentTime, isShortAge).
func isAgeAlone(s string) bool {
	if len(s) > 40 {
		return false
	}
	l := strings.ToLower(strings.TrimLeft(s, "•·|-–—» \t"))
	if l == "" || len(strings.Fields(l)) > maxAgeLineWords {
		return false
	}
	if isShortAge(l) || isCommentTime(l) {
		return true
	}
	for _, pre := range []string{"vor ", "il y a ", "hace ", "há "} {
		if strings.HasPrefix(l, pre) {
			return isShortAge(strings.TrimSpace(l[len(pre):]))
		}
	}
	if r, ok := strings.CutSuffix(l, " fa"); ok {
		return isShortAge(r)
	}
	return false
}

// isAgeCardLabel reports whether block i is a card's section label: a
// line of at most maxAgeLabelWords words that ends no sentence.
func isAgeCardLabel(ss []slot, i int) bool {
	s := &ss[i]
	return s.role == roleUnknown && s.kind == kindLine && s.f.words >= 1 && s.f.words <= maxAgeLabelWords &&
		len(s.text) <= maxAgeLabelBytes && !s.f.sentence && !s.f.prose && !isAgeAlone(s.text)
}

// ageCardAnchor reports whether block i, inside start..end, is a card's
// age alone (isAgeAlone) right under its section label (isAgeCardLabel),
// with a line above the label for the card's headline; it returns the
// label's index.
func ageCardAnchor(ss []slot, start, i int) (int, bool) {
	if ss[i].role != roleUnknown || !isAgeAlone(ss[i].text) {
		return -1, false
	}
	lb := prevNonJunk(ss, i-1)
	if lb <= start || !isAgeCardLabel(ss, lb) {
		return -1, false
	}
	h := prevNonJunk(ss, lb-1)
	if h < start || ss[h].role != roleUnknown || isAgeAlone(ss[h].text) {
		return -1, false
	}
	return lb, true
}

// markAgeCards marks as teasers, in the body start..end of a text page,
// each run of two or more cards closed by a section label over an age
// alone (ageCardAnchor), each card's label at most maxAgeCardLines lines
// under the age of the one above it, the first of those lines no
// sentence (the head of a card, not a live entry's paragraph). Each card
// leaves whole: the lines between two ages, and above the first label as
// many lines as the second card holds, not crossing a blank line. Each
// line is read a bounded number of times.
func markAgeCards(ss []slot, start, end int) {
	if start < 0 || end <= start {
		return
	}
	type card struct{ label, age int }
	var run []card
	flush := func() {
		if len(run) >= 2 {
			markAgeCardRun(ss, start, run[0].label, run[0].age, run[1].label-run[0].age-1)
			for k := 1; k < len(run); k++ {
				for j := run[k-1].age + 1; j <= run[k].age; j++ {
					if ss[j].role == roleUnknown {
						ss[j].role = roleTeaser
					}
				}
			}
		}
		run = run[:0]
	}
	for i := start + 1; i <= end && i < len(ss); i++ {
		lb, ok := ageCardAnchor(ss, start, i)
		if !ok {
			continue
		}
		if n := len(run); n > 0 && !ageCardFollows(ss, run[n-1].age, lb) {
			flush()
		}
		run = append(run, card{lb, i})
	}
	flush()
}

// ageCardFollows reports whether the card whose label is lb follows
// right under the age at age: between them 1 to maxAgeCardLines lines that
// are no junk, the first of them no sentence.
func ageCardFollows(ss []slot, age, lb int) bool {
	n, first := 0, -1
	for j := age + 1; j < lb; j++ {
		if ss[j].role == roleJunk {
			continue
		}
		if first < 0 {
			first = j
		}
		n++
		if n > maxAgeCardLines {
			return false
		}
	}
	return n >= 1 && !ss[first].f.sentence
}

// markAgeCardRun marks the first card of a run as teaser: its label at lb,
// its age at age and the n lines above the label (as many as the next
// card holds, at most maxAgeCardLines), stopping at a blank line above a
// line or at a line some rule took.
func markAgeCardRun(ss []slot, start, lb, age, n int) {
	n = min(n, maxAgeCardLines)
	for j := lb; j <= age; j++ {
		if ss[j].role == roleUnknown {
			ss[j].role = roleTeaser
		}
	}
	j := lb
	for k := 0; k < n; k++ {
		top := ss[j].gap
		j = prevNonJunk(ss, j-1)
		if j <= start || ss[j].role != roleUnknown || top && k > 0 {
			return
		}
		ss[j].role = roleTeaser
	}
}
