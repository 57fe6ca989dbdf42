package wirestory

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"golang.org/x/text/encoding/unicode"
)

// An Article is one story as wirestory found it on a page. Every string in
// it is clean: [Clean] would change it no further, with one exception. The
// text of an HTML page is decoded once, as a browser shows it, so a
// character reference the page shows as text ("&lt;" in a story about
// HTML, "&#8217;" a site escaped twice) is kept, where Clean would decode
// it again. Fields the page does not show are left empty, and so are
// fields whose value is too long to be what they hold (the package
// documentation lists the limits).
type Article struct {
	// Headline is the story's headline, without a site-name suffix
	// (" - The Japan Times", " | Reuters"). On HTML pages it comes from
	// JSON-LD, OpenGraph, the page's <h1> or its <title>, in that order of
	// trust; on text pages from the title-shaped line above the story.
	// One longer than 400 characters is cut at a word.
	Headline string `json:"headline,omitempty"`

	// Section is the site's section label for the story ("World",
	// "Business"), as shown above the headline or named in the page's
	// metadata.
	Section string `json:"section,omitempty"`

	// Byline lists the people the story is credited to, as written
	// ("LISA MASCARO", "Jane Doe"). Agencies, the site's own name and
	// placeholders such as "Staff" are never in it, nor is a name longer
	// than 100 characters; metadata gives at most 32 names.
	Byline []string `json:"byline,omitempty"`

	// Credit is the source credit as printed on the page: a credit line
	// ("AFP-JIJI", "Kyodo", "By Jane Doe, Reuters"), or a bare agency
	// signature at the end of the story (" PTI"). It is empty when the only
	// sign of the source is in the dateline or a tail, and when it is
	// longer than 200 characters.
	Credit string `json:"credit,omitempty"`

	// Agencies are the news agencies the story is credited to, from the
	// credit line, the dateline ("(AP)") and the tail ("(Reporting by
	// ...)"), in that order and without repeats. Photo credits do not count.
	Agencies []Agency `json:"agencies,omitempty"`

	// Dateline is the dateline that opened the first paragraph, lifted out
	// of it. It is the zero Dateline when the story has none.
	Dateline Dateline `json:"dateline,omitzero"`

	// Published is when the story was published, from the page's metadata
	// or a date shown near the headline, with the zone the page gave; or,
	// failing those, the day named in the page's URL, at 00:00 UTC. It is
	// the zero Time when unknown.
	Published time.Time `json:"published,omitzero"`

	// Paragraphs are the body of the story, in order, with the dateline
	// removed from the first one. Subheads inside the story are paragraphs
	// too; Subheads says which.
	Paragraphs []string `json:"paragraphs,omitempty"`

	// Subheads holds the indexes in Paragraphs of the story's own
	// subheadings, in increasing order.
	Subheads []int `json:"subheads,omitempty"`

	// Tail holds the lines that close a wire story rather than tell it:
	// "(Reporting by ...; Editing by ...)", "Additional reporting by ...",
	// "— Reuters", contributor notes, copyright notices and corrections.
	Tail []string `json:"tail,omitempty"`

	// URL is the page's canonical address, from its metadata (HTML pages),
	// or else the URL given in [PageInfo].
	URL string `json:"url,omitempty"`

	// Site is the name of the site that published the page, from its
	// metadata (HTML pages only).
	Site string `json:"site,omitempty"`

	// Language is the page's declared language, as a BCP 47 tag ("en",
	// "ja-JP"), from its metadata (HTML pages only).
	Language string `json:"language,omitempty"`
}

// An Agency is a news agency or other credited source of a story.
type Agency struct {
	// Code is the agency's short name, as wire services and their clients
	// write it: "AP", "Reuters", "AFP", "Jiji", "dpa".
	Code string `json:"code"`
	// Name is the agency's full name: "The Associated Press".
	Name string `json:"name"`
}

// Text returns the story's paragraphs joined by blank lines: the body as
// plain text, without headline, dateline or tail.
func (a *Article) Text() string {
	return strings.Join(a.Paragraphs, "\n\n")
}

// Errors returned by Parse.
var (
	// ErrNoArticle is returned when the input holds no story: it is empty,
	// binary, or has no run of prose (a bare list of links, a script-only
	// page).
	ErrNoArticle = errors.New("wirestory: no article found")

	// ErrTooLarge is returned when the input is longer than the Parser's
	// MaxSize (DefaultMaxSize, 16 MiB, unless set). Parse then stops
	// reading after MaxSize+1 bytes, so an endless reader costs no more
	// than that; raise MaxSize, or make it negative, to read larger pages.
	ErrTooLarge = errors.New("wirestory: input too large")
)

// DefaultMaxSize is the largest input, in bytes, that Parse reads when the
// Parser's MaxSize is zero.
const DefaultMaxSize = 16 << 20

// A Parser reads pages into Articles. Its zero value is ready to use, and it
// is safe to call Parse on one Parser from many goroutines at once. The
// exported fields can be set before the first call.
type Parser struct {
	// MaxSize is the largest input Parse accepts, in bytes; longer input
	// gives ErrTooLarge. Zero means DefaultMaxSize (16 MiB); a negative
	// value means no limit. Parse holds the whole input in memory, and its
	// time and memory grow linearly with the input's length, so MaxSize
	// bounds both.
	MaxSize int64

	// ContentType is the HTTP Content-Type header the pages are served
	// with, if the caller has it ("text/html; charset=Shift_JIS"). Its
	// charset takes precedence over a <meta charset> in an HTML page, as in
	// a browser, and decides how a text page is decoded. A byte-order mark
	// takes precedence over it. To give each page its own, use
	// [Parser.ParsePage] with a [PageInfo].
	ContentType string
}

// Parse reads one page from r with the default Parser settings and returns
// the story it carries. See [Parser.Parse].
func Parse(r io.Reader) (*Article, error) {
	var p Parser
	return p.ParsePage(r, PageInfo{})
}

// ParsePage is [Parse] with what the caller knows about the page: its URL
// and the Content-Type it was served with. See [Parser.ParsePage].
func ParsePage(r io.Reader, info PageInfo) (*Article, error) {
	var p Parser
	return p.ParsePage(r, info)
}

// Parse reads one page from r and returns the story it carries. The page may
// be HTML or plain text (one visible block per line, as scrapers dump it);
// Parse tells them apart from the first bytes. HTML is decoded according to
// its byte-order mark, the Parser's ContentType or its <meta> declaration;
// text is read as the ContentType's charset says, or as UTF-8, with invalid
// bytes read as Windows-1252.
//
// Parse returns ErrNoArticle when the page holds no story, ErrTooLarge when
// it is longer than MaxSize, and an error wrapping the reader's when reading
// fails (a nil r is an error too). It does no I/O other than reading r.
func (p *Parser) Parse(r io.Reader) (*Article, error) {
	return p.ParsePage(r, PageInfo{})
}

// ParsePage is [Parser.Parse] with what the caller knows about the page
// besides its bytes (see [PageInfo]): info.ContentType, when set, takes
// the place of the Parser's ContentType for this page, and info.URL fills
// what the page does not say about itself.
func (p *Parser) ParsePage(r io.Reader, info PageInfo) (*Article, error) {
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
	_, rd := readStory(data, contentType, &trainedBody)
	a := rd.article
	if len(a.Paragraphs) == 0 {
		return nil, ErrNoArticle
	}
	info.fill(a)
	return a, nil
}

func (p *Parser) read(r io.Reader) ([]byte, error) {
	limit := p.MaxSize
	if limit == 0 {
		limit = DefaultMaxSize
	}
	switch rr := r.(type) {
	case *bytes.Reader, *strings.Reader:
		// Their Len is exact and their WriteTo writes the rest in one
		// call: appended to nothing, the copy is not zeroed first as a
		// bytes.Buffer's room is.
		if n := int64(rr.(interface{ Len() int }).Len()); limit < 0 || n <= limit {
			var b pageBuffer
			if _, err := rr.(io.WriterTo).WriteTo(&b); err != nil {
				return nil, fmt.Errorf("wirestory: reading page: %w", err)
			}
			return b, nil
		}
	}
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		// A bytes.Reader or strings.Reader says how much is left. Another
		// reader may be wrong, or lie: the buffer is made that large only
		// up to the limit and DefaultMaxSize, and grows as it is read
		// past that.
		if n := int64(l.Len()); n >= 0 && (limit < 0 || n <= limit) && n <= DefaultMaxSize {
			buf.Grow(int(n) + bytes.MinRead)
		}
	}
	if limit > 0 && limit < math.MaxInt64 {
		r = io.LimitReader(r, limit+1)
	}
	_, err := buf.ReadFrom(r)
	data := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("wirestory: reading page: %w", err)
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, ErrTooLarge
	}
	return data, nil
}

// A pageBuffer is a page written to it by a bytes.Reader's or a
// strings.Reader's WriteTo.
type pageBuffer []byte

func (b *pageBuffer) Write(p []byte) (int, error) {
	*b = append(*b, p...)
	return len(p), nil
}

func (b *pageBuffer) WriteString(s string) (int, error) {
	*b = append(*b, s...)
	return len(s), nil
}

// looksBinary reports whether data is not text: it starts with the magic
// number of a common binary format, or its first kilobytes hold NUL bytes
// or many control characters.
func looksBinary(data []byte) bool {
	for _, magic := range binaryMagic {
		if bytes.HasPrefix(data, []byte(magic)) {
			return true
		}
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	// UTF-16 text has NULs; it is marked by a byte-order mark.
	if bytes.HasPrefix(head, []byte{0xfe, 0xff}) || bytes.HasPrefix(head, []byte{0xff, 0xfe}) {
		return false
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctl++
		}
	}
	return ctl*20 > len(head)
}

var binaryMagic = []string{
	"\x89PNG\r\n", "GIF87a", "GIF89a", "\xff\xd8\xff", "\x1f\x8b", "PK\x03\x04", "%PDF-",
	"\xfd7zXZ", "7z\xbc\xaf", "OggS", "ID3\x03", "ID3\x04", "fLaC", "\x7fELF",
	"\x28\xb5\x2f\xfd", "wOFF", "wOF2",
}

// looksHTML reports whether data is an HTML page rather than plain text:
// after a byte-order mark and white space it starts with a comment or
// doctype, or with a tag unless it is a text dump under a stray tag
// (strayTagsOverLines), or its first kilobytes hold several common HTML
// tags. A page
// with a UTF-16 byte-order mark is read as UTF-16 to tell.
func looksHTML(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		// UTF-16: look at the characters, not the bytes.
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		if h, err := dec.Bytes(head[:len(head)&^1]); err == nil {
			head = h
		}
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) > 1 && trimmed[0] == '<' {
		c := trimmed[1]
		if c == '!' || c == '?' {
			return true
		}
		if isASCIILetter(c) {
			return !strayTagsOverLines(trimmed) || commonTags(head) > 0
		}
	}
	return commonTags(head) >= 3
}

// commonTags returns how many of a page's common HTML tags head holds.
func commonTags(head []byte) int {
	lower := bytes.ToLower(head)
	n := 0
	for _, tag := range []string{"<html", "<head", "<body", "<div", "<p>", "<p ", "<meta", "<script", "<article", "<span", "<a href", "<br"} {
		if bytes.Contains(lower, []byte(tag)) {
			n++
		}
	}
	return n
}

// Shape of a browser's text dump that opens with a stray tag or two (a
// tracking pixel's markup printed as text): at most maxStrayTagLines of
// its first lines hold a tag, and at least minDumpLines lines hold none.
const (
	maxStrayTagLines = 2
	minDumpLines     = 10
)

// strayTagsOverLines reports whether head, which opens with a tag but
// holds none of a page's common tags, is a text dump under a stray tag:
// its lines are plain text but for at most maxStrayTagLines that hold a
// tag, and minDumpLines or more hold none.
func strayTagsOverLines(head []byte) bool {
	tagged, plain := 0, 0
	for line := range bytes.SplitSeq(head, []byte("\n")) {
		switch {
		case hasTag(line):
			tagged++
			if tagged > maxStrayTagLines {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			plain++
		}
	}
	return plain >= minDumpLines
}

// hasTag reports whether line holds a start or end tag, a comment or a
// doctype: a '<' followed by a letter, '/' or '!'.
func hasTag(line []byte) bool {
	for i := 0; i+1 < len(line); i++ {
		if line[i] == '<' && (isASCIILetter(line[i+1]) || line[i+1] == '/' || line[i+1] == '!') {
			return true
		}
	}
	return false
}
