package main

import (
	"context"
	"fmt"
	"net/url"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"
)

// A run is one extractor over the pages of one corpus, in one input form.
type run struct {
	Corpus    *corpus
	Input     string // inputHTML or inputText
	Extractor *extractor
	// NA says that the extractor cannot read this input, so nothing ran.
	NA    bool
	Pages []pageResult // the pages that have this input, in corpus order
}

// A pageResult is one extractor's result on one page.
type pageResult struct {
	Page *page
	Err  error
	Time time.Duration // the extractor's call alone
	// Body is the scored text, soft hyphens taken out.
	Body string
	// NoArticle says that the extractor returned an error or no text.
	NoArticle bool
	Match     match   // AEB: the shingle counts
	Exact     bool    // AEB: the token lists are equal
	Words     prf     // fundus and WCXB article pages: the word-bag scores
	Fields    []field // wirestory's other fields, where the corpus has them
}

// softHyphen is removed from every prediction before scoring, as the
// benchmark's runners do with the output of the Go extractors (wirestory
// removes it itself).
const softHyphen = "\u00ad"

// runOptions are the settings of a run that do not change per corpus.
type runOptions struct {
	agencies map[string]bool // lower-cased agency names, for fundus bylines
	labels   bool            // label the extractor calls for a CPU profile
}

// runCorpus runs ex over every page of c that has the input form, timing
// each call alone, and scores what comes out. Pages are read from disk (and
// decompressed) one at a time, outside the timing, after a garbage
// collection, so that no other extractor's garbage is collected on its time.
func runCorpus(c *corpus, input string, ex *extractor, opts runOptions) (*run, error) {
	r := &run{Corpus: c, Input: input, Extractor: ex}
	read := ex.reads(input)
	if read == nil {
		r.NA = true
		return r, nil
	}
	call := read
	if opts.labels {
		call = func(data []byte, u *url.URL) (x extraction, err error) {
			pprof.Do(context.Background(), pprof.Labels("extractor", ex.Name), func(context.Context) {
				x, err = read(data, u)
			})
			return x, err
		}
	}
	runtime.GC()
	for _, p := range c.Pages {
		path := p.path(input)
		if path == "" {
			continue
		}
		data, err := readPage(path)
		if err != nil {
			return nil, err
		}
		start := time.Now()
		x, err := call(data, p.URL)
		pr := pageResult{Page: p, Err: err, Time: time.Since(start)}
		if ex.Quality {
			if err := pr.score(c.Name, ex, x, opts); err != nil {
				return nil, fmt.Errorf("%s %s: %w", c.Title(), p.ID, err)
			}
		}
		r.Pages = append(r.Pages, pr)
	}
	return r, nil
}

// score scores one page's extraction against the truth of a corpus.
func (pr *pageResult) score(corpusName string, ex *extractor, x extraction, opts runOptions) error {
	p := pr.Page
	var v *view
	if ex.Fields {
		var err error
		if v, err = viewOf(x.Article); err != nil {
			return err
		}
		x.Body = v.body() // what the command prints is what is scored
	}
	pr.Body = strings.ReplaceAll(x.Body, softHyphen, "")
	pr.NoArticle = pr.Err != nil || ws(pr.Body) == ""
	switch {
	case corpusName == corpusAEB:
		pr.Match, pr.Exact = matchShingles(p.Truth, pr.Body), exactMatch(p.Truth, pr.Body)
	case corpusName == corpusFundus:
		pr.Words = wordPRF(pr.Body, p.Truth)
		if v != nil {
			pr.Fields = fundusFields(p, v, opts.agencies)
		}
	case corpusName == corpusWCXB && p.Type == "article":
		pr.Words = wordPRF(ws(pr.Body), p.Truth)
		if v != nil {
			pr.Fields = wcxbFields(p, v)
		}
	case corpusName == corpusStories && v != nil:
		pr.Fields = storyFields(p.Story, v)
	}
	return nil
}

// scores returns the page's own body scores: by shingles on AEB, by words
// elsewhere.
func (pr *pageResult) scores(corpusName string) (p, r, f float64) {
	if corpusName == corpusAEB {
		p, r = pr.Match.precision(), pr.Match.recall()
		return p, r, harmonic(p, r)
	}
	return pr.Words.P, pr.Words.R, pr.Words.F1
}

// A summary sums up a run, or one half of it.
type summary struct {
	// Pages is the number of pages scored (on WCXB, the article pages).
	Pages int `json:"pages"`
	// NoArticle is the number of them on which the extractor returned an
	// error or no text.
	NoArticle int `json:"no_article"`
	// Precision, Recall and F1 are the body scores: on AEB the shingle
	// scores of scoreShingles, elsewhere the means of the pages' word-bag
	// scores (F1 is then the mean of the pages' F1, as wsscore has it).
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// EvalPrecision and EvalF1 are AEB's figures as its evaluate.py
	// computes them (see shingleScore); Exact is the share of AEB pages
	// whose token lists equal the truth's.
	EvalPrecision float64 `json:"eval_precision,omitzero"`
	EvalF1        float64 `json:"eval_f1,omitzero"`
	Exact         float64 `json:"exact,omitzero"`
	// PagesPerSec is every page run (WCXB's other page types too) over the
	// sum of the extractor's call times.
	PagesPerSec float64 `json:"pages_per_sec"`
	// Fields are wirestory's other fields, by name.
	Fields map[string]fieldSum `json:"fields,omitempty"`
	// NonArticles are WCXB's pages of other types, by type: how many there
	// are and how many came back as an article.
	NonArticles map[string]typeCount `json:"non_articles,omitempty"`
}

// A fieldSum sums up one field over the pages where it was checked.
type fieldSum struct {
	Score float64 `json:"score"` // the mean of the pages' scores
	Right int     `json:"right"` // pages wholly right
	Pages int     `json:"pages"` // pages checked
}

// A typeCount is how many pages of one type came back as an article.
type typeCount struct {
	AsArticle int `json:"as_article"`
	Pages     int `json:"pages"`
}

// summarize sums up the run's pages of one half ('a' or 'b'), or all of
// them when half is 0.
func (r *run) summarize(half byte) summary {
	var s summary
	var matches []match
	var exact []bool
	var ps, rs, fs []float64
	var total time.Duration
	n := 0
	fields := make(map[string][]float64)
	for _, pr := range r.Pages {
		if half != 0 && pr.Page.Half != half {
			continue
		}
		n++
		total += pr.Time
		if pr.Page.Type != "article" {
			if s.NonArticles == nil {
				s.NonArticles = make(map[string]typeCount)
			}
			tc := s.NonArticles[pr.Page.Type]
			tc.Pages++
			if !pr.NoArticle {
				tc.AsArticle++
			}
			s.NonArticles[pr.Page.Type] = tc
			continue
		}
		s.Pages++
		if pr.NoArticle {
			s.NoArticle++
		}
		matches, exact = append(matches, pr.Match), append(exact, pr.Exact)
		ps, rs, fs = append(ps, pr.Words.P), append(rs, pr.Words.R), append(fs, pr.Words.F1)
		for _, f := range pr.Fields {
			fields[f.Name] = append(fields[f.Name], f.Score)
		}
	}
	if total > 0 {
		s.PagesPerSec = float64(n) / total.Seconds()
	}
	switch r.Corpus.Name {
	case corpusAEB:
		sh := scoreShingles(matches, exact)
		s.Precision, s.Recall, s.F1 = sh.Precision, sh.Recall, sh.F1
		s.EvalPrecision, s.EvalF1, s.Exact = sh.EvalPrecision, sh.EvalF1, sh.Accuracy
	case corpusFundus, corpusWCXB:
		s.Precision, s.Recall, s.F1 = mean(ps), mean(rs), mean(fs)
	}
	if len(fields) > 0 {
		s.Fields = make(map[string]fieldSum)
		for name, scores := range fields {
			fs := fieldSum{Score: mean(scores), Pages: len(scores)}
			for _, x := range scores {
				if x == 1 {
					fs.Right++
				}
			}
			s.Fields[name] = fs
		}
	}
	return s
}
