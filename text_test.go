package wirestory

import (
	"slices"
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
