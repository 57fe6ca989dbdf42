package wirestory

// minLeadRun is the fewest paragraphs a run above a text page's body must
// hold for leadAcrossGap to take it for the story's: one paragraph the
// scorer likes above a gap is as often a standfirst, a promo's blurb or a
// cookie notice, which stay out.
const minLeadRun = 2

// minLeadRunWords is the fewest words a paragraph of that run has to
// count for minLeadRun: a short line among them ("Get the help you need!")
// is a page's slogan or a headline more often than the story's paragraph.
const minLeadRunWords = 10

// leadRunReach is how many blocks above a text page's body leadAcrossGap
// looks for a run of the story's paragraphs.
const leadRunReach = 120

// leadAcrossGap returns the start of a text page's body moved up to a run
// of the story's own paragraphs that a box set apart from it (a form, a
// table, a list of short lines): above start, within leadRunReach blocks,
// a run of paragraphs (junk between them aside) that the scorer takes for
// the story's (the threshold) and no rule took for anything else,
// minLeadRun or more of them minLeadRunWords long, whose words the body
// uses (sharesStoryWords). Between that run and the body stands no free
// paragraph at all, only lines that are no paragraphs (a form's fields, a
// table's cells, headings) or that the rules took: prose the scorer
// doubts there is another story's or a promo's, and ends the look. The
// look goes on above each run it takes; a body that opens with a dateline
// has its top already.
func leadAcrossGap(ss []slot, p []float32, threshold float32, start, end int) int {
	if start <= 0 || opensWithDateline(ss[start].text) {
		return start
	}
	var words map[string]bool
	for start > 0 {
		// The gap: up to the run's last paragraph.
		j := start - 1
		for ; j >= 0 && start-j <= leadRunReach && !isFreeParagraph(ss, j); j-- {
		}
		if j < 0 || start-j > leadRunReach || p[j] < threshold {
			return start
		}
		// The run.
		top, n := j, 0
		for k := j; k >= 0 && (ss[k].role == roleJunk || isFreeParagraph(ss, k) && p[k] >= threshold); k-- {
			if ss[k].role != roleJunk {
				top = k
				if ss[k].f.words >= minLeadRunWords {
					n++
				}
			}
		}
		if n < minLeadRun || !sharesStoryWords(ss, start, end, top, j+1, &words) {
			return start
		}
		start = top
	}
	return start
}
