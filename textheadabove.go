package wirestory

// headAboveUnshapedDeck returns the index of the line right above the one
// at i, the headline scorer's choice on a text page, when the choice is
// not shaped like a headline (headlineShaped) and follows that line with
// no blank line between, while that line is shaped like a headline, holds
// six words or more (no kicker) and fewer than the choice, and is no
// byline or date line: the head prints the headline over a deck that ends
// with no full stop (isProseDeck reads the decks that do), and the scorer
// took the deck. Else it returns -1.
func headAboveUnshapedDeck(ss []slot, i, start int) int {
	if i < 0 || i >= start || ss[i].gap || headlineShaped(&ss[i]) || ss[i].role != roleUnknown && ss[i].role != roleTeaser {
		return -1
	}
	h := prevLive(ss, i-1)
	if h < 0 || h != i-1 || !headlineShaped(&ss[h]) || ss[h].f.words < 6 || ss[h].f.words >= ss[i].f.words || isHeadMetaLine(ss[h].text) {
		return -1
	}
	return h
}
