package wirestory

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file assembles a story from a page's blocks. Text and HTML pages go
// through the same steps: every block is classified by its text (and, on
// HTML pages, by what markup says of it); teaser lists are found by their
// structure; the story's body is the longest run of prose; what stands
// before it gives headline, section, byline, credit and date, and what
// follows it gives the tail.

// A role is what a block is to the story.
type role uint8

const (
	roleUnknown role = iota
	roleJunk         // no letters or digits: ", , , ,", "___"
	roleChrome       // navigation, promo, share bar, label
	roleTeaser       // part of a list of other stories
	roleCaption      // a picture's caption or credit
	roleBody         // a paragraph of the story
	roleSubhead      // a subheading inside the story
	roleTail         // a tail line
	roleMeta         // headline, section, byline, credit or date, used
)

// A feature set is what the text of a block looks like.
type features struct {
	words     int
	sentence  bool // ends like a sentence
	ellipsis  bool // ends in "..." or "…": a truncated teaser blurb
	lower     bool // has lower-case letters
	allCaps   bool // has letters, all upper case
	titleLike bool // shaped like a headline or label
	prose     bool // shaped like a paragraph of a story
}

// measure fills in what a block's text looks like, once: its features
// (headings are never prose) and whether it heads a list of other stories.
func (b *block) measure() {
	b.f = featuresOf(b.text)
	if b.kind == kindHeading {
		b.f.prose = false
	}
	// The key has no more words than the text it is cut from.
	b.listHead = b.f.words <= 7 && b.chromeKey() != "" && isListHeadingKeyN(b.chromeKey(), b.f.words)
}

// chromeKey returns chromeKey of the block's text, computed once.
func (b *block) chromeKey() string {
	if !b.keyDone {
		b.keyDone = true
		b.key = chromeKey(b.text)
	}
	return b.key
}

// pictureCredit returns endsWithPictureCredit of the block's text,
// computed once (the text's words are its features').
func (b *block) pictureCredit() bool {
	if !b.pictureDone {
		b.pictureDone = true
		b.picture = endsWithPictureCreditN(b.text, b.f.words)
	}
	return b.picture
}

// isChrome is isChromeText of the block's text.
func (b *block) isChrome(sentence bool) bool {
	return len(b.text) <= 200 && isChromeKey(b.text, b.chromeKey(), sentence)
}

// tailKind returns classifyTail's verdict on the block's text, computed
// once.
func (b *block) tailKind() tailKind {
	if !b.tailDone {
		b.tailDone = true
		// A long paragraph is a tail only as a contributors' line.
		t := b.text
		if len(t) > 320 && t[0] != '(' && !strings.Contains(t, "ontributed") && !strings.Contains(t, "eporting") {
			return tailNone
		}
		b.tail, _ = classifyTail(t)
	}
	return b.tail
}

func featuresOf(s string) features {
	var f features
	f.ellipsis = strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
	f.sentence = endsLikeSentence(s) || endsWithSignature(s)
	// One pass over the text: words, CJK characters, letters and case.
	hasLetter, hasUpper, cased := false, false, false
	inWord := false
	cjk, runes := 0, 0
	casedN, uncasedN := 0, 0 // letters with and without case
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			runes++
			switch {
			case c == ' ' || c == '\n' || c == '\t':
				inWord = false
				continue
			case 'a' <= c && c <= 'z':
				hasLetter, f.lower, cased = true, true, true
				casedN++
			case 'A' <= c && c <= 'Z':
				hasLetter, hasUpper, cased = true, true, true
				casedN++
			}
			if !inWord {
				f.words++
				inWord = true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		runes++
		if isCJK(r) {
			cjk++
			inWord = false
		} else if !inWord {
			f.words++
			inWord = true
		}
		if unicode.IsLetter(r) {
			hasLetter = true
			if unicode.IsLower(r) {
				f.lower, cased = true, true
				casedN++
			} else if unicode.IsUpper(r) {
				hasUpper, cased = true, true
				casedN++
			} else {
				uncasedN++
			}
		}
	}
	f.words += (cjk + 1) / 2
	f.allCaps = hasLetter && hasUpper && !f.lower
	first, _ := utf8.DecodeRuneInString(s)
	f.titleLike = f.words >= 1 && f.words <= 25 && !f.ellipsis &&
		!strings.ContainsRune(".,;:", lastRune(s)) &&
		(unicode.IsUpper(first) || unicode.IsDigit(first) || !cased || strings.ContainsRune("\"“‘'«", first))
	// Text in a script without case reads as such even with a Latin
	// name or two in it: "... (CNN) -- ..." in Arabic.
	uncased := hasLetter && (!cased || uncasedN > 4*casedN)
	switch {
	case f.ellipsis:
		f.prose = false
	case f.sentence && f.words >= 5 && (f.lower || uncased):
		f.prose = true
	case f.words >= 16 && (f.lower || uncased) && !f.titleLike:
		f.prose = true
	case uncased && f.sentence && runes >= 20:
		f.prose = true
	}
	return f
}

// endsWithSignature reports whether s is a sentence with an agency's
// signature glued after it: "... by March. PTI", "... en Madrid. EFE". It
// asks splitSignature, which finishArticle uses to cut the signature off, so
// that a paragraph read as prose because of its signature is the paragraph
// whose signature is then cut.
func endsWithSignature(s string) bool {
	_, sig := splitSignature(s)
	return sig != ""
}

// endsLikeSentence reports whether s ends with sentence punctuation,
// possibly followed by closing quotes or brackets.
func endsLikeSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("\"”’'»)]*", r)
	})
	r := lastRune(s)
	return strings.ContainsRune(".!?:;。！？…", r) && !strings.HasSuffix(s, "...")
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// A slot is a block while the story is assembled.
type slot struct {
	*block
	role role
	// byMarkup is set when the role is chrome only because the markup
	// puts the block in chrome (a nav, a "sidebar" box): the body scorer
	// may overrule it.
	byMarkup bool
	// prob is the body scorer's probability that the block is the
	// story's.
	prob float32
}

// readStory reads a page, HTML or text, and assembles its story. An HTML
// page that gives no story is read again with its hidden elements shown:
// pages rendered by scripts hide the story they have not yet shown.
func readStory(data []byte, contentType string, m *bodyModel) (*page, reading) {
	if !looksHTML(data) {
		pg := parseTextPage(decodeTextCharset(data, contentType))
		return pg, assembleWith(pg, m)
	}
	var scripts scriptStash
	prepared := stripRawTextKeep(decodeHTML(data, contentType), &scripts)
	pg := walkHTML(prepared, false)
	rd := assembleWith(pg, m)
	if len(rd.article.Paragraphs) == 0 && !rd.notStory && pg.hiddenText {
		pg2 := walkHTML(prepared, true)
		if rd2 := assembleWith(pg2, m); len(rd2.article.Paragraphs) > 0 {
			return pg2, rd2
		}
	}
	if len(rd.article.Paragraphs) == 0 && !rd.notStory && pg.meta.body != "" {
		// The page shows no story, but its metadata carries the body
		// (JSON-LD articleBody): its lines are the story.
		pg3 := &page{meta: pg.meta}
		for line := range strings.Lines(pg.meta.body) {
			if len(pg3.blocks) >= maxBlocks {
				break
			}
			if t := Clean(line); t != "" {
				b := block{text: t, kind: kindPara, gap: true}
				b.measure()
				pg3.blocks = append(pg3.blocks, b)
			}
		}
		if rd3 := assembleWith(pg3, m); len(rd3.article.Paragraphs) > 0 {
			return pg3, rd3
		}
	}
	if len(rd.article.Paragraphs) == 0 && !rd.notStory {
		// Nor does its metadata: a script's state may hold the story's
		// HTML.
		if pg4, rd4, ok := scriptStory(&scripts, pg.meta, m); ok {
			return pg4, rd4
		}
	}
	return pg, rd
}

// A reading is a page read into a story: the Article, and how each block
// of the page was taken (for Explain).
type reading struct {
	article    *Article
	ss         []slot
	start, end int // the first and last block of the body; -1 when none
	// notStory is set on an HTML page with a body that the story scorer
	// (pagekind.go) takes for another kind of page. Its Article is empty.
	notStory bool
}

// assembleWith reads a page into a story with the scorers m: blocks to
// roles, the body, its head and tail, and the Article.
func assembleWith(pg *page, m *bodyModel) reading {
	a := &Article{}
	ss, start, end := classifyPage(pg, m)
	if start < 0 {
		return reading{article: a, ss: ss, start: start, end: end}
	}
	head := readHead(ss, start, pg, m)
	if head.bodyStart > start && head.bodyStart <= end {
		start = head.bodyStart
	}
	if pg.isText {
		end = trimWriterBio(ss, start, end, head.people)
		end = cutAtWriterLine(ss, start, end, head.people)
		markClockLines(ss, start, end)
	}
	readBody(ss, start, end, a)
	readTail(ss, end, a)
	if pg.isText && len(head.people) == 0 {
		head.people = bylineAfterBody(ss, end, storyWords(ss, start))
	}
	a = finishArticle(a, head, pg)
	if pg.isText {
		addLeads(a, ss, datelineLead(ss, head.headlineAt, start))
	}
	if len(a.Agencies) == 0 {
		// A staff story's lead, set apart above the body, is the
		// writer's; over an agency's story it is the outlet's summary,
		// not the agency's copy.
		addLeads(a, ss, leadBlocks(ss, head.headlineAt, start, pg.meta.description, m.threshold))
	}
	limitFields(a)
	if !pg.isText && len(a.Paragraphs) > 0 && m.kind.storyLikelihood(pg, a, ss, start, end) < m.kindMin {
		return reading{article: &Article{}, ss: ss, start: start, end: end, notStory: true}
	}
	return reading{article: a, ss: ss, start: start, end: end}
}

// classifyPage classifies a page's blocks and finds its story's body. It
// returns the slots and the first and last block of the body, or -1, -1.
func classifyPage(pg *page, m *bodyModel) ([]slot, int, int) {
	ss, start, end := ruleBody(pg)
	pg.headMeta = nil // its lines are these slots' from here on
	if lr := pg.lineReads(); lr != nil {
		// The lines the body scorer asks isMeta of, read through lr:
		// the head's readers read their credits again.
		asks := func(s *slot) bool { return !s.metaDone && s.scorerReadsMeta() }
		n := 0
		for i := range ss {
			if asks(&ss[i]) {
				n++
			}
		}
		lr.sizeCredits(n)
		for i := range ss {
			if s := &ss[i]; asks(s) {
				s.metaDone, s.meta = true, lr.isMetaLine(s.text)
			}
		}
	}
	comments := commentsStart(ss, firstProse(ss))
	if pg.isText {
		comments = withDatedThread(ss, firstProse(ss), comments)
	}
	p := m.blockProbs(ss, pg.isText, start, end, comments)
	pSpan := p
	if pg.isText {
		pSpan = m.spanProbs(ss, p, start, end, comments)
	}
	for i := range ss {
		ss[i].prob = p[i]
	}
	ruleStart, ruleEnd := start, end
	liftBoxedProse(ss, p, m.threshold, ruleStart < 0)
	if ruleStart >= 0 && opensWithDateline(ss[ruleStart].text) {
		// A run that opens with a dateline is a wire story's body, the
		// strongest sign a page gives; the scorer may only widen it.
		start, end = bestSpan(ss, pSpan, m.threshold, comments)
		if start < 0 || start > ruleEnd || end < ruleStart {
			start, end = ruleStart, ruleEnd
		}
	} else {
		start, end = bestSpan(ss, pSpan, m.threshold, comments)
	}
	// A body opens with a paragraph, not a headline, byline or date line;
	// or, in the element that holds the story, with the first item of a
	// list the scorer takes for the story's (a calendar, results).
	listAt := func(i int) bool { return pg.fewParagraphs && opensList(ss, p, m.threshold, i, end) }
	for start >= 0 && start < end && (p[start] < m.threshold || ss[start].role != roleUnknown || !ss[start].f.prose) && !listAt(start) {
		start++
	}
	if start < 0 || (!ss[start].f.prose || ss[start].role != roleUnknown) && !listAt(start) {
		// The scorer found no block likely to be the story's: take the
		// stretch it finds likeliest, measured against its own best guess.
		start, end = -1, -1
		var top float32
		for i := range ss {
			if ss[i].role == roleUnknown && ss[i].f.prose && p[i] > top {
				top = p[i]
			}
		}
		if top > 0 {
			start, end = bestSpan(ss, p, top*0.7, comments)
			for start >= 0 && start < end && (p[start] < top*0.7 || ss[start].role != roleUnknown || !ss[start].f.prose) {
				start++
			}
		}
		if start < 0 || !ss[start].f.prose || ss[start].role != roleUnknown {
			start, end = ruleStart, ruleEnd
		}
	}
	// Where the rules' run and the scorer's stretch overlap, the body is
	// both: either may miss a paragraph the other sees.
	joinEnd := ruleEnd
	if pg.isText {
		joinEnd = ruleEndAboveComments(ruleEnd, end, comments)
	}
	start, end = joinRuleRun(ss, p, m.threshold, pg.isText, start, end, ruleStart, joinEnd)
	if pg.isText {
		start, end = leaveDirectory(ss, p, m.threshold, start, end, comments)
		start, end = bodyUnderHead(ss, p, m.threshold, start, end, func() int { return m.textHeadlineWith(ss, start, pg.headMetaMemo(len(ss)), pg.lineReads()) })
		start = startAtDateline(ss, p, m.threshold, start, end)
		if start >= 0 {
			end = crossBoxes(ss, p, m.threshold*0.7, end, comments)
			end = crossLists(ss, p, m.threshold, end, comments)
			end = crossListsUnderRun(ss, p, m.threshold, start, end, comments)
			end = keepListedSections(ss, start, end, comments)
			end = keepClosingParagraph(ss, p, m.threshold, end)
			end = keepCloseAcrossHeads(ss, p, m.threshold, start, end, comments)
			end = keepSecondParagraph(ss, start, end)
			end = keepProseOverFoot(ss, p, m.threshold, end, comments)
			end = keepSectionsUnderRuns(ss, p, m.threshold, start, end, comments)
			start = leadAbovePictures(ss, p, m.threshold, start)
			start = leadOverListBox(ss, p, m.threshold, start)
			start = leadOverTable(ss, p, m.threshold, start)
			start = leadAcrossGap(ss, p, m.threshold, start, end)
			keepProseOverCredit(ss, p, m.threshold, start, end)
			keepNamedProse(ss, p, m.threshold, start, end)
			keepCamelProse(ss, p, m.threshold, start, end)
			keepRepeatedPrompts(ss, p, m.threshold, start, end)
			keepListedSubheads(ss, p, m.threshold, start, end)
			markCopyrightCaptions(ss, start, end)
			markPictureByLines(ss, start, end)
			captionUnderCredit(ss, start, end)
			markFigureCaptions(ss, start, end)
			start = markLabelledCaptions(ss, start, end)
			start = markBracketedCredits(ss, start, end)
			start = markLabelledCredits(ss, start, end)
			start = markDisclosureLabels(ss, start, end)
			markTeaserRuns(ss, start, end)
			markTeaserGroups(ss, start, end)
			markDatedTeasers(ss, start, end)
			markAgeCards(ss, start, end)
			markRepeatedCards(ss, start, end)
			markListRest(ss, start, end)
			markListCards(ss, start, end)
			markLabelledLists(ss, start, end)
			markStackedLabels(ss, start, end)
			end = markCutRuns(ss, p, m.threshold, start, end)
			end = markLabelledCards(ss, p, m.threshold, start, end)
			end = cutPostNav(ss, p, m.threshold, start, end)
			markRepeatedCaptions(ss, start, end)
			start = markCreditedCaptions(ss, start, end)
			start = markCaptionTails(ss, start, end)
			start = markCJKCreditCaptions(ss, start, end)
			start = markCaptionControls(ss, start, end)
			markEmbedNotices(ss, start, end)
		}
		end = trimCommentRules(ss, p, start, end)
		end = cutAgeComments(ss, start, end)
		end = trimAuthorBox(ss, start, end)
		end = trimLateAuthorBox(ss, start, end)
		end = cutAuthorLabel(ss, start, end)
		end = cutSecondStory(ss, start, end)
		end = cutSignupTail(ss, start, cutTailBoxes(ss, p, m.threshold, start, end))
		markSignupPitches(ss, start, end)
		end = cutReaderAppeal(ss, start, end)
		end = cutClosingPitch(ss, start, end)
		markConsentLines(ss, start, end)
		end = cutTestimonies(ss, start, end)
		end = cutTestimonies(ss, start, cutTailBoxes(ss, p, m.threshold, start, end)) // a second look (textpeel.go)
		if start >= 0 {
			end = keepAnswers(ss, p, m.threshold, start, end, comments)
			end = keepAnnouncedList(ss, p, m.threshold, start, end, comments)
		}
		start = skipTwiceBox(ss, skipLeadEntries(ss, start, end), end)
	} else {
		end = extendToSiblings(ss, p, m.threshold, start, end, comments)
		end = extendByMetadata(ss, start, end, comments, &pg.meta)
		end = keepClosingParagraphHTML(ss, p, m.threshold, start, end, comments)
		start = leadWithIntro(ss, start)
		start = leadAcrossBox(ss, p, m.threshold, start)
		keepLinkedSubheads(ss, p, m.threshold, start, end)
		liftInnerBoxes(ss, p, m.threshold, start, end)
	}
	if start < 0 {
		return ss, -1, -1
	}
	liftLinkedSentences(ss, p, m.threshold, start, end)
	keepTopicLabels(ss, start, end)
	if skipped := skipDeck(ss, start, end); pg.isText {
		start = keepOverFigureCredit(ss, start, keepLeadUnderHead(ss, start, keepLiveLead(ss, start, skipped, end)))
	} else {
		start = keepOpeningHTML(ss, p, m.threshold, start, skipped, end, &pg.meta)
	}
	return ss, start, end
}

// leadWithIntro returns the start of an HTML page's body moved up to the
// first paragraph of the story's introduction (block.intro) above it, when
// nothing but the introduction, the story's element and lines that are no
// paragraphs (headings, a table of contents) stand between: the scorer,
// seeing them outside the story's element, may doubt them.
func leadWithIntro(ss []slot, start int) int {
	if start < 0 {
		return start
	}
	first := start
	for j := start - 1; j >= 0; j-- {
		s := &ss[j]
		if s.intro && s.role == roleUnknown {
			first = j
			continue
		}
		if s.role == roleUnknown && s.f.prose && !s.inMain {
			break
		}
	}
	return first
}

// minIntroParagraphs is the fewest paragraphs an introduction cut off
// from its story has: one paragraph set apart above a box is as often a
// standfirst written otherwise, which stays out.
const minIntroParagraphs = 2

// introReach is how many blocks above an HTML page's body the paragraphs
// of its introduction are looked for.
const introReach = 40

// leadAcrossBox returns the start of an HTML page's body moved up to the
// paragraphs of the story's introduction that a box (a table of contents,
// a list, a form) cut off from it when the page's story element was taken
// too narrow: prose, unclaimed, that the scorer nearly takes for the
// story's (four fifths of the threshold), with nothing above the body but
// such prose, headings, lists and blocks the rules already claimed, up to
// a block in page chrome by its markup (a share bar, a nav) or an <h1>,
// which heads the story or a section of it. Prose the
// scorer doubts (another story, a promo) ends the look, and so does a
// body that opens with a dateline, which marks a wire story's top.
func leadAcrossBox(ss []slot, p []float32, threshold float32, start int) int {
	if start <= 0 || opensWithDateline(ss[start].text) {
		return start
	}
	first, n := start, 0
	for j := start - 1; j >= 0 && j >= start-introReach; j-- {
		s := &ss[j]
		if s.boiler || isBarrier(s) || s.kind == kindHeading && s.level == 1 {
			break
		}
		if s.role != roleUnknown || !s.f.prose {
			continue
		}
		if p[j] < threshold*0.8 {
			break
		}
		first, n = j, n+1
	}
	if n < minIntroParagraphs {
		return start
	}
	return first
}

// minLinkedWords is the fewest words of a sentence inside a story that is
// the story's however much of it is a link.
const minLinkedWords = 8

// liftLinkedSentences gives back to the story the sentences inside its
// body, between a paragraph and a paragraph or subhead, that the rules took
// for navigation because most of their text is a link (a story that links
// a sentence to an earlier one), when the scorer takes them for the
// story's and some of their text is not the link. A linked headline is no
// sentence and stays out, as do a line all link ("Skip the embedded
// content") and a line the lexicon or the markup calls chrome.
func liftLinkedSentences(ss []slot, p []float32, threshold float32, start, end int) {
	// j is the last live block before i and k the first after it, kept
	// in one pass: a run of chrome is walked once.
	j, k := start, start
	for i := start + 1; i < end; i++ {
		s := &ss[i]
		if ss[i-1].role != roleJunk && ss[i-1].role != roleChrome {
			j = i - 1
		}
		if s.role != roleChrome || s.boiler || s.linkLen*2 <= len(s.text) || s.linkLen*10 > len(s.text)*9 ||
			!s.f.prose || !s.f.sentence || s.f.words < linkedWordsFloor(s.text) || p[i] < threshold || s.isChrome(true) {
			continue
		}
		if k <= i {
			k = nextLive(ss, i+1)
			if k < 0 {
				return
			}
		}
		if k <= end && ss[j].role == roleUnknown && ss[k].role == roleUnknown && (ss[j].f.prose || ss[k].f.prose) {
			s.role = roleUnknown
		}
	}
}

// minTopicParagraphs is the fewest paragraphs of a body that use a word
// for it to be the story's subject.
const minTopicParagraphs = 3

// keepTopicLabels gives back to the body start..end the lines inside it
// that the lexicon took for chrome only for a promo label word they hold
// ("subscription", "podcast", "newsletter", "comments") when that word is
// the story's subject: minTopicParagraphs of the body's paragraphs use it.
// A story comparing subscription plans lists "Annual subscription: $60"
// and heads a section "Podcast equipment"; on a page about anything else
// such lines are the site's promos and stay out, as do lines the lexicon
// or the markup calls chrome for another reason ("Subscribe to our
// newsletter", a share bar).
func keepTopicLabels(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	var uses map[string]int // paragraphs of the body that use a label word
	for i := start + 1; i < end; i++ {
		s := &ss[i]
		if s.role != roleChrome || s.boiler {
			continue
		}
		label := chromeLabelOnly(s.text, s.chromeKey(), s.f.sentence)
		if label == "" {
			continue
		}
		word := strings.Trim(label, " -/")
		n, ok := uses[word]
		if !ok {
			for j := start; j <= end; j++ {
				if ss[j].role == roleUnknown && ss[j].f.prose && strings.Contains(strings.ToLower(ss[j].text), word) {
					n++
				}
			}
			if uses == nil {
				uses = make(map[string]int)
			}
			uses[word] = n
		}
		if n >= minTopicParagraphs {
			s.role = roleUnknown
		}
	}
}

// liftBoxedProse gives back to the story the prose that the markup put in
// chrome when the scorer says it is the story's (p at the threshold or
// above): a story inside a box named "sidebar" is still the story. Only a
// box of several paragraphs is lifted, or any when anyBox is set (the rules
// found no story outside chrome): a single promo paragraph in a newsletter
// box stays chrome. The subheads and list items between the lifted
// paragraphs are the box's too, whatever the scorer makes of them: they
// neither break the box nor stay out of it.
func liftBoxedProse(ss []slot, p []float32, threshold float32, anyBox bool) {
	for i := 0; i < len(ss); {
		if !ss[i].byMarkup || !ss[i].f.prose || p[i] < threshold {
			i++
			continue
		}
		j, n := i, 0
		for ; j < len(ss) && (ss[j].role == roleJunk || ss[j].byMarkup && (!ss[j].f.prose || p[j] >= threshold)); j++ {
			if ss[j].byMarkup && ss[j].f.prose {
				n++
			}
		}
		if n >= 3 || anyBox {
			last := j - 1
			for last > i && !ss[last].f.prose {
				last--
			}
			for k := i; k <= last; k++ {
				if ss[k].byMarkup {
					ss[k].role = roleUnknown
				}
			}
		}
		i = max(j, i+1)
	}
}

// minInnerBox is the fewest blocks of a box inside a story's body that
// liftInnerBoxes gives back: a single line set in a box there is a label,
// a byline or a sponsor's note as often as the story's.
const minInnerBox = 2

// notInnerBox are the marks of boxes inside a story's body that stay out
// however the scorer takes them: a form's fine print, a menu, comments.
const notInnerBox = markForm | markNav | markFooter | markCommentWord

// liftInnerBoxes gives back to an HTML page's body, start..end, the boxes
// the markup put in chrome that stand inside it, with the story's blocks
// (captions aside) on both sides, when the box holds minInnerBox blocks or
// more and the scorer takes each for the story's (p at the threshold or
// above): a callout set in an <aside> between two paragraphs, the specs of
// a product the story reviews. A box with a heading of its own (a fact
// box's title) is a piece apart and stays out.
func liftInnerBoxes(ss []slot, p []float32, threshold float32, start, end int) {
	if start < 0 {
		return
	}
	var words map[string]bool // the story's, read when first asked for
	for i := start + 1; i < end; i++ {
		if !ss[i].byMarkup || ss[i].role != roleChrome {
			continue
		}
		j, n, ok := i, 0, true
		for ; j < end && (ss[j].role == roleJunk || ss[j].byMarkup && ss[j].role == roleChrome); j++ {
			if ss[j].role == roleJunk {
				continue
			}
			n++
			if p[j] < threshold || ss[j].kind == kindHeading || ss[j].marks&notInnerBox != 0 {
				ok = false
			}
		}
		k := i - 1
		for k > start && (ss[k].role == roleJunk || ss[k].role == roleCaption) {
			k--
		}
		if ok && n >= minInnerBox && ss[j].role == roleUnknown && ss[k].role == roleUnknown && sharesStoryWords(ss, start, end, i, j, &words) {
			for x := i; x < j; x++ {
				if ss[x].byMarkup {
					ss[x].role = roleUnknown
				}
			}
		}
		i = j
	}
}

// sharesStoryWords reports whether the box ss[from:to] speaks of what the
// story's paragraphs in start..end do: a quarter or more of its words of
// minBoxWordRunes letters or more, and at least minSharedWords, are theirs.
// *words holds the story's words, read on the first call.
func sharesStoryWords(ss []slot, start, end, from, to int, words *map[string]bool) bool {
	shared, seen := storyWordShare(ss, start, end, from, to, words)
	return shared >= minSharedWords && shared*4 >= seen
}

// storyWordShare returns how many words of minBoxWordRunes letters or more
// the blocks ss[from:to] hold, each counted once (seen), and how many of
// them the story's paragraphs in start..end hold too (shared). *words
// holds the story's words, read on the first call.
func storyWordShare(ss []slot, start, end, from, to int, words *map[string]bool) (shared, seen int) {
	if *words == nil {
		*words = make(map[string]bool)
		for i := start; i <= end; i++ {
			if ss[i].role == roleUnknown && ss[i].f.prose {
				for _, w := range strings.FieldsFunc(strings.ToLower(ss[i].text), notWordRune) {
					if utf8.RuneCountInString(w) >= minBoxWordRunes {
						(*words)[w] = true
					}
				}
			}
		}
	}
	met := make(map[string]bool)
	for i := from; i < to; i++ {
		for _, w := range strings.FieldsFunc(strings.ToLower(ss[i].text), notWordRune) {
			if utf8.RuneCountInString(w) >= minBoxWordRunes && !met[w] {
				met[w] = true
				if (*words)[w] {
					shared++
				}
			}
		}
	}
	return shared, len(met)
}

// minBoxWordRunes is the fewest letters of the words sharesStoryWords
// compares.
const minBoxWordRunes = 5

func notWordRune(r rune) bool { return !isWordRune(r) }

// maxLinkedSubheadWords is the most words a heading that is a link may
// have to be taken for a subhead of the story: a section's name or a
// product's ("Fluke 117", "Chapter 1: SEO 101"), where another story's
// headline runs longer.
const maxLinkedSubheadWords = 7

// keepLinkedSubheads gives back to an HTML page's body, start..end, the
// headings inside the story's element that are links (a product's name
// linked to its page, a chapter linked to its anchor) when they are short
// and the scorer takes them for the story's (p at the threshold or above):
// the rules took them for teasers by their link text alone.
func keepLinkedSubheads(ss []slot, p []float32, threshold float32, start, end int) {
	if start < 0 {
		return
	}
	for i := start; i <= end; i++ {
		s := &ss[i]
		// headsParagraph, which reads the next paragraph's words, is
		// asked last.
		if (s.role == roleTeaser || s.role == roleChrome) && s.kind == kindHeading && s.inMain && !s.boiler &&
			!s.listHead && s.linkLen*2 > len(s.text) && p[i] >= threshold && !s.isChrome(s.f.sentence) &&
			(s.f.words <= maxLinkedSubheadWords || headsParagraph(ss, i, end)) {
			s.role = roleUnknown
		}
	}
}

// minSharedWords is the fewest words of minSharedWordRunes letters or more
// that a heading shares with the paragraph under it to head it.
const (
	minSharedWords     = 2
	minSharedWordRunes = 4
)

// headsParagraph reports whether heading i heads the paragraph under it:
// the first block after i that is neither chrome nor junk, up to end, is a
// paragraph no rule claimed, which uses minSharedWords of the heading's
// words. A question over its answer ("How do I get a refund for a
// cancelled flight?" / "Airlines must refund a cancelled flight ...") heads
// it; another story's headline linked between two paragraphs speaks of
// something else, and in a list it stands over its blurb or the next
// headline.
func headsParagraph(ss []slot, i, end int) bool {
	k := nextLive(ss, i+1)
	if k < 0 || k > end || ss[k].role != roleUnknown || !ss[k].f.prose {
		return false
	}
	notWord := func(r rune) bool { return !isWordRune(r) }
	words := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(ss[k].text), notWord) {
		words[w] = true
	}
	shared := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(ss[i].text), notWord) {
		if utf8.RuneCountInString(w) >= minSharedWordRunes && words[w] {
			shared++
			words[w] = false
		}
	}
	return shared >= minSharedWords
}

// minListLines is the fewest consecutive lines that make a list the body
// may open with.
const minListLines = 3

// opensList reports whether block i, inside the element that holds an HTML
// page's story, opens a list of minListLines lines or more, up to end, that
// the scorer takes for the story's: lines of text (not headings, not
// byline, credit or date lines), one after another.
func opensList(ss []slot, p []float32, threshold float32, i, end int) bool {
	if i+minListLines-1 > end {
		return false
	}
	for k := i; k < i+minListLines; k++ {
		s := &ss[k]
		if !s.inMain || s.role != roleUnknown || p[k] < threshold || s.kind == kindHeading ||
			s.f.words < 2 || s.isMeta() {
			return false
		}
	}
	return true
}

// siblingReach is how many blocks of chrome, teasers and captions a story
// split over sibling boxes may have between two of its boxes.
const siblingReach = 40

// siblingBox is the fewest blocks of chrome, teasers and captions that
// make a box between two parts of a story: a share bar or a credit line
// below the body is not one.
const siblingBox = 3

// extendToSiblings returns the end of an HTML page's body widened to the
// paragraphs of the story that a box of chrome (an advertisement, a list of
// headlines) cut off from it: paragraphs in an element of the same tag and
// class, in a parent of the same tag and class, as most of the body's paragraphs, with
// nothing but chrome, teasers and captions between, which the scorer does
// not reject outright (a quarter of the threshold).
func extendToSiblings(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	if start < 0 {
		return end
	}
	// The signature most of the body's paragraphs share.
	var sig uint32
	n, total := 0, 0
	counts := make(map[uint32]int)
	for i := start; i <= end; i++ {
		if ss[i].role != roleUnknown || !ss[i].f.prose {
			continue
		}
		total++
		counts[ss[i].sig]++
	}
	for i := start; i <= end; i++ {
		if ss[i].role != roleUnknown || !ss[i].f.prose {
			continue
		}
		if c := counts[ss[i].sig]; c > n {
			sig, n = ss[i].sig, c
		}
	}
	if n < 2 || n*2 < total {
		return end
	}
	gap := 0
	for i := end + 1; i < len(ss) && gap <= siblingReach; i++ {
		s := &ss[i]
		if i == comments || isBarrier(s) {
			break
		}
		switch {
		case s.role == roleUnknown && s.f.prose && s.sig == sig && p[i] >= threshold/4 && gap >= siblingBox:
			// Only across a box: a paragraph right below the body is
			// the scorer's to judge.
			end, gap = i, 0
			continue
		case s.role == roleChrome || s.role == roleTeaser || s.role == roleCaption || s.role == roleJunk:
			gap++
			continue
		}
		break
	}
	return end
}

// keepClosingParagraphHTML returns the end of an HTML page's body moved
// down to the paragraphs right under its last one when they close the
// story and nothing of the page's text follows them: a <p> of sentences,
// minClosingWords or more, and the paragraphs right under it that stand
// within maxClosingRun-1 blocks of it (a block the walk skips as junk
// counts), that take up the story's matter (a third of their words, and at
// least minClosingShared, are the story's), that the scorer does not
// reject outright (a quarter of the threshold), and below which only
// chrome, teasers or a heading stand (a closing word set in a card:
// "Remember, sleep training takes weeks ..." over the site's related
// products). The scorer, which sees the page's chrome right under them
// and the paragraphs in another element than the story's, doubts them.
//
// One caption-like line may stand between the body and the close (a
// picture's caption set as a <p>, "The finished dresser in the hall"): it
// joins the body with them. A box of links, chrome or teaser blurbs
// (closingGap) may stand between too when the scorer takes the close's
// first paragraph for the story's (the threshold): the box stays out.
func keepClosingParagraphHTML(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	if start < 0 || end < 0 || ss[end].role != roleUnknown || !ss[end].f.prose {
		return end
	}
	k := nextNonJunk(ss, end+1)
	if k >= 0 && k != comments && isCaptionLine(&ss[k]) {
		k = nextNonJunk(ss, k+1)
	}
	if k >= 0 && k != comments && !closingProse(&ss[k], p[k], threshold) {
		if k = closingGap(ss, k, comments); k >= 0 && p[k] < threshold {
			return end
		}
	}
	if k < 0 || k == comments || !closingProse(&ss[k], p[k], threshold) || ss[k].f.words < minClosingWords {
		return end
	}
	last := k
	for {
		n := nextLive(ss, last+1)
		if n < 0 || n == comments || ss[n].role != roleUnknown || ss[n].kind == kindHeading {
			break
		}
		if n-k >= maxClosingRun || !closingProse(&ss[n], p[n], threshold) {
			return end
		}
		last = n
	}
	var words map[string]bool
	if shared, seen := storyWordShare(ss, start, end, k, last+1, &words); shared < minClosingShared || shared*3 < seen {
		return end
	}
	return last
}

// closingGap returns the index of the first block from i on past a box
// of at most maxClosingGap blocks that holds no text of the story's:
// links, chrome, teasers, captions, short lines that are no paragraph
// and no heading ("Suggested reading:"), but no signature or copyright
// line, and not the comments. It returns -1 when there is no such block.
func closingGap(ss []slot, i, comments int) int {
	for n := 0; i < len(ss) && i != comments && n <= maxClosingGap; i, n = i+1, n+1 {
		s := &ss[i]
		switch s.role {
		case roleTeaser, roleChrome, roleJunk, roleCaption:
			continue
		case roleUnknown:
			if !s.f.prose && s.kind != kindHeading && !isBarrier(s) {
				continue
			}
		}
		return i
	}
	return -1
}

// maxClosingGap is the most blocks closingGap crosses.
const maxClosingGap = 8

// maxClosingRun is the most blocks, from the first paragraph of the close
// to its last, junk between them included, that keepClosingParagraphHTML
// takes under an HTML page's body as the story's close: at most that many
// paragraphs.
const maxClosingRun = 3

// closingProse reports whether s, a block under an HTML page's body, may
// close the story: a paragraph of sentences no rule has classified, that
// the scorer does not reject outright (a quarter of the threshold), not a
// signature or copyright line.
func closingProse(s *slot, p, threshold float32) bool {
	return s.role == roleUnknown && s.kind == kindPara && s.f.prose && s.f.sentence && p >= threshold/4 && !isBarrier(s)
}

// isCaptionLine reports whether s is a short line set as a paragraph
// that reads like a picture's caption: no sentence, four to
// maxCaptionLineWords words in sentence case ("The finished dresser in
// the hall"), not a label or a name in Title Case ("About The Acme Tools
// Store"), and no rule took it for anything but a caption.
func isCaptionLine(s *slot) bool {
	return (s.role == roleUnknown || s.role == roleCaption) && s.kind == kindPara && !s.f.prose && s.f.titleLike &&
		s.f.words >= 4 && s.f.words <= maxCaptionLineWords && !titleCase(s.text)
}

// maxCaptionLineWords is the most words of a caption-like line
// keepClosingParagraphHTML crosses between a body and its close.
const maxCaptionLineWords = 15

// minClosingShared is the fewest words of the story's (storyWordShare) a
// lone paragraph under an HTML page's body holds for keepClosingParagraphHTML to
// take it: a box's single paragraph (a disclaimer, "questions about your
// child? ask your doctor") shares a few common words, a story's close
// takes up its matter again.
const minClosingShared = 5

// firstProse returns the index of the page's first paragraph, 0 when it
// has none: no story's body opens above it.
func firstProse(ss []slot) int {
	for i := range ss {
		if ss[i].role == roleUnknown && ss[i].f.prose {
			return i
		}
	}
	return 0
}

// joinRuleRun widens the scorer's stretch start..end to the rules' run
// ruleStart..ruleEnd where the two overlap. What the rules add ends at a
// paragraph the scorer does not reject outright (half the threshold). On a
// text page, where the rules see no markup and run on into promos and
// rails, a paragraph beyond a line the scorer rejects outright must be one
// it takes for the story's (the threshold). What they add before the
// stretch opens with a paragraph not rejected outright, or with their own
// first when it opens with a dateline.
func joinRuleRun(ss []slot, p []float32, threshold float32, isText bool, start, end, ruleStart, ruleEnd int) (int, int) {
	if ruleStart < 0 || start < 0 || ruleStart > end || ruleEnd < start {
		return start, end
	}
	for j := ruleEnd; j > end; j-- {
		if ss[j].role != roleUnknown || !ss[j].f.prose || p[j] < threshold/2 {
			continue
		}
		if isText && p[j] < threshold && rejectedBetween(ss, p, threshold/2, end+1, j) {
			continue
		}
		end = j
		break
	}
	for j := ruleStart; j < start; j++ {
		if isText && chromeBetween(ss, j+1, start) >= 3 && !opensWithDateline(ss[j].text) {
			// A deck set apart from the story by a box of chrome (a
			// table of contents, a share bar) is not the story's; a
			// lede that opens with a dateline is.
			continue
		}
		if ss[j].role == roleUnknown && ss[j].f.prose && (p[j] >= threshold/2 || j == ruleStart && opensWithDateline(ss[j].text)) {
			start = j
			break
		}
	}
	return start, end
}

// chromeBetween returns how many blocks of ss[from:to] are chrome or
// teasers.
func chromeBetween(ss []slot, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if ss[k].role == roleChrome || ss[k].role == roleTeaser {
			n++
		}
	}
	return n
}

// rejectedBetween reports whether a block of ss[from:to] that no rule has
// classified scores below min: a line the scorer rejects outright.
func rejectedBetween(ss []slot, p []float32, min float32, from, to int) bool {
	for k := from; k < to; k++ {
		if ss[k].role == roleUnknown && p[k] < min {
			return true
		}
	}
	return false
}

// ruleBody classifies a page's blocks by rules and finds the run of prose
// the rules take for the story's body. It returns the slots and the first
// and last block of the run, or -1, -1.
func ruleBody(pg *page) ([]slot, int, int) {
	ss := make([]slot, len(pg.blocks))
	for i := range pg.blocks {
		b := &pg.blocks[i]
		s := slot{block: b}
		switch {
		case !hasLetterOrDigit(b.text):
			s.role = roleJunk
		case b.boiler:
			s.role = roleChrome
			// Text the rules would keep but for its box: a paragraph,
			// or a subhead or list item that is no caption.
			s.byMarkup = b.linkLen*2 <= len(b.text) && !b.isChrome(s.f.sentence) &&
				(b.f.prose || b.kind != kindCaption && b.hint != hintCaption && !b.pictureCredit())
		case b.kind == kindCaption || b.hint == hintCaption || b.pictureCredit():
			s.role = roleCaption
		case b.kind == kindLine && isGluedTeaser(b.text):
			s.role = roleTeaser
		case b.isChrome(s.f.sentence) && b.tailKind() == tailNone:
			s.role = roleChrome
		case b.linkLen*2 > len(b.text) && !(s.f.prose && s.f.words >= 8 && b.linkLen*4 < len(b.text)*3) &&
			b.hint != hintByline && b.hint != hintCredit && b.hint != hintSection && b.hint != hintTime:
			// Mostly link text: a teaser or a navigation entry. A sentence
			// may carry a long link and stay.
			if b.kind == kindItem || s.f.titleLike {
				s.role = roleTeaser
			} else {
				s.role = roleChrome
			}
		}
		ss[i] = s
	}
	markCaptions(ss)
	markRepeats(ss)
	if pg.isText {
		markTableOfContents(ss)
	}
	markTeasers(ss)
	markVideoTitles(ss)
	markPromoBoxes(ss)
	start, end := findBody(ss)
	if start < 0 {
		return ss, -1, -1
	}
	// A paragraph just before the story's element (a lead kept in a box of
	// its own) is the story's first.
	if ss[start].inMain {
		if j := prevLive(ss, start-1); j >= 0 && !ss[j].inMain && ss[j].role == roleUnknown && ss[j].f.prose &&
			ss[j].kind == kindPara && !ss[j].isMeta() {
			start = j
		}
	}
	// Inside the story's element, what follows the last paragraph (a list
	// of tour dates, a table) is the story's too, up to the first list of
	// other stories.
	for j := end + 1; j < len(ss) && ss[j].inMain; j++ {
		if ss[j].role == roleTeaser || ss[j].role == roleChrome && ss[j].listHead ||
			ss[j].role == roleJunk && isRule(ss[j].text) || ss[j].role == roleUnknown && ss[j].tailKind() != tailNone {
			break
		}
		if ss[j].role == roleUnknown {
			end = j
		}
	}
	start = skipDeck(ss, start, end)
	return ss, start, end
}

// finishArticle fills in the Article from the head, body and tail read.
func finishArticle(a *Article, head head, pg *page) *Article {
	a.Headline = head.headline
	a.Section = head.section
	a.Byline = head.people
	a.Credit = head.credit
	a.Published = head.published
	a.URL = pg.meta.url
	a.Site = pg.meta.site
	a.Language = pg.meta.language

	// The dateline, lifted out of the first paragraph. A dateline printed
	// on a line of its own ("WASHINGTON (AP) —") is joined to it first.
	if len(a.Paragraphs) > 0 {
		first := a.Paragraphs[0]
		if d, lede, ok := parseCleanDateline(first); ok && lede != "" {
			a.Dateline = d
			a.Paragraphs[0] = lede
			// A byline printed on the same line before the dateline: "By
			// SARA LEITCH BRUNSWICK, Maine (AP) --".
			if i := strings.Index(first, d.Text); i > 0 && len(a.Byline) == 0 {
				if c, ok := parseCreditLine(strings.TrimSpace(first[:i])); ok && c.by {
					a.Byline = c.people
				}
			}
		} else if head.datelineLine != "" {
			if d, lede, ok := parseCleanDateline(head.datelineLine + first); ok && len(lede) <= len(first) {
				a.Dateline = d
				a.Paragraphs[0] = lede
			}
		} else if pg.isText {
			if place, lede, ok := strippedDateline(first, pg.blocks); ok {
				a.Dateline = Dateline{Text: place, Places: []string{place}}
				a.Paragraphs[0] = lede
			}
		}
		if len(a.Byline) == 0 {
			a.Byline = datelineReporters(a.Dateline.Text)
		}
	}

	// A bare agency signature glued to the last paragraph: "... PTI".
	if n := len(a.Paragraphs); n > 0 {
		if body, sig := splitSignature(a.Paragraphs[n-1]); sig != "" {
			a.Paragraphs[n-1] = body
			if a.Credit == "" {
				a.Credit = sig
			}
			if len(a.Byline) == 0 {
				a.Byline = signaturePeople(sig)
			}
			head.agencies = addAgency(head.agencies, findAgencies(sig, true)...)
		}
	}

	// Agencies: the credit line's, the dateline's, the tail's.
	ags := head.agencies
	for _, name := range a.Dateline.Agencies {
		ags = addAgency(ags, datelineAgencies(name)...)
	}
	for _, t := range a.Tail {
		_, ta := classifyTail(t)
		ags = addAgency(ags, ta...)
	}
	if len(ags) == 0 {
		ags = siteAgencies(pg.meta.site)
	}
	a.Agencies = ags
	return a
}

// isGluedTeaser reports whether s is a teaser card whose headline and blurb
// a scraper glued together: "... Emerging As Strong WR OptionsThe 49ers and
// Giants rookies have seen ...". It looks for a word of three or more
// lower-case letters run into a capitalized one, after a headline-shaped
// start of three or more words.
func isGluedTeaser(s string) bool {
	if len(s) > 600 {
		return false
	}
	for i := 3; i+1 < len(s); i++ {
		if !isUpperASCII(s[i]) || !isLowerASCII(s[i+1]) || !isLowerASCII(s[i-1]) || !isLowerASCII(s[i-2]) || !isLowerASCII(s[i-3]) {
			continue
		}
		head := s[:i]
		if wordCount(head) >= 3 && !strings.Contains(head, ". ") && !endsLikeSentence(head) && titleCase(head) {
			return true
		}
	}
	return false
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// titleCase reports whether most words of s (seven in ten) start with a
// capital letter or a digit, as in a headline written in Title Case.
func titleCase(s string) bool {
	f := strings.Fields(s)
	n := 0
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return len(f) > 0 && n*10 >= len(f)*7
}

// markCaptions marks as captions the blocks that a picture credit follows
// ("... shake hands in Hanoi." then "Photo: Hau Dinh, AP"), that say where
// the picture is ("Above: ..."), or that end in a gallery's "less"/"more"
// toggle.
func markCaptions(ss []slot) {
	for i := range ss {
		s := &ss[i]
		if s.role != roleUnknown && s.role != roleCaption && s.role != roleChrome {
			continue
		}
		t := s.text
		if s.role != roleUnknown && s.kind != kindLine {
			continue
		}
		if s.role == roleUnknown && (strings.HasPrefix(t, "Above: ") || strings.HasPrefix(t, "Top: ") ||
			strings.HasSuffix(t, ". less") || strings.HasSuffix(t, "... more") || strings.HasSuffix(t, "… more")) {
			s.role = roleCaption
			continue
		}
		if s.kind == kindLine && s.role == roleUnknown && isPictureLead(t) {
			// "Open this photo in gallery:": the caption comes next.
			s.role = roleChrome
			if j := nextLive(ss, i+1); j >= 0 && ss[j].role == roleUnknown && ss[j].f.words <= 60 && !opensWithDateline(ss[j].text) {
				ss[j].role = roleCaption
			}
			continue
		}
		if s.kind == kindLine && s.role == roleUnknown && endsWithSourceNote(t) {
			j := i - 1
			for j >= 0 && ss[j].role == roleJunk {
				j--
			}
			if j >= 0 && ss[j].f.words <= 4 && strings.Contains(strings.ToLower(ss[j].text), "video") {
				// A video's description under its player, "Play Video".
				s.role = roleCaption
				continue
			}
		}
		if s.kind != kindLine || s.f.words > 8 || !isCreditOnly(t) && !(i > 0 && isPictureAgencyLine(ss[i-1].text, t)) {
			continue
		}
		// A credit line alone on a text page: the line before it is its
		// caption. (On an HTML page the caption is marked by the markup.)
		s.role = roleCaption
		if s.gap && i+1 < len(ss) && !ss[i+1].gap && ss[i+1].role == roleUnknown && ss[i+1].f.prose &&
			(i == 0 || ss[i-1].role != roleCaption) {
			// The credit set apart above its caption: "Jane Roe / Agency"
			// and the caption on the next line.
			ss[i+1].role = roleCaption
			continue
		}
		if i > 0 && ss[i-1].role == roleUnknown {
			ss[i-1].role = roleCaption
			// The picture's date between its caption and its credit.
			if i > 1 && ss[i-2].role == roleUnknown && parseDateText(ss[i-1].text).ok && tight(ss, i-2, i) {
				ss[i-2].role = roleCaption
			}
		}
	}
	// A caption shown twice (a gallery and its lightbox) is a caption both
	// times.
	var captions map[string]bool
	for i := range ss {
		if ss[i].role == roleCaption && ss[i].kind == kindLine && ss[i].f.prose {
			if captions == nil {
				captions = make(map[string]bool)
			}
			captions[ss[i].text] = true
		}
	}
	for i := range ss {
		if ss[i].role == roleUnknown && captions[ss[i].text] {
			ss[i].role = roleCaption
		}
	}
}

// isPictureLead reports whether s is a short label that leads a picture's
// caption: "Open this photo in gallery:", "Bild vergrößern:".
func isPictureLead(s string) bool {
	if !strings.HasSuffix(s, ":") || wordCount(s) > 8 {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range []string{"photo", "picture", "image", "gallery", "foto", "bild", "imagen", "galerie"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// endsWithSourceNote reports whether s ends with a note of its source in
// parentheses: "(Source: Agency)", "(Quelle: ...)", "(Fuente: ...)".
func endsWithSourceNote(s string) bool {
	i := strings.LastIndexByte(s, '(')
	if i < 0 || !strings.HasSuffix(s, ")") || wordCount(s[i:]) > 6 {
		return false
	}
	l := strings.ToLower(s[i+1:])
	for _, p := range []string{"source:", "quelle:", "fuente:", "fonte:", "bron:", "źródło:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// isCreditOnly reports whether s is a picture credit and nothing else:
// "Photo: Hau Dinh, AP", "Image Credit: WeWork", "(AP Photo/Jane Roe)",
// "REUTERS/John Doe".
func isCreditOnly(s string) bool {
	l := strings.ToLower(s)
	for _, p := range []string{"photo:", "photos:", "photo by ", "image credit:", "image:", "picture:", "credit:",
		"photograph:", "foto:", "(ap photo", "(photo", "photo credit:", "image source:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return isPhotoCredit(s) && !strings.Contains(s, ". ")
}

// markRepeats marks a line of a text page that repeats an earlier line word
// for word (a gallery's captions shown twice, a lede repeated in a teaser).
// On HTML pages repeats are left to the markup: recipes and lists repeat
// lines on purpose.
func markRepeats(ss []slot) {
	seen := make(map[string]bool)
	for i := range ss {
		s := &ss[i]
		if s.kind != kindLine || !s.f.prose || len(s.text) < 40 {
			continue
		}
		if seen[s.text] {
			if s.role == roleUnknown {
				s.role = roleChrome
			}
			continue
		}
		seen[s.text] = true
	}
}

// markTeasers finds lists of other stories and marks their blocks
// roleTeaser. A list is a heading ("LATEST WORLD STORIES", "Related") and
// what follows it while it keeps the shape of teasers: headline-shaped lines,
// blurbs cut off with an ellipsis, a picture caption before a teaser, labels
// such as "Image Not Available". Outside such a list, a headline-shaped line
// followed by a cut-off blurb is a teaser too.
func markTeasers(ss []slot) {
	for i := range ss {
		if ss[i].role == roleChrome && ss[i].listHead {
			markListAfter(ss, i)
		}
	}
	// Unheaded teasers: a title followed by a cut-off blurb.
	for i := 0; i+1 < len(ss); i++ {
		if ss[i].role != roleUnknown || !ss[i].f.titleLike {
			continue
		}
		j := nextLive(ss, i+1)
		if j < 0 || !isBlurb(ss[j]) || !tight(ss, i, j) {
			continue
		}
		ss[i].role = roleTeaser
		ss[j].role = roleTeaser
		// A caption or kicker right before the title belongs to the teaser
		// when another teaser precedes it.
		if k := prevLive(ss, i-1); k >= 0 && ss[k].role == roleUnknown {
			if p := prevLive(ss, k-1); p >= 0 && ss[p].role == roleTeaser && tight(ss, k, i) {
				ss[k].role = roleTeaser
			}
		}
	}
}

// tight reports whether blocks i to j stand together as one teaser: on a
// text page, with no blank line between them (a scraper writes a teaser's
// caption, headline and blurb on consecutive lines, and a story's
// paragraphs apart). The blank lines are those printedGap reads: on a
// dump written one block per line, not the ones inferGaps gave a line of
// a headline's length. On HTML pages it is always true.
func tight(ss []slot, i, j int) bool {
	for k := i + 1; k <= j && k < len(ss); k++ {
		if ss[k].printedGap() {
			return false
		}
	}
	return true
}

// isBlurb reports whether a block is a teaser's blurb: several words cut
// off with an ellipsis.
func isBlurb(s slot) bool {
	return s.f.ellipsis && s.f.words >= 6 && s.role == roleUnknown
}

// maxListScan bounds how many blocks after a list heading markListAfter
// reads: the list ends there, as if the page did. Every heading reads the
// blocks after it, so without a bound a page of many headings (a thousand
// "RELATED STORIES") would cost the square of its length.
const maxListScan = 500

// markListAfter marks the teasers that follow the list heading at h.
func markListAfter(ss []slot, h int) {
	i := h + 1
	last := h
	stop := min(len(ss), h+1+maxListScan)
	win := ss[:stop] // what nextLive may read
	for i < stop {
		s := &ss[i]
		switch {
		case s.role == roleJunk || s.role == roleChrome || s.role == roleCaption || s.role == roleTeaser:
			i++
			continue
		case isBlurb(*s) && (i == h+1 || tight(ss, i-1, i) || ss[i-1].role != roleUnknown):
			markRange(ss, last+1, i)
			last = i
			i++
			continue
		case s.f.titleLike && !s.f.prose:
			// A run of headline-shaped lines: a list of links. A single one
			// is a teaser only if a blurb follows.
			j := nextLive(win, i+1)
			if j >= 0 && tight(ss, i, j) && (isBlurb(ss[j]) || ss[j].f.titleLike && !ss[j].f.prose && ss[j].role == roleUnknown) {
				i++
				continue
			}
			if j < 0 || ss[j].role == roleTeaser || ss[j].role == roleChrome && ss[j].listHead {
				markRange(ss, last+1, i)
				last = i
			}
		case s.f.prose:
			// A caption before a teaser's headline and blurb.
			j := nextLive(win, i+1)
			k := -1
			if j >= 0 {
				k = nextLive(win, j+1)
			}
			if j >= 0 && k >= 0 && ss[j].f.titleLike && !ss[j].f.prose && isBlurb(ss[k]) && tight(ss, i, k) {
				i++
				continue
			}
		}
		break
	}
	// A list of headline-shaped lines with no blurbs, ending the page or a
	// section.
	// A list of headline-shaped or short lines ("ferries", "Pier 4 terminal
	// to close") with no blurbs. On a text page the list's lines are
	// consecutive.
	if last == h {
		if end := blurbPairs(ss[:stop], h+1); end > h {
			markRange(ss, h+1, end)
			return
		}
		n := 0
		j := h + 1
		for ; j < stop; j++ {
			s := ss[j]
			if s.role == roleJunk || s.role == roleChrome {
				continue
			}
			if n > 0 && s.printedGap() {
				break
			}
			short := s.f.words <= 4 && !s.f.sentence
			if s.role != roleUnknown || !(s.f.titleLike || short) || s.f.prose {
				break
			}
			n++
		}
		if n >= 2 {
			markRange(ss, h+1, headEndingList(ss, h+1, j-1))
			return
		}
		// Two or more headlines set apart by blank lines, and the story
		// going on after them: a text page's list of links set inside the
		// story. Headlines are full sentences in title shape, longer than
		// a subhead's label.
		n = 0
		for j = h + 1; j < stop; j++ {
			s := ss[j]
			if s.role == roleJunk || s.role == roleChrome {
				continue
			}
			if s.role != roleUnknown || s.kind != kindLine || !s.f.titleLike || s.f.prose || s.f.words < 5 {
				break
			}
			n++
		}
		if n >= 2 && j < stop && ss[j].role == roleUnknown && ss[j].f.prose {
			markRange(ss, h+1, j-1)
			return
		}
		// Headlines of any shape (a question, a quotation) on consecutive
		// lines, closed by chrome or another list heading: a text page's
		// list printed one link a line.
		n = 0
		for j = h + 1; j < stop; j++ {
			s := ss[j]
			if s.role != roleUnknown || s.kind != kindLine || s.f.words > 25 || s.f.words < 3 || n > 0 && s.printedGap() {
				break
			}
			n++
		}
		if n >= 2 && j < stop && ss[j].role == roleChrome && !ss[j].printedGap() {
			markRange(ss, h+1, j-1)
		}
	}
}

// blurbPairs returns the last block of a text page's list of teasers that
// starts at i, under a list heading, when each teaser is a headline and a
// blurb of one short paragraph, each perhaps under its time ("Heute,
// 12:34 Uhr", "3 hours ago"), two teasers or more; it returns -1 when
// the blocks have no such shape. A story's subhead is followed by
// paragraphs, seldom by one short one and another subhead, twice.
func blurbPairs(ss []slot, i int) int {
	// The next block that is not junk: chrome between two teasers (a
	// "Read more" link after each) makes them items of something else.
	live := func(k int) int {
		for ; k < len(ss); k++ {
			if ss[k].role != roleJunk {
				return k
			}
		}
		return -1
	}
	pairs, end := 0, -1
	for k := live(i); k >= 0; k = live(k + 1) {
		s := &ss[k]
		if s.role == roleUnknown && s.kind == kindLine && s.f.words <= 6 && !s.f.prose && isTimeLine(s.text) {
			// The teaser's time, above its headline.
			if k = live(k + 1); k < 0 {
				break
			}
			s = &ss[k]
		}
		// The headline: title-shaped, a question among them.
		if s.role != roleUnknown || s.kind != kindLine || !s.f.titleLike || s.f.words < 3 ||
			s.f.prose && (lastRune(s.text) != '?' || s.f.words > 20) {
			break
		}
		b := live(k + 1)
		if b < 0 {
			break
		}
		blurb := &ss[b]
		if blurb.role != roleUnknown || !blurb.f.prose || blurb.f.words > 50 || opensWithDateline(blurb.text) {
			break
		}
		pairs++
		end = b
		k = b
	}
	if pairs < 2 {
		return -1
	}
	return end
}

// isTimeLine reports whether a short line tells when something was
// published: a date, a relative time ("3 hours ago") or a clock time
// ("Today, 12:34").
func isTimeLine(s string) bool {
	if parseDateText(s).ok || isCommentTime(strings.ToLower(s)) {
		return true
	}
	for _, w := range strings.Fields(s) {
		if _, _, ok := clockTime(strings.TrimRight(w, ",.")); ok {
			return true
		}
	}
	return false
}

func markRange(ss []slot, from, to int) {
	for k := from; k <= to && k < len(ss); k++ {
		if ss[k].role == roleUnknown {
			ss[k].role = roleTeaser
		}
	}
}

// nextLive returns the index of the first block at or after i that is not
// junk or chrome, or -1.
func nextLive(ss []slot, i int) int {
	for ; i < len(ss); i++ {
		if ss[i].role != roleJunk && ss[i].role != roleChrome {
			return i
		}
	}
	return -1
}

// betweenCopies reports whether the line at i stands between two copies
// of one line of three words or more (not a separator: "•" / "Jane Roe"
// / "•"), as a section's label does between the headline and the
// headline printed again ("Harbour board approves quay" / "Local News" /
// "Harbour board approves quay"): a label of the second copy, not a
// byline.
func betweenCopies(ss []slot, i int) bool {
	return i > 0 && i+1 < len(ss) && ss[i-1].text == ss[i+1].text && wordCount(ss[i-1].text) >= 3
}

// prevLive returns the index of the last block at or before i that is not
// junk or chrome, or -1.
func prevLive(ss []slot, i int) int {
	for ; i >= 0; i-- {
		if ss[i].role != roleJunk && ss[i].role != roleChrome {
			return i
		}
	}
	return -1
}

// maxBodyGap is how many non-prose blocks (subheads, a byline, a stray
// label) may stand between two paragraphs of one story.
const maxBodyGap = 4

// maxMainGap is maxBodyGap inside the element of an HTML page that holds
// the story.
const maxMainGap = 40

// findBody returns the first and last block of the story's body: the run of
// prose blocks with the most text, where runs are broken by more than
// maxBodyGap other blocks. On HTML pages the run is sought inside the
// element that holds the story when one was found.
func findBody(ss []slot) (int, int) {
	useMain := false
	for i := range ss {
		if ss[i].inMain {
			useMain = true
			break
		}
	}
	// Inside the element that holds the story, everything between its
	// first and last paragraph is the story's unless it is chrome.
	maxGap := maxBodyGap
	if useMain {
		maxGap = maxMainGap
	}
	candidate := func(i int) bool {
		s := ss[i]
		return s.role == roleUnknown && s.f.prose && (!useMain || s.inMain) && s.tailKind() == tailNone
	}
	bestStart, bestEnd, bestScore := -1, -1, 0
	start, end, score, gap := -1, -1, 0, 0
	flush := func() {
		if start < 0 {
			return
		}
		// A run that opens with a dateline is a wire story's body: it
		// outweighs a longer run of teasers.
		if opensWithDateline(ss[start].text) {
			score *= 2
		}
		if score > bestScore {
			bestStart, bestEnd, bestScore = start, end, score
		}
	}
	for i := range ss {
		s := ss[i]
		if candidate(i) {
			if start < 0 {
				start = i
			}
			end = i
			score += len(s.text)
			gap = 0
			continue
		}
		switch s.role {
		case roleJunk, roleChrome, roleCaption:
			// Chrome inside a story ("RELATED STORIES", "Advertisement")
			// does not break it.
			if s.role == roleChrome && s.listHead && start >= 0 {
				gap++
			}
			continue
		case roleTeaser:
			gap++
		default:
			if useMain && !s.inMain {
				gap += 2
			} else {
				gap++
			}
		}
		if start >= 0 && gap > maxGap {
			flush()
			start, end, score, gap = -1, -1, 0, 0
		}
	}
	flush()
	return bestStart, bestEnd
}

// opensWithDateline reports whether a paragraph opens with a dateline.
func opensWithDateline(s string) bool {
	_, _, ok := ParseDateline(s)
	return ok
}

// maxDeckLines is the most byline, credit and date lines that may stand
// together between a deck and the story: more in a row are a table
// (dates and figures), inside the story, not its head.
const maxDeckLines = 6

// skipDeck moves the start of the body past a headline, standfirst or
// caption that a byline, credit or date line separates from the story: of
// the first few paragraphs, the story starts at the first that follows the
// last such line. A run of more than maxDeckLines such lines with no
// paragraph between ends the search: a table of dates is the story's.
func skipDeck(ss []slot, start, end int) int {
	first, prose, meta, lines := start, 0, false, 0
	for j := start; j <= end && prose <= 3; j++ {
		s := ss[j]
		if s.role != roleUnknown {
			continue
		}
		if s.f.prose {
			if meta {
				first, meta = j, false
			}
			prose, lines = prose+1, 0
			continue
		}
		if _, ok := readMetaLine(s.text); ok || isHandleCredit(s.text) {
			// A byline, credit or date line, alone or together
			// ("Von dpa 30.04.2024, 18:58"), or an author box's
			// ("AGENCY @site").
			if lines++; lines > maxDeckLines {
				break
			}
			meta = true
		}
	}
	return first
}

// scorerReadsMeta reports whether the body scorer reads the line as a
// possible meta line (its fMetaLine feature): a short line, not prose,
// that no rule took. classifyPage reads these lines through the page's
// lineReads first.
func (s *slot) scorerReadsMeta() bool {
	return s.role == roleUnknown && !s.f.prose && s.f.words <= 25 && len(s.text) >= 4
}

// isMeta returns isMetaLine of the block's text, computed once.
func (b *block) isMeta() bool {
	if !b.metaDone {
		b.metaDone = true
		b.meta = isMetaLine(b.text)
	}
	return b.meta
}

// isMetaLine reports whether s is a byline, credit or date line by
// itself. (The learned scorers were trained on this feature; readMetaLine
// reads more lines as meta lines.)
func isMetaLine(s string) bool {
	if _, ok := parseCreditLine(s); ok {
		return true
	}
	return parseDateText(s).ok
}

// A head is what stands above a story's body.
type head struct {
	headline, section, credit string
	people                    []string
	peopleBy                  bool // people come from a "By" line
	peopleGuessed             bool // people are names alone on a line
	publishedSaid             bool // published comes from a line that says "published"
	// bodyStart is the body's first block when the headline stood at the
	// start readHead was given (a text page's headline taken for a
	// paragraph), else 0.
	bodyStart int
	// headlineAt is the block of the headline shown above the body, or
	// -1.
	headlineAt   int
	agencies     []Agency
	published    time.Time
	datelineLine string
}

// readHead reads headline, section, byline, credit and date from the blocks
// before the body, falling back on and preferring the page's metadata where
// it is more trustworthy.
// addCredit records what a byline or credit line says.
// The head is read upwards from the body, so the first credit seen is the
// one nearest the story; but a line that says "By" names the story's
// writers, and it wins over a "Name, Agency" line nearer the story, which
// may credit a photograph.
func (h *head) addCredit(text string, c credit) {
	if h.credit == "" && (len(c.agencies) > 0 || c.vague) {
		h.credit = text
		h.agencies = addAgency(h.agencies, c.agencies...)
	}
	if len(c.people) > 0 && (len(h.people) == 0 || c.by && !h.peopleBy) {
		h.people = c.people
		h.peopleBy = c.by
	}
}

func readHead(ss []slot, start int, pg *page, m *bodyModel) head {
	lr := pg.lineReads()
	var h head
	headlineAt := -1
	// The headline the metadata names, where the page shows it above the
	// body; on a text page, the one the headline scorer chooses among the
	// lines above the body or, failing that, the line its surroundings mark
	// as the headline. The walk reads the head zone down to it.
	var anchor int
	var shownHeadline string
	if !pg.isText {
		anchor, shownHeadline = headlineAnchor(ss, start, pg.meta)
	} else {
		anchor, shownHeadline = chooseTextHeadline(ss, start, m.textHeadlineWith(ss, start, pg.headMetaMemo(len(ss)), lr))
		anchor, shownHeadline = headOverMetaLine(ss, anchor, shownHeadline, start, lr)
		if j := trailStepBelow(ss, anchor); j >= 0 {
			anchor, shownHeadline = j, ""
		} else if j := headFarAbove(ss, anchor, start); j >= 0 {
			anchor, shownHeadline = j, ""
		}
		if j := headInBody(ss, start, storyWords(ss, start)); j > anchor {
			anchor, shownHeadline = j, ""
		}
		if anchor >= start {
			// The headline is the body's first line, or stands just
			// below it (a question reads as a paragraph): the body
			// starts at the first paragraph after it, and the head
			// is read up from there.
			h.bodyStart = -1
			for j := anchor + 1; j < len(ss) && j <= anchor+12; j++ {
				if ss[j].role == roleUnknown && ss[j].f.prose && !isDateLine(ss[j].text) {
					h.bodyStart = j
					break
				}
			}
			if h.bodyStart < 0 {
				anchor, shownHeadline = -1, ""
			} else {
				start = h.bodyStart
			}
		}
	}
	// The date shown in the head, in whatever line holds it.
	shown := shownDate{text: pg.isText}
	// The words of the story, which names alone on a line are not made of.
	words := storyWords(ss, start)
	// The date of a player's credit line in the head.
	var mediaDate time.Time
	// Walk up from the body.
	seen := 0
	for i := start - 1; i >= 0 && (seen < 16 || anchor >= 0 && i >= anchor); i-- {
		s := &ss[i]
		if i == anchor && headlineAt < 0 {
			h.headline, headlineAt = s.text, i
			s.role = roleMeta
			continue
		}
		if s.role == roleTeaser && (s.inMain || anchor >= 0) && i > anchor {
			// A byline or date line that a list's shape took for a
			// teaser, between the headline and the body.
			if ml, ok := lr.headLine(s.text); ok {
				h.addMeta(ml)
				s.role = roleMeta
				continue
			}
		}
		if s.role == roleJunk || s.role == roleTeaser {
			continue
		}
		if s.role == roleChrome && s.listHead && headlineAt >= 0 {
			break
		}
		seen++
		text := s.text
		shown.consider(s)
		if !h.publishedSaid && s.f.words <= 24 && saysPublished(text) {
			// A date the page calls the publication's wins over a
			// date alone nearer the body (a video's, a picture's).
			if ml, ok := lr.headLine(text); ok && ml.date.ok {
				h.published, h.publishedSaid = ml.date.t, true
			} else if t, ok := findDate(text); ok {
				h.published, h.publishedSaid = t, true
			}
		}
		if i == start-1 && h.datelineLine == "" && !s.f.prose {
			if line, ok := datelineOnItsLine(text); ok {
				h.datelineLine = line
				s.role = roleMeta
				continue
			}
		}
		if s.role == roleChrome || s.role == roleCaption {
			continue
		}
		if p, labelled := lr.byline(text); s.hint == hintByline && len(h.people) == 0 && len(p) > 0 && !labelled &&
			len(plausibleNames(p, words)) == len(p) {
			h.people = p
			s.role = roleMeta
			continue
		}
		// A byline or credit line, a date line, or both in one line: "By
		// Jane Doe, Reuters Published 10:52 am CST, Jan. 14, 2020".
		if ml, ok := lr.headLine(text); ok && !phraseCredit(text, ml, words) {
			if pg.isText && !ml.date.ok && len(ml.credit.people) > 0 && !isMediaCredit(text) {
				// The date the head's meta line gives in a form
				// its reader leaves out ("Do 25.04.24 | 14:07 Uhr
				// | Von Jane Roe").
				ml.date = metaLineDate(text)
			}
			if pg.isText && ml.date.ok && isMediaCredit(text) {
				// A player's credit dates the recording: its date
				// waits for the head's own (see isMediaCredit).
				if mediaDate.IsZero() {
					mediaDate = ml.date.t
				}
				ml.date = dateText{}
			}
			h.addMeta(ml)
			s.role = roleMeta
			continue
		}
		// A date broken over two or three lines: "November 20" / "15:23"
		// / "2019".
		if n, d := brokenDate(ss, i); n > 0 {
			if h.published.IsZero() {
				h.published = d.t
			}
			for k := i - n + 1; k <= i; k++ {
				ss[k].role = roleMeta
			}
			i -= n - 1
			continue
		}
		// A name alone between the headline and the body, next to the
		// credit or date line: "Claire ROUSSEL" above "AFP".
		if p, labelled := lr.byline(text); headlineAt < 0 && len(h.people) == 0 &&
			(h.credit != "" || !h.published.IsZero() || !shown.published.IsZero()) && len(p) > 0 && !labelled &&
			len(plausibleNames(p, words)) == len(p) && !betweenCopies(ss, i) {
			h.people, h.peopleGuessed = p, true
			s.role = roleMeta
			continue
		}
		if headlineAt < 0 && anchor < 0 && s.f.titleLike && s.f.words >= 3 && s.role == roleUnknown && !isWireSlug(text) &&
			!strings.HasPrefix(text, "By ") && !strings.HasPrefix(text, "BY ") {
			h.headline = text
			headlineAt = i
			s.role = roleMeta
			continue
		}
		if headlineAt >= 0 {
			// The section label: a short label right above the headline,
			// not one entry of a navigation menu.
			if h.section == "" && s.f.titleLike && s.f.words <= 4 && s.role == roleUnknown && !s.f.prose &&
				!isWireSlug(text) && !inMenu(ss, i) {
				h.section = sectionLabel(text)
				s.role = roleMeta
			}
			break
		}
	}
	if h.published.IsZero() {
		h.published = mediaDate
	}
	if pg.isText && len(h.people) > 0 {
		if p := bylineUnderHeadline(ss, headlineAt, start, lr); len(p) > 0 && !sharesName(p, h.people) {
			h.people, h.peopleGuessed = p, false
		}
	}
	if len(h.people) == 0 && headlineAt >= 0 {
		h.people = plausibleNames(nameBelowHeadline(ss, headlineAt, start), words)
		h.peopleGuessed = len(h.people) > 0
	}
	if pg.isText && (len(h.people) == 0 || h.peopleGuessed) {
		// Names alone that the walk guessed give way to a byline
		// that says "by", wherever it stands in the head.
		if p, _ := scanByline(ss, headlineAt, start, len(h.people) > 0, words, lr); len(p) > 0 {
			h.people = p
		}
	}
	if pg.isText && len(h.people) == 0 {
		h.people = bylineFarAbove(ss, start, start, words, lr)
	}
	if pg.isText && len(h.people) == 0 {
		h.people = bylineInBodyHead(ss, start, h.headline, words)
	}
	if pg.isText && len(h.people) == 0 {
		h.people = bylineNamePrintedTwice(ss, start, words)
	}
	if pg.isText {
		h.people = extendByline(ss, h.people, headlineAt, start, words, lr)
	}
	if h.published.IsZero() && !shown.published.IsZero() {
		h.published = shown.published
	}
	if h.published.IsZero() {
		// A date printed above the headline, or just below the body's
		// first line.
		from := max(0, start-16)
		if headlineAt >= 0 {
			from = max(0, headlineAt-6)
		}
		for i := from; i < start && i < len(ss); i++ {
			if headlineAt < 0 || i < headlineAt {
				shown.consider(&ss[i])
			}
		}
		if ss[start].f.words <= 12 {
			// The body scorer took the date line for the first
			// paragraph: "25/04/2026 Actualizado a las 15:10h."
			shown.consider(&ss[start])
		}
		for i, n := start+1, 0; i < len(ss) && n < 3; i++ {
			if ss[i].role != roleJunk {
				// Below the first paragraph a date line is short: a
				// caption may tell when its picture was taken.
				if ss[i].f.words <= 10 && !isCaptionDate(ss[i].text) || saysPublished(ss[i].text) {
					shown.consider(&ss[i])
				}
				n++
			}
		}
		h.published = shown.best()
	}
	if h.published.IsZero() && pg.meta.published.IsZero() {
		h.published = pageDate(ss, start, pg.isText)
	}
	meta := pg.meta
	h.headline = chooseHeadline(ss, headlineAt, start, meta)
	h.headlineAt = headlineAt
	if shownHeadline != "" {
		h.headline = shownHeadline
	}
	if pg.isText {
		h.headline = cutSiteName(ss, headlineAt, h.headline)
		h.headline = cutToTwin(ss, headlineAt, start, h.headline)
		h.headline = cutToHeadTwin(ss, headlineAt, start, h.headline)
		h.headline = cutGluedByline(cutEdgeDate(h.headline))
		if isBylinePhrase(h.headline) {
			h.headline = ""
		}
	}
	if meta.section != "" && h.section == "" {
		h.section = meta.section
	}
	if len(meta.authors) > 0 {
		h.people = meta.authors
	}
	for _, o := range meta.orgs {
		if ags := orgAgencies(o); len(ags) > 0 {
			h.agencies = addAgency(h.agencies, ags...)
			if h.credit == "" {
				h.credit = o
			}
		}
	}
	if len(h.agencies) > 0 {
		// "Par Le Figaro et AFP": beside an agency, the site's own name
		// is the house, not a writer.
		h.people = dropSiteNames(h.people, meta.site)
	}
	if !meta.published.IsZero() {
		h.published = meta.published
	}
	if h.published.IsZero() {
		h.published = urlDate(meta.url)
	}
	return h
}

// inMenu reports whether the short line at i is one entry of a menu: a run
// of three or more short lines with no blank line between them.
func inMenu(ss []slot, i int) bool {
	short := func(k int) bool { return ss[k].f.words <= 4 && !ss[k].f.sentence }
	n := 1
	for k := i - 1; k >= 0 && !ss[k+1].gap && short(k); k-- {
		n++
	}
	for k := i + 1; k < len(ss) && !ss[k].gap && short(k); k++ {
		n++
	}
	return n >= 3
}

// isWireSlug reports whether s is a wire service's slug line, left on the
// page by a client's CMS: "AP-US--Trump-Impeachment, 4th Ld-Writethru",
// "BC-US--Weather".
func isWireSlug(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	if strings.Contains(first, "--") && strings.Count(first, "-") >= 3 {
		return true
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "writethru") || strings.Contains(l, "ld-writethru")
}

// trimSiteSuffix removes a site name from the end (or start) of a title:
// "Headline - The Japan Times", "Headline | Reuters", "Reuters | Headline".
func trimSiteSuffix(title, site string) string {
	best := title
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if site != "" && strings.EqualFold(strings.TrimSpace(tail), site) || wordCount(tail) <= 4 && wordCount(head) >= 3 && !strings.ContainsAny(tail, ".,") {
			if len(head) < len(best) {
				best = strings.TrimSpace(head)
			}
		}
		j := strings.Index(title, sep)
		head, tail = title[:j], title[j+len(sep):]
		if site != "" && strings.EqualFold(strings.TrimSpace(head), site) && wordCount(tail) >= 3 {
			best = strings.TrimSpace(tail)
		}
	}
	return best
}

// sectionLabel returns the last element of a breadcrumb ("News > World" →
// "World") or the label itself.
func sectionLabel(s string) string {
	for _, sep := range []string{" > ", " › ", " » ", " / ", " | ", " ▸ "} {
		if i := strings.LastIndex(s, sep); i >= 0 {
			s = s[i+len(sep):]
		}
	}
	return strings.TrimSpace(s)
}

// readBody collects the paragraphs, subheads and inner tail lines of the
// body.
func readBody(ss []slot, start, end int, a *Article) {
	inner := innerSignatures(ss, start, end)
	markPullQuotes(ss, start, end)
	for i := start; i <= end; i++ {
		s := &ss[i]
		if s.role != roleUnknown {
			continue
		}
		text := s.text
		switch {
		case s.tailKind() == tailCopyright && len(findAgencies(text, true)) == 0:
			// The site's own copyright line.
			s.role = roleChrome
		case inner[i-start]:
			// An agency's signature closing a box inside the story, or
			// another story on the same page: not this story's.
			s.role = roleChrome
		case s.tailKind() != tailNone:
			s.role = roleTail
			a.Tail = append(a.Tail, text)
		case s.kind == kindLine && endsWithLineCredit(text):
			// A picture's caption and credit on a text page, or its
			// credit alone under the caption on the line above.
			s.role = roleCaption
			if isLabelCreditOnly(text) && !s.gap && i > start && ss[i-1].role == roleBody && ss[i-1].f.words <= maxCaptionWords &&
				len(a.Paragraphs) > 0 && a.Paragraphs[len(a.Paragraphs)-1] == ss[i-1].text {
				ss[i-1].role = roleCaption
				a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
			}
		case s.f.prose:
			s.role = roleBody
			a.Paragraphs = append(a.Paragraphs, text)
		case isPhotoCredit(text) && !askingHeading(s) && !itemAmongItems(ss, i):
			s.role = roleCaption
		case s.kind == kindHeading || isSubhead(s):
			s.role = roleSubhead
			a.Subheads = append(a.Subheads, len(a.Paragraphs))
			a.Paragraphs = append(a.Paragraphs, text)
		default:
			// A short line inside the story that is neither label nor
			// subhead: keep it, since dropping text is worse than keeping
			// a stray line.
			s.role = roleBody
			a.Paragraphs = append(a.Paragraphs, text)
		}
	}
	// Three or more headline-shaped lines in a row are a list (tour dates,
	// results), not subheads.
	var keep []int
	for i := 0; i < len(a.Subheads); {
		j := i
		for j+1 < len(a.Subheads) && a.Subheads[j+1] == a.Subheads[j]+1 {
			j++
		}
		if j-i+1 < 3 {
			keep = append(keep, a.Subheads[i:j+1]...)
		}
		i = j + 1
	}
	a.Subheads = keep
	// A subhead with no paragraph after it is not the story's.
	if n := len(a.Subheads); n > 0 && a.Subheads[n-1] == len(a.Paragraphs)-1 {
		a.Subheads = a.Subheads[:n-1]
		a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
	}
	if len(a.Subheads) == 0 {
		a.Subheads = nil
	}
}

// maxPullQuotes is the most quotes of a body that markPullQuotes compares
// with the rest of it.
const maxPullQuotes = 32

// markPullQuotes marks as chrome the quotes of the body start..end that
// repeat words of the story's other blocks (a pull quote set in large type
// beside the paragraph it is taken from): the story holds them once.
func markPullQuotes(ss []slot, start, end int) {
	// The story's other text is copied only when the body has a quote.
	quote := false
	for i := max(start, 0); i <= end && !quote; i++ {
		quote = ss[i].role == roleUnknown && ss[i].kind == kindQuote
	}
	if !quote {
		return
	}
	var rest strings.Builder
	for i := start; i <= end; i++ {
		if ss[i].role == roleUnknown && ss[i].kind != kindQuote {
			rest.WriteString(ss[i].text)
			rest.WriteByte('\n')
		}
	}
	text := rest.String()
	n := 0
	for i := start; i <= end && n < maxPullQuotes; i++ {
		s := &ss[i]
		if s.role != roleUnknown || s.kind != kindQuote {
			continue
		}
		n++
		q := strings.TrimFunc(s.text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
		if len(q) >= 20 && strings.Contains(text, q) {
			s.role = roleChrome
		}
	}
}

// isSubhead reports whether a short line inside the body is a subheading: a
// headline-shaped line of a dozen words or fewer, or a time stamp ("10
// p.m.", "4:14 p.m.") heading an update.
func isSubhead(s *slot) bool {
	if s.kind == kindItem || s.kind == kindQuote {
		return false
	}
	if s.f.titleLike && s.f.words <= 12 {
		return true
	}
	return isTimeStamp(s.text)
}

// isTimeStamp reports whether s is a time of day and nothing else.
func isTimeStamp(s string) bool {
	if len(s) > 40 {
		return false // "12:59:59 p.m. local" is short
	}
	l := strings.ToLower(s)
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if _, _, ok := clockTime(f[0]); !ok {
		if n := strings.TrimRight(f[0], "apm."); !isNumber(n) || len(n) > 2 {
			return false
		}
	}
	for _, w := range f[1:] {
		switch w {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "et", "edt", "est", "local", "utc":
		default:
			if _, ok := zoneOffsets[w]; !ok {
				return false
			}
		}
	}
	return true
}

// readTail collects the tail lines after the body.
func readTail(ss []slot, end int, a *Article) {
	seen := 0
	for i := end + 1; i < len(ss) && seen < 10; i++ {
		s := &ss[i]
		if s.role == roleJunk {
			// AP's rule before its notes: "___".
			if seen == 0 && len(a.Tail) == 0 && isRule(s.text) {
				s.role = roleTail
				a.Tail = append(a.Tail, s.text)
			}
			continue
		}
		if s.role == roleTeaser || s.role == roleChrome && s.listHead {
			break
		}
		seen++
		if s.role != roleUnknown && s.role != roleChrome {
			continue
		}
		text := s.text
		if k, ags := classifyTail(text); k != tailNone {
			// A site's own copyright footer is not the story's: only a
			// copyright line that names an agency is.
			if k == tailCopyright && len(ags) == 0 {
				continue
			}
			if k == tailSignature && seen > 1 && proseFollows(ss, i, 2) {
				// A signature that closes a box or another story.
				continue
			}
			s.role = roleTail
			a.Tail = append(a.Tail, text)
			continue
		}
		if s.role != roleUnknown {
			continue
		}
		if isAgencyOnly(text) && !isPhotoCredit(text) || isSignOff(text) {
			// A credit line after the story ("Reuters", "— AFP"), or a
			// desk's sign-off ("cr/js/sbk", a reporter's e-mail address).
			s.role = roleTail
			a.Tail = append(a.Tail, text)
		}
	}
	// The rule alone is no tail.
	if len(a.Tail) == 1 && isRule(a.Tail[0]) {
		a.Tail = nil
	}
}

// isRule reports whether s is a horizontal rule made of underscores or
// dashes: "___", "-----".
func isRule(s string) bool {
	return len(s) >= 3 && strings.Trim(s, "_-—=*") == ""
}

// isSignOff reports whether s closes a story the way desks sign off:
// editors' initials joined by slashes ("cr/js/sbk", "jm/dl"), or a
// reporter's e-mail address alone.
func isSignOff(s string) bool {
	if len(s) > 60 || strings.ContainsAny(s, " \t") {
		return false
	}
	if at := strings.IndexByte(s, '@'); at > 0 && strings.Contains(s[at:], ".") {
		return true
	}
	parts := strings.Split(s, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p) < 1 || len(p) > 4 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < 'a' || p[i] > 'z' {
				return false
			}
		}
	}
	return true
}
