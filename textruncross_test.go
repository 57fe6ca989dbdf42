package wirestory

import "testing"

// TestCrossListsUnderRun checks that a text page's body, carried down over
// a table inside the story, is carried on over the short list under the
// table to the story's paragraph after it (in English and in German), and
// that it keeps the table and stops there when the lines under the table
// are a menu the scorer rejects or the paragraph under them is one it does
// not take.
func TestCrossListsUnderRun(t *testing.T) {
	for lang, c := range map[string]struct {
		lead  string
		rows  []string
		items []string
		after string
	}{
		"en": {
			"The shopping list for one week:",
			[]string{"Onions\t3\t6", "Carrots\t4\t8", "Garlic\t6\t12", "Leeks\t2\t4"},
			[]string{"Spice cupboard", "Black pepper", "Ground cumin", "Fresh dill"},
			"Riders who take the ferry fewer than eight times a month still do better with single fares, the authority said.",
		},
		"de": {
			"Die Einkaufsliste für eine Woche:",
			[]string{"Zwiebeln\t3\t6", "Karotten\t4\t8", "Knoblauch\t6\t12", "Lauch\t2\t4"},
			[]string{"Gewürzregal", "Schwarzer Pfeffer", "Gemahlener Kreuzkümmel", "Frischer Dill"},
			"Wer die Fähre seltener als achtmal im Monat nimmt, fährt mit Einzelfahrscheinen weiterhin günstiger, sagte die Behörde.",
		},
	} {
		// Two paragraphs, the table's lead, its rows, the list, the
		// story's paragraph and a footer.
		lines := []string{storyLines[0], "", storyLines[1], "", c.lead, ""}
		lines = append(lines, c.rows...)
		lines = append(lines, "")
		lines = append(lines, c.items...)
		lines = append(lines, "", c.after, "", "Privacy policy")
		for _, tc := range []struct {
			name          string
			itemP, afterP float32
			want          int
		}{
			{"a list under the table", 0.3, 0.8, 11},
			{"a menu under the table", 0.05, 0.8, 6},
			{"a paragraph the scorer does not take", 0.3, 0.4, 6},
		} {
			ss := tableSlots(lines...)
			if len(ss) != 13 {
				t.Fatalf("%s: %d blocks", lang, len(ss))
			}
			p := make([]float32, len(ss))
			for i := range p {
				switch {
				case i <= 2:
					p[i] = 0.9
				case i <= 6:
					p[i] = 0.2
				case i <= 10:
					p[i] = tc.itemP
				}
			}
			p[11], p[12] = tc.afterP, 0.05
			if got := crossListsUnderRun(ss, p, 0.5, 0, 2, -1); got != tc.want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, tc.want)
			}
		}
		// The body the run gives keeps the rows, the list and the paragraph.
		ss := tableSlots(lines...)
		p := []float32{0.9, 0.9, 0.9, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.8, 0.05}
		end := crossListsUnderRun(ss, p, 0.5, 0, 2, -1)
		a := &Article{}
		readBody(ss, 0, end, a)
		if n := len(a.Paragraphs); n != 12 || a.Paragraphs[n-1] != c.after || a.Paragraphs[10] != c.items[3] {
			t.Errorf("%s: paragraphs %q", lang, a.Paragraphs)
		}
	}
}
