package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestAskingHeading checks that a heading inside a story that asks a
// question keeps its place as a subhead though it holds a word of the
// picture credits' lexicon, while a credit line under a picture, and a
// heading that asks nothing, stay out of the body.
func TestAskingHeading(t *testing.T) {
	for _, tc := range []struct {
		name, page, question, credit string
	}{
		{"en", `<!doctype html><html lang="en"><head><title>How cameras changed weddings</title></head><body>
<article><h1>How cameras changed weddings</h1>
<p>Wedding pictures used to mean one hired professional with a heavy camera and a few rolls of film, and a long wait for the prints.</p>
<p>Today every guest carries a phone that shoots better pictures than the cameras of twenty years ago, and couples share them within minutes.</p>
<figure><img src="a.jpg"><p>Photo courtesy of Jane Doe</p></figure>
<h2>Do couples still hire a photographer?</h2>
<p>Most still do, because a professional knows where to stand, how to light a dark hall and how to keep a family of forty in one frame.</p>
<p>But many now book one for fewer hours and leave the dancing to the guests and their phones, which saves them several hundred pounds.</p>
</article></body></html>`, "Do couples still hire a photographer?", "Photo courtesy of Jane Doe"},
		{"de", `<!doctype html><html lang="de"><head><title>Wie Kameras Hochzeiten verändert haben</title></head><body>
<article><h1>Wie Kameras Hochzeiten verändert haben</h1>
<p>Hochzeitsbilder bedeuteten früher einen bezahlten Fachmann mit schwerer Kamera, ein paar Filmrollen und langes Warten auf die Abzüge.</p>
<p>Heute trägt jeder Gast ein Telefon, das bessere Bilder macht als die Kameras vor zwanzig Jahren, und Paare teilen sie nach wenigen Minuten.</p>
<figure><img src="a.jpg"><p>Foto: Shutterstock</p></figure>
<h2>Reichen Bilder von Shutterstock für die Einladung?</h2>
<p>Für die Karten greifen viele Paare zu gekauften Motiven, weil eigene Bilder vor der Hochzeit noch fehlen und Zeichnungen teuer sind.</p>
<p>Doch immer mehr Paare lassen vorher eigene Aufnahmen machen, die später auch auf der Dankeskarte wieder auftauchen und Geld sparen.</p>
</article></body></html>`, "Reichen Bilder von Shutterstock für die Einladung?", "Foto: Shutterstock"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(a.Paragraphs, tc.question) {
				t.Errorf("the question heading %q is dropped: %q", tc.question, a.Paragraphs)
			}
			if strings.Contains(strings.Join(a.Paragraphs, "\n"), tc.credit) {
				t.Errorf("the credit %q is in the body: %q", tc.credit, a.Paragraphs)
			}
		})
	}
	for text, want := range map[string]bool{
		"Do couples still hire a photographer?": true,
		"Photographer: Jane Doe":                false,
	} {
		s := slot{block: &block{text: text, kind: kindHeading}}
		if got := askingHeading(&s); got != want {
			t.Errorf("askingHeading(%q) = %v, want %v", text, got, want)
		}
	}
	if s := (slot{block: &block{text: "Do couples still hire a photographer?", kind: kindLine}}); askingHeading(&s) {
		t.Errorf("askingHeading reads a line of a text page as a heading")
	}
}
