package main

import (
	"slices"
	"strings"
)

// This file scores an extracted article body against the ground truth: on
// AEB by 4-token shingles, the way the article-extraction-benchmark's
// evaluate.py does, and elsewhere by bags of lower-cased words, the way
// shared/tools/wsscore (and WCXB's own scorer) do.

// shingleSize is the number of tokens in one shingle.
const shingleSize = 4

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

// A shingleScore sums up an extractor over AEB pages, as wsscore does.
type shingleScore struct {
	// Precision is the mean of the pages' precisions over the pages with
	// tp+fp > 0 or fn > 0: a page with an empty prediction and a true body
	// counts as precision 0.
	Precision float64
	// Recall is the mean over the pages with tp+fn > 0.
	Recall float64
	// F1 is the harmonic mean of Precision and Recall.
	F1 float64
	// EvalPrecision and EvalF1 are the same as evaluate.py computes them,
	// which leaves a page with an empty prediction out of the precision
	// mean. They equal Precision and F1 when every page has some output.
	EvalPrecision, EvalF1 float64
	// Accuracy is the share of pages whose token lists equal the truth's.
	Accuracy float64
}

// scoreShingles sums up the per-page matches and exact matches of one
// extractor, both in the same page order.
func scoreShingles(matches []match, exact []bool) shingleScore {
	var s shingleScore
	var precisions, evalPrecisions, recalls []float64
	for _, m := range matches {
		switch {
		case m.tp+m.fp > 0:
			precisions = append(precisions, m.precision())
			evalPrecisions = append(evalPrecisions, m.precision())
		case m.fn > 0:
			precisions = append(precisions, 0)
		}
		if m.tp+m.fn > 0 {
			recalls = append(recalls, m.recall())
		}
	}
	s.Precision, s.EvalPrecision, s.Recall = mean(precisions), mean(evalPrecisions), mean(recalls)
	s.F1, s.EvalF1 = harmonic(s.Precision, s.Recall), harmonic(s.EvalPrecision, s.Recall)
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

// harmonic returns 2pr/(p+r), or 0 when both are 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// mean returns the arithmetic mean of xs, or 0 when there are none. It
// adds from the first to the last, as Python's sum does, so that equal
// inputs give equal bits.
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

// words counts the lower-cased tokens of s: wsscore's words,
// Counter(re.findall(r"\w+", s.lower())).
func words(s string) map[string]int {
	counts := make(map[string]int)
	for _, t := range tokenize(pyLower(s)) {
		counts[t]++
	}
	return counts
}

// A prf is one page's word-bag precision, recall and F1.
type prf struct {
	P, R, F1 float64
}

// wordPRF compares the words of a predicted body with the true one's, as
// wsscore's word_prf does. An empty truth scores 1 against an empty
// prediction and 0 against anything else; an empty prediction, or one with
// no word in common with the truth, scores 0.
func wordPRF(pred, truth string) prf {
	p, t := words(pred), words(truth)
	switch {
	case len(t) == 0 && len(p) == 0:
		return prf{1, 1, 1}
	case len(t) == 0 || len(p) == 0:
		return prf{}
	}
	overlap, np, nt := 0, 0, 0
	for w, n := range p {
		overlap += min(n, t[w])
		np += n
	}
	for _, n := range t {
		nt += n
	}
	if overlap == 0 {
		return prf{}
	}
	pr, rc := float64(overlap)/float64(np), float64(overlap)/float64(nt)
	return prf{pr, rc, 2 * pr * rc / (pr + rc)}
}
