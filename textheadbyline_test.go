package wirestory

import "testing"

// TestHeadOverBylineBelow checks the headline taken under the scorer's
// choice when that choice is a question over the headline and the
// headline stands over its byline or date line, in English and German;
// and the choice kept when the line under it is a deck, a byline no longer
// than the choice, a line set off by a blank line, or when the choice is
// no sentence.
func TestHeadOverBylineBelow(t *testing.T) {
	for _, c := range []struct {
		name, head, story string
		chosen, want      int
	}{
		{"a question over the headline", "Home\nLocal\nWhy did the harbor ferry stop for two years?\nSix facts that show how the harbor ferry came back to the old town dock\nBy Jane Roe\nMay 12, 2024\n", ferryStory, 2, 3},
		{"eine Frage über der Schlagzeile", "Startseite\nInland\nWarum fuhr die Fähre zwei Jahre nicht?\nSechs Zahlen, die zeigen, wie die Fähre im Hafen wieder zu ihren Fahrgästen kam\nJana Muster\n12.05.2024, 10:15 Uhr\n", deckStoryDE, 2, 3},
		// Kept: a deck under the question.
		{"a deck", "Home\nLocal\nWhy did the harbor ferry stop for two years?\nThe harbor ferry returns after two years, and riders will pay a little more for the crossing.\nBy Jane Roe\nMay 12, 2024\n", ferryStory, 2, -1},
		// Kept: a writers' line, shorter than the question.
		{"writers under the question", "Home\nLocal\nWhy did the harbor ferry stop for two years, and what will riders pay now?\nJane Roe and John Doe City Harbor Daily\nMay 12, 2024\n", ferryStory, 2, -1},
		// Kept: a headline-shaped choice, no sentence.
		{"keine Frage", "Startseite\nInland\nFähre fährt wieder\nSechs Zahlen, die zeigen, wie die Fähre im Hafen wieder zu ihren Fahrgästen kam\nJana Muster\n12.05.2024, 10:15 Uhr\n", deckStoryDE, 2, -1},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.head+c.story)), &trainedBody)
		if start <= c.chosen+2 {
			t.Fatalf("%s: body starts at %d: the test needs another page", c.name, start)
		}
		if got := headOverBylineBelow(ss, c.chosen, start); got != c.want {
			t.Errorf("%s: headline at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestHeadOverBylineBelowGap checks that a line set off from the choice by
// a blank line is not taken: a deck or the story's first line.
func TestHeadOverBylineBelowGap(t *testing.T) {
	page := "Home\nLocal\nWhy did the harbor ferry stop for two years?\n\nSix facts that show how the harbor ferry came back to the old town dock\nBy Jane Roe\nMay 12, 2024\n" + ferryStory
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start <= 4 || ss[2].text != "Why did the harbor ferry stop for two years?" {
		t.Fatalf("body starts at %d, line 2 %q: the test needs another page", start, ss[2].text)
	}
	if got := headOverBylineBelow(ss, 2, start); got != -1 {
		t.Errorf("headline at %d, want -1", got)
	}
}
