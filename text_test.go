package wirestory

import (
	"slices"
	"strings"
	"testing"
)

func TestJoinWrapped(t *testing.T) {
	lines := func(gapAt int, ss ...string) []block {
		var bs []block
		for i, s := range ss {
			bs = append(bs, block{text: s, kind: kindLine, gap: i == gapAt})
		}
		return bs
	}
	texts := func(bs []block) []string {
		var out []string
		for _, b := range bs {
			out = append(out, b.text)
		}
		return out
	}
	tests := []struct {
		name string
		in   []block
		want []string
	}{
		{
			"a paragraph wrapped at the page's width is one block",
			lines(-1,
				"The council met on Tuesday and voted to extend the",
				"water program for another three years, officials said.",
				"Next paragraph starts here."),
			[]string{
				"The council met on Tuesday and voted to extend the water program for another three years, officials said.",
				"Next paragraph starts here.",
			},
		},
		{
			"a finished sentence is not joined to the next line",
			lines(-1,
				"The council met on Tuesday and voted to extend it.",
				"water program for another three years, officials said."),
			[]string{
				"The council met on Tuesday and voted to extend it.",
				"water program for another three years, officials said.",
			},
		},
		{
			"a blank line between keeps the lines apart",
			lines(1,
				"The council met on Tuesday and voted to extend the",
				"water program for another three years, officials said."),
			[]string{
				"The council met on Tuesday and voted to extend the",
				"water program for another three years, officials said.",
			},
		},
		{
			"menus, headlines and bylines are kept as they are",
			lines(-1,
				"Home World Business Markets Sport Culture Opinion Video",
				"Podcasts",
				"Council votes to extend the water program for three more years",
				"by Jane Roe and John Doe in Tokyo",
				"Menu search login subscribe newsletters",
				"weather traffic"),
			[]string{
				"Home World Business Markets Sport Culture Opinion Video",
				"Podcasts",
				"Council votes to extend the water program for three more years",
				"by Jane Roe and John Doe in Tokyo",
				"Menu search login subscribe newsletters",
				"weather traffic",
			},
		},
	}
	for _, tt := range tests {
		if got := texts(joinWrapped(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestMarkNameRun(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Names parted by wide spaces, the date after the last.
		{"Jane Roe  John Doe  Mary Major 8 May, 17:46", "Jane Roe | John Doe | Mary Major | 8 May, 17:46"},
		{" Jane Roe  John Q Doe", "Jane Roe | John Q Doe"},
		// Refused: a one-word part, a part of four words, lower-case
		// words, a lone name, a section menu, prose.
		{"Jane  John Doe", "Jane  John Doe"},
		{"Jane Roe  John Quincy Adams Doe", "Jane Roe  John Quincy Adams Doe"},
		{"Jane Roe  said the minister  on Monday", "Jane Roe  said the minister  on Monday"},
		{"Jane Roe 8 May, 17:46", "Jane Roe 8 May, 17:46"},
		{"World  Politics  Sport", "World  Politics  Sport"},
		{"The plan failed.  Officials said it would return", "The plan failed.  Officials said it would return"},
		{"Jane Roe  John Doe  8 May", "Jane Roe  John Doe  8 May"},
	} {
		if got := markNameRun(tc.in); got != tc.want {
			t.Errorf("markNameRun(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTextBylineOfWideSpacedNames(t *testing.T) {
	page := "Home\nWorld\nSport\nCouncil votes to close the old river bridge\n" +
		"Jane Roe  John Doe  Mary Major 8 May, 17:46\n" +
		strings.Repeat("The council voted on Tuesday to close the old river bridge to traffic after engineers found cracks in two of its piers, officials said.\n", 4)
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jane Roe", "John Doe", "Mary Major"}; !slices.Equal(a.Byline, want) {
		t.Errorf("byline %q, want %q", a.Byline, want)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "Mary Major") {
			t.Errorf("byline kept in the body: %q", p)
		}
	}
	if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], "The council voted") {
		t.Errorf("body %q", a.Paragraphs)
	}
}
