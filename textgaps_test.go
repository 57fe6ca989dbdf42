package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestInferGaps checks that a dump written without blank lines gets one
// before each line of prose, and that a dump with blank lines keeps them
// as written.
func TestInferGaps(t *testing.T) {
	lines := []string{"Home", "News", "Local", "Ferry terminal to close for two years", "By Jane Roe"}
	lines = append(lines, storyLines...)
	lines = append(lines, "About us", "Contact")
	blocks := func(lines []string) []block {
		return parseTextPage([]byte(strings.Join(lines, "\n"))).blocks
	}
	bs := blocks(lines)
	if len(bs) != len(lines) {
		t.Fatalf("no blank lines: %d blocks of %d lines", len(bs), len(lines))
	}
	for _, b := range bs {
		if want := b.f.prose; b.gap != want {
			t.Errorf("no blank lines: %q: gap %v, want %v", b.text, b.gap, want)
		}
	}
	if bs[0].gap || bs[3].gap || bs[len(bs)-1].gap || !bs[5].gap {
		t.Errorf("no blank lines: menu, headline or footer got a gap, or the first paragraph none")
	}

	// A blank line, or a line of spaces, at the top or under the byline
	// of a dump whose paragraphs follow one another with none between:
	// still a dump written one block per line.
	for _, stray := range []string{"", " ", "\u00a0"} {
		for _, at := range []int{0, 5} {
			spaced := slices.Insert(slices.Clone(lines), at, stray)
			for _, b := range blocks(spaced) {
				if b.f.prose && !b.gap {
					t.Errorf("stray line %q at %d: %q got no gap", stray, at, b.text)
				}
			}
		}
	}

	// A dump with a blank line between its paragraphs says where its
	// gaps are: nothing is added, the blank lines it has are kept.
	var spaced []string
	for i, l := range lines {
		spaced = append(spaced, l)
		if i == 5 || i == 6 || i == 8 {
			spaced = append(spaced, "")
		}
	}
	for i, b := range blocks(spaced) {
		if want := i == 6 || i == 7 || i == 9; b.gap != want {
			t.Errorf("blank lines between paragraphs: block %d %q: gap %v, want %v", i, b.text, b.gap, want)
		}
	}
	// And one with no run of paragraphs to read keeps its blank lines
	// as written.
	short := []string{"Home", "", "Ferry terminal to close for two years", storyLines[0], "About us"}
	for i, b := range blocks(short) {
		if b.gap != (i == 1) {
			t.Errorf("one paragraph, one blank line: block %d %q: gap %v", i, b.text, b.gap)
		}
	}
}

// TestInferGapsSubheads checks that in a dump written one block per line a
// title-shaped line under two paragraphs and over a third (a subhead) gets
// a blank line before it, as innerText writes one, and that a line leading
// into the paragraph under it ("Hi Jane,", "Der Minister sagte:"), a menu,
// a line next to only one paragraph and the titles of teaser cards (a
// title over each blurb) get none; in English and German.
func TestInferGapsSubheads(t *testing.T) {
	for _, c := range []struct {
		name  string
		story []string
		cards []string // title, blurb, title, blurb
		gap   []string // lines between paragraphs that get a gap
		none  []string // lines that get none
	}{
		{"en", []string{storyLines[0], storyLines[1], storyLines[4], storyLines[5], storyLines[6]},
			[]string{"Stadium roof to be replaced", "The city will replace the roof of its football stadium, the council said on Tuesday.",
				"Bridge tolls to rise in January", "Drivers will pay a dollar more to cross the harbor bridge from January, the operator said."},
			[]string{"Who pays for the work"},
			[]string{"Hi Jane,", "The minister said:", "Home", "About us"}},
		{"de", storyLinesDE,
			[]string{"Stadiondach wird erneuert", "Die Stadt erneuert das Dach ihres Fußballstadions, teilte der Rat am Dienstag mit.",
				"Brückenmaut steigt im Januar", "Autofahrer zahlen ab Januar einen Euro mehr für die Fahrt über die Hafenbrücke, sagte der Betreiber."},
			[]string{"Wer die Arbeiten bezahlt"},
			[]string{"Liebe Leserin,", "Der Minister sagte:", "Startseite", "Impressum"}},
	} {
		lines := slices.Concat([]string{c.none[2]}, c.cards, []string{c.none[0], c.story[0], c.story[1], c.gap[0],
			c.story[2], c.story[3], c.none[1], c.story[4], c.none[3]})
		bs := parseTextPage([]byte(strings.Join(lines, "\n"))).blocks
		if len(bs) != len(lines) {
			t.Fatalf("%s: %d blocks of %d lines", c.name, len(bs), len(lines))
		}
		for _, b := range bs {
			if !b.f.prose && !slices.Contains(c.gap, b.text) && !slices.Contains(c.none, b.text) && !slices.Contains(c.cards, b.text) {
				t.Errorf("%s: %q: a line of the story that is not prose", c.name, b.text)
			}
			want := b.f.prose || slices.Contains(c.gap, b.text)
			if b.gap != want {
				t.Errorf("%s: %q: gap %v, want %v", c.name, b.text, b.gap, want)
			}
		}
	}
}

// TestStrayBlankLineStory checks that a story dumped one block per line,
// with a line of spaces at its top, is read as the same dump with no such
// line: whole; in English and German.
func TestStrayBlankLineStory(t *testing.T) {
	for _, c := range []struct {
		name                string
		head, story, footer []string
	}{
		{"en", []string{"Home", "Reviews", "Ferry terminal to close for two years", "By Jane Roe"},
			[]string{storyLines[0], storyLines[1], "Who pays for the work", storyLines[4], storyLines[5], storyLines[6]},
			[]string{"About us", "Contact", "Privacy"}},
		{"de", []string{"Startseite", "Norden", "Fährterminal schließt für zwei Jahre", "Von Jana Rohr"},
			[]string{storyLinesDE[0], storyLinesDE[1], "Wer die Arbeiten bezahlt", storyLinesDE[2], storyLinesDE[3], storyLinesDE[4]},
			[]string{"Impressum", "Kontakt", "Datenschutz"}},
	} {
		lines := slices.Concat(c.head, c.story, c.footer)
		want := parseLines(t, lines).Paragraphs
		if len(want) < len(c.story) || want[len(want)-1] != c.story[len(c.story)-1] {
			t.Fatalf("%s: no blank line: the story is not read whole: %q", c.name, want)
		}
		got := parseLines(t, append([]string{" "}, lines...)).Paragraphs
		if !slices.Equal(got, want) {
			t.Errorf("%s: a line of spaces on top: paragraphs\n%q\nwant\n%q", c.name, got, want)
		}
	}
}
