package wirestory

import "testing"

// TestStackedLabels checks that the label a site prints over each of its
// ad slots leaves a text page's body when it stands three times or more
// and once right under itself, in English and German, and that what only
// looks like it stays: a subhead printed under each item with the item's
// text under it, a label stacked but printed only twice, and a table's
// column that prints the same figure cell under cell.
func TestStackedLabels(t *testing.T) {
	for _, c := range []struct {
		name, label, heading string
		story                []string
	}{
		{"en", "Story block", "Worth knowing", entryStoryEN},
		{"de", "Inhaltsbereich", "Gut zu wissen", entryStoryDE},
	} {
		p := c.story
		// The label three times, twice one on the other: it goes.
		lines := []string{"Ferry terminal to close for two years", "By Jane Roe", "",
			p[0], "", c.label, c.label, "", p[1], "", c.label, "", p[2], "", c.label, ""}
		lines = append(lines, withGaps(p[3:])...)
		lines = append(lines, "", "Privacy policy", "Terms of use", "© 2025 The Harbor Times")
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" stacked", "label", got, p, []string{c.label})

		// A subhead over each part, never over itself: it stays, and so
		// does a label stacked but printed twice only.
		lines = []string{"Ferry terminal to close for two years", "By Jane Roe", "",
			c.heading, p[0], "", c.heading, p[1], "", c.heading, p[2], "", c.label, c.label, ""}
		lines = append(lines, withGaps(p[3:])...)
		lines = append(lines, "", "Privacy policy", "Terms of use", "© 2025 The Harbor Times")
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" subheads", "label", got, append([]string{c.heading, c.label}, p...), nil)

		// A figure printed cell under cell stays.
		lines = []string{"Ferry terminal to close for two years", "By Jane Roe", "",
			p[0], "", p[1], "", "Fares by route", "North", "12", "12", "South", "12", "", p[2], ""}
		lines = append(lines, withGaps(p[3:])...)
		lines = append(lines, "", "Privacy policy", "Terms of use", "© 2025 The Harbor Times")
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" figures", "figure", got, append([]string{"12"}, p...), nil)
	}
}
