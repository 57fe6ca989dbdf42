package wirestory

import "testing"

// TestHeadAboveUnshapedDeck checks the headline taken right above the
// scorer's choice when the choice is a deck with no full stop, not shaped
// like a headline, in English and German; and the choice kept when the
// line above is a kicker of few words, holds as many words as the choice,
// is set off by a blank line, or the choice is shaped like a headline.
func TestHeadAboveUnshapedDeck(t *testing.T) {
	for _, c := range []struct {
		name, head, story string
		chosen, want      int
	}{
		{"a deck that trails off", "Home\nLocal\nHarbor Ferry Returns to the Old Town Dock\nRiders who missed the crossing for two years will pay a little more, but…\n", ferryStory, 3, 2},
		{"ein Vorspann, der abbricht", "Startseite\nInland\nDie Fähre im Hafen fährt nach zwei Jahren wieder\nFahrgäste, die die Überfahrt vermisst haben, zahlen nun etwas mehr, aber…\n", deckStoryDE, 3, 2},
		// Kept: a kicker over the choice.
		{"a kicker", "Home\nLocal\nHarbor Ferry Returns\nRiders who missed the crossing for two years will pay a little more, but…\n", ferryStory, 3, -1},
		// Kept: a line above as long as the choice.
		{"a longer line above", "Home\nLocal\nHarbor Ferry Returns to the Old Town Dock After Two Long Years of Repairs and Delays\nRiders who missed the crossing will pay more, but…\n", ferryStory, 3, -1},
		// Kept: a choice shaped like a headline.
		{"eine Schlagzeile", "Startseite\nInland\nDie Fähre im Hafen fährt nach zwei Jahren wieder\nFahrgäste der Fähre im Hafen zahlen von Montag an mehr als vor zwei Jahren\n", deckStoryDE, 3, -1},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.head+c.story)), &trainedBody)
		if start <= c.chosen {
			t.Fatalf("%s: body starts at %d: the test needs another page", c.name, start)
		}
		if got := headAboveUnshapedDeck(ss, c.chosen, start); got != c.want {
			t.Errorf("%s: headline at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestHeadAboveUnshapedDeckGap checks that a line set off from the choice
// by a blank line is not taken.
func TestHeadAboveUnshapedDeckGap(t *testing.T) {
	page := "Home\nLocal\nHarbor Ferry Returns to the Old Town Dock\n\nRiders who missed the crossing for two years will pay a little more, but…\n" + ferryStory
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start <= 3 || !ss[3].gap {
		t.Fatalf("body starts at %d: the test needs another page", start)
	}
	if got := headAboveUnshapedDeck(ss, 3, start); got != -1 {
		t.Errorf("headline at %d, want -1", got)
	}
}
