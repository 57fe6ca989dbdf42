package wirestory

import (
	"slices"
	"strings"
	"testing"
)

func TestDropSiteNames(t *testing.T) {
	for _, c := range []struct {
		people []string
		site   string
		want   []string
	}{
		{[]string{"La Gazette"}, "La Gazette", nil},
		{[]string{"Example Daily"}, "The Example Daily", nil},
		{[]string{"Le Courrier.fr"}, "Le Courrier", nil},
		{[]string{"Jane Doe", "La Gazette"}, "la gazette", []string{"Jane Doe"}},
		{[]string{"Jane Doe"}, "La Gazette", []string{"Jane Doe"}},
		{[]string{"Jane Doe"}, "", []string{"Jane Doe"}},
	} {
		if got := dropSiteNames(c.people, c.site); !slices.Equal(got, c.want) {
			t.Errorf("dropSiteNames(%q, %q) = %q, want %q", c.people, c.site, got, c.want)
		}
	}
}

func TestOrgAgencies(t *testing.T) {
	for _, c := range []struct {
		in    string
		codes []string
	}{
		{"Reuters", []string{"Reuters"}},
		{"SDA", []string{"SDA"}},
		{"La Gazette et AFP", []string{"AFP"}},
		{"La Gazette", nil},
		{"Example Media Group", nil},
	} {
		if got := codesOf(orgAgencies(c.in)); !slices.Equal(got, c.codes) {
			t.Errorf("orgAgencies(%q) = %q, want %q", c.in, got, c.codes)
		}
	}
}

func TestCutKicker(t *testing.T) {
	for _, c := range []struct {
		meta, shown, want string
		ok                bool
	}{
		{"Nach dem Sturm: Die Stadt räumt auf", "Nach dem Sturm Die Stadt räumt auf", "Die Stadt räumt auf", true},
		{"Nach dem Sturm: Die Stadt räumt auf", "Nach dem Sturm – Die Stadt räumt auf", "Die Stadt räumt auf", true},
		{`"Wir bleiben": Der Bürgermeister tritt an`, `"Wir bleiben"Der Bürgermeister tritt an`, "Der Bürgermeister tritt an", true},
		{"Im Streit: Minister tritt zurück", "Im Streit Minister tritt zurück - Partei ratlos", "Minister tritt zurück - Partei ratlos", true},
		// A label that is part of the headline shown.
		{"Analysis: Markets slip as rates rise", "Analysis: Markets slip as rates rise", "", false},
		// The page shows another headline.
		{"Analysis: Markets slip as rates rise", "Markets slip", "", false},
		{"Budget talks stall again", "Budget Budget talks stall again", "", false},
	} {
		got, ok := cutKicker(c.meta, c.shown)
		if got != c.want || ok != c.ok {
			t.Errorf("cutKicker(%q, %q) = %q, %v, want %q, %v", c.meta, c.shown, got, ok, c.want, c.ok)
		}
	}
}

func TestTitleOpensWith(t *testing.T) {
	for _, c := range []struct {
		title, line string
		want        bool
	}{
		{"市政府宣布新的交通措施-示例网", "市政府宣布新的交通措施", true},
		{"Council votes to close bridge | Example Herald", "Council votes to close bridge", true},
		{"Council votes to close bridge", "Council votes to close bridge", true},
		{"Council votes to close bridge | Example Herald", "Council votes", false},
		{"关注示例网", "关注", false},
	} {
		if got := titleOpensWith(c.title, c.line); got != c.want {
			t.Errorf("titleOpensWith(%q, %q) = %v, want %v", c.title, c.line, got, c.want)
		}
	}
}

// TestHeadlineAnchor checks that the head of a story is read down to the
// headline its metadata names, past lines that look like a headline.
func TestHeadlineAnchor(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Harbor ferry returns after two-year pause">
<title>Harbor ferry returns after two-year pause | Example Post</title></head><body>
<div class="story">
<h2>Harbor ferry returns after two-year pause</h2>
<p>Jane Doe | Portland | 08/01/2014</p>
<p>Waterfront</p>
<p>Seen 314 times</p>
<p>The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock.</p>
<p>Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer.</p>
<p>The council will review the service in the autumn, when the first year's figures are due.</p>
</div></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Harbor ferry returns after two-year pause" || !slices.Equal(a.Byline, []string{"Jane Doe"}) ||
		a.Published.Format("2006-01-02") != "2014-01-08" {
		t.Errorf("headline %q, byline %q, published %v", a.Headline, a.Byline, a.Published)
	}
}

func TestSiteAgencies(t *testing.T) {
	for _, c := range []struct {
		site  string
		codes []string
	}{
		{"Anadolu Ajansı", []string{"Anadolu"}},
		{"Reuters", []string{"Reuters"}},
		{"Example Daily", nil},
		{"AA", nil}, // a weak spelling alone is no site's name
		{"", nil},
	} {
		if got := codesOf(siteAgencies(c.site)); !slices.Equal(got, c.codes) {
			t.Errorf("siteAgencies(%q) = %q, want %q", c.site, got, c.codes)
		}
	}
}

// TestMetaValueAttribute checks a <meta> tag that gives its value in a
// "value" attribute rather than "content", and the date in the page's
// address when the page shows none.
func TestMetaValueAttribute(t *testing.T) {
	body := `<article><h1>Port reopens</h1>
<p>The port reopened on Monday after a week of repairs to its main crane, officials said.</p>
<p>Shipping lines said the backlog of containers would take about ten days to clear.</p></article>`
	for _, c := range []struct{ head, want string }{
		{`<meta value="2016-12-14T06:02:15Z" name="article:published_time">`, "2016-12-14"},
		{`<link rel="canonical" href="https://example.com/news/2015-03-02/port-reopens.html">`, "2015-03-02"},
	} {
		a, err := Parse(strings.NewReader("<html><head>" + c.head + "</head><body>" + body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.Format("2006-01-02"); got != c.want {
			t.Errorf("%s: published %s, want %s", c.head, got, c.want)
		}
	}
}

// TestTextHeadline checks the headline of text pages, which have no
// metadata: the line above a byline or date line, or the one shown twice
// (with a kicker the second time), rather than a caption nearer the body.
func TestTextHeadline(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"above the date line", `Home
World
Harbor ferry returns after two-year pause
12.03.2022, 08:15 Uhr
Passengers board the ferry at the old pier on Tuesday morning
Photo: Jane Doe

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock.

Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer.
`, "Harbor ferry returns after two-year pause"},
		{"shown twice, with a kicker", `Home > Local
After the repairs: Harbor ferry returns after two-year pause
Local
After the repairs Harbor ferry returns after two-year pause
Passengers board the ferry at the old pier on Tuesday morning

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock.

Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer.
`, "Harbor ferry returns after two-year pause"},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.page)), &trainedBody)
		i, got := textHeadline(ss, start)
		if i < 0 || got != c.want {
			t.Errorf("%s: headline %d %q, want %q", c.name, i, got, c.want)
		}
	}
}

func TestHeadlineShapeHelpers(t *testing.T) {
	for _, c := range []struct {
		in   string
		glue int
		date bool
	}{
		{"Harbor ferry returns after two-year pause", 0, false},
		{"Hello!One account for everythingLog inRegister", 2, false},
		{"iPhone sales rise at McDonald's and YouTube", 0, false},
		{"Online Desk June 11, 2020", 0, true},
		{"Top ten films of 2020", 0, false},
	} {
		if g := gluePoints(c.in); g != c.glue {
			t.Errorf("gluePoints(%q) = %d, want %d", c.in, g, c.glue)
		}
		if d := endsWithDate(c.in); d != c.date {
			t.Errorf("endsWithDate(%q) = %v, want %v", c.in, d, c.date)
		}
	}
	if !hasCaptionCue("The mayor (left) and her deputy at the pier") || hasCaptionCue("Mayor leaves office") {
		t.Error("hasCaptionCue")
	}
}
