package wirestory

// This file gives back to a text page's body the paragraphs in its midst
// that the rules took for a teaser's headline and blurb glued together
// only because a product's name is written in camel case ("The Dacor
// AutoRelease dishwasher feature ...", "Midea's OneTouch AutoFill
// dispenser ..."). keepNamedProse keeps such a paragraph when the name
// stands twice; a review names most products once.

// minCamelProseWords is the fewest words of a paragraph inside a text
// page's body that a camel-cased name does not make a glued teaser.
const minCamelProseWords = 15

// keepCamelProse gives back to a text page's body start..end the
// paragraphs inside it that the rules took for a glued teaser, when the
// paragraph is a sentence of minCamelProseWords words or more, the scorer
// takes it for the story's (threshold), and the live lines right above and
// right under it are the body's paragraphs, no rule took for anything
// else. A teaser glued into a run of other teasers, a list of other
// stories or a caption stays out, as does a short line (an author's card,
// a share bar).
func keepCamelProse(ss []slot, p []float32, threshold float32, start, end int) {
	for i := start + 1; i < end; i++ {
		s := &ss[i]
		if s.role != roleTeaser || s.kind != kindLine || !s.f.prose || !s.f.sentence || s.f.words < minCamelProseWords ||
			p[i] < threshold || !isGluedTeaser(s.text) {
			continue
		}
		j, k := prevLive(ss, i-1), nextLive(ss, i+1)
		if j < start || k < 0 || k > end || !isFreeParagraph(ss, j) || !isFreeParagraph(ss, k) {
			continue
		}
		s.role = roleUnknown
	}
}
