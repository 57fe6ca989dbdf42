package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wirestory/wirestory"
)

// evalDir is the shared evaluation data, as seen from the bench directory.
var evalDir = filepath.Join("..", "..", "shared", "eval")

// scores returns the fields' scores by name.
func scores(fields []field) map[string]float64 {
	m := make(map[string]float64)
	for _, f := range fields {
		m[f.Name] = f.Score
	}
	return m
}

func TestViewOf(t *testing.T) {
	a := &wirestory.Article{
		Headline:   "Rain",
		Agencies:   []wirestory.Agency{{Code: "AP", Name: "The Associated Press"}},
		Dateline:   wirestory.Dateline{Text: "LONDON (AP) —"},
		Published:  time.Date(2020, 1, 2, 3, 4, 5, 0, time.FixedZone("", -5*3600)),
		Paragraphs: []string{"One.", "Two."},
	}
	v, err := viewOf(a)
	if err != nil {
		t.Fatal(err)
	}
	if v.Headline != "Rain" || v.Agencies[0].Code != "AP" || v.Dateline.Text != "LONDON (AP) —" ||
		v.Published != "2020-01-02T03:04:05-05:00" || v.body() != "One.\nTwo." {
		t.Errorf("viewOf = %+v", v)
	}
	if v, err := viewOf(nil); err != nil || v.Headline != "" || v.Published != "" || v.body() != "" {
		t.Errorf("viewOf(nil) = %+v, %v; want the empty view", v, err)
	}
}

func TestPerson(t *testing.T) {
	agencies := map[string]bool{"dpa": true, "agence france-presse": true}
	tests := map[string]bool{
		"Birgit Baumann":        true,
		"  Jane Doe ":           true,
		"Agnes Bauer":           true, // "ag" counts only as a word
		"Newsroomer Smith":      true,
		"van der berg":          true, // lower case, but more than one word
		"dpa":                   false,
		"DPA":                   false,
		"Agence France-Presse":  false,
		"Le Figaro et AFP":      false,
		"Spiegel Online":        false,
		"NEWSROOM":              false,
		"Müller AG":             false,
		"Redaktion_Berlin":      true, // '_' joins the words: no "redaktion"
		"Kicker-Redaktion":      false,
		"Max & Erika":           false,
		"Politik/Wirtschaft":    false,
		"n-tv.de":               false,
		"Example.COM":           false,
		"Smith Jr.":             true,
		"kesm":                  false, // an editor's initials
		"朝日新聞":                  false,
		"":                      false,
		"   ":                   false,
		"\u0130NES TEAM":        false, // "TEAM" under re.IGNORECASE
		"Jean Dupont, Paris ET": false,
	}
	for name, want := range tests {
		if got := person(name, agencies); got != want {
			t.Errorf("person(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestFundusFields(t *testing.T) {
	agencies := map[string]bool{"dpa": true}
	p := &page{
		Title:          "Rain falls in Berlin",
		Authors:        []string{"Jane Doe", "dpa", "Max Mustermann"},
		PublishingDate: "2024-05-03 15:47:42.389000+00:00",
	}
	v := &view{
		Headline:  "Rain  falls in BERLIN",
		Byline:    []string{"MAX MUSTERMANN", "Jane Doe"},
		Published: "2024-05-03T17:47:42+02:00",
	}
	want := map[string]float64{"headline": 1, "headline_contains": 1, "published": 1, "byline": 1}
	if got := scores(fundusFields(p, v, agencies)); !mapsEqual(got, want) {
		t.Errorf("right page: %v, want %v", got, want)
	}

	v = &view{Headline: "Rain falls", Byline: []string{"Jane Doe", "dpa", "Max Mustermann"}, Published: "2024-05-04"}
	want = map[string]float64{"headline": 0, "headline_contains": 1, "published": 0, "byline": 0}
	if got := scores(fundusFields(p, v, agencies)); !mapsEqual(got, want) {
		t.Errorf("wrong page: %v, want %v", got, want)
	}

	// No date expected: published is not checked. No people among the
	// authors: the byline must be empty.
	p = &page{Title: "Rain", Authors: []string{"dpa"}}
	want = map[string]float64{"headline": 0, "headline_contains": 0, "byline": 1}
	if got := scores(fundusFields(p, &view{}, agencies)); !mapsEqual(got, want) {
		t.Errorf("empty view: %v, want %v", got, want)
	}
}

func mapsEqual(a, b map[string]float64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !near(v, w) {
			return false
		}
	}
	return true
}

func TestWCXBFields(t *testing.T) {
	p := &page{
		Title:   "A  title",
		With:    []string{"first line", "second\n line", "not there"},
		Without: []string{"Home", "Sign up now"},
	}
	v := &view{Headline: "A title", Paragraphs: []string{"first line here", "second line", "Home is where"}}
	want := map[string]float64{"with": 2.0 / 3, "without": 0.5, "title": 1}
	if got := scores(wcxbFields(p, v)); !mapsEqual(got, want) {
		t.Errorf("wcxbFields = %v, want %v", got, want)
	}
	// Snippets that span two paragraphs are found: the body is one text.
	p = &page{With: []string{"here second"}}
	if got := scores(wcxbFields(p, v)); !mapsEqual(got, map[string]float64{"with": 1}) {
		t.Errorf("across paragraphs: %v, want with 1 and nothing else", got)
	}
}

func TestNormDateline(t *testing.T) {
	tests := map[string]string{
		"LONDON (Reuters) -":         "london (reuters)",
		"WASHINGTON —":               "washington",
		"BERLIN, 3. Mai (dpa) –  ":   "berlin, 3. mai (dpa)",
		"PARIS (AFP) | ":             "paris (afp)",
		"TOKYO (Kyodo) --":           "tokyo (kyodo)",
		"Kyiv, Ukraine (AP) \u2015:": "kyiv, ukraine (ap)",
		"":                           "",
	}
	for in, want := range tests {
		if got := normDateline(in); got != want {
			t.Errorf("normDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStoryFields(t *testing.T) {
	tails := []string{"(Reporting by Jane Roe; Editing by Sam Poe)"}
	e := &expected{
		Headline:       "Rain  falls",
		Section:        "World",
		Credit:         "Reuters",
		Agencies:       []string{"REUTERS", "AP"},
		Dateline:       "LONDON (Reuters) -",
		Byline:         []string{"Jane Roe"},
		Published:      "2020-01-02T03:04:05Z",
		FirstParagraph: "It rained.",
		LastParagraph:  "It stopped.",
		ParagraphCount: 4,
		TailLines:      &tails,
		BoilerplateSamples: []string{
			"Top 10",               // shorter than 8 characters: not checked
			"Sign up for our news", // in no paragraph
		},
	}
	v := &view{
		Headline: "Rain falls", Section: "World", Credit: "Reuters",
		Byline:     []string{"JANE ROE"},
		Published:  "2020-01-02T04:04:05+01:00",
		Paragraphs: []string{"It rained.", "Top 10", "More.", "Even more.", "It stopped."},
		Tail:       tails,
	}
	v.Agencies = append(v.Agencies, struct {
		Code string `json:"code"`
	}{"AP"}, struct {
		Code string `json:"code"`
	}{"Reuters"})
	v.Dateline.Text = "LONDON (Reuters) —"
	fields := storyFields(e, v)
	var names []string
	for _, f := range fields {
		names = append(names, f.Name)
		if !f.ok() {
			t.Errorf("%s: want %q, got %q", f.Name, f.Want, f.Got)
		}
	}
	if !slices.Equal(names, storyFieldNames) {
		t.Errorf("fields %q, want %q", names, storyFieldNames)
	}

	// Seven paragraphs are more than 1.2 × 4 + 1; a sample leaks; the
	// last paragraph changes; one agency goes missing.
	v.Paragraphs = append(v.Paragraphs, "Sign up for our  news", "x", "y")
	v.Agencies = v.Agencies[:1]
	var wrong []string
	for _, f := range storyFields(e, v) {
		if !f.ok() {
			wrong = append(wrong, f.Name)
		}
	}
	if want := []string{"agencies", "last", "count", "clean"}; !slices.Equal(wrong, want) {
		t.Errorf("wrong fields %q, want %q", wrong, want)
	}

	// A failed Parse is the empty view: only what expects nothing holds.
	e = &expected{Headline: "Rain", ParagraphCount: 0}
	got := scores(storyFields(e, &view{}))
	want := map[string]float64{"headline": 0, "agencies": 1, "dateline": 1, "byline": 1, "published": 1,
		"first": 0, "last": 0, "count": 1, "clean": 1, "section": 1, "credit": 1}
	if !mapsEqual(got, want) {
		t.Errorf("empty view: %v, want %v", got, want)
	}
}

// TestStoriesDevSelfCheck builds, from each stories-dev expectation, the
// view that would be right, and checks that every field passes: the checks
// must accept what the data calls right.
func TestStoriesDevSelfCheck(t *testing.T) {
	c, err := loadCorpus(corpusStories, evalDir)
	if err != nil {
		t.Skipf("no stories-dev data: %v", err)
	}
	if len(c.Pages) < 40 {
		t.Errorf("loaded %d stories-dev pages, want the 42 or more", len(c.Pages))
	}
	for _, p := range c.Pages {
		e := p.Story
		v := &view{Headline: e.Headline, Section: e.Section, Credit: e.Credit, Byline: e.Byline, Published: e.Published}
		v.Dateline.Text = e.Dateline
		for _, code := range e.Agencies {
			v.Agencies = append(v.Agencies, struct {
				Code string `json:"code"`
			}{strings.ToLower(code)})
		}
		if e.ParagraphCount > 0 {
			v.Paragraphs = make([]string, e.ParagraphCount)
			for i := range v.Paragraphs {
				v.Paragraphs[i] = "Middle paragraph."
			}
			v.Paragraphs[0] = e.FirstParagraph
			v.Paragraphs[len(v.Paragraphs)-1] = e.LastParagraph
		}
		if e.TailLines != nil {
			v.Tail = *e.TailLines
		}
		for _, f := range storyFields(e, v) {
			if !f.ok() {
				t.Errorf("%s: %s: want %q, got %q", p.ID, f.Name, f.Want, f.Got)
			}
		}
	}
}

func TestLoadAgencyNames(t *testing.T) {
	names, err := loadAgencyNames(evalDir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(evalDir, "agencies.json")); err != nil {
		if len(names) != 0 {
			t.Errorf("no agencies.json, yet %d names", len(names))
		}
		t.Skip("no agencies.json")
	}
	for _, n := range []string{"dpa", "reuters", "afp"} {
		if !names[n] {
			t.Errorf("%q is not among the agency names", n)
		}
	}
}
