package wirestory

import (
	"strings"
	"testing"
)

// TestTrailStepBelow checks that the last step of a short breadcrumb
// trail, printed alone right below it, is the headline, in English,
// German and Spanish, whatever the trail's mark; and that a headline
// holding a slash or a mark stays when no line below prints its tail
// alone, or when the tail is a date.
func TestTrailStepBelow(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  int
	}{
		{[]string{"Home /Cheap Fixes Are the Best!", "EditorialNovember 22, 2018", "Cheap Fixes Are the Best!"}, 2},
		{[]string{"Home » 34 Top Photography Trends in 2025", "34 Top Photography Trends in 2025"}, 1},
		{[]string{"Startseite › Stadt baut neue Brücke über den Fluss", "Stadt baut neue Brücke über den Fluss"}, 1},
		{[]string{"Inicio > La ciudad abre un nuevo puente", "Por Juana Ejemplo", "La ciudad abre un nuevo puente"}, 2},
		// No copy of the tail below: the line stays.
		{[]string{"21+ Best Movers / Moving Companies in San Francisco (2024)", "By Jane Roe"}, -1},
		{[]string{"Home » 34 Top Photography Trends in 2025", "Share", "Save", "34 Top Photography Trends in 2025"}, -1},
		// A tail of two words is a date or a section, not the headline.
		{[]string{"Porting a parser and its test suite / Dec 2025", "Dec 2025"}, -1},
		{[]string{"Harbor ferry returns after two-year pause", "Harbor ferry returns after two-year pause"}, -1},
	} {
		var ss []slot
		for _, l := range c.lines {
			ss = append(ss, slot{block: &block{text: l}})
		}
		if got := trailStepBelow(ss, 0); got != c.want {
			t.Errorf("%q: %d, want %d", c.lines, got, c.want)
		}
	}
}

// TestTrailStepHeadline checks on whole pages, in English and Spanish,
// that a headline the scorer takes with its trail's first step ("Home
// /Title") is given without it, when the page prints the title alone
// under it.
func TestTrailStepHeadline(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{`Home
About Us
Contact Us
Home /Cheap Fixes Are the Best!
EditorialNovember 22, 2018
Cheap Fixes Are the Best!
Any car owner would agree that nothing hurts more than a big repair bill, and most of the time a small fix done early saves the large one later.
Of course, if you can afford it, by all means take the car to the dealer; but the first thing to know about cheap fixes is how to find them.
A loose hose clamp, a worn wiper blade or a dirty air filter costs little to fix at home and keeps the engine running well for years.
`, "Cheap Fixes Are the Best!"},
		{`Inicio
Sobre nosotros
Contacto
Inicio /¡Las reparaciones baratas son las mejores!
Editorial22 de noviembre de 2018
¡Las reparaciones baratas son las mejores!
Todo dueño de un coche sabe que nada duele más que una gran factura del taller, y casi siempre un arreglo pequeño a tiempo evita el grande después.
Quien pueda permitírselo llevará el coche al taller, claro; pero lo primero es saber cómo encontrar los arreglos baratos que uno mismo puede hacer.
Una abrazadera suelta, una escobilla gastada o un filtro de aire sucio cuestan poco de arreglar en casa y mantienen el motor sano durante años.
`, "¡Las reparaciones baratas son las mejores!"},
	} {
		a, err := Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != c.want {
			t.Errorf("headline %q, want %q", a.Headline, c.want)
		}
		for _, p := range a.Paragraphs {
			if p == c.want {
				t.Errorf("the headline is read as a paragraph too")
			}
		}
		if len(a.Paragraphs) < 3 {
			t.Errorf("%d paragraphs, want the story's 3", len(a.Paragraphs))
		}
	}
}
