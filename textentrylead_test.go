package wirestory

import (
	"slices"
	"testing"
)

// TestLeadEntries checks that a text page's body opens under a site's
// menu of entries printed over the story (a name and a line about each
// of the site's pages) when the story's byline and date stand between the
// menu and the story, in English and German, and that it keeps the
// story's paragraphs; and that the entries stay when no byline or date
// stands under them, or when too little story stands under the date. A
// menu may open with its prompt (a short question, a line ending in a
// colon).
func TestLeadEntries(t *testing.T) {
	menuEN := []string{
		"Plan your crossing with a timetable for every route, updated each morning.",
		"Ferry Pass", "Save on every crossing with a monthly pass for commuters and their families.",
		"Freight Desk", "Book space for trucks and trailers on any sailing, day or night, all year round.",
		"Group Travel", "School classes and clubs of ten or more travel at half the fare on weekdays.",
		"Harbor Tours", "See the lighthouse and the seal colony on a one-hour tour from the old pier.",
		"Island Hopper", "One ticket takes you to all four islands in the bay on the same day.",
		"Night Sailings", "Late ferries leave every hour until midnight from Thursday to Saturday.",
	}
	menuDE := []string{
		"Planen Sie Ihre Überfahrt mit dem Fahrplan für jede Linie, jeden Morgen neu.",
		"Fährpass", "Sparen Sie bei jeder Überfahrt mit dem Monatspass für Pendler und ihre Familien.",
		"Frachtbüro", "Buchen Sie Platz für Lastwagen und Anhänger auf jeder Fahrt, bei Tag und bei Nacht.",
		"Gruppenreisen", "Schulklassen und Vereine ab zehn Personen fahren werktags zum halben Preis.",
		"Hafenrundfahrt", "Sehen Sie den Leuchtturm und die Robbenbank auf einer Rundfahrt vom alten Anleger.",
		"Inselhüpfer", "Mit einem Ticket erreichen Sie alle vier Inseln in der Bucht am selben Tag.",
		"Nachtfähren", "Späte Fähren fahren von Donnerstag bis Samstag stündlich bis Mitternacht.",
	}
	moreEN, moreDE := entryMoreEN, entryMoreDE
	storyEN := append(slices.Clone(entryStoryEN), moreEN[:2]...)
	storyDE := append(slices.Clone(entryStoryDE), moreDE[:2]...)
	// A longer story, for menus that open with a prompt.
	longEN := append(slices.Clone(entryStoryEN), moreEN...)
	longDE := append(slices.Clone(entryStoryDE), moreDE...)
	for _, c := range []struct {
		name        string
		title       string
		menu, head  []string
		story       []string
		menuInStory bool // whether the menu's blurbs stay in the body
	}{
		{"en menu", "Ferry terminal to close for two years", menuEN,
			[]string{"Local News", "Ferry terminal to close for two years", "By Jane Roe", "Published May 12, 2025", "Reading time 3 minutes"}, storyEN, false},
		{"de menu", "Fährterminal schließt für zwei Jahre", menuDE,
			[]string{"Lokales", "Fährterminal schließt für zwei Jahre", "Von Erika Muster", "Veröffentlicht am 12. Mai 2025", "Lesezeit 3 Minuten"}, storyDE, false},
		// No byline or date between the entries and the paragraphs:
		// the entries may be the story's.
		{"en no head", "Ferry terminal to close for two years", menuEN,
			[]string{"Local News", "What the closure means for you"}, storyEN, true},
		// A menu that opens with its prompt, a question and a line
		// ending in a colon.
		{"en prompt", "Ferry terminal to close for two years", append([]string{"Where would you like to go?",
			"Please choose one of the following options:"}, menuEN[1:]...),
			[]string{"Ferry terminal to close for two years", "By Jane Roe", "Published May 12, 2025"}, longEN, false},
		{"de prompt", "Fährterminal schließt für zwei Jahre", append([]string{"Wohin möchten Sie fahren?",
			"Bitte wählen Sie aus den folgenden Angeboten:"}, menuDE[1:]...),
			[]string{"Fährterminal schließt für zwei Jahre", "Von Erika Muster", "Veröffentlicht am 12. Mai 2025"}, longDE, false},
		// A prompt and entries with no byline or date under them stay.
		{"en prompt no head", "Ferry terminal to close for two years", append([]string{"Where would you like to go?",
			"Please choose one of the following options:"}, menuEN[1:]...),
			[]string{"Local News", "What the closure means for you"}, longEN, true},
		// Too little story under the date line.
		{"de short", "Fährterminal schließt für zwei Jahre", menuDE,
			[]string{"Lokales", "Von Erika Muster", "Veröffentlicht am 12. Mai 2025"}, storyDE[:3], true},
	} {
		lines := []string{c.title, "Home", "Timetables", ""}
		lines = append(lines, c.menu...)
		lines = append(lines, c.head...)
		lines = append(lines, c.story...)
		lines = append(lines, "Privacy policy", "Terms of use")
		a := parseLines(t, lines)
		for _, p := range c.story {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
		n := 0
		for _, p := range c.menu[len(c.menu)-6:] {
			if len(p) > 40 && slices.Contains(a.Paragraphs, p) {
				n++
			}
		}
		if want := map[bool]int{true: 3, false: 0}[c.menuInStory]; n != want {
			t.Errorf("%s: %d of the menu's last 3 blurbs in the body, want %d; paragraphs:\n%q", c.name, n, want, a.Paragraphs)
		}
	}
}
