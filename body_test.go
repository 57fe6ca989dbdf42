package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// storyLines are the paragraphs of a story written for these tests.
var storyLines = []string{
	"HALIFAX, Nova Scotia (AP) — The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its pilings, which engineers found rotted below the waterline.",
	"Ferries will leave from a temporary pier a kilometer to the south, the authority said, and fares will not change.",
	"The minister said:",
	"“We will not let the terminal fall into the sea while we argue about who pays for it.”",
	"The federal government agreed last month to pay half of the 48 million dollar cost, and the province the rest.",
	"Commuters said the walk to the temporary pier would add ten minutes to their trips each way.",
	"Work is to start in the spring, once the ice is gone from the harbor.",
}

// TestCommentsSectionKeeps checks that a text page's comments section is
// left out of the body and that the story before it, quotations led in by
// "said:" among them, is kept whole.
func TestCommentsSectionKeeps(t *testing.T) {
	var lines []string
	lines = append(lines, "Home", "News", "Local", "Ferry terminal to close for two years", "")
	for _, p := range storyLines {
		lines = append(lines, p, "")
	}
	lines = append(lines, "12 Comments", "",
		"harborwatcher says:", "March 3, 2020 at 6:34 am", "",
		"About time they fixed that thing. I have been waiting for a collapse for years now and nobody listened to me.", "",
		"Jane Roe says:", "March 3, 2020 at 7:02 am", "",
		"The temporary pier is too far from the bus station and nobody thought about people who cannot walk that far.", "",
		"kp_ferry says:", "March 3, 2020 at 8:15 am", "",
		"Two years is optimistic. It will be four, and the cost will double before it is done, mark my words on this.", "")
	a, err := Parse(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(storyLines)
	want[0] = strings.TrimPrefix(want[0], "HALIFAX, Nova Scotia (AP) — ")
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
}

// libraryPage is a local news page, written for these tests in the shape of
// a browser's text dump: a relative date line above a five-paragraph
// story, then readers' comments under a count of them, each a name above a
// relative time ("2 hours ago"), like the story's own date line.
var libraryPage = []string{
	"Skip to content", "Riverside Gazette", "Home", "Local", "Schools", "Sport",
	"Local", "Library reopens after flood repairs", "By Tom Hale", "Published 5 hours ago", "Share", "Tweet", "Email",
	"The town library reopened on Saturday, eight months after a burst pipe flooded its ground floor and ruined more than four thousand books.",
	"Staff said the repairs had cost about 310,000 dollars, most of it covered by insurance, and that the children's section had been moved upstairs.",
	"\"People kept asking us when they could come back,\" said the head librarian, Ana Ruiz. \"We are glad the answer is finally today.\"",
	"Donations from residents replaced about half of the lost books, and the rest will be bought over the next two years.",
	"The library will open until 8 p.m. on weekdays from next month, an hour later than before the flood.",
	"3 comments",
	"Maggie Lund", "2 hours ago", "Great news, my kids have missed story time so much.", "Reply",
	"Peter Vance", "1 hour ago", "Good to see the donations made a difference.", "Reply",
	"R. Okafor", "45 minutes ago", "Hope they fixed the parking too.", "Reply",
	"Leave a Reply", "About us", "Contact", "Privacy",
}

// libraryStory is libraryPage's story.
var libraryStory = libraryPage[13:18]

// TestShortPageWithComments checks that a short text page keeps all five
// paragraphs of its story and none of its readers' comments, whether the
// dump sets its paragraphs apart with blank lines or not: the story's own
// "Published 5 hours ago" above the body is not the first comment's header.
func TestShortPageWithComments(t *testing.T) {
	spaced := make([]string, 0, 2*len(libraryPage))
	for _, l := range libraryPage {
		spaced = append(spaced, l)
		if len(l) > 60 {
			spaced = append(spaced, "")
		}
	}
	for name, lines := range map[string][]string{"tight": libraryPage, "spaced": spaced} {
		a, err := Parse(strings.NewReader(strings.Join(lines, "\n")))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !slices.Equal(a.Paragraphs, libraryStory) {
			t.Errorf("%s: paragraphs:\n%s\nwant:\n%s", name, strings.Join(a.Paragraphs, "\n"), strings.Join(libraryStory, "\n"))
		}
	}
}

// TestCommentsStartBelowBody checks that the comments section starts below
// the story, though the story's date line above it reads like a comment's
// header, and that the section is still found: under its heading, and,
// with no heading, at its first comment.
func TestCommentsStartBelowBody(t *testing.T) {
	slots := func(lines []string) []slot {
		pg := parseTextPage([]byte(strings.Join(lines, "\n")))
		ss := make([]slot, len(pg.blocks))
		for i := range pg.blocks {
			ss[i] = slot{block: &pg.blocks[i]}
		}
		return ss
	}
	index := func(ss []slot, text string) int {
		return slices.IndexFunc(ss, func(s slot) bool { return s.text == text })
	}
	ss := slots(libraryPage)
	if got, want := commentsStart(ss, firstProse(ss)), index(ss, "3 comments"); got != want {
		t.Errorf("with a comments heading: commentsStart = %d, want %d (the heading)", got, want)
	}
	if got, want := commentsStart(ss, 0), index(ss, "3 comments"); got != want {
		t.Errorf("with a comments heading, from 0: commentsStart = %d, want %d (the heading)", got, want)
	}
	// No heading: the date line stands above the page's first paragraph,
	// so the section opens at the first comment's header.
	var bare []string
	for _, l := range libraryPage {
		if l != "3 comments" {
			bare = append(bare, l)
		}
	}
	ss = slots(bare)
	if got, want := commentsStart(ss, firstProse(ss)), index(ss, "2 hours ago"); got != want {
		t.Errorf("with no heading: commentsStart = %d, want %d (the first comment's time)", got, want)
	}
}

// TestCommentHeader checks what heads a reader's comment and what does
// not.
func TestCommentHeader(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"jdoe says:", "November 19, 2019 at 6:34 am"}, true},
		{[]string{"Milan Griffes on September 12, 2018 at 4:47 pm said:", "Any update?"}, true},
		{[]string{"2 days ago at 07:52 am"}, true},
		{[]string{"vor 3 Stunden"}, true},
		{[]string{"The minister said:", "“We will not let the terminal fall into the sea.”"}, false},
		{[]string{"Trump said:", "“It will be great.”"}, false},
		{[]string{"The council met two days ago to vote on the plan."}, false},
	} {
		pg := parseTextPage([]byte(strings.Join(c.lines, "\n")))
		ss := make([]slot, len(pg.blocks))
		for i := range pg.blocks {
			ss[i] = slot{block: &pg.blocks[i]}
		}
		if got := isCommentHeader(ss, 0); got != c.want {
			t.Errorf("isCommentHeader(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestDeckSkippedStoryKept checks that a standfirst set apart from the
// story by a byline and a date is left out, and every paragraph of the
// story kept.
func TestDeckSkippedStoryKept(t *testing.T) {
	var lines []string
	lines = append(lines, "World", "Ferry terminal to close for two years",
		"The harbor authority says the pilings are rotten and the old terminal must close while crews replace them.",
		"By Jane Roe", "March 3, 2020", "")
	for _, p := range storyLines {
		lines = append(lines, p, "")
	}
	a, err := Parse(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != len(storyLines) || strings.Contains(a.Paragraphs[0], "pilings are rotten") {
		t.Errorf("paragraphs:\n%q", a.Paragraphs)
	}
	if a.Headline != "Ferry terminal to close for two years" || len(a.Byline) != 1 || a.Published.IsZero() {
		t.Errorf("headline %q, byline %q, published %v", a.Headline, a.Byline, a.Published)
	}
}

// TestHiddenStory checks that a page whose story a script has yet to show
// (in a hidden element) gives that story, and that a page with a story in
// sight leaves its hidden elements out.
func TestHiddenStory(t *testing.T) {
	var body strings.Builder
	for _, p := range storyLines {
		body.WriteString("<p>" + p + "</p>")
	}
	hidden := `<html><body><main><div class="spinner">Loading</div></main><div hidden id="S:0"><article>` + body.String() + `</article></div></body></html>`
	a, err := Parse(strings.NewReader(hidden))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != len(storyLines) {
		t.Errorf("hidden story: %d paragraphs, want %d", len(a.Paragraphs), len(storyLines))
	}
	shown := `<html><body><article>` + body.String() + `</article><div hidden><p>A subscriber-only note that the page keeps out of sight, written in full sentences like a paragraph.</p></div></body></html>`
	a, err = Parse(strings.NewReader(shown))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "subscriber-only") {
			t.Errorf("a hidden paragraph in the body: %q", p)
		}
	}
}

// TestArticleBodyFallback checks that a page that shows no story but
// carries it in JSON-LD articleBody gives that story.
func TestArticleBodyFallback(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal to close",` +
		`"articleBody":"` + strings.Join(storyLines[:2], `\n`) + `"}</script></head><body><div id="app"></div></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || a.Headline != "Ferry terminal to close" || a.Dateline.Text == "" {
		t.Errorf("headline %q, dateline %q, paragraphs %q", a.Headline, a.Dateline.Text, a.Paragraphs)
	}
}

// TestStoryKeptWithoutMetadata checks that the story scorer keeps a plain
// HTML story that declares nothing about itself, and turns away a page
// that declares a product and reads like one.
func TestStoryKeptWithoutMetadata(t *testing.T) {
	var body strings.Builder
	for _, p := range storyLines {
		body.WriteString("<p>" + p + "</p>\n")
	}
	a, err := Parse(strings.NewReader("<html><body><h1>Ferry terminal to close</h1>" + body.String() + "</body></html>"))
	if err != nil || len(a.Paragraphs) != len(storyLines) {
		t.Fatalf("plain story: %v, %d paragraphs", err, len(a.Paragraphs))
	}
	product := `<html><head><meta property="og:type" content="product">` +
		`<script type="application/ld+json">{"@type":"Product","name":"Harbor Ferry Model Kit","offers":{"@type":"Offer","price":"49.99"}}</script></head>` +
		`<body><h1>Harbor Ferry Model Kit</h1><ul><li>$49.99</li><li>In stock</li><li>Free shipping</li></ul>` +
		`<p>Build a detailed model of a harbor ferry with this kit of 240 wooden parts, paints and brushes included.</p>` +
		`<ul><li>Scale 1:100</li><li>Length 45 cm</li><li>Ages 12+</li><li>$59.99 with display case</li></ul></body></html>`
	if _, err := Parse(strings.NewReader(product)); err != ErrNoArticle {
		t.Errorf("product page: err = %v, want ErrNoArticle", err)
	}
}
