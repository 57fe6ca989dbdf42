package wirestory

import (
	"strings"
	"testing"
)

// relatedArticle is one item of a list of related posts, with a paragraph
// longer than the page's own.
func relatedArticle(n int, text string) string {
	return `<article class="box item-` + string(rune('0'+n)) + `"><div><a href="/share">Share</a> <a href="/save">Save</a></div>` +
		`<p>` + text + `</p></article>`
}

// TestHeadlineArticleKeepsOwnStory checks that a page's own short story, in
// the <article> that holds its <h1>, is its body, and that the longer
// paragraphs of the related posts in sibling articles after it are not.
func TestHeadlineArticleKeepsOwnStory(t *testing.T) {
	own := "Patience is the art of waiting for the right moment while still doing what the day asks of you, without letting hurry decide for you."
	related := []string{
		"Hope is a quiet companion that walks beside us through the long evenings, reminding us that every season turns and that the hardest winters end. It asks nothing of us but to keep our eyes open and our hands ready for the work of each new morning, whatever it brings.",
		"Friendship grows slowly, like a tree planted by someone who may never sit in its shade, and it is tended by small acts repeated over years: a call, a visit, a meal shared when the news is bad. Those acts add up to more than any single grand gesture ever could.",
		"Courage is not the absence of fear but the decision that something else matters more, and most days it looks ordinary: a hard conversation held kindly, an apology made first, a promise kept when nobody would have noticed it broken. These are the quiet victories of a life.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>On Patience</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/hope">Hope</a></li></ul></nav>`)
	b.WriteString(`<div id="primary"><article class="entry"><h1>On Patience</h1><div><a href="/share">Share</a> <a href="/save">Save</a></div><p>` + own + `</p>`)
	b.WriteString(`<p><a href="/c/virtues">Virtues</a>, <a href="/c/life">Life</a></p></article>`)
	b.WriteString(`<article class="box"><h3>You may also like</h3>`)
	for i, r := range related {
		b.WriteString(relatedArticle(i, r))
	}
	b.WriteString(`</article></div><footer><p>© 2020 Quiet Words</p></footer></body></html>`)
	a, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 1 || a.Paragraphs[0] != own {
		t.Errorf("Paragraphs = %q, want the page's own paragraph only", a.Paragraphs)
	}
}

// TestHeadlineArticleWithoutProse checks that an <article> holding the
// headline and no paragraph (a header box) does not take the body from the
// story that follows it in another element: every paragraph is kept.
func TestHeadlineArticleWithoutProse(t *testing.T) {
	paras := []string{
		"The city council approved a new budget on Tuesday after a six-hour meeting that ran well past midnight and left several members hoarse.",
		"The budget adds money for road repairs and two new fire stations, the mayor's office said in a statement released early on Wednesday.",
		"Opponents said the plan leaves too little for the public libraries, whose opening hours were cut last year and have not been restored since.",
	}
	page := `<html><body><article class="head"><h1>Council approves budget</h1><p class="byline">By Jane Roe</p></article>` +
		`<div class="story"><p>` + strings.Join(paras, `</p><p>`) + `</p></div>` +
		`<article class="box"><h3>More news</h3><p><a href="/a">Another story about the weather this weekend</a></p></article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(a.Paragraphs, "\n") != strings.Join(paras, "\n") {
		t.Errorf("Paragraphs = %q, want %q", a.Paragraphs, paras)
	}
}

// TestMarkedBodyList checks that a story that is a list (a season's
// schedule) in the element marked as the story's body, under the page's
// headline, is the body: every line of the list is kept, and the longer
// paragraphs of the promo boxes in the sidebar are not taken for it.
func TestMarkedBodyList(t *testing.T) {
	lines := []string{
		"Round 1: 4 March – Riverside",
		"Round 2: 18 March – Lakeview Park",
		"Round 3: 1 April – Hill Circuit",
		"Round 4: 22 April – Northfield",
		"Round 5: 13 May – Harbour Street",
		"Round 6: 3 June – Riverside",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Touring cup schedule</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>`)
	b.WriteString(`<div class="main"><div itemprop="articleBody"><h1>Touring cup schedule</h1><span class="date">Monday, 8 January</span>`)
	b.WriteString(`<h3>The season's rounds</h3><p>` + strings.Join(lines, "<br>") + `</p>`)
	b.WriteString(`<p>Readers' notes that insult other readers or stray from the topic will not be approved by the moderators of this site.</p></div></div>`)
	b.WriteString(`<aside class="sidebar">`)
	for _, promo := range []string{
		"Click on the picture above to read every column our editor has written about the championship, the teams and the drivers this year.",
		"Click on the picture to see the drivers' ranking after the last race of the season and how each of them moved since the first round.",
		"Our weekly podcast is back for a new season with a long talk about everything that happened in motor sport, with good humour as always.",
	} {
		b.WriteString(`<h1>Column</h1><div class="box"><p>` + promo + `</p></div>`)
	}
	b.WriteString(`</aside><footer><p>© 2018 Race Site</p></footer></body></html>`)
	a, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(a.Paragraphs, "\n")
	for _, l := range lines {
		if !strings.Contains(got, l) {
			t.Errorf("line %q lost; Paragraphs = %q", l, a.Paragraphs)
		}
	}
	if strings.Contains(got, "Click on the picture") || strings.Contains(got, "podcast") {
		t.Errorf("sidebar promo in the body: %q", a.Paragraphs)
	}
}
