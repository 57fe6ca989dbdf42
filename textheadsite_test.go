package wirestory

import (
	"strings"
	"testing"
)

// TestCutSiteName checks that a text headline loses the site's name after
// it when the page prints that name alone or in its copyright line, in
// English, German and Spanish; and that it keeps a tail the page does not
// print so, the rest of a sentence in lower case, or a long tail.
func TestCutSiteName(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Example Tires", "Menu", "The Ultimate Car Maintenance Checklist | Example Tires"}, "The Ultimate Car Maintenance Checklist"},
		{[]string{"Critics’ Choice: Best Art Exhibitions of the Year – Artpost", "© Artpost 2025"}, "Critics’ Choice: Best Art Exhibitions of the Year"},
		{[]string{"Beispielblatt", "Stadt baut neue Brücke über den Fluss - Beispielblatt"}, "Stadt baut neue Brücke über den Fluss"},
		{[]string{"La ciudad abre un nuevo puente | El Ejemplo", "Copyright El Ejemplo 2024. Todos los derechos reservados."}, "La ciudad abre un nuevo puente"},
		// Kept: the page does not print the tail alone.
		{[]string{"Best Movers in the City 2025 | Top 19 Companies", "Top 19 Companies of the year"}, "Best Movers in the City 2025 | Top 19 Companies"},
		// Kept: a tail in lower case is the rest of the sentence.
		{[]string{"Neue Handys sollen im Sommer kommen – das", "das"}, "Neue Handys sollen im Sommer kommen – das"},
		// Kept: a head of two words, and a tail of four.
		{[]string{"Bridge Opens | Example Tires", "Example Tires"}, "Bridge Opens | Example Tires"},
		{[]string{"City opens a new bridge | The Example Daily Times", "The Example Daily Times"}, "City opens a new bridge | The Example Daily Times"},
	} {
		var ss []slot
		for _, l := range c.lines {
			ss = append(ss, slot{block: &block{text: l}})
		}
		at := -1
		for i, l := range c.lines {
			if strings.Contains(l, " | ") || strings.Contains(l, " – ") || strings.Contains(l, " - ") {
				at = i
				break
			}
		}
		if got := cutSiteName(ss, at, ss[at].text); got != c.want {
			t.Errorf("%q: %q, want %q", c.lines, got, c.want)
		}
	}
}

// TestSiteNameHeadline checks on a whole text page that the headline is
// given without the site's name the page prints as its logo.
func TestSiteNameHeadline(t *testing.T) {
	page := `Example Tires
Tires
Maintenance
Tire Maintenance Tips for Car Safety | Read Expert Articles
The Ultimate Car Maintenance Checklist | Example Tires
By Jane Roe
May 12, 2024
Keeping a car in good shape takes less time than most drivers think, and a short checklist done once a month catches most problems early.
Start with the tires: check their pressure when they are cold, and look for wear on the inner and outer edges of the tread.
Then check the oil, the coolant and the brake fluid, and top them up when they are below the mark on the reservoir.
`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "The Ultimate Car Maintenance Checklist"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
}
