package crawl

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// A Record is one record of a WARC file, as a [Reader] returns it.
type Record struct {
	// Offset is where the record starts in the file: the offset of its
	// gzip member in a .warc.gz file, as CDX indexes give it.
	Offset int64

	// Type is the record's WARC-Type: "response", "request", "warcinfo" ...
	Type string

	// ID is the record's WARC-Record-ID ("<urn:uuid:...>").
	ID string

	// URI is the record's WARC-Target-URI, the address the page was
	// fetched from.
	URI string

	// Date is the record's WARC-Date, when the page was fetched.
	Date time.Time

	// Status is the HTTP status code of a response record, 0 for a record
	// that holds no HTTP response.
	Status int

	// Header is the HTTP header of a response record, nil for a record
	// that holds no HTTP response.
	Header http.Header

	// ContentType is the HTTP Content-Type of a response record, or the
	// record's own Content-Type for a resource record.
	ContentType string

	rec     gowarc.WarcRecord
	chunked bool // the payload has HTTP chunked transfer coding
}

// Payload returns the record's payload: the body of an HTTP response as it
// was stored (with any Content-Encoding still applied), or the whole block
// of another record. It may be read once, before the next call to Next.
func (r *Record) Payload() (io.Reader, error) {
	if r.rec == nil {
		return nil, errors.New("record has no block")
	}
	switch b := r.rec.Block().(type) {
	case gowarc.PayloadBlock:
		return b.PayloadBytes()
	default:
		return b.RawBytes()
	}
}

// A RecordError reports a record that could not be read. Reading can go
// on with the next record.
type RecordError struct {
	File   string // the file's name, as given to NewReader
	Offset int64  // where the record (or the bytes skipped) starts
	ID     string // the record's WARC-Record-ID, when it could be read
	URI    string // the record's WARC-Target-URI, when it could be read
	Err    error
}

func (e *RecordError) Error() string {
	s := fmt.Sprintf("%s@%d", e.File, e.Offset)
	if e.URI != "" {
		s += " (" + e.URI + ")"
	}
	return s + ": " + e.Err.Error()
}

func (e *RecordError) Unwrap() error { return e.Err }

// The reasons a record cannot be read, found in [RecordError.Err] by
// errors.Is.
var (
	// ErrTruncated: the file ends inside the record.
	ErrTruncated = errors.New("truncated record")
	// ErrCorrupt: the record's gzip member is corrupt (bad header, bad
	// compressed data or checksum), or its WARC header cannot be read.
	ErrCorrupt = errors.New("corrupt record")
	// ErrRecordTooLarge: the record's block is longer than the Reader's
	// MaxRecordSize; it is skipped without being held in memory.
	ErrRecordTooLarge = errors.New("record too large")
	// ErrGarbage: bytes that are not a record, skipped up to the next one.
	ErrGarbage = errors.New("not a WARC record")
)

// DefaultMaxRecordSize is the longest record block a Reader reads when
// its MaxRecordSize is zero: room for a page of wirestory.DefaultMaxSize and
// its HTTP header.
const DefaultMaxRecordSize = 20 << 20

// maxHeader is the most bytes of a WARC header looked at to find the
// record's length before reading it.
const maxHeader = 64 << 10

// A Reader reads the records of a WARC file from a stream, one at a time:
// a file of gzip members, one record each (.warc.gz; a member holding
// several records, as when a whole .warc was gzipped, is read too), or an
// uncompressed .warc. It holds one record at a time, so its memory does not
// grow with the file.
//
// A broken record gives a *RecordError and reading goes on: in a .warc.gz
// at the next gzip member that holds a WARC record, searched from the byte
// after the broken member's start (from where its decoder stopped when the
// member was longer than MaxRecordSize); in an uncompressed file at the
// next "WARC/" after where reading stopped. A Reader is not safe for
// concurrent use.
type Reader struct {
	// MaxRecordSize is the longest record block read, in bytes; a longer
	// record is skipped with ErrRecordTooLarge, without being held in
	// memory. Zero means DefaultMaxRecordSize. Set it before the first
	// call to Next.
	MaxRecordSize int64

	name string
	win  *window
	gz   *gzip.Reader
	mb   *bufio.Reader // the open member's content, or the plain file
	u    gowarc.Unmarshaler
	cur  gowarc.WarcRecord

	started     bool  // the first record's start has been looked for
	inMember    bool  // more records may follow in the open member
	memberStart int64 // offset of the open gzip member
	plain       bool  // reading an uncompressed file
	end         int64 // stop before a record starting at or after end; <0 for none
	pending     *Record
	err         error // the end of reading: io.EOF or the source's error
}

// NewReader returns a Reader of the WARC file r, named name in errors.
func NewReader(r io.Reader, name string) *Reader {
	return NewReaderAt(r, name, 0, -1)
}

// NewReaderAt returns a Reader of the records of a WARC file that start at
// or after offset and before end (no bound if end < 0). r must be
// positioned at offset in the file. When offset is not the start of a
// record, the Reader skips to the next record's start without reporting
// the bytes skipped: this is how a file is read in parts, each part by its
// own Reader, every record by exactly one of them. Parts are for .warc.gz
// files; an uncompressed file is read whole from offset 0.
func NewReaderAt(r io.Reader, name string, offset, end int64) *Reader {
	return &Reader{
		name: name,
		win:  newWindow(r, offset, 0),
		// Lenient: syntax faults and unknown record types are ignored,
		// so that a crawl with small faults is read. ErrWarn on spec
		// violations makes gowarc keep each record's block (in memory up
		// to 1 MiB, then in a temporary file) until it is closed, which
		// is what lets the payload be read after Unmarshal returns.
		u: gowarc.NewUnmarshaler(
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		),
		end: end,
	}
}

func (rd *Reader) maxRecord() int64 {
	if rd.MaxRecordSize > 0 {
		return rd.MaxRecordSize
	}
	return DefaultMaxRecordSize
}

var (
	gzipMagic = []byte{0x1f, 0x8b, 0x08}
	warcMagic = []byte("WARC/")
)

// Next returns the next record, io.EOF at the end of the file, a
// *RecordError for a record that could not be read (call Next again to go
// on), or another error when the file itself cannot be read. The record is
// valid until the next call.
func (rd *Reader) Next() (*Record, error) {
	if rd.cur != nil {
		rd.cur.Close()
		rd.cur = nil
	}
	if rec := rd.pending; rec != nil {
		rd.pending, rd.cur = nil, rec.rec
		return rec, nil
	}
	if rd.err != nil {
		return nil, rd.err
	}
	rd.win.keep = int(min(rd.maxRecord(), 64<<20))
	if !rd.started {
		rd.started = true
		if rd.win.pos() > 0 {
			rd.resync(false)
		}
	}
	switch {
	case rd.inMember:
		return rd.nextInMember()
	case rd.plain:
		return rd.nextPlain()
	}
	start := rd.win.pos()
	head := rd.win.peek(len(warcMagic))
	switch {
	case len(head) == 0:
		return nil, rd.fatal()
	case rd.end >= 0 && start >= rd.end:
		rd.err = io.EOF
		return nil, io.EOF
	case bytes.HasPrefix(head, gzipMagic):
		return rd.openMember(start)
	case bytes.Equal(head, warcMagic) && rd.gz == nil:
		rd.plain = true
		rd.mb = bufio.NewReaderSize(rd.win, maxHeader+4096)
		return rd.nextPlain()
	}
	skipped := rd.resync(true)
	return nil, &RecordError{File: rd.name, Offset: start, Err: fmt.Errorf("%w: %d bytes skipped", ErrGarbage, skipped)}
}

// fatal ends reading, with the source's error or io.EOF, and returns it.
func (rd *Reader) fatal() error {
	rd.err = rd.win.readErr()
	return rd.err
}

// resync skips to the next gzip member that holds a WARC record or, in a
// file not seen to be gzipped, to the next line starting "WARC/", and
// returns how many bytes it skipped. When from1 is true the byte at the
// current offset is skipped first.
func (rd *Reader) resync(from1 bool) int64 {
	start := rd.win.pos()
	if from1 {
		rd.win.discard(1)
	}
	for {
		buf := rd.win.peek(64 << 10)
		if len(buf) < len(gzipMagic) {
			rd.win.discard(len(buf))
			return rd.win.pos() - start
		}
		i := bytes.Index(buf, gzipMagic)
		if rd.gz == nil {
			if j := bytes.Index(buf, warcMagic); j >= 0 && (i < 0 || j < i) {
				if !rd.lineStart(j) {
					rd.win.discard(j + 1)
					continue
				}
				rd.win.discard(j)
				return rd.win.pos() - start
			}
		}
		if i < 0 {
			rd.win.discard(len(buf) - len(gzipMagic) + 1)
			continue
		}
		rd.win.discard(i)
		if rd.holdsRecord() {
			return rd.win.pos() - start
		}
		rd.win.discard(1)
	}
}

// lineStart reports whether the byte i bytes ahead starts a line: it
// follows a newline, or starts the file.
func (rd *Reader) lineStart(i int) bool {
	w := rd.win
	k := w.r + i
	return k == 0 && w.base == 0 || k > 0 && w.buf[k-1] == '\n'
}

// holdsRecord reports whether a gzip member that holds a WARC record
// starts at the current offset, without reading it.
func (rd *Reader) holdsRecord() bool {
	at := rd.win.pos()
	rd.win.setMark()
	defer func() {
		rd.win.rewind(at)
		rd.win.mark = -1
	}()
	if !rd.resetGzip() {
		return false
	}
	head, _ := rd.mb.Peek(len(warcMagic))
	return bytes.Equal(head, warcMagic)
}

// resetGzip starts decoding a gzip member at the current offset.
func (rd *Reader) resetGzip() bool {
	var err error
	if rd.gz == nil {
		rd.gz, err = gzip.NewReader(rd.win)
	} else {
		err = rd.gz.Reset(rd.win)
	}
	if err != nil {
		return false
	}
	rd.gz.Multistream(false)
	if rd.mb == nil {
		rd.mb = bufio.NewReaderSize(rd.gz, maxHeader+4096)
	} else {
		rd.mb.Reset(rd.gz)
	}
	return true
}

// openMember starts reading the gzip member at offset start.
func (rd *Reader) openMember(start int64) (*Record, error) {
	rd.win.setMark()
	rd.memberStart = start
	if !rd.resetGzip() {
		return nil, rd.broken(start, "", "", errors.New("bad gzip header"))
	}
	if head, err := rd.mb.Peek(len(warcMagic)); !bytes.Equal(head, warcMagic) {
		if err == nil {
			err = errors.New("gzip member does not hold a WARC record")
		}
		return nil, rd.broken(start, "", "", err)
	}
	rd.inMember = true
	return rd.nextInMember()
}

// nextInMember reads the next record of the open gzip member.
func (rd *Reader) nextInMember() (*Record, error) {
	start := rd.memberStart
	id, uri, length, ok := peekHeader(rd.mb)
	if ok && length > rd.maxRecord() {
		_, err := io.Copy(io.Discard, rd.mb) // the member holds the rest
		rd.inMember = false
		rd.win.mark = -1
		if err != nil {
			return nil, rd.broken(start, id, uri, err)
		}
		return nil, tooLarge(rd.name, start, id, uri, length, rd.maxRecord())
	}
	wr, _, validation, err := rd.u.Unmarshal(rd.mb)
	if err == nil && shortBlock(validation) {
		wr.Close()
		wr, err = nil, io.ErrUnexpectedEOF
	}
	if err != nil {
		if wr != nil {
			wr.Close()
		}
		return nil, rd.broken(start, id, uri, err)
	}
	rec := newRecord(wr, start)
	// A member normally ends after one record; its end is read now, so
	// that a bad checksum fails the record it covers.
	_, err = rd.mb.Peek(1)
	switch {
	case err == io.EOF:
		rd.inMember = false
		rd.win.mark = -1
	case err != nil:
		wr.Close()
		return nil, rd.broken(start, rec.ID, rec.URI, err)
	default:
		// Several records in one member: the next ones get the member's
		// offset too, the only place a reader can seek to.
	}
	rd.cur = wr
	return rec, nil
}

func tooLarge(name string, start int64, id, uri string, length, limit int64) error {
	return &RecordError{File: name, Offset: start, ID: id, URI: uri,
		Err: fmt.Errorf("%w: %d bytes (limit %d)", ErrRecordTooLarge, length, limit)}
}

// broken reports the gzip member at start as broken, and moves to the
// next member that holds a record: searched from the byte after start,
// when the bytes since are still kept, or else from where the decoder
// stopped.
func (rd *Reader) broken(start int64, id, uri string, err error) error {
	rd.inMember = false
	rd.win.rewind(start + 1)
	rd.win.mark = -1
	rd.resync(false)
	kind := ErrCorrupt
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		kind = ErrTruncated
	}
	return &RecordError{File: rd.name, Offset: start, ID: id, URI: uri, Err: fmt.Errorf("%w: %v", kind, err)}
}

// nextPlain reads the next record of an uncompressed file.
func (rd *Reader) nextPlain() (*Record, error) {
	start := rd.win.pos() - int64(rd.mb.Buffered())
	if _, err := rd.mb.Peek(1); err != nil {
		return nil, rd.fatal()
	}
	if rd.end >= 0 && start >= rd.end {
		rd.err = io.EOF
		return nil, io.EOF
	}
	id, uri, length, ok := peekHeader(rd.mb)
	if ok && length > rd.maxRecord() {
		skipRecord(rd.mb, length)
		return nil, tooLarge(rd.name, start, id, uri, length, rd.maxRecord())
	}
	wr, skipped, validation, err := rd.u.Unmarshal(rd.mb)
	if err == nil && shortBlock(validation) {
		// The block ended before its Content-Length: the file was cut
		// inside it (a member's end says so in a .warc.gz).
		wr.Close()
		wr, err = nil, io.ErrUnexpectedEOF
	}
	if err != nil {
		if wr != nil {
			wr.Close()
		}
		if rd.win.pos()-int64(rd.mb.Buffered()) == start {
			rd.mb.Discard(1) // always move on
		}
		kind := ErrCorrupt
		if _, perr := rd.mb.Peek(1); perr != nil {
			if errors.Is(err, gowarc.ErrNoRecord) {
				kind = ErrGarbage
			} else {
				kind = ErrTruncated
			}
		}
		return nil, &RecordError{File: rd.name, Offset: start, ID: id, URI: uri, Err: fmt.Errorf("%w: %v", kind, err)}
	}
	rec := newRecord(wr, start+skipped)
	if skipped > 0 {
		rd.pending = rec
		return nil, &RecordError{File: rd.name, Offset: start, Err: fmt.Errorf("%w: %d bytes skipped", ErrGarbage, skipped)}
	}
	rd.cur = wr
	return rec, nil
}

// shortBlock reports whether gowarc found a record's block shorter than its
// Content-Length.
func shortBlock(validation []error) bool {
	for _, err := range validation {
		var cl *gowarc.ContentLengthError
		if errors.As(err, &cl) && cl.Actual < cl.Expected {
			return true
		}
	}
	return false
}

// skipRecord skips a record of an uncompressed file whose block is length
// bytes long, with the blank line that ends it.
func skipRecord(br *bufio.Reader, length int64) {
	for {
		line, err := br.ReadSlice('\n')
		if err != nil && err != bufio.ErrBufferFull {
			return
		}
		if err == nil && len(bytes.TrimRight(line, "\r\n")) == 0 {
			break
		}
	}
	io.CopyN(io.Discard, br, length)
	for range 2 {
		if b, _ := br.Peek(2); string(b) == "\r\n" {
			br.Discard(2)
		} else if b, _ := br.Peek(1); string(b) == "\n" {
			br.Discard(1)
		}
	}
}

// peekHeader reads, without consuming them, the record ID, target URI and
// Content-Length of the WARC header at the head of br. ok is false when
// the header is longer than maxHeader or has no valid Content-Length.
func peekHeader(br *bufio.Reader) (id, uri string, length int64, ok bool) {
	buf, _ := br.Peek(maxHeader)
	end := bytes.Index(buf, []byte("\r\n\r\n"))
	if end < 0 {
		end = bytes.Index(buf, []byte("\n\n"))
	}
	if end < 0 {
		return "", "", 0, false
	}
	length = -1
	for _, line := range strings.Split(string(buf[:end]), "\n") {
		name, value, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "warc-record-id":
			id = value
		case "warc-target-uri":
			uri = strings.Trim(value, "<>")
		case "content-length":
			if n, err := strconv.ParseInt(value, 10, 64); err == nil && n >= 0 {
				length = n
			}
		}
	}
	return id, uri, length, length >= 0
}

// newRecord describes a record read by gowarc.
func newRecord(wr gowarc.WarcRecord, offset int64) *Record {
	h := wr.WarcHeader()
	rec := &Record{
		Offset:      offset,
		Type:        wr.Type().String(),
		ID:          h.Get(gowarc.WarcRecordID),
		URI:         strings.Trim(h.Get(gowarc.WarcTargetURI), "<>"),
		ContentType: h.Get(gowarc.ContentType),
		rec:         wr,
	}
	if t, err := h.GetTime(gowarc.WarcDate); err == nil {
		rec.Date = t.UTC()
	}
	if b, ok := wr.Block().(gowarc.HttpResponseBlock); ok {
		rec.Status = b.HttpStatusCode()
		if hh := b.HttpHeader(); hh != nil {
			rec.Header = *hh
			rec.ContentType = hh.Get("Content-Type")
		}
		// net/http moves Transfer-Encoding out of the header it parsed.
		for _, line := range bytes.Split(b.ProtocolHeaderBytes(), []byte("\n")) {
			name, value, ok := bytes.Cut(line, []byte(":"))
			if ok && strings.EqualFold(string(bytes.TrimSpace(name)), "Transfer-Encoding") &&
				bytes.Contains(bytes.ToLower(value), []byte("chunked")) {
				rec.chunked = true
			}
		}
	}
	return rec
}
