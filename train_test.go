package wirestory

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// This file learns the body scorer's weights (body.go) from the shared
// evaluation corpora and measures the body the package extracts on them.
//
//	go test -run TestTrainBody -train          # learn on half a, write bodyweights.go
//	go test -run TestBodyEval -bodyeval -v     # word P/R/F1 by corpus, page kind and half
//
// Each block of every page is labelled by whether its text is in the page's
// ground-truth body, and a logistic regression is fitted to those labels,
// one for HTML pages and one for text dumps, weighing each block by its
// words (the scores count words). Only pages of half a (see half) are
// learned from, so half b measures how the weights do on pages they were
// not fitted to.

var (
	train      = flag.Bool("train", false, "learn the body scorer's weights and rewrite bodyweights.go")
	trainHalf  = flag.String("trainhalf", "a", "the half of the corpora to learn from: a, b or all")
	bodyEval   = flag.Bool("bodyeval", false, "measure the body on the shared corpora")
	threshold  = flag.Float64("threshold", 0.5, "with -train, the body scorer's threshold")
	nTrees     = flag.Int("trees", 120, "with -train, boosted trees for text pages (0: the text weights)")
	nHeadTrees = flag.Int("headtrees", 250, "with -train, boosted trees over the text headline weights (0: none)")
	bodyWorst  = flag.Int("bodyworst", 0, "with -bodyeval, list the `N` worst pages of each corpus and kind")
)

// A trainPage is one page's blocks with their labels, for learning.
type trainPage struct {
	text   bool
	ss     []slot
	x      [][numBodyFeatures]float32
	y      []bool
	weight []float32 // 0 for blocks with no words
}

// truthIndex holds a ground-truth body's word n-grams, for labelling
// blocks.
type truthIndex struct {
	grams map[string]bool // n-grams of 1 to 4 words, joined by spaces
	title string          // the headline's words, joined by spaces
}

func newTruthIndex(truth, title string) truthIndex {
	w := evalWords(truth)
	ix := truthIndex{grams: make(map[string]bool, 4*len(w)), title: strings.Join(evalWords(title), " ")}
	for n := 1; n <= 4; n++ {
		for i := 0; i+n <= len(w); i++ {
			ix.grams[strings.Join(w[i:i+n], " ")] = true
		}
	}
	return ix
}

// label reports whether a block's text is part of the ground truth: most
// of its runs of four words are there, or, for a shorter block, all its
// words in a row. The headline is never the body's, whatever the ground
// truth holds. It also returns the block's words.
func (ix truthIndex) label(text string) (bool, int) {
	w := evalWords(text)
	if len(w) == 0 {
		return false, 0
	}
	if ix.title != "" && strings.Join(w, " ") == ix.title {
		return false, len(w)
	}
	if len(w) < 4 {
		return ix.grams[strings.Join(w, " ")], len(w)
	}
	in := 0
	for i := 0; i+4 <= len(w); i++ {
		if ix.grams[strings.Join(w[i:i+4], " ")] {
			in++
		}
	}
	return in*2 >= len(w)-3, len(w)
}

// pageOf reads a dev page into blocks.
func pageOf(dp devPage) (*page, error) {
	data, err := readPage(dp.path)
	if err != nil {
		return nil, err
	}
	if dp.text {
		return parseTextPage(data), nil
	}
	return parseHTMLPage(data, ""), nil
}

// trainingPages reads and labels the pages.
func trainingPages(t *testing.T, pages []devPage) []trainPage {
	out := make([]trainPage, len(pages))
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for i, dp := range pages {
		wg.Add(1)
		sem <- true
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			pg, err := pageOf(dp)
			if err != nil {
				t.Error(err)
				return
			}
			ss, start, end := ruleBody(pg)
			ix := newTruthIndex(dp.truth, dp.title)
			tp := trainPage{text: pg.isText, ss: ss, x: make([][numBodyFeatures]float32, len(ss)),
				y: make([]bool, len(ss)), weight: make([]float32, len(ss))}
			bodyFeatures(ss, pg.isText, start, end, commentsStart(ss, firstProse(ss)), func(k int, f *[numBodyFeatures]float64) {
				y, n := ix.label(ss[k].text)
				for j, v := range f {
					tp.x[k][j] = float32(v)
				}
				tp.y[k] = y
				tp.weight[k] = float32(min(n, 200))
			})
			out[i] = tp
		}()
	}
	wg.Wait()
	return out
}

// fitBody learns the body scorer's weights for one kind of page.
func fitBody(pages []trainPage, text bool, lambda float64) [numBodyFeatures]float64 {
	var xs [][]float32
	var ys []bool
	var ws []float32
	for _, tp := range pages {
		if tp.text != text {
			continue
		}
		for k := range tp.x {
			if tp.weight[k] > 0 {
				xs = append(xs, tp.x[k][:])
				ys = append(ys, tp.y[k])
				ws = append(ws, tp.weight[k])
			}
		}
	}
	return [numBodyFeatures]float64(fitLogistic(xs, ys, ws, lambda))
}

// sameTitle reports whether a line is the page's headline: the same words,
// or most of them when a kicker or site name stands on one side only.
func sameTitle(line, title string) bool {
	lw, tw := strings.Join(evalWords(line), " "), strings.Join(evalWords(title), " ")
	if lw == "" || tw == "" {
		return false
	}
	if lw == tw {
		return true
	}
	ln, tn := len(evalWords(line)), len(evalWords(title))
	return strings.Contains(tw, lw) && ln*2 >= tn || strings.Contains(lw, tw) && tn*5 >= ln*3
}

// A headCand is a candidate line's features for the headline trainer, and
// whether it is the page's headline.
type headCand struct {
	x    [numHeadFeatures]float64
	good bool
}

// headGroups returns, for each text page with a known headline whose body
// is found, its headline candidates and, last, the stand-in for "none of
// them" (hNull).
func headGroups(t *testing.T, pages []devPage, m *bodyModel) [][]headCand {
	// One group a page, in the pages' order, so that the sums below are
	// taken in the same order on every run.
	byPage := make([][]headCand, len(pages))
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for pi, dp := range pages {
		if !dp.text || dp.title == "" {
			continue
		}
		wg.Add(1)
		sem <- true
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			pg, err := pageOf(dp)
			if err != nil {
				t.Error(err)
				return
			}
			ss, start, _ := classifyPage(pg, m)
			if start < 0 {
				return
			}
			var g []headCand
			any := false
			headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) {
				ok := sameTitle(ss[i].text, dp.title)
				any = any || ok
				g = append(g, headCand{*f, ok})
			})
			var null headCand
			null.x[hNull] = 1
			null.good = !any
			g = append(g, null)
			byPage[pi] = g
		}()
	}
	wg.Wait()
	var groups [][]headCand
	for _, g := range byPage {
		if g != nil {
			groups = append(groups, g)
		}
	}
	return groups
}

// fitHead learns the text headline scorer from the text pages with a
// known headline, given the body model that finds their bodies. The
// lines above each page's body, and a stand-in for "none of them", compete
// for the page's headline: the weights maximize the likelihood of the right
// choice under a softmax over each page's candidates (a conditional logit).
func fitHead(t *testing.T, pages []devPage, m *bodyModel) headModel {
	groups := headGroups(t, pages, m)
	const d = numHeadFeatures
	var w headModel
	lambda := 1e-2
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for k := range h {
			h[k] = make([]float64, d)
		}
		for _, grp := range groups {
			z := make([]float64, len(grp))
			zmax := math.Inf(-1)
			for c := range grp {
				for k := 0; k < d; k++ {
					z[c] += w[k] * grp[c].x[k]
				}
				zmax = math.Max(zmax, z[c])
			}
			// p over all candidates, q over the good ones.
			var sp, sq float64
			p, q := make([]float64, len(grp)), make([]float64, len(grp))
			for c := range grp {
				p[c] = math.Exp(z[c] - zmax)
				sp += p[c]
				if grp[c].good {
					q[c] = p[c]
					sq += q[c]
				}
			}
			var ep, eq [d]float64
			for c := range grp {
				p[c] /= sp
				q[c] /= sq
				for k := 0; k < d; k++ {
					ep[k] += p[c] * grp[c].x[k]
					eq[k] += q[c] * grp[c].x[k]
				}
			}
			// The gradient of -log(sum q / sum p) is E_p[x] - E_q[x]; its
			// Hessian, Cov_p[x] - Cov_q[x], is approximated by Cov_p[x].
			for k := 0; k < d; k++ {
				g[k] += ep[k] - eq[k]
			}
			for c := range grp {
				for k := 0; k < d; k++ {
					dk := grp[c].x[k] - ep[k]
					if dk == 0 {
						continue
					}
					for l := 0; l < d; l++ {
						h[k][l] += p[c] * dk * (grp[c].x[l] - ep[l])
					}
				}
			}
		}
		n := float64(len(groups))
		for k := 0; k < d; k++ {
			g[k] = g[k]/n + lambda*w[k]
			for l := 0; l < d; l++ {
				h[k][l] /= n
			}
			h[k][k] += lambda + 1e-9
		}
		step := solve(h, g)
		change := 0.0
		for k := 0; k < d; k++ {
			w[k] -= step[k]
			change = math.Max(change, math.Abs(step[k]))
		}
		if change < 1e-6 {
			break
		}
	}
	return w
}

// kindOf reads an HTML page and returns its story features.
func kindOf(kp kindPage, m *bodyModel) ([numKindFeatures]float64, bool, error) {
	data, err := readPage(kp.path)
	if err != nil {
		return [numKindFeatures]float64{}, false, err
	}
	pg := parseHTMLPage(data, "")
	a := &Article{}
	ss, start, end := classifyPage(pg, m)
	if start < 0 {
		return [numKindFeatures]float64{}, false, nil
	}
	head := readHead(ss, start, pg, m)
	readBody(ss, start, end, a)
	readTail(ss, end, a)
	a = finishArticle(a, head, pg)
	if len(a.Paragraphs) == 0 {
		return [numKindFeatures]float64{}, false, nil
	}
	return kindFeatures(pg, a, ss, start, end), true, nil
}

// fitKind learns the story scorer from HTML pages of known kinds. Stories
// weigh more than the other pages, since losing one costs more than
// keeping a product page.
func fitKind(t *testing.T, pages []kindPage, m *bodyModel) (kindModel, float64) {
	xs := make([][]float32, len(pages))
	ys := make([]bool, len(pages))
	ws := make([]float32, len(pages))
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for i, kp := range pages {
		wg.Add(1)
		sem <- true
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			f, ok, err := kindOf(kp, m)
			if err != nil {
				t.Error(err)
				return
			}
			if !ok {
				return
			}
			x := make([]float32, numKindFeatures)
			for k, v := range f {
				x[k] = float32(v)
			}
			xs[i], ys[i] = x, kp.kind == "article"
			ws[i] = 1
			if ys[i] {
				ws[i] = 3
			}
		}()
	}
	wg.Wait()
	var fx [][]float32
	var fy []bool
	var fw []float32
	for i := range xs {
		if xs[i] != nil {
			fx, fy, fw = append(fx, xs[i]), append(fy, ys[i]), append(fw, ws[i])
		}
	}
	km := kindModel(fitLogistic(fx, fy, fw, 1e-3))
	// The threshold: just below the lowest score of a story learned from.
	low := math.Inf(1)
	for i := range fx {
		if !fy[i] {
			continue
		}
		z := 0.0
		for k, v := range fx[i] {
			z += km[k] * float64(v)
		}
		low = math.Min(low, z)
	}
	return km, low - 0.1
}

// fitHeadTrees learns boosted regression trees that add to the headline
// weights w: each tree, of depth 3, fits a Newton step on the pages'
// conditional-logit loss (as fitHead's, a softmax over each page's
// candidates), with its Hessian's diagonal, over thresholds at the
// quantiles of each feature, and adds its leaves, shrunk, to the
// candidates' scores.
func fitHeadTrees(groups [][]headCand, w *headModel, trees int) [][]treeNode {
	type ref struct{ g, c int }
	var all []ref
	F := make([][]float64, len(groups))
	for gi, grp := range groups {
		F[gi] = make([]float64, len(grp))
		for c := range grp {
			F[gi][c] = w.score(&grp[c].x)
			all = append(all, ref{gi, c})
		}
	}
	if len(all) == 0 {
		return nil
	}
	x := func(r ref) *[numHeadFeatures]float64 { return &groups[r.g][r.c].x }
	cuts := make([][]float64, numHeadFeatures)
	for k := range numHeadFeatures {
		vals := make([]float64, 0, len(all))
		for _, r := range all {
			vals = append(vals, x(r)[k])
		}
		slices.Sort(vals)
		for j := 1; j < 32; j++ {
			if v := vals[j*len(vals)/32]; len(cuts[k]) == 0 || v != cuts[k][len(cuts[k])-1] {
				cuts[k] = append(cuts[k], v)
			}
		}
	}
	// Row i of the fit is candidate all[i]; every candidate weighs one, so
	// minLeaf counts candidates.
	fit := treeFit{
		depth: 3, rate: 0.1, leafL2: 5.0, minLeaf: 40,
		g: make([]float64, len(all)), h: make([]float64, len(all)), w: make([]float64, len(all)),
		x:    func(i, k int) float64 { return x(all[i])[k] },
		cuts: cuts,
	}
	rows := make([]int, len(all))
	for i := range rows {
		rows[i] = i
		fit.w[i] = 1
	}
	var forest [][]treeNode
	for range trees {
		i := 0
		for gi, grp := range groups {
			zmax := math.Inf(-1)
			for c := range grp {
				zmax = math.Max(zmax, F[gi][c])
			}
			var sp, sq float64
			p, q := make([]float64, len(grp)), make([]float64, len(grp))
			for c := range grp {
				p[c] = math.Exp(F[gi][c] - zmax)
				sp += p[c]
				if grp[c].good {
					q[c] = p[c]
					sq += q[c]
				}
			}
			for c := range grp {
				p[c] /= sp
				q[c] /= sq
				fit.g[i], fit.h[i] = p[c]-q[c], math.Max(p[c]*(1-p[c]), 1e-6)
				i++
			}
		}
		tree := fit.grow(rows)
		for _, r := range all {
			F[r.g][r.c] += treeValue(tree, x(r)[:])
		}
		forest = append(forest, tree)
	}
	return forest
}

// fitBodyTrees learns boosted regression trees on the logistic loss for one
// kind of page: each tree, of depth 3, fits the loss's gradient step
// (Newton's, with an L2 penalty on the leaves) over thresholds taken at the
// quantiles of each feature, and adds its leaves, shrunk, to the log-odds.
func fitBodyTrees(pages []trainPage, text bool, trees int) (float64, [][]treeNode) {
	var xs [][numBodyFeatures]float32
	var ys []float64
	var ws []float64
	for _, tp := range pages {
		if tp.text != text {
			continue
		}
		for k := range tp.x {
			if tp.weight[k] > 0 {
				xs = append(xs, tp.x[k])
				y := 0.0
				if tp.y[k] {
					y = 1
				}
				ys, ws = append(ys, y), append(ws, float64(tp.weight[k]))
			}
		}
	}
	n := len(xs)
	if n == 0 {
		return 0, nil
	}
	sy, sw := 0.0, 0.0
	for i := range ys {
		sy += ws[i] * ys[i]
		sw += ws[i]
	}
	base := math.Log(sy / (sw - sy))
	// Candidate thresholds: up to 32 quantiles of each feature.
	cuts := make([][]float64, numBodyFeatures)
	for k := range numBodyFeatures {
		vals := make([]float32, 0, 4096)
		for i := 0; i < n; i += max(1, n/4096) {
			vals = append(vals, xs[i][k])
		}
		slices.Sort(vals)
		for j := 1; j < 32; j++ {
			if v := float64(vals[j*len(vals)/32]); len(cuts[k]) == 0 || v != cuts[k][len(cuts[k])-1] {
				cuts[k] = append(cuts[k], v)
			}
		}
	}
	// minLeaf is the least weight of blocks in a leaf.
	fit := treeFit{
		depth: 3, rate: 0.15, leafL2: 1.0, minLeaf: 20,
		g: make([]float64, n), h: make([]float64, n), w: ws,
		x:    func(i, k int) float64 { return float64(xs[i][k]) },
		cuts: cuts,
	}
	F := make([]float64, n)
	rows := make([]int, n)
	for i := range F {
		F[i] = base
		rows[i] = i
	}
	var forest [][]treeNode
	for range trees {
		for i := range xs {
			p := 1 / (1 + math.Exp(-F[i]))
			fit.g[i], fit.h[i] = ws[i]*(p-ys[i]), ws[i]*p*(1-p)
		}
		tree := fit.grow(rows)
		for i := range xs {
			var x [numBodyFeatures]float64
			for k, v := range xs[i] {
				x[k] = float64(v)
			}
			F[i] += treeValue(tree, x[:])
		}
		forest = append(forest, tree)
	}
	return base, forest
}

// A treeFit is what growing one boosted regression tree needs: each row's
// gradient g, Hessian h and weight w, its features x, the candidate
// thresholds of each feature, the tree's depth, the shrinkage of its
// leaves, their L2 penalty and the least weight a leaf may hold.
type treeFit struct {
	g, h, w               []float64
	x                     func(row, k int) float64
	cuts                  [][]float64
	depth                 int
	rate, leafL2, minLeaf float64
}

// grow fits one tree to the rows: each node splits at the threshold that
// gains the most on the second-order loss, and each leaf holds the Newton
// step of its rows, shrunk by rate.
func (f *treeFit) grow(rows []int) []treeNode {
	var tree []treeNode
	var grow func(rows []int, depth int) int16
	grow = func(rows []int, depth int) int16 {
		G, H, W := 0.0, 0.0, 0.0
		for _, i := range rows {
			G, H, W = G+f.g[i], H+f.h[i], W+f.w[i]
		}
		node := int16(len(tree))
		tree = append(tree, treeNode{feat: -1, value: float32(-G / (H + f.leafL2) * f.rate)})
		if depth == f.depth || W < 2*f.minLeaf {
			return node
		}
		best, bestFeat, bestCut := 0.0, -1, 0.0
		for k, q := range f.cuts {
			if len(q) == 0 {
				continue
			}
			GB, HB, WB := make([]float64, len(q)+1), make([]float64, len(q)+1), make([]float64, len(q)+1)
			for _, i := range rows {
				b, _ := slices.BinarySearch(q, f.x(i, k))
				GB[b], HB[b], WB[b] = GB[b]+f.g[i], HB[b]+f.h[i], WB[b]+f.w[i]
			}
			gl, hl, wl := 0.0, 0.0, 0.0
			for b := range q {
				gl, hl, wl = gl+GB[b], hl+HB[b], wl+WB[b]
				if wl < f.minLeaf || W-wl < f.minLeaf {
					continue
				}
				gr, hr := G-gl, H-hl
				if gain := gl*gl/(hl+f.leafL2) + gr*gr/(hr+f.leafL2) - G*G/(H+f.leafL2); gain > best {
					best, bestFeat, bestCut = gain, k, q[b]
				}
			}
		}
		if bestFeat < 0 {
			return node
		}
		// Split as the generated tree will, at the float32 threshold.
		bestCut = float64(float32(bestCut))
		var left, right []int
		for _, i := range rows {
			if f.x(i, bestFeat) <= bestCut {
				left = append(left, i)
			} else {
				right = append(right, i)
			}
		}
		tree[node].feat, tree[node].thr = int16(bestFeat), float32(bestCut)
		l := grow(left, depth+1)
		r := grow(right, depth+1)
		tree[node].left, tree[node].right = l, r
		return node
	}
	grow(rows, 0)
	return tree
}

// fitLogistic fits weights to labelled feature vectors by Newton's method
// on the weighted log-loss with an L2 penalty (feature 0, the bias, is not
// penalized).
func fitLogistic(xs [][]float32, ys []bool, ws []float32, lambda float64) []float64 {
	if len(xs) == 0 {
		return nil
	}
	d := len(xs[0])
	w := make([]float64, d)
	total := 0.0
	for _, v := range ws {
		total += float64(v)
	}
	for iter := 0; iter < 30; iter++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for k := range h {
			h[k] = make([]float64, d)
		}
		for i, x := range xs {
			z := 0.0
			for k := 0; k < d; k++ {
				z += w[k] * float64(x[k])
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if ys[i] {
				y = 1
			}
			c := float64(ws[i]) / total
			r := c * (p - y)
			s := c * p * (1 - p)
			for k := 0; k < d; k++ {
				xk := float64(x[k])
				if xk == 0 {
					continue
				}
				g[k] += r * xk
				hk := h[k]
				for l := k; l < d; l++ {
					hk[l] += s * xk * float64(x[l])
				}
			}
		}
		for k := 0; k < d; k++ {
			for l := 0; l < k; l++ {
				h[k][l] = h[l][k]
			}
			if k != 0 {
				g[k] += lambda * w[k]
				h[k][k] += lambda
			}
			h[k][k] += 1e-9
		}
		step := solve(h, g)
		change := 0.0
		for k := 0; k < d; k++ {
			w[k] -= step[k]
			change = math.Max(change, math.Abs(step[k]))
		}
		if change < 1e-6 {
			break
		}
	}
	return w
}

// solve solves h·x = g by Gaussian elimination with partial pivoting; it
// changes h and g.
func solve(h [][]float64, g []float64) []float64 {
	d := len(g)
	for c := 0; c < d; c++ {
		p := c
		for r := c + 1; r < d; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		if h[c][c] == 0 {
			continue
		}
		for r := c + 1; r < d; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < d; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	x := make([]float64, d)
	for c := d - 1; c >= 0; c-- {
		s := g[c]
		for k := c + 1; k < d; k++ {
			s -= h[c][k] * x[k]
		}
		if h[c][c] != 0 {
			x[c] = s / h[c][c]
		}
	}
	return x
}

// TestTrainBody learns the body scorer's weights and rewrites
// bodyweights.go. It runs only with -train.
func TestTrainBody(t *testing.T) {
	if !*train {
		t.Skip("no -train")
	}
	pages := loadDevPages(t)
	var learn []devPage
	for _, dp := range pages {
		if *trainHalf == "all" || half(dp.id) == *trainHalf {
			learn = append(learn, dp)
		}
	}
	var bodyPages []devPage
	for _, dp := range learn {
		if dp.truth != "" {
			bodyPages = append(bodyPages, dp)
		}
	}
	tps := trainingPages(t, bodyPages)
	var m bodyModel
	m.html = fitBody(tps, false, 1e-4)
	m.text = fitBody(tps, true, 1e-4)
	if *nTrees > 0 {
		m.textBase, m.textTrees = fitBodyTrees(tps, true, *nTrees)
		m.text = [numBodyFeatures]float64{}
	}
	m.threshold = float32(*threshold)
	m.head = fitHead(t, learn, &m)
	m.headTrees = fitHeadTrees(headGroups(t, learn, &m), &m.head, *nHeadTrees)
	var kinds []kindPage
	for _, kp := range loadKindPages(t) {
		if *trainHalf == "all" || half(kp.id) == *trainHalf {
			kinds = append(kinds, kp)
		}
	}
	m.kind, m.kindMin = fitKind(t, kinds, &m)
	t.Logf("learned from %d pages", len(learn))
	src := weightsSource(m, len(learn), *trainHalf)
	if err := os.WriteFile("bodyweights.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
	evalBody(t, pages, &m)
	evalKinds(t, loadKindPages(t), &m)
}

// evalKinds logs how many pages of each kind, corpus and half Parse
// returns as stories.
func evalKinds(t *testing.T, pages []kindPage, m *bodyModel) {
	stories := make([]bool, len(pages))
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for i, kp := range pages {
		wg.Add(1)
		sem <- true
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			data, err := readPage(kp.path)
			if err != nil {
				t.Error(err)
				return
			}
			_, rd := readStory(data, "", m)
			stories[i] = len(rd.article.Paragraphs) > 0
		}()
	}
	wg.Wait()
	type count struct{ n, story int }
	counts := map[string]*count{}
	for i, kp := range pages {
		key := fmt.Sprintf("%s %-13s %s", kp.corpus, kp.kind, half(kp.id))
		c := counts[key]
		if c == nil {
			c = &count{}
			counts[key] = c
		}
		c.n++
		if stories[i] {
			c.story++
		}
	}
	for _, k := range sortedKeys(counts) {
		t.Logf("kind %-28s %4d of %4d read as stories", k, counts[k].story, counts[k].n)
	}
}

// featureNames are the names of the features, in order, as body.go
// declares them.
var featureNames = [numBodyFeatures]string{
	"fBias", "fLogWords", "fLogChars", "fSentence", "fEllipsis", "fTitleLike", "fProse", "fAllCaps", "fNoLower",
	"fCommaRate", "fEndColon", "fDigitFrac", "fBullet", "fURL", "fPipe", "fRepeat", "fJunk", "fChrome", "fTeaser",
	"fCaption", "fTail", "fListHead", "fDateline", "fGapBefore", "fGapAfter", "fHeading", "fItem", "fCaptionKind",
	"fQuote", "fLinkDensity", "fBoiler", "fInMain", "fMetaHint", "fInRule", "fBeforeRule", "fAfterRule",
	"fPrevProse", "fNextProse", "fProseNear", "fProseWide", "fGapNear", "fMenuRun", "fMetaLine", "fInComments", "fPrevLogWords",
	"fNextLogWords", "fLinkNear", "fChromeNear", "fPicture", "fPromo", "fCommentWord",
	"fMarks + 0", "fMarks + 1", "fMarks + 2", "fMarks + 3", "fMarks + 4", "fMarks + 5", "fMarks + 6", "fMarks + 7",
	"fMarks + 8", "fMarks + 9", "fMarks + 10", "fMarks + 11", "fMarks + 12", "fMarks + 13", "fMarks + 14",
}

// headFeatureNames are the names of the headline scorer's features, in
// order.
var headFeatureNames = [numHeadFeatures]string{
	"hBias", "hDistance", "hTitleRank", "hLogWords", "hMidLength", "hTitleLike", "hProse", "hEndsStop", "hEndsAsk",
	"hAllCaps", "hMetaLine", "hChrome", "hTeaser", "hCaption", "hGapBefore", "hGapAfter", "hMenuRun", "hMetaBelow",
	"hLabelAbove", "hProseBelow", "hColon", "hRepeat", "hCreditBelow", "hQuoteStart", "hBodyProb", "hLongest",
	"hAfterMenu", "hDigitFrac", "hPictureWords", "hSharedWords", "hSharedFirst", "hShortAbove", "hFirstAfterRun",
	"hKickerAbove", "hMetaAbove", "hMetaNext", "hInnerStop", "hTitleBelow", "hBelowStart", "hDeckBelow", "hEchoed", "hLongAbove", "hFirstLong", "hHoldsLine",
	"hDeckOf", "hNull",
}

// kindFeatureNames are the names of the story scorer's features, in order.
var kindFeatureNames = [numKindFeatures]string{
	"kBias", "kOGArticle", "kOGWebsite", "kOGProduct", "kLDArticle", "kLDProduct", "kLDForum", "kLDList", "kLDOther",
	"kLogWords", "kLogParas", "kBodyShare", "kParaWords", "kProseShare", "kPublished", "kByline", "kDateline",
	"kMetaHeadline", "kLinkShare", "kItemShare", "kHeadings", "kComments", "kURLDate", "kBodyProb", "kPrices",
	"kURLDocs", "kURLShop", "kURLForum", "kURLList", "kURLNews",
}

// weightsSource returns bodyweights.go for a model.
func weightsSource(m bodyModel, pages int, halfName string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by go test -run TestTrainBody -train; DO NOT EDIT.\n\n")
	b.WriteString("package wirestory\n\n")
	fmt.Fprintf(&b, "// trainedBody is the body scorer's weights, learned from %d pages (half %s\n", pages, halfName)
	b.WriteString("// of the AEB, fundus and WCXB-dev corpora, HTML and text dumps).\n")
	b.WriteString("var trainedBody = bodyModel{\n")
	for _, kind := range []struct {
		name, size string
		w          []float64
		names      []string
	}{
		{"html", "numBodyFeatures", m.html[:], featureNames[:]},
		{"text", "numBodyFeatures", m.text[:], featureNames[:]},
		{"head", "numHeadFeatures", m.head[:], headFeatureNames[:]},
		{"kind", "numKindFeatures", m.kind[:], kindFeatureNames[:]},
	} {
		typ := "[" + kind.size + "]float64"
		switch kind.name {
		case "head":
			typ = "headModel"
		case "kind":
			typ = "kindModel"
		}
		fmt.Fprintf(&b, "\t%s: %s{\n", kind.name, typ)
		for k, v := range kind.w {
			if v == 0 {
				continue
			}
			fmt.Fprintf(&b, "\t\t%s: %.4f,\n", kind.names[k], v)
		}
		b.WriteString("\t},\n")
	}
	if len(m.textTrees) > 0 {
		fmt.Fprintf(&b, "\ttextBase: %.4f,\n", m.textBase)
		b.WriteString("\t// Each node: feature, threshold, left, right (indexes in the tree), leaf value;\n")
		b.WriteString("\t// a leaf's feature is -1.\n")
		writeForest(&b, "textTrees", m.textTrees, featureNames[:])
	}
	if len(m.headTrees) > 0 {
		writeForest(&b, "headTrees", m.headTrees, headFeatureNames[:])
	}
	fmt.Fprintf(&b, "\tthreshold: %.3f,\n", m.threshold)
	fmt.Fprintf(&b, "\tkindMin:   %.3f,\n", m.kindMin)
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return src
}

// writeForest writes trees as the field name of the generated bodyModel,
// each split naming its feature by names.
func writeForest(b *bytes.Buffer, name string, trees [][]treeNode, names []string) {
	fmt.Fprintf(b, "\t%s: [][]treeNode{\n", name)
	for _, t := range trees {
		b.WriteString("\t\t{")
		for j, nd := range t {
			if j > 0 {
				b.WriteString(", ")
			}
			if nd.feat < 0 {
				fmt.Fprintf(b, "{-1, 0, 0, 0, %.4f}", nd.value)
			} else {
				fmt.Fprintf(b, "{%s, %g, %d, %d, 0}", names[nd.feat], nd.thr, nd.left, nd.right)
			}
		}
		b.WriteString("},\n")
	}
	b.WriteString("\t},\n")
}

// TestBodyEval measures the body on the shared corpora with the package's
// weights. It runs only with -bodyeval.
func TestBodyEval(t *testing.T) {
	if !*bodyEval {
		t.Skip("no -bodyeval")
	}
	evalBody(t, loadDevPages(t), &trainedBody)
	evalKinds(t, loadKindPages(t), &trainedBody)
}

// evalBody logs the mean word precision, recall and F1 of the body and the
// pages with no body, by corpus, page kind and half.
func evalBody(t *testing.T, pages []devPage, m *bodyModel) {
	type acc struct {
		n, none  int
		p, r, f1 float64
	}
	results := make([][3]float64, len(pages))
	empty := make([]bool, len(pages))
	heads := make([]string, len(pages))
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for i, dp := range pages {
		wg.Add(1)
		sem <- true
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			data, err := readPage(dp.path)
			if err != nil {
				t.Error(err)
				return
			}
			_, rd := readStory(data, "", m)
			a := rd.article
			heads[i] = a.Headline
			empty[i] = len(a.Paragraphs) == 0
			p, r, f := wordPRF(strings.Join(a.Paragraphs, "\n"), dp.truth)
			results[i] = [3]float64{p, r, f}
		}()
	}
	wg.Wait()
	type hacc struct{ n, exact, contains int }
	haccs := map[string]*hacc{}
	for i, dp := range pages {
		if dp.title == "" {
			continue
		}
		kind := "html"
		if dp.text {
			kind = "text"
		}
		for _, key := range []string{dp.corpus + " " + kind + " " + half(dp.id), "~all " + kind + " " + half(dp.id)} {
			h := haccs[key]
			if h == nil {
				h = &hacc{}
				haccs[key] = h
			}
			h.n++
			g, w := strings.ToLower(strings.Join(strings.Fields(heads[i]), " ")), strings.ToLower(strings.Join(strings.Fields(dp.title), " "))
			if g == w {
				h.exact++
			}
			if g != "" && (strings.Contains(w, g) || strings.Contains(g, w)) {
				h.contains++
			}
		}
	}
	for _, k := range sortedKeys(haccs) {
		h := haccs[k]
		t.Logf("headline %-18s pages %4d  exact %.3f  contains %.3f", k, h.n, float64(h.exact)/float64(h.n), float64(h.contains)/float64(h.n))
	}
	accs := map[string]*acc{}
	for i, dp := range pages {
		if dp.truth == "" {
			continue
		}
		kind := "html"
		if dp.text {
			kind = "text"
		}
		for _, key := range []string{dp.corpus + " " + kind + " " + half(dp.id), dp.corpus + " " + kind + " all", "~all " + kind + " " + half(dp.id)} {
			a := accs[key]
			if a == nil {
				a = &acc{}
				accs[key] = a
			}
			a.n++
			if empty[i] {
				a.none++
			}
			a.p += results[i][0]
			a.r += results[i][1]
			a.f1 += results[i][2]
		}
	}
	if os.Getenv("BODYDUMP") != "" {
		var b strings.Builder
		for i, dp := range pages {
			fmt.Fprintf(&b, "%s\t%s\t%v\t%.4f\t%.4f\t%.4f\n", dp.corpus, dp.id, dp.text, results[i][0], results[i][1], results[i][2])
		}
		os.WriteFile(os.Getenv("BODYDUMP"), []byte(b.String()), 0o644)
	}
	if *bodyWorst > 0 {
		idx := make([]int, len(pages))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return results[idx[a]][2] < results[idx[b]][2] })
		shown := map[string]int{}
		for _, i := range idx {
			dp := pages[i]
			key := fmt.Sprintf("%s text=%v", dp.corpus, dp.text)
			if shown[key] >= *bodyWorst {
				continue
			}
			shown[key]++
			t.Logf("worst %s: %s P %.2f R %.2f F1 %.2f", key, dp.path, results[i][0], results[i][1], results[i][2])
		}
	}
	keys := sortedKeys(accs)
	sort.Strings(keys)
	for _, k := range keys {
		a := accs[k]
		n := float64(a.n)
		t.Logf("%-18s pages %4d  P %.3f  R %.3f  F1 %.3f  none %d", k, a.n, a.p/n, a.r/n, a.f1/n, a.none)
	}
}
