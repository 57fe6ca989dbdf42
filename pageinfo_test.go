package wirestory

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
)

// TestParseNilReader checks that a nil reader is an error, not a panic,
// whichever way Parse is called.
func TestParseNilReader(t *testing.T) {
	var p Parser
	for name, parse := range map[string]func() (*Article, error){
		"Parse":            func() (*Article, error) { return Parse(nil) },
		"ParsePage":        func() (*Article, error) { return ParsePage(nil, PageInfo{URL: "https://example.com/"}) },
		"Parser.Parse":     func() (*Article, error) { return p.Parse(nil) },
		"Parser.ParsePage": func() (*Article, error) { return p.ParsePage(nil, PageInfo{}) },
	} {
		a, err := parse()
		if a != nil || err == nil || errors.Is(err, ErrNoArticle) || !strings.Contains(err.Error(), "nil") {
			t.Errorf("%s(nil) = %v, %v; want no Article and an error saying the reader is nil", name, a, err)
		}
	}
}

// urlTextPage is a text page with no date on it.
const urlTextPage = `World

Flood waters recede in the north as rescue teams reach cut-off villages

AFP

HANOI (AFP) - Flood waters began to recede across northern Vietnam on Sunday as rescue teams reached villages cut off for a week, officials said.

Soldiers carried rice and drinking water on foot to hamlets where roads had been washed away, the disaster agency said in a statement.
`

// urlHTMLPage is an HTML page; canonical and published are put in its head.
const urlHTMLPage = `<!doctype html><html lang="en"><head><title>Ferry service resumes after storm - Example News</title>%s</head>
<body><article><h1>Ferry service resumes after storm</h1>
<p>OSLO (Reuters) - Ferry services along the western coast resumed on Monday after a storm that had halted sailings for three days passed, the operator said.</p>
<p>About 12,000 passengers had been stranded at ports between Bergen and Stavanger, the company said in a statement on its website.</p>
</article></body></html>`

// TestPageInfoURL checks what a page's URL given by the caller fills in:
// the Article's URL when the page names none, and its Published day when
// the page shows no date; a page's own canonical address and date win.
func TestPageInfoURL(t *testing.T) {
	const dated = "https://example.com/world/2024/03/05/flood-waters-recede"
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	published := time.Date(2024, 3, 4, 8, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		name          string
		page, url     string
		wantURL       string
		wantPublished time.Time
	}{
		{"text page", urlTextPage, dated, dated, day},
		{"text page, no date in URL", urlTextPage, "https://example.com/a/12345", "https://example.com/a/12345", time.Time{}},
		{"text page, no URL", urlTextPage, "", "", time.Time{}},
		{"HTML, nothing in the head", strings.Replace(urlHTMLPage, "%s", "", 1), dated, dated, day},
		{"HTML with canonical and date",
			strings.Replace(urlHTMLPage, "%s", `<link rel="canonical" href="https://example.com/ferry">`+
				`<meta property="article:published_time" content="2024-03-04T08:30:00Z">`, 1),
			dated, "https://example.com/ferry", published},
		{"HTML with a dated canonical", strings.Replace(urlHTMLPage, "%s",
			`<link rel="canonical" href="https://example.com/2023-11-20/ferry">`, 1),
			"https://m.example.com/ferry", "https://example.com/2023-11-20/ferry", time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParsePage(strings.NewReader(tc.page), PageInfo{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.URL != tc.wantURL || !a.Published.Equal(tc.wantPublished) {
				t.Errorf("URL %q, Published %v; want %q, %v", a.URL, a.Published, tc.wantURL, tc.wantPublished)
			}
			// Everything else is what Parse finds.
			plain, err := Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			plain.URL, plain.Published = a.URL, a.Published
			if diff := cmp.Diff(plain, a); diff != "" {
				t.Errorf("ParsePage and Parse differ beyond URL and Published (-Parse +ParsePage):\n%s", diff)
			}
		})
	}
}

// kyodoJapanese is a short story in Japanese, as a text page.
const kyodoJapanese = `国際

台風が沖縄に接近、数百便が欠航

共同通信

【那覇共同】強い台風が火曜日に沖縄に接近し、航空各社は数百便を欠航、県内の学校は休校となったと気象台が発表した。

宮古島では最大瞬間風速50メートルを観測し、約4万戸が停電した。

気象台は住民に屋内にとどまるよう呼び掛け、水曜日にかけて土砂災害や高波に警戒するよう求めた。
`

// TestTextCharset checks that a text page is decoded as its Content-Type's
// charset says, given to the Parser or with the page, and that the page's
// own charset wins over the Parser's.
func TestTextCharset(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String(kyodoJapanese)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Parse(strings.NewReader(kyodoJapanese))
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Paragraphs) != 3 {
		t.Fatalf("the UTF-8 page gives %d paragraphs, want 3: %q", len(want.Paragraphs), want.Paragraphs)
	}

	check := func(name string, a *Article, err error) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		if diff := cmp.Diff(want, a); diff != "" {
			t.Errorf("%s: differs from the UTF-8 page (-want +got):\n%s", name, diff)
		}
	}
	a, err := ParsePage(strings.NewReader(sjis), PageInfo{ContentType: "text/plain; charset=Shift_JIS"})
	check("ParsePage", a, err)
	p := Parser{ContentType: "text/plain; charset=shift_jis"}
	a, err = p.Parse(strings.NewReader(sjis))
	check("Parser.ContentType", a, err)
	p = Parser{ContentType: "text/plain; charset=euc-kr"}
	a, err = p.ParsePage(strings.NewReader(sjis), PageInfo{ContentType: "text/plain;charset=\"Shift_JIS\""})
	check("PageInfo over Parser", a, err)

	// Without the charset the bytes are read as UTF-8, then Windows-1252:
	// no Japanese comes out.
	a, err = Parse(strings.NewReader(sjis))
	if err == nil && strings.Contains(strings.Join(a.Paragraphs, ""), "台風") {
		t.Error("Shift_JIS read without a charset gives Japanese: the test page proves nothing")
	}

	// A charset that is UTF-8, or unknown, or a broken header leaves a UTF-8
	// page alone.
	for _, ct := range []string{"text/plain; charset=utf-8", "text/plain; charset=x-no-such", "text/plain; charset", "text/plain"} {
		a, err := ParsePage(strings.NewReader(kyodoJapanese), PageInfo{ContentType: ct})
		check(ct, a, err)
	}

	// Korean in EUC-KR, to show the charset is read, not assumed.
	const korean_ = "정치\n\n국회, 예산안 처리 합의\n\n연합뉴스\n\n(서울=연합뉴스) 여야는 월요일 내년도 예산안을 이번 주 본회의에서 처리하기로 합의했다고 밝혔다.\n\n양당 원내대표는 국회에서 만나 세부 항목에 대한 협상을 이어가기로 했다.\n"
	euc, err := korean.EUCKR.NewEncoder().String(korean_)
	if err != nil {
		t.Fatal(err)
	}
	wantKo, err := Parse(strings.NewReader(korean_))
	if err != nil {
		t.Fatal(err)
	}
	a, err = ParsePage(strings.NewReader(euc), PageInfo{ContentType: "text/plain; charset=EUC-KR"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantKo, a); diff != "" {
		t.Errorf("EUC-KR page differs from the UTF-8 one (-want +got):\n%s", diff)
	}
}

// TestContentTypePerPage checks that an HTML page's Content-Type given
// with the page decides its charset over the Parser's and the page's own.
func TestContentTypePerPage(t *testing.T) {
	page := strings.Replace(urlHTMLPage, "%s", `<meta charset="utf-8">`, 1)
	page = strings.Replace(page, "Ferry services", "Fährdienste services", 1)
	latin1 := strings.ReplaceAll(page, "ä", "\xe4") // Windows-1252 bytes
	p := Parser{ContentType: "text/html; charset=utf-8"}
	a, err := p.ParsePage(strings.NewReader(latin1), PageInfo{ContentType: "text/html; charset=windows-1252"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Paragraphs[0], "Fährdienste") {
		t.Errorf("first paragraph %q; want the Windows-1252 ä read as ä", a.Paragraphs[0])
	}
}

func TestDateInURL(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		url  string
		want time.Time
	}{
		{"https://example.com/2021/01/14/copper-climbs", d(2021, 1, 14)},
		{"https://example.com/news/2021/1/4/", d(2021, 1, 4)},
		{"https://example.com/news/2021/01/14", d(2021, 1, 14)},
		{"https://example.com/world/asia/china-trade-2024-03-05/", d(2024, 3, 5)},
		{"https://example.com/a/story_2019_12_31.html", d(2019, 12, 31)},
		{"/2020/02/29/leap", d(2020, 2, 29)},
		{"https://example.com/2021/02/30/no-such-day", time.Time{}},
		{"https://example.com/2021/13/01/no-such-month", time.Time{}},
		{"https://example.com/1899/01/01/too-old", time.Time{}},
		{"https://example.com/article/123456789", time.Time{}},
		{"https://example.com/a/20210114-story", time.Time{}},  // no separators: an ID as often as a date
		{"https://example.com/a/12021-01-14", time.Time{}},     // a longer number
		{"https://example.com/a/2021-01-145", time.Time{}},     // a longer number
		{"https://example.com/a/2021-01/14", time.Time{}},      // mixed separators
		{"https://example.com/a?date=2021-01-14", time.Time{}}, // the query is not read
		{"https://2021-01-14.example.com/a", time.Time{}},      // nor the host
		{"https://example.com/a#2021/01/14", time.Time{}},      // nor the fragment
		{"https://example.com", time.Time{}},
		{"", time.Time{}},
	} {
		got, ok := dateInURL(tc.url)
		if ok != !tc.want.IsZero() || !got.Equal(tc.want) {
			t.Errorf("dateInURL(%q) = %v, %v; want %v", tc.url, got, ok, tc.want)
		}
	}
}

// errReader fails after giving a few bytes.
type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.ErrUnexpectedEOF
	}
	r.n--
	return copy(p, "x"), nil
}

// TestParsePageReaderError checks that ParsePage wraps the reader's error
// as Parse does.
func TestParsePageReaderError(t *testing.T) {
	_, err := ParsePage(&errReader{n: 3}, PageInfo{URL: "https://example.com/"})
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("error %v, want one wrapping io.ErrUnexpectedEOF", err)
	}
}
