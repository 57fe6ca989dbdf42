package wirestory

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// storyHTML wraps body paragraphs in a minimal page with the given head.
func storyHTML(head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><article>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article><footer><p>Copyright 2020 Example Media. All rights reserved.</p></footer></body></html>")
	return b.String()
}

func TestCharsets(t *testing.T) {
	paras := map[string][]string{
		"Shift_JIS": {"東京（共同）－政府は２０日、新しい経済対策を発表した。", "対策の規模は約３兆円となる見通しだ。"},
		"EUC-KR":    {"서울 (연합뉴스) -- 정부는 20일 새로운 경제 대책을 발표했다.", "대책의 규모는 약 3조 원이 될 전망이다."},
		"GB18030":   {"北京（新华社）——政府20日公布了新的经济措施。", "措施的规模预计约为三万亿元。"},
		"windows-1252": {"MADRID (EFE) - El Gobierno aprobó el martes un plan de ayudas para el campo, según informó el ministerio.",
			"La medida costará unos 300 millones de euros y beneficiará a miles de agricultores."},
	}
	encs := map[string]encoding.Encoding{
		"Shift_JIS": japanese.ShiftJIS, "EUC-KR": korean.EUCKR, "GB18030": simplifiedchinese.GB18030,
		"windows-1252": charmap.Windows1252,
	}
	for name, ps := range paras {
		page := storyHTML(`<meta charset="`+name+`"><title>Test</title>`, ps...)
		raw, err := encs[name].NewEncoder().Bytes([]byte(page))
		if err != nil {
			t.Fatalf("%s: encoding the test page: %v", name, err)
		}
		a, err := Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := Clean(ps[len(ps)-1])
		if len(a.Paragraphs) == 0 || a.Paragraphs[len(a.Paragraphs)-1] != want {
			t.Errorf("%s: paragraphs %q, want last %q", name, a.Paragraphs, want)
		}
		// The caller's Content-Type wins over the page's declaration.
		p := Parser{ContentType: "text/html; charset=" + name}
		page2 := strings.Replace(page, `<meta charset="`+name+`">`, `<meta charset="utf-8">`, 1)
		raw2, _ := encs[name].NewEncoder().Bytes([]byte(page2))
		a2, err := p.Parse(bytes.NewReader(raw2))
		if err != nil || a2.Paragraphs[len(a2.Paragraphs)-1] != want {
			t.Errorf("%s with Content-Type: err %v, paragraphs %q", name, err, a2.Paragraphs)
		}
	}
}

func TestHTMLMetadata(t *testing.T) {
	paras := []string{
		"LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, official figures showed on Tuesday.",
		"Output rose 0.4% from the previous three months, the Office for National Statistics said.",
		"Economists polled by Reuters had expected growth of 0.3%.",
	}
	tests := []struct {
		name, head string
		headline   string
		byline     []string
		agencies   []string
		credit     string
		published  string
		section    string
	}{
		{
			name:     "JSON-LD graph",
			head:     `<title>UK economy beats forecasts | The Daily Ledger</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Daily Ledger"},{"@type":"NewsArticle","headline":"UK economy beats forecasts","articleSection":"Business","datePublished":"2020-02-11T09:30:00+00:00","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Organization","name":"Reuters"}],"publisher":{"@type":"Organization","name":"The Daily Ledger"}}]}</script>`,
			headline: "UK economy beats forecasts", byline: []string{"Jane Roe"}, agencies: []string{"Reuters"},
			credit: "Reuters", published: "2020-02-11T09:30:00Z", section: "Business",
		},
		{
			name:     "JSON-LD array, placeholder author",
			head:     `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"UK economy beats forecasts","author":{"@type":"Person","name":"No Author"},"datePublished":"2020-02-11"}]</script>`,
			headline: "UK economy beats forecasts", agencies: []string{"Reuters"}, published: "2020-02-11T00:00:00Z",
		},
		{
			name:     "OpenGraph and meta only",
			head:     `<title>UK economy beats forecasts - The Daily Ledger</title><meta property="og:title" content="UK economy beats forecasts"><meta property="og:site_name" content="The Daily Ledger"><meta name="author" content="By Jane Roe and John Doe"><meta property="article:published_time" content="2020-02-11T10:30:00+01:00"><meta property="article:section" content="Economy">`,
			headline: "UK economy beats forecasts", byline: []string{"Jane Roe", "John Doe"}, agencies: []string{"Reuters"},
			published: "2020-02-11T10:30:00+01:00", section: "Economy",
		},
		{
			name:     "title only",
			head:     `<title>UK economy beats forecasts | The Daily Ledger</title>`,
			headline: "UK economy beats forecasts", agencies: []string{"Reuters"},
		},
	}
	for _, tt := range tests {
		a, err := Parse(strings.NewReader(storyHTML(tt.head, paras...)))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var codes []string
		for _, ag := range a.Agencies {
			codes = append(codes, ag.Code)
		}
		if a.Headline != tt.headline || !slices.Equal(a.Byline, tt.byline) || !slices.Equal(codes, tt.agencies) ||
			a.Credit != tt.credit || a.Section != tt.section {
			t.Errorf("%s: got headline %q byline %q agencies %q credit %q section %q", tt.name, a.Headline, a.Byline, codes, a.Credit, a.Section)
		}
		if tt.published != "" {
			want, _ := time.Parse(time.RFC3339, tt.published)
			if !a.Published.Equal(want) {
				t.Errorf("%s: Published = %v, want %v", tt.name, a.Published, want)
			}
		}
		if a.Dateline.Text != "LONDON (Reuters) -" || len(a.Paragraphs) != 3 {
			t.Errorf("%s: dateline %q, %d paragraphs", tt.name, a.Dateline.Text, len(a.Paragraphs))
		}
	}
}

// TestPhotoCreditNoAgency checks that an agency named only in a picture's
// credit is not the story's.
func TestPhotoCreditNoAgency(t *testing.T) {
	page := `<html><head><title>City council approves new budget</title></head><body><article><h1>City council approves new budget</h1>
<p class="byline">By Jane Roe</p>
<figure><img src=x.jpg><figcaption>Council members vote on Tuesday. (AP Photo/John Doe)</figcaption></figure>
<p>The city council approved a $2 billion budget on Tuesday after a six-hour meeting that ran past midnight.</p>
<p>The budget adds money for road repairs and two new fire stations, the mayor's office said.</p>
<p>It takes effect on July 1.</p></article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Agencies) != 0 || a.Credit != "" {
		t.Errorf("Agencies = %v, Credit = %q; want none", a.Agencies, a.Credit)
	}
	if !slices.Equal(a.Byline, []string{"Jane Roe"}) || len(a.Paragraphs) != 3 {
		t.Errorf("Byline = %q, paragraphs %q", a.Byline, a.Paragraphs)
	}
}

func TestTrimSiteSuffix(t *testing.T) {
	for _, tt := range []struct{ title, site, want string }{
		{"Headline of the story - The Japan Times", "", "Headline of the story"},
		{"Headline of the story | Reuters", "Reuters", "Headline of the story"},
		{"Reuters | Headline of the story", "Reuters", "Headline of the story"},
		{"Trump - Kim summit ends without a deal, officials say", "", "Trump - Kim summit ends without a deal, officials say"},
		{"Short title", "", "Short title"},
	} {
		if got := trimSiteSuffix(tt.title, tt.site); got != tt.want {
			t.Errorf("trimSiteSuffix(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestStripRawText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`<p>a</p><script>var x = "<p>no</p>";</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
		{`<STYLE>p{}</STYLE><p>kept</p><script type="application/ld+json">{"headline":"h"}</script>`,
			`<STYLE></STYLE><p>kept</p><script type="application/ld+json">{"headline":"h"}</script>`},
		{`<p>scripts and styles are words</p><scripted>x</scripted>`, `<p>scripts and styles are words</p><scripted>x</scripted>`},
		{`<p>a</p><script>never closed <p>b</p>`, `<p>a</p><script>never closed <p>b</p>`},
		// The element ends at its first end tag in any spelling.
		{`<script>x</Script><p>kept</p><script>y</script>`, `<script></Script><p>kept</p><script></script>`},
		{`<style>x</STYLE><p>kept</p><style>y</style>`, `<style></STYLE><p>kept</p><style></style>`},
		// A "<script" inside a start tag or inside JSON-LD is no tag.
		{`<script <script type="application/ld+json">{"a":"<script>no"}</script><p>kept</p>`,
			`<script <script type="application/ld+json">{"a":"<script>no"}</script><p>kept</p>`},
		{`<script type="application/ld+json">{}</script><script>var x;</script><p>kept</p>`,
			`<script type="application/ld+json">{}</script><script></script><p>kept</p>`},
	} {
		if got := string(stripRawText([]byte(tt.in))); got != tt.want {
			t.Errorf("stripRawText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMetadataAuthorLimits checks how many authors Parse reads from a
// page's metadata (maxAuthors, repeats in any case counted once) and how
// much JSON-LD it reads (maxJSONLD a script, maxJSONLDTotal in all).
func TestMetadataAuthorLimits(t *testing.T) {
	lede := "SPRINGFIELD (AP) — The council met on Tuesday and voted to extend the water program for a year, officials said."
	parse := func(t *testing.T, head string) *Article {
		t.Helper()
		a, err := Parse(strings.NewReader(storyHTML(head, lede, storyLine(1))))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	var many []string
	for k := range 3 * maxAuthors {
		many = append(many, personName(k))
	}
	t.Run("repeats", func(t *testing.T) {
		a := parse(t, `<meta name="author" content="Jane Doe, JANE DOE, John Roe and jane doe">`)
		if want := []string{"Jane Doe", "John Roe"}; !slices.Equal(a.Byline, want) {
			t.Errorf("Byline = %q, want %q", a.Byline, want)
		}
	})
	t.Run("meta", func(t *testing.T) {
		a := parse(t, `<meta name="author" content="`+strings.Join(many, ", ")+`">`)
		if !slices.Equal(a.Byline, many[:maxAuthors]) {
			t.Errorf("Byline = %q, want the first %d names", a.Byline, maxAuthors)
		}
	})
	jsonLD := func(headline string, people []string, pad int) string {
		var b strings.Builder
		b.WriteString(`<script type="application/ld+json">{"@type":"NewsArticle",`)
		if headline != "" {
			b.WriteString(`"headline":"` + headline + `",`)
		}
		b.WriteString(`"padding":"` + strings.Repeat("x", pad) + `","author":[`)
		for i, p := range people {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"@type":"Person","name":"` + p + `"}`)
		}
		b.WriteString("]}</script>")
		return b.String()
	}
	t.Run("JSON-LD scripts", func(t *testing.T) {
		// Authors from several scripts, none with a headline, count
		// together.
		a := parse(t, jsonLD("", many[:maxAuthors/2+1], 0)+jsonLD("", many[maxAuthors/2+1:], 0))
		if !slices.Equal(a.Byline, many[:maxAuthors]) {
			t.Errorf("Byline = %q, want the first %d names", a.Byline, maxAuthors)
		}
	})
	t.Run("JSON-LD too long", func(t *testing.T) {
		// A script over maxJSONLD is not read; the next one is.
		a := parse(t, jsonLD("Too long", many[:1], maxJSONLD)+jsonLD("Council extends water program", many[1:2], 0))
		if a.Headline != "Council extends water program" || !slices.Equal(a.Byline, many[1:2]) {
			t.Errorf("Headline %q, Byline %q; want the second script's", a.Headline, a.Byline)
		}
	})
	t.Run("JSON-LD budget", func(t *testing.T) {
		// Past maxJSONLDTotal bytes of JSON-LD, no script is read.
		var head strings.Builder
		for range maxJSONLDTotal / (maxJSONLD / 2) {
			head.WriteString(jsonLD("", nil, maxJSONLD/2))
		}
		head.WriteString(jsonLD("Council extends water program", many[:1], 0))
		head.WriteString("<title>Water program extended</title>")
		a := parse(t, head.String())
		if a.Headline != "Water program extended" || len(a.Byline) != 0 {
			t.Errorf("Headline %q, Byline %q; want the <title> and no byline", a.Headline, a.Byline)
		}
	})
}

// TestHTMLEntitiesDecodedOnce checks that the text of an HTML page is
// decoded once, as a browser shows it: "&amp;lt;" in the page is "&lt;" on
// screen and in the Article, in the first paragraph (where the dateline
// is lifted out) as in the others. Metadata, which content systems often
// escape twice, is decoded as Clean decodes it.
func TestHTMLEntitiesDecodedOnce(t *testing.T) {
	page := storyHTML(`<title>Tom &amp;amp; Jerry &amp;#8217;s show</title><meta property="og:site_name" content="Example &amp;amp; Co">`,
		"SPRINGFIELD (AP) — The council wrote &amp;lt;p&amp;gt; on the water program&amp;#8217;s page on Tuesday, officials said.",
		"Type &amp;amp; to get an ampersand, and &amp;lt; for a less-than sign, the clerk told the council at the meeting.")
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"The council wrote &lt;p&gt; on the water program&#8217;s page on Tuesday, officials said.",
		"Type &amp; to get an ampersand, and &lt; for a less-than sign, the clerk told the council at the meeting.",
	}
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("Paragraphs = %q, want %q", a.Paragraphs, want)
	}
	if a.Dateline.Text != "SPRINGFIELD (AP) —" {
		t.Errorf("Dateline = %q", a.Dateline.Text)
	}
	if a.Headline != "Tom & Jerry ’s show" || a.Site != "Example & Co" {
		t.Errorf("Headline %q, Site %q; want the metadata decoded twice", a.Headline, a.Site)
	}
}

// TestUnclosedButton checks that a <button> left open hides only itself:
// the story after it is read, as a browser shows it.
func TestUnclosedButton(t *testing.T) {
	story := "<p>The council met on Tuesday and voted to extend the water program for another year, officials said.</p>"
	for name, page := range map[string]string{
		"another button": `<html><body><article><div><button class="poll">Yes<span>12%</span><button class="poll">No</button></div>` + story + story + story + `</article></body></html>`,
		"end of its box": `<html><body><article><div class="poll"><button>Vote</div>` + story + story + story + `</article></body></html>`,
		"closed":         `<html><body><article><div><button>Vote</button></div>` + story + story + story + `</article></body></html>`,
	} {
		a, err := Parse(strings.NewReader(page))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(a.Paragraphs) != 3 {
			t.Errorf("%s: %d paragraphs, want 3: %q", name, len(a.Paragraphs), a.Paragraphs)
		}
		for _, p := range a.Paragraphs {
			if strings.Contains(p, "Vote") || strings.Contains(p, "12%") {
				t.Errorf("%s: button text in the body: %q", name, p)
			}
		}
	}
}

// TestPlainBlockText holds plainBlockText to cleanDecoded on printable
// ASCII text with runs of spaces at its ends and inside, and checks that it
// leaves other text to cleanDecoded untouched.
func TestPlainBlockText(t *testing.T) {
	for _, s := range []string{
		"", " ", "   ", "a", " a", "a ", "  a  b   c  ", "Story text, with punctuation: 1-2 & \"quotes\"!", "x  y",
		"~!@#$%^&*()_+{}|:<>?`-=[]\\;',./", "AT&amp;T  &lt;b&gt;",
	} {
		got, ok := plainBlockText([]byte(s))
		if want := cleanDecoded(s); !ok || got != want {
			t.Errorf("plainBlockText(%q) = %q, %v; cleanDecoded gives %q", s, got, ok, want)
		}
	}
	// Random printable ASCII, spaces often.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			if rng.IntN(3) == 0 {
				b[i] = ' '
			} else {
				b[i] = byte(' ' + rng.IntN(0x7f-' '))
			}
		}
		s := string(b)
		if got, ok := plainBlockText(b); !ok || got != cleanDecoded(s) {
			t.Errorf("plainBlockText(%q) = %q, %v; cleanDecoded gives %q", s, got, ok, cleanDecoded(s))
		}
	}
	for _, s := range []string{"caf\u00e9", "a\nb", "a\tb", "it\u2019s", "a\x00b", "a\x7fb", "\xff"} {
		b := []byte(s)
		if _, ok := plainBlockText(b); ok || string(b) != s {
			t.Errorf("plainBlockText(%q): ok %v, left %q", s, ok, b)
		}
	}
}
