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

// A Page is what became of one page of a crawl: where it came from and the
// story it carries, or why there is none. It marshals to the JSON line the
// command and the Beam pipeline write for each page.
type Page struct {
	WARC     string    `json:"warc"`                // the WARC file, as named to the Reader
	Offset   int64     `json:"offset"`              // Record.Offset
	RecordID string    `json:"record_id,omitempty"` // Record.ID
	URI      string    `json:"uri,omitempty"`       // Record.URI
	Fetched  time.Time `json:"fetched,omitzero"`    // Record.Date
	Status   int       `json:"status,omitempty"`    // Record.Status

	Article *wirestory.Article `json:"article,omitempty"`
	Error   string             `json:"error,omitempty"`

	// Err is why there is no Article: wirestory.ErrNoArticle for a page
	// that holds no story, ErrTimeout, wirestory.ErrTooLarge, or an error
	// reading or decoding the payload. Error is its message.
	Err error `json:"-"`

	data        []byte // the payload, between Load and Parse
	contentType string // the Content-Type to parse it with
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
	// Parser parses the pages; its ContentType is set per page from the
	// record's HTTP Content-Type.
	Parser wirestory.Parser

	// Timeout is the time budget for parsing one page; a page that takes
	// longer gets ErrTimeout, and the run goes on. Zero means
	// DefaultTimeout; a negative value means no budget. The parse that ran
	// over goes on in the background until it ends (wirestory.Parse cannot
	// be stopped), but at most MaxOverdue of them at once: past that,
	// Process waits for one to end.
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
// returns the Page it will make, provenance filled in, or why it is not a
// page. A record is a page when it is a response (or resource) record with
// a 2xx HTTP status (or none) and an HTML payload: by its HTTP
// Content-Type, or, when that is missing, "text/plain" or
// "application/octet-stream", by sniffing the payload as browsers do. The
// payload is decoded from its HTTP chunked transfer and gzip or deflate
// content encodings. When reading it fails, the Page's Err says why and
// Parse leaves it so. Load must be called before the Reader's next Next.
func (p *Processor) Load(name string, rec *Record) (*Page, Skip) {
	pg := &Page{WARC: name, Offset: rec.Offset, RecordID: rec.ID, URI: rec.URI, Fetched: rec.Date, Status: rec.Status}
	if skip := Classify(rec); skip != NotPage {
		return pg, skip
	}
	data, err := p.payload(rec)
	switch {
	case err != nil:
		pg.setErr(err)
		return pg, NotPage
	case len(bytes.TrimSpace(data)) == 0:
		return pg, NoPayload
	}
	ct := rec.ContentType
	if declaredHTML(ct) != yes {
		if !strings.HasPrefix(http.DetectContentType(data), "text/html") {
			return pg, NotHTML
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
	a, err := p.parse(ctx, pg.data, pg.contentType)
	pg.data = nil
	pg.Article = a
	pg.setErr(err)
}

func (pg *Page) setErr(err error) {
	pg.Err = err
	if err != nil {
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
func (p *Processor) parse(ctx context.Context, data []byte, contentType string) (*wirestory.Article, error) {
	parser := p.Parser
	parser.ContentType = contentType
	budget := p.Timeout
	if budget == 0 {
		budget = DefaultTimeout
	}
	if budget < 0 && ctx.Done() == nil {
		return parser.Parse(bytes.NewReader(data))
	}
	done := make(chan parsed, 1)
	go func() {
		a, err := parser.Parse(bytes.NewReader(data))
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
