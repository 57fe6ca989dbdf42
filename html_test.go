package wirestory

import (
	"bytes"
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
	} {
		if got := string(stripRawText([]byte(tt.in))); got != tt.want {
			t.Errorf("stripRawText(%q) = %q, want %q", tt.in, got, tt.want)
		}
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
