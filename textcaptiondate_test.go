package wirestory

import (
	"testing"
	"time"
)

// TestBracketedCaptionDate checks that a text page's head does not take
// the date of a caption that closes on its picture's place and date in
// brackets, in German and French: with no other date the story has none,
// and a date line above the caption is the story's; a short line that
// gives a date in brackets stays the head's date.
func TestBracketedCaptionDate(t *testing.T) {
	want := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, headline, byline, caption, date, short string
		story                                        []string
	}{
		{"de", "Fährterminal schließt für zwei Jahre", "Von Jana Roth",
			"Das alte Fährterminal im Winter, als die Taucher kamen (Hafenstadt, 6.12.2010)",
			"12.03.2025", "Hafenblatt (Hafenstadt, 12.03.2025)", entryStoryDE},
		{"fr", "Le terminal des ferries fermé pour deux ans", "Par Jeanne Roux",
			"Le vieux terminal des ferries en hiver, à l'arrivée des plongeurs (Port-Neuf, 6 décembre 2010)",
			"12 mars 2025", "Le Port (Port-Neuf, 12 mars 2025)", []string{
				"L'autorité portuaire a annoncé mardi la fermeture du vieux terminal des ferries pour deux ans, le temps de remplacer ses pieux, que des plongeurs ont trouvés pourris l'hiver dernier.",
				"Les ferries partiront pendant les travaux d'un quai provisoire situé un kilomètre plus au sud, a précisé l'autorité, et les tarifs ne changeront ni pour les navetteurs ni pour le fret.",
				"L'État a accepté le mois dernier de payer la moitié des 48 millions d'euros que coûtent les réparations, et la région paiera le reste sur son budget des routes.",
				"Les navetteurs ont dit que la marche jusqu'au quai provisoire ajouterait dix minutes à chaque trajet, et ont demandé une navette depuis le parking du vieux terminal.",
			}},
	} {
		page := func(head ...string) []string {
			lines := append([]string{c.headline, c.byline}, head...)
			lines = append(lines, "")
			lines = append(lines, withGaps(c.story)...)
			return append(lines, "Mentions légales", "© 2025 Hafenblatt")
		}
		// The caption alone: no date.
		if got := parseLines(t, page(c.caption)).Published; !got.IsZero() {
			t.Errorf("%s: caption alone: Published = %v, want none", c.name, got)
		}
		// A date line above the caption: its date.
		if got := parseLines(t, page(c.date, c.caption)).Published; !got.Equal(want) {
			t.Errorf("%s: date over caption: Published = %v, want %v", c.name, got, want)
		}
		// A short line with its date in brackets: its date.
		if got := parseLines(t, page(c.short)).Published; !got.Equal(want) {
			t.Errorf("%s: short bracketed date: Published = %v, want %v", c.name, got, want)
		}
	}
}
