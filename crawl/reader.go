package crawl

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
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
	size    int64         // the block's Content-Length
	block   []byte        // the block, when the Reader holds it
	payload *bufio.Reader // an HTTP response's body, after its header
	chunked bool          // the payload has HTTP chunked transfer coding
}

// Payload returns the record's payload: the body of an HTTP response as it
// was stored (with any Content-Encoding still applied), or the whole block
// of another record. It may be read once, before the next call to Next.
func (r *Record) Payload() (io.Reader, error) {
	switch {
	case r.payload != nil:
		return r.payload, nil
	case r.Header != nil || r.rec == nil:
		return nil, errors.New("record has no payload")
	case r.block != nil:
		return bytes.NewReader(r.block), nil
	}
	return r.rec.Block().RawBytes()
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
	mb   *bufio.Reader      // the open member's content, or the plain file
	u    gowarc.Unmarshaler // for records whose length is not known first
	fast gowarc.Unmarshaler // for records read into buf
	cur  gowarc.WarcRecord
	buf  []byte        // the record read last
	rb   bytes.Reader  // reads buf
	rbr  *bufio.Reader // reads rb, for gowarc
	hbr  *bufio.Reader // reads an HTTP response's header, then its payload

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
		end:  end,
	}
}

// unmarshaler returns the gowarc Unmarshaler, made on first use, once
// MaxRecordSize is known.
func (rd *Reader) unmarshaler() gowarc.Unmarshaler {
	if rd.u == nil {
		rd.u = gowarc.NewUnmarshaler(
			// Lenient: syntax faults and unknown record types are
			// ignored, so that a crawl with small faults is read.
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
			// ErrWarn on spec violations makes gowarc keep each record's
			// block until it is closed, which lets the payload be read
			// after Unmarshal returns; in memory, as records longer than
			// MaxRecordSize are skipped before.
			gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
			gowarc.WithBufferMaxMemBytes(rd.maxRecord()+maxHeader),
			// The HTTP header is read by newRecord.
			gowarc.WithSkipParseBlock(),
		)
	}
	return rd.u
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
	h := peekHeader(rd.mb)
	if h.ok && h.length > rd.maxRecord() {
		_, err := io.Copy(io.Discard, rd.mb) // the member holds the rest
		rd.inMember = false
		rd.win.mark = -1
		if err != nil {
			return nil, rd.broken(start, h.id, h.uri, err)
		}
		return nil, tooLarge(rd.name, start, h.id, h.uri, h.length, rd.maxRecord())
	}
	wr, _, block, err := rd.unmarshal(rd.mb, h)
	if err != nil {
		if wr != nil {
			wr.Close()
		}
		return nil, rd.broken(start, h.id, h.uri, err)
	}
	rec := rd.newRecord(wr, start, block)
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
	h := peekHeader(rd.mb)
	if h.ok && h.length > rd.maxRecord() {
		skipRecord(rd.mb, h.length)
		return nil, tooLarge(rd.name, start, h.id, h.uri, h.length, rd.maxRecord())
	}
	wr, skipped, block, err := rd.unmarshal(rd.mb, h)
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
		return nil, &RecordError{File: rd.name, Offset: start, ID: h.id, URI: h.uri, Err: fmt.Errorf("%w: %v", kind, err)}
	}
	rec := rd.newRecord(wr, start+skipped, block)
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

// A header is what peekHeader found in a WARC header.
type header struct {
	id, uri string
	length  int64 // the block's Content-Length
	size    int   // the header's length, blank line included
	ok      bool  // the header was read whole and has a Content-Length
}

// peekHeader reads, without consuming them, the record ID, target URI and
// Content-Length of the WARC header at the head of br, and its length. ok
// is false when the header does not start with "WARC/", is longer than
// maxHeader or has no valid Content-Length.
func peekHeader(br *bufio.Reader) header {
	buf, _ := br.Peek(maxHeader)
	var h header
	end, sep := bytes.Index(buf, []byte("\r\n\r\n")), 4
	if end < 0 {
		end, sep = bytes.Index(buf, []byte("\n\n")), 2
	}
	if end < 0 || !bytes.HasPrefix(buf, warcMagic) {
		return h
	}
	h.size = end + sep
	h.length = -1
	for _, line := range strings.Split(string(buf[:end]), "\n") {
		name, value, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "warc-record-id":
			h.id = value
		case "warc-target-uri":
			h.uri = strings.Trim(value, "<>")
		case "content-length":
			if n, err := strconv.ParseInt(value, 10, 64); err == nil && n >= 0 {
				h.length = n
			}
		}
	}
	h.ok = h.length >= 0
	return h
}

// unmarshal reads the record at the head of br, whose header is h, with
// gowarc, and returns it with its block when it is in rd.buf, and the
// number of bytes skipped before it. When the header gives the block's
// length, the whole record is first read into rd.buf, a buffer kept from
// record to record, and gowarc reads it from there without keeping the
// block: gowarc's own block buffer starts at 512 bytes for every record and
// grows by appending, which cost a third of the time of reading a crawl.
func (rd *Reader) unmarshal(br *bufio.Reader, h header) (gowarc.WarcRecord, int64, []byte, error) {
	if !h.ok {
		wr, skipped, validation, err := rd.unmarshaler().Unmarshal(br)
		if err == nil && (shortBlock(validation) || !wr.WarcHeader().Has(gowarc.ContentLength)) {
			// The block ended before its Content-Length, or the header
			// before its Content-Length field: the file was cut inside it.
			wr.Close()
			wr, err = nil, io.ErrUnexpectedEOF
		}
		return wr, skipped, nil, err
	}
	n := h.size + int(h.length)
	rd.buf = slices.Grow(rd.buf[:0], n)[:n]
	if _, err := io.ReadFull(br, rd.buf); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, 0, nil, err
	}
	// The blank line that ends the record, or what is left of it.
	for _, end := range []string{"\r\n\r\n", "\n\n", "\r\n", "\n"} {
		if b, _ := br.Peek(len(end)); string(b) == end {
			br.Discard(len(end))
			break
		}
	}
	rd.rb.Reset(rd.buf)
	if rd.rbr == nil {
		rd.rbr = bufio.NewReaderSize(&rd.rb, 16<<10)
	} else {
		rd.rbr.Reset(&rd.rb)
	}
	if rd.fast == nil {
		rd.fast = gowarc.NewUnmarshaler(
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
			gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
			gowarc.WithSkipParseBlock(),
		)
	}
	wr, _, _, err := rd.fast.Unmarshal(rd.rbr)
	if err != nil {
		return nil, 0, nil, err
	}
	return wr, 0, rd.buf[h.size:n], nil
}

// newRecord describes a record that gowarc read, whose block is block when
// the Reader holds it, or else kept by gowarc. The HTTP header of a
// response is read here, with net/http, from the block's start; gowarc
// does not parse blocks (WithSkipParseBlock), which spares it a second
// digest of each payload.
func (rd *Reader) newRecord(wr gowarc.WarcRecord, offset int64, block []byte) *Record {
	h := wr.WarcHeader()
	rec := &Record{
		Offset:      offset,
		Type:        wr.Type().String(),
		ID:          h.Get(gowarc.WarcRecordID),
		URI:         strings.Trim(h.Get(gowarc.WarcTargetURI), "<>"),
		ContentType: h.Get(gowarc.ContentType),
		rec:         wr,
		block:       block,
	}
	rec.size, _ = h.GetInt64(gowarc.ContentLength)
	if t, err := h.GetTime(gowarc.WarcDate); err == nil {
		rec.Date = t.UTC()
	}
	if rec.Type != "response" || !strings.HasPrefix(strings.ToLower(rec.ContentType), "application/http") {
		return rec
	}
	var raw io.Reader = bytes.NewReader(block)
	if block == nil {
		var err error
		if raw, err = wr.Block().RawBytes(); err != nil {
			return rec
		}
	}
	if rd.hbr == nil {
		rd.hbr = bufio.NewReaderSize(raw, 16<<10)
	} else {
		rd.hbr.Reset(raw)
	}
	br := rd.hbr
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		rec.ContentType = ""
		return rec
	}
	rec.Status = resp.StatusCode
	rec.Header = resp.Header
	rec.ContentType = resp.Header.Get("Content-Type")
	// The payload is the rest of the block as stored: a Content-Length in
	// the stored header may be the one sent before the crawler decoded
	// the body, so it is not trusted; net/http moves Transfer-Encoding
	// out of the header into TransferEncoding.
	rec.chunked = slices.Contains(resp.TransferEncoding, "chunked")
	rec.payload = br
	return rec
}
