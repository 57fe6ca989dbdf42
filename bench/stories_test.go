package main

import (
	"encoding/json"
	"errors"
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

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"  a\u00a0 b\n\tc ":             "a b c",
		"Q&amp;A &#8212; &quot;x&quot;": "Q&A — \"x\"",
		"":                              "",
	}
	for in, want := range tests {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameSet(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{nil, nil, true},
		{nil, []string{}, true},
		{[]string{"AP"}, []string{"ap"}, true},
		{[]string{"REUTERS", "AP"}, []string{"Ap", "Reuters", "AP"}, true},
		{[]string{"AP"}, nil, false},
		{[]string{"AP"}, []string{"AP", "AFP"}, false},
		{[]string{"LISA MASCARO"}, []string{"Lisa  Mascaro"}, true},
	}
	for _, tt := range tests {
		if got := sameSet(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSet(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSamePublished(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	tests := []struct {
		want string
		got  time.Time
		ok   bool
	}{
		{"2019-11-20T05:52:20-05:00", time.Date(2019, 11, 20, 10, 52, 20, 0, time.UTC), true},
		{"2019-11-20T05:52:20-05:00", time.Date(2019, 11, 20, 5, 52, 20, 0, time.UTC), false},
		{"2019-11-20", time.Date(2019, 11, 20, 23, 0, 0, 0, est), true},
		{"2019-11-20", time.Date(2019, 11, 21, 1, 0, 0, 0, time.UTC), false},
		{"2019-11-20", time.Time{}, false},
		{"", time.Time{}, true},
		{"", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), false},
		{"yesterday", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		if got := samePublished(tt.want, tt.got); got != tt.ok {
			t.Errorf("samePublished(%q, %v) = %v, want %v", tt.want, tt.got, got, tt.ok)
		}
	}
}

func TestLeakedSamples(t *testing.T) {
	body := []string{
		"The Topicsmith company said on Monday it would cut jobs.",
		"Most Popular",
		"He said: “View all (23) of them.”",
	}
	samples := []string{"Topics", "Most Popular", "View all (23)", "Back to Gallery", ""}
	got := leakedSamples(samples, body)
	want := []string{"Most Popular", "View all (23)"}
	if !slices.Equal(got, want) {
		t.Errorf("leakedSamples = %q, want %q", got, want)
	}
}

func TestCheckStory(t *testing.T) {
	tails := []string{"(Reporting by Jane Roe; Editing by Sam Poe)"}
	want := expected{
		Headline:       "Rain  falls",
		Credit:         "Reuters",
		Agencies:       []string{"REUTERS"},
		Dateline:       "LONDON (Reuters) -",
		Byline:         []string{"Jane Roe"},
		Published:      "2020-01-02T03:04:05Z",
		FirstParagraph: "It rained.",
		LastParagraph:  "It stopped.",
		ParagraphCount: 2,
		TailLines:      &tails,
		BoilerplateSamples: []string{
			"Most Read",
		},
	}
	a := &wirestory.Article{
		Headline:   "Rain falls",
		Credit:     "Reuters",
		Agencies:   []wirestory.Agency{{Code: "Reuters", Name: "Reuters"}},
		Dateline:   wirestory.Dateline{Text: "LONDON (Reuters) -"},
		Byline:     []string{"Jane Roe"},
		Published:  time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC),
		Paragraphs: []string{"It rained.", "Weather", "It stopped."},
		Subheads:   []int{1},
		Tail:       tails,
	}
	s := checkStory("x", want, a, nil)
	for _, c := range s.Checks {
		if !c.OK {
			t.Errorf("%s: want %q, got %q", c.Field, c.Want, c.Got)
		}
	}
	if s.Checked != len(storyFields) || s.Right != s.Checked || len(s.Leaked) != 0 {
		t.Errorf("checked %d, right %d, leaked %q; want %d, %d, none", s.Checked, s.Right, s.Leaked, len(storyFields), len(storyFields))
	}

	// The subhead counts once it is not marked, a boilerplate line leaks,
	// and the last paragraph changes.
	a.Subheads = nil
	a.Paragraphs = append(a.Paragraphs, "Most Read")
	s = checkStory("x", want, a, nil)
	var wrong []string
	for _, c := range s.Checks {
		if !c.OK {
			wrong = append(wrong, c.Field)
		}
	}
	if !slices.Equal(wrong, []string{"last", "paragraphs"}) || !slices.Equal(s.Leaked, []string{"Most Read"}) {
		t.Errorf("wrong fields %q, leaked %q; want [last paragraphs], [Most Read]", wrong, s.Leaked)
	}

	// A failed Parse is an empty article: only empty expectations hold.
	s = checkStory("x", expected{Headline: "Rain"}, nil, errors.New("no article"))
	for _, c := range s.Checks {
		if c.OK != (c.Field != "headline") {
			t.Errorf("failed Parse: %s ok = %v", c.Field, c.OK)
		}
	}
	if s.Checked != len(storyFields)-1 { // no tail_lines: tail not checked
		t.Errorf("checked %d fields, want %d", s.Checked, len(storyFields)-1)
	}
}

// TestStoriesDevSelfCheck builds, from each stories-dev expectation, the
// Article that would be right, and checks that every field passes: the
// comparison must accept what the data calls right.
func TestStoriesDevSelfCheck(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(evalDir, "stories-dev", "expected", "*.json"))
	if len(files) == 0 {
		t.Skipf("no stories-dev data under %s", evalDir)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want expected
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		a := &wirestory.Article{
			Headline: want.Headline, Section: want.Section, Credit: want.Credit,
			Dateline: wirestory.Dateline{Text: want.Dateline}, Byline: want.Byline,
		}
		for _, code := range want.Agencies {
			a.Agencies = append(a.Agencies, wirestory.Agency{Code: strings.ToLower(code)})
		}
		if want.Published != "" {
			var ok bool
			if a.Published, _, ok = parseWant(want.Published); !ok {
				t.Fatalf("%s: published %q: no known layout", f, want.Published)
			}
		}
		if want.ParagraphCount > 0 {
			a.Paragraphs = make([]string, want.ParagraphCount)
			for i := range a.Paragraphs {
				a.Paragraphs[i] = "Middle paragraph."
			}
			a.Paragraphs[0] = want.FirstParagraph
			a.Paragraphs[len(a.Paragraphs)-1] = want.LastParagraph
		}
		if want.TailLines != nil {
			a.Tail = *want.TailLines
		}
		s := checkStory(filepath.Base(f), want, a, nil)
		for _, c := range s.Checks {
			if !c.OK {
				t.Errorf("%s: %s: want %q, got %q", s.ID, c.Field, c.Want, c.Got)
			}
		}
	}
}
