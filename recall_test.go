package wirestory

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// settingsPage is a news page written for these tests: the element that
// holds the story states its settings in its class ("comments-enabled",
// "no-ads"), the page's body too ("has-sidebar"), and a real comments
// section and a sidebar follow the story.
const settingsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike ends after nine days | Coastline Daily</title></head>
<body class="single has-sidebar">
<header class="site-header"><a href="/">Coastline Daily</a><nav><a href="/news">News</a> <a href="/business">Business</a></nav></header>
<div id="story" class="page-wrap comments-enabled no-ads">
<h1>Port strike ends after nine days</h1>
<p class="byline">By Lena Marsh</p>
<div class="text">
<p>Dock workers at the city's container port returned to work on Wednesday after their union accepted a pay offer that ended a nine-day strike.</p>
<p>The deal raises wages by six percent this year and four percent next year, and adds a bonus for night shifts, the union said.</p>
<p>Shipping lines had diverted more than forty vessels to other ports during the strike, and some shops reported shortages of imported fruit.</p>
<p>The port authority said it expected to clear the backlog of containers within two weeks.</p>
<p>Union members will vote on the agreement next month, but their leaders said they expected it to pass easily.</p>
</div>
<section class="comments"><h3>2 comments</h3>
<div class="comment"><p class="comment-author">harbourfan</p><p>About time, the queues of lorries on the ring road were getting ridiculous every single morning.</p></div>
<div class="comment"><p class="comment-author">M. Ortiz</p><p>Six percent sounds fair to me given what prices have done over the last couple of years.</p></div>
</section>
</div>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Council approves new bridge</a></li><li><a href="/b">Storm closes coastal road</a></li></ul></aside>
<footer class="site-footer"><p>© 2025 Coastline Daily</p></footer>
</body></html>`

// TestSettingClassKeepsStory checks that a class word stating a setting of
// the story's element ("comments-enabled") does not make the story chrome,
// and that the comments section and the sidebar that follow stay out.
func TestSettingClassKeepsStory(t *testing.T) {
	a, err := Parse(strings.NewReader(settingsPage))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Dock workers at the city's container port returned to work on Wednesday after their union accepted a pay offer that ended a nine-day strike.",
		"The deal raises wages by six percent this year and four percent next year, and adds a bonus for night shifts, the union said.",
		"Shipping lines had diverted more than forty vessels to other ports during the strike, and some shops reported shortages of imported fruit.",
		"The port authority said it expected to clear the backlog of containers within two weeks.",
		"Union members will vote on the agreement next month, but their leaders said they expected it to pass easily.",
	}
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(a.Paragraphs, "\n"), strings.Join(want, "\n"))
	}
}

// TestSettingClassWords checks which class words mark chrome: a box named
// for comments or a sidebar does, a setting of an element does not.
func TestSettingClassWords(t *testing.T) {
	for _, c := range []struct {
		word          string
		boiler, comms bool
	}{
		{"comments", true, true},
		{"comment-list", true, true},
		{"article-comments", true, true},
		{"sidebar", true, false},
		{"share-bar", true, false},
		{"comments-enabled", false, false},
		{"has-sidebar", false, false},
		{"no-ads", false, false},
		{"comments-closed", false, false},
		{"hasSidebar", false, false},
		{"noComments", false, false},
		{"sidebarLeft", true, false},
		{"hashtagBar", false, false},
		{"shareBar", true, false},
	} {
		cw := tokenWords(c.word)
		if got := cw.flags&flagBoiler != 0; got != c.boiler {
			t.Errorf("%q: chrome %v, want %v", c.word, got, c.boiler)
		}
		if got := cw.flags&flagComments != 0; got != c.comms {
			t.Errorf("%q: comments %v, want %v", c.word, got, c.comms)
		}
	}
}

// TestStoryInSettingBox checks a page of the fundus corpus whose story
// stands in an element with a "comments-enabled" class: its body is read.
func TestStoryInSettingBox(t *testing.T) {
	const path = "../shared/eval/fundus/pages/za-TimesLive_2025_05_22.html.gz"
	a := parseSharedPage(t, path)
	if len(a.Paragraphs) < 15 {
		t.Errorf("%d paragraphs, want the story's 19 or so", len(a.Paragraphs))
	}
}

// TestExtendToSiblings checks when the body of an HTML page is widened to
// paragraphs that a box cut off from it: across a box of chrome to
// paragraphs of the body's element signature, not across a lone share
// link, not to paragraphs of another signature, and not past another
// paragraph.
func TestExtendToSiblings(t *testing.T) {
	const body, other = 7, 9
	para := func(sig uint32) slot {
		b := &block{text: "The operator said the first trains would run at reduced speed for two weeks.", kind: kindPara, sig: sig}
		b.measure()
		return slot{block: b}
	}
	chrome := func() slot {
		b := &block{text: "Most read", kind: kindPara, sig: 3}
		b.measure()
		return slot{block: b, role: roleChrome, byMarkup: true}
	}
	for _, c := range []struct {
		name  string
		after []slot
		want  int // the body's last block; the body is blocks 0-2
	}{
		{"across a box", []slot{chrome(), chrome(), chrome(), para(body), chrome(), chrome(), chrome(), para(body)}, 10},
		{"across a share link", []slot{chrome(), para(body)}, 2},
		{"another signature", []slot{chrome(), chrome(), chrome(), para(other)}, 2},
		{"past another paragraph", []slot{chrome(), chrome(), chrome(), para(other), chrome(), chrome(), chrome(), para(body)}, 2},
	} {
		ss := append([]slot{para(body), para(body), para(body)}, c.after...)
		p := make([]float32, len(ss))
		for i := range p {
			p[i] = 0.3
		}
		if got := extendToSiblings(ss, p, 0.5, 0, 2, -1); got != c.want {
			t.Errorf("%s: end %d, want %d", c.name, got, c.want)
		}
	}
}

// TestStorySplitByBoxes checks a page of the fundus corpus whose story
// goes on in a second box after two boxes of headlines: its last two
// paragraphs are read.
func TestStorySplitByBoxes(t *testing.T) {
	const path = "../shared/eval/fundus/pages/de-TOnline_2026_04_15.html.gz"
	a := parseSharedPage(t, path)
	if n := len(a.Paragraphs); n < 2 || !strings.HasPrefix(a.Paragraphs[n-1], "Der US-Präsident hat versucht") ||
		!strings.HasPrefix(a.Paragraphs[n-2], "Gegen das Selbstbildnis") {
		t.Errorf("last paragraphs %q, want the two after the boxes", a.Paragraphs[max(0, n-2):])
	}
}

// tablePage is a page written for these tests: a story with a table of
// pros and cons set in a <figure>, as blog software writes tables, and a
// photo with its caption in another.
const tablePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Choosing a method | Dev Notes</title></head>
<body><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>
<article><h1>How to choose a software development method</h1>
<div class="entry-content">
<p>Teams pick a development method for how it handles change, how often it delivers and how much planning it needs up front.</p>
<figure class="photo"><img src="/board.jpg" alt=""><figcaption>A task board in a team room. Photo: Dev Notes</figcaption></figure>
<p>Here is how the iterative method compares in terms of pros and cons, from our experience with a dozen teams.</p>
<figure class="wp-block-table"><table><tbody>
<tr><td>Pros</td><td>Cons</td></tr>
<tr><td>High adaptability to changing requirements</td><td>May lead to scope creep without clear boundaries</td></tr>
<tr><td>Frequent releases ensure continuous feedback</td><td>Requires the customer to take part throughout</td></tr>
</tbody></table></figure>
<p>A linear method suits projects whose requirements are fixed before the work starts, such as a migration with a hard deadline.</p>
</div></article>
<footer><p>© 2025 Dev Notes</p></footer></body></html>`

// TestTableInFigure checks that the rows of a table set in a <figure> are
// read as the story's, while a photo's caption in a <figure> stays out of
// the body.
func TestTableInFigure(t *testing.T) {
	a, err := Parse(strings.NewReader(tablePage))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs, "\n")
	for _, row := range []string{"High adaptability to changing requirements", "Frequent releases ensure continuous feedback"} {
		if !strings.Contains(body, row) {
			t.Errorf("table row %q missing from the body:\n%s", row, body)
		}
	}
	if strings.Contains(body, "A task board in a team room") {
		t.Errorf("a photo's caption in the body:\n%s", body)
	}
	if !strings.HasPrefix(body, "Teams pick a development method") || !strings.HasSuffix(body, "a migration with a hard deadline.") {
		t.Errorf("body does not run from the first paragraph to the last:\n%s", body)
	}
}

// TestLiftBoxedProse checks which blocks of a box the markup put in chrome
// are given back to the story: its paragraphs the scorer takes for the
// story's, three or more, with the subheads and list items between them
// (whatever their scores), but not a heading after its last paragraph, nor
// a box of two paragraphs, nor across a paragraph the scorer rejects.
func TestLiftBoxedProse(t *testing.T) {
	type blk struct {
		text string
		kind blockKind
		p    float32
	}
	para := func(p float32) blk {
		return blk{"The growers take turns watching the thermometers on the coldest nights of the year.", kindPara, p}
	}
	head := blk{"A cold start", kindHeading, 0.3}
	item := blk{"Leave grass between the rows", kindItem, 0.2}
	for _, c := range []struct {
		name   string
		blocks []blk
		want   string // l: lifted, c: still chrome
	}{
		{"paragraphs, subheads and a list", []blk{para(0.7), head, para(0.8), item, item, para(0.7), head}, "llllllc"},
		{"two paragraphs", []blk{para(0.7), head, para(0.8), head}, "cccc"},
		{"a rejected paragraph between", []blk{para(0.7), head, para(0.8), para(0.2), para(0.7), head, para(0.9)}, "ccccccc"},
		{"no subheads", []blk{para(0.7), para(0.8), para(0.7)}, "lll"},
	} {
		ss := make([]slot, len(c.blocks))
		p := make([]float32, len(c.blocks))
		for i, x := range c.blocks {
			b := &block{text: x.text, kind: x.kind, boiler: true}
			b.measure()
			ss[i] = slot{block: b, role: roleChrome, byMarkup: true}
			p[i] = x.p
		}
		liftBoxedProse(ss, p, 0.5, false)
		got := ""
		for i := range ss {
			if ss[i].role == roleUnknown {
				got += "l"
			} else {
				got += "c"
			}
		}
		if got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

// chromeBoxPage builds a page for TestChromeMarksOnStory: before and boxes
// are the HTML before and in the boxes, whose class is class.
func chromeBoxPage(before string, class string, boxes ...string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Orchards</title></head><body>
<header class="site-header"><a href="/">Hillside Weekly</a></header>
<main><article><h1>How the valley kept its orchards</h1>
`)
	b.WriteString(before)
	for _, box := range boxes {
		b.WriteString(`<div class="` + class + `">` + box + "</div>\n")
		b.WriteString(`<p><a href="/newsletter">Get our newsletter</a></p>` + "\n")
	}
	b.WriteString(`</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Council approves new bridge</a></li></ul></aside>
</body></html>`)
	return b.String()
}

// TestChromeMarksOnStory checks when the chrome mark of a box (its class
// names chrome) is lifted because the box holds the story: a box that holds
// half the page's prose, or sibling boxes of the same class that do
// together, whether the story found outside chrome is short or holds the
// box; and never a consent box, however long.
func TestChromeMarksOnStory(t *testing.T) {
	para := func(n int) string {
		s := ""
		for i := range n {
			s += fmt.Sprintf("<p>Paragraph %d: the growers take turns watching the thermometers on the coldest nights, and the wind machines run until dawn.</p>\n", i+1)
		}
		return s
	}
	lede := "<p>When the frost came early three winters ago, most of the valley's growers expected to lose a third of their trees.</p>\n"
	for _, c := range []struct {
		name   string
		page   string
		lifted bool
	}{
		{"one box, short story outside", chromeBoxPage(lede, "share-box", para(8)), true},
		{"sibling boxes, short story outside", chromeBoxPage(lede, "story-nav-section", para(4), para(4)), true},
		{"box inside the story found", chromeBoxPage(lede+lede+lede+lede+lede, "sidebar-container", para(8)), true},
		{"long story outside, larger box", chromeBoxPage(lede+lede+lede+lede+lede, "page-footer", para(24)), true},
		{"consent box", chromeBoxPage(lede, "consent-dialog", para(8)), false},
		{"small sibling boxes", chromeBoxPage(lede+lede+lede+lede+lede+lede+lede+lede, "share-box", para(1), para(1)), false},
	} {
		pg := parseHTMLPage([]byte(c.page), "")
		n := 0
		for i := range pg.blocks {
			b := &pg.blocks[i]
			if strings.HasPrefix(b.text, "Paragraph ") {
				n++
				if b.boiler == c.lifted {
					t.Errorf("%s: %q chrome %v, want %v", c.name, b.text[:12], b.boiler, !c.lifted)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no boxed paragraphs read", c.name)
		}
	}
}

// TestKeepLinkedSubheads checks which headings that are links, inside the
// story's body, are given back to it: a short one the scorer takes for the
// story's; not a long one (another story's headline), one the scorer
// rejects, one in chrome, a paragraph, or one outside the body.
func TestKeepLinkedSubheads(t *testing.T) {
	mk := func(text string, kind blockKind, p float32, inMain, boiler bool) (slot, float32) {
		b := &block{text: text, kind: kind, linkLen: len(text), inMain: inMain, boiler: boiler}
		b.measure()
		return slot{block: b, role: roleTeaser}, p
	}
	for _, c := range []struct {
		name   string
		text   string
		kind   blockKind
		p      float32
		inMain bool
		boiler bool
		at     int // index in the page; the body is 1..3
		kept   bool
		next   string // the paragraph under it, when not the default
	}{
		{"a question over its answer", "How do I get a refund for a cancelled flight?", kindHeading, 0.7, true, false, 1, true,
			"Airlines must refund a cancelled flight within seven days, the regulator said, whatever the reason for it."},
		{"a question over a paragraph on something else", "How do I get a refund for a cancelled flight?", kindHeading, 0.7, true, false, 1, false, ""},
		{"a question over a teaser", "How do I get a refund for a cancelled flight?", kindHeading, 0.7, true, false, 1, false, "teaser"},
		{"short linked heading", "Klein Tools MM400", kindHeading, 0.7, true, false, 2, true, ""},
		{"another story's headline", "Council approves the new bridge over the river after a long debate", kindHeading, 0.7, true, false, 2, false, ""},
		{"rejected by the scorer", "Klein Tools MM400", kindHeading, 0.3, true, false, 2, false, ""},
		{"outside the story's element", "Klein Tools MM400", kindHeading, 0.7, false, false, 2, false, ""},
		{"in chrome", "Klein Tools MM400", kindHeading, 0.7, true, true, 2, false, ""},
		{"a paragraph", "Klein Tools MM400", kindPara, 0.7, true, false, 2, false, ""},
		{"outside the body", "Klein Tools MM400", kindHeading, 0.7, true, false, 4, false, ""},
	} {
		ss := make([]slot, 5)
		p := make([]float32, 5)
		for i := range ss {
			b := &block{text: "The cooperative's chairwoman said yields had recovered to where they were a decade ago.", kind: kindPara, inMain: true}
			b.measure()
			ss[i], p[i] = slot{block: b}, 0.8
		}
		ss[c.at], p[c.at] = mk(c.text, c.kind, c.p, c.inMain, c.boiler)
		switch c.next {
		case "":
		case "teaser":
			ss[c.at+1].role = roleTeaser
		default:
			b := &block{text: c.next, kind: kindPara, inMain: true}
			b.measure()
			ss[c.at+1].block = b
		}
		keepLinkedSubheads(ss, p, 0.5, 1, 3)
		if got := ss[c.at].role == roleUnknown; got != c.kept {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.kept)
		}
	}
}

// TestQuoteInFigure checks that a quotation set in a figure is read as a
// quote, and the figure's caption (its attribution) as a caption.
func TestQuoteInFigure(t *testing.T) {
	const page = `<html><body><article><h1>Growers meet</h1>
<p>The growers met on Tuesday to talk about the frost and what it cost them.</p>
<figure><blockquote><p>Automation is not the enemy of the grower; the weather is, and it always has been.</p></blockquote>
<figcaption>Ana Ruiz, chairwoman</figcaption></figure>
<p>They agreed to buy two more wind machines before the winter.</p></article></body></html>`
	pg := parseHTMLPage([]byte(page), "")
	kinds := map[string]blockKind{}
	for _, b := range pg.blocks {
		kinds[b.text] = b.kind
	}
	if k := kinds["Automation is not the enemy of the grower; the weather is, and it always has been."]; k != kindQuote {
		t.Errorf("quote read as kind %d, want a quote (%d)", k, kindQuote)
	}
	if k := kinds["Ana Ruiz, chairwoman"]; k != kindCaption {
		t.Errorf("figcaption read as kind %d, want a caption (%d)", k, kindCaption)
	}
}

// TestMarkPullQuotes checks that a quote of the body that repeats words of
// its paragraphs (a pull quote) is dropped, and that a quote that does not
// is kept.
func TestMarkPullQuotes(t *testing.T) {
	texts := []string{
		"The chairwoman said: “Automation is not the enemy of the grower; the weather is,” and left the hall.",
		"“Automation is not the enemy of the grower; the weather is”",
		"The growers agreed to buy two more wind machines before the winter.",
		"We will plant on the slopes from now on, whatever the bank says about it.",
	}
	kinds := []blockKind{kindPara, kindQuote, kindPara, kindQuote}
	ss := make([]slot, len(texts))
	for i, s := range texts {
		b := &block{text: s, kind: kinds[i]}
		b.measure()
		ss[i] = slot{block: b}
	}
	var a Article
	readBody(ss, 0, len(ss)-1, &a)
	want := []string{texts[0], texts[2], texts[3]}
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(a.Paragraphs, "\n"), strings.Join(want, "\n"))
	}
}

// TestDateTableIsNoDeckLine checks that a table of dated figures inside a
// story (a date and a figure on each row) does not make the paragraphs
// above it a deck: the story opens with its first paragraph, not after
// the table; and that a deck a date line sets apart is still skipped.
func TestDateTableIsNoDeckLine(t *testing.T) {
	lead := []string{
		"Rents in the region rose again last month, the fourth rise in a row, as more families moved out of the big cities in search of space.",
		"The rise was steepest in small towns along the coast, where new homes have been slow to come onto the market this year.",
		"Landlords said demand had not been this strong since the spring of 2021, when interest rates were at their lowest.",
	}
	var rows strings.Builder
	for m := 1; m <= 12; m++ {
		fmt.Fprintf(&rows, "<p>%d/1/2024 +%d.%d%%</p>\n", m, m%5+1, m%9)
	}
	tail := "Economists expect the pace to slow next year as more homes are finished and wages fail to keep up with rents."
	page := `<!doctype html><html lang="en"><head><title>Rents rise for a fourth month | Valley Ledger</title></head><body>
<nav><a href="/">Home</a> <a href="/homes">Homes</a></nav>
<article><h1>Rents rise for a fourth month</h1>
<div class="entry"><p>` + strings.Join(lead, "</p>\n<p>") + `</p>
<h2>Monthly change in rents</h2>
` + rows.String() + `<p>` + tail + `</p>
</div></article>
<footer><p>© 2025 Valley Ledger</p></footer></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) < 4 || a.Paragraphs[0] != lead[0] || !slices.Contains(a.Paragraphs, tail) {
		t.Errorf("paragraphs:\n%s\nwant the story from %q to %q", strings.Join(a.Paragraphs, "\n"), lead[0], tail)
	}

	// A deck over a byline and a date line is still no part of the body.
	deck := "A quiet town on the coast finds itself at the centre of a housing rush."
	page = `<!doctype html><html lang="en"><head><title>Rents rise for a fourth month | Valley Ledger</title></head><body>
<article><h1>Rents rise for a fourth month</h1>
<div class="entry"><p>` + deck + `</p>
<p>By Ana Ruiz</p><p>March 3, 2025</p>
<p>` + strings.Join(lead, "</p>\n<p>") + `</p><p>` + tail + `</p>
</div></article></body></html>`
	if a, err = Parse(strings.NewReader(page)); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(a.Paragraphs, deck) || len(a.Paragraphs) == 0 || a.Paragraphs[0] != lead[0] {
		t.Errorf("paragraphs:\n%s\nwant the deck out, the story from %q", strings.Join(a.Paragraphs, "\n"), lead[0])
	}
}

// introPage is a guide written for these tests: its introduction sits in a
// section of its own above a table of contents, the rest of the story in
// the next section, its paragraphs written as the introduction's.
func introPage(intro string) string {
	core := []string{
		"A dynamic microphone picks up the voice in front of it and little of the room around it, which is what a spare bedroom needs.",
		"Plug it into the computer with the cable it comes with, and set the input level so that your loudest laugh stays out of the red.",
		"Keep it a hand's width from your mouth and a little to the side, so the hard sounds of speech do not thump into it.",
		"A pair of wired earphones lets you hear yourself as the listener will, with none of the lag a wireless pair adds to the sound.",
		"Record a minute of silence before you start: it tells you, and any editing program, what the room sounds like on its own.",
		"Soft things on the walls and the floor, a rug, a bookcase, a heavy curtain, do more for the sound than a dearer microphone.",
		"Save each recording in two places before you edit it, because a lost file is the one mistake no editing can mend.",
	}
	return `<!doctype html><html lang="en"><head><title>A first podcast kit | Sound Notes</title></head><body>
<header><nav><a href="/">Sound Notes</a> <a href="/guides">Guides</a></nav></header>
<main><h1>A first podcast kit</h1><p>Published June 4, 2025</p>
` + intro + `
<section class="part"><h2>Contents</h2><ul><li><a href="#kit">The kit</a></li><li><a href="#setup">Setting up</a></li><li><a href="#room">The room</a></li></ul></section>
<section class="part"><h2 id="kit">The kit</h2><p>` + strings.Join(core, "</p>\n<p>") + `</p></section>
</main><footer><p>© 2025 Sound Notes</p></footer></body></html>`
}

// TestIntroAboveContents checks that the paragraphs of a story's
// introduction, set above a table of contents in a section like the
// story's, open the body; and that a standfirst written otherwise (its own
// class) in that place stays out.
func TestIntroAboveContents(t *testing.T) {
	intro := []string{
		"When I started recording ten years ago, the gear was the part that scared me most: it was dear, technical and hard to judge.",
		"So after five hundred episodes, here is the guide I wish I had had then, with only the kit I have used myself for years.",
	}
	a, err := Parse(strings.NewReader(introPage(`<section class="part"><p>` + strings.Join(intro, "</p>\n<p>") + `</p></section>`)))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) < 3 || a.Paragraphs[0] != intro[0] || a.Paragraphs[1] != intro[1] {
		t.Errorf("paragraphs:\n%s\nwant the story from %q", strings.Join(a.Paragraphs, "\n"), intro[0])
	}

	deck := "Five hundred episodes on, our writer says which microphone, which earphones and which room a beginner should choose first."
	if a, err = Parse(strings.NewReader(introPage(`<div class="standfirst"><p>` + deck + `</p></div>`))); err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) == 0 || slices.Contains(a.Paragraphs, deck) {
		t.Errorf("paragraphs:\n%s\nwant the standfirst out", strings.Join(a.Paragraphs, "\n"))
	}
}

// TestTableAfterLongParagraph checks that a table closing a story whose
// first paragraph, broken by <br>s, holds most of its prose is the story's:
// that paragraph is not the element that holds the story, the element
// around it is.
func TestTableAfterLongParagraph(t *testing.T) {
	first := []string{
		"A short course gives you credits in one field, set out step by step, and may help you move up in your job or keep up with changes in it.",
		"Finishing one shows that you have studied the field in depth, and the university lists it on your record beside any degree you hold.",
		"Many people take one while they work, in the evening or at weekends, and most finish within a year of starting their first class.",
	}
	second := "A licence is another thing: an exam board grants it after a test, and some trades ask for one before you may work in them."
	cells := [][2]string{
		{"Earned by taking classes", "Earned by passing an exam"},
		{"Open to newcomers", "Usually asks for experience"},
		{"Set by the university", "Set by the trade"},
	}
	var rows strings.Builder
	for _, c := range cells {
		fmt.Fprintf(&rows, "<tr><td>%s</td><td>%s</td></tr>\n", c[0], c[1])
	}
	page := `<!doctype html><html lang="en"><head><title>Course or licence? | Open College</title></head><body>
<header><nav><a href="/">Open College</a> <a href="/courses">Courses</a></nav></header>
<main><article><h1>Course or licence?</h1>
<div class="field-body"><p>` + strings.Join(first, "<br><br>\n") + `</p>
<p>` + second + `</p>
<table><thead><tr><th>Course</th><th>Licence</th></tr></thead><tbody>
` + rows.String() + `</tbody></table></div></article></main>
<footer><p>© 2025 Open College</p><ul><li><a href="/a">Apply</a></li><li><a href="/b">Visit</a></li></ul></footer></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs, "\n")
	for _, want := range append(first, second, cells[0][0], cells[2][1]) {
		if !strings.Contains(body, want) {
			t.Errorf("paragraphs:\n%s\nwant %q", body, want)
		}
	}
}

// parseSharedPage parses a page of the shared corpora, skipping the test
// when they are absent.
func parseSharedPage(t *testing.T, path string) *Article {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skip("no shared corpus")
	}
	data, err := readPage(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return a
}
