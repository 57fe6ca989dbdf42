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

func TestCutEdgeDate(t *testing.T) {
	cases := []struct{ in, want string }{
		// A blog's date before or after the headline, cut.
		{"Dec 18 2025 Preparing a release of the toolkit", "Preparing a release of the toolkit"},
		{"Porting a parser to a new language / Dec 2025", "Porting a parser to a new language"},
		{"Ein Parser zieht um | 18. Dezember 2025", "Ein Parser zieht um"},
		{"12 mars 2024 Un nouveau départ pour la ville", "Un nouveau départ pour la ville"},
		// What it keeps: a headline that only speaks of a month, a
		// number or a year, a line of dates, a short head.
		{"May the best team win in 2025", "May the best team win in 2025"},
		{"Top 10 films of 2025", "Top 10 films of 2025"},
		{"Nov. 18, 2019 7:04 pm ET", "Nov. 18, 2019 7:04 pm ET"},
		{"Results / March 2024", "Results / March 2024"},
		{"Die Bilanz des Jahres - Dezember 2025 im Rückblick", "Die Bilanz des Jahres - Dezember 2025 im Rückblick"},
		{"Bilanz - 2025", "Bilanz - 2025"},
		// A headline that opens with a date and goes on as one sentence.
		{"March 2020 changed everything for us", "March 2020 changed everything for us"},
		{"Mars 2020 a tout changé pour nous", "Mars 2020 a tout changé pour nous"},
	}
	for _, c := range cases {
		if got := cutEdgeDate(c.in); got != c.want {
			t.Errorf("cutEdgeDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextEdgeDateHeadline(t *testing.T) {
	dump := strings.Join([]string{
		"Home", "Blog", "About", "",
		"Dec 18 2025 Preparing a transition of the build farm",
		"By Jane Roe", "",
		"The build farm moves to new machines next month, and the old ones will be switched off once every job runs on the new ones.", "",
		"Each worker keeps its queue while it moves, so no job is lost and no maintainer has to send a job twice during the move.", "",
		"The move should take about two weeks, and the status page will say which workers have moved and which are still waiting.",
	}, "\n")
	a, err := Parse(strings.NewReader(dump))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Preparing a transition of the build farm"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
}

func TestCutGluedByline(t *testing.T) {
	cases := []struct{ in, want string }{
		{"10 Best Meal Delivery Services (2026) written by Our Editors", "10 Best Meal Delivery Services (2026)"},
		{"Die besten Wanderwege im Harz geschrieben von Jana Beispiel", "Die besten Wanderwege im Harz"},
		{"Las mejores rutas de montaña escrito por Ana Pérez y Luis Gómez", "Las mejores rutas de montaña"},
		// What it keeps: words that go on in lower case, a long tail,
		// a short head.
		{"A song written by children in the camp", "A song written by children in the camp"},
		{"The Letter Written By The Queen To The Prime Minister Of The Day", "The Letter Written By The Queen To The Prime Minister Of The Day"},
		{"Poems written by Jane Roe", "Poems written by Jane Roe"},
	}
	for _, c := range cases {
		if got := cutGluedByline(c.in); got != c.want {
			t.Errorf("cutGluedByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextGluedBylineHeadline(t *testing.T) {
	dump := strings.Join([]string{
		"Home", "Guides", "About", "",
		"The Best Trail Shoes for Wet Weather written by Our Editors", "",
		"Wet trails ask more of a shoe than dry ones, and the grip of its sole matters more than its weight or its looks on the way.", "",
		"We walked every pair for two weeks in rain and mud, and kept only the shoes that held on rock, roots and wet grass alike.", "",
		"Each pick below says what it does well, what it does badly, and which walker it suits best on the trails we tried it on.",
	}, "\n")
	a, err := Parse(strings.NewReader(dump))
	if err != nil {
		t.Fatal(err)
	}
	if want := "The Best Trail Shoes for Wet Weather"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
}
