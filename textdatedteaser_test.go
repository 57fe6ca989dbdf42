package wirestory

import (
	"fmt"
	"strings"
	"testing"
)

// TestDatedTeasers checks that another story's card set between the
// story's paragraphs, a headline over its date alone, leaves a text
// page's body, in English and German, and that what only looks like it
// stays: a list of dated items set one under the other, a subhead over a
// paragraph that gives a date with more words, a date that labels what
// follows it ("Date:"), and a card right under the story's first
// paragraph.
func TestDatedTeasers(t *testing.T) {
	for _, c := range []struct {
		name, card, date, subhead, dated, label string
		story                                   []string
		events                                  [][3]string
	}{
		{"en", "City council approves new budget for road repairs", "12.03.2025, 10:15",
			"Shuttle buses planned", "The shuttle runs from March 3, 2025 until the terminal reopens.",
			"Date: 12 March 2025", entryStoryEN,
			[][3]string{
				{"Harbor open day for families", "04.05.2025", "Families can tour the old terminal one last time before the crews move in, and guides will explain the repairs."},
				{"Public meeting on the new pier", "11.05.2025", "The authority will answer questions about the temporary pier, the shuttle bus and the fares at the town hall."},
				{"Opening of the temporary pier", "18.05.2025", "The first ferry will leave the temporary pier at six in the morning, and the old terminal will close the same day."}}},
		{"de", "Stadtrat beschließt neuen Haushalt für Straßenreparaturen", "12.03.2025, 10:15",
			"Pendelbusse geplant", "Der Pendelbus fährt vom 3. März 2025 an, bis das Terminal wieder öffnet.",
			"Datum: 12. März 2025", entryStoryDE,
			[][3]string{
				{"Tag der offenen Tür im Hafen", "04.05.2025", "Familien können das alte Terminal ein letztes Mal besichtigen, bevor die Arbeiter kommen, und Führer erklären die Reparatur."},
				{"Bürgerversammlung zum neuen Anleger", "11.05.2025", "Die Behörde beantwortet im Rathaus Fragen zum Behelfsanleger, zum Pendelbus und zu den Preisen für die Fahrt."},
				{"Eröffnung des Behelfsanlegers", "18.05.2025", "Die erste Fähre legt um sechs Uhr morgens am Behelfsanleger ab, und das alte Terminal schließt am selben Tag."}}},
	} {
		p := c.story
		// A card between the third and fourth paragraphs: it goes, the
		// story stays whole.
		lines := storyPage(p[:3], c.card, c.date, "")
		lines = append(lines[:len(lines)-4], append(withGaps(p[3:]), lines[len(lines)-4:]...)...)
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" card", "card", got, p, []string{c.card, c.date})

		// A list of dated items, each a headline, a date and a blurb: its
		// dated heads stand near each other, and stay.
		var list []string
		for _, e := range c.events {
			list = append(list, e[0], e[1], e[2], "")
		}
		lines = storyPage(p[:3], append(list, "")...)
		lines = append(lines[:len(lines)-4], append(withGaps(p[3:]), lines[len(lines)-4:]...)...)
		got = parseLines(t, lines).Paragraphs
		for _, e := range c.events[1:] { // the first item's head is the rules' (a lead's)
			checkKeptOut(t, c.name+" list", "event", got, e[:], nil)
		}

		// A subhead over a paragraph that gives a date among its words,
		// and a date that labels what follows: both stay.
		lines = storyPage(p[:3], c.subhead, c.dated, "", c.card, c.label, "")
		lines = append(lines[:len(lines)-4], append(withGaps(p[3:]), lines[len(lines)-4:]...)...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" dated prose", "line", got, append([]string{c.subhead, c.dated, c.card, c.label}, p...), nil)

		// A card right under the story's first paragraph: the story's own
		// head over a second story may stand there; it stays.
		lines = storyPage(p[:1], c.card, c.date, "")
		lines = append(lines[:len(lines)-4], append(withGaps(p[1:]), lines[len(lines)-4:]...)...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" high card", "card", got, p, nil)
	}
}

// TestDatedTeaserReason checks that Explain says why a dated card left a
// text page's body, in English and German: as another story's card, not
// as a box of headlines or chrome.
func TestDatedTeaserReason(t *testing.T) {
	for _, c := range []struct {
		card, date string
		story      []string
	}{
		{"City council approves new budget for road repairs", "12.03.2025, 10:15", entryStoryEN},
		{"Stadtrat beschließt neuen Haushalt für Straßenreparaturen", "12.03.2025, 10:15", entryStoryDE},
	} {
		p := c.story
		lines := storyPage(p[:3], c.card, c.date, "")
		lines = append(lines[:len(lines)-4], append(withGaps(p[3:]), lines[len(lines)-4:]...)...)
		blocks, err := new(Parser).Explain(strings.NewReader(strings.Join(lines, "\n")), PageInfo{})
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, b := range blocks {
			if b.Text != c.card && b.Text != c.date {
				continue
			}
			seen++
			if b.Role != RoleTeaser || !strings.Contains(b.Reason, "a headline over its date alone") {
				t.Errorf("%q: %s, %q; want a teaser, as a dated card", b.Text, b.Role, b.Reason)
			}
		}
		if seen != 2 {
			t.Errorf("%d of the card's lines explained, want 2", seen)
		}
	}
}

// TestDatedLiveSections checks that a live page's sections, each a
// heading over the time of its update and a few paragraphs, stay in a
// text page's body, in English and German, earliest first and latest
// first: their dates are in order and of one day, which the cards of
// other stories set into a story are not. The story's lead above the
// first section stays the body's opening, under the story's own headline.
// Cards with the same layout but dates of days of their own, in no
// order, still leave.
func TestDatedLiveSections(t *testing.T) {
	for _, c := range []struct {
		name, para string
		heads      []string
		times      []string // one day's, in order
		days       []string // days of their own, in no order
	}{
		{"en", "Rescue crews in boat %d searched the north shore of the bay through the evening, and the coast guard said a second helicopter would join them at first light.",
			[]string{"Divers reach the sunken barge", "Coast guard widens the search area", "Families gather at the harbor office"},
			[]string{"June 4, 2025, 9:10 AM", "June 4, 2025, 11:45 AM", "June 4, 2025, 3:30 PM"},
			[]string{"February 2, 2024", "June 4, 2025", "October 9, 2023"}},
		{"en numeric", "Volunteers on shore team %d walked the beach north of the pier until dark, and the harbor master said the ferries would stay in port for another day.",
			[]string{"Second body found near the breakwater", "Ferry service stays suspended", "Harbor master thanks the volunteers"},
			[]string{"04.06.2025, 09:10", "04.06.2025, 11:45", "04.06.2025, 15:30"},
			[]string{"02.02.2024", "04.06.2025", "09.10.2023"}},
		{"de", "Die Rettungskräfte im Boot %d suchten bis zum Abend das Nordufer der Bucht ab, und die Küstenwache kündigte für den Morgen einen zweiten Hubschrauber an.",
			[]string{"Taucher erreichen den gesunkenen Lastkahn", "Küstenwache weitet das Suchgebiet aus", "Angehörige warten im Hafenbüro"},
			[]string{"04.06.2025, 15:30 Uhr", "04.06.2025, 11:45 Uhr", "04.06.2025, 09:10 Uhr"},
			[]string{"02.02.2024", "04.06.2025", "09.10.2023"}},
	} {
		n := 0
		paras := func(k int) []string {
			var ps []string
			for range k {
				n++
				ps = append(ps, fmt.Sprintf(c.para, n))
			}
			return ps
		}
		page := func(dates []string) (lines, story []string) {
			n = 0
			story = paras(3)
			var sections []string
			for k, h := range c.heads {
				ps := paras(4)
				story = append(story, ps...)
				sections = append(sections, h, dates[k], "")
				sections = append(sections, withGaps(ps)...)
			}
			return storyPage(story[:3], sections...), story
		}

		lines, story := page(c.times)
		a := parseLines(t, lines)
		checkKeptOut(t, c.name+" live", "line", a.Paragraphs, append(append(story, c.heads...), c.times...), nil)
		if a.Headline != lines[0] {
			t.Errorf("%s live: headline %q, want %q", c.name, a.Headline, lines[0])
		}
		if len(a.Paragraphs) == 0 || a.Paragraphs[0] != story[0] {
			t.Errorf("%s live: the body does not open with the story's lead; paragraphs:\n%q", c.name, a.Paragraphs)
		}

		lines, story = page(c.days)
		a = parseLines(t, lines)
		checkKeptOut(t, c.name+" cards", "card", a.Paragraphs, story, append(append([]string{}, c.heads[1:]...), c.days[1:]...))
	}
}
