package wirestory

import (
	"strings"
	"testing"
)

// TestCutToTwin checks that a text headline is cut to a line the page
// prints alone when the rest is a short label set off by a spaced mark,
// in English, German and Spanish; and what it keeps: a kicker glued to its
// colon (even one the page prints alone as a tag), a name before the
// headline that the page does not print alone, a rest with no mark, a
// rest of four words, and a twin of two words.
func TestCutToTwin(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Museum opens a new wing for modern art | city news", "Home", "Museum opens a new wing for modern art"}, "Museum opens a new wing for modern art"},
		{[]string{"Kultur", "Kultur : Das Museum öffnet einen neuen Flügel", "Startseite", "Das Museum öffnet einen neuen Flügel"}, "Das Museum öffnet einen neuen Flügel"},
		{[]string{"El museo abre una nueva ala – noticias de hoy", "El museo abre una nueva ala"}, "El museo abre una nueva ala"},
		// Kept: a kicker glued to its colon, printed alone as a tag.
		{[]string{"Stadtrat", "Stadtrat: Das Museum öffnet einen neuen Flügel", "Das Museum öffnet einen neuen Flügel"}, "Stadtrat: Das Museum öffnet einen neuen Flügel"},
		// Kept: a name before it that the page does not print alone.
		{[]string{"Kultur : Das Museum öffnet einen neuen Flügel", "Das Museum öffnet einen neuen Flügel"}, "Kultur : Das Museum öffnet einen neuen Flügel"},
		// Kept: words that go on with no mark ("… in New York").
		{[]string{"Forming a small company in New York", "Forming a small company"}, "Forming a small company in New York"},
		// Kept: a headline that goes on behind a dash from another
		// story's headline printed under the body (start 1 in this
		// table: the line under the headline), in English and German.
		{[]string{"Council approves the budget – and raises taxes", "Body.", "Council approves the budget"}, "Council approves the budget – and raises taxes"},
		{[]string{"Stadtrat billigt den Haushalt – und erhöht Steuern", "Body.", "Stadtrat billigt den Haushalt"}, "Stadtrat billigt den Haushalt – und erhöht Steuern"},
		// Cut: behind a bar, the rest is a label wherever the twin stands.
		{[]string{"Council approves the budget | city news", "Body.", "Council approves the budget"}, "Council approves the budget"},
		// Kept: a rest of four words, and a twin of two words.
		{[]string{"Museum opens a new wing | the city news today", "Museum opens a new wing"}, "Museum opens a new wing | the city news today"},
		{[]string{"Museum opens | city news", "Museum opens"}, "Museum opens | city news"},
	} {
		var ss []slot
		for _, l := range c.lines {
			ss = append(ss, slot{block: &block{text: l}})
		}
		at := -1
		for i, l := range c.lines {
			if strings.ContainsAny(l, "|:–") || strings.HasSuffix(l, "New York") {
				at = i
				break
			}
		}
		start := -1
		if len(c.lines) > at+1 && c.lines[at+1] == "Body." {
			start = at + 1
		}
		if got := cutToTwin(ss, at, start, ss[at].text); got != c.want {
			t.Errorf("%q: %q, want %q", c.lines, got, c.want)
		}
	}
}

// TestTwinHeadline checks on whole text pages, in English and German,
// that the headline is given without a channel's label set after it or a
// section's name set before it, when the page prints the headline alone
// in its trail at the foot.
func TestTwinHeadline(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{
			"Home", "News", "Local", "",
			"Council approves a new cycle lane along the river | local news", "",
			"The city council approved on Tuesday a new cycle lane along the river, after two years of debate about its route and its cost.", "",
			"Work on the lane starts in the spring and should end before the winter, the council said, and the road stays open meanwhile.", "",
			"Residents who objected to the first route welcomed the new plan, which keeps the trees along the bank and the market square.", "",
			"Home", "Local", "Council approves a new cycle lane along the river",
		}, "Council approves a new cycle lane along the river"},
		{[]string{
			"Startseite", "Politik", "Kultur", "",
			"Kultur : Das Stadtmuseum öffnet einen neuen Flügel für moderne Kunst", "",
			"Das Stadtmuseum hat am Dienstag einen neuen Flügel eröffnet, in dem von nun an Werke der modernen Kunst zu sehen sind.", "",
			"Der Bau hat zwei Jahre gedauert und wurde zum größten Teil aus Spenden bezahlt, wie die Leiterin des Museums sagte.", "",
			"Der Eintritt in den neuen Flügel ist im ersten Monat frei, danach gilt der Preis einer gewöhnlichen Eintrittskarte.", "",
			"Startseite", "Kultur", "Das Stadtmuseum öffnet einen neuen Flügel für moderne Kunst",
		}, "Das Stadtmuseum öffnet einen neuen Flügel für moderne Kunst"},
	} {
		a, err := Parse(strings.NewReader(strings.Join(c.lines, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != c.want {
			t.Errorf("headline %q, want %q", a.Headline, c.want)
		}
	}
}
