package wirestory

import (
	"strings"
	"testing"
)

// A browser's text dump that opens with a tracking pixel's tag printed as
// text is read as text, its lines as lines; a page that opens with a tag
// and holds a page's tags, or whose lines hold tags, stays HTML.
func TestLooksHTMLStrayTag(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") }
	nav := []string{"Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen", "Meinung", "Video", "Podcasts", "Newsletter"}
	cases := []struct {
		name string
		doc  string
		html bool
	}{
		{"pixel over an English dump", lines(append([]string{`<img height="1" width="1" style="display:none" src="https://px.example/p?c=1">`},
			"Home", "World", "Politics", "Business", "Opinion", "Sports", "Travel", "Video", "Podcasts", "Weather",
			"Storm closes the harbour", "By Ann Lee", "The harbour closed on Monday as the storm reached the coast.")...), false},
		{"two pixels over a German dump", lines(append([]string{`<img src="https://px.example/a">`, `<img src="https://px.example/b">`},
			append(nav, "Der Hafen bleibt wegen des Sturms geschlossen, teilte die Behörde am Montag mit.")...)...), false},
		{"page with common tags", lines(`<img src="https://px.example/a">`, `<div class="nav">`, `<p>Der Hafen bleibt geschlossen.</p>`,
			"Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen", "Meinung", "Video", "Podcasts", "Newsletter"), true},
		{"fragment with a tag on every line", lines(`<h1>Storm closes the harbour</h1>`, `<h2>Ships wait offshore</h2>`, `<em>The harbour closed.</em>`,
			`<strong>Monday</strong>`), true},
		{"three tagged lines over text", lines(append([]string{`<img src="a">`, `<img src="b">`, `<img src="c">`}, nav...)...), true},
		{"tag over too few lines", lines(`<img src="https://px.example/a">`, "Home", "World", "The harbour closed on Monday."), true},
		{"doctype", "<!DOCTYPE html>\n<title>x</title>\n" + strings.Repeat("line\n", 20), true},
	}
	for _, c := range cases {
		if got := looksHTML([]byte(c.doc)); got != c.html {
			t.Errorf("%s: looksHTML = %v, want %v", c.name, got, c.html)
		}
	}
}

// Read as text, the dump's story comes out and the stray tag does not.
func TestStrayTagDumpReadsStory(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<img height="1" width="1" style="display:none" src="https://px.example/p?c=1">` + "\n")
	for _, l := range []string{"Home", "World", "Politics", "Business", "Opinion", "Sports", "Travel", "Video", "Podcasts", "Weather"} {
		b.WriteString(l + "\n")
	}
	b.WriteString("\nStorm closes the harbour for a second day\n\n")
	paras := []string{
		"The harbour closed for a second day on Tuesday as the storm pushed high water against the sea wall and kept the ferries in port.",
		"Harbour officials said the ships waiting offshore would be let in one at a time once the wind dropped below gale force.",
		"Fishermen who had tied up early said they expected to lose most of the week's catch, the busiest of the autumn season.",
		"The weather service said the storm would move north overnight and that the coast should be clear by Thursday morning.",
	}
	for _, p := range paras {
		b.WriteString(p + "\n\n")
	}
	a, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(a.Paragraphs, "\n")
	for _, p := range paras {
		if !strings.Contains(got, p) {
			t.Errorf("body lacks %q:\n%s", p, got)
		}
	}
	if strings.Contains(got, "<img") || strings.Contains(got, "Podcasts") {
		t.Errorf("body holds the tag or the menu:\n%s", got)
	}
}
