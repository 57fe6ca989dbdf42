package wirestory

import "strings"

// This file takes out of a text page's body a caption that a site sets
// under each of a story's pictures word for word (the event's name under
// every photo of it). On an HTML page each copy is a figure's caption;
// in a dump it is a line between the paragraphs, and markRepeats, which
// reads only paragraphs, leaves it there. A story may print a prompt once
// per guest or a label over each item, but such a line heads a paragraph
// (keepRepeatedPrompts) or is a short label; a line of a caption's length
// that is no paragraph, stands apart (blank lines above and below it)
// next to a paragraph of the story, and does so word for word
// minPromptCopies times in the body is the pictures'. A plan's or a
// recipe's lines repeat too, but tight together or among the plan's
// other lines, and a quote's speaker, named under each quote, gives his
// name and title set apart by commas ("Jane Roe, Director, Acme").

// minRecaptionLen is the fewest bytes of a line that markRepeatedCaptions
// reads as a caption: a shorter repeated line is a label ("Q:", "Photo").
const minRecaptionLen = 40

// markRepeatedCaptions marks as captions, in the body start..end of a text
// page, the copies of a line that is no paragraph (not prose), at least
// minRecaptionLen bytes long, and stands minPromptCopies times or more in
// the body where a picture's caption would (isRecaption).
func markRepeatedCaptions(ss []slot, start, end int) {
	if start < 0 || end-start < minPromptCopies {
		return
	}
	var copies map[string]int // how many times each such line stands in the body
	for i := start; i <= end; i++ {
		if isRecaption(ss, i) {
			if copies == nil {
				copies = make(map[string]int)
			}
			copies[ss[i].text]++
		}
	}
	for i := start; i <= end; i++ {
		if isRecaption(ss, i) && copies[ss[i].text] >= minPromptCopies {
			ss[i].role = roleCaption
		}
	}
}

// isRecaption reports whether the line at i could be a copy of a caption
// set under each picture: a free line, no paragraph, of minRecaptionLen
// bytes or more, that ends no sentence, introduces nothing and holds no
// comma (a speaker's name and title under a quote), with a
// blank line above and below it, and a free paragraph (isFreeParagraph)
// right above or right under it.
func isRecaption(ss []slot, i int) bool {
	s := &ss[i]
	if s.role != roleUnknown || s.kind != kindLine || s.f.prose || s.f.sentence || len(s.text) < minRecaptionLen ||
		lastRune(s.text) == ':' || strings.Contains(s.text, ", ") || !s.gap || i+1 < len(ss) && !ss[i+1].gap {
		return false
	}
	j, k := prevLive(ss, i-1), nextLive(ss, i+1)
	return j >= 0 && isFreeParagraph(ss, j) || k >= 0 && isFreeParagraph(ss, k)
}
