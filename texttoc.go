package wirestory

// This file gives back to a text page's body the subheads that a list of
// the story's sections above it printed first. A guide or an explainer
// lists its sections before the story ("1. How long is the trip?", "2.
// Which season?") with no label over the list, and then heads each section
// with the same line. markRepeats takes the later copy, the one inside the
// story, for a repeat; on an HTML page the list and the subheads are
// elements of their own, and nothing is lost.

// minListedRepeats is the fewest other lines of a list above a text
// page's body that stand again below it for the list to be the story's
// contents.
const minListedRepeats = 2

// keepListedSubheads gives back to a text page's body start..end the lines
// inside it that the rules took for chrome as repeats of an earlier line,
// when that earlier copy stands above the body in a list of the story's
// sections: a run of lines with no blank line between them (innerText
// prints the items of a list on consecutive lines, paragraphs apart) of
// which minListedRepeats other lines stand again further down the page.
// The scorer must take the copy in the body for the story's (threshold),
// and a paragraph no rule took for anything else must stand right under
// it, inside the body. A picture's caption printed over the headline and
// again over the story, a lede printed in a teaser above the story, copies
// whose first stands inside the body (a story printed twice) and copies
// the scorer doubts are left as the rules found them. The maps are made
// only when the body holds such a copy, and each list is read at most
// maxListLines lines either way, so the cost is linear.
func keepListedSubheads(ss []slot, p []float32, threshold float32, start, end int) {
	if start <= 0 || end >= len(ss) {
		return
	}
	var first, last map[string]int
	for i := start + 1; i < end; i++ {
		s := &ss[i]
		if s.role != roleChrome || s.kind != kindLine || !s.f.prose || len(s.text) < 40 || p[i] < threshold {
			continue
		}
		if first == nil {
			first, last = make(map[string]int), make(map[string]int)
			for j := range ss {
				if _, ok := first[ss[j].text]; !ok {
					first[ss[j].text] = j
				}
				last[ss[j].text] = j
			}
		}
		j := first[s.text]
		if j >= start || !inContentsList(ss, last, j) {
			continue
		}
		if k := nextNonJunk(ss, i+1); k > 0 && k <= end && isFreeParagraph(ss, k) {
			s.role = roleUnknown
		}
	}
}

// inContentsList reports whether line j of a text page stands in a list
// of the story's sections: in a run of lines with no blank line between
// them, of which minListedRepeats lines besides j stand again below the
// run (last holds the last index of each line's text). The run is read at
// most maxListLines lines either way.
func inContentsList(ss []slot, last map[string]int, j int) bool {
	a, b := j, j
	for a > 0 && j-a < maxListLines && !ss[a].gap {
		a--
	}
	for b+1 < len(ss) && b-j < maxListLines && !ss[b+1].gap {
		b++
	}
	n := 0
	for k := a; k <= b; k++ {
		if k != j && ss[k].kind == kindLine && last[ss[k].text] > b {
			n++
		}
	}
	return n >= minListedRepeats
}
