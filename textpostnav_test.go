package wirestory

import (
	"slices"
	"testing"
)

// TestCutPostNav checks that a text page's body ends above the links to
// the previous and the next post that a blog prints under its post, in
// three languages, with the writer's box or a pitch under them; and what
// is kept: the story under a gallery's links to the previous and next
// picture, a French quotation printed over two lines in guillemets, a
// single line with an arrow, and links with no paragraph above them.
func TestCutPostNav(t *testing.T) {
	for lang, c := range map[string]struct {
		story      []string // the story's paragraphs
		back, on   string   // the links to the previous and the next post
		box        string   // the writer's box under them
		quote      [2]string
		arrowAlone string
	}{
		"en": {
			story: []string{
				"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its rotten wooden pilings and the roof of the waiting hall.",
				"Work on the ferry terminal is to start in the spring, once the ice is gone from the harbor, the authority said in a statement, and the ferries will use a temporary pier.",
				"Riders of the harbor ferry will board at a temporary pier north of the old terminal until the work on the pilings is done, which the authority expects late next year.",
			},
			back:       "← Older post: Ten years of harbor ferries",
			on:         "Newer post: The new pier opens →",
			box:        "Jane Roe has written about the harbor ferry and its terminal for ten years. She lives by the old pier.",
			quote:      [2]string{"« We will not close the pier", "before the spring, » she said."},
			arrowAlone: "← Back to all harbor stories",
		},
		"de": {
			story: []string{
				"Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen, während Arbeiter die morschen Pfähle und das Dach der Wartehalle ersetzen.",
				"Die Arbeiten am Fährterminal sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, teilte die Behörde mit; die Fähren legen dann an einem Behelfsanleger an.",
				"Fahrgäste der Hafenfähre steigen bis zum Ende der Arbeiten an den Pfählen an einem provisorischen Anleger nördlich vom alten Terminal ein, voraussichtlich bis Ende nächsten Jahres.",
			},
			back:       "« Vorheriger Beitrag",
			on:         "Nächster Beitrag »",
			box:        "Jana Roth schreibt seit zehn Jahren über die Hafenfähre und das alte Fährterminal. Sie wohnt am alten Anleger.",
			quote:      [2]string{"«Wir schließen den Anleger nicht", "vor dem Frühjahr», sagte sie."},
			arrowAlone: "Alle Hafengeschichten →",
		},
		"fr": {
			story: []string{
				"L'autorité portuaire a annoncé mardi qu'elle fermerait l'ancien terminal des traversiers pendant deux ans, le temps de remplacer ses pieux de bois pourris et le toit de la salle d'attente.",
				"Les travaux au terminal doivent commencer au printemps, une fois la glace disparue du port, a précisé l'autorité dans un communiqué, et les traversiers utiliseront un quai provisoire.",
				"Les passagers embarqueront à un quai provisoire au nord de l'ancien terminal jusqu'à la fin des travaux sur les pieux, que l'autorité prévoit pour la fin de l'année prochaine.",
			},
			back:       "« Le port fête ses cent ans",
			on:         "Le nouveau quai ouvre ses portes »",
			box:        "Jeanne Roy écrit sur le traversier et le vieux terminal du port depuis dix ans. Elle habite près du vieux quai.",
			quote:      [2]string{"« Nous ne fermerons pas le quai", "avant le printemps », a-t-elle dit."},
			arrowAlone: "« Retour aux articles sur le port",
		},
	} {
		for _, tc := range []struct {
			name    string
			above   []string // the story's paragraphs above the lines
			lines   []string
			below   []string // the story's paragraphs under them
			cut     bool     // the body ends above the lines
			navGone bool     // the lines are chrome
		}{
			{"the writer's box under the links", c.story, []string{c.back, c.on, c.box}, nil, true, true},
			{"a gallery's links in the story", c.story[:1], []string{c.back, c.on}, c.story[1:], false, true},
			{"a quotation over two lines", c.story, c.quote[:], nil, false, false},
			{"a single line with an arrow", c.story, []string{c.arrowAlone, c.box}, nil, false, false},
			{"links with no paragraph above", nil, []string{c.back, c.on}, c.story, false, false},
		} {
			var lines []string
			for _, p := range tc.above {
				lines = append(lines, p, "")
			}
			lines = append(lines, tc.lines...)
			for _, p := range tc.below {
				lines = append(lines, "", p)
			}
			ss := slotsOf(lines...)
			end := len(ss) - 1
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.8
			}
			got := cutPostNav(ss, p, 0.5, 0, end)
			first := len(tc.above)
			wantEnd := end
			if tc.cut {
				wantEnd = first - 1
			}
			if got != wantEnd {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, wantEnd)
			}
			for i := range ss {
				nav := i >= first && i < first+len(tc.lines) && slices.Contains([]string{c.back, c.on}, ss[i].text)
				if gone := ss[i].role == roleChrome; gone != (nav && tc.navGone) {
					t.Errorf("%s, %s: line %q role %v", lang, tc.name, ss[i].text, ss[i].role)
				}
			}
		}
	}
}
