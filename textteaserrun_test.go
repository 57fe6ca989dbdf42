package wirestory

import (
	"slices"
	"testing"
)

// teaserRunStory is a story in two languages: two paragraphs before a box
// set into it and one after.
var teaserRunStory = map[string][3]string{
	"en": {
		"The harbor authority will run two extra ferries on the northern route from June, its director told reporters on Tuesday.",
		"Commuters have waited up to forty minutes at the pier during the morning rush, according to figures the authority published last week.",
		"The new boats will also stop at the island's southern pier, which has had no service since the storm damaged it in March.",
	},
	"de": {
		"Die Hafenbehörde setzt ab Juni zwei zusätzliche Fähren auf der Nordroute ein, sagte ihr Direktor am Dienstag vor Journalisten.",
		"Pendler mussten am Anleger im Berufsverkehr bis zu vierzig Minuten warten, wie aus Zahlen der Behörde von vergangener Woche hervorgeht.",
		"Die neuen Schiffe sollen auch den Südanleger der Insel anfahren, der seit dem Sturm im März nicht mehr bedient wird.",
	},
}

// TestMarkTeaserRuns checks that a box of other stories' headlines set into
// a text page's story (a short label over five headlines or more) leaves
// the body with its label, and that the paragraphs around it stay; and
// that lists that only look like it stay: one introduced by a sentence
// ending with a colon, one whose lines speak of the story, one of dates,
// one too short, and one under a label with a colon.
func TestMarkTeaserRuns(t *testing.T) {
	headlines := map[string][]string{
		"en": {"Headlines", "Singer Cancels Summer Tour Without Warning", "Local Bakery Wins National Prize",
			"Striker Signs Three-Year Contract Extension", "Museum Reopens After Long Renovation",
			"Heatwave Expected to Reach Coast by Friday"},
		"de": {"Schlagzeilen", "Sängerin sagt Sommertournee überraschend ab", "Bäckerei gewinnt bundesweiten Preis",
			"Stürmer verlängert Vertrag um drei Jahre", "Museum öffnet nach langer Sanierung wieder",
			"Hitzewelle erreicht die Küste am Freitag"},
	}
	for lang, story := range teaserRunStory {
		h := headlines[lang]
		for _, c := range []struct {
			name   string
			box    []string
			marked bool
		}{
			{"other stories under a label", h, true},
			{"a sentence introduces the list", append([]string{story[0][:len(story[0])-1] + ":"}, h[1:]...), false},
			{"a label with a colon", append([]string{h[0] + ":"}, h[1:]...), false},
			{"too short a list", h[:4], false},
			{"the story's own points", []string{h[0],
				story[0][:40], story[1][:45], story[2][:40], story[0][50:95], story[1][50:100]}, false},
			{"a list of dates", []string{h[0], "Harbor Days - June 3, 2026, North Pier", "Ferry Fair - June 10, 2026, Old Town",
				"Boat Parade - July 1, 2026, Bay Front", "Sail Week - July 8-12, 2026, Marina", "Fish Market - August 2, 2026, Quay"}, false},
		} {
			lines := append([]string{story[0], story[1]}, c.box...)
			lines = append(lines, story[2])
			ss := slotsOf(lines...)
			markTeaserRuns(ss, 0, len(ss)-1)
			for i := range ss {
				inBox := i >= 2 && i < len(ss)-1
				if got, want := ss[i].role == roleChrome, inBox && c.marked; got != want {
					t.Errorf("%s, %s: line %q chrome %v, want %v", lang, c.name, ss[i].text, got, want)
				}
				if ss[i].role == roleChrome && fallbackReasons[chromeReason(ss, i, 0, len(ss)-1)] {
					t.Errorf("%s, %s: explain gives line %q no reason", lang, c.name, ss[i].text)
				}
			}
			a := &Article{}
			readBody(ss, 0, len(ss)-1, a)
			for _, p := range story {
				if !slices.Contains(a.Paragraphs, p) {
					t.Errorf("%s, %s: paragraph %.30q lost", lang, c.name, p)
				}
			}
		}
	}
}
