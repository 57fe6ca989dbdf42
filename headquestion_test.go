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

// TestItemAmongItems checks that an item of a list inside the story keeps
// its place though it holds a word of the picture credits' lexicon, when
// the item next to it in the same list is no credit, and that an item
// opened by a credit's label stays out.
func TestItemAmongItems(t *testing.T) {
	for _, tc := range []struct {
		name, page, item, credit string
	}{
		{"en", `<!doctype html><html lang="en"><head><title>Planning a wedding in a year</title></head><body>
<article><h1>Planning a wedding in a year</h1>
<p>Most couples give themselves about a year to plan a wedding, and the first three months decide how calm the rest of the year will be.</p>
<p>Start with the budget and the guest list, since both decide which venues you can book and which suppliers you can afford.</p>
<ul><li>Set the budget with both families before anything else</li>
<li>Book the venue, the caterer and the photographer for the date</li>
<li>Send the save-the-date cards six months ahead</li>
<li>Photo: Jane Doe</li></ul>
<p>Leave the last month for fittings, the seating plan and the small jobs that always take longer than anyone expects them to.</p>
<p>A planner can take over much of this work, but most couples still choose the suppliers themselves after meeting them in person.</p>
</article></body></html>`, "Book the venue, the caterer and the photographer for the date", "Photo: Jane Doe"},
		{"de", `<!doctype html><html lang="de"><head><title>Eine Hochzeit in einem Jahr planen</title></head><body>
<article><h1>Eine Hochzeit in einem Jahr planen</h1>
<p>Die meisten Paare nehmen sich etwa ein Jahr Zeit für die Planung, und die ersten drei Monate entscheiden, wie ruhig der Rest des Jahres wird.</p>
<p>Am Anfang stehen das Budget und die Gästeliste, denn beide bestimmen, welche Räume und welche Dienstleister in Frage kommen.</p>
<ul><li>Das Budget mit beiden Familien festlegen, bevor man etwas bucht</li>
<li>Karten mit Bildern von Shutterstock oder eigenen Fotos gestalten</li>
<li>Die Einladungen sechs Monate vorher verschicken</li>
<li>Foto: dpa/Anna Berger</li></ul>
<p>Den letzten Monat sollte man für Anproben, die Sitzordnung und die kleinen Aufgaben freihalten, die immer länger dauern als gedacht.</p>
<p>Ein Planer kann viel davon übernehmen, doch die meisten Paare wählen die Dienstleister nach einem Treffen lieber selbst aus.</p>
</article></body></html>`, "Karten mit Bildern von Shutterstock oder eigenen Fotos gestalten", "Foto: dpa/Anna Berger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(a.Paragraphs, tc.item) {
				t.Errorf("the list item %q is dropped: %q", tc.item, a.Paragraphs)
			}
			if strings.Contains(strings.Join(a.Paragraphs, "\n"), tc.credit) {
				t.Errorf("the credit %q is in the body: %q", tc.credit, a.Paragraphs)
			}
		})
	}
}
