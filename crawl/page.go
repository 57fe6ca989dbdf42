package crawl

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/wirestory/wirestory"
)

// A Page is what became of one record of a crawl that is, or may be, a
// page: where it came from, and the story it carries or why there is none.
// It marshals to the JSON line the command and the Beam pipeline write for
// the record, in the shape of the command's other lines: "input", then
// "article", "skipped" or "error", with the record's provenance between.
type Page struct {
	Input    string    `json:"input"`               // WARC@OFFSET
	WARC     string    `json:"warc"`                // the WARC file, as named to the Reader
	Offset   int64     `json:"offset"`              // Record.Offset
	RecordID string    `json:"record_id,omitempty"` // Record.ID
	URI      string    `json:"uri,omitempty"`       // Record.URI
	Fetched  time.Time `json:"fetched,omitzero"`    // Record.Date
	Status   int       `json:"status,omitempty"`    // Record.Status

	Article *wirestory.Article `json:"article,omitempty"`
	// Skipped says why a record that is no page, or a page with no
	// story, gave no Article: "no story", "not HTML (image/png)", "not
	// 2xx (HTTP 404)", "empty payload".
	Skipped string `json:"skipped,omitempty"`
	// Error says why a record or page could not be read or parsed: a
	// broken record, a page too large or over its time budget, a payload
	// that cannot be decoded.
	Error string `json:"error,omitempty"`

	// Err is the error behind Error, or wirestory.ErrNoArticle for a page
	// with no story.
	Err error `json:"-"`

	data        []byte // the payload, between Load and Parse
	contentType string // the Content-Type to parse it with
	broken      bool   // the record could not be read
}

// PayloadLen returns the length of the payload Load read and Parse has not
// parsed yet: the memory the Page holds.
func (pg *Page) PayloadLen() int { return len(pg.data) }

// newPage returns the Page of a record of the file named name.
func newPage(name string, offset int64) *Page {
	return &Page{Input: fmt.Sprintf("%s@%d", name, offset), WARC: name, Offset: offset}
}

// BrokenPage returns the Page that reports a record that could not be
// read, as the Reader's *RecordError describes it.
func BrokenPage(re *RecordError) *Page {
	pg := newPage(re.File, re.Offset)
	pg.RecordID, pg.URI = re.ID, re.URI
	pg.broken = true
	pg.setErr(re.Err)
	return pg
}

// ErrTimeout is the error of a page whose parse took longer than the
// Processor's Timeout.
var ErrTimeout = errors.New("page took too long to parse")

// A Skip says why a record is not a page.
type Skip string

// The records that are not pages.
const (
	NotPage     Skip = ""              // the record is a page
	NotResponse Skip = "not response"  // a request, warcinfo, metadata, revisit ... record
	NotHTML     Skip = "not HTML"      // a response with another Content-Type
	NotOK       Skip = "not 2xx"       // an HTTP status other than 2xx
	NoPayload   Skip = "empty payload" // a response with no body
)

// DefaultTimeout is a Processor's time budget for one page when its
// Timeout is zero.
const DefaultTimeout = 10 * time.Second

// A Processor turns WARC records into Pages. Its zero value is ready to
// use, and one Processor may be used by many goroutines at once; it must
// not be copied after first use.
type Processor struct {
	// Parser parses the pages, each with its record's target URI and
	// HTTP Content-Type (wirestory.PageInfo).
	Parser wirestory.Parser

	// Timeout is the time budget for parsing one page; a page that takes
	// longer gets ErrTimeout, and the run goes on. Zero means
	// DefaultTimeout; a negative value means no budget. The parse that ran
	// over goes on in the background until it ends (wirestory.Parse cannot
	// be stopped), but at most MaxOverdue of them at once: past that,
	// Parse waits for one to end.
	Timeout time.Duration

	// MaxOverdue is how many parses that ran over their budget may go on
	// at once in the background. Zero means runtime.NumCPU().
	MaxOverdue int

	overdue chan struct{} // slots for parses that ran over, made on first use
	once    sync.Once
}

// Classify says whether rec may be a page (NotPage) or why it is not. It
// reads no payload; Load sniffs the payload when the Content-Type does not
// settle it.
func Classify(rec *Record) Skip {
	switch {
	case rec.Type != "response" && rec.Type != "resource":
		return NotResponse
	case rec.Type == "response" && rec.Header == nil:
		return NotResponse // not an HTTP response (dns:, ...)
	case rec.Status != 0 && (rec.Status < 200 || rec.Status > 299):
		return NotOK
	}
	switch declaredHTML(rec.ContentType) {
	case no:
		return NotHTML
	}
	return NotPage
}

type tristate int

const (
	maybe tristate = iota
	yes
	no
)

// declaredHTML says what a Content-Type says about a payload being HTML.
func declaredHTML(ct string) tristate {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return maybe // missing or garbled: sniff
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return yes
	case mt == "application/octet-stream" || mt == "text/plain" || mt == "application/unknown" ||
		mt == "unknown/unknown" || mt == "application/x-unknown-content-type":
		return maybe
	}
	return no
}

// Load reads the payload of rec, a record of the file named name, and
// returns the Page it will make, provenance filled in, and why it is not a
// page (NotPage when it is one). A record that is not a page gets a Page
// too, with Skipped saying why, except NotResponse records (requests,
// metadata ...), which are no pages at all. A record is a page when it is a response (or resource) record with
// a 2xx HTTP status (or none) and an HTML payload: by its HTTP
// Content-Type, or, when that is missing, "text/plain" or
// "application/octet-stream", by sniffing the payload as browsers do. The
// payload is decoded from its HTTP chunked transfer and gzip or deflate
// content encodings. When reading it fails, the Page's Err says why and
// Parse leaves it so. Load must be called before the Reader's next Next.
func (p *Processor) Load(name string, rec *Record) (*Page, Skip) {
	pg := newPage(name, rec.Offset)
	pg.RecordID, pg.URI, pg.Fetched, pg.Status = rec.ID, rec.URI, rec.Date, rec.Status
	skip := func(why Skip) (*Page, Skip) {
		pg.Skipped = string(why)
		switch {
		case why == NotHTML && rec.ContentType != "":
			pg.Skipped += " (" + rec.ContentType + ")"
		case why == NotHTML:
			pg.Skipped += " (no Content-Type)"
		case why == NotOK:
			pg.Skipped += fmt.Sprintf(" (HTTP %d)", rec.Status)
		}
		return pg, why
	}
	if why := Classify(rec); why != NotPage {
		return skip(why)
	}
	data, err := p.payload(rec)
	switch {
	case err != nil:
		pg.setErr(err)
		return pg, NotPage
	case len(bytes.TrimSpace(data)) == 0:
		return skip(NoPayload)
	}
	ct := rec.ContentType
	if declaredHTML(ct) != yes {
		if !strings.HasPrefix(http.DetectContentType(data), "text/html") {
			return skip(NotHTML)
		}
		// The type is HTML; keep a charset the server declared.
		if _, params, err := mime.ParseMediaType(ct); err == nil && params["charset"] != "" {
			ct = mime.FormatMediaType("text/html", map[string]string{"charset": params["charset"]})
		} else {
			ct = "text/html"
		}
	}
	pg.data, pg.contentType = data, ct
	return pg, NotPage
}

// Parse parses a page Load returned, within the time budget, and sets its
// Article or its Err. It does nothing to a page whose Err is set.
func (p *Processor) Parse(ctx context.Context, pg *Page) {
	if pg.Err != nil || pg.data == nil {
		return
	}
	a, err := p.parse(ctx, pg.data, wirestory.PageInfo{URL: pg.URI, ContentType: pg.contentType})
	pg.data = nil
	pg.Article = a
	pg.setErr(err)
}

// setErr records why a page gave no Article.
func (pg *Page) setErr(err error) {
	pg.Err = err
	switch {
	case err == nil:
	case errors.Is(err, wirestory.ErrNoArticle):
		pg.Skipped = "no story"
	default:
		pg.Error = strings.ReplaceAll(err.Error(), "wirestory: ", "")
	}
}

// payload reads rec's payload, decoded from its HTTP transfer and content
// encodings, up to the Parser's MaxSize.
func (p *Processor) payload(rec *Record) ([]byte, error) {
	r, err := rec.Payload()
	if err != nil {
		return nil, err
	}
	if rec.Header != nil {
		if rec.chunked {
			r = httputil.NewChunkedReader(r)
		}
		switch enc := strings.ToLower(strings.TrimSpace(rec.Header.Get("Content-Encoding"))); enc {
		case "", "identity", "none":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, fmt.Errorf("content-encoding gzip: %w", err)
			}
			r = zr
		case "deflate":
			r = flate.NewReader(r)
		default:
			return nil, fmt.Errorf("content-encoding %q not supported", enc)
		}
	}
	limit := p.Parser.MaxSize
	if limit == 0 {
		limit = wirestory.DefaultMaxSize
	}
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	var buf bytes.Buffer
	if n := rec.size; n > 0 && (limit < 0 || n <= limit) {
		buf.Grow(int(n) + bytes.MinRead) // the payload is a little shorter
	}
	_, err = buf.ReadFrom(r)
	data := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("reading payload: %w", err)
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, wirestory.ErrTooLarge
	}
	return data, nil
}

// parse parses one page within the time budget.
func (p *Processor) parse(ctx context.Context, data []byte, info wirestory.PageInfo) (*wirestory.Article, error) {
	budget := p.Timeout
	if budget == 0 {
		budget = DefaultTimeout
	}
	if budget < 0 && ctx.Done() == nil {
		return p.Parser.ParsePage(bytes.NewReader(data), info)
	}
	done := make(chan parsed, 1)
	go func() {
		a, err := p.Parser.ParsePage(bytes.NewReader(data), info)
		done <- parsed{a, err}
	}()
	var timeout <-chan time.Time
	if budget > 0 {
		t := time.NewTimer(budget)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case r := <-done:
		return r.a, r.err
	case <-timeout:
		p.leave(done)
		return nil, fmt.Errorf("%w (budget %v)", ErrTimeout, budget)
	case <-ctx.Done():
		p.leave(done)
		return nil, ctx.Err()
	}
}

type parsed struct {
	a   *wirestory.Article
	err error
}

// leave lets a parse that ran over go on in the background, holding one
// of MaxOverdue slots until it ends; it waits for a free slot.
func (p *Processor) leave(done <-chan parsed) {
	p.once.Do(func() {
		n := p.MaxOverdue
		if n <= 0 {
			n = runtime.NumCPU()
		}
		p.overdue = make(chan struct{}, n)
	})
	p.overdue <- struct{}{}
	go func() {
		<-done
		<-p.overdue
	}()
}

// MarshalLine returns pg as one line of JSON Lines, newline included, as
// the wirestory command and the Beam pipeline write it: characters such as
// < and & are not escaped.
func (pg *Page) MarshalLine() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(pg); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
