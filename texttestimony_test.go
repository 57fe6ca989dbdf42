package wirestory

import (
	"slices"
	"testing"
)

// TestTestimonies checks that a text page's body ends above a wall of
// customers' quotes, each over its writer's name, in English and German,
// keeping the story whole and its closing paragraph over the wall's
// heading, and above a wall that a quote of two paragraphs breaks, with
// three quotes over names above the break; and that it keeps a story that
// ends in a few quotes of people
// it names, and one whose last sections are a paragraph each under a
// short subhead.
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
	longer := append(slices.Clone(entryStoryEN),
		"The old terminal opened in 1962 and has carried more than a hundred million passengers since, most of them commuters who cross twice a day.",
		"Engineers first raised concerns about the pilings five years ago, but the repairs were put off while the province and the federal government argued over the bill.",
		"Divers who inspected the pilings last winter found that a third of them had rotted through below the waterline, the authority's report said.",
	)
	// A story whose last sections are a paragraph each under a short
	// subhead: the subheads stand over their paragraphs, no name under
	// the last.
	sections := []string{
		"Two years of work", "Crews will drive new steel pilings beside the rotten ones before they pull the old wood out, the authority said.",
		"The temporary pier", "The pier a kilometer south will have a waiting room, a ticket office and a covered walkway to the bus stop.",
		"Fares", "Fares for commuters and for freight will stay the same, and monthly passes will be valid at the temporary pier.",
		"Parking", "The lot beside the old terminal stays open, and a shuttle bus will run from it to the pier every ten minutes.",
		"Shops", "The cafe and the newsstand in the old terminal will move to trailers beside the temporary pier for the two years.",
		"Tourists", "Tour boats will keep their berths in the inner harbor, which the work does not touch, the authority said.",
		"Reopening", "The terminal should reopen before the tourist season two years from now, if the winters are mild.",
	}
	// A wall broken by a quote of two paragraphs, with three quotes over
	// names above the break.
	splitEN := []string{
		"Quiet cabins and a crew that knows every regular by name.", "Ines W.",
		"The bikes go on for free, which is why I ride this line.", "Omar S.",
		"Lovely sunset crossing, the dolphins followed us for a while.", "Kate P.",
		"We have taken this ferry to school and to work for ten years.", "It never let us down, not even once in the storms.", "Lena M.",
	}
	splitDE := []string{
		"Ruhige Kabinen und eine Besatzung, die jeden Stammgast kennt.", "Ines W.",
		"Fahrräder fahren kostenlos mit, darum nehme ich diese Linie.", "Omar S.",
		"Eine schöne Fahrt im Sonnenuntergang, Delfine sind uns gefolgt.", "Kate P.",
		"Wir fahren seit zehn Jahren mit dieser Fähre zur Schule und zur Arbeit.", "Sie hat uns nie im Stich gelassen, auch nicht bei Sturm.", "Lena M.",
	}
	splitOut := func(split, wall []string) []string {
		return append(append(quotes(split[:6]), split[6], split[7]), quotes(wall)...)
	}
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
		{"en split", entryStoryEN, append(slices.Clone(splitEN), wallEN...), splitOut(splitEN, wallEN), nil},
		{"de split", entryStoryDE, append(slices.Clone(splitDE), wallDE...), splitOut(splitDE, wallDE), nil},
		{"en few", entryStoryEN, fewEN, nil, quotes(fewEN)},
		{"en sections", longer, sections, nil, quotes(sections[1:])},
	} {
		a := parseLines(t, storyOver(c.story, c.tail))
		checkKeptOut(t, c.name, "quote", a.Paragraphs, append(slices.Clone(c.story), c.kept...), c.out)
	}
}
