package wirestory

import (
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
