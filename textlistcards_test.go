package wirestory

import "testing"

// TestListCards checks that a box of other stories set into a text page's
// story under a list heading, each card a kicker in capitals or a label
// over its headline, leaves the body, in English and German; and that
// what only looks like it stays: the story's own subhead in capitals over
// its paragraph under an empty box's heading, and a run that goes on into
// the story with no blank line under it.
func TestListCards(t *testing.T) {
	for _, c := range []struct {
		name, heading  string
		cards, subhead []string
		story          []string
	}{
		{"en", "Read also", []string{"HARBOR REPAIRS", "Divers find more rotted pilings under the pier",
			"LIVE", "Storm closes the bridge for the night", "SECTION:", "CITY", "Council votes to keep the night bus"},
			[]string{"WHAT COMES NEXT"}, append(append([]string{}, entryStoryEN...), entryMoreEN...)},
		{"de", "Lesen Sie auch", []string{"HAFENARBEITEN", "Taucher finden weitere morsche Pfähle am Anleger",
			"LIVEBLOG", "Sturm sperrt die Brücke über Nacht", "RESSORT:", "STADT", "Stadtrat hält am Nachtbus fest"},
			[]string{"WIE ES WEITERGEHT"}, append(append([]string{}, entryStoryDE...), entryMoreDE...)},
	} {
		p := c.story
		head := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
		foot := []string{"", "Privacy policy", "Terms of use", "© 2025 The Harbor Times"}
		// The box between two paragraphs, with a blank line under its
		// heading and without: it goes.
		for _, gap := range []bool{false, true} {
			lines := append([]string{}, head...)
			lines = append(lines, withGaps(p[:3])...)
			lines = append(lines, c.heading)
			if gap {
				lines = append(lines, "")
			}
			lines = append(lines, c.cards...)
			lines = append(lines, "")
			lines = append(lines, withGaps(p[3:])...)
			lines = append(lines, foot...)
			got := parseLines(t, lines).Paragraphs
			checkKeptOut(t, c.name+" box", "card line", got, p, c.cards)
		}

		// The story's own subhead in capitals over its paragraph, under
		// a heading whose box the dump left empty: both stay.
		lines := append([]string{}, head...)
		lines = append(lines, withGaps(p[:3])...)
		lines = append(lines, c.heading, c.subhead[0], p[3], "")
		lines = append(lines, withGaps(p[4:])...)
		lines = append(lines, foot...)
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" subhead", "line", got, append([]string{c.subhead[0]}, p...), nil)

		// Cards that run into the story's paragraph with no blank line:
		// not this rule's box, and the paragraph stays.
		lines = append([]string{}, head...)
		lines = append(lines, withGaps(p[:3])...)
		lines = append(lines, c.heading)
		lines = append(lines, c.cards[:2]...)
		lines = append(lines, p[3], "")
		lines = append(lines, withGaps(p[4:])...)
		lines = append(lines, foot...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" run on", "line", got, p, nil)
	}
}
