package wirestory

import "strings"

// This file carries a text page's body over the questions and answers set
// under its story (a guide's "FAQ"). On an HTML page they stand in the
// element that holds the story; in a dump they come after a short box (the
// writer's name and bio, a heading), and the scorer, which sees the story's
// end in the box, stops there. What marks them is their shape, in any
// language: a short line that asks a question, then a paragraph that
// answers it, again and again.

// maxAnswerGap is the most lines between a text page's body and the first
// of the questions under it (a writer's box, a heading).
const maxAnswerGap = 4

// minAnswered is the fewest questions, each with its answer, that make
// the run the story's: one question over a paragraph is as often another
// story's teaser over its blurb.
const minAnswered = 2

// maxQuestionWords is the most words of a line read as a question over its
// answer.
const maxQuestionWords = 25

// keepAnswers returns the end of a text page's body carried over the
// questions and answers under it: across up to maxAnswerGap lines that no
// rule took for a teaser, a caption or a byline, minAnswered or more
// pairs, each a short line that ends with a question mark and one or more
// paragraphs under it that the scorer takes for the story's (threshold)
// and that ask nothing. A question with no answer under it (a list of
// other pieces' titles, an answer the page folds away) ends the run.
// Nothing is carried over the story's signature or copyright line, nor
// into the comments, which start at comments (-1: none). The lines of the
// gap keep their roles; those no rule took (the writer's box, a heading)
// join the body with the answers, as they stand in the story's element on
// the HTML page. It runs after the rules that cut the body's tail, which
// see the box as the story's end. The walk reads each line at most twice,
// so the cost is linear.
func keepAnswers(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	if start < 0 || end < start {
		return end
	}
	limit := len(ss)
	if comments >= 0 && comments < limit {
		limit = comments // nothing at or under the comments' start
	}
	j, pairs := end+1, 0
	if end-2 >= start && end < limit && isQuestion(&ss[end]) && isQuestion(&ss[end-2]) && answers(&ss[end-1], p[end-1], threshold) {
		// The body's own questions and answers go on: it stops on a
		// question, under a question and its answer.
		j, pairs = end, 1
	}
	for gap := 0; pairs == 0 && j < limit && !isQuestion(&ss[j]); j++ {
		s := &ss[j]
		if gap++; gap > maxAnswerGap || isBarrier(s) || s.role == roleTeaser || s.role == roleCaption {
			return end
		}
	}
	last := end
	for j < limit && isQuestion(&ss[j]) {
		k := j + 1
		for k < limit && answers(&ss[k], p[k], threshold) {
			k++
		}
		if k == j+1 {
			break
		}
		pairs, last, j = pairs+1, k-1, k
	}
	if pairs < minAnswered {
		return end
	}
	return last
}

// isQuestion reports whether a line of a text page is a question set over
// its answer: a short line, no one's byline or date, that ends with a
// question mark.
func isQuestion(s *slot) bool {
	if s.role != roleUnknown || s.f.words == 0 || s.f.words > maxQuestionWords || s.isMeta() {
		return false
	}
	t := strings.TrimRight(s.text, " \"'”’»)")
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？")
}

// minAnswerWords is the fewest words of an answer that does not end like
// a sentence (a site that drops an answer's last stop).
const minAnswerWords = 12

// answers reports whether a line under a question answers it: a paragraph
// the scorer takes for the story's (one with no final stop must have
// minAnswerWords, in lower case) that is not a question itself.
func answers(s *slot, p, threshold float32) bool {
	return s.role == roleUnknown && (s.f.prose || s.f.lower && s.f.words >= minAnswerWords) && p >= threshold && !isQuestion(s) && !isBarrier(s) && !s.isMeta()
}
