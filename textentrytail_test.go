package wirestory

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// entryStoryEN and entryStoryDE are stories long enough to stand over a
// list of three other pieces.
var (
	entryStoryEN = []string{
		"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its pilings, which divers found rotted below the waterline last winter.",
		"Ferries will leave from a temporary pier a kilometer to the south during the work, the authority said, and fares will not change for commuters or for freight.",
		"The federal government agreed last month to pay half of the 48 million dollar cost of the repairs, and the province will pay the rest from its road budget.",
		"Commuters said the walk to the temporary pier would add ten minutes to their trips each way, and asked for a shuttle bus from the old terminal's parking lot.",
		"Work is to start in the spring, once the ice is gone from the harbor, and the terminal should reopen before the tourist season two years from now.",
	}
	entryStoryDE = []string{
		"Die Hafenbehörde schließt das alte Fährterminal für zwei Jahre, weil Taucher im vergangenen Winter morsche Pfähle unter der Wasserlinie gefunden haben.",
		"Die Fähren legen in dieser Zeit an einem Behelfsanleger einen Kilometer weiter südlich an, die Preise für Pendler und für den Güterverkehr bleiben gleich.",
		"Der Bund zahlt die Hälfte der Kosten von 48 Millionen Euro für die Reparatur, das Land übernimmt den Rest aus seinem Haushalt für den Straßenbau.",
		"Pendler sagten, der Weg zum Behelfsanleger verlängere ihre Fahrt um zehn Minuten, und forderten einen Pendelbus vom Parkplatz des alten Terminals.",
		"Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, und das Terminal soll vor der Saison wieder öffnen.",
	}
)

// entryMoreEN and entryMoreDE are further paragraphs of the entry tests'
// ferry story, in English and German.
var (
	entryMoreEN = []string{
		"Shop owners near the terminal said they feared losing trade during the closure, and asked the city for lower rents until the work is done.",
		"The authority said it would publish a timetable for the temporary pier next month, after talks with the ferry company and the bus operator.",
		"A second terminal on the north shore is due for the same repairs in five years, and the authority said it would learn from this closure first.",
	}
	entryMoreDE = []string{
		"Händler in der Nähe des Terminals fürchten, während der Schließung Kunden zu verlieren, und bitten die Stadt um niedrigere Mieten.",
		"Die Behörde will im nächsten Monat einen Fahrplan für den Behelfsanleger vorlegen, nach Gesprächen mit der Reederei und dem Busbetrieb.",
		"Ein zweites Terminal am Nordufer muss in fünf Jahren ebenso saniert werden, und die Behörde will aus dieser Schließung lernen.",
	}
)

// checkKeptOut reports each paragraph of kept missing from got, and each
// of out (a what: "comment", "quote") found in it.
func checkKeptOut(t *testing.T, name, what string, got, kept, out []string) {
	t.Helper()
	for _, p := range kept {
		if !slices.Contains(got, p) {
			t.Errorf("%s: paragraph %q lost; paragraphs:\n%q", name, p, got)
		}
	}
	for _, p := range out {
		if slices.Contains(got, p) {
			t.Errorf("%s: %s %q in the body; paragraphs:\n%q", name, what, p, got)
		}
	}
}

// TestEntryTail checks that a text page's body ends above a list of other
// pieces set under the story, whose entries each carry the same line (a
// section label, a writer) or print their headline twice, in English and
// German, and that it keeps the story whole; and that it keeps lists that
// are the story's: sections under subheads of their own, places each
// under the same button all through the story, a calendar whose events
// share a day, and a story that goes on under a box set into it.
func TestEntryTail(t *testing.T) {
	teasersEN := [][]string{
		{"Bridge tolls to rise in the new year", "Drivers crossing the river will pay a dollar more from January, the bridge company said in a short statement."},
		{"City council approves new bike lanes", "Three streets downtown will lose a lane of parking to make room for cyclists by the end of next summer."},
		{"Museum reopens after a long renovation", "Visitors can see the restored whale skeleton again from Saturday, along with two new galleries of local art."},
	}
	teasersDE := [][]string{
		{"Brückenmaut steigt im neuen Jahr", "Autofahrer zahlen ab Januar einen Euro mehr für die Fahrt über den Fluss, teilte die Betreibergesellschaft mit."},
		{"Stadtrat beschließt neue Radwege", "In drei Straßen der Innenstadt fallen bis zum nächsten Sommer Parkplätze weg, damit Radfahrer mehr Platz haben."},
		{"Museum öffnet nach langer Sanierung", "Besucher sehen das restaurierte Walskelett ab Samstag wieder, dazu zwei neue Säle mit Kunst aus der Region."},
	}
	// entries builds a list of other pieces: each teaser's headline and
	// blurb, with the mark set as the shape asks.
	entries := func(ts [][]string, shape, mark string) []string {
		var out []string
		for _, t := range ts {
			switch shape {
			case "label":
				out = append(out, mark, "", t[0], "", t[1], "")
			case "twice":
				out = append(out, t[0], t[0], t[1])
			case "writer":
				out = append(out, t[0], "", t[1], "", mark, "")
			case "plain":
				out = append(out, t[0], "", t[1], "")
			}
		}
		return out
	}
	for _, c := range []struct {
		name  string
		story []string
		list  []string // set under the story
		kept  bool     // whether the list's blurbs stay in the body
	}{
		{"en label", entryStoryEN, entries(teasersEN, "label", "Local News"), false},
		{"de label", entryStoryDE, entries(teasersDE, "label", "Lokales"), false},
		{"en twice", entryStoryEN, entries(teasersEN, "twice", ""), false},
		{"de twice", entryStoryDE, entries(teasersDE, "twice", ""), false},
		{"en writer", entryStoryEN, entries(teasersEN, "writer", "Jane Roe"), false},
		{"de writer", entryStoryDE, entries(teasersDE, "writer", "Erika Muster"), false},
		// Sections of the story, each under a subhead of its own: no
		// line repeats, no headline is printed twice.
		{"en sections", entryStoryEN, entries(teasersEN, "plain", ""), true},
		{"de sections", entryStoryDE, entries(teasersDE, "plain", ""), true},
	} {
		a := parseLines(t, storyPage(c.story, c.list...))
		for _, p := range c.story {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
		n := 0
		for _, p := range c.list {
			if len(p) > 80 && slices.Contains(a.Paragraphs, p) {
				n++
			}
		}
		if want := map[bool]int{true: 3, false: 0}[c.kept]; n != want {
			t.Errorf("%s: %d of the list's 3 blurbs in the body, want %d; paragraphs:\n%q", c.name, n, want, a.Paragraphs)
		}
	}
}

// TestEntryTailKeeps checks that a text page's body keeps lists that are
// the story's own, though each entry carries the same line: places each
// under the same button all through the story (the button stands above
// the run the rule reads too), and a calendar whose events share a day,
// in English and German; and that a story that goes on under a box of
// other pieces set into it keeps its paragraphs under the box.
func TestEntryTailKeeps(t *testing.T) {
	places := [][]string{
		{"Harbor Grill", "The grill on the old pier serves the day's catch with fries and a view of the ferries coming in."},
		{"Blue Anchor", "A family kitchen near the terminal that has cooked chowder for the ferry crews for forty years.",
			"Its owners say the closure will cost them half their lunch trade, and they hope the shuttle stops at their door."},
		{"Salt House", "Small plates and local oysters in a converted net shed, open late on weekends through the summer."},
		{"Pier Nine", "A noisy bar with a long menu of chowders, fish tacos and the best onion rings on the waterfront."},
		{"Driftwood Cafe", "Coffee, pastries and soup at the foot of the hill, a short walk from the temporary pier."},
		{"Lighthouse Diner", "Breakfast all day in an old railway car, with pancakes that regulars say are worth the queue."},
	}
	var placeLines []string
	for _, p := range places {
		placeLines = append(placeLines, p[0], "Book a table")
		placeLines = append(placeLines, p[1:]...)
		placeLines = append(placeLines, "")
	}
	calendar := func(day string, events [][]string) []string {
		var out []string
		for _, e := range events {
			out = append(out, day, e[0], e[1], e[2], "")
		}
		return out
	}
	calEN := calendar("March 3, 2026", [][]string{
		{"Harbor Safety Forum", "Halifax, Canada", "Port officials and engineers meet to discuss the state of the region's piers and ferry terminals."},
		{"Ferry Operators Summit", "Portland, United States", "Operators from both coasts compare notes on temporary piers, shuttle buses and winter service."},
		{"Coastal Works Expo", "Boston, United States", "Builders show new ways to replace rotted pilings without closing a terminal for long."},
	})
	calEN = append(calEN, calendar("March 9, 2026", [][]string{
		{"Harbor Pilots Meeting", "Saint John, Canada", "Pilots from the bay review the winter's near misses and the new rules for the temporary pier."},
	})...)
	calDE := calendar("3. März 2026", [][]string{
		{"Forum Hafensicherheit", "Kiel, Deutschland", "Hafenbehörden und Ingenieure beraten über den Zustand der Anleger und Fährterminals der Region."},
		{"Gipfel der Fährbetreiber", "Rostock, Deutschland", "Betreiber von Nord- und Ostsee vergleichen Behelfsanleger, Pendelbusse und den Winterdienst."},
		{"Messe Küstenbau", "Hamburg, Deutschland", "Baufirmen zeigen, wie man morsche Pfähle ersetzt, ohne ein Terminal lange zu schließen."},
	})
	calDE = append(calDE, calendar("9. März 2026", [][]string{
		{"Treffen der Lotsen", "Lübeck, Deutschland", "Lotsen aus der Bucht sprechen über die Beinahe-Unfälle des Winters und die Regeln am Behelfsanleger."},
	})...)
	box := []string{
		"Local News", "", "Bridge tolls to rise in the new year", "", "Drivers crossing the river will pay a dollar more from January, the bridge company said in a short statement.", "",
		"Local News", "", "City council approves new bike lanes", "", "Three streets downtown will lose a lane of parking to make room for cyclists by the end of next summer.", "",
		"Local News", "", "Museum reopens after a long renovation", "", "Visitors can see the restored whale skeleton again from Saturday, along with two new galleries of local art.", "",
	}
	more, moreDE := entryMoreEN, entryMoreDE
	for _, c := range []struct {
		name        string
		story, list []string
		below       []string // story paragraphs set under the list
		kept        []string // the paragraphs that must stay
	}{
		{"en places", entryStoryEN, placeLines, nil, []string{places[2][1], places[3][1], places[4][1]}},
		{"en calendar", append(entryStoryEN, more...), calEN, nil, []string{calEN[3], calEN[8]}},
		{"de calendar", append(entryStoryDE, moreDE...), calDE, nil, []string{calDE[3], calDE[8], calDE[13]}},
		{"en box inside", entryStoryEN, box, more, more},
	} {
		a := parseLines(t, storyPage(c.story, append(slices.Clone(c.list), withGaps(c.below)...)...))
		for _, p := range append(c.story, c.kept...) {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}

// BenchmarkEntryTailHostile measures cutEntryTail on a body made of
// thousands of marked lists, each set apart by two paragraphs: the lowest
// list decides, so the cost stays linear.
func BenchmarkEntryTailHostile(b *testing.B) {
	var lines []string
	for range 2000 {
		for range 3 {
			lines = append(lines, "Local News", "", "Bridge tolls to rise in the new year", "",
				"Drivers crossing the river will pay a dollar more from January, the bridge company said.", "")
		}
		lines = append(lines, entryStoryEN[0], "", entryStoryEN[1], "")
	}
	page := []byte(strings.Join(lines, "\n"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}
