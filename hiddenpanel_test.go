package wirestory

import (
	"strings"
	"testing"
)

// TestHiddenPanels checks which hidden elements are read as the panels of
// an accordion (flagPanel): those that follow a toggle with aria-expanded,
// or say hidden="until-found", inside the element the shown text makes the
// story's. A hidden element after a plain button (a form's thanks), one
// with shown text between it and its toggle, and panels outside the story
// (a box after it, a sign-up box beside it) stay out, and a panel never makes its
// box the story's.
func TestHiddenPanels(t *testing.T) {
	const (
		lede = `<p>Online degree programs let students keep their jobs while they study, and many schools now teach them with the same faculty as on campus.</p>
<p>Tuition varies widely between public and private schools, so students should compare the total cost of a degree, not only the price of a credit.</p>`
		ledeDE = `<p>Fernstudiengänge erlauben es, neben dem Beruf zu studieren, und viele Hochschulen lehren sie mit denselben Professoren wie auf dem Campus.</p>
<p>Die Gebühren unterscheiden sich stark zwischen staatlichen und privaten Hochschulen, deshalb lohnt der Vergleich der Gesamtkosten.</p>`
		answer   = "Most full-time students finish in about two years, while part-time students take three years or more to earn the degree."
		answer2  = "Many graduates report higher salaries after the degree, though the gain depends on the field, the school and prior experience."
		answerDE = "Die meisten Vollzeitstudierenden schließen nach etwa zwei Jahren ab, berufsbegleitend dauert das Studium drei Jahre oder länger."
		thanks   = "Thanks for signing up, a welcome email with your first issue of the weekly letter is on its way to your inbox now."
		menu     = "Rankings and guides for every degree, from nursing and teaching to business, law and engineering programs online."
	)
	page := func(body string) string {
		return `<html><head><title>Online degrees</title></head><body>` + body + `</body></html>`
	}
	for _, c := range []struct {
		name    string
		page    string
		in, out []string
	}{
		{"panels after toggle buttons that hold a block", page(`<article><h1>Online degrees</h1>` + lede + `
<div class="faq"><div class="q"><button aria-expanded="false"><div><h3>How long does it take?</h3></div></button></div><div class="a hidden"><p>` + answer + `</p></div>
<div class="q"><button aria-expanded="false"><div><h3>Is it worth it?</h3></div></button></div><div class="a hidden"><p>` + answer2 + `</p></div></div></article>`),
			[]string{answer, answer2}, nil},
		{"a panel after a heading's toggle (German)", page(`<article><h1>Fernstudium</h1>` + ledeDE + `
<h3><button aria-expanded="false">Wie lange dauert es?</button></h3><div hidden><p>` + answerDE + `</p></div></article>`),
			[]string{answerDE}, nil},
		{"a panel whose toggle is an element with aria-expanded", page(`<article><h1>Online degrees</h1>` + lede + `
<div class="q" role="button" aria-expanded="false">How long does it take?</div><div style="display: none"><p>` + answer + `</p></div></article>`),
			[]string{answer}, nil},
		{"hidden until found", page(`<article><h1>Online degrees</h1>` + lede + `
<h3>How long does it take?</h3><div hidden="until-found"><p>` + answer + `</p></div></article>`),
			[]string{answer}, nil},
		{"a form's thanks after a plain button", page(`<article><h1>Online degrees</h1>` + lede + `
<form><input name="email"><button type="submit">Sign up</button></form><div class="hidden"><p>` + thanks + `</p></div></article>`),
			nil, []string{thanks}},
		{"shown text between the toggle and the hidden element", page(`<article><h1>Online degrees</h1>` + lede + `
<button aria-expanded="false">More</button><p>Compare programs before you apply.</p><p>Ask each school for its figures.</p><div hidden><p>` + answer + `</p></div></article>`),
			nil, []string{answer}},
		{"a hidden element with no toggle", page(`<article><h1>Online degrees</h1>` + lede + `<div hidden><p>` + answer + `</p></div></article>`),
			nil, []string{answer}},
		{"a panel after the story's box", page(`<article><h1>Online degrees</h1>` + lede + `</article>
<div class="more"><button aria-expanded="false">More guides</button><div class="hidden"><p>` + menu + `</p></div></div>`),
			nil, []string{menu}},
		{"a panel after the story's marked body", page(`<article><h1>Online degrees</h1><div class="article-body">` + lede + `</div>
<div><button aria-expanded="false">Read more</button><div class="hidden"><p>` + answer + `</p><p>` + answer2 + `</p></div></div></article>`),
			nil, []string{answer, answer2}},
		{"panels that would outweigh the story beside it", page(`<article><h1>Online degrees</h1>` + lede + `</article>
<aside><button aria-expanded="false">Sign up</button><div hidden><p>` + thanks + `</p><p>` + menu + `</p><p>` + answer2 + `</p><p>` + answer + `</p></div></aside>`),
			nil, []string{thanks, menu, answer}},
	} {
		a, err := Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(a.Paragraphs, "\n")
		if !strings.Contains(got, "Tuition varies") && !strings.Contains(got, "Die Gebühren") {
			t.Errorf("%s: lost the story: %q", c.name, a.Paragraphs)
		}
		for _, s := range c.in {
			if !strings.Contains(got, s) {
				t.Errorf("%s: %q not read: %q", c.name, s, a.Paragraphs)
			}
		}
		for _, s := range c.out {
			if strings.Contains(got, s) {
				t.Errorf("%s: %q read: %q", c.name, s, a.Paragraphs)
			}
		}
	}
}
