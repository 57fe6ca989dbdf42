package wirestory_test

import (
	"errors"
	"fmt"
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

// A Parser carries the page's HTTP Content-Type, whose charset overrides the
// page's own <meta> declaration, and a size limit. wirestory does no I/O of
// its own: the caller fetches the page.
func ExampleParser() {
	resp, err := http.Get("https://example.com/world/story.html")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	p := wirestory.Parser{
		ContentType: resp.Header.Get("Content-Type"), // "text/html; charset=Shift_JIS"
		MaxSize:     4 << 20,                         // refuse pages over 4 MiB
	}
	a, err := p.Parse(resp.Body)
	if err != nil {
		return
	}
	fmt.Println(a.Headline)
}
