package main

import (
	"slices"
	"strings"
	"unicode"
)

// This file scores an extracted article body against the ground truth the
// way the article-extraction-benchmark's evaluate.py does, so that figures
// from this program can be set beside the benchmark's published ones.

// shingleSize is the number of tokens in one shingle.
const shingleSize = 4

// isWordRune reports whether r belongs to a token. It is Python 3's re `\w`
// on str: the characters for which str.isalnum() is true (Unicode letters,
// categories L*, and characters with a numeric value, categories N*) and the
// underscore. Combining marks (M*) are not word characters there, so a mark
// ends a token here too. Checked against CPython 3.11 over every code point:
// the only differences are code points that Python's Unicode 14 tables leave
// unassigned and Go's Unicode 15 tables assign.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// tokenize returns the runs of word characters in text, in order.
func tokenize(text string) []string {
	var tokens []string
	start := -1
	for i, r := range text {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			tokens = append(tokens, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		tokens = append(tokens, text[start:])
	}
	return tokens
}

// shingles counts the runs of shingleSize consecutive tokens in text. A text
// of fewer tokens is a single shingle of the tokens it has; a text without
// tokens has no shingle. A shingle is keyed by its tokens joined with
// spaces, which no token contains.
func shingles(text string) map[string]int {
	tokens := tokenize(text)
	counts := make(map[string]int)
	for i := 0; i < max(1, len(tokens)-shingleSize+1); i++ {
		shingle := tokens[i:min(i+shingleSize, len(tokens))]
		if len(shingle) > 0 {
			counts[strings.Join(shingle, " ")]++
		}
	}
	return counts
}

// A match is one page's shingle counts: true positives (shingles both in
// the truth and the prediction), false positives (predicted in excess) and
// false negatives (true shingles missing from the prediction), divided by
// their sum so that every page weighs the same. All three are zero when
// both texts are empty.
type match struct {
	tp, fp, fn float64
}

// matchShingles compares a predicted body with the true one.
func matchShingles(truth, pred string) match {
	t, p := shingles(truth), shingles(pred)
	var m match
	for key, tc := range t {
		pc := p[key]
		m.tp += float64(min(tc, pc))
		m.fn += float64(max(0, tc-pc))
	}
	for key, pc := range p {
		m.fp += float64(max(0, pc-t[key]))
	}
	if s := m.tp + m.fp + m.fn; s > 0 {
		m.tp, m.fp, m.fn = m.tp/s, m.fp/s, m.fn/s
	}
	return m
}

// precision is the page's precision: 1 when nothing is wrong, 0 when
// nothing predicted is right.
func (m match) precision() float64 {
	switch {
	case m.fp == 0 && m.fn == 0:
		return 1
	case m.tp == 0 && m.fp == 0:
		return 0
	}
	return m.tp / (m.tp + m.fp)
}

// recall is the page's recall: 1 when nothing is wrong, 0 when nothing
// true was found.
func (m match) recall() float64 {
	switch {
	case m.fp == 0 && m.fn == 0:
		return 1
	case m.tp == 0 && m.fn == 0:
		return 0
	}
	return m.tp / (m.tp + m.fn)
}

// exactMatch reports whether two texts have the same token list, which is
// what the benchmark's accuracy counts.
func exactMatch(truth, pred string) bool {
	return slices.Equal(tokenize(truth), tokenize(pred))
}

// A score sums up an extractor over a set of pages.
type score struct {
	Precision float64 // mean over pages with tp+fp > 0
	Recall    float64 // mean over pages with tp+fn > 0
	F1        float64 // harmonic mean of Precision and Recall
	Accuracy  float64 // share of pages whose token lists equal the truth's
}

// scorePages scores one extractor from its per-page matches and exact
// matches, both in the same page order.
func scorePages(matches []match, exact []bool) score {
	var s score
	var precisions, recalls []float64
	for _, m := range matches {
		if m.tp+m.fp > 0 {
			precisions = append(precisions, m.precision())
		}
		if m.tp+m.fn > 0 {
			recalls = append(recalls, m.recall())
		}
	}
	s.Precision, s.Recall = mean(precisions), mean(recalls)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	n := 0
	for _, ok := range exact {
		if ok {
			n++
		}
	}
	if len(exact) > 0 {
		s.Accuracy = float64(n) / float64(len(exact))
	}
	return s
}

// mean returns the arithmetic mean of xs, or 0 when there are none.
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}
