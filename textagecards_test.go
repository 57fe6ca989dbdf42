package wirestory

import (
	"slices"
	"testing"
)

// TestAgeCards checks that two other stories' cards set inside the story,
// each a headline, a section label and its age alone on a line, leave a
// text page's body, in English and German, and are read as cards in
// French too; and that what only looks like them stays: a live page's
// entries, each a headline, a label and an age over the entry's
// paragraphs (or over one short paragraph), a single card, and a
// paragraph of the story that states a time among its words.
func TestAgeCards(t *testing.T) {
	for _, c := range []struct {
		name   string
		story  []string
		parse  bool // checked on the whole page too
		cards  [2][3]string
		timed  string
		heads  [3]string
		label  string
		ages   [3]string
		others []string
	}{
		{"en", slices.Concat(entryStoryEN, entryMoreEN), true,
			[2][3]string{{"Mayor opens the new bus depot on the east side", "Politics", "3h ago"},
				{"Storm closes two schools for the rest of the week", "News", "5 hours ago"}},
			"The last ferry left the old terminal 2 hours ago, the harbor master said on Monday evening.",
			[3]string{"Divers find more rotten pilings under the pier", "Authority names the builder of the new pier",
				"Commuters ask for a shuttle bus to the pier"},
			"Update", [3]string{"10 minutes ago", "1 hour ago", "2 hours ago"}, entryMoreEN},
		{"de", slices.Concat(entryStoryDE, entryMoreDE), true,
			[2][3]string{{"Bürgermeister eröffnet den neuen Busbahnhof im Osten", "Politik", "•vor 2 Std."},
				{"Sturm schließt zwei Schulen für den Rest der Woche", "News", "vor 1 Std."}},
			"Die letzte Fähre hat das alte Terminal vor 2 Std. verlassen, sagte der Hafenmeister am Montagabend.",
			[3]string{"Taucher finden weitere morsche Pfähle am Anleger", "Behörde nennt die Baufirma für den Anleger",
				"Pendler fordern einen Bus zum neuen Anleger"},
			"Live", [3]string{"vor 10 Min.", "vor 1 Std.", "vor 2 Std."}, entryMoreDE},
		{"fr", pitchStoryFR[:7], false,
			[2][3]string{{"Le maire inaugure le nouveau dépôt de bus à l'est", "Politique", "il y a 2 heures"},
				{"La tempête ferme deux écoles jusqu'à la fin de la semaine", "Sport", "il y a 3 heures"}},
			"Le dernier bateau a quitté l'ancienne gare il y a 2 heures, a indiqué le capitaine du port lundi soir.",
			[3]string{"Les plongeurs trouvent d'autres pieux pourris", "Le port désigne le constructeur du ponton",
				"Les usagers réclament une navette vers le ponton"},
			"Direct", [3]string{"il y a 10 minutes", "il y a 1 heure", "il y a 2 heures"}, pitchStoryFR[4:7]},
	} {
		p := c.story
		var cards []string
		for _, k := range c.cards {
			cards = append(cards, k[0], k[1], "", k[2], "")
		}
		out := []string{c.cards[0][0], c.cards[0][1], c.cards[0][2], c.cards[1][0], c.cards[1][1], c.cards[1][2]}

		// Two cards between the third and fourth paragraphs: they are
		// read as cards, and leave the page's body; the story stays whole.
		lines := slices.Concat(withGaps(p[:3]), cards, withGaps(p[3:]))
		ss := slotsOf(lines...)
		markAgeCards(ss, 0, len(ss)-1)
		for i := range ss {
			if teaser := ss[i].role == roleTeaser; teaser != slices.Contains(out, ss[i].text) {
				t.Errorf("%s cards: %q taken for a card: %v", c.name, ss[i].text, teaser)
			}
		}
		if c.parse {
			got := parseLines(t, storyPage(p[:3], slices.Concat(cards, withGaps(p[3:]))...)).Paragraphs
			checkKeptOut(t, c.name+" cards", "card", got, p, out)
		}

		// A live page's entries, each a headline, a label and an age over
		// the entry's paragraphs, and a paragraph that states a time: the
		// rule takes none of them.
		lines = []string{p[0], "", c.timed, ""}
		for k, a := range c.ages {
			lines = append(lines, c.heads[k], c.label, "", a, "", c.others[k], "", p[1+k], "")
		}
		checkNoAgeCards(t, c.name+" live", slotsOf(lines...))
		if isAgeAlone(c.timed) {
			t.Errorf("%s: %q read as an age alone", c.name, c.timed)
		}

		// Entries of one short paragraph each: the line under each age is
		// a sentence, and they stay too.
		lines = []string{p[0]}
		for k, a := range c.ages {
			lines = append(lines, c.heads[k], c.label, a, c.others[k])
		}
		checkNoAgeCards(t, c.name+" short entries", slotsOf(lines...))

		// One card alone stays: it takes two in a row.
		checkNoAgeCards(t, c.name+" one card",
			slotsOf(p[0], "", p[1], "", c.cards[0][0], c.cards[0][1], "", c.cards[0][2], "", p[2]))
	}
}

// checkNoAgeCards reports each line of ss that markAgeCards takes.
func checkNoAgeCards(t *testing.T, name string, ss []slot) {
	t.Helper()
	markAgeCards(ss, 0, len(ss)-1)
	for i := range ss {
		if ss[i].role != roleUnknown {
			t.Errorf("%s: %q taken for a card", name, ss[i].text)
		}
	}
}
