package wirestory

import (
	"strings"
	"testing"
)

// metaPage is a notice written for these tests: its JSON-LD description
// holds the whole story, whose last two paragraphs the page sets in a box
// of their own below the body, over a list of other stories.
const metaPage = `<!doctype html><html lang="en"><head><title>Library extends its opening hours - Example Weekly</title>
<meta name="description" content="The town library will open until nine on weekdays.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Library extends its opening hours","description":"COPY"}</script>
</head><body><nav><a href="/">Home</a> <a href="/town">Town</a> <a href="/sport">Sport</a></nav>
<article><h1>Library extends its opening hours</h1><div class="date">May 2, 2024</div>
<div class="body"><div><div>
<p>` + metaP1 + `</p>
<p>` + metaP2 + `</p>
<p>` + metaP3 + `</p>
<p>` + metaP4 + `</p>
</div></div>
<div><div>
<p>` + metaP5 + `</p>
<p>` + metaP6 + `</p>
</div></div></div></article>
<div class="more"><p>MORE NEWS</p>
<p><a href="/a">Council approves the new budget for the harbour works</a></p><p>The council voted on Monday to fund the repairs of the old harbour wall over three years…</p>
<p><a href="/b">School choir wins the regional contest for the second time</a></p><p>Forty pupils travelled to the city for the final, where the judges praised their…</p>
<p><a href="/c">Market square to get new lights before the summer fair</a></p><p>Work on the lamps starts next week and will close part of the square to cars for…</p>
</div><footer><p>Copyright 2024 Example Weekly.</p></footer></body></html>`

const (
	metaP1 = "The town library will stay open until nine in the evening on weekdays from the first of June, the council said on Thursday."
	metaP2 = "Longer hours were the wish most often named in a survey of readers last winter, and the council found the money in this year's budget."
	metaP3 = "Two more librarians will be hired, and volunteers from the reading club have offered to help at the desk on busy evenings."
	metaP4 = "“Many of our readers work until six and could never come in the week,” the head librarian said. “Now they can.”"
	metaP5 = "Readers who want a card can sign up at the desk or on the library's website, where the new hours are also listed."
	metaP6 = "Further information may be had from the library's office, which answers calls every morning from nine to twelve."
)

// TestExtendByMetadata checks that the story's last paragraphs, set in a
// box below the body, are the story's when the page's JSON-LD copy of the
// story holds them and the body's last paragraph; and what it keeps out:
// paragraphs a summary does not hold, and the list of other stories below.
func TestExtendByMetadata(t *testing.T) {
	full := strings.Join([]string{metaP1, metaP2, metaP3, metaP4, metaP5, metaP6}, " ")
	for _, c := range []struct {
		name, copy string
		want       bool // whether the boxed paragraphs are the story's
	}{
		{"full copy", full, true},
		{"summary", metaP1, false},
		{"copy without the body's end", metaP5 + " " + metaP6, false},
	} {
		page := strings.ReplaceAll(metaPage, "COPY", c.copy)
		a, err := Parse(strings.NewReader(page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		body := strings.Join(a.Paragraphs, "\n")
		if !strings.Contains(body, metaP4) {
			t.Fatalf("%s: the body lost its own paragraphs: %q", c.name, a.Paragraphs)
		}
		if got := strings.Contains(body, metaP5) && strings.Contains(body, metaP6); got != c.want {
			t.Errorf("%s: boxed paragraphs taken %v, want %v: %q", c.name, got, c.want, a.Paragraphs)
		}
		if strings.Contains(body, "harbour") || strings.Contains(body, "MORE NEWS") {
			t.Errorf("%s: the list of other stories joined the body: %q", c.name, a.Paragraphs)
		}
	}
}
