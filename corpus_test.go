package wirestory

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// This file reads the shared evaluation corpora (../shared/eval) for the
// tests that measure and train the body scorer. The pages are third-party
// material: they are read in place and never copied into the repository,
// and the tests that need them skip when they are absent.

// A devPage is one page of an evaluation corpus with the body its ground
// truth gives.
type devPage struct {
	corpus string // "aeb", "fundus", "wcxb"
	id     string
	path   string // the page file (HTML or text dump)
	text   bool   // a browser text dump rather than HTML
	truth  string // the ground-truth body
	title  string // the ground-truth headline, if known
}

// half returns the fixed half of the split the page id falls in: "a" when
// the CRC-32 (IEEE) of the id is even, "b" otherwise, as bench splits them
// (in Python, zlib.crc32(id.encode()) % 2). Rules and weights are chosen on
// half a; half b checks them.
func half(id string) string {
	if crc32.ChecksumIEEE([]byte(id))%2 == 0 {
		return "a"
	}
	return "b"
}

// loadDevPages returns the pages of the AEB, fundus and WCXB-dev article
// corpora, HTML and text dumps, with their ground-truth bodies, in a fixed
// order. It skips the test when the corpora are absent.
func loadDevPages(t testing.TB) []devPage {
	t.Helper()
	eval := sharedDir + "/eval"
	if _, err := os.Stat(eval); err != nil {
		t.Skipf("%s not present", eval)
	}
	var pages []devPage
	add := func(corpus, id, truth, title, html, text string) {
		if html != "" {
			if _, err := os.Stat(html); err == nil {
				pages = append(pages, devPage{corpus: corpus, id: id, path: html, truth: truth, title: title})
			}
		}
		if text != "" {
			if _, err := os.Stat(text); err == nil {
				pages = append(pages, devPage{corpus: corpus, id: id, path: text, text: true, truth: truth, title: title})
			}
		}
	}
	// AEB.
	var aeb map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if data, err := os.ReadFile(eval + "/aeb/ground-truth.json"); err == nil {
		if err := json.Unmarshal(data, &aeb); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range sortedKeys(aeb) {
		add("aeb", id, aeb[id].ArticleBody, "", eval+"/aeb/html/"+id+".html", eval+"/aeb/text/"+id+".txt")
	}
	// fundus.
	ex, _ := filepath.Glob(eval + "/fundus/expected/*.json")
	sort.Strings(ex)
	for _, f := range ex {
		var e struct {
			Title      string   `json:"title"`
			Summary    []string `json:"summary"`
			Paragraphs []string `json:"paragraphs"`
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &e); err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		add("fundus", id, strings.Join(append(e.Summary, e.Paragraphs...), "\n"), e.Title,
			eval+"/fundus/pages/"+id+".html.gz", eval+"/fundus/text/"+id+".txt")
	}
	// WCXB-dev, article pages.
	types := wcxbPageTypes(t, eval)
	for _, id := range sortedKeys(types) {
		if types[id] != "article" {
			continue
		}
		var g struct {
			GroundTruth struct {
				MainContent string `json:"main_content"`
				Title       string `json:"title"`
			} `json:"ground_truth"`
		}
		data, err := os.ReadFile(eval + "/wcxb-dev/ground-truth/" + id + ".json")
		if err != nil {
			continue
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatal(err)
		}
		add("wcxb", id, g.GroundTruth.MainContent, g.GroundTruth.Title, eval+"/wcxb-dev/html/"+id+".html.gz", eval+"/wcxb-dev/text/"+id+".txt")
	}
	// stories-dev: headlines only (its ground truth has no whole body).
	ex, _ = filepath.Glob(eval + "/stories-dev/expected/*.json")
	sort.Strings(ex)
	for _, f := range ex {
		var e struct {
			Headline string `json:"headline"`
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &e); err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		add("stories", id, "", e.Headline, eval+"/stories-dev/pages/"+id+".html", eval+"/stories-dev/text/"+id+".txt")
	}
	if len(pages) == 0 {
		t.Skipf("no corpus pages in %s", eval)
	}
	return pages
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// A kindPage is an HTML page whose kind is known: a story or not.
type kindPage struct {
	corpus, id, path string
	kind             string // WCXB's page type; "article" for the story corpora
}

// loadKindPages returns the HTML pages of every corpus with their kinds:
// WCXB-dev's seven, and the AEB, fundus and stories-dev pages, all
// articles.
func loadKindPages(t testing.TB) []kindPage {
	t.Helper()
	eval := sharedDir + "/eval"
	var pages []kindPage
	types := wcxbPageTypes(t, eval)
	for _, id := range sortedKeys(types) {
		pages = append(pages, kindPage{"wcxb", id, eval + "/wcxb-dev/html/" + id + ".html.gz", types[id]})
	}
	for _, dp := range loadDevPages(t) {
		if !dp.text && dp.corpus != "wcxb" {
			pages = append(pages, kindPage{dp.corpus, dp.id, dp.path, "article"})
		}
	}
	return pages
}

// htmlPagePaths returns the paths of the testdata HTML pages and of the
// shared corpora's HTML pages that match pats (globs under sharedDir), the
// first 20 of each corpus under -short.
func htmlPagePaths(pats ...string) []string {
	paths, _ := filepath.Glob("testdata/*.html")
	for _, pat := range pats {
		m, _ := filepath.Glob(sharedDir + pat)
		if testing.Short() && len(m) > 20 {
			m = m[:20]
		}
		paths = append(paths, m...)
	}
	return paths
}

// readPage returns a page file's bytes, gunzipped when its name ends in .gz.
func readPage(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return data, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// evalWords returns the lower-cased word tokens of s, as the scorers
// tokenize (\w+).
func evalWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// wordPRF is the bag-of-words precision, recall and F1 of pred against
// truth, as WCXB and fundus are scored.
func wordPRF(pred, truth string) (p, r, f float64) {
	pw, tw := evalWords(pred), evalWords(truth)
	if len(tw) == 0 {
		if len(pw) == 0 {
			return 1, 1, 1
		}
		return 0, 0, 0
	}
	if len(pw) == 0 {
		return 0, 0, 0
	}
	count := make(map[string]int, len(tw))
	for _, w := range tw {
		count[w]++
	}
	o := 0
	for _, w := range pw {
		if count[w] > 0 {
			count[w]--
			o++
		}
	}
	if o == 0 {
		return 0, 0, 0
	}
	p, r = float64(o)/float64(len(pw)), float64(o)/float64(len(tw))
	return p, r, 2 * p * r / (p + r)
}

// wcxbPageTypes returns the page type of every WCXB-dev page by its id, as
// the corpus's metadata.json gives it, or nothing when the corpus is absent.
func wcxbPageTypes(t testing.TB, eval string) map[string]string {
	var meta struct {
		Files map[string]struct {
			PageType string `json:"page_type"`
		} `json:"files"`
	}
	data, err := os.ReadFile(eval + "/wcxb-dev/metadata.json")
	if err != nil {
		return nil
	}
	if err := json.Unmarshal(data, &meta); err != nil {
		t.Fatal(err)
	}
	types := make(map[string]string, len(meta.Files))
	for id, f := range meta.Files {
		types[id] = f.PageType
	}
	return types
}
