package wirestory

import "testing"

// TestDisclosureLabels checks that the labels of the buttons that open and
// close a box set into a text page's story, or send a picture full
// screen, leave the body, in German, English and Norwegian, while the
// box's own text stays; and that the story's lines that only use such
// words stay: a subhead that opens with "Expand", a sentence about
// opening a box.
func TestDisclosureLabels(t *testing.T) {
	for _, c := range []struct {
		name, box string
		labels    []string
		keep      []string
		story     []string
	}{
		{"de", "Der Hafen wurde 1871 gebaut und 1950 zum ersten Mal saniert.",
			[]string{"Personen-Box aufklappen", "Personen-Box zuklappen", "Vollbild"},
			[]string{"Box aufklappen, Karte lesen", "Die Kinder klappen die Box auf und lesen die Karte."}, entryStoryDE},
		{"en", "The harbor was built in 1871 and first repaired in 1950.",
			[]string{"Show more Show less", "Exit full screen", "Expand"},
			[]string{"Expand your network", "Readers who expand the box see the map."}, entryStoryEN},
		{"no", "The harbor was built in 1871 and first repaired in 1950.",
			[]string{"Vis mer Vis mindre", "Vis mer"}, nil, entryStoryEN},
	} {
		p := c.story
		head := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
		foot := []string{"", "Privacy policy", "Terms of use", "© 2025 The Harbor Times"}
		lines := append([]string{}, head...)
		lines = append(lines, p[0], "", p[1], "", c.labels[0], "")
		lines = append(lines, c.labels[1:]...)
		lines = append(lines, c.box, "")
		lines = append(lines, withGaps(p[2:])...)
		lines = append(lines, foot...)
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" labels", "label", got, append([]string{c.box}, p...), c.labels)

		if c.keep == nil {
			continue
		}
		lines = append([]string{}, head...)
		lines = append(lines, p[0], "", p[1], "", c.keep[0], p[2], "", c.keep[1], "")
		lines = append(lines, withGaps(p[3:])...)
		lines = append(lines, foot...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" keep", "line", got, append(append([]string{}, c.keep...), p...), nil)
	}
}
