package wirestory

import "testing"

// TestKeepSecondParagraph checks that a text page's body of one paragraph
// takes the paragraph under it, whole or cut short by a paywall, in three
// languages; and that it leaves out a teaser's blurb that speaks of
// another story, a short line, and the paragraph under a body of two.
func TestKeepSecondParagraph(t *testing.T) {
	for lang, c := range map[string]struct{ first, second, other, short string }{
		"en": {
			first:  "The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace the rotten wooden pilings under its main hall.",
			second: "Riders of the harbor ferry will board at a temporary pier north of the old terminal until the work on the pilings is done, the authority said in a statement on Tuesday",
			other:  "A new bakery on Main Street sold out of bread within an hour of opening its doors on Saturday morning, and its owners now plan a second shop across the river.",
			short:  "Subscribe to read the full story.",
		},
		"de": {
			first:  "Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen, während Arbeiter die morschen Pfähle unter der Haupthalle ersetzen.",
			second: "Fahrgäste der Hafenfähre steigen bis zum Ende der Arbeiten an den Pfählen an einem provisorischen Anleger nördlich vom alten Fährterminal ein und aus, teilte die Hafenbehörde am Dienstag mit",
			other:  "Eine neue Bäckerei in der Hauptstraße hatte am Samstagmorgen schon eine Stunde nach der Eröffnung kein Brot mehr, und ihre Besitzer planen nun einen zweiten Laden jenseits des Flusses.",
			short:  "Jetzt abonnieren und weiterlesen.",
		},
		"es": {
			first:  "La autoridad portuaria anunció el martes que cerrará la vieja terminal de transbordadores durante dos años mientras los obreros sustituyen los pilotes de madera podridos.",
			second: "Los pasajeros del transbordador embarcarán en un muelle provisional al norte de la vieja terminal hasta que terminen las obras en los pilotes, dijo la autoridad portuaria el martes",
			other:  "Una nueva panadería de la calle Mayor agotó el pan una hora después de abrir sus puertas el sábado por la mañana, y sus dueños ya planean una segunda tienda al otro lado del río.",
			short:  "Suscríbase para leer la noticia completa.",
		},
	} {
		for _, tc := range []struct {
			name  string
			lines []string
			end   int // the body's end before the rule; it starts at 0
			want  int
		}{
			{"a second paragraph", []string{c.first, "", c.second + "."}, 0, 1},
			{"a second paragraph cut short", []string{c.first, "", c.second + "...."}, 0, 1},
			{"a teaser's blurb", []string{c.first, "", c.other}, 0, 0},
			{"a short line", []string{c.first, "", c.short}, 0, 0},
			{"a body of two paragraphs", []string{c.first, "", c.other, "", c.second + "."}, 1, 1},
		} {
			ss := slotsOf(tc.lines...)
			if got := keepSecondParagraph(ss, 0, tc.end); got != tc.want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, tc.want)
			}
		}
	}
}
