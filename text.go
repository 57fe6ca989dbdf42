package wirestory

import (
	"bytes"
	"iter"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
)

// maxBlocks is the most blocks read from a page: lines of a text page,
// paragraphs and other block elements of an HTML page. The rest of the
// page is not read. Real pages have a few thousand blocks at most; a page
// of millions of tiny ones ("-" on every line) would otherwise cost
// hundreds of bytes of memory and a microsecond or two for each.
const maxBlocks = 1 << 18

// A page is what a reader found on a page, before the story is assembled:
// its visible blocks in reading order and the metadata it declared.
type page struct {
	blocks []block
	meta   pageMeta
	isText bool // a text page rather than HTML
	// hiddenText is set on an HTML page whose hidden elements hold text
	// that was not read.
	hiddenText bool
	// fewParagraphs is set on an HTML page whose element marked as the
	// story's body holds the headline and little prose: the body may
	// open with a list (opensList).
	fewParagraphs bool
	// headMeta keeps, for each line of a text page's slots, whether the
	// head's readers read it as a meta line (isHeadMeta), read once a
	// page: the headline scorer looks at the same lines more than once.
	headMeta lineMemo
	// reads keeps the head's readings of a text page's lines (see
	// lineReads).
	reads *lineReads
}

// A lineMemo keeps a fact about each line of a page, indexed as its
// slots, so that it is read once a page: 0 is unread, 1 false, 2 true. A
// nil lineMemo keeps nothing.
type lineMemo []int8

// headMetaMemo returns pg's memo of isHeadMeta for n slots, made on first
// use.
func (pg *page) headMetaMemo(n int) lineMemo {
	if len(pg.headMeta) != n {
		pg.headMeta = make(lineMemo, n)
	}
	return pg.headMeta
}

// get returns the fact for line i, calling read when it is not kept yet.
func (lm lineMemo) get(i int, read func() bool) bool {
	if i < 0 || i >= len(lm) {
		return read()
	}
	if lm[i] == 0 {
		lm[i] = 1
		if read() {
			lm[i] = 2
		}
	}
	return lm[i] == 2
}

// pageMeta is the metadata an HTML page declares about itself. Text pages
// have none.
type pageMeta struct {
	headline string // from JSON-LD or og:title
	titleTag string // the <title> element
	// socialTitle is og:title or twitter:title, which may differ from
	// the JSON-LD headline (an SEO headline).
	socialTitle string
	section     string   // article:section, JSON-LD articleSection
	authors     []string // people named as authors
	orgs        []string // organizations named as authors
	published   time.Time
	site        string
	url         string
	language    string
	ogType      string // og:type, lower case
	body        string // JSON-LD articleBody, as a last resort
	// description is the page's summary: og:description, the
	// description meta tag, twitter:description or JSON-LD's.
	description string
	// ldDescription is JSON-LD's description, which some pages fill with
	// the whole story.
	ldDescription string
	ldTypes       []string // the schema.org types of the JSON-LD objects, lower case
}

// A blockKind says what kind of element a block came from.
type blockKind uint8

const (
	kindLine    blockKind = iota // a line of a text page: kind unknown
	kindPara                     // <p> or loose text
	kindHeading                  // <h1>–<h6>
	kindItem                     // <li>, <dt>, <dd>
	kindCaption                  // <figcaption>, <caption>
	kindQuote                    // <blockquote>
)

// A block is one visible block of text on a page: a line of a text page or
// a block element of an HTML page.
type block struct {
	text string // after Clean; never empty
	kind blockKind
	// sig is a hash of the tags and classes of the block's element and
	// its parent (HTML only; see htmlWalker.blockSig).
	sig   uint32
	level int // heading level, 1–6

	// gap is set on a line of a text page that follows a blank line; row
	// on a line that a dump printed as a table's row (see isTableRow), and
	// cell on a line next to a line of tabs (see cellBreak).
	gap, row, cell bool
	// bodyGap is set on a line of a dump written one block per line
	// (inferGaps) where the browser's innerText most likely had a blank
	// line (markLabelGaps); only the body scorer reads it, as it reads gap.
	bodyGap bool
	// inferred is set on a line whose gap inferGaps gave it, on a dump
	// written one block per line: the dump printed no blank line above it
	// (see printedGap).
	inferred bool
	// underProse is set on a line of a dump written one block per line
	// (inferGaps) that is no prose and stands right under a line of
	// prose (spanProbs).
	underProse bool

	// linkLen is how many bytes of text are inside links (HTML only).
	linkLen int

	// hint is what the element's tag, class or id say the block is.
	hint blockHint

	// boiler is set when the block sits in page chrome by its structure
	// (nav, footer, aside, a share bar ...) on an HTML page.
	boiler bool

	// inMain is set on an HTML page for blocks inside the element judged to
	// hold the story.
	inMain bool
	// intro is set on an HTML page for the paragraphs of the story's
	// introduction that a heading or a list sets apart above that
	// element (see markIntro); the body scorer does not see it.
	intro bool

	// marks is what the tags and class words of the block's element and
	// its ancestors say (HTML only).
	marks markSet

	// f is what the text looks like, and listHead whether it heads a list
	// of other stories; see measure.
	f        features
	listHead bool

	tail     tailKind // see tailKind
	tailDone bool

	meta, metaDone bool // see isMeta

	key     string // see chromeKey
	keyDone bool

	picture, pictureDone bool // see pictureCredit
}

// A blockHint is what markup says of a block.
type blockHint uint8

const (
	hintNone     blockHint = iota
	hintByline             // class/rel author or byline
	hintCredit             // class credit or source
	hintDateline           // class dateline
	hintTime               // <time> or class date
	hintHeadline           // the story's <h1>
	hintSection            // class kicker, eyebrow, section
	hintCaption            // class caption
)

// parseTextPage splits a plain-text page into one block per non-empty line.
func parseTextPage(data []byte) *page {
	text := repairDumpMojibake(decodeText(data))
	// Every line but a blank one makes a block (two, rarely): the slice
	// is made once, so that growing it costs no more than the blocks.
	lines := strings.Count(text, "\n") + strings.Count(text, "\r") - strings.Count(text, "\r\n") + 1
	pg := &page{isText: true, blocks: make([]block, 0, min(lines, maxBlocks))}
	gap, inCell := false, false
	for line := range textLines(text) {
		if len(pg.blocks) >= maxBlocks {
			break
		}
		for _, part := range splitBylineRun(line) {
			row := isTableRow(part)
			part = Clean(markNameRun(part))
			if part == "" {
				gap = true
				if cellBreak(line) && len(pg.blocks) > 0 {
					// The cells of a row set on lines of their own.
					pg.blocks[len(pg.blocks)-1].cell, inCell = true, true
				}
				continue
			}
			pg.blocks = append(pg.blocks, block{text: part, kind: kindLine, gap: gap, row: row, cell: inCell})
			gap, inCell = false, false
		}
	}
	pg.blocks = joinWrapped(pg.blocks)
	for i := range pg.blocks {
		pg.blocks[i].measure()
	}
	inferGaps(pg.blocks)
	return pg
}

// isTableRow reports whether a line of a dump is a table's row: a
// browser's innerText parts a row's cells with tabs, so the line holds a
// tab between two cells that hold text.
func isTableRow(line string) bool {
	t := strings.TrimSpace(line)
	i := strings.IndexByte(t, '\t')
	return i > 0 && strings.TrimSpace(t[i:]) != ""
}

// cellBreak reports whether a line of a dump holds nothing but a tab or
// more: innerText parts a row's cells with a tab, and a cell that holds
// a block (a paragraph, a list) sets the tab on a line of its own, so the
// lines above and below are cells of one row. Pages laid out in tables
// print such lines around their menus and headlines too: a cell is no
// table's row.
func cellBreak(line string) bool {
	return strings.IndexByte(line, '\t') >= 0 && strings.TrimSpace(line) == ""
}

// inferGaps marks the blank lines of a dump written one block per line: a
// scraper that wrote it so dropped the blank line that a browser's
// innerText puts around each paragraph, and the scorers read that blank
// line. Such a dump is told by its paragraphs, not by whether it has a
// blank line at all: a stray line of spaces, or a blank line at its top,
// leaves it one block per line. When at least three lines of prose follow
// a line of prose and no more than one in twenty of them has a blank line
// above it (a dump with fewer such lines: when it has no blank line at
// all), each line of prose is taken for a paragraph, with a blank line
// before it; so is a title-shaped line under two of them and over a
// third (a subhead: innerText sets it apart as well), but not a line that
// ends in a comma or a colon ("Hi Jane,", "The minister said:"), which
// leads into the paragraph under it, nor the title of a teaser card, which
// has a single blurb above it; so are the items of a list a paragraph
// leads into with a colon (markListItemGaps). The blank lines the dump
// has are kept; for the body scorer only, the lines around a label inside
// a story get one too (markLabelGaps).
func inferGaps(bs []block) {
	pairs, apart, gaps := 0, 0, false
	for i := range bs {
		gaps = gaps || bs[i].gap
		if i > 0 && bs[i].f.prose && bs[i-1].f.prose {
			pairs++
			if bs[i].gap {
				apart++
			}
		}
	}
	if gaps && (pairs < minRunOnPairs || apart*maxApartShare > pairs) {
		return
	}
	for i := range bs {
		subhead := i > 1 && i+1 < len(bs) && bs[i-2].f.prose && bs[i-1].f.prose && bs[i+1].f.prose && bs[i].f.titleLike
		if !bs[i].gap && (bs[i].f.prose || subhead) {
			bs[i].gap, bs[i].inferred = true, true
		}
	}
	markListItemGaps(bs)
	markLabelGaps(bs)
	markUnderProse(bs)
}

// minRunOnPairs is how many lines of prose right under a line of prose a
// dump with a blank line needs before inferGaps reads it as written one
// block per line; maxApartShare is 1/the share of them that may have a
// blank line above.
const (
	minRunOnPairs = 3
	maxApartShare = 20
)

// joinWrapped joins the lines of a paragraph that a dump broke where the
// page wrapped it (text in <pre>, lines ended by <br>): a line of seven
// words or more that ends no sentence, and the line right after it, with
// no blank line between, of four words or more, that goes on in lower
// case. Menus, headlines and paragraphs do not continue that way.
func joinWrapped(bs []block) []block {
	out := bs[:0]
	var joined strings.Builder
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		j := i
		for j+1 < len(bs) && continues(bs[j].text, bs[j+1]) {
			j++
		}
		if j > i {
			joined.Reset()
			for k := i; k <= j; k++ {
				if k > i {
					joined.WriteByte(' ')
				}
				joined.WriteString(bs[k].text)
			}
			b.text = joined.String()
			i = j
		}
		out = append(out, b)
	}
	return out
}

// continues reports whether next goes on with the sentence that line
// leaves unfinished.
func continues(line string, next block) bool {
	if next.gap || wordCount(line) < 7 || endsLikeSentence(line) || strings.HasSuffix(line, ":") || wordCount(next.text) < 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.text)
	if !unicode.IsLower(r) {
		return false
	}
	// A byline in lower case ("von Jane Roe", "par Jane Roe") is no
	// continuation.
	first, _, _ := strings.Cut(next.text, " ")
	return !slices.Contains(byWords, strings.ToLower(first))
}

// textLines yields the lines of s, each with its line end: "\n", "\r\n"
// or a lone "\r" (old Mac files, some scrapers).
func textLines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			i := strings.IndexAny(s, "\r\n")
			if i < 0 {
				yield(s)
				return
			}
			end := i + 1
			if s[i] == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if !yield(s[:end]) {
				return
			}
			s = s[end:]
		}
	}
}

// splitBylineRun splits a line that opens with a byline run into the story
// by a wide space or a tab, as wire copy prints it ("By SARA LEITCH
// BRUNSWICK, Maine (AP) --"), so that byline and paragraph are read as two
// lines. Clean would close the gap that tells them apart.
func splitBylineRun(line string) []string {
	t := strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(t, "By ") && !strings.HasPrefix(t, "BY ") {
		return []string{line}
	}
	i := strings.Index(t, "  ")
	if j := strings.IndexByte(t, '\t'); j > 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 || i > 80 || strings.TrimSpace(t[i:]) == "" {
		return []string{line}
	}
	return []string{t[:i], t[i:]}
}

// markNameRun puts a pipe between the writers' names of a line that
// lists them parted only by wide spaces, perhaps with the date after the
// last ("Jane Roe  John Doe  Mary Major 8 May, 17:46"), so that the
// byline reader tells where one name ends: Clean closes the wide spaces.
// Every part but the last must be a name of two or three words, and the
// last a name, alone or before a part opening with a digit; any other
// line is returned as it is.
func markNameRun(line string) string {
	t := strings.TrimSpace(line)
	if !strings.Contains(t, "  ") || len(t) > maxMetaLine {
		return line
	}
	var parts []string
	for p := range strings.SplitSeq(t, "  ") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 || len(parts) > 6 {
		return line
	}
	for k, p := range parts {
		f := strings.Fields(p)
		if k == len(parts)-1 {
			// The date after the last name: "Mary Major 8 May".
			for i, w := range f {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
					parts = append(parts[:k], strings.Join(f[:i], " "), strings.Join(f[i:], " "))
					f = f[:i]
					break
				}
			}
		}
		if len(f) < 2 || len(f) > 3 || !isPersonName(strings.Join(f, " ")) {
			return line
		}
	}
	return strings.Join(parts, " | ")
}

// decodeText returns a text page as a string: UTF-16 when it starts with a
// UTF-16 byte-order mark, UTF-8 otherwise (Clean reads invalid bytes as
// Windows-1252).
func decodeText(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewDecoder()
		if out, err := dec.Bytes(data); err == nil {
			return string(out)
		}
	}
	s := string(data)
	if !utf8.ValidString(s) {
		s = toValidUTF8(s)
	}
	return s
}

// maxCaptionWords is the most words of a caption that a credit closes on
// a text page.
const maxCaptionWords = 60

// pictureCreditTags are the labels of a picture's credit that a browser's dump
// sets at the end of its caption, after a comma, a bar, a parenthesis or
// nothing at all: "..., Foto: Jane Roe", "... (Foto: Agency)", "...
// treatmentCredit: Agency".
var pictureCreditTags = []string{"foto:", "fotos:", "bild:", "photo:", "photos:", "credit:", "credits:", "crédit:",
	"crédito:", "image:", "picture:", "zdjęcie:"}

// endsWithLineCredit reports whether a line of a text page is a picture's
// caption that ends with its credit: a copyright mark and a name after
// three words or more ("... im Ziel. © Jane Roe", "... Bild © Agency
// (xy)"), or a credit label and a name ("..., Foto: Jane Roe/Agency",
// "(Foto: AGENCY)"). A story's paragraph does not end with a name so
// marked. The credit is at most maxCreditWords words and ends no
// sentence; a line with a link is a list of sources, not a caption.
func endsWithLineCredit(s string) bool {
	if wordCountUpTo(s, maxCaptionWords+1) > maxCaptionWords || strings.Contains(s, "http") {
		return false
	}
	credit := func(c string) bool {
		c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c), ")"))
		return c != "" && wordCountUpTo(c, maxCreditWords+1) <= maxCreditWords && !strings.ContainsAny(c, ".!?") &&
			!strings.Contains(c, ", ")
	}
	if i := strings.LastIndex(s, "©"); i > 0 {
		return wordCountUpTo(s[:i], 3) >= 3 && credit(s[i+len("©"):])
	}
	l := strings.ToLower(s)
	for _, label := range pictureCreditTags {
		i := strings.LastIndex(l, label)
		if i < 0 || !credit(s[i+len(label):]) {
			continue
		}
		if strings.TrimLeft(s[:i], "( ") == "" {
			return true
		}
		// The label opens a word: after a space, a comma, a bar or a
		// parenthesis, or glued in capitals to the caption's last word or number
		// ("rabbitCredit:").
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		first, _ := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(prev) || strings.ContainsRune(",(|;", prev) || (unicode.IsLower(prev) || unicode.IsDigit(prev)) && unicode.IsUpper(first) {
			return true
		}
	}
	return false
}

// isLabelCreditOnly reports whether a line of a text page is a picture's
// credit and nothing else, opened by a credit label: "(Foto: Agency)",
// "Bild: Jane Roe/Agency". Its caption is the line above.
func isLabelCreditOnly(s string) bool {
	t := strings.ToLower(strings.TrimLeft(s, "( "))
	for _, label := range pictureCreditTags {
		if strings.HasPrefix(t, label) {
			return endsWithLineCredit(s)
		}
	}
	return false
}
