package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Corpus names, in report order.
const (
	corpusAEB     = "aeb"
	corpusFundus  = "fundus"
	corpusWCXB    = "wcxb"
	corpusStories = "stories"
)

// corpusNames are the corpora bench knows, in report order.
var corpusNames = []string{corpusAEB, corpusFundus, corpusWCXB, corpusStories}

// corpusTitles are the corpora's names in the report.
var corpusTitles = map[string]string{
	corpusAEB:     "AEB",
	corpusFundus:  "fundus",
	corpusWCXB:    "WCXB-dev",
	corpusStories: "stories-dev",
}

// corpusDirs are the corpora's folders under the evaluation data.
var corpusDirs = map[string]string{
	corpusAEB:     "aeb",
	corpusFundus:  "fundus",
	corpusWCXB:    "wcxb-dev",
	corpusStories: "stories-dev",
}

// A corpus is one evaluation set of shared/eval, loaded without its pages'
// bytes, which are read from disk when needed.
type corpus struct {
	Name  string  // one of corpusNames
	Dir   string  // its folder
	Pages []*page // sorted by ID
	// Untyped counts the WCXB pages in html/ that metadata.json gives no
	// page type; they are left out, as wsscore leaves them out.
	Untyped int
}

// Title is the corpus's name in the report.
func (c *corpus) Title() string { return corpusTitles[c.Name] }

// A page is one page of a corpus with its ground truth.
type page struct {
	ID   string
	Half byte     // 'a' or 'b': see halfOf
	URL  *url.URL // the page's address, when the data gives one
	// HTMLPath is the page as crawled (gzip-compressed when it ends in
	// .gz); TextPath is the browser's text dump of it, "" when the corpus
	// has none for this page.
	HTMLPath, TextPath string
	// Type is the WCXB page type ("article", "service", "forum" ...);
	// "article" on the other corpora.
	Type string
	// Truth is the true body: AEB's articleBody, fundus's summary and
	// paragraphs, WCXB's main_content. It is empty on stories-dev.
	Truth string

	// Title is the page's true headline (fundus, WCXB).
	Title string
	// Authors are fundus's authors, as fundus lists them.
	Authors []string
	// PublishingDate is fundus's publishing date, local time as shown.
	PublishingDate string
	// With and Without are WCXB's snippets that the body must and must
	// not hold.
	With, Without []string
	// Story is the stories-dev page's expected fields.
	Story *expected
}

// halfOf puts a page in half 'a' when the CRC-32 (IEEE) of its id is even
// and in half 'b' when it is odd: a fixed split that needs no list, the
// same in Python as zlib.crc32(id.encode()) % 2.
func halfOf(id string) byte {
	if crc32.ChecksumIEEE([]byte(id))%2 == 0 {
		return 'a'
	}
	return 'b'
}

// path returns the page's file for an input form, "html" or "text", or ""
// when the page has none.
func (p *page) path(input string) string {
	if input == inputText {
		return p.TextPath
	}
	return p.HTMLPath
}

// Input forms.
const (
	inputHTML = "html"
	inputText = "text"
)

// readPage reads a page's file, decompressing it when it is gzip.
func readPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	if magic, _ := br.Peek(2); string(magic) != "\x1f\x8b" {
		return io.ReadAll(br)
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

// errNoCorpus says that a corpus's data is not where it was looked for.
var errNoCorpus = errors.New("no data")

// loadCorpus reads the pages and ground truth of the named corpus from its
// folder under evalDir. It returns an error wrapping errNoCorpus when the
// folder is absent.
func loadCorpus(name, evalDir string) (*corpus, error) {
	dir := filepath.Join(evalDir, corpusDirs[name])
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("%s: %w at %s", corpusTitles[name], errNoCorpus, dir)
	}
	c := &corpus{Name: name, Dir: dir}
	var err error
	switch name {
	case corpusAEB:
		err = c.loadAEB()
	case corpusFundus:
		err = c.loadFundus()
	case corpusWCXB:
		err = c.loadWCXB()
	case corpusStories:
		err = c.loadStories()
	default:
		return nil, fmt.Errorf("unknown corpus %q", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Title(), err)
	}
	for _, p := range c.Pages {
		p.Half = halfOf(p.ID)
		if p.Type == "" {
			p.Type = "article"
		}
		if t := filepath.Join(dir, "text", p.ID+".txt"); fileExists(t) {
			p.TextPath = t
		}
	}
	slices.SortFunc(c.Pages, func(a, b *page) int { return strings.Compare(a.ID, b.ID) })
	return c, nil
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// parseURL parses a page's address; a bad or empty one gives nil.
func parseURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// loadAEB reads ground-truth.json ({id: {url, articleBody}}) and html/.
func (c *corpus) loadAEB() error {
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := readJSON(filepath.Join(c.Dir, "ground-truth.json"), &truth); err != nil {
		return err
	}
	for id, t := range truth {
		c.Pages = append(c.Pages, &page{
			ID: id, URL: parseURL(t.URL), Truth: t.ArticleBody,
			HTMLPath: filepath.Join(c.Dir, "html", id+".html"),
		})
	}
	return nil
}

// fundusExpected is one fundus expected/<id>.json.
type fundusExpected struct {
	URL            string   `json:"url"`
	Title          string   `json:"title"`
	Authors        []string `json:"authors"`
	PublishingDate string   `json:"publishing_date"`
	Summary        []string `json:"summary"`
	Paragraphs     []string `json:"paragraphs"`
}

// loadFundus reads expected/*.json and pages/<id>.html.gz.
func (c *corpus) loadFundus() error {
	files, err := filepath.Glob(filepath.Join(c.Dir, "expected", "*.json"))
	if err != nil {
		return err
	}
	for _, f := range files {
		var e fundusExpected
		if err := readJSON(f, &e); err != nil {
			return err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		html := filepath.Join(c.Dir, "pages", id+".html.gz")
		if !fileExists(html) {
			html = strings.TrimSuffix(html, ".gz")
		}
		c.Pages = append(c.Pages, &page{
			ID: id, URL: parseURL(e.URL), HTMLPath: html,
			Truth: strings.Join(append(slices.Clip(e.Summary), e.Paragraphs...), "\n"),
			Title: e.Title, Authors: e.Authors, PublishingDate: e.PublishingDate,
		})
	}
	return nil
}

// loadWCXB reads metadata.json (the page type of each id),
// ground-truth/<id>.json and html/<id>.html.gz.
func (c *corpus) loadWCXB() error {
	var meta struct {
		Files map[string]struct {
			PageType string `json:"page_type"`
		} `json:"files"`
	}
	if err := readJSON(filepath.Join(c.Dir, "metadata.json"), &meta); err != nil {
		return err
	}
	for id, m := range meta.Files {
		var g struct {
			URL         string `json:"url"`
			GroundTruth struct {
				Title       string   `json:"title"`
				MainContent string   `json:"main_content"`
				With        []string `json:"with"`
				Without     []string `json:"without"`
			} `json:"ground_truth"`
		}
		if err := readJSON(filepath.Join(c.Dir, "ground-truth", id+".json"), &g); err != nil {
			return err
		}
		gt := g.GroundTruth
		c.Pages = append(c.Pages, &page{
			ID: id, URL: parseURL(g.URL), Type: m.PageType,
			HTMLPath: filepath.Join(c.Dir, "html", id+".html.gz"),
			Truth:    gt.MainContent, Title: gt.Title, With: gt.With, Without: gt.Without,
		})
	}
	entries, err := os.ReadDir(filepath.Join(c.Dir, "html"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, e := range entries {
		if _, ok := meta.Files[strings.TrimSuffix(e.Name(), ".html.gz")]; !ok {
			c.Untyped++
		}
	}
	return nil
}

// loadStories reads expected/*.json and pages/<id>.html.
func (c *corpus) loadStories() error {
	files, err := filepath.Glob(filepath.Join(c.Dir, "expected", "*.json"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no expected/*.json in %s", c.Dir)
	}
	for _, f := range files {
		var e expected
		if err := readJSON(f, &e); err != nil {
			return err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		c.Pages = append(c.Pages, &page{
			ID: id, Story: &e, Title: e.Headline,
			HTMLPath: filepath.Join(c.Dir, "pages", id+".html"),
		})
	}
	return nil
}

// keepHalf drops the pages that are not in half h ('a' or 'b').
func (c *corpus) keepHalf(h byte) {
	c.Pages = slices.DeleteFunc(c.Pages, func(p *page) bool { return p.Half != h })
}

// loadHTML reads every page's HTML into memory, for the timed passes.
func (c *corpus) loadHTML() ([][]byte, error) {
	out := make([][]byte, len(c.Pages))
	for i, p := range c.Pages {
		data, err := readPage(p.HTMLPath)
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
}
