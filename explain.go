package wirestory

import (
	"fmt"
	"io"
	"strings"
)

// This file explains how a page was read: each block with the role it got
// and why. The roles are the ones Parse assigns (story.go); the reasons are
// read back from the blocks' features and the rules that take them, in the
// order those rules run, so that story.go keeps no record of its own.

// A Role is what a block of a page was taken to be when its story was read.
type Role string

// The roles of a page's blocks.
const (
	RoleHead    Role = "head"    // above the body: headline, section, byline, credit, date, dateline
	RoleBody    Role = "body"    // a paragraph of the story
	RoleSubhead Role = "subhead" // a subheading inside the story
	RoleTail    Role = "tail"    // a line that closes the story: "(Reporting by ...)", a copyright notice
	RoleChrome  Role = "chrome"  // the site's navigation, labels, promos, share bars, adverts
	RoleTeaser  Role = "teaser"  // part of a list of other stories
	RoleCaption Role = "caption" // a picture's caption or credit
	RoleJunk    Role = "junk"    // no letters or digits
	RoleOther   Role = "other"   // none of these and not in the story: outside its body
)

// A Block is one visible block of a page, as Parse reads it: a line of a
// text page, or a paragraph, heading, list item or other block element of
// an HTML page.
type Block struct {
	// Text is the block's text, after [Clean].
	Text string
	// Kind is what the block came from: "line" (a line of a text page),
	// "p", "h1" to "h6", "li", "caption" or "blockquote".
	Kind string
	// Role is what the block was taken to be.
	Role Role
	// Reason says in a few words why: "lexicon: a site label or promo",
	// "in page chrome by its markup (nav, footer, aside ...)",
	// "the headline".
	Reason string
	// Score is the body scorer's probability, from 0 to 1, that the
	// block is part of the story's body, as it weighed when the body was
	// chosen (see the package documentation).
	Score float64
}

// Explain reads a page as [Parser.ParsePage] does and returns its blocks in
// reading order, each with the role it got and the reason: the answer to
// "why was this line dropped?". The paragraphs of the Article that
// ParsePage returns are the blocks with RoleBody and RoleSubhead, in order
// (the first without its dateline, the last without a signature glued to
// it). Only the first 262,144 blocks of a page are read, as by Parse.
//
// Explain returns the errors ParsePage returns, except for a page that has
// blocks but no story: it returns those blocks, none of them body, and a
// nil error. It is meant for people looking at one page; it costs a little
// more than Parse.
func (p *Parser) Explain(r io.Reader, info PageInfo) ([]Block, error) {
	if r == nil {
		return nil, errNilReader
	}
	data, err := p.read(r)
	if err != nil {
		return nil, err
	}
	if looksBinary(data) {
		return nil, ErrNoArticle
	}
	contentType := info.ContentType
	if contentType == "" {
		contentType = p.ContentType
	}
	pg, rd := readStory(data, contentType, &trainedBody)
	if len(pg.blocks) == 0 {
		return nil, ErrNoArticle
	}
	a, ss, start, end := rd.article, rd.ss, rd.start, rd.end
	blocks := make([]Block, len(ss))
	inBody, last := 0, -1
	for i := range ss {
		role, reason := explainSlot(ss, i, start, end, a)
		blocks[i] = Block{Text: ss[i].text, Kind: ss[i].kindName(), Role: role, Reason: reason, Score: float64(ss[i].prob)}
		if role == RoleBody || role == RoleSubhead {
			inBody++
			last = i
		}
	}
	if rd.notStory {
		// The page has a body, but reads as another kind of page: none of
		// it is a story's.
		for i := range blocks {
			switch blocks[i].Role {
			case RoleHead, RoleBody, RoleSubhead, RoleTail:
				blocks[i].Role = RoleOther
				blocks[i].Reason = "the page reads as something other than a story (a product, listing, forum, service or documentation page), so it gives no article"
			}
		}
		return blocks, nil
	}
	// readBody drops a subhead that no paragraph follows.
	if inBody > len(a.Paragraphs) && last >= 0 && blocks[last].Role == RoleSubhead {
		blocks[last].Role = RoleOther
		blocks[last].Reason = "a subhead with no paragraph after it: not the story's"
	}
	return blocks, nil
}

// kindName names the element a block came from.
func (b *block) kindName() string {
	switch b.kind {
	case kindPara:
		return "p"
	case kindHeading:
		if b.level >= 1 && b.level <= 6 {
			return fmt.Sprintf("h%d", b.level)
		}
		return "h"
	case kindItem:
		return "li"
	case kindCaption:
		return "caption"
	case kindQuote:
		return "blockquote"
	}
	return "line"
}

// explainSlot returns the public role of block i and why it got it.
func explainSlot(ss []slot, i, start, end int, a *Article) (Role, string) {
	s := &ss[i]
	switch s.role {
	case roleJunk:
		return RoleJunk, "no letters or digits"
	case roleChrome:
		return RoleChrome, chromeReason(ss, i, start, end)
	case roleTeaser:
		return RoleTeaser, teaserReason(ss, i)
	case roleCaption:
		return RoleCaption, captionReason(ss, i)
	case roleBody:
		return RoleBody, bodyReason(ss, i, start, end, a)
	case roleSubhead:
		switch {
		case s.kind == kindHeading:
			return RoleSubhead, "a heading inside the story"
		case isTimeStamp(s.text):
			return RoleSubhead, "a time of day heading an update inside the story"
		}
		return RoleSubhead, "a short headline-shaped line inside the story"
	case roleTail:
		return RoleTail, tailReason(s)
	case roleMeta:
		return RoleHead, headReason(ss, i, a)
	}
	return RoleOther, otherReason(ss, i, start, end)
}

// linkHeavy reports whether a block is mostly link text, as classifyPage
// reads it: a teaser or a navigation entry.
func linkHeavy(s *slot) bool {
	return s.linkLen*2 > len(s.text) && !(s.f.prose && s.f.words >= 8 && s.linkLen*4 < len(s.text)*3) &&
		s.hint != hintByline && s.hint != hintCredit && s.hint != hintSection && s.hint != hintTime
}

func linkShare(s *slot) string {
	return fmt.Sprintf("%d%% of it", 100*s.linkLen/max(1, len(s.text)))
}

func chromeReason(ss []slot, i, start, end int) string {
	s := &ss[i]
	switch {
	case s.boiler:
		return "in page chrome by its markup (nav, footer, aside ...)"
	case s.listHead:
		return "a list heading: a list of other stories follows"
	case isChromeText(s.text, s.f.sentence) && s.tailKind() == tailNone:
		return "lexicon: a site label or promo"
	case linkHeavy(s):
		return "mostly link text (" + linkShare(s) + "): navigation"
	case s.tailKind() == tailCopyright && start >= 0 && start <= i && i <= end:
		return "the site's own copyright line (names no agency)"
	case s.kind == kindLine && s.f.prose && repeatsEarlier(ss, i):
		return "repeats an earlier line word for word"
	case s.tailKind() == tailSignature && start >= 0 && start <= i && i <= end:
		return "an agency's signature that more of the story follows: it closes a box or another story"
	case s.kind == kindLine && isPictureLead(s.text):
		return "a picture's label: its caption follows"
	case s.kind == kindLine && inTableOfContents(ss, i):
		return "in a table of contents: the line stands again further down"
	case s.kind == kindLine && inPromoBox(ss, i):
		return "in a promo box between two promo labels (a newsletter's name and pitch)"
	case s.kind == kindLine && inTeaserRun(ss, i):
		return "in a run of other stories' headlines under a short label, set into the story"
	case inTeaserGroup(ss, i):
		return "in a group of other stories' headlines packed between two of the story's paragraphs"
	case s.kind == kindLine && inLeadBox(ss, i, start, end):
		return "in a box between the story's first paragraph, under its head, and the rest (job ads, another story's teaser)"
	}
	return "page chrome"
}

// captionElsewhere reports whether the text of block i is a caption at
// another place on the page.
func captionElsewhere(ss []slot, i int) bool {
	for j := range ss {
		if j != i && ss[j].role == roleCaption && ss[j].text == ss[i].text {
			return true
		}
	}
	return false
}

// repeatsEarlier reports whether the text of block i stands earlier on the
// page.
func repeatsEarlier(ss []slot, i int) bool {
	for j := range i {
		if ss[j].text == ss[i].text {
			return true
		}
	}
	return false
}

func teaserReason(ss []slot, i int) string {
	s := &ss[i]
	switch {
	case s.kind == kindLine && isGluedTeaser(s.text):
		return "a teaser's headline and blurb glued together"
	case linkHeavy(s):
		return "a link to another page (" + linkShare(s) + " link text)"
	case s.kind == kindLine && i > 0 && isDurationLabel(chromeKey(ss[i-1].text)):
		return "a video's title under its length"
	case inDatedTeaser(ss, i):
		return "another story's card set into the story: a headline over its date alone"
	case inAcrossBox(ss, i):
		return "a headline of a box of other stories set into the story with no label"
	}
	for j := i; j < len(ss) && j <= i+3 && ss[j].role == roleTeaser; j++ {
		if dateLabel(ss[j].text) != "" {
			return "the head of a second story the page runs on into (its bylines and date line)"
		}
	}
	// Under a list heading, within the reach of markListAfter.
	for j := i - 1; j >= 0 && j >= i-maxListScan; j-- {
		if ss[j].listHead && ss[j].role == roleChrome {
			return fmt.Sprintf("in the list of other stories under %q", shorten(ss[j].text, 40))
		}
		if ss[j].role != roleTeaser && ss[j].role != roleJunk && ss[j].role != roleChrome && ss[j].role != roleCaption {
			break
		}
	}
	switch {
	case isBlurb(slot{block: s.block, role: roleUnknown}):
		return "a cut-off blurb (ends in an ellipsis) after a headline"
	case s.f.titleLike:
		return "a headline followed by a cut-off blurb"
	}
	return "part of a teaser: a caption or kicker beside other teasers"
}

func captionReason(ss []slot, i int) string {
	s := &ss[i]
	t := s.text
	switch {
	case s.kind == kindCaption:
		return "a <figcaption> or <caption>"
	case s.hint == hintCaption:
		return "marked as a caption by its class"
	case endsWithPictureCredit(t):
		return "ends with a picture credit"
	case isCreditOnly(t) || isPhotoCredit(t):
		return "a picture credit"
	case strings.HasPrefix(t, "Above: ") || strings.HasPrefix(t, "Top: "):
		return "says where the picture is"
	case strings.HasSuffix(t, ". less") || strings.HasSuffix(t, "... more") || strings.HasSuffix(t, "… more"):
		return "ends with a gallery's more/less toggle"
	case i+1 < len(ss) && ss[i+1].role == roleCaption && ss[i+1].kind == kindLine && isCreditOnly(ss[i+1].text):
		return "the caption of the picture credit below it"
	case i > 0 && isPictureAgencyLine(ss[i-1].text, t):
		return "an agency's name alone under a caption: the picture's credit"
	case i+1 < len(ss) && isPictureAgencyLine(t, ss[i+1].text):
		return "the caption of the picture agency named below it"
	case i+2 < len(ss) && ss[i+1].role == roleCaption && parseDateText(ss[i+1].text).ok && isCreditOnly(ss[i+2].text):
		return "the caption of the picture whose date and credit follow"
	case parseDateText(t).ok && i+1 < len(ss) && isCreditOnly(ss[i+1].text):
		return "the date of the picture credited below it"
	case captionElsewhere(ss, i):
		return "the same text is a caption elsewhere on the page"
	case i > 0 && isCreditOnly(ss[i-1].text):
		return "the caption of the picture credit above it"
	case endsWithSourceNote(t):
		return "a video's description, with its source, under the player"
	case s.kind == kindLine && isLabelCreditOnly(t):
		return "a picture credit"
	case s.kind == kindLine && endsWithLineCredit(t):
		return "ends with a picture credit"
	case i+1 < len(ss) && ss[i+1].kind == kindLine && isLabelCreditOnly(ss[i+1].text):
		return "the caption of the picture credit below it"
	case s.kind == kindLine && s.gap && i+1 < len(ss) && ss[i+1].role == roleCaption && figureCreditShape(&ss[i+1]):
		return "the caption of the name tight under it, its credit"
	case s.kind == kindLine && i > 0 && ss[i-1].role == roleCaption && figureCreditShape(s):
		return "a name tight under a caption: its credit"
	}
	for j := i - 1; j >= 0 && (ss[j].role == roleJunk || ss[j].role == roleChrome); j-- {
		if isPictureLead(ss[j].text) {
			return "the caption after a picture's label"
		}
	}
	return "a caption"
}

func bodyReason(ss []slot, i, start, end int, a *Article) string {
	s := &ss[i]
	var why string
	switch {
	case s.f.prose:
		why = "a paragraph of the story's body"
	default:
		why = "a short line inside the story, kept (when in doubt a line is kept)"
	}
	if i < start {
		why = "the story's lead, set apart above the body: the page's description repeats it"
	}
	if i == start {
		why = fmt.Sprintf("first paragraph of the body (blocks %d-%d: the stretch the scorer and the rules find likeliest)", start+1, end+1)
		if a.Dateline.Text != "" {
			why += fmt.Sprintf(", with the dateline %q", shorten(a.Dateline.Text, 40))
		}
	}
	if s.inMain && i != start {
		why += ", inside the element that holds the story"
	}
	return why
}

func tailReason(s *slot) string {
	if isRule(s.text) {
		return "a rule before the story's notes"
	}
	switch s.tailKind() {
	case tailReporting:
		return "a reporting or editing credit"
	case tailCopyright:
		return "an agency's copyright notice"
	case tailCorrection:
		return "a correction"
	case tailSignature:
		return "an agency's sign-off"
	case tailNote:
		return "a note after the story"
	}
	if isSignOff(s.text) {
		return "a desk's sign-off or the reporter's address"
	}
	return "an agency credit after the story"
}

func headReason(ss []slot, i int, a *Article) string {
	s := &ss[i]
	t := s.text
	switch {
	case cutAtWord(t, maxHeadlineLen) == a.Headline: // cut when too long
		return "the headline"
	case a.Section != "" && (t == a.Section || sectionLabel(t) == a.Section):
		return "the section label"
	case a.Dateline.Text != "" && strings.HasPrefix(a.Dateline.Text, t):
		return "the dateline, printed on a line of its own"
	}
	if _, ok := parseCreditLine(t); ok {
		if a.Credit == t {
			return "the credit line"
		}
		return "a byline or credit line"
	}
	if parseDateText(t).ok {
		return "the date"
	}
	if ml, ok := readMetaLine(t); ok && ml.creditText != "" && ml.date.ok {
		return "a byline and a date"
	}
	for _, n := range a.Byline {
		if strings.Contains(t, n) {
			return "the byline"
		}
	}
	if i > 0 && parseDateText(ss[i-1].text+" "+t).ok || i+1 < len(ss) && parseDateText(t+" "+ss[i+1].text).ok {
		return "the date, broken over two lines"
	}
	if s.f.titleLike {
		return "headline-shaped line above the story (the page's metadata gives the headline)"
	}
	return "part of the story's head"
}

func otherReason(ss []slot, i, start, end int) string {
	s := &ss[i]
	switch {
	case start < 0:
		if s.f.prose {
			return "prose, but the page has no story (no run of prose found)"
		}
		return "the page has no story (no run of prose found)"
	case i < start:
		if s.f.prose {
			return "prose above the story's body, apart from it (a standfirst, a teaser, another story)"
		}
		return "above the story, not read as headline, byline, credit or date"
	case i > end:
		switch k, ags := classifyTail(s.text); {
		case k == tailCopyright && len(ags) == 0:
			return "the site's own copyright line (names no agency)"
		case k != tailNone:
			return "a tail line, but too far below the story (past ten lines, or a list of other stories)"
		}
		if s.f.prose {
			return "prose below the story's body, apart from it (another story, a promo, comments)"
		}
		return "below the story, not read as a tail"
	}
	return "inside the body's span but left out of it"
}

// shorten cuts s to at most n runes, marking a cut with an ellipsis.
func shorten(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
