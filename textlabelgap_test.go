package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestLabelGaps checks that in a dump with no blank line at all a short
// label ending in a colon under a paragraph, and the line under it, get
// the blank line above them that the body scorer reads (and only it: gap
// stays as the dump and inferGaps set it); that a label among short lines
// only, the labels of a run of pairs (a masthead), a short line without a
// colon, the lines of a menu and the line under a line of prose ending in
// a colon (inferGaps reads that one) get none; that a stray blank line at
// the top of a dump whose paragraphs run on leaves it so read; and that a
// dump with blank lines is read as it was written. In English and German.
func TestLabelGaps(t *testing.T) {
	for _, c := range []struct {
		name          string
		story         []string // two paragraphs of prose
		label, item   string   // a label and the first line of its list
		long, noColon string   // a line of prose ending in a colon, a label without one
		form          string   // a label among short lines
		pairs         []string // label, name, label, name
		more          []string // two more paragraphs of prose
	}{
		{"en", []string{storyLines[0], storyLines[1]},
			"Schedule changes:", "Earlier first crossing",
			"Passengers were told about these changes at the office:", "Opening hours",
			"Follow us:", []string{"Editor:", "Jane Roe", "News editor:", "John Doe"},
			[]string{storyLines[4], storyLines[5]}},
		{"de", []string{
			"Die Hafenbehörde teilte am Dienstag mit, dass das alte Fährterminal für zwei Jahre geschlossen wird.",
			"Während der Arbeiten legen die Fähren von einem provisorischen Anleger einen Kilometer weiter südlich ab."},
			"Neue Fahrzeiten:", "Frühere erste Überfahrt",
			"Die Reisenden wurden am Schalter über diese Änderungen informiert:", "Öffnungszeiten",
			"Folgen Sie uns:", []string{"Chefredakteurin:", "Erika Muster", "Nachrichtenchef:", "Max Muster"},
			[]string{"Der Bund übernimmt die Hälfte der Kosten von 48 Millionen Euro, das Land den Rest.",
				"Pendler sagten, der Weg zum provisorischen Anleger verlängere ihre Fahrt um zehn Minuten."}},
	} {
		read := func(lines []string) map[string]*block {
			bs := parseTextPage([]byte(strings.Join(lines, "\n"))).blocks
			if len(bs) != len(slices.DeleteFunc(slices.Clone(lines), func(l string) bool { return l == "" })) {
				t.Fatalf("%s: %d blocks of %d lines", c.name, len(bs), len(lines))
			}
			m := map[string]*block{}
			for i := range bs {
				m[bs[i].text] = &bs[i]
			}
			return m
		}
		lines := slices.Concat([]string{"Home", "News", c.form, "Facebook", "Weather"}, c.story[:1],
			[]string{c.label, c.item, "Second item", c.long, c.noColon, "Monday to Friday"}, c.story[1:], c.pairs)
		m := read(lines)
		for _, l := range []string{c.label, c.item} {
			if !m[l].bodyGap || !m[l].scoredGap() {
				t.Errorf("%s: %q got no blank line for the body scorer", c.name, l)
			}
			if m[l].gap {
				t.Errorf("%s: %q got a blank line the other readers see", c.name, l)
			}
		}
		for _, l := range slices.Concat([]string{"Home", "News", c.form, "Facebook", "Weather", "Second item", c.long, c.noColon, "Monday to Friday"}, c.pairs) {
			if m[l].bodyGap {
				t.Errorf("%s: %q got a blank line for the body scorer", c.name, l)
			}
		}
		// A stray blank line at the top of a dump whose paragraphs run on.
		stray := slices.Concat([]string{"", "Home", "News"}, c.story, c.more, []string{c.label, c.item, "Second item"}, c.more[:1])
		if m := read(stray); !m[c.label].bodyGap || !m[c.item].bodyGap {
			t.Errorf("%s: a stray blank line at the top: the label got no blank line", c.name)
		}
		// A dump with blank lines keeps them as written.
		spaced := slices.Insert(slices.Clone(lines), 5, "")
		for l, b := range read(spaced) {
			if b.bodyGap {
				t.Errorf("%s: dump with a blank line: %q got a blank line for the body scorer", c.name, l)
			}
		}
	}
}
