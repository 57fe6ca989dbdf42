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

	// One blank line: the dump says where its gaps are.
	spaced := slices.Insert(slices.Clone(lines), 5, "")
	for i, b := range blocks(spaced) {
		if b.gap != (i == 5) {
			t.Errorf("one blank line: block %d %q: gap %v", i, b.text, b.gap)
		}
	}
}
