package wirestory

// leadOverListBox returns the start of a text page's body carried up over
// the boxes of other stories set between the story's first paragraphs and
// the rest, as crossBoxes carries its end down over them. Above start
// stand the paragraphs that the scorer does not reject outright (seven
// tenths of the threshold) and no rule took for anything else; above them
// a box whose lines are teasers and their cut-off blurbs under a list
// heading ("Read more"); and above the box one paragraph or more that the
// scorer takes for the story's (the threshold), right under the story's
// head: a line that is no free paragraph (a byline, a date line, a
// caption) or the page's top. A paragraph the scorer doubts above the box
// is another story's, and a body that opens with a dateline has its top
// already. The box's blurbs become teasers and stay out of the body.
func leadOverListBox(ss []slot, p []float32, threshold float32, start int) int {
	if start <= 0 || opensWithDateline(ss[start].text) {
		return start
	}
	for start > 0 {
		// The paragraphs between the box and the body.
		j := start - 1
		for ; j >= 0 && (ss[j].role == roleJunk || isFreeParagraph(ss, j) && p[j] >= threshold*0.7); j-- {
		}
		// The box: teasers, up to its list heading.
		b, teasers := j, 0
		for ; b >= 0 && j-b < maxBoxBlocks && (ss[b].role == roleTeaser || ss[b].role == roleJunk || boxBlurb(&ss[b])); b-- {
			if ss[b].role == roleTeaser {
				teasers++
			}
		}
		if teasers == 0 || b < 0 || ss[b].role != roleChrome || !ss[b].listHead {
			return start
		}
		// The story's first paragraphs, under its head.
		top, k := -1, b-1
		for ; k >= 0 && (ss[k].role == roleJunk || isFreeParagraph(ss, k) && p[k] >= threshold); k-- {
			if ss[k].role != roleJunk {
				top = k
			}
		}
		if top < 0 || k >= 0 && isFreeParagraph(ss, k) {
			return start
		}
		for i := b + 1; i <= j; i++ {
			if boxBlurb(&ss[i]) {
				ss[i].role = roleTeaser
			}
		}
		start = top
	}
	return start
}

// boxBlurb reports whether s is a teaser's blurb in a box of other
// stories: a free line cut off ("..."), no paragraph of the story.
func boxBlurb(s *slot) bool {
	return s.role == roleUnknown && s.f.ellipsis && !s.f.prose
}
