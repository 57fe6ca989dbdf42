package wirestory_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/wirestory/wirestory"
)

// A plain-text page as a scraper saves it: the site's section label, the
// headline, the credit line, the story with a "RELATED STORIES" label in it,
// and a promo at the end.
const page = `Asia Pacific

Typhoon forces hundreds of flights to be canceled across Okinawa

KYODO

NAHA, OKINAWA PREF. – A powerful typhoon approached Okinawa on Tuesday, forcing airlines to cancel hundreds of flights and shutting schools across the prefecture, the weather agency said.

Winds of up to 180 kph were recorded on the island of Miyako, and about 40,000 homes lost power.

RELATED STORIES

The agency urged residents to stay indoors and warned of landslides and high waves through Wednesday.

SIGN UP FOR OUR NEWSLETTER
`

// Parse turns a scraped page into a story.
func Example() {
	a, err := wirestory.Parse(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Section: ", a.Section)
	fmt.Println("Headline:", a.Headline)
	fmt.Println("Credit:  ", a.Credit, a.Agencies[0].Name)
	fmt.Println("Dateline:", a.Dateline.Text)
	for _, p := range a.Paragraphs {
		fmt.Println("-", p)
	}
	// Output:
	// Section:  Asia Pacific
	// Headline: Typhoon forces hundreds of flights to be canceled across Okinawa
	// Credit:   KYODO Kyodo News
	// Dateline: NAHA, OKINAWA PREF. –
	// - A powerful typhoon approached Okinawa on Tuesday, forcing airlines to cancel hundreds of flights and shutting schools across the prefecture, the weather agency said.
	// - Winds of up to 180 kph were recorded on the island of Miyako, and about 40,000 homes lost power.
	// - The agency urged residents to stay indoors and warned of landslides and high waves through Wednesday.
}

// Parse reports ErrNoArticle for input that holds no story, such as a bare
// list of links.
func ExampleParse() {
	links := "Home\nWorld\nBusiness\nSports\nContact us\n"
	_, err := wirestory.Parse(strings.NewReader(links))
	fmt.Println(errors.Is(err, wirestory.ErrNoArticle))
	// Output:
	// true
}

// The first snippet of the package documentation, run on a page with no
// story and on one with a story: the page that is not a story is skipped.
func ExampleParse_skipNonStories() {
	printStory := func(r io.Reader) error {
		a, err := wirestory.Parse(r)
		if errors.Is(err, wirestory.ErrNoArticle) {
			return nil // not a story page: skip it
		}
		if err != nil {
			return err
		}
		fmt.Println(a.Headline, a.Credit, a.Dateline.Text)
		for _, p := range a.Paragraphs {
			fmt.Println(p)
		}
		return nil
	}
	links := "Home\nWorld\nBusiness\nSports\nContact us\n"
	for _, pg := range []string{links, page} {
		if err := printStory(strings.NewReader(pg)); err != nil {
			fmt.Println("error:", err)
		}
	}
	// Output:
	// Typhoon forces hundreds of flights to be canceled across Okinawa KYODO NAHA, OKINAWA PREF. –
	// A powerful typhoon approached Okinawa on Tuesday, forcing airlines to cancel hundreds of flights and shutting schools across the prefecture, the weather agency said.
	// Winds of up to 180 kph were recorded on the island of Miyako, and about 40,000 homes lost power.
	// The agency urged residents to stay indoors and warned of landslides and high waves through Wednesday.
}

// An HTML page as fetched, with the URL it came from: the page names no
// canonical address and shows no date, so both come from the URL.
func ExampleParsePage() {
	const html = `<!doctype html>
<html lang="en"><head><title>Port strike squeezes copper supply - Example Business</title>
<meta property="og:site_name" content="Example Business"></head>
<body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/world">World</a></nav>
<article>
<h1>Port strike squeezes copper supply</h1>
<p class="byline">By Laura Brennan, Reuters</p>
<p>SANTIAGO, Jan 14 (Reuters) - Copper prices rose on Thursday after dock workers at
Chile's largest port extended a strike that has held up shipments of the metal.</p>
<p>Benchmark copper on the London Metal Exchange gained 1.1% to $8,112 a tonne by 1600 GMT.</p>
<p>(Reporting by Laura Brennan; Editing by Mark Hollis)</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/oil">Oil steadies after three-day slide</a></li></ul></aside>
</body></html>`
	info := wirestory.PageInfo{
		URL:         "https://example.com/business/2021/01/14/port-strike-copper",
		ContentType: "text/html; charset=utf-8",
	}
	a, err := wirestory.ParsePage(strings.NewReader(html), info)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Headline: ", a.Headline)
	fmt.Println("Site:     ", a.Site, a.Language)
	fmt.Println("URL:      ", a.URL)
	fmt.Println("Published:", a.Published.Format("2006-01-02"))
	fmt.Println("Byline:   ", a.Byline, a.Agencies[0].Name)
	fmt.Println("Dateline: ", a.Dateline.Text)
	for _, p := range a.Paragraphs {
		fmt.Println("-", p)
	}
	fmt.Println("Tail:     ", a.Tail)
	// Output:
	// Headline:  Port strike squeezes copper supply
	// Site:      Example Business en
	// URL:       https://example.com/business/2021/01/14/port-strike-copper
	// Published: 2021-01-14
	// Byline:    [Laura Brennan] Reuters
	// Dateline:  SANTIAGO, Jan 14 (Reuters) -
	// - Copper prices rose on Thursday after dock workers at Chile's largest port extended a strike that has held up shipments of the metal.
	// - Benchmark copper on the London Metal Exchange gained 1.1% to $8,112 a tonne by 1600 GMT.
	// Tail:      [(Reporting by Laura Brennan; Editing by Mark Hollis)]
}

// Explain says what each block of a page was taken to be, and why: the
// answer to "why was this line dropped?".
func ExampleParser_Explain() {
	const page = `<html><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Ferry service resumes after storm</h1>
<p class="byline">By Kari Nilsen, Reuters</p>
<p>OSLO (Reuters) - Ferry services along the western coast resumed on Monday after a storm that had halted sailings for three days.</p>
<figure><img src="ferry.jpg"><figcaption>A ferry leaves Bergen on Monday. REUTERS/Ola Berg</figcaption></figure>
<p>Advertisement</p>
<p>About 12,000 passengers had been stranded at ports between Bergen and Stavanger, the operator said.</p>
<p>(Reporting by Kari Nilsen; Editing by Alex Moore)</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Storm closes schools on the coast</a></li></ul></aside>
</body></html>`
	var p wirestory.Parser
	blocks, err := p.Explain(strings.NewReader(page), wirestory.PageInfo{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range blocks {
		text := []rune(b.Text)
		if len(text) > 24 {
			text = append(text[:24], '…')
		}
		fmt.Printf("%-7s %-7s %-25s %s\n", b.Role, b.Kind, string(text), b.Reason)
	}
	// Output:
	// chrome  li      Home                      in page chrome by its markup (nav, footer, aside ...)
	// chrome  li      World                     in page chrome by its markup (nav, footer, aside ...)
	// head    h1      Ferry service resumes af… the headline
	// head    p       By Kari Nilsen, Reuters   the credit line
	// body    p       OSLO (Reuters) - Ferry s… first paragraph of the body (blocks 5-8: the stretch the scorer and the rules find likeliest), with the dateline "OSLO (Reuters) -"
	// caption caption A ferry leaves Bergen on… a <figcaption> or <caption>
	// chrome  p       Advertisement             lexicon: a site label or promo
	// body    p       About 12,000 passengers … a paragraph of the story's body, inside the element that holds the story
	// tail    p       (Reporting by Kari Nilse… a reporting or editing credit
	// chrome  h2      Related stories           in page chrome by its markup (nav, footer, aside ...)
	// chrome  li      Storm closes schools on … in page chrome by its markup (nav, footer, aside ...)
}

// Clean normalizes text without rewriting it.
func ExampleClean() {
	fmt.Printf("%q\n", wirestory.Clean("  Cafe\u0301\n\tcrowds "))
	fmt.Printf("%q\n", wirestory.Clean("It\u00e2\u20ac\u2122s a \u201cdeal\u201d&nbsp;&amp;\u00a0more"))
	fmt.Printf("%q\n", wirestory.Clean("ＡＰ\u200b reports"))
	// Output:
	// "Café\ncrowds"
	// "It’s a “deal” & more"
	// "AP reports"
}

// ParseDateline splits a dateline from the lede.
func ExampleParseDateline() {
	d, lede, ok := wirestory.ParseDateline("SEOUL, Jan. 9 (Yonhap) -- North Korea fired a missile on Thursday.")
	fmt.Println(ok, d.Places, d.Date, d.Agencies)
	fmt.Println(lede)

	_, _, ok = wirestory.ParseDateline("UPDATE 2-Markets slide as oil jumps")
	fmt.Println(ok)
	// Output:
	// true [SEOUL] Jan. 9 [Yonhap]
	// North Korea fired a missile on Thursday.
	// false
}

// A Parser sets a size limit for every page; a PageInfo carries what is
// known of each page: the URL it came from and its HTTP Content-Type, whose
// charset overrides the page's own <meta> declaration. wirestory does no
// I/O of its own: the caller fetches the page.
func ExampleParser() {
	p := wirestory.Parser{MaxSize: 4 << 20} // refuse pages over 4 MiB
	for _, url := range []string{"https://example.com/world/story.html", "https://example.com/tech/story.html"} {
		resp, err := http.Get(url)
		if err != nil {
			continue
		}
		a, err := p.ParsePage(resp.Body, wirestory.PageInfo{
			URL:         resp.Request.URL.String(),       // after redirects
			ContentType: resp.Header.Get("Content-Type"), // "text/html; charset=Shift_JIS"
		})
		resp.Body.Close()
		if err != nil {
			continue
		}
		fmt.Println(a.Headline, a.URL)
	}
}
