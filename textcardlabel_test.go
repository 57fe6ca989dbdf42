package wirestory

import (
	"slices"
	"testing"
)

// TestMarkLabelledCards checks that a text page's body loses a box of
// other stories printed as cards under a list heading, each a headline, a
// blurb and the same closing link, in three languages, and ends above the
// box when nothing of the story stands under it; and what is kept: the
// story's paragraphs, the cards when no heading stands over them (a
// roundup whose items each have a link is the story), two cards, numbered
// items, a field line repeated under each item ("Available: Online"), a
// page that is all cards (a directory), and cards under a heading that
// closes cards above it as well.
func TestMarkLabelledCards(t *testing.T) {
	for lang, c := range map[string]struct {
		story   []string    // the story's paragraphs
		more    string      // a paragraph that goes on with the story
		heading string      // the box's list heading
		cards   [][2]string // headline and blurb
		label   string      // the link under each card
		site    string      // the site's notice under the box
	}{
		"en": {
			story: []string{
				"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its rotten wooden pilings and the roof of the waiting hall.",
				"Work on the ferry terminal is to start in the spring, once the ice is gone from the harbor, the authority said in a statement, and the ferries will use a temporary pier.",
				"Riders of the harbor ferry will board at a temporary pier north of the old terminal until the work on the pilings is done, which the authority expects late next year.",
				"The federal government agreed last month to pay half of the cost of the work on the terminal, and the province the rest, after years of talks between the two.",
			},
			more:    "Fares on the harbor ferry will not change while riders board at the temporary pier north of the terminal, the authority said.",
			heading: "More articles",
			cards: [][2]string{
				{"Stadium roof to be replaced next summer", "The city will replace the roof of its football stadium."},
				{"Will bridge tolls rise in the new year", "Drivers may pay a dollar more to cross the bridge."},
				{"New bus lines for the northern suburbs", "Three bus lines will link the suburbs with the piers."},
			},
			label: "Read more",
			site:  "All content on this site is protected by copyright and may not be copied without the written consent of the publisher.",
		},
		"de": {
			story: []string{
				"Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen, während Arbeiter die morschen Pfähle und das Dach der Wartehalle ersetzen.",
				"Die Arbeiten am Fährterminal sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, teilte die Behörde mit; die Fähren legen dann an einem Behelfsanleger an.",
				"Fahrgäste der Hafenfähre steigen bis zum Ende der Arbeiten an den Pfählen an einem provisorischen Anleger nördlich vom alten Terminal ein, voraussichtlich bis Ende nächsten Jahres.",
				"Der Bund hatte sich im vergangenen Monat bereit erklärt, die Hälfte der Kosten für das Terminal zu tragen, das Land den Rest, nach jahrelangen Gesprächen zwischen beiden Seiten.",
			},
			more:    "Solange die morschen Pfähle ersetzt werden, steigen die Fahrgäste der Fähre am provisorischen Anleger nördlich vom alten Terminal ein, hieß es am Dienstag.",
			heading: "Weitere Artikel",
			cards: [][2]string{
				{"Stadiondach wird im Sommer erneuert", "Die Stadt ersetzt das Dach ihres Fußballstadions."},
				{"Steigt die Brückenmaut im neuen Jahr", "Autofahrer zahlen womöglich einen Euro mehr."},
				{"Neue Buslinien für die nördlichen Vororte", "Drei Linien verbinden die Vororte mit den Anlegern."},
			},
			label: "Weiterlesen",
			site:  "Alle Inhalte dieser Seite sind urheberrechtlich geschützt und dürfen ohne Zustimmung des Verlags nicht kopiert werden.",
		},
		"fr": {
			story: []string{
				"L'autorité portuaire a annoncé mardi qu'elle fermerait l'ancien terminal des traversiers pendant deux ans, le temps de remplacer ses pieux de bois pourris et le toit de la salle d'attente.",
				"Les travaux au terminal doivent commencer au printemps, une fois la glace disparue du port, a précisé l'autorité dans un communiqué, et les traversiers utiliseront un quai provisoire.",
				"Les passagers embarqueront à un quai provisoire au nord de l'ancien terminal jusqu'à la fin des travaux sur les pieux, que l'autorité prévoit pour la fin de l'année prochaine.",
				"Le gouvernement fédéral a accepté le mois dernier de payer la moitié du coût des travaux au terminal, et la province le reste, après des années de discussions entre les deux.",
			},
			more:    "Les tarifs du traversier ne changeront pas tant que les passagers embarqueront au quai provisoire au nord du terminal, a dit l'autorité.",
			heading: "À lire aussi",
			cards: [][2]string{
				{"Le toit du stade sera remplacé l'été prochain", "La ville remplacera le toit de son stade de football."},
				{"Le péage du pont va-t-il augmenter en janvier", "Les automobilistes pourraient payer un dollar de plus."},
				{"De nouvelles lignes de bus pour la banlieue nord", "Trois lignes relieront la banlieue aux quais."},
			},
			label: "Lire la suite",
			site:  "Tout le contenu de ce site est protégé par le droit d'auteur et ne peut être copié sans l'accord écrit de l'éditeur.",
		},
	} {
		cardLines := func(cards [][2]string, label func(k int) string) []string {
			var l []string
			for k, cd := range cards {
				l = append(l, cd[0], cd[1], "", label(k), "")
			}
			return l
		}
		same := func(int) string { return c.label }
		box := append([]string{c.heading}, cardLines(c.cards, same)...)
		numbered := slices.Clone(c.cards)
		for k := range numbered {
			numbered[k][0] = string(rune('1'+k)) + ". " + numbered[k][0]
		}
		for _, tc := range []struct {
			name   string
			story  []string // the story's paragraphs above the box
			lines  []string
			cutEnd bool // the body ends above the box
			gone   bool // the cards leave the body
		}{
			{"cards under the story, the site's notice under them", c.story, append(slices.Clone(box), c.site), true, true},
			{"cards with the story going on under them", c.story, append(slices.Clone(box), c.more), false, true},
			{"cards with no heading", c.story, append(cardLines(c.cards, same), c.site), false, false},
			{"two cards", c.story, append(append([]string{c.heading}, cardLines(c.cards[:2], same)...), c.site), false, false},
			{"numbered items", c.story, append(append([]string{c.heading}, cardLines(numbered, same)...), c.site), false, false},
			{"a field under each item", c.story, append(append([]string{c.heading}, cardLines(c.cards, func(int) string { return "Available: Online" })...), c.site), false, false},
			{"a page of cards", c.story[:1], append(slices.Clone(box), c.site), false, false},
			{"a heading that closes cards above", c.story, append(append(cardLines(c.cards, func(int) string { return c.heading }), cardLines(c.cards, same)...), c.site), false, false},
		} {
			var lines []string
			for _, p := range tc.story {
				lines = append(lines, p, "")
			}
			story := len(tc.story)
			if story > 1 {
				// A story of some length: its paragraphs twice over.
				for _, p := range tc.story {
					lines = append(lines, p+" "+p, "")
				}
				story *= 2
			}
			lines = append(lines, tc.lines...)
			ss := slotsOf(lines...)
			for i := range ss {
				if ss[i].listHead {
					ss[i].role = roleChrome
				}
			}
			end := len(ss) - 1
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.8
			}
			got := markLabelledCards(ss, p, 0.5, 0, end)
			first := story // the first line after the story's paragraphs
			wantEnd := end
			if tc.cutEnd {
				wantEnd = first - 1
			}
			if got != wantEnd {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, wantEnd)
			}
			for i := range first {
				if ss[i].role != roleUnknown {
					t.Errorf("%s, %s: the story's paragraph %d lost (%v)", lang, tc.name, i, ss[i].role)
				}
			}
			for i := first; i <= end; i++ {
				isCard := slices.ContainsFunc(c.cards, func(cd [2]string) bool { return ss[i].text == cd[0] || ss[i].text == cd[1] })
				if gone := ss[i].role == roleTeaser; isCard && gone != tc.gone || !isCard && gone && ss[i].text != c.label {
					t.Errorf("%s, %s: line %q role %v", lang, tc.name, ss[i].text, ss[i].role)
				}
			}
		}
	}
}
