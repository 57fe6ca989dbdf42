package wirestory

import (
	"strings"
	"testing"
	"time"
)

// headMetaPage is a text dump with a menu, a section label, a headline
// (none when head is ""), the head's meta line, a player's credit line
// (none when media is ""), and the story.
func headMetaPage(nav []string, head, meta, media string, story []string) string {
	var b strings.Builder
	b.WriteString(strings.Join(nav, "\n") + "\n\n")
	if head != "" {
		b.WriteString(head + "\n")
	}
	b.WriteString(meta + "\n")
	if media != "" {
		b.WriteString(media + "\n")
	}
	b.WriteString("\n" + strings.Join(story, "\n\n") + "\n")
	return b.String()
}

var (
	headMetaNavDE   = []string{"Zum Inhalt springen", "Suche", "Politik", "Wirtschaft", "Kultur", "Sport"}
	headMetaNavEN   = []string{"Skip to content", "Search", "Politics", "Business", "Culture", "Sport"}
	headMetaStoryEN = []string{
		"The once popular hotel on the market square has been closed for thirty years. A theatre group has now gathered the memories of those who worked there.",
		"The hotel belonged to the town like the steelworks or the old church. After the plant closed it stood empty, its windows boarded up with planks.",
		"But now life is returning. With its play, the company brings the history of the house back to life for visitors in the very same rooms.",
		"Anyone who expected a stage and long rows of chairs that evening was surprised: the audience is led through the house in small groups.",
		"The play runs every night until the middle of May, and tickets are sold at the theatre's box office and on its website.",
	}
)

// TestNoBylineHeadline checks that a text page whose only head line is
// its meta line ("date | time | Von Jane Roe") never gives the byline
// ("Von Jane Roe", "By Jane Roe") as its headline, in German and English.
func TestNoBylineHeadline(t *testing.T) {
	for _, c := range []struct {
		name, page string
	}{
		{"de", headMetaPage(headMetaNavDE, "", "Do 25.04.24 | 14:07 Uhr | Von Jane Roe", "", twiceStoryDE)},
		{"en", headMetaPage(headMetaNavEN, "", "Thu 25.04.24 | 14:07 | By Jane Roe", "", headMetaStoryEN)},
	} {
		a, err := Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if strings.Contains(a.Headline, "Jane Roe") {
			t.Errorf("%s: headline %q is the byline", c.name, a.Headline)
		}
		if len(a.Byline) != 1 || a.Byline[0] != "Jane Roe" {
			t.Errorf("%s: byline %q, want Jane Roe", c.name, a.Byline)
		}
	}
	for _, s := range []string{"Von Jane Roe", "By Jane Roe", "Por Ana Pérez", "Par Jean Dupont"} {
		if !isBylinePhrase(s) {
			t.Errorf("isBylinePhrase(%q) = false", s)
		}
	}
	// Kept: headlines that open with a byline's word.
	for _, s := range []string{"By the numbers: the budget in five charts", "Von Berlin nach Paris in vier Stunden",
		"Por qué sube el precio del pan"} {
		if isBylinePhrase(s) {
			t.Errorf("isBylinePhrase(%q) = true", s)
		}
	}
}

// TestHeadOverMetaLine checks that when the scorer takes the head's meta
// line, the headline-shaped line right above it is the headline, in
// German and English; kept: a line of three words above (a label), and a
// line with a date alone before a title, which is the headline's own.
func TestHeadOverMetaLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		at    int
		want  int
	}{
		{"de", []string{"Kultur", "Premiere in der Stadt - Das alte Hotel öffnet als Theater noch einmal seine Türen",
			"Do 25.04.24 | 14:07 Uhr | Von Jane Roe", "", twiceStoryDE[0]}, 2, 1},
		{"en", []string{"Culture", "Premiere in the town - The old hotel opens its doors once more",
			"Thu 25.04.24 | 14:07 | By Jane Roe", "", headMetaStoryEN[0]}, 2, 1},
		{"label above", []string{"Culture", "Arts and Books", "Thu 25.04.24 | 14:07 | By Jane Roe", "", headMetaStoryEN[0]}, 2, -1},
		{"date title", []string{"Example blog", "Dec 18 2025 Preparing a transition in the archive", "", headMetaStoryEN[0]}, 1, 1},
	} {
		ss := slotsOf(c.lines...)
		start := len(ss) - 1
		if got, _ := headOverMetaLine(ss, c.at, "", start, &lineReads{limit: 64}); got != c.want {
			t.Errorf("%s: headline at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestMediaCreditDate checks that the date of the head's meta line wins
// over the date of a player's credit line between it and the body, in
// German and English; kept: the player's date when the head has no other.
func TestMediaCreditDate(t *testing.T) {
	want := time.Date(2024, 4, 25, 0, 0, 0, 0, time.UTC)
	player := time.Date(2024, 4, 24, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, page string
		want       time.Time
	}{
		{"de", headMetaPage(headMetaNavDE, "Premiere in der Stadt - Das alte Hotel öffnet als Theater noch einmal seine Türen",
			"Do 25.04.24 | 14:07 Uhr | Von Jane Roe", "Audio: Radio Beispiel | 24.04.2024 | Jane Roe | Bild: Jane Roe/Beispiel", twiceStoryDE), want},
		{"en", headMetaPage(headMetaNavEN, "Premiere in the town - The old hotel opens its doors once more as a theatre",
			"Thu 25.04.24 | 14:07 | By Jane Roe", "Audio: Example Radio | 24.04.2024 | Jane Roe", headMetaStoryEN), want},
		{"player only", headMetaPage(headMetaNavDE, "Premiere in der Stadt - Das alte Hotel öffnet als Theater noch einmal seine Türen",
			"Von Jane Roe", "Audio: Radio Beispiel | 24.04.2024 | Jane Roe", twiceStoryDE), player},
	} {
		a, err := Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !a.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %v", c.name, a.Published, c.want)
		}
	}
}

// TestNoBylineHeadlineByOtherPaths checks that a byline and nothing else
// ("By Jane Roe", "Von Jane Roe") is not a text page's headline when it
// comes there by a path other than the meta line's (headOverMetaLine
// leaves lines that do not read as a head's meta line as they are), in
// English and German:
//   - the scorer takes a section's label and the byline joined by a
//     colon ("Opinion : By Jane Roe"), the page prints both alone, and
//     cutToTwin cuts the line to its twin, the byline; the byline is
//     still read;
//   - the scorer takes a breadcrumb trail whose last step is the byline
//     ("Home » By Jane Roe"), printed alone right below, and
//     trailStepBelow moves the headline to that line.
func TestNoBylineHeadlineByOtherPaths(t *testing.T) {
	for _, c := range []struct {
		name   string
		head   []string
		story  []string
		byline bool // the byline is read
	}{
		{"en twin", []string{"Opinion", "Opinion : By Jane Roe", "By Jane Roe"}, headMetaStoryEN, true},
		{"de twin", []string{"Meinung", "Meinung : Von Jane Roe", "Von Jane Roe"}, twiceStoryDE, true},
		{"en twin below", []string{"Opinion : By Jane Roe", "", "Opinion", "By Jane Roe"}, headMetaStoryEN, true},
		{"en trail", []string{"Home » By Jane Roe", "By Jane Roe"}, headMetaStoryEN, false},
		{"de trail", []string{"Startseite » Von Jane Roe", "Von Jane Roe"}, twiceStoryDE, false},
	} {
		nav := headMetaNavEN
		if strings.HasPrefix(c.name, "de") {
			nav = headMetaNavDE
		}
		page := strings.Join(nav, "\n") + "\n\n" + strings.Join(c.head, "\n") + "\n\n" + strings.Join(c.story, "\n\n") + "\n"
		a, err := Parse(strings.NewReader(page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if strings.Contains(a.Headline, "Jane Roe") {
			t.Errorf("%s: headline %q is the byline", c.name, a.Headline)
		}
		if c.byline && (len(a.Byline) != 1 || a.Byline[0] != "Jane Roe") {
			t.Errorf("%s: byline %q, want Jane Roe", c.name, a.Byline)
		}
		if len(a.Paragraphs) != len(c.story) {
			t.Errorf("%s: %d paragraphs, want %d", c.name, len(a.Paragraphs), len(c.story))
		}
	}
}
