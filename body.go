package wirestory

import (
	"math"
	"strings"
)

// This file chooses the story's body among a page's classified blocks. The
// rules of story.go propose a run of prose (findBody); a learned scorer then
// gives every block the probability that its text is the story's, from what
// the block looks like, what the rules and the markup said of it and what
// stands around it; and the body is the stretch of blocks whose
// probabilities, weighed by their words, add up to the most (see bestSpan).
// The weights are learned from the shared evaluation corpora by
// TestTrainBody (train_test.go) and written to bodyweights.go.

// Features of a block for the body scorer. The order is the order of the
// weights in bodyweights.go.
const (
	fBias           = iota
	fLogWords       // log(1+words)
	fLogChars       // log(1+bytes)
	fSentence       // ends like a sentence
	fEllipsis       // ends in an ellipsis
	fTitleLike      // shaped like a headline or label
	fProse          // shaped like a paragraph
	fAllCaps        // all capitals
	fNoLower        // no lower-case letter
	fCommaRate      // commas per word
	fEndColon       // ends with a colon
	fDigitFrac      // share of digits among the bytes
	fBullet         // opens with a bullet or a list number
	fURL            // holds an address or e-mail
	fPipe           // holds "|" separators
	fRepeat         // the same text stands elsewhere on the page
	fJunk           // rules: no letters or digits
	fChrome         // rules: chrome
	fTeaser         // rules: part of a list of other stories
	fCaption        // rules: caption or picture credit
	fTail           // a tail line
	fListHead       // heads a list of other stories
	fDateline       // opens with a dateline
	fGapBefore      // text page: a blank line before
	fGapAfter       // text page: a blank line after
	fHeading        // HTML: a heading
	fItem           // HTML: a list item
	fCaptionKind    // HTML: a figcaption or table caption
	fQuote          // HTML: a blockquote
	fLinkDensity    // HTML: share of the text inside links
	fBoiler         // HTML: inside chrome by markup
	fInMain         // HTML: inside the element judged to hold the story
	fMetaHint       // HTML: markup says byline, credit, date or section
	fInRule         // inside the run the rules chose
	fBeforeRule     // before that run, decaying with the distance
	fAfterRule      // after that run, decaying with the distance
	fPrevProse      // the previous live block is prose
	fNextProse      // the next live block is prose
	fProseNear      // share of prose words within 3 blocks
	fProseWide      // share of prose words within 12 blocks
	fGapNear        // text page: share of blocks after a blank line within 5 blocks
	fMenuRun        // in a run of three or more short tight lines
	fMetaLine       // a byline, credit or date line
	fInComments     // in the page's comments section
	fPrevLogWords   // log(1+words) of the previous block
	fNextLogWords   // log(1+words) of the next block
	fLinkNear       // HTML: share of link text within 3 blocks
	fChromeNear     // share of chrome and teaser blocks within 3 blocks
	fPicture        // names a picture's source: "Foto:", "© AGENCY", "Photographer:"
	fPromo          // holds a call to act: subscribe, newsletter, register, download, follow
	fCommentWord    // speaks of comments: "Comentar", "Kommentare", "comment policy"
	fMarks          // HTML: the first of numMarks features, one for each markSet bit
	numBodyFeatures = fMarks + numMarks
)

// A bodyModel is the weights of the learned scorers: the body scorer's, one
// set for each kind of page (a logistic scorer over the block features),
// the text headline scorer's and the story scorer's.
type bodyModel struct {
	html, text [numBodyFeatures]float64
	// threshold is the probability above which a block's words count for
	// the body in bestSpan, and below which they count against it.
	threshold float32
	// head is the text headline scorer's weights (headline.go).
	head headModel
	// kind is the story scorer's weights (pagekind.go), and kindMin the
	// log-odds below which an HTML page is taken for something other than
	// a story: set by the trainer just below the lowest score of a story
	// it learned from, since a story lost is worse than a product page
	// kept.
	kind    kindModel
	kindMin float64
	// textTrees, when set, score the blocks of text pages in place of the
	// text weights: boosted regression trees whose leaves, summed with
	// textBase, give a block's log-odds. Text dumps keep little besides
	// the words and the blank lines, and their signs combine in ways a
	// weighted sum misses.
	textBase  float64
	textTrees [][]treeNode
	// headTrees, when set, add to the text headline scorer's weighted sum
	// (headline.go): boosted regression trees over the same features,
	// for signs that count only together (a line's length beside its
	// neighbours', its place beside its words).
	headTrees [][]treeNode
}

// A treeNode is one node of a regression tree: a split on a feature (to
// left when the feature's value is at most thr, else to right) or, when
// feat is negative, a leaf whose value adds to the log-odds.
type treeNode struct {
	feat        int16
	thr         float32
	left, right int16 // indexes of the children in the same tree
	value       float32
}

// treeValue returns the value of the leaf that x (a block's or a line's
// features) reaches in tree t.
func treeValue(t []treeNode, x []float64) float64 {
	i := 0
	for t[i].feat >= 0 {
		if x[t[i].feat] <= float64(t[i].thr) {
			i = int(t[i].left)
		} else {
			i = int(t[i].right)
		}
	}
	return float64(t[i].value)
}

// blockWords is the weight of a block's text in the body: its words.
func blockWords(s *slot) float64 {
	if s.role == roleJunk {
		return 0
	}
	return float64(s.f.words)
}

// bodyFeatures computes the features of every block of a page and calls
// emit with each, in order; the array is reused between calls. ruleStart
// and ruleEnd are the run the rules chose (-1 when none), comments the
// first block of the comments section (-1 when none).
func bodyFeatures(ss []slot, isText bool, ruleStart, ruleEnd, comments int, emit func(i int, f *[numBodyFeatures]float64)) {
	n := len(ss)
	if n == 0 {
		return
	}
	// Prefix sums for the windows: words, prose words, gaps, link bytes,
	// bytes, chrome and teaser blocks.
	type sums struct{ words, prose, gaps, links, bytes, chrome float64 }
	pre := make([]sums, n+1)
	seen := make(map[string]int, n)
	for i := range ss {
		s := &ss[i]
		p := pre[i]
		w := blockWords(s)
		p.words += w
		if s.f.prose && s.role == roleUnknown {
			p.prose += w
		}
		if s.scoredGap() {
			p.gaps++
		}
		p.links += float64(s.linkLen)
		p.bytes += float64(len(s.text))
		if s.role == roleChrome || s.role == roleTeaser {
			p.chrome++
		}
		pre[i+1] = p
		if len(s.text) >= 12 {
			seen[s.text]++
		}
	}
	window := func(i, r int) (sums, float64) {
		lo, hi := max(0, i-r), min(n, i+r+1)
		a, b := pre[lo], pre[hi]
		return sums{b.words - a.words, b.prose - a.prose, b.gaps - a.gaps, b.links - a.links, b.bytes - a.bytes, b.chrome - a.chrome}, float64(hi - lo)
	}
	ratio := func(a, b float64) float64 {
		if b <= 0 {
			return 0
		}
		return a / b
	}
	// Menu runs: three or more short lines with no blank line between.
	menu := make([]bool, n)
	if isText {
		for i := 0; i < n; {
			j := i
			for j < n && ss[j].f.words <= 4 && !ss[j].f.sentence && (j == i || !ss[j].scoredGap()) {
				j++
			}
			if j-i >= 3 {
				for k := i; k < j; k++ {
					menu[k] = true
				}
			}
			if j == i {
				j++
			}
			i = j
		}
	}
	// The nearest live block (not junk or chrome) before and after each.
	prevL, nextL := make([]int, n), make([]int, n)
	last := -1
	for i := range ss {
		prevL[i] = last
		if ss[i].role != roleJunk && ss[i].role != roleChrome {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		nextL[i] = last
		if ss[i].role != roleJunk && ss[i].role != roleChrome {
			last = i
		}
	}
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	var f [numBodyFeatures]float64
	for i := range ss {
		s := &ss[i]
		f = [numBodyFeatures]float64{}
		t := s.text
		words := float64(s.f.words)
		f[fBias] = 1
		f[fLogWords] = math.Log1p(words) / 4
		f[fLogChars] = math.Log1p(float64(len(t))) / 6
		f[fSentence] = b2f(s.f.sentence)
		f[fEllipsis] = b2f(s.f.ellipsis)
		f[fTitleLike] = b2f(s.f.titleLike)
		f[fProse] = b2f(s.f.prose)
		f[fAllCaps] = b2f(s.f.allCaps)
		f[fNoLower] = b2f(!s.f.lower)
		// One pass for the commas, the digits, an address ("http",
		// "www.", "@") and a pipe between spaces.
		commas, digits := 0, 0
		url, pipe := false, false
		for k := 0; k < len(t); k++ {
			switch c := t[k]; {
			case c == ',':
				commas++
			case '0' <= c && c <= '9':
				digits++
			case c == '@':
				url = true
			case c == 'h':
				url = url || strings.HasPrefix(t[k:], "http")
			case c == 'w':
				url = url || strings.HasPrefix(t[k:], "www.")
			case c == ' ':
				pipe = pipe || strings.HasPrefix(t[k:], " | ")
			}
		}
		f[fCommaRate] = min(ratio(float64(commas), words), 1)
		f[fEndColon] = b2f(strings.HasSuffix(t, ":"))
		f[fDigitFrac] = ratio(float64(digits), float64(len(t)))
		f[fBullet] = b2f(opensWithBullet(t))
		f[fURL] = b2f(url)
		f[fPipe] = b2f(pipe)
		f[fRepeat] = b2f(len(t) >= 12 && seen[t] > 1)
		f[fJunk] = b2f(s.role == roleJunk)
		f[fChrome] = b2f(s.role == roleChrome)
		f[fTeaser] = b2f(s.role == roleTeaser)
		f[fCaption] = b2f(s.role == roleCaption)
		if s.role == roleUnknown {
			f[fTail] = b2f(s.tailKind() != tailNone)
		}
		f[fListHead] = b2f(s.listHead)
		if s.f.prose && s.role == roleUnknown && len(t) > 20 && (prevL[i] < 0 || !ss[prevL[i]].f.prose) {
			// Only a paragraph that could open a run is asked: datelines
			// open stories.
			f[fDateline] = b2f(opensWithDateline(t))
		}
		if isText {
			f[fGapBefore] = b2f(s.scoredGap())
			f[fGapAfter] = b2f(i+1 < n && ss[i+1].scoredGap())
			f[fMenuRun] = b2f(menu[i])
		} else {
			f[fHeading] = b2f(s.kind == kindHeading)
			f[fItem] = b2f(s.kind == kindItem)
			f[fCaptionKind] = b2f(s.kind == kindCaption)
			f[fQuote] = b2f(s.kind == kindQuote)
			f[fLinkDensity] = ratio(float64(s.linkLen), float64(len(t)))
			f[fBoiler] = b2f(s.boiler)
			f[fInMain] = b2f(s.inMain)
			for k := range numMarks {
				if s.marks&(1<<k) != 0 {
					f[fMarks+k] = 1
				}
			}
			switch s.hint {
			case hintByline, hintCredit, hintDateline, hintTime, hintSection, hintHeadline:
				f[fMetaHint] = 1
			}
		}
		switch {
		case ruleStart < 0:
		case i >= ruleStart && i <= ruleEnd:
			f[fInRule] = 1
		case i < ruleStart:
			f[fBeforeRule] = math.Exp(-float64(ruleStart-i) / 8)
		default:
			f[fAfterRule] = math.Exp(-float64(i-ruleEnd) / 8)
		}
		if j := prevL[i]; j >= 0 {
			f[fPrevProse] = b2f(ss[j].f.prose)
			f[fPrevLogWords] = math.Log1p(float64(ss[j].f.words)) / 4
		}
		if j := nextL[i]; j >= 0 {
			f[fNextProse] = b2f(ss[j].f.prose)
			f[fNextLogWords] = math.Log1p(float64(ss[j].f.words)) / 4
		}
		near, cnt := window(i, 3)
		f[fProseNear] = ratio(near.prose, near.words)
		f[fLinkNear] = ratio(near.links, near.bytes)
		f[fChromeNear] = ratio(near.chrome, cnt)
		wide, _ := window(i, 12)
		f[fProseWide] = ratio(wide.prose, wide.words)
		if isText {
			g, c := window(i, 5)
			f[fGapNear] = ratio(g.gaps, c)
		}
		if s.scorerReadsMeta() {
			f[fMetaLine] = b2f(s.isMeta())
		}
		f[fInComments] = b2f(comments >= 0 && i >= comments)
		if s.f.words <= 60 {
			words := bodyWordGroup.lowerMask(t)
			f[fPicture] = b2f(s.pictureCredit() || words&1 != 0)
			f[fPromo] = b2f(words&2 != 0)
			f[fCommentWord] = b2f(words&4 != 0)
		}
		emit(i, &f)
	}
}

// isBarrier reports whether a block closes a story: an agency's signature
// ("— The Associated Press"), a credit of the reporting ("(Reporting by
// ...)") or a copyright notice.
func isBarrier(s *slot) bool {
	if s.role != roleUnknown || s.f.words > 60 {
		return false
	}
	switch s.tailKind() {
	case tailSignature, tailCopyright, tailReporting:
		return true
	}
	return false
}

// promoStems are word stems of calls to act, in several languages:
// subscribe, newsletter, register, download the app, follow us.
var promoStems = []string{"subscri", "newsletter", "register", "sign up", "download", "follow us", "abonn",
	"inscri", "suscr", "anmeld", "registr", "herunterlad", "téléchar", "descarg", "scarica", "assine", "iscriviti",
	"nyhetsbrev", "nieuwsbrief", "podcast", "app store", "google play", "whatsapp", "telegram"}

// commentStems are word stems of comment sections and their rules.
var commentStems = []string{"comment", "coment", "komment", "reacti", "komentarz", "leserbrief",
	"التعليق", "评论", "コメント"}

// bodyWordGroup finds picture words, promo stems and comment stems
// (bits 0, 1, 2) in one pass over a block's text.
var bodyWordGroup = newPhraseGroup(pictureWords, promoStems, commentStems)

// hasAnyStem reports whether the lower-cased l holds one of the stems.
func hasAnyStem(l string, stems []string) bool {
	for _, s := range stems {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// opensWithBullet reports whether s opens with a bullet or a list number:
// "• ", "- ", "* ", "1. ", "2) ".
func opensWithBullet(s string) bool {
	for _, p := range []string{"• ", "- ", "* ", "· ", "– ", "— ", "► ", "▶ "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	i := 0
	for i < len(s) && i < 3 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// blockProbs returns, for every block, the model's probability that it is
// the story's.
func (m *bodyModel) blockProbs(ss []slot, isText bool, ruleStart, ruleEnd, comments int) []float32 {
	w := &m.html
	if isText {
		w = &m.text
	}
	p := make([]float32, len(ss))
	trees := isText && len(m.textTrees) > 0
	bodyFeatures(ss, isText, ruleStart, ruleEnd, comments, func(i int, f *[numBodyFeatures]float64) {
		z := 0.0
		if trees {
			z = m.textBase
			for _, t := range m.textTrees {
				z += treeValue(t, f[:])
			}
		} else {
			for k, x := range f {
				z += w[k] * x
			}
		}
		p[i] = sigmoid(z)
	})
	return p
}

func sigmoid(z float64) float32 { return float32(1 / (1 + math.Exp(-z))) }

// blockCost is what every block weighs in bestSpan beyond its words: a run
// of short lines (a menu) is a gap however few words it has.
const blockCost = 2

// bestSpan returns the stretch of blocks whose words, each counted with the
// sign of its probability less the threshold, sum to the most: the maximum
// subarray, found in one pass. A gap of chrome between two parts of a story
// is crossed when what follows outweighs it. It returns -1, -1 when no
// block is likely the story's.
func bestSpan(ss []slot, p []float32, threshold float32, comments int) (int, int) {
	bestStart, bestEnd, best := -1, -1, 0.0
	start, sum := 0, 0.0
	for i := range ss {
		if i == comments || isBarrier(&ss[i]) {
			// Nothing crosses the end of a story or the start of its
			// comments.
			sum = 0
			continue
		}
		v := float64(p[i]-threshold) * (blockWords(&ss[i]) + blockCost)
		if ss[i].role == roleJunk {
			v = 0
		}
		if sum <= 0 {
			start, sum = i, 0
		}
		sum += v
		if sum > best {
			bestStart, bestEnd, best = start, i, sum
		}
	}
	return bestStart, bestEnd
}
