package crawl

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// A Writer writes WARC records, each in a gzip member of its own when
// Gzip is set (a .warc.gz file). It is for building crawls in tests and
// benchmarks: each page becomes a response record with a sha1 block digest.
type Writer struct {
	w    io.Writer
	gzip bool
	m    gowarc.Marshaler
	buf  bytes.Buffer
	n    int   // records written
	off  int64 // bytes written
}

// NewWriter returns a Writer to w, gzipping each record when gzipped.
func NewWriter(w io.Writer, gzipped bool) *Writer {
	return &Writer{w: w, gzip: gzipped, m: gowarc.NewMarshaler()}
}

// A Response is an HTTP response to store in a WARC record.
type Response struct {
	URI     string
	Date    time.Time
	Status  int               // 200 when zero
	Header  map[string]string // HTTP header fields, e.g. Content-Type
	Body    []byte
	Type    string // the WARC-Type: "response" (when empty), "resource" or "request"
	Version string // the WARC version, "1.1" when empty
}

// WriteResponse writes one record for r and returns its offset in the
// output, counting from the first record this Writer wrote.
func (wr *Writer) WriteResponse(r Response) (int64, error) {
	status := r.Status
	if status == 0 {
		status = 200
	}
	var block bytes.Buffer
	rt := gowarc.Response
	switch r.Type {
	case "resource":
		rt = gowarc.Resource
		block.Write(r.Body)
	case "request":
		rt = gowarc.Request
		block.Write(r.Body)
	case "", "response":
		fmt.Fprintf(&block, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
		for k, v := range r.Header {
			fmt.Fprintf(&block, "%s: %s\r\n", k, v)
		}
		fmt.Fprintf(&block, "Content-Length: %d\r\n\r\n", len(r.Body))
		block.Write(r.Body)
	}
	version := gowarc.V1_1
	if r.Version == "1.0" {
		version = gowarc.V1_0
	}
	b := gowarc.NewRecordBuilder(rt, gowarc.WithVersion(version), gowarc.WithDefaultDigestAlgorithm("sha1"),
		gowarc.WithAddMissingDigest(true), gowarc.WithFixDigest(true))
	if _, err := b.Write(block.Bytes()); err != nil {
		return 0, err
	}
	wr.n++
	b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", wr.n))
	b.AddWarcHeaderTime(gowarc.WarcDate, r.Date)
	b.AddWarcHeader(gowarc.WarcTargetURI, r.URI)
	switch {
	case rt == gowarc.Response:
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	case rt == gowarc.Request:
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
	case r.Header["Content-Type"] != "":
		b.AddWarcHeader(gowarc.ContentType, r.Header["Content-Type"])
	}
	rec, _, err := b.Build()
	if err != nil {
		return 0, err
	}
	defer rec.Close()
	return wr.write(rec)
}

func (wr *Writer) write(rec gowarc.WarcRecord) (int64, error) {
	wr.buf.Reset()
	var out io.Writer = &wr.buf
	var zw *gzip.Writer
	if wr.gzip {
		zw = gzip.NewWriter(&wr.buf)
		out = zw
	}
	if _, _, err := wr.m.Marshal(out, rec, 0); err != nil {
		return 0, err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return 0, err
		}
	}
	off := wr.off
	n, err := wr.w.Write(wr.buf.Bytes())
	wr.off += int64(n)
	return off, err
}
