package main

import (
	"math"
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"  ,.;  ", nil},
		{"Hello, wörld! 3.14 snake_case", []string{"Hello", "wörld", "3", "14", "snake_case"}},
		{"東京で会見", []string{"東京で会見"}},
		// A combining mark is not a word character in Python's re, so it
		// splits the token: "cafe" + U+0301.
		{"cafe\u0301 x", []string{"cafe", "x"}},
		{"हिन्दी", []string{"ह", "न", "द"}},
		// Other numbers (No, Nl) are word characters.
		{"x² Ⅻ ½", []string{"x²", "Ⅻ", "½"}},
		// A soft hyphen (Cf) splits a word.
		{"co\u00adoperate", []string{"co", "operate"}},
		{"she’s don't", []string{"she", "s", "don", "t"}},
		{"end", []string{"end"}},
	}
	for _, tt := range tests {
		if got := tokenize(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one two three", map[string]int{"one two three": 1}},
		{"one two three four", map[string]int{"one two three four": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"a b c d a b c d", map[string]int{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}},
	}
	for _, tt := range tests {
		got := shingles(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("shingles(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for k, n := range tt.want {
			if got[k] != n {
				t.Errorf("shingles(%q) = %v, want %v", tt.text, got, tt.want)
				break
			}
		}
	}
}

const eps = 1e-12

func near(a, b float64) bool { return math.Abs(a-b) < eps }

func TestMatchShingles(t *testing.T) {
	tests := []struct {
		name                string
		truth, pred         string
		tp, fp, fn          float64
		precision, recall   float64
		inPrecision, inRecl bool // whether the page counts in each mean
		exact               bool
	}{
		{
			name:  "case differs",
			truth: "the quick brown fox jumps", pred: "The quick brown fox jumps",
			// "The" differs from "the": tokens keep their case.
			tp: 1.0 / 3, fp: 1.0 / 3, fn: 1.0 / 3,
			precision: 0.5, recall: 0.5, inPrecision: true, inRecl: true,
		},
		{
			name:  "same tokens, other punctuation",
			truth: "Hello, world! It is me.", pred: "Hello world\nIt is... me",
			tp: 1, precision: 1, recall: 1, inPrecision: true, inRecl: true, exact: true,
		},
		{
			name:  "empty prediction",
			truth: "a b c d e", pred: "",
			fn: 1, recall: 0, inRecl: true,
		},
		{
			name:  "empty truth",
			truth: "", pred: "x y z",
			fp: 1, precision: 0, inPrecision: true,
		},
		{
			name:  "both empty",
			truth: "  ", pred: "...",
			exact: true,
		},
		{
			name:  "fewer than four tokens, equal",
			truth: "Hello world", pred: "Hello world",
			tp: 1, precision: 1, recall: 1, inPrecision: true, inRecl: true, exact: true,
		},
		{
			name:  "fewer than four tokens, different",
			truth: "Hello world", pred: "Hello there world",
			fp: 0.5, fn: 0.5, precision: 0, recall: 0, inPrecision: true, inRecl: true,
		},
		{
			name:  "one shingle changed",
			truth: "one two three four five six", pred: "one two three four five seven",
			tp: 0.5, fp: 0.25, fn: 0.25,
			precision: 2.0 / 3, recall: 2.0 / 3, inPrecision: true, inRecl: true,
		},
		{
			name:  "repeated shingle predicted once",
			truth: "a b c d a b c d", pred: "a b c d",
			tp: 0.2, fn: 0.8, precision: 1, recall: 0.2, inPrecision: true, inRecl: true,
		},
		{
			name:  "shingle predicted more often than true",
			truth: "a b c d", pred: "a b c d a b c d",
			tp: 0.2, fp: 0.8, precision: 0.2, recall: 1, inPrecision: true, inRecl: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := matchShingles(tt.truth, tt.pred)
			if !near(m.tp, tt.tp) || !near(m.fp, tt.fp) || !near(m.fn, tt.fn) {
				t.Errorf("match = %+v, want tp=%v fp=%v fn=%v", m, tt.tp, tt.fp, tt.fn)
			}
			if got := m.tp+m.fp > 0; got != tt.inPrecision {
				t.Errorf("counts in precision = %v, want %v", got, tt.inPrecision)
			} else if got && !near(m.precision(), tt.precision) {
				t.Errorf("precision = %v, want %v", m.precision(), tt.precision)
			}
			if got := m.tp+m.fn > 0; got != tt.inRecl {
				t.Errorf("counts in recall = %v, want %v", got, tt.inRecl)
			} else if got && !near(m.recall(), tt.recall) {
				t.Errorf("recall = %v, want %v", m.recall(), tt.recall)
			}
			if got := exactMatch(tt.truth, tt.pred); got != tt.exact {
				t.Errorf("exactMatch = %v, want %v", got, tt.exact)
			}
		})
	}
}

func TestScoreShingles(t *testing.T) {
	pages := []struct{ truth, pred string }{
		{"the quick brown fox jumps", "the quick brown fox jumps"}, // P 1, R 1, exact
		{"a b c d e", ""}, // P 0 for wsscore, left out by evaluate.py; R 0
		{"one two three four five six", "one two three four five seven"}, // P 2/3, R 2/3
		{"", "x y z"},                  // P 0
		{"a b c d a b c d", "a b c d"}, // P 1, R 0.2
		{"", ""},                       // neither, exact
	}
	var matches []match
	var exact []bool
	for _, p := range pages {
		matches = append(matches, matchShingles(p.truth, p.pred))
		exact = append(exact, exactMatch(p.truth, p.pred))
	}
	s := scoreShingles(matches, exact)
	want := shingleScore{
		Precision:     (1 + 0 + 2.0/3 + 0 + 1) / 5, // 8/15
		Recall:        (1 + 0 + 2.0/3 + 0.2) / 4,   // 7/15
		F1:            112.0 / 225,                 // 2 (8/15) (7/15) / (15/15)
		EvalPrecision: (1 + 2.0/3 + 0 + 1) / 4,     // 2/3
		EvalF1:        28.0 / 51,                   // 2 (2/3) (7/15) / (17/15)
		Accuracy:      2.0 / 6,
	}
	if !near(s.Precision, want.Precision) || !near(s.Recall, want.Recall) || !near(s.F1, want.F1) ||
		!near(s.EvalPrecision, want.EvalPrecision) || !near(s.EvalF1, want.EvalF1) || !near(s.Accuracy, want.Accuracy) {
		t.Errorf("score = %+v\nwant    %+v", s, want)
	}
}

func TestScoreShinglesEmpty(t *testing.T) {
	// No page with anything to score must give zeros, not NaN.
	s := scoreShingles([]match{{}}, []bool{true})
	if s.Precision != 0 || s.Recall != 0 || s.F1 != 0 || s.EvalF1 != 0 || s.Accuracy != 1 {
		t.Errorf("score = %+v, want zeros and accuracy 1", s)
	}
}

func TestWordPRF(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth string
		want        prf
	}{
		{"all found, more true", "The cat sat", "the cat sat on the mat", prf{1, 0.5, 2.0 / 3}},
		{"counts", "a a a b", "a b b", prf{0.5, 2.0 / 3, 4.0 / 7}},
		{"punctuation and case do not count", "Hello, WORLD!", "hello world", prf{1, 1, 1}},
		{"both empty", " ", "...", prf{1, 1, 1}},
		{"empty truth", "x", "", prf{}},
		{"empty prediction", "", "x", prf{}},
		{"nothing in common", "a b", "c d", prf{}},
		// Python lower-cases "İ" to "i" and a combining dot, which is not
		// a word character: the word splits in two and matches nothing.
		{"dotted capital I", "İSTANBUL", "istanbul", prf{}},
		// A final capital sigma is "ς", another one "σ".
		{"final sigma", "ΟΔΟΣ ΣΑ", "οδος σα", prf{1, 1, 1}},
	}
	for _, tt := range tests {
		got := wordPRF(tt.pred, tt.truth)
		if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) {
			t.Errorf("%s: wordPRF(%q, %q) = %+v, want %+v", tt.name, tt.pred, tt.truth, got, tt.want)
		}
	}
}
