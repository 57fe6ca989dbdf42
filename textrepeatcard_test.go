package wirestory

import "testing"

// TestRepeatedCards checks that a box of other stories printed again and
// again through the story, a headline over its writer's name, leaves a
// text page's body when it stands three times, each copy between the
// story's paragraphs, in English and German; and that what only looks
// like it stays: the same box printed twice only, and a heading of the
// story's own over a name, which speaks of what the story does.
func TestRepeatedCards(t *testing.T) {
	for _, c := range []struct {
		name, card, writer, heading, owner string
		story                              []string
	}{
		{"en", "Ten quiet cafes worth the detour this winter", "MARY MAJOR",
			"Commuters ask the harbor authority for a shuttle", "Jane Roe", entryStoryEN},
		{"de", "Zehn ruhige Cafés, die diesen Winter den Umweg lohnen", "ERIKA MUSTER",
			"Pendler fordern einen Pendelbus vom alten Terminal", "Erika Muster", entryStoryDE},
	} {
		p := c.story
		// The box three times, a paragraph apart: it goes.
		lines := storyPage(p[:1], c.card, c.writer, "", p[1], "", c.card, c.writer, "", p[2], "", c.card, c.writer, "")
		lines = append(lines[:len(lines)-4], append(withGaps(p[3:]), lines[len(lines)-4:]...)...)
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" box", "card", got, p, []string{c.card, c.writer})

		// The box twice only: it stays.
		lines = storyPage(p[:1], c.card, c.writer, "", p[1], "", c.card, c.writer, "")
		lines = append(lines[:len(lines)-4], append(withGaps(p[2:]), lines[len(lines)-4:]...)...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" twice", "card", got, append([]string{c.card, c.writer}, p...), nil)

		// The story's own heading over a name, three times: it speaks of
		// the story, and stays.
		lines = storyPage(p[:1], c.heading, c.owner, "", p[1], "", c.heading, c.owner, "", p[2], "", c.heading, c.owner, "")
		lines = append(lines[:len(lines)-4], append(withGaps(p[3:]), lines[len(lines)-4:]...)...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" heading", "heading", got, append([]string{c.heading, c.owner}, p...), nil)
	}
}
