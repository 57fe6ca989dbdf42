package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestHalfOf(t *testing.T) {
	// Python: zlib.crc32(id.encode()) % 2 == 0 is half a.
	tests := map[string]byte{
		"0001":                      'a', // CRC-32 2073883876
		"0002":                      'a', // 3801458014
		"at-DerStandard_2024_05_03": 'b', // 960866151
		"cx-bloomberg":              'a', // 3684217892
		"042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856": 'b', // 723228777
	}
	for id, want := range tests {
		if got := halfOf(id); got != want {
			t.Errorf("halfOf(%q) = %c, want %c", id, got, want)
		}
	}
}

// TestCorpora loads every corpus of the shared data and checks its size,
// its text dumps and that each half holds between 40% and 60% of it.
func TestCorpora(t *testing.T) {
	want := map[string]struct{ pages, articles, texts int }{
		corpusAEB:     {181, 181, 181},
		corpusFundus:  {238, 238, 238},
		corpusWCXB:    {1358, 711, 711},
		corpusStories: {42, 42, 42},
	}
	for _, name := range corpusNames {
		c, err := loadCorpus(name, evalDir)
		if errors.Is(err, errNoCorpus) {
			t.Logf("%v: skipped", err)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		articles, texts, inA := 0, 0, 0
		for _, p := range c.Pages {
			if p.Type == "article" {
				articles++
			}
			if p.TextPath != "" {
				texts++
			}
			if p.Half == 'a' {
				inA++
			}
			if !fileExists(p.HTMLPath) {
				t.Errorf("%s %s: no page at %s", name, p.ID, p.HTMLPath)
			}
		}
		w := want[name]
		if len(c.Pages) != w.pages || articles != w.articles || texts != w.texts {
			t.Errorf("%s: %d pages, %d articles, %d text dumps; want %d, %d, %d",
				name, len(c.Pages), articles, texts, w.pages, w.articles, w.texts)
		}
		if share := float64(inA) / float64(len(c.Pages)); share < 0.4 || share > 0.6 {
			t.Errorf("%s: half a holds %d of %d pages", name, inA, len(c.Pages))
		}
		if !slices.IsSortedFunc(c.Pages, func(a, b *page) int { return strings.Compare(a.ID, b.ID) }) {
			t.Errorf("%s: pages not sorted by id", name)
		}
		c.keepHalf('b')
		if len(c.Pages) != w.pages-inA {
			t.Errorf("%s: keepHalf('b') kept %d pages, want %d", name, len(c.Pages), w.pages-inA)
		}
	}
}

// TestAEBTruthScoresOne scores the ground truth against itself, and against
// nothing, over the real benchmark pages: the scorer must give the extremes.
func TestAEBTruthScoresOne(t *testing.T) {
	c, err := loadCorpus(corpusAEB, evalDir)
	if err != nil {
		t.Skipf("no AEB data: %v", err)
	}
	truth, nothing := &run{Corpus: c}, &run{Corpus: c}
	for _, p := range c.Pages {
		truth.Pages = append(truth.Pages, pageResult{Page: p, Match: matchShingles(p.Truth, p.Truth), Exact: true})
		nothing.Pages = append(nothing.Pages, pageResult{Page: p, Match: matchShingles(p.Truth, ""), NoArticle: true})
	}
	if s := truth.summarize(0); s.Precision != 1 || s.Recall != 1 || s.F1 != 1 || s.Exact != 1 || s.NoArticle != 0 {
		t.Errorf("truth scores %+v, want 1", s)
	}
	if s := nothing.summarize(0); s.Precision != 0 || s.Recall != 0 || s.F1 != 0 || s.NoArticle != len(c.Pages) {
		t.Errorf("nothing scores %+v, want 0 and every page without article", s)
	}
}

func TestSummarize(t *testing.T) {
	c := &corpus{Name: corpusWCXB}
	pa := &page{ID: "a1", Half: 'a', Type: "article"}
	pb := &page{ID: "b1", Half: 'b', Type: "article"}
	pc := &page{ID: "b2", Half: 'b', Type: "article"}
	pf := &page{ID: "b3", Half: 'b', Type: "forum"}
	ps := &page{ID: "a2", Half: 'a', Type: "service"}
	r := &run{Corpus: c, Pages: []pageResult{
		{Page: pa, Time: time.Second, Words: prf{1, 0.5, 2.0 / 3}, Fields: []field{{Name: "title", Score: 1}, {Name: "with", Score: 0.5}}},
		{Page: ps, Time: time.Second},
		{Page: pb, Time: time.Second, Words: prf{0.5, 1, 2.0 / 3}, Fields: []field{{Name: "title", Score: 0}}},
		{Page: pc, Time: time.Second, NoArticle: true, Fields: []field{{Name: "title", Score: 0}}},
		{Page: pf, Time: time.Second, NoArticle: true},
	}}
	s := r.summarize(0)
	if s.Pages != 3 || s.NoArticle != 1 || !near(s.Precision, 0.5) || !near(s.Recall, 0.5) || !near(s.F1, 4.0/9) ||
		!near(s.PagesPerSec, 1) {
		t.Errorf("all: %+v", s)
	}
	if f := s.Fields["title"]; f.Pages != 3 || f.Right != 1 || !near(f.Score, 1.0/3) {
		t.Errorf("all: title %+v, want 1 of 3", f)
	}
	if f := s.Fields["with"]; f.Pages != 1 || f.Right != 0 || !near(f.Score, 0.5) {
		t.Errorf("all: with %+v, want 0.5 on 1 page", f)
	}
	if want := map[string]typeCount{"forum": {0, 1}, "service": {1, 1}}; !mapsEqualTC(s.NonArticles, want) {
		t.Errorf("all: non-articles %v, want %v", s.NonArticles, want)
	}
	a, b := r.summarize('a'), r.summarize('b')
	if a.Pages != 1 || !near(a.F1, 2.0/3) || a.NonArticles["service"].AsArticle != 1 || len(a.NonArticles) != 1 {
		t.Errorf("half a: %+v", a)
	}
	if b.Pages != 2 || b.NoArticle != 1 || !near(b.F1, 1.0/3) || b.NonArticles["forum"].Pages != 1 {
		t.Errorf("half b: %+v", b)
	}
}

func mapsEqualTC(a, b map[string]typeCount) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestRunCorpus runs stand-in extractors over a corpus made here: a
// gzip-compressed page, a page with a text dump and one without, and an
// extractor that reads HTML only.
func TestRunCorpus(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>alpha beta</p>"))
	zw.Close()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	u, _ := url.Parse("https://example.com/x")
	c := &corpus{Name: corpusFundus, Pages: []*page{
		{ID: "p1", Type: "article", URL: u, HTMLPath: write("p1.html.gz", gz.Bytes()), TextPath: write("p1.txt", []byte("alpha\n\nbeta")), Truth: "alpha beta"},
		{ID: "p2", Type: "article", HTMLPath: write("p2.html", []byte("<p>gamma</p>")), Truth: "gamma delta"},
	}}
	var seen []*url.URL
	ex := &extractor{Name: "stand-in", Quality: true,
		HTML: func(data []byte, u *url.URL) (extraction, error) {
			seen = append(seen, u)
			text := strings.NewReplacer("<p>", "", "</p>", "").Replace(string(data))
			if text == "gamma" {
				return extraction{}, errors.New("no article")
			}
			return extraction{Body: text + "\u00ad"}, nil
		},
	}
	r, err := runCorpus(c, inputHTML, ex, runOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pages) != 2 || r.NA {
		t.Fatalf("html: %d pages, NA %v; want 2 pages", len(r.Pages), r.NA)
	}
	p1, p2 := r.Pages[0], r.Pages[1]
	if p1.Body != "alpha beta" || p1.NoArticle || p1.Words != (prf{1, 1, 1}) {
		t.Errorf("p1: %+v; want the decompressed page, soft hyphen out, scoring 1", p1)
	}
	if p2.Err == nil || !p2.NoArticle || p2.Words != (prf{}) {
		t.Errorf("p2: %+v; want an error, no article, 0", p2)
	}
	if len(seen) != 2 || seen[0] != u || seen[1] != nil {
		t.Errorf("URLs given: %v, want the page's and nil", seen)
	}
	// The extractor reads no text: the run is n/a, nothing is called.
	seen = nil
	if r, err := runCorpus(c, inputText, ex, runOptions{}); err != nil || !r.NA || len(seen) != 0 {
		t.Errorf("text: NA %v, err %v, %d calls; want n/a and no call", r.NA, err, len(seen))
	}
	// A text reader gets only the pages that have a dump.
	ex.Text = func(data []byte) (extraction, error) { return extraction{Body: string(data)}, nil }
	r, err = runCorpus(c, inputText, ex, runOptions{})
	if err != nil || len(r.Pages) != 1 || r.Pages[0].Body != "alpha\n\nbeta" {
		t.Errorf("text: %+v, %v; want p1's dump only", r, err)
	}
}

func TestSelectExtractors(t *testing.T) {
	all := extractors(true)
	tests := []struct {
		names string
		want  []string
	}{
		{"all", []string{nameWirestory, nameTrafilatura, nameReadability, nameHTMLParse, nameWholeDump}},
		{"wirestory,html", []string{nameWirestory, nameHTMLParse}},
		{"go-readability, WIRESTORY", []string{nameWirestory, nameReadability}},
		{"whole", []string{nameWholeDump}},
	}
	for _, tt := range tests {
		got, err := selectExtractors(all, tt.names)
		if err != nil {
			t.Errorf("selectExtractors(%q): %v", tt.names, err)
			continue
		}
		var names []string
		for _, e := range got {
			names = append(names, e.Name)
		}
		if !slices.Equal(names, tt.want) {
			t.Errorf("selectExtractors(%q) = %q, want %q", tt.names, names, tt.want)
		}
	}
	if _, err := selectExtractors(all, "boilerpipe"); err == nil {
		t.Error("selectExtractors accepted an unknown name")
	}
}

func TestSelectList(t *testing.T) {
	got, err := selectList("stories, AEB", corpusNames)
	if err != nil || !slices.Equal(got, []string{corpusAEB, corpusStories}) {
		t.Errorf("selectList = %q, %v; want [aeb stories] in corpus order", got, err)
	}
	if got, _ := selectList("all", corpusNames); !slices.Equal(got, corpusNames) {
		t.Errorf("selectList(all) = %q", got)
	}
	if _, err := selectList("aeb,cnn", corpusNames); err == nil {
		t.Error("selectList accepted an unknown name")
	}
}

func TestMedian(t *testing.T) {
	if got := median([]time.Duration{3, 1, 2}); got != 2 {
		t.Errorf("median of 3 = %v, want 2", got)
	}
	if got := median([]time.Duration{4, 1, 2, 3}); got != 2 {
		t.Errorf("median of 4 = %v, want 2 (mean of 2 and 3, truncated)", got)
	}
	if got := median(nil); got != 0 {
		t.Errorf("median of none = %v, want 0", got)
	}
}

func TestTable(t *testing.T) {
	tb := newTable(1, "name", "F1")
	tb.add("wirestory", "0.967")
	tb.add("a|b", 12)
	var b strings.Builder
	tb.write(&b)
	want := "" +
		"| name      |    F1 |\n" +
		"|-----------|------:|\n" +
		"| wirestory | 0.967 |\n" +
		"| a\\|b      |    12 |\n\n"
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestWriteMarkdown writes the report of a small run made here and checks
// the rows it must hold.
func TestWriteMarkdown(t *testing.T) {
	c := &corpus{Name: corpusWCXB, Pages: []*page{
		{ID: "0001", Half: 'a', Type: "article"},
		{ID: "0002", Half: 'b', Type: "article"},
		{ID: "0003", Half: 'b', Type: "forum"},
	}}
	ws := &extractor{Name: nameWirestory, Quality: true, Fields: true}
	peer := &extractor{Name: nameTrafilatura, Quality: true}
	html := &run{Corpus: c, Input: inputHTML, Extractor: ws, Pages: []pageResult{
		{Page: c.Pages[0], Time: time.Second, Words: prf{1, 0.5, 2.0 / 3}, Fields: []field{{Name: "title", Score: 1}}},
		{Page: c.Pages[1], Time: time.Second, NoArticle: true, Fields: []field{{Name: "title", Score: 0}}},
		{Page: c.Pages[2], Time: time.Second},
	}}
	peerHTML := &run{Corpus: c, Input: inputHTML, Extractor: peer, Pages: []pageResult{
		{Page: c.Pages[0], Time: time.Second, Words: prf{1, 1, 1}},
		{Page: c.Pages[1], Time: time.Second, Words: prf{0.5, 0.5, 0.5}},
		{Page: c.Pages[2], Time: time.Second, NoArticle: true},
	}}
	peerText := &run{Corpus: c, Input: inputText, Extractor: peer, NA: true}
	rep := &report{Header: "test", Runs: []*run{html, peerHTML, peerText}}
	var b strings.Builder
	rep.writeMarkdown(&b, 1, false)
	out := b.String()
	for _, want := range []string{
		"| WCXB-dev articles, html, 2 pages | 0.333 (0.500 / 0.250), 1 no article | 0.750 (0.750 / 0.750) |",
		"| WCXB-dev articles, text, 0 pages |                                     | n/a                   |",
		"| WCXB-dev articles | html  | wirestory      |     2 |     0.500 |  0.250 | 0.333 |          1 |     1.0 |",
		"| WCXB-dev articles | text  | go-trafilatura |     0 |       n/a |    n/a |   n/a |        n/a |     n/a |",
		"| WCXB-dev | html  |     2 |             - |                - | 0.500 |", // no snippets, title
		"| forum     |     1 |         1 |              0 |",                      // non-articles
		"| WCXB-dev articles | html  |       1 | 1.000 | 0.500 | 0.667 |         0 |       1 | 0.000 | 0.000 | 0.000 |         1 | -0.667 |",
		"- WCXB-dev (html) non-article pages returned as an article: A 0/0, B 1/1",
		"| 0002 | 0.000 | 0.000 | 0.000 |     0 |", // the worst page
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("report:\n%s", out)
	}
}
