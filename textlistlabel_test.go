package wirestory

import "testing"

// TestLabelledLists checks that the headlines of a list of other stories
// set into a text page's story under a label that ends with a colon are
// marked as teasers, in English, German and French, and what is kept: the
// label, the story's paragraphs around the list, a story's own list under
// a label the lexicon does not know, lines that end in a stop, a single
// line under the label, and a run that goes on into a paragraph with no
// blank line.
func TestLabelledLists(t *testing.T) {
	heads := map[string][]string{
		"en": {"Harbor seals return to the old pier", "Bridge tolls to rise in the new year", "City council approves new bike lanes downtown"},
		"de": {"Seehunde kehren an den alten Anleger zurück", "Brückenmaut steigt im neuen Jahr", "Stadtrat beschließt neue Radwege in der Innenstadt"},
		"fr": {"Les phoques reviennent au vieux quai", "Le péage du pont augmente en janvier", "Le conseil approuve de nouvelles pistes cyclables"},
	}
	for _, c := range []struct {
		name, lang, label string
		items             []string // nil: the language's headlines
		gapAfter          bool     // a blank line under the items
		marked            bool
	}{
		{"en more", "en", "More:", nil, true, true},
		{"en related", "en", "Related:", nil, true, true},
		{"de lesen", "de", "Lesen Sie auch:", nil, true, true},
		{"fr lire", "fr", "Lire aussi:", nil, true, true},
		{"en story's list", "en", "The plan includes:", nil, true, false},
		{"de story's list", "de", "Der Plan sieht vor:", nil, true, false},
		{"en sentences", "en", "More:", []string{"Seals came back to the pier.", "Tolls will rise in January."}, true, false},
		{"en one line", "en", "More:", heads["en"][:1], true, false},
		{"en no gap", "en", "More:", nil, false, false},
	} {
		items := c.items
		if items == nil {
			items = heads[c.lang]
		}
		story := entryStoryEN
		if c.lang == "de" {
			story = entryStoryDE
		}
		lines := append(withGaps(story[:2]), c.label)
		lines = append(lines, items...)
		if c.gapAfter {
			lines = append(lines, "")
		}
		lines = append(lines, withGaps(story[2:])...)
		ss := slotsOf(lines...)
		markLabelledLists(ss, 0, len(ss)-1)
		for i := range ss {
			want := roleUnknown
			if c.marked && i > 2 && i <= 2+len(items) {
				want = roleTeaser
			}
			if ss[i].role != want {
				t.Errorf("%s: line %q has role %v, want %v", c.name, ss[i].text, ss[i].role, want)
			}
		}
	}
}

// TestLabelledListsPage checks that a text page's body leaves out the
// headlines of a list set into its story under "More:", and keeps the
// story's paragraphs above and under the list.
func TestLabelledListsPage(t *testing.T) {
	heads := []string{"Harbor seals return to the old pier", "Bridge tolls to rise in the new year", "City council approves new bike lanes downtown"}
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	lines = append(append(lines, withGaps(entryStoryEN[:2])...), "More:")
	lines = append(append(lines, heads...), "")
	lines = append(lines, withGaps(entryStoryEN[2:])...)
	a := parseLines(t, append(lines, "Privacy policy", "Terms of use", "© 2025 The Harbor Times"))
	checkKeptOut(t, "en more", "headline", a.Paragraphs, entryStoryEN, heads)
}
