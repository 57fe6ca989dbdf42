package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/wirestory/wirestory"
)

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

// A story is one stories-dev page with what wirestory made of it.
type story struct {
	ID      string
	Want    expected
	Got     *wirestory.Article // nil when Parse failed
	Err     error
	Checks  []check
	Leaked  []string // boilerplate samples found in the body
	Checked int      // fields checked
	Right   int      // fields right
}

// A check is one field of one story: right or not, with what was expected
// and what came out, as text for the report.
type check struct {
	Field     string
	OK        bool
	Want, Got string
}

// storyFields are the fields checked on every story, in report order.
var storyFields = []string{
	"headline", "section", "credit", "agencies", "dateline", "byline",
	"published", "first", "last", "paragraphs", "tail",
}

// loadStories reads the stories-dev pages from dir, parses each with
// wirestory and checks the result against the expected fields.
func loadStories(dir string) ([]story, error) {
	files, err := filepath.Glob(filepath.Join(dir, "expected", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no expected/*.json in %s", dir)
	}
	var stories []story
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var want expected
		if err := json.Unmarshal(data, &want); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		page, err := os.ReadFile(filepath.Join(dir, "pages", id+".html"))
		if err != nil {
			return nil, err
		}
		a, err := wirestory.Parse(bytes.NewReader(page))
		stories = append(stories, checkStory(id, want, a, err))
	}
	return stories, nil
}

// checkStory compares what Parse returned for a page with what was
// expected. A failed Parse counts as an empty Article.
func checkStory(id string, want expected, a *wirestory.Article, err error) story {
	s := story{ID: id, Want: want, Got: a, Err: err}
	if a == nil {
		a = &wirestory.Article{}
	}
	var body []string // paragraphs that are not subheads
	for i, p := range a.Paragraphs {
		if !slices.Contains(a.Subheads, i) {
			body = append(body, p)
		}
	}
	first, last := "", ""
	if len(body) > 0 {
		first, last = body[0], body[len(body)-1]
	}
	var codes []string
	for _, ag := range a.Agencies {
		codes = append(codes, ag.Code)
	}
	published := ""
	if !a.Published.IsZero() {
		published = a.Published.Format(time.RFC3339)
	}

	add := func(field string, ok bool, want, got string) {
		s.Checks = append(s.Checks, check{Field: field, OK: ok, Want: want, Got: got})
	}
	addText := func(field, want, got string) {
		add(field, normalize(want) == normalize(got), want, got)
	}
	addText("headline", want.Headline, a.Headline)
	addText("section", want.Section, a.Section)
	addText("credit", want.Credit, a.Credit)
	add("agencies", sameSet(want.Agencies, codes), strings.Join(want.Agencies, ", "), strings.Join(codes, ", "))
	addText("dateline", want.Dateline, a.Dateline.Text)
	add("byline", sameSet(want.Byline, a.Byline), strings.Join(want.Byline, "; "), strings.Join(a.Byline, "; "))
	add("published", samePublished(want.Published, a.Published), want.Published, published)
	addText("first", want.FirstParagraph, first)
	addText("last", want.LastParagraph, last)
	add("paragraphs", want.ParagraphCount == len(body), fmt.Sprint(want.ParagraphCount), fmt.Sprint(len(body)))
	if want.TailLines != nil {
		add("tail", slices.Equal(normalizeAll(*want.TailLines), normalizeAll(a.Tail)),
			strings.Join(*want.TailLines, " | "), strings.Join(a.Tail, " | "))
	}
	for _, c := range s.Checks {
		s.Checked++
		if c.OK {
			s.Right++
		}
	}
	s.Leaked = leakedSamples(want.BoilerplateSamples, body)
	return s
}

// check returns the story's check of field, if it was checked.
func (s *story) check(field string) (check, bool) {
	i := slices.IndexFunc(s.Checks, func(c check) bool { return c.Field == field })
	if i < 0 {
		return check{}, false
	}
	return s.Checks[i], true
}

// normalize decodes HTML entities and collapses runs of white space to one
// space, trimming both ends: the form in which expected text is compared.
func normalize(s string) string {
	return strings.Join(strings.FieldsFunc(html.UnescapeString(s), unicode.IsSpace), " ")
}

func normalizeAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = normalize(s)
	}
	return out
}

// sameSet reports whether two lists hold the same strings, ignoring order,
// repeats and case, after normalizing.
func sameSet(a, b []string) bool {
	set := func(ss []string) []string {
		out := make([]string, 0, len(ss))
		for _, s := range ss {
			out = append(out, strings.ToLower(normalize(s)))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(set(a), set(b))
}

// samePublished reports whether got is the instant want names. want is RFC
// 3339 or a bare date ("2019-11-20"); a bare date is compared with got's
// date in got's own zone. An empty want matches only a zero got.
func samePublished(want string, got time.Time) bool {
	if want == "" {
		return got.IsZero()
	}
	if got.IsZero() {
		return false
	}
	t, layout, ok := parseWant(want)
	switch {
	case !ok:
		return false
	case layout == time.DateOnly:
		return got.Format(time.DateOnly) == want
	case !strings.Contains(layout, "Z07"):
		// A local time with no zone: the same wall clock.
		return got.Format(layout) == want
	}
	return t.Equal(got)
}

// wantLayouts are the forms of the expected published times.
var wantLayouts = []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04", time.DateOnly}

// parseWant parses an expected published time in any of wantLayouts.
func parseWant(s string) (time.Time, string, bool) {
	for _, l := range wantLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, l, true
		}
	}
	return time.Time{}, "", false
}

// leakedSamples returns the boilerplate samples that occur in the body
// paragraphs, as whole words: "Topics" is found in "Topics: Politics" but
// not in "Topicsmith".
func leakedSamples(samples, body []string) []string {
	var found []string
	for _, sample := range samples {
		needle := normalize(sample)
		if needle == "" {
			continue
		}
		for _, p := range body {
			if containsWords(normalize(p), needle) {
				found = append(found, sample)
				break
			}
		}
	}
	return found
}

// containsWords reports whether needle occurs in s with no letter or digit
// joined to either end.
func containsWords(s, needle string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], needle)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(needle)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if !joins(before, needle, true) && !joins(after, needle, false) {
			return true
		}
		off = start + 1
	}
}

// joins reports whether r, next to needle's first (atStart) or last rune,
// would make the match part of a longer word.
func joins(r rune, needle string, atStart bool) bool {
	if r == utf8.RuneError {
		return false // start or end of text
	}
	var edge rune
	if atStart {
		edge, _ = utf8.DecodeRuneInString(needle)
	} else {
		edge, _ = utf8.DecodeLastRuneInString(needle)
	}
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return word(r) && word(edge)
}
