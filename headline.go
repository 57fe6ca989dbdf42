package wirestory

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds the headline of a text page. A browser's text dump keeps
// nothing of the page's <h1> but its line: the headline is one of the lines
// above the story's first paragraph, among menus, share bars, captions,
// kickers, bylines and dates. A learned scorer weighs each line above the
// body by its shape and its neighbours (a byline or date below it, a
// section label above it, a menu before it) and the likeliest is taken. The
// weights are learned by TestTrainBody (train_test.go) with the body
// scorer's and written to bodyweights.go.

// headWindow is how many lines above the body are headline candidates.
const headWindow = 40

// Features of a line for the headline scorer.
const (
	hBias          = iota
	hDistance      // log(1+live lines between it and the body)
	hTitleRank     // log(1+headline-shaped lines between it and the body)
	hLogWords      // log(1+words)
	hMidLength     // 4 to 20 words
	hTitleLike     // shaped like a headline
	hProse         // shaped like a paragraph
	hEndsStop      // ends with a full stop
	hEndsAsk       // ends with "?" or "!"
	hAllCaps       // all capitals
	hMetaLine      // a byline, credit or date line
	hChrome        // rules: chrome
	hTeaser        // rules: a teaser
	hCaption       // rules: a caption
	hGapBefore     // a blank line before
	hGapAfter      // a blank line after
	hMenuRun       // in a run of short tight lines
	hMetaBelow     // a byline, credit or date line within 4 lines below
	hLabelAbove    // a short label right above
	hProseBelow    // the next live line is prose
	hColon         // holds ": "
	hRepeat        // the same text stands elsewhere on the page
	hCreditBelow   // a picture credit right below (so a caption)
	hQuoteStart    // opens with a quotation mark
	hBodyProb      // the body scorer's probability for the line
	hLongest       // words over the most words of a headline-shaped candidate
	hAfterMenu     // the line before is in a menu run
	hDigitFrac     // share of digits
	hPictureWords  // names a picture's source: "Foto:", "(Photo: ...)", a credit at its end
	hSharedWords   // share of its words that the body's first paragraphs use
	hSharedFirst   // share of its words that the first paragraph uses
	hShortAbove    // log(1+short lines in a row right above it)
	hFirstAfterRun // the first line of four words or more after a run of short lines
	hNull          // set only on the stand-in for "none of these lines"
	numHeadFeatures
)

// A headModel is the weights of the text headline scorer.
type headModel [numHeadFeatures]float64

// headFeatures computes the features of the candidate lines above the body
// at start and calls emit with each (i is the line's index).
func headFeatures(ss []slot, start int, emit func(i int, f *[numHeadFeatures]float64)) {
	lo := max(0, start-headWindow)
	if start <= lo {
		return
	}
	// Menu runs and repeats in the window.
	menu := make([]bool, start-lo)
	for i := lo; i < start; {
		j := i
		for j < start && ss[j].f.words <= 4 && !ss[j].f.sentence && (j == i || !ss[j].gap) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				menu[k-lo] = true
			}
		}
		i = max(j, i+1)
	}
	count := make(map[string]int)
	for i := range ss {
		if len(ss[i].text) >= 12 && len(ss[i].text) <= 300 {
			count[ss[i].text]++
		}
	}
	longest := 1
	for i := lo; i < start; i++ {
		if ss[i].f.titleLike && ss[i].role != roleJunk {
			longest = max(longest, ss[i].f.words)
		}
	}
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	// The words of the body's first paragraphs, and of the first.
	bodyWords, firstWords := make(map[string]bool), make(map[string]bool)
	for i, n := start, 0; i < len(ss) && n < 6; i++ {
		if ss[i].role != roleUnknown || !ss[i].f.prose {
			continue
		}
		for _, w := range contentWords(ss[i].text) {
			bodyWords[w] = true
			if n == 0 {
				firstWords[w] = true
			}
		}
		n++
	}
	live, titles := 0, 0
	var f [numHeadFeatures]float64
	for i := start - 1; i >= lo; i-- {
		s := &ss[i]
		if s.role == roleJunk {
			continue
		}
		t := s.text
		f = [numHeadFeatures]float64{}
		f[hBias] = 1
		f[hDistance] = math.Log1p(float64(live)) / 3
		f[hTitleRank] = math.Log1p(float64(titles)) / 3
		f[hLogWords] = math.Log1p(float64(s.f.words)) / 3
		f[hMidLength] = b2f(s.f.words >= 4 && s.f.words <= 20)
		f[hTitleLike] = b2f(s.f.titleLike)
		f[hProse] = b2f(s.f.prose)
		f[hEndsStop] = b2f(strings.HasSuffix(t, "."))
		f[hEndsAsk] = b2f(strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!"))
		f[hAllCaps] = b2f(s.f.allCaps)
		if s.f.words <= 25 {
			f[hMetaLine] = b2f(s.isMeta())
		}
		f[hChrome] = b2f(s.role == roleChrome)
		f[hTeaser] = b2f(s.role == roleTeaser)
		f[hCaption] = b2f(s.role == roleCaption)
		f[hGapBefore] = b2f(s.gap)
		f[hGapAfter] = b2f(i+1 < len(ss) && ss[i+1].gap)
		f[hMenuRun] = b2f(menu[i-lo])
		for j, n := i+1, 0; j < start && n < 4; j++ {
			if ss[j].role == roleJunk {
				continue
			}
			n++
			if ss[j].f.words <= 25 && ss[j].isMeta() {
				f[hMetaBelow] = 1
				break
			}
		}
		if j := i - 1; j >= 0 {
			f[hLabelAbove] = b2f(ss[j].f.words <= 4 && !ss[j].f.sentence && ss[j].role != roleJunk)
			f[hAfterMenu] = b2f(j >= lo && menu[j-lo])
		}
		if j := i + 1; j < len(ss) {
			f[hProseBelow] = b2f(ss[j].f.prose)
			f[hCreditBelow] = b2f(ss[j].f.words <= 10 && (isCreditOnly(ss[j].text) || isPhotoCredit(ss[j].text) ||
				strings.HasPrefix(ss[j].text, "©")))
		}
		f[hColon] = b2f(strings.Contains(t, ": "))
		f[hRepeat] = b2f(count[t] > 1)
		if r, _ := firstRune(t); strings.ContainsRune("\"“‘'«„", r) {
			f[hQuoteStart] = 1
		}
		f[hBodyProb] = float64(s.prob)
		f[hLongest] = float64(s.f.words) / float64(longest)
		digits := 0
		for k := 0; k < len(t); k++ {
			if '0' <= t[k] && t[k] <= '9' {
				digits++
			}
		}
		f[hDigitFrac] = float64(digits) / float64(len(t))
		f[hPictureWords] = b2f(namesPicture(t))
		short := 0
		for j := i - 1; j >= 0 && short < 30; j-- {
			if ss[j].role == roleJunk {
				continue
			}
			if ss[j].f.words > 4 || ss[j].f.sentence {
				break
			}
			short++
		}
		f[hShortAbove] = math.Log1p(float64(short)) / 3
		f[hFirstAfterRun] = b2f(short >= 2 && s.f.words >= 4)
		if cw := contentWords(t); len(cw) > 0 {
			nb, nf := 0, 0
			for _, w := range cw {
				if bodyWords[w] {
					nb++
				}
				if firstWords[w] {
					nf++
				}
			}
			f[hSharedWords] = float64(nb) / float64(len(cw))
			f[hSharedFirst] = float64(nf) / float64(len(cw))
		}
		emit(i, &f)
		live++
		if s.f.titleLike {
			titles++
		}
	}
}

// contentWords returns the lower-cased words of s with four letters or
// more (or any CJK character): the words a headline shares with its story.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		n := utf8.RuneCountInString(w)
		r, _ := utf8.DecodeRuneInString(w)
		if n >= 4 || isCJK(r) {
			out = append(out, w)
		}
	}
	return out
}

// namesPicture reports whether a line names a picture's source, as
// captions do: "Foto: dpa", "(Photo: Jane Roe/AP)", "Bildquelle: EU".
func namesPicture(s string) bool {
	return endsWithPictureCredit(s) || pictureWordSet.inLower(s)
}

// pictureWordSet holds the labels and marks of a picture's source.
var pictureWordSet = newPhraseSet(pictureWords...)

// pictureWords are the phrases of pictureWordSet.
var pictureWords = []string{"foto:", "photo:", "bild:", "image:", "credit:", "bildquelle", "fotó:", "zdjęcie:",
	"imagen:", "(photo", "(foto", "getty images", "© ", "isithombe:", "source:"}

// textHeadline returns the index of the likeliest headline above the body
// at start, or -1 when there is no line above it. The scorer learned with a
// stand-in for "none of these lines" (hNull), so that pages whose headline
// is not among them do not teach it wrong; a page shows its headline far
// more often than not, so the likeliest line is taken even when the
// stand-in scores higher.
func (m *headModel) textHeadline(ss []slot, start int) int {
	best, bestZ := -1, math.Inf(-1)
	headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) {
		z := 0.0
		for k, x := range f {
			z += m[k] * x
		}
		if z > bestZ {
			best, bestZ = i, z
		}
	})
	return best
}
