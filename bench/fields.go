package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/wirestory/wirestory"
)

// This file checks wirestory's fields other than the body, as
// shared/tools/wsscore defines the checks: the headline, published day and
// byline on fundus, the snippets and title on WCXB, and the nine checks of
// stories-dev (with three more that only bench makes).

// A view is the part of an Article that the checks read, decoded from the
// Article's JSON form, which is what the command prints and wsscore reads.
type view struct {
	Headline string   `json:"headline"`
	Section  string   `json:"section"`
	Credit   string   `json:"credit"`
	Byline   []string `json:"byline"`
	Agencies []struct {
		Code string `json:"code"`
	} `json:"agencies"`
	Dateline struct {
		Text string `json:"text"`
	} `json:"dateline"`
	Published  string   `json:"published"`
	Paragraphs []string `json:"paragraphs"`
	Tail       []string `json:"tail"`
}

// viewOf returns the view of a; a nil Article (a failed Parse) gives the
// empty view, as wsscore reads a page without "article".
func viewOf(a *wirestory.Article) (*view, error) {
	v := new(view)
	if a == nil {
		return v, nil
	}
	data, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return nil, err
	}
	return v, nil
}

// body is the scored body: the paragraphs, one a line.
func (v *view) body() string { return strings.Join(v.Paragraphs, "\n") }

// A field is one checked field of one page: its score (1 right, 0 wrong, or
// a share in between for WCXB's snippets), with what was expected and what
// came out, for the report.
type field struct {
	Name      string
	Score     float64
	Want, Got string
}

// ok reports whether the field is wholly right.
func (f field) ok() bool { return f.Score == 1 }

func boolScore(ok bool) float64 {
	if ok {
		return 1
	}
	return 0
}

// Field names, as in wsscore's output.
var (
	fundusFieldNames  = []string{"headline", "headline_contains", "published", "byline"}
	wcxbFieldNames    = []string{"with", "without", "title"}
	storyCheckNames   = []string{"headline", "agencies", "dateline", "byline", "published", "first", "last", "count", "clean"}
	storyExtraNames   = []string{"section", "credit", "tail"} // bench's own, not wsscore's
	storyFieldNames   = append(slices.Clip(storyCheckNames), storyExtraNames...)
	fieldNamesOfKinds = map[string][]string{corpusFundus: fundusFieldNames, corpusWCXB: wcxbFieldNames, corpusStories: storyFieldNames}
)

// fundusFields checks a page's headline (exactly, and one containing the
// other), published day and byline, as wsscore does: text is compared after
// norm and lower-casing; the published day is the first ten characters; the
// byline must list the people among fundus's authors (see person), in any
// order.
func fundusFields(p *page, v *view, agencies map[string]bool) []field {
	got, want := pyLower(norm(v.Headline)), pyLower(norm(p.Title))
	fields := []field{
		{Name: "headline", Score: boolScore(got == want), Want: p.Title, Got: v.Headline},
		{Name: "headline_contains", Score: boolScore(got != "" && (strings.Contains(want, got) || strings.Contains(got, want))),
			Want: p.Title, Got: v.Headline},
	}
	if p.PublishingDate != "" {
		fields = append(fields, field{Name: "published",
			Score: boolScore(pyPrefix(v.Published, 10) == pyPrefix(p.PublishingDate, 10)),
			Want:  p.PublishingDate, Got: v.Published})
	}
	var people []string
	for _, a := range p.Authors {
		if person(a, agencies) {
			people = append(people, pyLower(norm(a)))
		}
	}
	var byline []string
	for _, b := range v.Byline {
		byline = append(byline, pyLower(norm(b)))
	}
	slices.Sort(people)
	slices.Sort(byline)
	fields = append(fields, field{Name: "byline", Score: boolScore(slices.Equal(people, byline)),
		Want: strings.Join(people, "; "), Got: strings.Join(byline, "; ")})
	return fields
}

// orgWords are the words that make one of fundus's authors an outlet, desk
// or agency rather than a person, in wsscore's person().
var orgWords = []string{
	"redaktion", "agentur", "agencies", "agency", "news", "newsroom", "staff", "online", "zeitung",
	"presse", "press", "desk", "team", "tv", "radio", "correspondent", "bureau", "wire", "ag", "gmbh",
	"media", "web", "spiegel", "euronews", "kicker", "sid", "und", "et",
}

// orgParts are strings that make an author an outlet wherever they occur.
var orgParts = []string{"&", "/", "新聞", "デジタル", "オンライン", "現代"}

// person reports whether one of fundus's authors is a person, as wsscore's
// person() decides: not empty, not an agency's name (agencies holds them
// lower-cased), no word of orgWords (case ignored), no '&' or '/', not
// ending in a domain (".de"), and not a lower-case word such as an
// editor's initials ("kesm").
func person(name string, agencies map[string]bool) bool {
	n := strings.TrimFunc(name, isPySpace)
	if n == "" || agencies[pyLower(n)] || endsInDomain(n) {
		return false
	}
	for _, t := range tokenize(n) {
		if slices.Contains(orgWords, foldASCII(t)) {
			return false
		}
	}
	for _, s := range orgParts {
		if strings.Contains(n, s) {
			return false
		}
	}
	return !pyIsLower(n) || strings.Contains(n, " ")
}

// foldASCII lower-cases t for comparison with an ASCII word the way
// Python's re.IGNORECASE does: "İ" and "ı" match "i", "ſ" matches "s" and
// the Kelvin sign matches "k".
func foldASCII(t string) string {
	return strings.Map(func(r rune) rune {
		switch r = unicode.ToLower(r); r {
		case 'ı':
			return 'i'
		case 'ſ':
			return 's'
		}
		return r
	}, t)
}

// endsInDomain reports whether n ends in a dot and two or three letters,
// wsscore's `\.[a-z]{2,3}$` with re.IGNORECASE.
func endsInDomain(n string) bool {
	r := []rune(n)
	for k := 2; k <= 3; k++ {
		if len(r) < k+1 || r[len(r)-k-1] != '.' {
			continue
		}
		letters := true
		for _, c := range r[len(r)-k:] {
			if f := []rune(foldASCII(string(c)))[0]; f < 'a' || f > 'z' {
				letters = false
			}
		}
		if letters {
			return true
		}
	}
	return false
}

// loadAgencyNames reads the agencies' codes, names and spellings seen from
// agencies.json in evalDir, lower-cased; none when the file is absent.
func loadAgencyNames(evalDir string) (map[string]bool, error) {
	var data struct {
		Agencies []struct {
			Code          string   `json:"code"`
			Names         []string `json:"names"`
			SpellingsSeen []string `json:"spellings_seen"`
		} `json:"agencies"`
	}
	path := filepath.Join(evalDir, "agencies.json")
	if !fileExists(path) {
		return map[string]bool{}, nil
	}
	if err := readJSON(path, &data); err != nil {
		return nil, err
	}
	names := make(map[string]bool)
	for _, a := range data.Agencies {
		names[pyLower(a.Code)] = true
		for _, n := range append(slices.Clip(a.Names), a.SpellingsSeen...) {
			names[pyLower(n)] = true
		}
	}
	return names, nil
}

// wcxbFields checks a WCXB article page as wsscore does: the share of the
// "with" snippets found in the body and of the "without" snippets found in
// it (white space collapsed), and the headline against the title.
func wcxbFields(p *page, v *view) []field {
	text := ws(v.body())
	share := func(snippets []string) float64 {
		n := 0.0
		for _, s := range snippets {
			n += boolScore(strings.Contains(text, ws(s)))
		}
		return n / float64(len(snippets))
	}
	var fields []field
	if len(p.With) > 0 {
		fields = append(fields, field{Name: "with", Score: share(p.With)})
	}
	if len(p.Without) > 0 {
		fields = append(fields, field{Name: "without", Score: share(p.Without)})
	}
	if p.Title != "" {
		fields = append(fields, field{Name: "title", Score: boolScore(norm(v.Headline) == norm(p.Title)),
			Want: p.Title, Got: v.Headline})
	}
	return fields
}

// expected holds the hand-checked fields of one stories-dev page
// (shared/eval/stories-dev/expected/<id>.json).
type expected struct {
	Headline           string    `json:"headline"`
	Section            string    `json:"section"`
	Credit             string    `json:"credit"`
	Agencies           []string  `json:"agencies"`
	Dateline           string    `json:"dateline"`
	Byline             []string  `json:"byline"`
	Published          string    `json:"published"`
	FirstParagraph     string    `json:"first_paragraph"`
	LastParagraph      string    `json:"last_paragraph"`
	ParagraphCount     int       `json:"paragraph_count"`
	TailLines          *[]string `json:"tail_lines"` // nil when not checked
	BoilerplateSamples []string  `json:"boilerplate_samples"`
}

// storyFields makes wsscore's nine checks of a stories-dev page, then
// bench's three (section, credit and, where the page lists them, tail):
//
//   - headline: equal after norm;
//   - agencies: the codes, upper-cased, equal as sorted lists;
//   - dateline: equal after norm, lower-cased, without trailing separators;
//   - byline: the names, after norm and upper-cased, equal as sorted lists;
//   - published: the same first ten characters (the day), or none expected;
//   - first, last: the first and last paragraph equal after norm;
//   - count: between 0.8 and 1.2 times the expected paragraphs, plus one;
//   - clean: no boilerplate sample of 8 characters or more in the body;
//   - section, credit: equal after norm;
//   - tail: the tail lines equal after norm, line by line.
func storyFields(e *expected, v *view) []field {
	paras := v.Paragraphs
	first, last := "", ""
	if len(paras) > 0 {
		first, last = paras[0], paras[len(paras)-1]
	}
	var codes, wantCodes []string
	for _, a := range v.Agencies {
		codes = append(codes, pyUpper(a.Code))
	}
	for _, a := range e.Agencies {
		wantCodes = append(wantCodes, pyUpper(a))
	}
	slices.Sort(codes)
	slices.Sort(wantCodes)
	upperNames := func(names []string) []string {
		var out []string
		for _, n := range names {
			out = append(out, pyUpper(norm(n)))
		}
		slices.Sort(out)
		return out
	}
	text := ws(strings.Join(paras, "\n"))
	var leaked []string
	for _, b := range e.BoilerplateSamples {
		if b := ws(b); pyLen(b) >= 8 && strings.Contains(text, b) {
			leaked = append(leaked, b)
		}
	}
	n, count := float64(e.ParagraphCount), float64(len(paras))
	fields := []field{
		{"headline", boolScore(norm(v.Headline) == norm(e.Headline)), e.Headline, v.Headline},
		{"agencies", boolScore(slices.Equal(codes, wantCodes)), strings.Join(wantCodes, ", "), strings.Join(codes, ", ")},
		{"dateline", boolScore(normDateline(v.Dateline.Text) == normDateline(e.Dateline)), e.Dateline, v.Dateline.Text},
		{"byline", boolScore(slices.Equal(upperNames(v.Byline), upperNames(e.Byline))),
			strings.Join(e.Byline, "; "), strings.Join(v.Byline, "; ")},
		{"published", boolScore(e.Published == "" || pyPrefix(v.Published, 10) == pyPrefix(e.Published, 10)),
			e.Published, v.Published},
		{"first", boolScore(len(paras) > 0 && norm(first) == norm(e.FirstParagraph)), e.FirstParagraph, first},
		{"last", boolScore(len(paras) > 0 && norm(last) == norm(e.LastParagraph)), e.LastParagraph, last},
		{"count", boolScore(0.8*n <= count && count <= 1.2*n+1), fmt.Sprint(e.ParagraphCount), fmt.Sprint(len(paras))},
		{"clean", boolScore(len(leaked) == 0), "", strings.Join(leaked, " | ")},
		{"section", boolScore(norm(v.Section) == norm(e.Section)), e.Section, v.Section},
		{"credit", boolScore(norm(v.Credit) == norm(e.Credit)), e.Credit, v.Credit},
	}
	if e.TailLines != nil {
		fields = append(fields, field{"tail", boolScore(slices.Equal(normAll(*e.TailLines), normAll(v.Tail))),
			strings.Join(*e.TailLines, " | "), strings.Join(v.Tail, " | ")})
	}
	return fields
}

// normDateline is wsscore's norm_dl: a dateline after norm, without its
// trailing separators (white space, hyphens and dashes, '_', ':', '|',
// '.'), lower-cased.
func normDateline(s string) string {
	return pyLower(strings.TrimRightFunc(norm(s), func(r rune) bool {
		return isPySpace(r) || r == '-' || '\u2010' <= r && r <= '\u2015' || r == '_' || r == ':' || r == '|' || r == '.'
	}))
}

func normAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = norm(s)
	}
	return out
}
