package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestKeepCloseAcrossHeads checks that a text page's body takes its
// closing paragraph across a tight run of other stories' headlines, in
// English and German, and that the headlines stay out; and that it leaves
// out a paragraph of another subject, a box's text that opens with its
// title (a writer's name), a paragraph under a single label, and a
// paragraph under headlines set apart by blank lines.
func TestKeepCloseAcrossHeads(t *testing.T) {
	for lang, c := range map[string]struct{ p1, p2, heads, close, other, name, bio string }{
		"en": {
			p1:    "The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace the rotten wooden pilings under its main hall.",
			p2:    "Ferry riders will board at a temporary pier north of the terminal, the authority said, and the harbor ferry will keep its timetable during the work on the pilings.",
			heads: "Flood warning: Rivers rise across the north\nElection: Mayor names new deputy\nSport: United sign young keeper",
			close: "The harbor authority expects the new pilings to carry the terminal for another century, and riders of the ferry will be able to use the main hall again in two years, a spokeswoman said.",
			other: "A new bakery on Main Street sold out of bread within an hour of opening its doors on Saturday morning, and its owners now plan a second shop across the river next spring.",
			name:  "JANE ROBERTS",
			bio:   "Jane Roberts writes about the harbor, the ferry and the terminal for the city desk, and has covered the authority and its pilings for ten years from the main hall.",
		},
		"de": {
			p1:    "Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen, während Arbeiter die morschen Pfähle unter der Haupthalle ersetzen.",
			p2:    "Fahrgäste der Hafenfähre steigen während der Arbeiten an einem provisorischen Anleger nördlich vom Fährterminal ein, teilte die Hafenbehörde mit, die Fähre fahre nach Fahrplan.",
			heads: "Hochwasser: Flüsse steigen im Norden\nWahl: Bürgermeister ernennt Stellvertreter\nFußball: Verein holt jungen Torwart",
			close: "Die Hafenbehörde rechnet damit, dass die neuen Pfähle das Fährterminal ein weiteres Jahrhundert tragen, und die Fahrgäste der Fähre sollen die Haupthalle in zwei Jahren wieder nutzen können, sagte eine Sprecherin.",
			other: "Eine neue Bäckerei in der Hauptstraße hatte am Samstagmorgen schon eine Stunde nach der Eröffnung kein Brot mehr, und ihre Besitzer planen nun einen zweiten Laden jenseits des Flusses.",
			name:  "JANA ROTH",
			bio:   "Jana Roth schreibt für die Stadtredaktion über den Hafen, die Fähre und das Fährterminal und berichtet seit zehn Jahren über die Hafenbehörde und ihre Pfähle.",
		},
	} {
		heads := strings.Split(c.heads, "\n")
		for _, tc := range []struct {
			name  string
			lines []string
			want  int // the body's end after the rule; before it, 1
		}{
			{"the closing paragraph", slices.Concat([]string{c.p1, "", c.p2, ""}, heads, []string{"", c.close}), 5},
			{"another subject", slices.Concat([]string{c.p1, "", c.p2, ""}, heads, []string{"", c.other}), 1},
			{"a writer's box", []string{c.p1, "", c.p2, "", c.name, "City Desk Reporter", "", c.bio}, 1},
			{"a single label", slices.Concat([]string{c.p1, "", c.p2, ""}, heads[:1], []string{"", c.close}), 1},
			{"headlines apart", []string{c.p1, "", c.p2, "", heads[0], "", heads[1], "", heads[2], "", c.close}, 1},
		} {
			ss := slotsOf(tc.lines...)
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.4
			}
			got := keepCloseAcrossHeads(ss, p, 0.5, 0, 1, -1)
			if got != tc.want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, tc.want)
				continue
			}
			for i := 2; i < got; i++ {
				if ss[i].role != roleTeaser {
					t.Errorf("%s, %s: headline %q kept in the body", lang, tc.name, ss[i].text)
				}
			}
			if got > 1 {
				// Explain names the box once the body is read.
				ss[0].role, ss[1].role, ss[got].role = roleBody, roleBody, roleBody
				for i := 2; i < got; i++ {
					if !inAcrossBox(ss, i) {
						t.Errorf("%s, %s: explain misses the box at %q", lang, tc.name, ss[i].text)
					}
				}
				ss[got].role = roleUnknown
				if inAcrossBox(ss, 2) {
					t.Errorf("%s, %s: explain names a box with no paragraph under it", lang, tc.name)
				}
			}
			if got == 1 {
				for i := 2; i < len(ss); i++ {
					if ss[i].role != roleUnknown {
						t.Errorf("%s, %s: line %q marked though the body did not move", lang, tc.name, ss[i].text)
					}
				}
			}
		}
	}
}

// TestOpensWithLine checks the case-blind prefix test, on a word's end
// only.
func TestOpensWithLine(t *testing.T) {
	for _, tc := range []struct {
		p, line string
		want    bool
	}{
		{"Jane Roberts writes about the harbor.", "JANE ROBERTS", true},
		{"Jana Roth schreibt über den Hafen.", "Jana Roth", true},
		{"Jane Robertson writes about the harbor.", "Jane Roberts", false},
		{"Jane", "Jane Roberts", false},
		{"Über den Hafen schreibt sie.", "über", true},
		{"Lena Groß schreibt über den Hafen.", "LENA GROẞ", true},
		{"Lena Große schreibt über den Hafen.", "LENA GROẞ", false},
	} {
		if got := opensWithLine(tc.p, tc.line); got != tc.want {
			t.Errorf("opensWithLine(%q, %q) = %v, want %v", tc.p, tc.line, got, tc.want)
		}
	}
}
