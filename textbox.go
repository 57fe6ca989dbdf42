package wirestory

import "strings"

// This file carries a text page's body over a box of other stories set
// inside the story: a list heading ("TRENDING", "Read more") and a few
// headlines, after which the story goes on. On an HTML page the box is an
// element of its own inside the story's; in a dump its lines stand between
// two paragraphs, and the scorer, which sees the story's end in them, stops
// there.

// maxBoxBlocks is the most blocks a box inside a story holds, its heading
// with them.
const maxBoxBlocks = 12

// crossBoxes returns the end of a text page's body carried over the boxes
// of other stories that follow its last paragraph: a box opened by a list
// heading, whose other lines are teasers or chrome, the last a teaser,
// followed by one
// paragraph or more that the scorer does not reject outright (below low),
// that no rule took for anything else. The paragraphs after the box are
// the story's; the box's lines keep their roles and stay out of it. Nothing
// is carried into the comments, which start at comments (-1: none).
func crossBoxes(ss []slot, p []float32, low float32, end, comments int) int {
	if comments >= 0 {
		ss = ss[:comments]
	}
	for end >= 0 && end < len(ss) {
		j := end + 1
		for j < len(ss) && ss[j].role == roleJunk {
			j++
		}
		if j >= len(ss) || ss[j].role != roleChrome || !ss[j].listHead {
			return end
		}
		k := j + 1
		teasers := 0
		for k < len(ss) && k-j < maxBoxBlocks && ss[k].role != roleUnknown && ss[k].role != roleCaption {
			if ss[k].role == roleTeaser {
				teasers++
			}
			k++
		}
		// The box ends with a teaser: a paragraph after a label ("About
		// Us") opens something else.
		b := k - 1
		for b > j && ss[b].role == roleJunk {
			b--
		}
		if teasers == 0 || k >= len(ss) || k-j >= maxBoxBlocks || ss[b].role != roleTeaser {
			return end
		}
		last := -1
		for ; k < len(ss) && (ss[k].role == roleJunk || ss[k].role == roleUnknown && ss[k].f.prose && p[k] >= low); k++ {
			if ss[k].role == roleUnknown {
				last = k
			}
		}
		if last < 0 {
			return end
		}
		end = last
	}
	return end
}

// maxLeadGap is the most lines of pictures (captions, credits, a
// gallery's counter) between a text page's lead paragraphs and the body
// the scorer found below them.
const maxLeadGap = 6

// leadAbovePictures returns the start of a text page's body widened to the
// lead paragraphs that pictures set apart from it: above start, across up
// to maxLeadGap lines that are captions (by the rules, or closing with a
// picture's credit), picture counters or junk, one paragraph or more that
// the scorer takes for the story's (threshold) and no rule took for
// anything else. A headline, a byline or a date line above the pictures
// is not a paragraph and ends the search.
func leadAbovePictures(ss []slot, p []float32, threshold float32, start int) int {
	if start <= 0 {
		return start
	}
	j, gap := start-1, 0
	for ; j >= 0 && gap <= maxLeadGap && pictureLine(&ss[j]); j-- {
		gap++
	}
	if gap == 0 || gap > maxLeadGap {
		return start
	}
	lead := start
	for ; j >= 0 && ss[j].role == roleUnknown && ss[j].f.prose && p[j] >= threshold; j-- {
		lead = j
	}
	// The pictures' lines stay out of the body.
	for k := lead; k < start; k++ {
		if ss[k].role == roleUnknown && !(ss[k].f.prose && p[k] >= threshold) {
			ss[k].role = roleCaption
		}
	}
	return lead
}

// isCounter reports whether s is a number alone: a gallery's count of
// pictures over its first caption.
func isCounter(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// pictureLine reports whether a line of a text page belongs to a picture:
// a caption by the rules, one that closes with its credit, a gallery's
// counter, or junk.
func pictureLine(s *slot) bool {
	return s.role == roleJunk || s.role == roleCaption ||
		s.role == roleUnknown && s.kind == kindLine && (endsWithLineCredit(s.text) || isCounter(s.text))
}

// minCaptionProseWords and minCaptionProseSentences are the fewest words
// and sentences of a paragraph over a picture's credit that is the story's,
// not the picture's caption: a caption tells what the picture shows in a
// sentence or two.
const (
	minCaptionProseWords     = 40
	minCaptionProseSentences = 3
)

// keepProseOverCredit gives back to a text page's body the paragraphs that
// the rules took for a picture's caption only because a credit line stands
// under them ("Credit: Jane Roe"), where the picture itself left no line
// of its own: a paragraph of prose long for a caption, that the scorer
// takes for the story's, with the body going on under the credit with a
// paragraph, or with a subhead under a paragraph above.
func keepProseOverCredit(ss []slot, p []float32, threshold float32, start, end int) {
	for i := start + 1; i+2 <= end; i++ {
		s := &ss[i]
		if s.role != roleCaption || s.kind != kindLine || !s.f.prose || !s.f.sentence ||
			s.f.words < minCaptionProseWords || p[i] < threshold || sentenceCount(s.text) < minCaptionProseSentences {
			continue
		}
		c := &ss[i+1]
		if c.kind != kindLine || !(isCreditOnly(c.text) || isLabelCreditOnly(c.text)) {
			continue
		}
		k := nextLive(ss, i+2)
		if k < 0 || k > end || ss[k].role != roleUnknown || !ss[k].f.prose && !isFreeParagraph(ss, i-1) {
			continue
		}
		s.role = roleUnknown
	}
}

// sentenceCount counts the sentences of s: its stops (".", "!", "?")
// followed by a space and a capital letter, and its last one.
func sentenceCount(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' {
			n++
		}
	}
	if endsLikeSentence(s) {
		n++
	}
	return n
}

// minClosingWords is the fewest words of a paragraph right under a text
// page's body that closes the story though the scorer doubts it.
const minClosingWords = 20

// keepClosingParagraph takes into a text page's body the paragraph right
// under its last one when it reads as the story's close, not as a list or
// a box: a paragraph of sentences, 20 words or more, that the scorer gives
// at least six tenths of the threshold ("The best way to find out is to
// try a few of these ..."). A story's last paragraph sums it up, and the
// scorer, which sees the page's chrome right below it, doubts it. It
// returns the new end; the trims of comments, author boxes and second
// stories come after.
func keepClosingParagraph(ss []slot, p []float32, threshold float32, end int) int {
	if end < 0 || !ss[end].f.prose {
		return end
	}
	k := nextLive(ss, end+1)
	if k < 0 {
		return end
	}
	s := &ss[k]
	if s.role != roleUnknown || s.kind != kindLine || !s.f.prose || !s.f.sentence ||
		s.f.words < minClosingWords || p[k] < threshold*0.6 {
		return end
	}
	return k
}

// keepNamedProse gives back to a text page's body the paragraphs inside it
// that the rules took for a teaser's headline and blurb glued together
// only because a name is written in camel case ("The AcmeKey 5 is a ..."):
// a paragraph of sentences the scorer takes for the story's, whose camel-
// cased word the paragraph repeats or the line above it names too, as a
// glued joint ("OptionsThe 49ers ...") is never written twice.
func keepNamedProse(ss []slot, p []float32, threshold float32, start, end int) {
	for i := start + 1; i < end; i++ {
		s := &ss[i]
		if s.role != roleTeaser || s.kind != kindLine || !s.f.prose || !s.f.sentence || p[i] < threshold {
			continue
		}
		j := prevLive(ss, i-1)
		if j < start {
			continue
		}
		for _, w := range strings.Fields(s.text) {
			if isCamelWord(w) && (strings.Count(s.text, w) >= 2 || strings.Contains(ss[j].text, w)) {
				s.role = roleUnknown
				break
			}
		}
	}
}

// isCamelWord reports whether w runs three lower-case letters into a
// capital and a lower-case letter, as isGluedTeaser looks for.
func isCamelWord(w string) bool {
	for i := 3; i+1 < len(w); i++ {
		if isUpperASCII(w[i]) && isLowerASCII(w[i+1]) && isLowerASCII(w[i-1]) && isLowerASCII(w[i-2]) && isLowerASCII(w[i-3]) {
			return true
		}
	}
	return false
}
