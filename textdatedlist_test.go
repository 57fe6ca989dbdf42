package wirestory

import "testing"

// datedEntries builds a list of other pieces whose entries each carry
// their writer's byline: a headline, the writer alone on a line, the date
// under it, then the blurb.
func datedEntries(es [][]string) []string {
	var out []string
	for _, e := range es {
		out = append(out, e[0], e[1], e[2], "", e[3], "")
	}
	return out
}

var (
	datedTeasersEN = [][]string{
		{"Bridge tolls to rise in the new year", "Mary Stone", "Tuesday November 19, 2019", "Drivers crossing the river will pay a dollar more from January, the bridge company said in a short statement."},
		{"Why the council's plan for new bike lanes downtown will not fix the traffic on the river road", "Tom Fields", "Tuesday November 19, 2019", "Three streets downtown will lose a lane of parking to make room for cyclists by the end of next summer."},
		{"Museum reopens after a long renovation", "Ann Hale", "Monday November 18, 2019", "Visitors can see the restored whale skeleton again from Saturday, along with two new galleries of local art."},
		{"Harbor seals return to the old pier", "Mary Stone", "Monday November 18, 2019", "Divers counted more than forty seals under the pier this autumn, the most since the survey began."},
	}
	datedTeasersDE = [][]string{
		{"Brückenmaut steigt im neuen Jahr", "Erika Muster", "Dienstag, 19. November 2019", "Autofahrer zahlen ab Januar einen Euro mehr für die Fahrt über den Fluss, teilte die Betreibergesellschaft mit."},
		{"Stadtrat beschließt neue Radwege", "Hans Becker", "Dienstag, 19. November 2019", "In drei Straßen der Innenstadt fallen bis zum nächsten Sommer Parkplätze weg, damit Radfahrer mehr Platz haben."},
		{"Museum öffnet nach langer Sanierung", "Jana Vogel", "Montag, 18. November 2019", "Besucher sehen das restaurierte Walskelett ab Samstag wieder, dazu zwei neue Säle mit Kunst aus der Region."},
	}
)

// TestDatedEntries checks that a text page's body ends above a list of
// other pieces whose entries each carry their writer's name over a date,
// in English and German, and keeps the story above it whole, though the
// list holds more words than the story.
func TestDatedEntries(t *testing.T) {
	for _, c := range []struct {
		name  string
		story []string
		es    [][]string
	}{
		{"en", entryStoryEN[:3], datedTeasersEN},
		{"de", entryStoryDE[:3], datedTeasersDE},
	} {
		a := parseLines(t, storyOver(c.story, datedEntries(c.es)))
		var blurbs, heads []string
		for _, e := range c.es {
			heads, blurbs = append(heads, e[0]), append(blurbs, e[3])
		}
		checkKeptOut(t, c.name, "blurb", a.Paragraphs, c.story, blurbs)
		checkKeptOut(t, c.name, "headline", a.Paragraphs, nil, heads)
	}
}

// TestDatedEntriesCut checks where cutDatedEntries ends a body over a list
// of bylined entries, in English and German: at the story's last
// paragraph, above the first entry's headline; and what it keeps: a live
// report whose posts a writer and a date sign from its top, a story of
// fewer than minStoryOverDatedList paragraphs over such a list (too little
// story to tell the list from the page's own), a calendar whose events
// give a place over their date, and a list whose entries stand too far
// apart (a story's sections, each long).
func TestDatedEntriesCut(t *testing.T) {
	live := func(es [][]string) []string {
		var out []string
		for _, e := range es {
			out = append(out, e[1], e[2], "", e[3], "")
		}
		return out
	}
	calendar := func(es [][]string, place string) []string {
		var out []string
		for _, e := range es {
			out = append(out, e[0], place, e[2], "", e[3], "")
		}
		return out
	}
	long := func(es [][]string, more []string) []string {
		var out []string
		for _, e := range es {
			out = append(out, e[0], e[1], e[2], "", e[3], "")
			out = append(out, withGaps(more)...)
		}
		return out
	}
	for _, c := range []struct {
		name        string
		story, tail []string
		cut         bool // whether the body ends at the story's last paragraph
	}{
		{"en list", entryStoryEN[:3], datedEntries(datedTeasersEN), true},
		{"de list", entryStoryDE[:3], datedEntries(datedTeasersDE), true},
		{"en live", entryStoryEN[:1], live(datedTeasersEN), false},
		{"de live", entryStoryDE[:1], live(datedTeasersDE), false},
		{"en short story", entryStoryEN[:2], datedEntries(datedTeasersEN), false},
		{"de short story", entryStoryDE[:2], datedEntries(datedTeasersDE), false},
		{"en calendar", entryStoryEN[:3], calendar(datedTeasersEN, "Halifax, Canada"), false},
		{"de calendar", entryStoryDE[:3], calendar(datedTeasersDE, "Kiel, Hafen"), false},
		{"en sections", entryStoryEN[:3], long(datedTeasersEN, entryMoreEN), false},
		{"de sections", entryStoryDE[:3], long(datedTeasersDE, entryMoreDE), false},
	} {
		ss := slotsOf(append(withGaps(c.story), c.tail...)...)
		end := len(ss) - 1
		want := end
		if c.cut {
			want = len(c.story) - 1
		}
		if got := cutDatedEntries(ss, 0, end); got != want {
			t.Errorf("%s: body ends at %d (%q), want %d (%q)", c.name, got, ss[got].text, want, ss[want].text)
		}
	}
}
