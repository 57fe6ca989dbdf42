package wirestory

import "testing"

// headRunPage is a text page in two languages: a headline, the story's
// two paragraphs under it, a list of other stories (its heading and two
// teasers), and two paragraphs of other posts printed in full below.
var headRunPage = map[string][]string{
	"en": {
		"Harbor ferries return to the northern route",
		"Two ferries will return to the northern route of the harbor from June, the port's director told reporters on Tuesday after months of complaints from commuters.",
		"The harbor boats will also stop at the island's southern pier, which has had no service since a storm damaged it in March, and the northern route will run every half hour.",
		"You may also like",
		"Singer cancels summer tour",
		"Bakery wins national prize",
		"A good friend is someone who stays when everyone else has gone, who listens without judging and who laughs with you at the small things in life.",
		"Every morning is a new chance to begin again, to leave behind what hurt us yesterday and to look at what is still possible with open eyes and courage.",
	},
	"es": {
		"Los transbordadores vuelven a la ruta norte del puerto",
		"Dos transbordadores volverán a la ruta norte del puerto a partir de junio, dijo el director a los periodistas el martes tras meses de quejas de los viajeros.",
		"Los barcos del puerto también pararán en el muelle sur de la isla, sin servicio desde que una tormenta lo dañó en marzo, y la ruta norte saldrá cada media hora.",
		"También te puede interesar",
		"Una cantante cancela su gira de verano",
		"Una panadería gana un premio nacional",
		"Un buen amigo es alguien que se queda cuando todos los demás se han ido, que escucha sin juzgar y que ríe contigo de las cosas pequeñas.",
		"Cada mañana es una nueva oportunidad para empezar de nuevo, para dejar atrás lo que nos hirió ayer y mirar con valentía lo que aún es posible.",
	},
}

// headRunSlots returns the page's slots as the scorer leaves them: the list
// heading and its teasers claimed, every paragraph's likelihood in p.
func headRunSlots(lines []string, above float32) ([]slot, []float32) {
	ss := slotsOf(lines...)
	ss[3].role, ss[3].listHead = roleChrome, true
	ss[4].role, ss[5].role = roleTeaser, roleTeaser
	p := []float32{0.3, above, above, 0.1, 0.1, 0.1, 0.8, 0.9}
	return ss, p
}

// TestBodyUnderHead checks that a text page's body moves from other posts
// printed below a list of other stories up to the paragraphs under the
// headline that tell its story, keeping both of them; and that it stays
// where it is when the paragraphs under the headline are doubted by the
// scorer, are too short to be a story, do not use the headline's words,
// when the run below uses them too (the story itself, under a standfirst
// and a box), or when no list of other stories stands between.
func TestBodyUnderHead(t *testing.T) {
	for lang, lines := range headRunPage {
		ss, p := headRunSlots(lines, 0.45)
		start, end := bodyUnderHead(ss, p, 0.5, 6, 7, func() int { return 0 })
		if start != 1 || end != 2 {
			t.Errorf("%s: body %d-%d, want the paragraphs under the headline 1-2", lang, start, end)
		}
		a := &Article{}
		readBody(ss, start, end, a)
		if len(a.Paragraphs) != 2 || a.Paragraphs[0] != lines[1] || a.Paragraphs[1] != lines[2] {
			t.Errorf("%s: kept %q, want the story's two paragraphs", lang, a.Paragraphs)
		}

		// The headline the scorer reads for the chosen run is a teaser's,
		// under the list: nothing above it to prefer.
		if start, end := bodyUnderHead(ss, p, 0.5, 6, 7, func() int { return 5 }); start != 6 || end != 7 {
			t.Errorf("%s, headline under the list: body %d-%d, want it left at 6-7", lang, start, end)
		}

		for _, c := range []struct {
			name  string
			edit  func(ss []slot, p []float32, lines []string) []slot
			start int
		}{
			{"doubted by the scorer", func(ss []slot, p []float32, _ []string) []slot {
				p[1], p[2] = 0.2, 0.2
				return ss
			}, 6},
			{"too short", func(_ []slot, _ []float32, l []string) []slot {
				ss, _ := headRunSlots(append([]string{l[0], l[1][:40] + ".", l[2][:40] + "."}, l[3:]...), 0.45)
				return ss
			}, 6},
			{"another headline", func(ss []slot, _ []float32, _ []string) []slot {
				ss[0] = slotsOf("Weather turns cold over the weekend")[0]
				return ss
			}, 6},
			{"the run below tells the story", func(ss []slot, _ []float32, l []string) []slot {
				ss[6], ss[7] = slotsOf(l[1])[0], slotsOf(l[2])[0]
				return ss
			}, 6},
			{"a heading with no teasers under it", func(ss []slot, _ []float32, _ []string) []slot {
				ss[4].role, ss[5].role = roleUnknown, roleUnknown
				return ss
			}, 6},
			{"no list between", func(ss []slot, _ []float32, _ []string) []slot {
				ss[3].role, ss[3].listHead = roleUnknown, false
				return ss
			}, 6},
		} {
			ss, p := headRunSlots(lines, 0.45)
			ss = c.edit(ss, p, lines)
			if start, end := bodyUnderHead(ss, p, 0.5, 6, 7, func() int { return 0 }); start != c.start || end != 7 {
				t.Errorf("%s, %s: body %d-%d, want it left at 6-7", lang, c.name, start, end)
			}
		}
	}
}
