package wirestory

import (
	"strings"
	"testing"
)

// deckStory is the body of a text page for the deck tests, in Norwegian
// (the quote-dash headline) and German.
const (
	deckStoryNO = `
Kommunen har brukt to år på å reparere den gamle kaien, og på tirsdag kunne fergen igjen ta med seg passasjerer over fjorden.
Mange av passasjerene sa at de hadde savnet turen, som sparer dem for en time på veien rundt fjorden.
Kommunen har også ansatt et nytt mannskap, og fergen skal gå hver time fra klokken seks om morgenen.
`
	deckStoryDE = `
Die Fähre im Hafen hat am Dienstag zum ersten Mal seit zwei Jahren wieder Fahrgäste über das Wasser gebracht, nachdem die Stadt den Anleger repariert hatte.
Die Fahrgäste sagten, sie hätten die Überfahrt vermisst, die ihnen eine Stunde auf der Straße um die Bucht erspart.
Die Stadt hat außerdem eine neue Crew eingestellt, und die Fähre fährt von nun an jede Stunde.
`
)

// TestHeadOverProseDeck checks the headline taken above a deck that the
// scorer chose, a sentence that ends in a full stop or holds two, in
// Norwegian (a quote set as a headline after a dash), German (a date line
// between the headline and the deck) and English; and none taken when
// nothing shaped like a headline stands above the deck (a section's
// label), when the "deck" is a question alone or in Title Case, or when
// the line above is one of a list of other stories' headlines.
func TestHeadOverProseDeck(t *testing.T) {
	for _, c := range []struct {
		name, head, story string
		deck, want        int
	}{
		{"quote over a deck", "Hjem\nNyheter\nInnenriks\n- Vi har ventet lenge\nFergen over fjorden går igjen etter to år, men passasjerene må betale mer for turen enn før.\nOla Nordmann\nPublisert 12.05.2024 - 10:15\n", deckStoryNO, 4, 3},
		{"date line between", "Startseite\nInland\nFähre fährt wieder\nStand: 12.05.2024 10:15 Uhr\nNach zwei Jahren hat die Stadt den Anleger repariert. Was bedeutet das für die Fahrgäste?\nVon Jana Muster\n", deckStoryDE, 4, 2},
		{"short headline over a deck", "Home\nLocal\nBack on the water at last\nThe harbor ferry returns after two years, and riders will pay a little more for the crossing.\nBy Jane Roe\n", ferryStory, 3, 2},
		// Kept: a section's label over the deck-shaped headline.
		{"a label over a sentence", "Home\nLocal\nThe harbor ferry returns after two years, and riders will pay a little more for the crossing.\nBy Jane Roe\n", ferryStory, 2, -1},
		{"ein Ressort über einem Satz", "Startseite\nInland\nDie Fähre fährt nach zwei Jahren wieder, aber die Fahrgäste zahlen mehr als früher.\nVon Jana Muster\n", deckStoryDE, 2, -1},
		// Kept: a question alone, and a line in Title Case.
		{"a question", "Home\nLocal\nBack on the water at last\nWill the harbor ferry that returns after two years cost riders more than it did before?\nBy Jane Roe\n", ferryStory, 3, -1},
		{"Title Case", "Home\nLocal\nBack on the Water\nThe Harbor Ferry Returns After Two Years With a New Crew and a New Dock.\nBy Jane Roe\n", ferryStory, 3, -1},
		// Kept: a headline of a list of other stories over the short line.
		{"a list above", "Home\nStorm closes the mountain pass for the whole weekend\nBack on the water at last\nThe harbor ferry returns after two years, and riders will pay a little more for the crossing.\nBy Jane Roe\n", ferryStory, 3, -1},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.head+c.story)), &trainedBody)
		if start <= c.deck+1 {
			t.Fatalf("%s: body starts at %d: the test needs another page", c.name, start)
		}
		if got := headOverProseDeck(ss, c.deck, start); got != c.want {
			t.Errorf("%s: headline at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestHeadAboveProseDeck checks the headline taken below the scorer's
// choice when that line stands over a short headline, its deck and the
// byline or date line, in German and English; and none taken when the
// deck does not stand over a byline, a date line or the body (a teaser
// with its blurb, then a caption).
func TestHeadAboveProseDeck(t *testing.T) {
	for _, c := range []struct {
		name, head, story string
		chosen, want      int
	}{
		{"ein Etikett über dem Kopf", "Startseite\nMärkte am Abend\nFähre fährt wieder\nDie Stadt hat den Anleger nach zwei Jahren repariert. Die Fahrgäste zahlen aber mehr als früher.\nVon Jana Muster\n", deckStoryDE, 1, 2},
		{"a kicker over the head", "Home\nHarbor news today\nBack on the water at last\nThe harbor ferry returns after two years, and riders will pay a little more for the crossing.\nBy Jane Roe\n", ferryStory, 1, 2},
		// Kept: the deck stands over a caption, not the byline.
		{"a caption below", "Home\nHarbor news today\nBack on the water at last\nThe harbor ferry returns after two years, and riders will pay a little more for the crossing.\nThe old dock seen from the water on a grey morning in May, before the work began\nBy Jane Roe\n", ferryStory, 1, -1},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.head+c.story)), &trainedBody)
		if start <= c.chosen+3 {
			t.Fatalf("%s: body starts at %d: the test needs another page", c.name, start)
		}
		if got := headOverProseDeck(ss, c.chosen, start); got != c.want {
			t.Errorf("%s: headline at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestProseDeckHeadline checks on whole text pages, in Norwegian,
// English and German, that the headline is the short line over the deck
// (a date line between them), not the deck of two sentences that the
// scorer takes; and that a page whose headline is a sentence with only
// the menu above it keeps that sentence.
func TestProseDeckHeadline(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"Forside\nNyheter\nInnenriks\nFergen går igjen\nOppdatert: 12.05.2024 10:15\nEtter to år har kommunen reparert kaien. Hva betyr det for passasjerene?\nKari Nordmann\n" + deckStoryNO, "Fergen går igjen"},
		{"Home\nNews\nFerry runs again\nUpdated: 12.05.2024 10:15\nAfter two years the city has repaired the dock. What does it mean for the riders?\nBy Jane Roe\n" + ferryStory, "Ferry runs again"},
		{"Startseite\nPolitik\nInland\nAusland\nFähre fährt wieder\nStand: 12.05.2024 10:15 Uhr\nNach zwei Jahren hat die Stadt den Anleger repariert. Was bedeutet das für die Fahrgäste?\nVon Jana Muster\n" + deckStoryDE, "Fähre fährt wieder"},
		// Kept: a one-line headline shaped like a deck, the menu above.
		{"Home\nLocal\nThe harbor ferry returns after two years, and riders will pay a little more for the crossing.\nBy Jane Roe\n" + ferryStory, "The harbor ferry returns after two years, and riders will pay a little more for the crossing."},
		{"Startseite\nPolitik\nInland\nDie Fähre fährt nach zwei Jahren wieder, aber die Fahrgäste zahlen mehr als früher.\nVon Jana Muster\n" + deckStoryDE, "Die Fähre fährt nach zwei Jahren wieder, aber die Fahrgäste zahlen mehr als früher."},
	} {
		a, err := Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != c.want {
			t.Errorf("headline %q, want %q", a.Headline, c.want)
		}
	}
}

// TestInnerSentenceEnd checks the sentence ends isProseDeck finds inside
// a line, in English, German and Norwegian, and what it does not take for
// one: an abbreviation or an initial before a name, a stop before a lower
// case word, and a line's last mark.
func TestInnerSentenceEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"The city repaired the dock. What is left for the riders?":           true,
		"Nach 42 Sitzungen ist Schluss. Was bleibt von den Fragen?":          true,
		"Etter to år har kommunen reparert kaien. Hva betyr det?":            true,
		"Vorwürfe gegen Beamte und offene Fragen. Wer trägt die Schuld?":     true,
		"Mrs. Smith and Prof. Jones ask Dr. Lee why the dock closed?":        false,
		"Riders paid 2.50 euros on the old ferry, which ran until 5 p.m. on": false,
		"The ferry is back.": false,
	} {
		if got := innerSentenceEnd(s); got != want {
			t.Errorf("innerSentenceEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestQuoteHeadShapedByline checks that a byline set behind a quote dash
// ("- By Jane Roe", "– Von Erika Mustermann") is no headline, with the
// full line's reading cached on its block, and that a headline behind one
// is.
func TestQuoteHeadShapedByline(t *testing.T) {
	for _, line := range []string{"- By Jane Roe", "– Von Erika Mustermann"} {
		b := &block{text: line, f: featuresOf(line)}
		s := slot{block: b}
		b.isMeta() // caches the full line's reading
		if quoteHeadShaped(&s) {
			t.Errorf("%q read as a headline", line)
		}
	}
	if s := (slot{block: &block{text: "- Angst vor dem Winter wächst", f: featuresOf("- Angst vor dem Winter wächst")}}); !quoteHeadShaped(&s) {
		t.Errorf("quote-dash headline not read as one")
	}
}
