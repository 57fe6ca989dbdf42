package wirestory

import (
	"slices"
	"testing"
)

// TestTestimonies checks that a text page's body ends above a wall of
// customers' quotes, each over its writer's name, in English and German,
// keeping the story whole and its closing paragraph over the wall's
// heading; and that it keeps a story that ends in a few quotes of people
// it names.
func TestTestimonies(t *testing.T) {
	wallEN := []string{
		"The staff were friendly and the crossing was quick, we will sail with them again next summer.", "Anna K.",
		"Clean boats, good coffee and a captain who waits for late passengers.", "Tom R.",
		"Best ferry on the coast, my kids love watching the harbor from the top deck.", "Mia L.",
		"Booking online took two minutes and the tickets arrived right away.", "jdoe82",
		"We missed our sailing and they put us on the next one at no charge.", "Paul B.",
		"Always on time, even in the winter storms.", "Sara T.",
		"The crew helped my father with his wheelchair all the way to his seat.", "Ben O.",
	}
	wallDE := []string{
		"Sehr freundliches Personal und eine schnelle Überfahrt, wir fahren nächsten Sommer wieder mit.", "Anna K.",
		"Saubere Schiffe, guter Kaffee und ein Kapitän, der auf verspätete Fahrgäste wartet.", "Tom R.",
		"Die beste Fähre an der Küste, die Kinder schauen vom Oberdeck auf den Hafen.", "Mia L.",
		"Die Buchung im Netz hat zwei Minuten gedauert und die Karten kamen sofort.", "jdoe82",
		"Wir haben unsere Fähre verpasst und durften ohne Aufpreis die nächste nehmen.", "Paul B.",
		"Immer pünktlich, auch bei den Winterstürmen.", "Sara T.",
		"Die Besatzung hat meinem Vater mit dem Rollstuhl bis zu seinem Platz geholfen.", "Ben O.",
	}
	quotes := func(wall []string) []string {
		var q []string
		for i := 0; i < len(wall); i += 2 {
			q = append(q, wall[i])
		}
		return q
	}
	// A story that ends in three quotes of the people it names.
	fewEN := wallEN[:6]
	for _, c := range []struct {
		name  string
		story []string
		tail  []string // lines set under the story, one to a line
		out   []string // paragraphs that must leave the body
		kept  []string // paragraphs that must stay
	}{
		{"en wall", entryStoryEN, wallEN, quotes(wallEN), nil},
		{"de wall", entryStoryDE, wallDE, quotes(wallDE), nil},
		// The wall's heading under the story's closing paragraph.
		{"en heading", entryStoryEN, append([]string{"What our riders say"}, wallEN...), quotes(wallEN), nil},
		{"en few", entryStoryEN, fewEN, nil, quotes(fewEN)},
	} {
		lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
		lines = append(lines, withGaps(c.story)...)
		lines = append(lines, withGaps(c.tail)...)
		lines = append(lines, "", "Privacy policy", "Terms of use", "© 2025 The Harbor Times")
		a := parseLines(t, lines)
		for _, p := range append(slices.Clone(c.story), c.kept...) {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
		for _, p := range c.out {
			if slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: quote %q in the body; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}
