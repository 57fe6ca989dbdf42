package wirestory

import "strings"

// This file ends a text page's body at the writer's box when the box says
// nothing the author box rules (authorbox.go, textbio.go) can read as a
// biography: its name line is the byline's name word for word, on a line
// of its own, and under it stand the writer's trade or a link to the
// writer's other stories ("Jane Roe" / "Editor" / "Since 2019 at the
// paper ...", "Jane Roe" / "More articles"), or a paragraph that names
// the writer ("Jane covers ..."). On an HTML page the box is an element
// of its own; a dump sets it as lines after the story's last paragraph,
// with the site's donation box, topics and comment form in the body's
// stretch under it.
//
// A story names its writer on a line of its own only in a box or a
// sign-off. A line that holds the name and more ("Jane Roe, Berlin") is
// left to the other rules, and so is a name under a picture (a credit,
// tight under its caption: no blank line above it), or one followed by a
// paragraph that does not name the writer (an interviewer's question after
// the name as a speaker's label).

// maxWriterRoleWords is the most words of the line under a writer's name
// line that reads as the writer's trade or a link ("Redakteurin", "Ver
// más artículos", "Senior Reporter, Politics").
const maxWriterRoleWords = 4

// minSignatureCopies is the fewest copies of the writer's name line in a
// body that sign its items (a round-up of reviews, each signed by its
// writer) rather than head the writer's box, which a dump may print twice.
const minSignatureCopies = 3

// cutAtWriterLine returns the end of a text page's body start..end cut
// above the first line that is one of people (the byline's writers) word
// for word (writerLineAt) and follows three paragraphs of the story or
// more, when that line heads no box trimLateAuthorBox reads (lateBoxAt:
// trimLateAuthorBox ran before, and what it left, such as a FAQ under the
// box that keepAnswers keeps, stays), has fewer paragraphs under it than
// above it, and has fewer than minSignatureCopies copies from there to the
// page's end: the story ends before its writer's box. The end is the last
// paragraph of the story above the line. Only the first such line is
// looked at.
func cutAtWriterLine(ss []slot, start, end int, people []string) int {
	if start < 0 || len(people) == 0 {
		return end
	}
	n := 0 // the story's paragraphs before block i
	for i := start; i < end; i++ {
		if isFreeParagraph(ss, i) {
			n++
			continue
		}
		if n < 3 || !writerLineAt(ss, i, end, people) {
			continue
		}
		words := storyWords(ss, start)
		if lateBoxAt(ss, i, start, end, words) >= 0 {
			return end // a box trimLateAuthorBox reads: what it left stays
		}
		after, copies := 0, 0
		for k := i; k < len(ss) && copies < minSignatureCopies; k++ {
			if k <= end && isFreeParagraph(ss, k) {
				after++
			} else if strings.EqualFold(ss[k].text, ss[i].text) {
				copies++
			}
		}
		if after >= n || copies >= minSignatureCopies {
			return end
		}
		if k := prevParagraph(ss, i-1, start); k >= 0 {
			return k
		}
		return end
	}
	return end
}

// writerLineAt reports whether block i of the body ..end is the name line
// of the writer's box: a line set apart by a blank line above it that is,
// but for case, a person's name of people, with under it a short line of
// up to maxWriterRoleWords words that is no paragraph, or a paragraph
// that names the writer, whole or by first name or surname, among its
// first maxWriterLead words.
func writerLineAt(ss []slot, i, end int, people []string) bool {
	s := &ss[i]
	if s.f.prose || !s.gap || s.role == roleJunk || s.role == roleChrome || i+1 > end {
		return false
	}
	name := ""
	for _, p := range people {
		if strings.EqualFold(strings.TrimSpace(s.text), p) && isPersonName(p) {
			name = p
			break
		}
	}
	if name == "" {
		return false
	}
	next := &ss[i+1]
	if !next.f.prose {
		return next.f.words <= maxWriterRoleWords
	}
	return namesWriterEarly(next.text, name)
}

// maxWriterLead is how many words into the paragraph under a writer's
// name line the name, or a word of it, may stand: "Jane Roe is ...", "Dr.
// Jane Roe is ...", "Jane (JR) Roe covers ...".
const maxWriterLead = 3

// namesWriterEarly reports whether p names the person name, by any word
// of the name of three bytes or more (no initial), but for case and a
// possessive, among its first maxWriterLead words: a paragraph that names
// the writer later ("Asked about it, the union's spokeswoman Jane Roe
// said") is the story's, under a subhead that happens to be a name.
func namesWriterEarly(p, name string) bool {
	f := strings.Fields(name)
	k := 0
	for w := range strings.FieldsSeq(p) {
		if k >= maxWriterLead {
			break
		}
		k++
		w = bareName(w)
		for _, n := range f {
			if len(n) >= 3 && strings.EqualFold(w, n) {
				return true
			}
		}
	}
	return false
}
