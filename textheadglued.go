package wirestory

import "strings"

// maxHeadTwinMeta is how many lines under a line cutToHeadTwin reads for
// the story's byline or date line, and maxHeadTwinReach how many it reads
// at most, counting the lines read as junk; maxHeadTwinTries is how many
// lines that open the headline it reads so (a page prints its headline
// alone a few times at most).
const (
	maxHeadTwinMeta  = 4
	maxHeadTwinReach = 16
	maxHeadTwinTries = 4
)

// cutToHeadTwin returns the headline of a text page, the line at at, cut
// to the line the page prints alone in the story's head, when the
// headline is that line with at most maxTwinRestWords words run on after
// it with no mark between ("Title Back to video": a video player's title
// bar, which prints the story's headline and its own button on one line).
// The line alone must stand above the body's first line (start) and over
// the story's byline or date line, within maxHeadTwinMeta live lines
// (past a deck and a label such as "Author:"): it heads the story, and
// the words run on after it are no part of the headline. cutToTwin reads
// the rests set off by a mark. Else it returns headline as it is.
//
// What stays: a headline whose shorter form is printed elsewhere than over
// the byline (a nav or a contents line may print "Title" beside the
// headline "Title in New York"), a rest of more than maxTwinRestWords
// words, a rest that opens with a mark ("Kicker - Title": cutToTwin's), a
// twin of under three words, a rest glued to the twin with no space.
func cutToHeadTwin(ss []slot, at, start int, headline string) string {
	if at < 0 || at >= len(ss) || headline != ss[at].text || start > len(ss) {
		return headline
	}
	h := strings.TrimSpace(headline)
	tries := 0
	for j := 0; j < start && tries < maxHeadTwinTries; j++ {
		if j == at || ss[j].role == roleJunk {
			continue
		}
		t := strings.TrimSpace(ss[j].text)
		if len(t) >= len(h) || wordCount(t) < 3 || !strings.HasPrefix(h, t) || h[len(t)] != ' ' {
			continue
		}
		if !opensWord(h[len(t)+1:]) || wordCount(h[len(t):]) > maxTwinRestWords {
			continue
		}
		if tries++; !overHeadMeta(ss, j, start) {
			continue
		}
		return t
	}
	return headline
}

// overHeadMeta reports whether a byline, credit or date line (or a date
// relative to now) stands among the maxHeadTwinMeta lines that are no junk
// under the line at j, above start. Lines read as chrome count: a page's
// date line may be read as one.
func overHeadMeta(ss []slot, j, start int) bool {
	for k, n := j+1, 0; k < start && k <= j+maxHeadTwinReach && n < maxHeadTwinMeta; k++ {
		if ss[k].role == roleJunk {
			continue
		}
		if isMetaBelow(ss, k, start) || isRelativeDate(ss[k].text) {
			return true
		}
		n++
	}
	return false
}
