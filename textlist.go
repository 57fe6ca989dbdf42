package wirestory

import (
	"strings"
	"unicode"
)

// This file carries a text page's body over the lists and tables set
// inside the story: pros and cons, a product's features, addresses, the
// rows of a table. On an HTML page they stand in the element that holds
// the story; in a dump they are short lines between two paragraphs, each
// of few words, and the scorer, which weighs each line by its words, sees
// the story's end in them and stops there.

// maxListLines is the most lines a list inside a text page's story holds
// between two of its paragraphs.
const maxListLines = 40

// crossLists returns the end of a text page's body carried over the lists
// that follow its last paragraph: a run of up to maxListLines lines that no
// rule took for anything but chrome, teasers, captions or junk, followed by
// a paragraph of sentences the scorer takes for the story's (threshold),
// where the scorer gives the run's other lines on average at least half
// the threshold (a menu or a footer under the story scores far lower); and
// the paragraphs the scorer takes right under that paragraph. A line that
// says the story is over (endsList) ends the run, and so does the second
// rank alone on its line ("1", a headline, "2"): a list of the most read
// stories numbers its headlines so. Chrome, teasers and captions in the
// run keep their roles and stay out of the body. Nothing is carried over
// the story's signature or copyright line, nor into the comments, which
// start at comments (-1: none). Each step reads at most maxListLines+1
// lines and moves the end down, so the cost is linear.
func crossLists(ss []slot, p []float32, threshold float32, end, comments int) int {
	if end < 0 {
		return end
	}
	limit := len(ss)
	if comments > end {
		limit = comments
	}
	for crossed := false; ; crossed = true {
		next := -1
		var sum float32
		n, counters := 0, 0
		for j := end + 1; j < limit && j-end <= maxListLines+1; j++ {
			s := &ss[j]
			if isBarrier(s) || s.role == roleUnknown && (s.tailKind() != tailNone || endsList(s)) {
				break
			}
			if s.role != roleUnknown {
				continue
			}
			if isCounter(s.text) {
				if counters++; counters >= 2 {
					break
				}
			}
			if s.f.prose && s.f.sentence && p[j] >= threshold {
				// Right after a list crossed, the story's paragraphs
				// go on.
				if n == 0 && crossed || n > 0 && sum >= threshold/2*float32(n) {
					next = j
				}
				break
			}
			sum += p[j]
			n++
		}
		if next < 0 {
			return end
		}
		end = next
	}
}

// listEndWords are words that, alone on a line or in it, label what comes
// under a story rather than in it: its share buttons, replies to readers.
var listEndWords = setOf("reply", "replies", "antworten", "répondre", "responder", "rispondi")

// maxEndLabelWords is the most words of a line that endsList reads as a
// share bar's or a reply link's label ("Share this article", "Reply to
// Jane Roe").
const maxEndLabelWords = 6

// endsList reports whether a line under a text page's body says the story
// is over: a date or byline line (the story's footer, a reader's comment),
// a call to subscribe or share, a comment section's words, the source of a
// card that links to another story ("site.com Section").
func endsList(s *slot) bool {
	// Bits 1 and 2: promo stems, comment stems.
	if s.isMeta() || bodyWordGroup.lowerMask(s.text)&(2|4) != 0 {
		return true
	}
	// A link card's source: "site.com Section".
	if first, _, _ := strings.Cut(s.text, " "); s.f.words <= 6 && isDomainName(first) {
		return true
	}
	// A share bar's or a reply link's words end the story only on a short
	// line: in a sentence they are words like others ("the share of",
	// Spanish "del").
	if s.f.words > maxEndLabelWords {
		return false
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(s.text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if shareWords[w] || listEndWords[w] {
			return true
		}
	}
	return false
}
