package wirestory

// This file gathers the rules that end a text page's body above a box of
// the site's that closes it, each reading the body's last lines: a list of
// other stories, headlines with no paragraph under them, the footer, a
// list printed twice, a list of entries. A rule that runs after them can
// bare such a box: markConsentLines takes a form's fine print under a run
// of other stories' headlines for chrome, and cutReaderAppeal or
// cutTestimonies move the end up to the box above what they cut. So
// story.go runs these cutters a second time, with cutTestimonies, over the
// end the first pass left. The sign-up rule looks once: a story that goes
// on under a sign-up box stays whole because the box's fine print counts
// among the words the box may hold, and the fine print read as chrome
// would lift that guard. Each pass walks the body's tail once, so two
// passes stay linear in the page's length.

// cutTailBoxes returns the end of a text page's body start..end cut by
// each of the rules that end a body above a box of the site's, in turn.
func cutTailBoxes(ss []slot, p []float32, threshold float32, start, end int) int {
	end = cutTrailingTeasers(ss, start, end)
	end = cutTrailingHeads(ss, p, threshold, start, end)
	end = cutFooter(ss, p, threshold, start, end)
	end = cutRepeatedList(ss, start, end)
	return cutDatedEntries(ss, start, cutEntryTail(ss, start, end))
}
