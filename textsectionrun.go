package wirestory

// This file carries a text page's body down over a long run of short lines
// (a code listing, a checklist, a table, a product's cards) to the
// sections of the story under it. A guide or a how-to is written in
// sections, each a short head over paragraphs, and between two sections it
// prints what a dump gives as many short lines: code, the rows of a table,
// the items of a checklist. The scorer weighs each line by its words and
// ends the body at the first long run of them, and it doubts the
// paragraphs under the run, far from the body's top; crossLists crosses
// only short runs to a paragraph the scorer takes. What says the section
// under the run is the story's is its shape and its words: a head over a
// paragraph, as the body's own sections are, speaking of what the body
// speaks of.

// minRunSections is the fewest sections (a head line right over a
// paragraph) the body must hold to be read as a story written in sections.
const minRunSections = 2

// maxRunGap is the most lines crossed between the body's end and the head
// of the next section: a long code listing or checklist, not a page's
// whole foot.
const maxRunGap = 80

// maxSectionHeadWords is the most words of a section's head line.
const maxSectionHeadWords = 12

// minRunShared is the fewest of the story's content words the paragraph
// under a section's head must use, and it must use a third of its own
// content words or more: a promo or a teaser's blurb on the story's topic
// shares a word or two.
const minRunShared = 4

// keepSectionsUnderRuns returns the end of a text page's body carried over
// runs of short lines to the sections of the story under them. The body
// (start..end) holds minRunSections or more sections: head lines
// (isSectionHead) each right over a paragraph (isRunParagraph). Under its
// end, within maxRunGap lines, after lines that are no paragraph (code,
// list items, rows, or lines the rules took for chrome, teasers or
// captions), stands a head line and right under it a paragraph that the
// scorer gives four fifths of the threshold or more and that uses
// minRunShared or more of the body's content words, a third of its own or
// more; or, when the lines crossed repeat minRepeatedLabels of the body's
// own short lines' labels (labelRepeats: the body's pattern goes on), that
// uses minRunShared or more of the body's words, whatever the scorer gives
// it. A paragraph that opens with its head's words is the head's own box
// (a writer's name over a biography) and stays out. The body then ends
// with that paragraph and the paragraphs right under it, and the look goes
// on from there. The first paragraph met that is no such section's ends
// the look, and so do a line that says the story is over (endsList, a
// signature, a copyright, a tail), a list's heading and the comments,
// which start at comments (-1: none). Lines the rules took for chrome,
// teasers or captions keep their roles and stay out of the body. A step
// that takes a section reads no line past it but the chrome under it, and
// the last step reads at most maxRunGap lines, so each line is read a few
// times at most and the cost is linear.
func keepSectionsUnderRuns(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	if start < 0 || end < start {
		return end
	}
	sections := 0
	for i := start; i < end && sections < minRunSections; i++ {
		if isSectionHead(&ss[i]) {
			if k := nextLine(ss, i+1, min(end+1, len(ss))); k >= 0 && isRunParagraph(&ss[k]) {
				sections++
			}
		}
	}
	if sections < minRunSections {
		return end
	}
	limit := len(ss)
	if comments > end {
		limit = comments
	}
	var words, labels map[string]bool
	for {
		next := -1
		head := -1
		var run labelRepeats
		for j := end + 1; j < limit && j-end <= maxRunGap; j++ {
			s := &ss[j]
			if isBarrier(s) || s.listHead || s.role == roleUnknown && (s.tailKind() != tailNone || endsList(s)) {
				break
			}
			if s.role != roleUnknown {
				continue
			}
			if !isRunParagraph(s) {
				if labels == nil {
					labels = bodyLabels(ss, start, end)
				}
				run.add(s, labels)
				head = -1
				if isSectionHead(s) {
					head = j
				}
				continue
			}
			if head < 0 {
				break // a paragraph under no head: not a section's
			}
			if words == nil {
				words = paragraphWords(ss, start, end)
			}
			shared, all := sharedContentWords(s.text, words)
			if shared >= minRunShared && (shared*3 >= all && p[j] >= threshold*0.8 || run.repeated()) &&
				!opensWithName(s.text, ss[head].text) && !opensWithLine(s.text, ss[head].text) {
				next = j
			}
			break
		}
		if next < 0 {
			return end
		}
		// The paragraphs right under the section's first are the
		// section's; chrome between them (a share button) is crossed,
		// a run of at most maxRunGap lines of it.
		end = next
		for k := end + 1; k < limit && k-end <= maxRunGap; k++ {
			s := &ss[k]
			if s.role == roleJunk || s.role == roleChrome {
				continue
			}
			if !isRunParagraph(s) || endsList(s) {
				break
			}
			end = k
		}
	}
}

// isSectionHead reports whether s could head a section of a story: a
// free line of one to maxSectionHeadWords words that is no sentence.
func isSectionHead(s *slot) bool {
	return s.role == roleUnknown && s.kind == kindLine && !s.f.prose && !s.f.sentence && !s.listHead &&
		s.f.words >= 1 && s.f.words <= maxSectionHeadWords
}

// isRunParagraph reports whether s is a paragraph of a story's section: a
// free line of sentences of minClosingWords words or more.
func isRunParagraph(s *slot) bool {
	return s.role == roleUnknown && s.kind == kindLine && s.f.prose && s.f.sentence && s.f.words >= minClosingWords
}
