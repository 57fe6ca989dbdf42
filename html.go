package wirestory

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// This file reads an HTML page into blocks. It walks the token stream of
// golang.org/x/net/html once, without building a DOM: it keeps a stack of
// open elements and a flat table of the elements it has seen (tag, parent,
// what their class and id say), and it cuts the text into a block at every
// block-level tag. The story's container is chosen afterwards from that
// table (see findMain).

// An element is one element of the page, as far as block extraction cares.
type element struct {
	parent int32 // index in htmlWalker.elems, -1 for the root
	tag    atom.Atom
	flags  elemFlags
	hint   blockHint
	block  bool    // a block-level element (blockTags)
	marks  markSet // the element's own and its ancestors'
	// own is classSig of the element's tag and class; a block's sig
	// (blockSig) hashes its element's and the parent's, so paragraphs of
	// one story split over sibling boxes share it.
	own uint32
	// end is the index of the element's last descendant (its own index
	// if it has none): elements are numbered in document order, so an
	// element's descendants are the elements from it to end. Filled in by
	// findMain; it makes isInside constant-time.
	end int32
	// prose is how many bytes of prose the element holds, and blocks how
	// many blocks; both are filled in by findMain.
	prose, blocks int
}

// A markSet says what an element and the elements around it are, by their
// tags and the words of their classes and ids, for the body scorer: finer
// than the chrome and body flags, and with no verdict of its own.
type markSet uint16

const (
	markArticle     markSet = 1 << iota // <article>, or marked as the story's body
	markMain                            // <main>, role=main
	markAside                           // <aside>, role=complementary
	markHeader                          // <header>
	markFooter                          // <footer>
	markNav                             // <nav>, <menu>, role=navigation
	markForm                            // <form>
	markTable                           // a table cell
	markContentWord                     // a class or id word: content, entry, post, story, text, body ...
	markSideWord                        // sidebar, widget, rail ...
	markListWord                        // related, recommended, teaser, card, list, popular ...
	markCommentWord                     // comment, reply, discussion ...
	markSocialWord                      // share, social, follow ...
	markAdWord                          // ad, advert, sponsor, promo, banner ...
	markMetaWord                        // meta, byline, author, date, info, tags ...
	numMarks        = 15
)

// markWords are the class and id word parts behind the word marks.
var markWords = map[string]markSet{
	"content": markContentWord, "entry": markContentWord, "post": markContentWord, "story": markContentWord,
	"text": markContentWord, "body": markContentWord, "article": markContentWord, "main": markContentWord,
	"prose": markContentWord, "copy": markContentWord, "paragraph": markContentWord, "rte": markContentWord,
	"sidebar": markSideWord, "widget": markSideWord, "rail": markSideWord, "aside": markSideWord,
	"related": markListWord, "recommended": markListWord, "teaser": markListWord, "card": markListWord,
	"list": markListWord, "popular": markListWord, "trending": markListWord, "more": markListWord,
	"feed": markListWord, "grid": markListWord, "tile": markListWord, "stream": markListWord,
	"comment": markCommentWord, "comments": markCommentWord, "reply": markCommentWord, "replies": markCommentWord,
	"discussion": markCommentWord, "forum": markCommentWord,
	"share": markSocialWord, "social": markSocialWord, "follow": markSocialWord, "sharing": markSocialWord,
	"ad": markAdWord, "ads": markAdWord, "advert": markAdWord, "advertisement": markAdWord, "sponsor": markAdWord,
	"sponsored": markAdWord, "promo": markAdWord, "banner": markAdWord, "newsletter": markAdWord,
	"meta": markMetaWord, "byline": markMetaWord, "author": markMetaWord, "date": markMetaWord,
	"info": markMetaWord, "tags": markMetaWord, "tag": markMetaWord, "time": markMetaWord,
}

// elemFlags say what an element's tag, class, id and attributes mark it as.
type elemFlags uint16

const (
	flagBoiler   elemFlags = 1 << iota // chrome by its tag or class (nav, share bar ...)
	flagHidden                         // not shown: hidden, aria-hidden, display:none
	flagBody                           // marked as the story's body (itemprop=articleBody, article-body ...)
	flagFigure                         // a <figure>: its text is a caption
	flagLink                           // an <a> with an href
	flagComments                       // a comments section or a consent box: chrome that is never lifted
	flagPanel                          // a hidden panel a toggle shows (accordion): read, but not counted to find the story's element
	flagToggle                         // shows or hides a panel: aria-expanded
)

// htmlWalker holds the state of one walk over a page.
type htmlWalker struct {
	// showHidden reads the text of hidden elements too; hiddenText is set
	// when hidden elements held text that was not read.
	showHidden, hiddenText bool
	// fewParagraphs is set by findMain when the element marked as the
	// story's body holds the headline but little prose (see
	// bodyHoldsHeadline): its story may be a list.
	fewParagraphs bool

	// The walk fills table, blockList and elOf; findMain reads them as
	// slices: elems, blocks and blockEl.
	table     chunkList[element]
	blockList chunkList[block]
	elOf      chunkList[int32] // element of each block
	elems     []element
	blocks    []block
	blockEl   []int32

	stack []int32 // open elements, innermost last
	// A toggle (a button or another element with aria-expanded) closed
	// when the stack was toggleDepth deep, toggleBlocks blocks into the
	// page; the stack has been as shallow as toggleLow since (see
	// afterToggle).
	toggleDepth, toggleLow, toggleBlocks int
	buttonToggles                        bool // the button being skipped has aria-expanded
	// lastRef is the last element a block refers to (blockEl, bufElem):
	// elements after it that close holding nothing are dropped (popTo).
	lastRef int32

	// The block being read.
	buf      []byte
	bufLinks int
	// bufLead is how many bytes at the start of the block are the text of
	// an inline element marked as a dateline ("<span
	// class="location">PARIS</span> The ..."), or 0; see markupDateline.
	bufLead int
	leadEl  int32
	bufElem int32 // innermost block-level element the text is in

	// Metadata.
	title     []byte
	inTitle   bool
	jsonLD    [][]byte
	inJSONLD  bool
	jsonLDLen int // bytes of JSON-LD kept, in all scripts
	metas     map[string]string
	canonical string
	lang      string
	times     []string // datetime attributes of <time> elements

	// classCache holds what tokenWords said of each class and id word
	// seen on this page: pages repeat a few hundred words thousands of
	// times.
	classCache map[string]classWord
}

// maxStack bounds the element stack: deeper elements are read as if they
// were children of the deepest one kept, so hostile nesting costs neither
// memory nor time.
const maxStack = 1024

// maxElements bounds the elements kept in the table. Elements that hold no
// block are dropped when they close, so real pages keep a few thousand;
// past maxElements, as past maxBlocks, the rest of the page is not read.
const maxElements = 4 * maxBlocks

// maxUpWalk bounds the walks from an element or a text node up through its
// ancestors that are done once per block or per text node (the nearest
// block-level element, the chrome mark that holds the story), as closeTo
// and pop bound theirs to 64: with maxStack levels of nesting they would
// otherwise cost maxStack steps for every few bytes of input.
const maxUpWalk = 64

// parseHTMLPage reads an HTML page into blocks and metadata.
func parseHTMLPage(data []byte, contentType string) *page {
	return walkHTML(prepareHTML(data, contentType), false)
}

// prepareHTML decodes a page to UTF-8 and cuts the contents of its scripts
// and styles, for walkHTML. It may change data in place.
func prepareHTML(data []byte, contentType string) []byte {
	return stripRawText(decodeHTML(data, contentType))
}

// walkHTML reads a prepared page into blocks and metadata. With showHidden
// it also reads the elements the page hides (hidden, aria-hidden,
// display:none, "sr-only"): pages built by scripts keep their story in
// hidden elements until a script shows it.
func walkHTML(data []byte, showHidden bool) *page {
	w := &htmlWalker{metas: make(map[string]string), showHidden: showHidden, lastRef: -1}
	w.walk(data)
	w.elems, w.blocks, w.blockEl = w.table.slice(), w.blockList.slice(), w.elOf.slice()
	w.table, w.blockList, w.elOf = chunkList[element]{}, chunkList[block]{}, chunkList[int32]{}
	pg := &page{blocks: w.blocks, meta: w.meta(), hiddenText: w.hiddenText}
	w.findMain(pg.blocks)
	pg.fewParagraphs = w.fewParagraphs
	return pg
}

// decodeHTML converts a page to UTF-8. A byte-order mark or the
// Content-Type's charset decides; failing those, a page that is valid UTF-8
// is read as UTF-8 whatever it declares (pages often declare Latin-1 and
// are UTF-8); otherwise the page's <meta> declaration, sought in its first
// 64 KiB rather than the first 1 KiB a browser looks at, decides, and
// Windows-1252 is the last resort.
func decodeHTML(data []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain {
		if utf8.Valid(data) {
			return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		}
		if label := metaCharset(data); label != "" {
			if e, n := charset.Lookup(label); e != nil {
				enc, name = e, n
			}
		}
	}
	if name == "utf-8" || enc == nil {
		return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return data
	}
	return out
}

// metaCharset returns the charset a page declares in a <meta> tag within
// its first 64 KiB, or "".
func metaCharset(data []byte) string {
	head := data[:min(len(data), 64<<10)]
	// Each byte is searched a bounded number of times, whatever the page:
	// exact is cleared when no lower-case "charset=" is left, and lt is the
	// last '<' before off.
	exact, lt := true, -1
	for off := 0; off < len(head); {
		i := -1
		if exact {
			if i = bytes.Index(head[off:], []byte("charset=")); i < 0 {
				exact = false
			}
		}
		if i < 0 {
			i = indexFold(head[off:], "charset=")
			if i < 0 {
				return ""
			}
		}
		j := off + i + len("charset=")
		if k := bytes.LastIndexByte(head[off:j], '<'); k >= 0 {
			lt = off + k
		}
		off = j
		// Only inside a <meta> tag.
		if lt < 0 || !bytes.HasPrefix(bytes.ToLower(head[lt:min(lt+5, len(head))]), []byte("<meta")) {
			continue
		}
		for j < len(head) && (head[j] == '"' || head[j] == '\'' || head[j] == ' ') {
			j++
		}
		k := j
		for k < len(head) && k-j < 40 && (isASCIILetter(head[k]) || isDigit(head[k]) || head[k] == '-' || head[k] == '_' || head[k] == ':' || head[k] == '.') {
			k++
		}
		if k > j {
			return string(head[j:k])
		}
	}
	return ""
}

// indexFold is bytes.Index ignoring ASCII case, for a lower-case needle.
func indexFold(s []byte, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		ok := true
		for k := 0; k < len(needle); k++ {
			c := s[i+k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// stripRawText removes, in place, the contents of <script> elements (but
// JSON-LD) and <style> elements: modern pages carry more script than text,
// and the tokenizer would read every byte of it for nothing. Only the
// lower-case and upper-case spellings of the tags are looked for; an
// element written otherwise is left to the tokenizer, which skips it too.
// data must belong to the caller of Parse's read, never to its caller.
//
// The scan is linear whatever the page: the start tags are sought in one
// pass over the '<' of the page, the end of an element from the end of its
// start tag on, and no tag is looked for inside a start tag or an element
// already read (see rawTextScan for the end tags' spellings).
func stripRawText(data []byte) []byte { return stripRawTextKeep(data, nil) }

// stripRawTextKeep is stripRawText that gives the contents of the scripts
// it cuts to st, which keeps those that may hold a story (scriptstory.go).
func stripRawTextKeep(data []byte, st *scriptStash) []byte {
	s := rawTextScan{data: data}
	for k := range s.next {
		s.next[k] = -1
	}
	out := data[:0]
	i := 0   // data[:i] is in out
	pos := 0 // where the search for the next start tag goes on
	for {
		start, k := nextRawOpen(data, pos)
		if k < 0 {
			break
		}
		after := start + len(rawOpen[k])
		pos = start + 1
		if after >= len(data) || !isTagNameEnd(data[after]) {
			continue
		}
		end := bytes.IndexByte(data[after:], '>')
		if end < 0 {
			break
		}
		end += after + 1 // after the start tag
		pos = end        // a "<script" inside the start tag starts no tag
		c := s.endTag(k, end)
		if c < 0 {
			break
		}
		pos = c // a JSON-LD script is kept, and holds no tag either
		if k < 2 && indexFold(data[start:end], "ld+json") >= 0 {
			continue
		}
		if k < 2 && st != nil {
			st.add(data[end:c])
		}
		out = append(out, data[i:end]...)
		i = c // the end tag stays
	}
	return append(out, data[i:]...)
}

// nextRawOpen returns the offset of the first start tag of rawOpen at or
// after pos in data and its index in rawOpen, or -1, -1.
func nextRawOpen(data []byte, pos int) (int, int) {
	for pos < len(data) {
		j := bytes.IndexByte(data[pos:], '<')
		if j < 0 {
			break
		}
		pos += j + 1
		if pos == len(data) || data[pos] != 's' && data[pos] != 'S' {
			continue
		}
		for k, p := range rawOpen {
			if bytes.HasPrefix(data[pos:], []byte(p[1:])) {
				return pos - 1, k
			}
		}
	}
	return -1, -1
}

// rawOpen are the start tags stripRawText looks for, scripts first;
// rawTextPats holds them, then their end tags in the same order. Patterns
// 2k and 2k+1 are the two spellings of one tag.
var (
	rawOpen     = [...]string{"<script", "<SCRIPT", "<style", "<STYLE"}
	rawTextPats = [...]string{"<script", "<SCRIPT", "<style", "<STYLE", "</script", "</SCRIPT", "</style", "</STYLE"}
)

// rawTextScan finds the patterns of rawTextPats in data. next[k] is the
// offset of the occurrence of pattern k last found, -1 before the first
// search and -2 when there is none left. As long as the callers ask for
// offsets at or after a growing one, each pattern's searches cover
// disjoint stretches of data.
type rawTextScan struct {
	data []byte
	next [len(rawTextPats)]int
}

// find returns the offset of the first occurrence of pattern k at or after
// from, or -1.
func (s *rawTextScan) find(k, from int) int {
	if s.next[k] >= from {
		return s.next[k]
	}
	if s.next[k] == -2 || from > len(s.data) {
		return -1 // not found before: it is in no later stretch either
	}
	j := bytes.Index(s.data[from:], []byte(rawTextPats[k]))
	if j < 0 {
		s.next[k] = -2
		return -1
	}
	s.next[k] = from + j
	return s.next[k]
}

// endTag returns the offset of the end tag that closes the element of
// rawOpen[k] whose start tag ends at from, or -1 when the element runs to
// the end of the page. That is the first end tag of its name in any
// spelling ("</Script>" too), as long as one in lower or upper case follows
// somewhere: an element with neither runs to the end of the page.
func (s *rawTextScan) endTag(k, from int) int {
	name := rawOpen[k][1:]
	for p := from; p < len(s.data); {
		j := bytes.Index(s.data[p:], []byte("</"))
		if j < 0 {
			break
		}
		p += j + 2
		if len(s.data)-p < len(name) || !bytes.EqualFold(s.data[p:p+len(name)], []byte(name)) {
			continue
		}
		if w := string(s.data[p : p+len(name)]); w == rawOpen[k&^1][1:] || w == rawOpen[k|1][1:] {
			return p - 2
		}
		// A spelling in mixed case: it ends the element when one in lower
		// or upper case follows.
		if s.find(len(rawOpen)+(k&^1), p) < 0 && s.find(len(rawOpen)+(k|1), p) < 0 {
			return -1
		}
		return p - 2
	}
	return -1
}

// isTagNameEnd reports whether c ends a tag name.
func isTagNameEnd(c byte) bool {
	return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'
}

// blockTags are the elements that start a new block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Caption: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Main: true, atom.Blockquote: true,
	atom.Figure: true, atom.Figcaption: true, atom.Pre: true, atom.Hr: true, atom.Br: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Center: true, atom.Body: true,
	atom.Form: true, atom.Fieldset: true, atom.Legend: true, atom.Dialog: true, atom.Menu: true,
	atom.Html: true, atom.Iframe: true, atom.Img: true, atom.Video: true, atom.Audio: true,
	atom.Picture: true, atom.Hgroup: true, atom.Option: true, atom.Select: true, atom.Button: true,
	atom.Label: true, atom.Input: true, atom.Textarea: true,
}

// skipTags are elements whose content is never story text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Select: true, atom.Option: true, atom.Textarea: true, atom.Button: true, atom.Head: false,
	atom.Video: true, atom.Audio: true, atom.Map: true,
}

// rawTextTags are the elements whose start tag makes the tokenizer read
// what follows as text, up to their end tag.
var rawTextTags = map[atom.Atom]bool{
	atom.Title: true, atom.Textarea: true, atom.Style: true, atom.Script: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// voidTags have no end tag.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// A tagKind says which of blockTags, skipTags, rawTextTags and voidTags
// hold a tag: the walker looks a tag up once, not in each set.
type tagKind uint8

const (
	tagBlock tagKind = 1 << iota
	tagSkip
	tagRawText
	tagVoid
)

// tagKinds holds the tagKind of every tag in the four sets.
var tagKinds = func() *tagKindTable {
	t := &tagKindTable{}
	for _, set := range [...]struct {
		tags map[atom.Atom]bool
		kind tagKind
	}{{blockTags, tagBlock}, {skipTags, tagSkip}, {rawTextTags, tagRawText}, {voidTags, tagVoid}} {
		for a, ok := range set.tags {
			if ok {
				t.add(a, set.kind)
			}
		}
	}
	return t
}()

// A tagKindTable maps tags to their tagKind: a table open to probing by a
// multiplicative hash, which the walker reads for every tag (a map's
// lookup cost several times as much). It is built once and only read.
type tagKindTable struct {
	tags  [256]atom.Atom // 0: an empty slot
	kinds [256]tagKind
}

func tagSlot(a atom.Atom) uint32 { return uint32(a) * 0x9e3779b1 >> 24 }

// add adds kind to the kinds of tag a, which is not 0. The table holds
// fewer tags than slots.
func (t *tagKindTable) add(a atom.Atom, kind tagKind) {
	i := tagSlot(a)
	for t.tags[i] != 0 && t.tags[i] != a {
		i = (i + 1) % uint32(len(t.tags))
	}
	t.tags[i] = a
	t.kinds[i] |= kind
}

// of returns the tagKind of tag a: 0 for a tag in none of the sets.
func (t *tagKindTable) of(a atom.Atom) tagKind {
	if a == 0 {
		return 0
	}
	for i := tagSlot(a); ; i = (i + 1) % uint32(len(t.tags)) {
		switch t.tags[i] {
		case a:
			return t.kinds[i]
		case 0:
			return 0
		}
	}
}

func (w *htmlWalker) walk(data []byte) {
	z := newTokenizer(data)
	skip := 0 // depth inside skipTags
	// skipRoot is the element that started the skipped stretch. A form
	// control cannot hold another or a block, so a <button> left open ends
	// where a browser ends it: at the next <button>, or at the end of an
	// element that was open before it.
	var skipRoot atom.Atom
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush()
			return
		case html.TextToken:
			if w.inTitle {
				w.title = append(w.title, z.Text()...)
				continue
			}
			if w.inJSONLD {
				w.addJSONLD(z.Raw())
				continue
			}
			if skip > 0 {
				continue
			}
			if w.hidden() {
				w.hiddenText = w.hiddenText || len(bytes.TrimSpace(z.Text())) > 0
				continue
			}
			w.text(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			a := rawTagAtom(z.Raw())
			k := tagKinds.of(a)
			if tt == html.SelfClosingTagToken && k&tagRawText != 0 && skip > 0 {
				// "<title/>" in an SVG icon: the tokenizer would read
				// the rest of the page as the title's text. Inside SVG and
				// MathML (skipped) a self-closing tag is closed; in HTML
				// "<script/>" opens a script, as in a browser.
				z.NextIsNotRawText()
			}
			if (a == atom.Td || a == atom.Th) && len(w.buf) > 0 && skip == 0 {
				// The cells of a table row are one block, a space apart.
				w.buf = append(w.buf, ' ')
			}
			if a == 0 {
				// Custom elements (<amp-img>, <fusion-ad>) are inline
				// containers as far as text goes.
				if tt == html.StartTagToken && skip == 0 {
					w.push(0, 0, elemFlags(0), hintNone, 0, 0)
				}
				continue
			}
			if skip > 0 {
				if k&tagSkip != 0 && tt == html.StartTagToken && k&tagVoid == 0 && !(a == skipRoot && isFormControl(a)) {
					skip++
				}
				continue
			}
			w.start(z, a, k, tt == html.SelfClosingTagToken, &skip)
			if skip > 0 {
				skipRoot = a
			}
		case html.EndTagToken:
			a := rawTagAtom(z.Raw())
			k := tagKinds.of(a)
			if skip > 0 {
				if k&tagSkip != 0 {
					skip--
					if skip == 0 {
						w.inJSONLD = false
						w.buttonClosed(skipRoot)
						skipRoot = 0
					}
					continue
				}
				if !isFormControl(skipRoot) || !w.isOpen(a) {
					continue
				}
				// The end of an element that holds the unclosed control.
				skip = 0
			}
			switch a {
			case atom.Title:
				w.inTitle = false
				continue
			}
			if k&tagBlock != 0 {
				w.flush()
			}
			w.pop(a)
			// A button that held a block ("<button><div>") ends here.
			w.buttonClosed(skipRoot)
			skipRoot = 0
		}
	}
}

// isFormControl reports whether a is a form control whose content is
// skipped: it holds neither another control nor a block.
func isFormControl(a atom.Atom) bool {
	return a == atom.Button || a == atom.Select || a == atom.Option || a == atom.Textarea
}

// isOpen reports whether an element with tag a is open among the innermost
// 64 elements.
func (w *htmlWalker) isOpen(a atom.Atom) bool {
	for i := len(w.stack) - 1; i >= 0 && i >= len(w.stack)-64; i-- {
		if w.table.at(w.stack[i]).tag == a {
			return true
		}
	}
	return false
}

// start handles a start tag.
func (w *htmlWalker) start(z *tokenizer, a atom.Atom, k tagKind, selfClosing bool, skip *int) {
	// The attributes of a void, self-closing or skipped element are read
	// only for the tags whose attributes say something of the page.
	var at attrs
	switch a {
	case atom.Meta, atom.Link, atom.Time, atom.Html, atom.Script, atom.Button:
		at = readAttrs(z.Raw(), a)
	case atom.Title:
	default:
		if !selfClosing && k&(tagVoid|tagSkip) == 0 {
			at = readAttrs(z.Raw(), a)
		}
	}
	switch a {
	case atom.Title:
		if !selfClosing && len(w.title) == 0 {
			w.inTitle = true
		}
		return
	case atom.Meta:
		w.meta1(at)
		return
	case atom.Link:
		if at.rel == "canonical" && w.canonical == "" {
			w.canonical = string(at.href)
		}
		return
	case atom.Time:
		if at.datetime != "" && len(w.times) < 8 {
			w.times = append(w.times, at.datetime)
		}
	case atom.Html:
		if at.lang != "" {
			w.lang = at.lang
		}
	case atom.Script:
		if strings.Contains(at.typ, "ld+json") && !selfClosing && w.jsonLDLen < maxJSONLDTotal {
			w.jsonLD = append(w.jsonLD, nil)
			w.inJSONLD = true
		}
	}
	if k&tagSkip != 0 {
		if !selfClosing && k&tagVoid == 0 {
			*skip = 1
			w.buttonToggles = a == atom.Button && at.expands
		}
		if k&tagBlock != 0 {
			w.flush()
		}
		return
	}
	if k&tagBlock != 0 {
		w.flush()
	}
	if k&tagVoid != 0 || selfClosing {
		return
	}
	// Implied end tags: a <p> ends an open <p>, an <li> an open <li>.
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol,
		atom.Table, atom.Blockquote, atom.Section, atom.Article, atom.Figure:
		if n := len(w.stack); n > 0 && w.table.at(w.stack[n-1]).tag == atom.P {
			w.popTo(n - 1)
		}
	case atom.Li:
		w.closeTo(atom.Li, atom.Ul, atom.Ol)
	case atom.Dt, atom.Dd:
		if !w.closeTo(atom.Dd, atom.Dl) {
			w.closeTo(atom.Dt, atom.Dl)
		}
	case atom.Tr:
		w.closeTo(atom.Tr, atom.Table)
	case atom.Td, atom.Th:
		if !w.closeTo(atom.Td, atom.Tr) {
			w.closeTo(atom.Th, atom.Tr)
		}
	}
	flags, hint, marks := w.classify(a, at)
	if flags&flagHidden != 0 && (at.untilFound || w.afterToggle()) {
		flags = flags&^flagHidden | flagPanel
	}
	if at.expands {
		flags |= flagToggle
	}
	w.push(a, k, flags, hint, marks, classSig(a, at.class))
}

// blockSig hashes the classSig of element e and of its parent.
func (w *htmlWalker) blockSig(e *element) uint32 {
	if e.parent < 0 {
		return e.own
	}
	return (e.own ^ w.table.at(e.parent).own) * 16777619
}

// classSig hashes a tag and its class attribute (FNV-1a).
func classSig(a atom.Atom, class []byte) uint32 {
	h := (2166136261 ^ uint32(a)) * 16777619
	for _, c := range class {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// addJSONLD adds text to the JSON-LD script being read. A script longer
// than maxJSONLD is dropped, as readJSONLD would not read it; the rest of
// it is skipped with the script.
func (w *htmlWalker) addJSONLD(t []byte) {
	last := &w.jsonLD[len(w.jsonLD)-1]
	if len(*last)+len(t) > maxJSONLD {
		w.jsonLDLen -= len(*last)
		*last = nil
		w.inJSONLD = false
		return
	}
	*last = append(*last, t...)
	w.jsonLDLen += len(t)
}

// closeTo pops the stack to and including the nearest open element with tag
// a, unless an element with tag stop comes first. It reports whether it
// popped.
func (w *htmlWalker) closeTo(a atom.Atom, stop ...atom.Atom) bool {
	for i := len(w.stack) - 1; i >= 0 && i >= len(w.stack)-64; i-- {
		t := w.table.at(w.stack[i]).tag
		if t == a {
			w.popTo(i)
			return true
		}
		for _, s := range stop {
			if t == s {
				return false
			}
		}
	}
	return false
}

// push opens an element; own is classSig of its tag and class.
func (w *htmlWalker) push(a atom.Atom, k tagKind, flags elemFlags, hint blockHint, marks markSet, own uint32) {
	parent := int32(-1)
	if n := len(w.stack); n > 0 {
		parent = w.stack[n-1]
		p := w.table.at(parent)
		marks |= p.marks
		inherit := p.flags & (flagBoiler | flagHidden | flagLink | flagComments | flagPanel)
		if flags&flagBody != 0 {
			// The story's marked body is not chrome, whatever holds it.
			inherit &^= flagBoiler | flagComments
		}
		flags |= inherit
	}
	if len(w.stack) >= maxStack || w.full() {
		return
	}
	el := int32(w.table.n)
	w.table.add(element{parent: parent, tag: a, flags: flags, hint: hint, block: k&tagBlock != 0, marks: marks, own: own, end: el})
	w.stack = append(w.stack, el)
}

// pop closes the nearest open element with tag a, and those inside it.
// An end tag with no open element is ignored.
func (w *htmlWalker) pop(a atom.Atom) {
	for i := len(w.stack) - 1; i >= 0 && i >= len(w.stack)-64; i-- {
		if w.table.at(w.stack[i]).tag == a {
			w.popTo(i)
			return
		}
	}
}

// popTo closes the open elements from the i-th of the stack up. Elements
// that are the last of the table (nothing was added inside them or after
// them) and that no block refers to are dropped from it: they can matter
// to no block, and a page of millions of empty elements ("<p><p><p>")
// would otherwise keep millions of them.
func (w *htmlWalker) popTo(i int) {
	for j := i; j < len(w.stack); j++ {
		if w.table.at(w.stack[j]).flags&flagToggle != 0 {
			w.toggled(i)
			break
		}
	}
	w.toggleLow = min(w.toggleLow, i)
	for j := len(w.stack) - 1; j >= i; j-- {
		el := w.stack[j]
		if int(el) != w.table.n-1 || el <= w.lastRef {
			break
		}
		w.table.truncate(int(el))
	}
	w.stack = w.stack[:i]
}

// full reports whether the walker has read all of the page it reads: the
// rest of the page is not read.
func (w *htmlWalker) full() bool {
	return w.blockList.n >= maxBlocks || w.table.n >= maxElements
}

// buttonClosed is called where the form control a, skipped, ends.
func (w *htmlWalker) buttonClosed(a atom.Atom) {
	if a == atom.Button && w.buttonToggles {
		w.toggled(len(w.stack))
	}
	w.buttonToggles = false
}

// toggled records that a toggle closed, leaving depth elements open.
func (w *htmlWalker) toggled(depth int) {
	w.toggleDepth, w.toggleLow, w.toggleBlocks = depth, depth, w.blockList.n
}

// afterToggle reports whether an element opened now follows a toggle as
// an accordion's or a tab list's panel does: a sibling of the toggle or of
// an element or two around it, with at most one block (the panel's
// heading) read between them.
func (w *htmlWalker) afterToggle() bool {
	d := len(w.stack)
	return w.toggleDepth > 0 && d <= w.toggleDepth && d+2 >= w.toggleDepth && w.toggleLow >= d &&
		w.blockList.n <= w.toggleBlocks+1
}

func (w *htmlWalker) hidden() bool {
	if w.showHidden {
		return false
	}
	n := len(w.stack)
	return n > 0 && w.table.at(w.stack[n-1]).flags&flagHidden != 0
}

// text adds a text node to the block being read, with its white space
// collapsed.
func (w *htmlWalker) text(t []byte) {
	if w.full() {
		return // the rest of the page is not read
	}
	if len(w.buf) == 0 {
		if len(bytes.TrimSpace(t)) == 0 {
			return
		}
		w.bufElem = -1
		for i := len(w.stack) - 1; i >= 0 && i >= len(w.stack)-maxUpWalk; i-- {
			if w.table.at(w.stack[i]).block {
				w.bufElem = w.stack[i]
				break
			}
		}
		if w.bufElem < 0 && len(w.stack) > 0 {
			w.bufElem = w.stack[len(w.stack)-1]
		}
		w.lastRef = max(w.lastRef, w.bufElem)
		w.leadEl = w.datelineElement()
	}
	start := len(w.buf)
	w.buf = append(w.buf, t...)
	for i := start; i < len(w.buf); i++ {
		switch w.buf[i] {
		case '\n', '\r', '\t', '\f':
			w.buf[i] = ' '
		}
	}
	if n := len(w.stack); n > 0 && w.table.at(w.stack[n-1]).flags&flagLink != 0 {
		w.bufLinks += len(w.buf) - start
	}
	if w.leadEl >= 0 && slices.Contains(w.stack, w.leadEl) {
		w.bufLead = len(w.buf)
	}
}

// flush ends the block being read.
func (w *htmlWalker) flush() {
	if len(w.buf) == 0 {
		return
	}
	if w.blockList.n >= maxBlocks {
		// The rest of the page is not read.
		w.buf = w.buf[:0]
		w.bufLinks = 0
		return
	}
	// The tokenizer decoded the text's character references: decoding
	// them again would turn "&amp;lt;" in the page, which shows "&lt;",
	// into "<".
	text, plain := "", false
	if w.bufLead == 0 {
		text, plain = plainBlockText(w.buf)
	}
	if !plain {
		text = cleanDecoded(markupDateline(w.buf, w.bufLead))
	}
	links := w.bufLinks
	w.buf = w.buf[:0]
	w.bufLinks, w.bufLead, w.leadEl = 0, 0, -1
	if text == "" {
		return
	}
	el := w.bufElem
	b := block{text: text, kind: kindPara, linkLen: min(links, len(text))}
	if el >= 0 {
		e := w.table.at(el)
		b.boiler = e.flags&flagBoiler != 0
		b.marks = e.marks
		b.sig = w.blockSig(e)
		switch e.tag {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			b.kind = kindHeading
			b.level = int(e.tag.String()[1] - '0')
		case atom.Li, atom.Dt, atom.Dd:
			b.kind = kindItem
		case atom.Figcaption, atom.Caption:
			b.kind = kindCaption
		case atom.Blockquote:
			b.kind = kindQuote
		}
		if b.kind == kindPara && w.inList(el) {
			b.kind = kindItem
		}
	}
	b.measure()
	w.blockList.add(b)
	w.elOf.add(el)
}

// plainBlockText returns cleanDecoded of a block's text when the text is
// printable ASCII and spaces only, as most short blocks are: cleaning then
// only trims it and collapses its runs of spaces, which it does in place in
// buf, in one pass. ok is false for other text.
func plainBlockText(buf []byte) (string, bool) {
	for _, c := range buf {
		if c < ' ' || c >= 0x7f {
			return "", false
		}
	}
	n := 0
	for _, c := range buf {
		if c == ' ' && (n == 0 || buf[n-1] == ' ') {
			continue
		}
		buf[n] = c
		n++
	}
	if n > 0 && buf[n-1] == ' ' {
		n--
	}
	return string(buf[:n]), true
}

// inList reports whether element el is inside a list item.
func (w *htmlWalker) inList(el int32) bool {
	for i := 0; el >= 0 && i < 8; i++ {
		e := w.table.at(el)
		switch e.tag {
		case atom.Li:
			return true
		case atom.Article, atom.Main, atom.Section, atom.Body:
			return false
		}
		el = e.parent
	}
	return false
}

// A chunkList is a list of values kept in chunks of chunkLen values, the
// first grown by append: holding n values allocates about n values' worth
// for any large n, where a slice grown by append allocates from two to
// five times its values in all, depending on where n falls.
type chunkList[T any] struct {
	chunks [][]T
	n      int
}

const chunkLen = 1024

// firstChunkLen is the first chunk's capacity at first.
const firstChunkLen = 128

func (c *chunkList[T]) add(v T) {
	k := c.n / chunkLen
	if k == len(c.chunks) {
		// The first chunk starts at firstChunkLen and grows by append:
		// small pages stay small, and most pages skip the first doublings.
		ch := make([]T, 0, firstChunkLen)
		if k > 0 {
			ch = make([]T, 0, chunkLen)
		}
		c.chunks = append(c.chunks, ch)
	}
	c.chunks[k] = append(c.chunks[k], v)
	c.n++
}

// at returns the i-th value.
func (c *chunkList[T]) at(i int32) *T { return &c.chunks[i/chunkLen][i%chunkLen] }

// truncate keeps the first n values.
func (c *chunkList[T]) truncate(n int) {
	k := n / chunkLen
	if k < len(c.chunks) {
		c.chunks[k] = c.chunks[k][:n%chunkLen]
		c.chunks = c.chunks[:k+1]
	}
	c.n = n
}

// slice returns the values in one slice: the first chunk itself when it
// holds them all (the list is not to be used after).
func (c *chunkList[T]) slice() []T {
	if len(c.chunks) == 1 {
		return c.chunks[0]
	}
	out := make([]T, 0, c.n)
	for _, ch := range c.chunks {
		out = append(out, ch...)
	}
	return out
}

// attrs are the attributes of a start tag that the walker reads.
//
// Class, id, style and href are kept as the tokenizer's bytes, valid until
// its next token: they are read on every element and seldom kept. Of rel
// only "canonical" and "author" are kept.
type attrs struct {
	class, id, style, href            []byte
	role, itemprop, rel, typ, lang    string
	name, property, content, datetime string
	hidden, ariaHidden                bool
	untilFound, expands               bool // hidden="until-found"; aria-expanded
}

// readAttrs reads the attributes of the start tag a whose raw bytes are raw.
// Where the values the walker reads are as written (no entity, CR or NUL),
// they are read from raw without copying; else through the Tokenizer's
// TagAttr, which rewrites them.
func readAttrs(raw []byte, a atom.Atom) attrs {
	var at attrs
	var seen uint32
	rewrite := !rawAttrsPlain(raw) && attrsRewritten(raw, a)
	if rewrite {
		if at, ok := readAttrsDecoded(raw, a); ok {
			return at
		}
		// A reference decodeAttr does not know: the Tokenizer reads the
		// tag again.
		return tokenizerAttrs(raw, a)
	}
	var buf [16]byte
	for r := newRawAttrReader(raw); ; {
		k, v, ok := r.next()
		if !ok {
			return at
		}
		if k, ok := lowerKey(k, &buf); ok {
			at.set(a, k, v, &seen)
		}
	}
}

// tokenizerAttrs reads the attributes of the start tag a whose raw bytes
// are raw through x/net's Tokenizer, which decodes every reference.
func tokenizerAttrs(raw []byte, a atom.Atom) attrs {
	var at attrs
	var seen uint32
	z := html.NewTokenizer(bytes.NewReader(raw))
	z.Next()
	for {
		k, v, more := z.TagAttr()
		at.set(a, k, v, &seen)
		if !more {
			return at
		}
	}
}

// readAttrsDecoded is readAttrs for a tag whose values are rewritten
// (attrsRewritten): each value that holds an entity, a CR or a NUL is
// rewritten by decodeAttr. ok is false when one holds a reference
// decodeAttr does not know.
func readAttrsDecoded(raw []byte, a atom.Atom) (attrs, bool) {
	var at attrs
	var seen uint32
	var buf [16]byte
	for r := newRawAttrReader(raw); ; {
		k, v, ok := r.next()
		if !ok {
			return at, true
		}
		if k, ok = lowerKey(k, &buf); !ok {
			continue
		}
		if bytes.IndexByte(v, '&') >= 0 || bytes.IndexByte(v, '\r') >= 0 || bytes.IndexByte(v, 0) >= 0 {
			if v, ok = decodeAttr(v); !ok {
				return attrs{}, false
			}
		}
		at.set(a, k, v, &seen)
	}
}

// decodeAttr returns an attribute's value as TagAttr gives it: NUL bytes
// as U+FFFD, line ends ("\r\n", "\r") as "\n", character references
// decoded as in a value (a name without ';' before '=' is not one). ok is
// false when the value holds a reference textEntity does not know.
func decodeAttr(v []byte) ([]byte, bool) {
	v = bytes.ReplaceAll(v, []byte{0}, []byte("\uFFFD"))
	v = appendLF(v[:0], v) // ReplaceAll made a copy: it is rewritten in place
	out := v[:0]
	for i := 0; i < len(v); {
		if v[i] != '&' {
			out = append(out, v[i])
			i++
			continue
		}
		j := i + 1
		for j < len(v) && (isASCIILetter(v[j]) || isDigit(v[j])) {
			j++
		}
		if j > i+1 && j < len(v) && v[j] == '=' && v[i+1] != '#' {
			out = append(out, '&')
			i++
			continue
		}
		r, n := textEntity(v[i:])
		if n == 0 {
			return nil, false
		}
		// A reference is never shorter than what it decodes to.
		out = utf8.AppendRune(out, r)
		i += n
	}
	return out, true
}

// lowerKey returns an attribute's key in lower case, as TagAttr gives it,
// in buf; ok is false for a key longer than buf, which is none the walker
// reads.
func lowerKey(k []byte, buf *[16]byte) ([]byte, bool) {
	if len(k) > len(buf) {
		return nil, false
	}
	for i, c := range k {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(k)], true
}

// attrsRewritten reports whether TagAttr would rewrite the value of an
// attribute of the start tag a (raw) that the walker reads: one with an
// entity, a CR or a NUL. The href of a link is read for whether it is
// empty only, which no rewriting changes.
func attrsRewritten(raw []byte, a atom.Atom) bool {
	var buf [16]byte
	for r := newRawAttrReader(raw); ; {
		k, v, ok := r.next()
		if !ok {
			return false
		}
		if bytes.IndexByte(v, '&') < 0 && bytes.IndexByte(v, '\r') < 0 && bytes.IndexByte(v, 0) < 0 {
			continue
		}
		k, ok = lowerKey(k, &buf)
		if !ok {
			continue
		}
		switch string(k) {
		case "class", "id", "role", "itemprop", "style", "aria-hidden":
			return true
		case "rel":
			if a == atom.Link || a == atom.A {
				return true
			}
		case "href":
			if a == atom.Link {
				return true
			}
		case "type":
			if a == atom.Script {
				return true
			}
		case "lang":
			if a == atom.Html {
				return true
			}
		case "name", "property", "content", "value":
			if a == atom.Meta {
				return true
			}
		case "datetime":
			if a == atom.Time {
				return true
			}
		}
	}
}

// set records one attribute of a start tag a: key k (in lower case) and
// value v. Of a key given twice, the first counts, as in the tokenizer;
// seen holds the keys set so far.
func (at *attrs) set(a atom.Atom, k, v []byte, seen *uint32) {
	first := func(bit uint32) bool {
		if *seen&bit != 0 {
			return false
		}
		*seen |= bit
		return true
	}
	switch string(k) {
	case "class":
		if first(1 << 0) {
			at.class = v
		}
	case "id":
		if first(1 << 1) {
			at.id = v
		}
	case "role":
		if first(1 << 2) {
			at.role = string(v)
		}
	case "itemprop":
		if first(1 << 3) {
			at.itemprop = string(v)
		}
	case "rel":
		if first(1<<4) && (a == atom.Link || a == atom.A) {
			// Only these two are asked for. An ASCII value is compared
			// without a copy; another is lowered as before ("İ" lowers
			// to "i").
			l := ""
			if isASCII(string(v)) {
				switch {
				case bytes.EqualFold(v, []byte("canonical")):
					l = "canonical"
				case bytes.EqualFold(v, []byte("author")):
					l = "author"
				}
			} else {
				l = strings.ToLower(string(v))
			}
			if l == "canonical" || l == "author" {
				at.rel = l
			}
		}
	case "href":
		if first(1<<5) && (a == atom.A || a == atom.Link) {
			at.href = v
		}
	case "type":
		if first(1<<6) && a == atom.Script {
			at.typ = strings.ToLower(string(v))
		}
	case "lang":
		if first(1<<7) && a == atom.Html {
			at.lang = string(v)
		}
	case "style":
		if first(1 << 8) {
			at.style = v
		}
	case "hidden":
		if first(1 << 9) {
			at.hidden = true
			at.untilFound = bytes.EqualFold(v, []byte("until-found"))
		}
	case "aria-hidden":
		if first(1 << 10) {
			at.ariaHidden = string(v) == "true"
		}
	case "name":
		if first(1<<11) && a == atom.Meta {
			at.name = string(v)
		}
	case "property":
		if first(1<<12) && a == atom.Meta {
			at.property = string(v)
		}
	case "content":
		if first(1<<13) && a == atom.Meta {
			at.content = string(v)
		}
	case "value":
		// Some CMSs write a <meta> tag's value in "value".
		if first(1<<14) && a == atom.Meta && at.content == "" {
			at.content = string(v)
		}
	case "datetime":
		if first(1<<15) && a == atom.Time {
			at.datetime = string(v)
		}
	case "aria-expanded":
		at.expands = true
	}
}

// isStreamedSegment reports whether id names a segment of a page that
// React streams from the server: "<div hidden id="S:1">", which the page's
// script moves into place as soon as it loads, so a reader sees it.
func isStreamedSegment(id []byte) bool {
	rest, ok := bytes.CutPrefix(id, []byte("S:"))
	if !ok || len(rest) == 0 || len(rest) > 8 {
		return false
	}
	for _, c := range rest {
		if !isDigit(c) && !('a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}

// hiddenStyle reports whether an inline style hides the element:
// "display: none", "visibility:hidden".
func hiddenStyle(style []byte) bool {
	for _, prop := range [...]struct{ name, value string }{{"display", "none"}, {"visibility", "hidden"}} {
		i := indexFold(style, prop.name)
		if i < 0 {
			continue
		}
		rest := bytes.TrimLeft(style[i+len(prop.name):], " ")
		if len(rest) > 0 && rest[0] == ':' {
			rest = bytes.TrimLeft(rest[1:], " ")
			if len(rest) >= len(prop.value) && indexFold(rest[:len(prop.value)], prop.value) == 0 {
				return true
			}
		}
	}
	return false
}

// A classWord is what the words of a class or id attribute say.
type classWord struct {
	flags elemFlags
	hint  blockHint
	marks markSet
	embed bool // an embedded post: not chrome, whatever else the words say
}

// classify reads what an element's tag and attributes say it is.
func (w *htmlWalker) classify(a atom.Atom, at attrs) (elemFlags, blockHint, markSet) {
	var f elemFlags
	var marks markSet
	hint := hintNone
	switch a {
	case atom.Article:
		marks |= markArticle
	case atom.Main:
		marks |= markMain
	case atom.Aside:
		marks |= markAside
	case atom.Header:
		marks |= markHeader
	case atom.Footer:
		marks |= markFooter
	case atom.Nav, atom.Menu:
		marks |= markNav
	case atom.Form:
		marks |= markForm
	case atom.Td, atom.Th:
		marks |= markTable
	}
	switch a {
	case atom.Nav, atom.Footer, atom.Aside, atom.Menu, atom.Dialog:
		f |= flagBoiler
	case atom.Figure:
		f |= flagFigure
	case atom.A:
		if len(at.href) > 0 {
			f |= flagLink
		}
	case atom.Time:
		hint = hintTime
	case atom.Figcaption:
		hint = hintCaption
	}
	if at.hidden && !isStreamedSegment(at.id) || at.ariaHidden && a != atom.Span && a != atom.I {
		f |= flagHidden
	}
	if len(at.style) > 0 && hiddenStyle(at.style) {
		f |= flagHidden
	}
	switch role := strings.ToLower(at.role); role {
	case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search":
		f |= flagBoiler
		switch role {
		case "navigation", "menu", "menubar":
			marks |= markNav
		case "complementary":
			marks |= markAside
		}
	case "main":
		marks |= markMain
	}
	switch strings.ToLower(at.itemprop) {
	case "articlebody", "reviewbody", "text":
		f |= flagBody
	case "author", "creator":
		hint = hintByline
	case "datepublished", "datecreated":
		hint = hintTime
	case "headline":
		hint = hintHeadline
	}
	if at.rel == "author" {
		hint = hintByline
	}
	// The classes of <html> and <body> describe the page as a whole
	// ("has-sidebar", "f_share_tools_on"), not a part of it.
	if (len(at.class) > 0 || len(at.id) > 0) && a != atom.Html && a != atom.Body {
		cw := w.classWords(at.class)
		// Ids with digits in them ("post-48213", "LKSB6AE2") are made by
		// machines, one per element, and say nothing; nor does a
		// heading's anchor, written from its own words for a table of
		// contents to link to ("how-to-share-a-harvest").
		if len(at.id) > 0 && bytes.IndexAny(at.id, "0123456789") < 0 && !(isHeading(a) && isAnchorID(at.id)) {
			cw = cw.join(w.classWords(at.id))
		}
		f |= cw.flags
		marks |= cw.marks
		if cw.embed {
			// Embedded posts quoted by the story ("social-media-embed",
			// "article-tweet") are the story's, whatever else their
			// class says.
			f &^= flagBoiler
		}
		if cw.hint != hintNone && hint == hintNone {
			hint = cw.hint
		}
	}
	if f&flagBody != 0 {
		f &^= flagBoiler
		marks |= markArticle
	}
	return f, hint, marks
}

// minAnchorWords is the fewest words a heading's id runs to for an
// anchor written from the heading's words: a box's name is shorter
// ("share", "related-posts").
const minAnchorWords = 3

// isHeading reports whether a is a heading's tag, <h1> to <h6>.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isAnchorID reports whether id is made of minAnchorWords words or more
// joined by '-' or '_', as an anchor written from a heading's words is.
func isAnchorID(id []byte) bool {
	n, inWord := 0, false
	for _, c := range id {
		sep := c == '-' || c == '_'
		if !sep && !inWord {
			n++
		}
		inWord = !sep
	}
	return n >= minAnchorWords
}

// classWords reads what the words of a class or id attribute say:
// "share-bar", "related", "article-body", "byline", "photo-credit". What
// each word says is kept for the rest of the page.
func (w *htmlWalker) classWords(s []byte) classWord {
	var cw classWord
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f' {
			i++
		}
		tok := s[:i]
		s = s[min(i+1, len(s)):]
		if len(tok) == 0 || digits(tok) >= 3 {
			// Words with numbers in them ("post-48213",
			// "elementor-element-d3a93ef") are made by machines and say
			// nothing.
			continue
		}
		tw, ok := w.classCache[string(tok)]
		if !ok {
			tw = tokenWords(string(tok))
			if w.classCache == nil {
				w.classCache = make(map[string]classWord, 256)
			}
			w.classCache[string(tok)] = tw
		}
		cw = cw.join(tw)
	}
	return cw
}

// digits counts the ASCII digits in b.
func digits(b []byte) int {
	n := 0
	for _, c := range b {
		if '0' <= c && c <= '9' {
			n++
		}
	}
	return n
}

// join combines what two words say. Of two hints the more specific wins:
// a caption over a credit ("photo-credit"), a credit over a byline.
func (cw classWord) join(o classWord) classWord {
	cw.flags |= o.flags
	cw.marks |= o.marks
	cw.embed = cw.embed || o.embed
	if hintRank[o.hint] > hintRank[cw.hint] {
		cw.hint = o.hint
	}
	return cw
}

var hintRank = [...]int{hintNone: 0, hintSection: 1, hintTime: 1, hintHeadline: 1, hintByline: 2, hintCredit: 3, hintDateline: 4, hintCaption: 5}

// tokenWords reads what one class or id word says.
func tokenWords(tok string) classWord {
	var cw classWord
	// A setting written in camel case ("hasSidebar", "noAds") names no
	// box either.
	camelSetting := false
	for i := 1; i < len(tok) && i <= 7; i++ {
		if c := tok[i]; 'A' <= c && c <= 'Z' {
			camelSetting = settingParts[tok[:i]]
			break
		}
	}
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			tok = strings.ToLower(tok)
			break
		}
	}
	if bodyClasses[tok] || strings.HasSuffix(tok, "article-body") || strings.HasSuffix(tok, "article__body") ||
		strings.HasSuffix(tok, "story-body") || strings.HasSuffix(tok, "entry-content") || strings.HasSuffix(tok, "articlebody") {
		cw.flags |= flagBody
		return cw
	}
	if hiddenClasses[tok] {
		cw.flags |= flagHidden
		return cw
	}
	cw.embed = embedWords.in(tok)
	picture, long := false, false
	// A word that states a setting of its element ("comments-enabled",
	// "has-sidebar", "no-ads") names no box of chrome: the element is the
	// page or the story that has, or lacks, the thing.
	setting := false
	// The parts of the word between '-', '_', ':' and '.'.
	for rest := tok; rest != ""; {
		i := 0
		for i < len(rest) && rest[i] != '-' && rest[i] != '_' && rest[i] != ':' && rest[i] != '.' {
			i++
		}
		p := rest[:i]
		rest = rest[min(i+1, len(rest)):]
		if p == "" {
			continue
		}
		long = long || len(p) >= 6
		cp := classParts[p]
		setting = setting || cp.setting
		cw.marks |= cp.marks
		var h blockHint
		switch p {
		case "caption", "cutline", "figcaption":
			h = hintCaption
		case "credit", "credits", "source", "agency", "provider":
			h = hintCredit
		case "byline", "author", "authors", "contributor", "contributors", "writer":
			h = hintByline
		case "dateline", "location", "articlelocation", "ortsmarke":
			h = hintDateline
		case "kicker", "eyebrow", "overline", "rubric":
			h = hintSection
		case "photo", "image", "img", "media", "gallery", "slideshow":
			picture = true
		}
		if hintRank[h] > hintRank[cw.hint] {
			cw.hint = h
		}
		if cp.boiler {
			cw.flags |= flagBoiler
		}
		switch p {
		case "comment", "comments", "commentlist", "disqus", "consent", "gdpr":
			// Comments, and a cookie-consent box's pages of legal prose:
			// never the story, however much prose they hold.
			cw.flags |= flagComments | flagBoiler
		}
	}
	if setting || camelSetting {
		cw.flags &^= flagBoiler | flagComments
		return cw
	}
	// "photo-credit", "image-credit": a picture's credit is a caption.
	if picture && cw.hint == hintCredit {
		cw.hint = hintCaption
	}
	// Words run together ("relatedarticles", "sharebar") hide a chrome word
	// inside a part; a word made of short parts cannot.
	if cw.flags&flagBoiler == 0 && long && boilerSubstringSet.in(tok) {
		cw.flags |= flagBoiler
	}
	return cw
}

// A classPart is what settingParts, markWords and boilerParts say of a
// part of a class word.
type classPart struct {
	marks           markSet
	setting, boiler bool
}

// classParts holds settingParts, markWords and boilerParts in one map, so
// that tokenWords looks each part up once.
var classParts = func() map[string]classPart {
	m := make(map[string]classPart)
	for p := range settingParts {
		cp := m[p]
		cp.setting = true
		m[p] = cp
	}
	for p, marks := range markWords {
		cp := m[p]
		cp.marks |= marks
		m[p] = cp
	}
	for p := range boilerParts {
		cp := m[p]
		cp.boiler = true
		m[p] = cp
	}
	return m
}()

// settingParts are the parts of class words that state a setting of an
// element rather than name a box ("comments-enabled", "has-sidebar").
var settingParts = setOf("enabled", "disabled", "has", "no", "without", "allowed", "open", "closed")

// embedWords mark an embedded post in a class or id word.
var embedWords = newPhraseSet("embed", "tweet", "instagram-media")

// bodyClasses are class and id words that mark a story's body.
var bodyClasses = setOf(
	"article-body", "articlebody", "article__body", "article-content", "article__content", "articlecontent",
	"story-body", "storybody", "story-content", "storycontent", "story-text", "entry-content", "post-content",
	"post-body", "postbody", "body-text", "bodytext", "article-text", "articletext", "content-body",
	"article-body-text", "caas-body", "richtextstorybody", "story__body", "story__content", "td-post-content",
	"field-name-body", "field--name-body", "main-article-body", "article-main-body", "paywall-article",
	"zn-body__paragraph", "c-entry-content", "l-article-body", "article__text", "articlebody-articlebody",
)

// hiddenClasses are class words that hide an element from sight.
var hiddenClasses = setOf("hidden", "is-hidden", "d-none", "visually-hidden", "visuallyhidden", "sr-only",
	"screen-reader-text", "screen-reader-only", "screenreader-only", "offscreen", "u-hidden", "hide", "invisible",
	"element-invisible", "a11y-hidden", "show-for-sr", "assistive-text")

// boilerParts are the parts of class and id words ("share" in
// "article-share-bar") that mark page chrome.
var boilerParts = setOf(
	"nav", "navbar", "navigation", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs", "share", "sharing",
	"sharebar", "shares", "social", "socials", "related", "recommended", "recommendations", "recirc",
	"newsletter", "subscribe", "subscription", "signup", "promo", "promos", "promotion", "advert", "ad", "ads",
	"adslot", "advertisement", "advertising", "sponsor", "sponsored", "comment", "comments", "disqus",
	"outbrain", "taboola", "trending", "popular", "mostread", "most-read", "tags", "topics", "cookie",
	"cookies", "consent", "modal", "popup", "banner", "masthead", "toolbar", "rail",
	"teaser", "teasers", "more", "readmore", "also", "print", "skip", "pagination", "pager", "jump",
	"bio", "subnav", "dropdown", "overlay", "toast", "paywall-promo", "inline-promo", "sticky", "marketing",
	"donate", "membership", "tooltip", "onward", "carousel", "ticker", "alert", "search", "login",
	"signin", "header-nav", "site-header", "site-footer", "follow", "feedback", "survey",
)

// boilerSubstrings mark chrome wherever they stand in a class or id word.
var boilerSubstrings = []string{
	"newsletter", "related", "recommend", "widget-area", "widget_", "sharedaddy", "sd-sharing", "likes-widget", "jetpack-likes",
	"outbrain", "taboola", "sharebar", "share-bar", "sharetools", "share-tools", "socialshare", "social-share",
	"breadcrumb", "sidebar", "comment-", "comments", "mostpopular", "most-popular", "mostread", "most-read",
	"trending", "advert", "adunit", "ad-unit", "ad-slot", "adslot", "ad-container", "adcontainer", "-ad-",
	"dfp-", "gpt-", "googlead", "sponsored", "promo-", "-promo", "subscribe", "signup", "sign-up",
	"paywall-", "cookie", "gdpr", "consent", "more-stories", "morestories", "read-more", "readmore",
	"also-read", "alsoread", "further-reading", "more-from", "recirc", "footer", "navbar", "topnav",
}

var boilerSubstringSet = newPhraseSet(boilerSubstrings...)

// meta1 reads a <meta> tag.
func (w *htmlWalker) meta1(at attrs) {
	key := at.property
	if key == "" {
		key = at.name
	}
	if key == "" || at.content == "" {
		if at.itemprop != "" && at.content != "" {
			key = "itemprop:" + at.itemprop
		} else {
			return
		}
	}
	key = strings.ToLower(key)
	if _, ok := w.metas[key]; !ok {
		w.metas[key] = at.content
	}
}

// findMain chooses the element that holds the story and marks the blocks
// inside it. It first finds the longest run of prose among all blocks, by
// the same rules as on text pages, then takes the smallest element that
// holds that run, and widens it to the parent while the parent holds little
// else. Chrome marks (flagBoiler) on the chosen element or its ancestors are
// lifted: a story inside a wrongly named box is still the story.
func (w *htmlWalker) findMain(blocks []block) {
	if len(blocks) == 0 {
		return
	}
	// Lift chrome marks from elements that hold most of the page's prose:
	// "<body class="has-sidebar">" is not chrome.
	total := 0
	for i := range blocks {
		el := w.blockEl[i]
		if el >= 0 {
			w.elems[el].blocks++
			if w.elems[el].flags&flagPanel != 0 {
				// A hidden panel's text is read, but the shown text
				// alone finds the story's element: a sign-up box's
				// hidden pages do not make it the story.
				continue
			}
		}
		if blocks[i].f.prose && blocks[i].linkLen*2 < len(blocks[i].text) {
			if el >= 0 {
				w.elems[el].prose += len(blocks[i].text)
			}
			total += len(blocks[i].text)
		}
	}
	for i := len(w.elems) - 1; i >= 0; i-- {
		if p := w.elems[i].parent; p >= 0 {
			w.elems[p].prose += w.elems[i].prose
			w.elems[p].blocks += w.elems[i].blocks
			w.elems[p].end = max(w.elems[p].end, w.elems[i].end)
		}
	}
	for i := range blocks {
		w.resolveHint(&blocks[i], w.blockEl[i])
	}
	if total == 0 {
		return
	}
	// Elements marked as the story's body win when, together, they hold a
	// good share of the prose. A story may be split over several
	// ("article__body" before and after an advertisement).
	var bodies []int32
	best := int32(-1)
	for i := range w.elems {
		e := &w.elems[i]
		if e.flags&flagBody != 0 && e.flags&flagBoiler == 0 && (best < 0 || e.prose > w.elems[best].prose) {
			best = int32(i)
		}
	}
	if best >= 0 {
		sum := 0
		for i := range w.elems {
			e := &w.elems[i]
			if e.flags&flagBody == 0 || e.flags&flagBoiler != 0 || e.prose*4 < w.elems[best].prose || e.prose == 0 {
				continue
			}
			// Bodies are disjoint and in document order, so an element
			// inside one is inside the last.
			if n := len(bodies); n == 0 || !w.isInside(int32(i), bodies[n-1]) {
				bodies = append(bodies, int32(i))
				sum += e.prose
			}
		}
		if sum*3 < total {
			if w.bodyHoldsHeadline(blocks, best, sum) {
				// Its few paragraphs are all the story has: chrome
				// marks elsewhere stand.
				w.fewParagraphs = true
			} else {
				bodies, best = nil, -1
			}
		}
	}
	if len(bodies) > 1 {
		for i := range blocks {
			// The only body that may hold the block is the last that
			// starts at or before it.
			el := w.blockEl[i]
			k, found := slices.BinarySearch(bodies, el)
			if !found {
				k--
			}
			if k >= 0 && w.isInside(el, bodies[k]) {
				blocks[i].inMain = true
			}
		}
		return
	}
	marked := best >= 0
	if best < 0 {
		best = w.runContainer(blocks)
	}
	if best < 0 || !w.fewParagraphs && (w.elems[best].prose < minStoryProse || w.elems[best].prose*4 < total) {
		// Little story outside chrome, or most of the prose in elements
		// marked as chrome. The mark may be wrong ("<body
		// class="has-sidebar">"): lift marks from elements that hold half
		// the prose or more, and keep the result if it finds more story.
		var lifted []int
		var groups map[boxKey]int // built at the first chrome block
		for i := range blocks {
			if !blocks[i].boiler {
				continue
			}
			if groups == nil {
				groups = w.boilerGroups()
			}
			if w.boilerHoldsStory(w.blockEl[i], total, groups) {
				blocks[i].boiler = false
				lifted = append(lifted, i)
			}
		}
		if len(lifted) > 0 {
			alt := w.runContainer(blocks)
			if alt >= 0 && (best < 0 || w.elems[alt].prose > w.elems[best].prose*2) {
				best = alt
			} else {
				for _, i := range lifted {
					blocks[i].boiler = true
				}
			}
		}
	} else if !marked {
		// The story found outside chrome holds the elements marked as
		// chrome that hold half the page's prose: the marks are wrong (a
		// "sidebar-container" around the story, its sections named
		// "content-nav-section"). Where the page marks its story's body,
		// chrome inside it is chrome.
		var groups map[boxKey]int // built at the first chrome block inside best
		for i := range blocks {
			if !blocks[i].boiler || !w.isInside(w.blockEl[i], best) {
				continue
			}
			if groups == nil {
				groups = w.boilerGroups()
			}
			if w.boilerHoldsStory(w.blockEl[i], total, groups) {
				blocks[i].boiler = false
			}
		}
	}
	if best < 0 {
		return
	}
	// Within it, the story's core is the deepest element that holds most
	// of its prose. Blocks after the core's last block (teasers kept in the
	// same box as the story) and before its first are not the story's.
	core := w.coreOf(best)
	if a := w.headlineArticle(blocks, core); a != core {
		best, core = a, w.coreOf(a)
	}
	first, last := -1, -1
	for i := range blocks {
		if w.isInside(w.blockEl[i], core) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	// Paragraphs just before the core, in the same box, lead the story
	// (a first paragraph set apart as a lede).
	for i := first - 1; i >= 0 && first >= 0 && w.isInside(w.blockEl[i], best); i-- {
		b := &blocks[i]
		if b.boiler || !hasLetterOrDigit(b.text) || b.kind == kindCaption {
			continue
		}
		if !b.f.prose || b.linkLen*2 > len(b.text) {
			break
		}
		first = i
	}
	for i := range blocks {
		if i >= first && i <= last && w.isInside(w.blockEl[i], best) {
			blocks[i].inMain = true
		}
	}
	w.markIntro(blocks, best, core, first, last)
}

// markIntro marks as the story's introduction (block.intro) the paragraphs
// above first, the first block of the story's element, that a heading or a
// list (a table of contents) sets apart from it in the same box, best:
// paragraphs written as most of those of the core element are (the same
// tags and classes), up to the page's headline, a byline or date line, or
// a paragraph written otherwise (a standfirst).
func (w *htmlWalker) markIntro(blocks []block, best, core int32, first, last int) {
	// Nothing of best above first: no introduction, and no paragraph
	// signatures to count.
	if first <= 0 || !w.isInside(w.blockEl[first-1], best) {
		return
	}
	counts := make(map[uint32]int)
	var sig uint32
	n := 1
	for i := first; i <= last; i++ {
		b := &blocks[i]
		if !b.f.prose || !w.isInside(w.blockEl[i], core) {
			continue
		}
		counts[b.sig]++
		if c := counts[b.sig]; c > n {
			sig, n = b.sig, c
		}
	}
	if n < 2 {
		return
	}
	// The page's headline, its first <h1> outside chrome, heads the
	// introduction: a story may set its sections under <h1>s too.
	top := 0
	for i := range blocks[:first] {
		if b := &blocks[i]; b.kind == kindHeading && b.level == 1 && !b.boiler {
			top = i + 1
			break
		}
	}
	for i := first - 1; i >= top && w.isInside(w.blockEl[i], best); i-- {
		b := &blocks[i]
		if b.boiler || !hasLetterOrDigit(b.text) || b.kind == kindCaption {
			continue
		}
		if b.isMeta() || b.f.prose && b.linkLen*2 <= len(b.text) && b.sig != sig {
			return
		}
		if b.f.prose && b.linkLen*2 <= len(b.text) {
			b.intro = true
		}
	}
}

// bodyHoldsHeadline reports whether the element marked as the story's body,
// holding little of the page's prose (sum bytes), holds the page's headline
// (its first <h1>) and most of the prose outside chrome: a story that is a
// list or a table (a calendar, results) has few paragraphs, and the prose of
// the boxes marked as chrome beside it is not the story's.
func (w *htmlWalker) bodyHoldsHeadline(blocks []block, body int32, sum int) bool {
	outside := 0
	h1 := false
	for i := range blocks {
		b := &blocks[i]
		in := w.isInside(w.blockEl[i], body)
		if b.kind == kindHeading && b.level == 1 && !b.boiler && !h1 {
			if !in {
				return false
			}
			h1 = true
		}
		if !in && !b.boiler && b.f.prose && b.linkLen*2 < len(b.text) {
			outside += len(b.text)
		}
	}
	return h1 && sum > 0 && sum >= outside
}

// coreOf returns the deepest element inside best that holds most of its
// prose (best itself when none does). A paragraph is never the core, however
// much of the prose it holds (a long first paragraph broken by <br>s): the
// core is the element that holds the story's paragraphs, tables and lists.
func (w *htmlWalker) coreOf(best int32) int32 {
	core := best
	thr := w.elems[best].prose * 6 / 10
	for i := int(best) + 1; i < len(w.elems) && i <= int(w.elems[best].end); i++ {
		if w.elems[i].prose >= thr && thr > 0 && w.elems[i].blocks >= 2 && w.elems[i].tag != atom.P {
			core = int32(i)
		}
	}
	return core
}

// headlineArticle returns the <article> that holds the page's headline (its
// first <h1> outside chrome) when the story's core, found by the prose
// alone, is another <article> after it, or inside one, and the headline's
// article holds prose of its own: the page's story is the one under its
// headline, and articles after it that repeat its structure, however long
// their paragraphs, are related items. Otherwise it returns core. A
// headline in an <article> of its own followed by the story in another
// kind of element keeps that story.
func (w *htmlWalker) headlineArticle(blocks []block, core int32) int32 {
	article := func(el int32) int32 {
		for k := 0; el >= 0 && k < maxUpWalk; k++ {
			if w.elems[el].tag == atom.Article {
				return el
			}
			el = w.elems[el].parent
		}
		return -1
	}
	for i := range blocks {
		b := &blocks[i]
		if b.kind != kindHeading || b.level != 1 || b.boiler {
			continue
		}
		a := article(w.blockEl[i])
		if a < 0 || w.elems[a].prose == 0 || core <= w.elems[a].end {
			// No article, none with prose, or the core is inside it
			// or before it.
			return core
		}
		if other := article(core); other < 0 || w.isInside(a, other) {
			return core
		}
		return a
	}
	return core
}

// minStoryProse is the least prose, in bytes, that a story found outside
// the page's chrome must have for chrome marks to be trusted.
const minStoryProse = 500

// runContainer finds the longest run of prose among the blocks, by the
// same rules as on text pages, and returns the smallest element that holds
// it, widened to its parent while the parent holds little else; or -1.
func (w *htmlWalker) runContainer(blocks []block) int32 {
	ss := make([]slot, len(blocks))
	for i := range blocks {
		ss[i] = slot{block: &blocks[i]}
		if blocks[i].boiler || !hasLetterOrDigit(blocks[i].text) {
			ss[i].role = roleChrome
		} else if blocks[i].linkLen*2 > len(blocks[i].text) {
			ss[i].role = roleTeaser
		}
	}
	start, end := findBody(ss)
	if start < 0 {
		return -1
	}
	best := int32(-1)
	for i := start; i <= end; i++ {
		if ss[i].role != roleUnknown || !ss[i].f.prose {
			continue
		}
		best = w.commonAncestor(best, w.blockEl[i])
	}
	if best < 0 {
		return -1
	}
	for range 3 {
		p := w.elems[best].parent
		if p < 0 || w.elems[p].tag == atom.Body || w.elems[p].tag == atom.Html {
			break
		}
		if w.elems[p].prose > w.elems[best].prose*13/10 {
			break
		}
		best = p
	}
	return best
}

// maxHintProse is the most prose an element may hold for what its class
// says (byline, credit, caption) to apply to the blocks inside it: a
// "caption" class on a box that holds the story is a misnomer.
const maxHintProse = 600

// resolveHint sets a block's hint from the nearest element around it that
// carries one, and makes it a caption when it is inside a <figure>, as
// long as that element is small. A table's rows inside a <figure> are the
// table's, not a caption.
func (w *htmlWalker) resolveHint(b *block, el int32) {
	hintSet, inTable, inQuote := false, false, false
	for i := 0; el >= 0 && i < 24; i++ {
		e := &w.elems[el]
		switch e.tag {
		case atom.Article, atom.Main, atom.Body:
			return
		case atom.Table:
			inTable = true
		case atom.Blockquote:
			inQuote = true
		}
		small := e.prose <= maxHintProse
		if !hintSet && e.hint != hintNone && small {
			b.hint = e.hint
			hintSet = true
		}
		if e.flags&flagFigure != 0 && small && !inTable {
			// A quotation set in a figure ("<figure><blockquote>") is a
			// quote, not a picture's caption.
			if inQuote {
				b.kind = kindQuote
			} else {
				b.kind = kindCaption
			}
			return
		}
		el = e.parent
	}
}

// boilerHoldsStory reports whether the chrome mark on element el comes from
// an element (el or one of its maxUpWalk nearest ancestors) that holds at
// least half the page's prose, alone or with its siblings of the same tag
// and class (groups, from boilerGroups): a story cut into sections that
// each carry a chrome word ("content-nav-section").
func (w *htmlWalker) boilerHoldsStory(el int32, total int, groups map[boxKey]int) bool {
	for i := 0; el >= 0 && i < maxUpWalk; i++ {
		e := &w.elems[el]
		if e.flags&flagBoiler == 0 || e.flags&flagComments != 0 {
			return false
		}
		prose := e.prose
		if e.parent >= 0 && w.elems[e.parent].flags&flagBoiler == 0 {
			prose = max(prose, groups[boxKey{e.parent, e.own}])
		}
		if prose*2 >= total {
			return true
		}
		el = e.parent
	}
	return false
}

// A boxKey names a group of sibling elements: their parent, and the
// classSig of their tag and class.
type boxKey struct {
	parent int32
	own    uint32
}

// boilerGroups returns the prose held by each group of sibling elements of
// the same tag and class that carry a chrome mark of their own (their
// parent carries none).
func (w *htmlWalker) boilerGroups() map[boxKey]int {
	groups := make(map[boxKey]int)
	for i := range w.elems {
		e := &w.elems[i]
		if e.flags&flagBoiler != 0 && e.prose > 0 && e.parent >= 0 && w.elems[e.parent].flags&flagBoiler == 0 {
			groups[boxKey{e.parent, e.own}] += e.prose
		}
	}
	return groups
}

// commonAncestor returns the nearest element that holds both a and b; -1
// stands for "no element yet".
func (w *htmlWalker) commonAncestor(a, b int32) int32 {
	if a < 0 {
		return b
	}
	if b < 0 {
		return a
	}
	if w.isInside(b, a) {
		return a
	}
	for x := b; x >= 0; x = w.elems[x].parent {
		if w.isInside(a, x) {
			return x
		}
	}
	return -1
}

// isInside reports whether element el is anc or inside it. It needs the
// end indexes that findMain fills in.
func (w *htmlWalker) isInside(el, anc int32) bool {
	return el >= 0 && anc >= 0 && anc <= el && el <= w.elems[anc].end
}

// meta returns the page's metadata.
func (w *htmlWalker) meta() pageMeta {
	var m pageMeta
	for _, raw := range w.jsonLD {
		readJSONLD(raw, &m)
	}
	get := func(keys ...string) string {
		for _, k := range keys {
			if v := w.metas[k]; v != "" {
				return Clean(v)
			}
		}
		return ""
	}
	m.socialTitle = get("og:title", "twitter:title")
	if m.headline == "" {
		m.headline = get("og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title", "itemprop:headline")
	}
	m.titleTag = Clean(string(w.title))
	if d := get("og:description", "description", "twitter:description"); d != "" {
		m.description = d
	}
	m.ogType = strings.ToLower(strings.TrimSpace(w.metas["og:type"]))
	if m.section == "" {
		m.section = get("article:section", "parsely-section", "sailthru.section", "section", "article.section", "itemprop:articlesection")
	}
	if m.site == "" {
		m.site = get("og:site_name", "application-name", "publisher", "twitter:site")
	}
	// The canonical link is the most trusted address, then og:url, then
	// JSON-LD; fragments ("#webpage" in Yoast's @id) are not part of it.
	if u := Clean(w.canonical); strings.HasPrefix(u, "http") {
		m.url = u
	} else if u := get("og:url"); strings.HasPrefix(u, "http") {
		m.url = u
	}
	if i := strings.IndexByte(m.url, '#'); i >= 0 {
		m.url = m.url[:i]
	}
	if m.published.IsZero() {
		for _, k := range []string{"article:published_time", "og:article:published_time", "datepublished", "itemprop:datepublished",
			"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
			"article.published", "publish-date", "publication_date", "original-publish-date", "article:published"} {
			if v := w.metas[k]; v != "" {
				if t, ok := parseISOTime(strings.TrimSpace(v)); ok {
					m.published = t
					break
				}
				if d := parseDateText(v); d.ok {
					m.published = d.t
					break
				}
			}
		}
	}
	if m.published.IsZero() {
		for _, v := range w.times {
			if t, ok := parseISOTime(strings.TrimSpace(v)); ok {
				m.published = t
				break
			}
		}
	}
	if len(m.authors) == 0 && len(m.orgs) == 0 {
		for _, k := range []string{"author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "citation_author"} {
			if v := w.metas[k]; v != "" && !strings.HasPrefix(v, "http") {
				addAuthorText(&m, Clean(v))
				break
			}
		}
	}
	m.language = Clean(w.lang)
	if m.language == "" {
		m.language = get("og:locale", "language", "content-language", "dc.language")
		m.language = strings.ReplaceAll(m.language, "_", "-")
	}
	if !utf8.ValidString(m.url) {
		m.url = ""
	}
	return m
}
