package wirestory

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds the headline of a text page. A browser's text dump keeps
// nothing of the page's <h1> but its line: the headline is one of the lines
// above the story's first paragraph, among menus, share bars, captions,
// kickers, bylines and dates. A learned scorer weighs each line above the
// body by its shape and its neighbours (a byline or date below it, a
// section label above it, a menu before it) and the likeliest is taken: a
// weighted sum of the line's features, plus boosted regression trees for
// the signs that count only together. Weights and trees are learned by
// TestTrainBody (train_test.go) with the body scorer's and written to
// bodyweights.go.

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
	hKickerAbove   // a short label right above that no menu holds
	hMetaAbove     // a byline, credit or date line, as the head's readers read them, within 3 lines above
	hMetaNext      // 1/n when the n-th line below (n ≤ 3, chrome aside) is such a line
	hInnerStop     // a sentence ends inside it and more follows
	hTitleBelow    // a longer headline-shaped line stands between it and the meta lines below
	hBelowStart    // at or below the body's start
	hDeckBelow     // the next line is longer, eight words or more, and no meta line
	hEchoed        // another line of the page holds its text and more (a breadcrumb's end, a title with the site's name)
	hLongAbove     // lines of five words or more between it and the nearest menu above, up to 3, over 3
	hFirstLong     // no line of five words or more stands between it and the nearest menu above
	hHoldsLine     // it holds another line of the head and more (a kicker or breadcrumb glued before the headline)
	hDeckOf        // the live line above is headline-shaped and shorter, four words or more: it reads as its deck
	hNull          // set only on the stand-in for "none of these lines"
	numHeadFeatures
)

// A headModel is the weights of the text headline scorer.
type headModel [numHeadFeatures]float64

// score returns the weighted sum of a line's features.
func (m *headModel) score(f *[numHeadFeatures]float64) float64 {
	z := 0.0
	for k, x := range f {
		z += m[k] * x
	}
	return z
}

// headBelow is how many lines from the body's start are headline
// candidates too: a headline ending with "?" reads as a paragraph, and the
// body scorer may take it, or a notice above it, for the story's first.
const headBelow = 3

// headFeatures computes the features of the candidate lines around the
// body at start and calls emit with each (i is the line's index): the
// lines above it, and the first lines of the body that are shaped like a
// headline (see belowCandidate).
func headFeatures(ss []slot, start int, emit func(i int, f *[numHeadFeatures]float64)) {
	headFeaturesWith(ss, start, nil, nil, emit)
}

// headFeaturesWith is headFeatures keeping in memo (indexed as ss, or nil)
// which lines the head's readers read as meta lines, reading them through
// lr.
func headFeaturesWith(ss []slot, start int, memo lineMemo, lr *lineReads, emit func(i int, f *[numHeadFeatures]float64)) {
	lo := max(0, start-headWindow)
	if start < 0 || start >= len(ss) {
		return
	}
	// The lines from the body's start that may be the headline.
	var below []int
	for i := start; i < len(ss) && i < start+headBelow; i++ {
		if belowCandidate(ss, start, i) {
			below = append(below, i)
		}
	}
	if start <= lo && len(below) == 0 {
		return
	}
	hi := start + headBelow // the end of the candidates' neighbourhood
	if len(below) > 0 {
		hi = below[len(below)-1] + 1 + headBelow
	}
	hi = min(hi, len(ss))
	// Menu runs and repeats in the window.
	menu := make([]bool, hi-lo)
	for i := lo; i < hi; {
		j := i
		for j < hi && ss[j].f.words <= 4 && !ss[j].f.sentence && (j == i || !ss[j].gap) {
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
	// What the head's readers make of the lines around the candidates: a
	// byline, credit or date line, in any of the forms they read.
	headMeta := make([]bool, hi-lo)
	for i := lo; i < hi; i++ {
		if t := ss[i].text; ss[i].role != roleJunk && ss[i].f.words <= 25 {
			headMeta[i-lo] = memo.get(i, func() bool { return isHeadMetaWith(lr, t) })
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
		if ss[i].role != roleUnknown || !ss[i].f.prose || slices.Contains(below, i) {
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
	var f [numHeadFeatures]float64
	feat := func(i, live, titles int) {
		s := &ss[i]
		t := s.text
		// end bounds the lines below a candidate that its features
		// read: the body, or a few lines for one inside it.
		end := start
		if i >= start {
			end = min(i+1+headBelow, hi)
		}
		f = [numHeadFeatures]float64{}
		f[hBias] = 1
		f[hDistance] = math.Log1p(float64(live)) / 3
		f[hTitleRank] = math.Log1p(float64(titles)) / 3
		f[hLogWords] = math.Log1p(float64(s.f.words)) / 3
		f[hMidLength] = b2f(s.f.words >= 4 && s.f.words <= 20)
		cjkHead := longCJKHead(s)
		f[hTitleLike] = b2f(s.f.titleLike || cjkHead)
		f[hProse] = b2f(s.f.prose && !cjkHead)
		f[hEndsStop] = b2f(strings.HasSuffix(t, "."))
		f[hEndsAsk] = b2f(strings.ContainsRune("?!？！", lastRune(t)))
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
		for j, n := i+1, 0; j < end && n < 4; j++ {
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
		f[hLongest] = min(float64(s.f.words)/float64(longest), 3)
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
		if j := liveAbove(ss, i, lo); j >= 0 && ss[j].f.words <= 4 && !ss[j].f.sentence && !menu[j-lo] {
			f[hKickerAbove] = 1
		}
		for j, n := i-1, 0; j >= lo && n < 3; j-- {
			if ss[j].role == roleJunk || ss[j].role == roleChrome {
				continue
			}
			n++
			if headMeta[j-lo] {
				f[hMetaAbove] = 1
				break
			}
		}
		// A meta line next below, or after a short label or a line of
		// chrome, a caption or a summary.
		for j, n := i+1, 0; j < end && n < 3; j++ {
			if ss[j].role == roleJunk || ss[j].role == roleChrome {
				continue
			}
			n++
			if headMeta[j-lo] {
				f[hMetaNext] = 1 / float64(n)
				break
			}
		}
		f[hInnerStop] = b2f(innerStop(t))
		for j, n := i+1, 0; j < end && n < 2; j++ {
			if ss[j].role == roleJunk {
				continue
			}
			n++
			if headMeta[j-lo] {
				break
			}
			if ss[j].f.titleLike && ss[j].f.words >= 5 && ss[j].role == roleUnknown && ss[j].f.words >= s.f.words/2 {
				f[hTitleBelow] = 1
				break
			}
		}
		f[hBelowStart] = b2f(i >= start)
		if j := liveBelow(ss, i, min(len(ss), hi)); j >= 0 && !headMeta[j-lo] && ss[j].f.words >= 8 && ss[j].f.words > s.f.words {
			f[hDeckBelow] = 1
		}
		long := 0
		for j := i - 1; j >= lo && !menu[j-lo] && long < 3; j-- {
			if ss[j].role != roleJunk && ss[j].role != roleChrome && ss[j].f.words >= 5 {
				long++
			}
		}
		if j := liveAbove(ss, i, lo); j >= 0 && !menu[j-lo] && ss[j].f.words >= 4 && ss[j].f.words < s.f.words && headlineShaped(&ss[j]) {
			f[hDeckOf] = 1
		}
		f[hLongAbove] = float64(long) / 3
		f[hFirstLong] = b2f(long == 0)
		if len(t) >= 20 {
			for j := range ss {
				if u := ss[j].text; j != i && len(u) > len(t) && len(u) <= 4*len(t) && strings.Contains(u, t) {
					f[hEchoed] = 1
					break
				}
			}
		}
		for j := max(lo, i-3); j < min(hi, i+4); j++ {
			if u := ss[j].text; j != i && len(u) >= 20 && len(u) < len(t) && ss[j].role != roleJunk && strings.Contains(t, u) {
				f[hHoldsLine] = 1
				break
			}
		}
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
	}
	for _, i := range below {
		if !captionLike(ss[i].text) && !isBracketed(ss[i].text) {
			feat(i, 0, 0)
		}
	}
	live, titles := 0, 0
	for i := start - 1; i >= lo; i-- {
		if ss[i].role == roleJunk {
			continue
		}
		if !captionLike(ss[i].text) && !isBracketed(ss[i].text) {
			feat(i, live, titles)
		}
		live++
		if ss[i].f.titleLike {
			titles++
		}
	}
}

// maxCJKHeadRunes is the most characters of a CJK headline (Japanese
// headlines run to fifty or so).
const maxCJKHeadRunes = 64

// longCJKHead reports whether a line in a script without spaces reads as
// a headline though its length reads as a paragraph: the word count of
// such text is estimated (two characters a word), so a headline of more
// than fifty characters counts as more than twenty-five words. It is such
// a line when no sentence ends in it or at its end ("。", "."), and it is
// no longer than maxCJKHeadRunes.
func longCJKHead(s *slot) bool {
	if s.f.titleLike || s.f.sentence || s.f.ellipsis || s.f.words <= 25 {
		return false
	}
	t := s.text
	if strings.ContainsRune(t, '。') || strings.Contains(t, ". ") || utf8.RuneCountInString(t) > maxCJKHeadRunes {
		return false
	}
	cjk, n := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			n++
			if isCJK(r) {
				cjk++
			}
		}
	}
	return cjk*5 >= n*4
}

// belowCandidate reports whether line i, at or below the body's start,
// may be the headline: a line of four to twenty-five words shaped like a
// headline (see headlineShaped), with no long paragraph between the
// body's start and it.
func belowCandidate(ss []slot, start, i int) bool {
	s := &ss[i]
	if s.role != roleUnknown || s.f.words < 4 || s.f.words > 25 || !headlineShaped(s) {
		return false
	}
	for j := start; j < i; j++ {
		if ss[j].f.words >= 30 {
			return false
		}
	}
	return true
}

// isBracketed reports whether a line stands wholly in brackets, as an
// aside does ("(Original title: ...)", "（原标题：…）", "[Updated]"): a
// headline may open with a bracket, never close with the same pair.
func isBracketed(s string) bool {
	open, _ := utf8.DecodeRuneInString(s)
	var close rune
	switch open {
	case '(':
		close = ')'
	case '[':
		close = ']'
	case '（':
		close = '）'
	case '【':
		close = '】'
	default:
		return false
	}
	// One pair only: "(1) ... (2)" is no aside.
	return len(s) > 2 && lastRune(s) == close && strings.Count(s, string(open)) == 1
}

// captionLike reports whether a line reads as a picture's caption, and so
// is no headline: it has a caption's cue (see captionCue), or a sentence
// ends inside it and it names a picture's source ("... in Helena. Photo:
// Jane Roe/AP").
func captionLike(s string) bool {
	return captionCue(s) || namesPicture(s) && innerStop(s)
}

// captionCue reports whether a line reads as a picture's caption: a
// credit after its last sentence, glued to it or after a slash ("... in
// Madrid. AGENCY/ Jane Roe", "... of the race.AGENCY"), a credit in
// brackets ("(Dok. Example)"), or the full-width equals sign that joins a
// Japanese caption to its place and date ("...＝東京で").
func captionCue(s string) bool {
	if strings.Contains(s, "＝") {
		return true
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 && i+1 < len(s) && wordCount(s) >= 6 {
		tail := strings.TrimSpace(s[i+1:])
		if tail != "" && wordCount(tail) <= 4 && isAgencyOnly(tail) {
			return true
		}
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' {
			continue
		}
		rest := s[i+2:]
		if j := strings.IndexByte(rest, '/'); j > 0 && wordCount(rest) <= 6 && isAgencyOnly(strings.TrimSpace(rest[:j])) {
			return true
		}
	}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 {
			l := strings.ToLower(s[i+1:])
			for _, p := range []string{"dok", "foto", "photo", "bild", "image", "archiv", "file"} {
				if strings.HasPrefix(l, p) {
					return true
				}
			}
			// "(AGENCY / Jane Roe)", "(Jane Roe/AGENCY)".
			if a, b, ok := strings.Cut(s[i+1:len(s)-1], "/"); ok && wordCount(b) <= 4 &&
				(isAgencyOnly(strings.TrimSpace(a)) || isAgencyOnly(strings.TrimSpace(b))) {
				return true
			}
		}
	}
	// "... in Madrid. | Jane Roe/Example Images": a credit after a bar.
	if i := strings.LastIndex(s, " | "); i > 0 && wordCount(s[:i]) >= 6 {
		if tail := s[i+3:]; wordCount(tail) <= 8 && (strings.Contains(tail, "/") || namesPicture(tail) || isAgencyOnly(tail)) {
			return true
		}
	}
	return nameAfterSentence(s)
}

// nameAfterSentence reports whether a caption's sentence is followed by
// a name alone, its photographer's or source's: "... after the race. Jane
// Roe" (two to four capitalized words, no closing mark).
func nameAfterSentence(s string) bool {
	i := strings.LastIndex(s, ". ")
	if i <= 0 || wordCount(s[:i]) < 6 {
		return false
	}
	// The sentence ends with a word, not with an abbreviation before a
	// name ("Rep. Jane Roe", "J.D. Power").
	w := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
	if r, _ := utf8.DecodeRuneInString(w); w == "" || strings.Contains(w, ".") || !unicode.IsLower(lastRune(w)) ||
		unicode.IsUpper(r) && utf8.RuneCountInString(w) <= 4 {
		return false
	}
	f := strings.Fields(s[i+2:])
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789.,:;!?\"“”") {
			return false
		}
	}
	return true
}

// contentWords returns the lower-cased words of s with four letters or
// more: the words a headline shares with its story. Scripts written
// without spaces between words (Chinese, Japanese, Thai) run a whole
// clause into one "word" that no other line holds, so a run of CJK
// characters gives its pairs of characters instead ("停戦合意" gives
// "停戦", "戦合", "合意"), and a lone CJK character stands for itself.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !hasCJK(w) {
			if utf8.RuneCountInString(w) >= 4 {
				out = append(out, w)
			}
			continue
		}
		out = appendCJKPairs(out, w)
	}
	return out
}

// hasCJK reports whether s holds a CJK character.
func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// appendCJKPairs appends the content words of w, a word that holds CJK
// characters: each pair of CJK characters side by side, a CJK character
// that stands alone, and each run of four letters or more in another
// script. "ー" (a kana's long vowel) and "々" (the character before it
// again) go on a run of CJK characters: "jリーグ" gives "リー", "ーグ".
func appendCJKPairs(out []string, w string) []string {
	runStart, prev, other := -1, -1, -1 // byte offsets
	flushOther := func(end int) {
		if other >= 0 && utf8.RuneCountInString(w[other:end]) >= 4 {
			out = append(out, w[other:end])
		}
		other = -1
	}
	for i, r := range w {
		if !isCJK(r) && (runStart < 0 || r != 'ー' && r != '々') {
			if runStart >= 0 && prev == runStart {
				out = append(out, w[runStart:i]) // a lone CJK character
			}
			runStart, prev = -1, -1
			if other < 0 {
				other = i
			}
			continue
		}
		flushOther(i)
		if runStart < 0 {
			runStart = i
		} else {
			out = append(out, w[prev:i+utf8.RuneLen(r)])
		}
		prev = i
	}
	if runStart >= 0 && prev == runStart {
		out = append(out, w[runStart:])
	}
	flushOther(len(w))
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
func (m *bodyModel) textHeadline(ss []slot, start int) int {
	return m.textHeadlineWith(ss, start, nil, nil)
}

// textHeadlineWith is textHeadline with a memo of the meta lines (see
// headFeaturesWith).
func (m *bodyModel) textHeadlineWith(ss []slot, start int, memo lineMemo, lr *lineReads) int {
	best, bestZ := -1, math.Inf(-1)
	headFeaturesWith(ss, start, memo, lr, func(i int, f *[numHeadFeatures]float64) {
		if notHeadline(&ss[i]) || listItemHead(ss, i) {
			return
		}
		z := m.head.score(f)
		for _, t := range m.headTrees {
			z += treeValue(t, f[:])
		}
		if z > bestZ {
			best, bestZ = i, z
		}
	})
	return best
}

// liveAbove returns the index of the nearest line above i, from lo on,
// that is not junk, or -1.
func liveAbove(ss []slot, i, lo int) int {
	for j := i - 1; j >= lo; j-- {
		if ss[j].role != roleJunk {
			return j
		}
	}
	return -1
}

// liveBelow returns the index of the nearest line below i, before end,
// that is not junk, or -1.
func liveBelow(ss []slot, i, end int) int {
	for j := i + 1; j < end; j++ {
		if ss[j].role != roleJunk {
			return j
		}
	}
	return -1
}

// innerStop reports whether a sentence ends inside s and more follows, as
// in a caption ("... in Madrid. Photo: ...") or a summary: a full stop
// (or "。") followed by a capital or a letter glued to it.
func innerStop(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '.' && i+2 < len(s) && i > 0:
			prev := rune(s[i-1])
			if !unicode.IsLower(prev) {
				continue // "U.S.", "3.5"
			}
			next := s[i+1:]
			if next[0] == ' ' {
				next = next[1:]
			}
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) {
				return true
			}
		case strings.HasPrefix(s[i:], "。") && i+len("。") < len(s):
			return true
		}
	}
	return false
}

// cutCapsKicker returns a headline without the kicker set in capitals
// before it, as a dump shows a kicker and a headline in one line:
// "CHILDHOOD SWEETHEART Who is ...", "EUROPEAN PAYMENTS INITIATIVE Statt
// ...". The kicker is two words or more in capitals, one of five letters
// or more (so that "UK GDP grows" keeps its acronyms), followed by a word
// in mixed case and at least two more words; else s is returned as it is.
func cutCapsKicker(s string) string {
	f := strings.Fields(s)
	k, long := 0, false
	for ; k < len(f); k++ {
		w := strings.TrimRight(f[k], ",.:")
		letters := 0
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '&' || unicode.IsLower(r) {
				letters = -1
				break
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 {
			break
		}
		long = long || letters >= 5
	}
	if k < 2 || !long || len(f)-k < 3 {
		return s
	}
	r, _ := utf8.DecodeRuneInString(f[k])
	if !unicode.IsUpper(r) || strings.ToUpper(f[k]) == f[k] {
		return s
	}
	return strings.Join(f[k:], " ")
}
