package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/wirestory/wirestory"
	"golang.org/x/net/html"
)

// A page is one benchmark page held in memory, with its ground truth.
type page struct {
	ID    string
	URL   *url.URL // the page's address, from the ground truth; may be nil
	HTML  []byte
	Truth string // the true article body
}

// loadAEB reads the pages and ground truth of the article-extraction
// benchmark from dir (shared/eval/aeb), sorted by id.
func loadAEB(dir string) ([]page, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	var pages []page
	for id, t := range truth {
		body, err := os.ReadFile(filepath.Join(dir, "html", id+".html"))
		if err != nil {
			return nil, err
		}
		u, _ := url.Parse(t.URL) // a bad address is left out, not fatal
		pages = append(pages, page{ID: id, URL: u, HTML: body, Truth: t.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// An extractor turns one page into the text of its article body. Score is
// false for a baseline that only parses and has no text to score.
type extractor struct {
	Name    string
	Score   bool
	Extract func(p *page) (string, error)
}

// extractors returns the contenders, in table order. trafilaturaFallback
// sets go-trafilatura's EnableFallback, which the benchmark's own runner
// sets.
func extractors(trafilaturaFallback bool) []extractor {
	return []extractor{
		{Name: "wirestory", Score: true, Extract: func(p *page) (string, error) {
			a, err := wirestory.Parse(bytes.NewReader(p.HTML))
			if err != nil {
				return "", err
			}
			return strings.Join(a.Paragraphs, "\n"), nil
		}},
		{Name: "go-trafilatura", Score: true, Extract: func(p *page) (string, error) {
			r, err := trafilatura.Extract(bytes.NewReader(p.HTML), trafilatura.Options{
				OriginalURL:    p.URL,
				EnableFallback: trafilaturaFallback,
			})
			if err != nil {
				return "", err
			}
			return r.ContentText, nil
		}},
		{Name: "go-readability", Score: true, Extract: func(p *page) (string, error) {
			parser := readability.NewParser()
			a, err := parser.Parse(bytes.NewReader(p.HTML), p.URL)
			if err != nil {
				return "", err
			}
			if a.Node == nil {
				return "", nil
			}
			var b strings.Builder
			err = a.RenderText(&b)
			return b.String(), err
		}},
		{Name: "html.Parse only", Extract: func(p *page) (string, error) {
			_, err := html.Parse(bytes.NewReader(p.HTML))
			return "", err
		}},
	}
}

// selectExtractors keeps the extractors whose names are listed in names, a
// comma-separated list of names or of their first words ("html" for
// "html.Parse only"); "all" or "" keeps every one.
func selectExtractors(all []extractor, names string) ([]extractor, error) {
	if names == "" || names == "all" {
		return all, nil
	}
	var out []extractor
	for name := range strings.SplitSeq(names, ",") {
		name = strings.TrimSpace(name)
		i := slices.IndexFunc(all, func(e extractor) bool {
			return strings.EqualFold(e.Name, name) || strings.EqualFold(strings.FieldsFunc(e.Name, isNameSep)[0], name)
		})
		if i < 0 {
			return nil, fmt.Errorf("unknown extractor %q", name)
		}
		out = append(out, all[i])
	}
	return out, nil
}

func isNameSep(r rune) bool { return r == ' ' || r == '.' }

// A result is what one extractor did over the benchmark pages.
type result struct {
	Name   string
	Scored bool
	Score  score
	Pages  []pageResult // per page, in page order (scored extractors only)
	Errors int          // pages on which the extractor returned an error

	// Times holds the wall time of each measured pass over all pages.
	Times []time.Duration
	// Alloc is the bytes allocated over all measured passes.
	Alloc uint64
}

// A pageResult is one extractor's score on one page.
type pageResult struct {
	ID        string
	Match     match
	Exact     bool
	Predicted string
}

// softHyphen is removed from every prediction before scoring, as the
// benchmark's runners do with the output of the Go extractors.
const softHyphen = "\u00ad"

// scoreAll runs each extractor once over the pages and scores its output.
// This pass also warms up code and caches before timing.
func scoreAll(exs []extractor, pages []page) []*result {
	var results []*result
	for _, ex := range exs {
		r := &result{Name: ex.Name, Scored: ex.Score}
		var matches []match
		var exact []bool
		for i := range pages {
			p := &pages[i]
			text, err := ex.Extract(p)
			if err != nil {
				r.Errors++
			}
			if !ex.Score {
				continue
			}
			text = strings.ReplaceAll(text, softHyphen, "")
			pr := pageResult{ID: p.ID, Match: matchShingles(p.Truth, text), Exact: exactMatch(p.Truth, text), Predicted: text}
			r.Pages = append(r.Pages, pr)
			matches = append(matches, pr.Match)
			exact = append(exact, pr.Exact)
		}
		if ex.Score {
			r.Score = scorePages(matches, exact)
		}
		results = append(results, r)
	}
	return results
}

// timeAll runs rounds measured passes. In each round every extractor makes
// one pass over all pages, in turn, so that a slow spell of a shared machine
// falls on all of them rather than on one. Each pass starts after a garbage
// collection, and its wall time and allocated bytes are recorded.
func timeAll(exs []extractor, results []*result, pages []page, rounds int) {
	var before, after runtime.MemStats
	for range rounds {
		for i, ex := range exs {
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			for j := range pages {
				_, _ = ex.Extract(&pages[j]) // errors were counted in the scoring pass
			}
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			results[i].Times = append(results[i].Times, elapsed)
			results[i].Alloc += after.TotalAlloc - before.TotalAlloc
		}
	}
}

// median returns the median of ds, which must not be empty.
func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// dumpOutputs writes each scored extractor's texts to dir/<name>.json as
// {"<id>": {"articleBody": "..."}}, the form of the benchmark's output/
// files, so they can also be scored by the benchmark's own evaluate.py.
func dumpOutputs(dir string, results []*result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, r := range results {
		if !r.Scored {
			continue
		}
		out := make(map[string]map[string]string, len(r.Pages))
		for _, p := range r.Pages {
			out[p.ID] = map[string]string{"articleBody": p.Predicted}
		}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, r.Name+".json"), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
