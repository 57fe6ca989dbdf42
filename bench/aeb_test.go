package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAEBTruthScoresOne scores the ground truth against itself, and against
// nothing, over the real benchmark pages: loading and scoring must give the
// extremes exactly.
func TestAEBTruthScoresOne(t *testing.T) {
	pages, err := loadAEB(filepath.Join(evalDir, "aeb"))
	if err != nil {
		t.Skipf("no AEB data: %v", err)
	}
	if len(pages) != 181 {
		t.Errorf("loaded %d pages, want 181", len(pages))
	}
	exs := []extractor{
		{Name: "truth", Score: true, Extract: func(p *page) (string, error) { return p.Truth, nil }},
		{Name: "nothing", Score: true, Extract: func(p *page) (string, error) { return "", nil }},
	}
	results := scoreAll(exs, pages)
	// Soft hyphens are taken out of predictions, not out of the truth, as
	// the benchmark does: a page whose truth has one inside a word is the
	// only kind that may score below 1 against itself.
	for i, pr := range results[0].Pages {
		if strings.Contains(pages[i].Truth, softHyphen) {
			continue
		}
		if !pr.Exact || pr.Match.precision() != 1 || pr.Match.recall() != 1 {
			t.Errorf("page %s: truth against itself: exact %v, %+v", pr.ID, pr.Exact, pr.Match)
		}
	}
	if s := results[0].Score; s.Precision < 0.9999 || s.Recall < 0.9999 {
		t.Errorf("truth scores %+v, want about 1", s)
	}
	if s := results[1].Score; s != (score{}) {
		t.Errorf("empty output scores %+v, want all 0", s)
	}
}

func TestSelectExtractors(t *testing.T) {
	all := extractors(true)
	tests := []struct {
		names string
		want  []string
	}{
		{"all", []string{"wirestory", "go-trafilatura", "go-readability", "html.Parse only"}},
		{"wirestory,html", []string{"wirestory", "html.Parse only"}},
		{"go-readability, WIRESTORY", []string{"go-readability", "wirestory"}},
	}
	for _, tt := range tests {
		got, err := selectExtractors(all, tt.names)
		if err != nil {
			t.Errorf("selectExtractors(%q): %v", tt.names, err)
			continue
		}
		var names []string
		for _, e := range got {
			names = append(names, e.Name)
		}
		if len(names) != len(tt.want) {
			t.Errorf("selectExtractors(%q) = %q, want %q", tt.names, names, tt.want)
			continue
		}
		for i := range names {
			if names[i] != tt.want[i] {
				t.Errorf("selectExtractors(%q) = %q, want %q", tt.names, names, tt.want)
				break
			}
		}
	}
	if _, err := selectExtractors(all, "boilerpipe"); err == nil {
		t.Error("selectExtractors accepted an unknown name")
	}
}

func TestMedian(t *testing.T) {
	if got := median([]time.Duration{3, 1, 2}); got != 2 {
		t.Errorf("median of 3 = %v, want 2", got)
	}
	if got := median([]time.Duration{4, 1, 2, 3}); got != 2 {
		t.Errorf("median of 4 = %v, want 2 (mean of 2 and 3, truncated)", got)
	}
}
