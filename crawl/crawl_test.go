package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wirestory/wirestory"
)

// A sample is one record written into a test crawl and what reading it
// must give.
type sample struct {
	resp   Response
	skip   Skip   // NotPage for a page
	file   string // the testdata page, for a page
	offset int64  // where the Writer put it
}

var fetched = time.Date(2024, 5, 16, 8, 30, 0, 0, time.UTC)

// testCrawl builds a crawl from the HTML pages of ../testdata and records
// that are not pages, and returns its bytes and what each record is.
func testCrawl(t testing.TB, gzipped bool) ([]byte, []sample) {
	t.Helper()
	files, err := filepath.Glob("../testdata/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata pages: %v", err)
	}
	var samples []sample
	add := func(s sample) { samples = append(samples, s) }
	add(sample{resp: Response{Type: "resource", URI: "urn:x-test:info", Header: map[string]string{"Content-Type": "application/json"}, Body: []byte(`{"crawl":"test"}`)}, skip: NotHTML})
	for i, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ct := "text/html; charset=utf-8"
		switch {
		case strings.Contains(f, "shiftjis"):
			ct = "text/html; charset=Shift_JIS"
		case strings.Contains(f, "cp1252"):
			ct = "text/html" // the page's <meta> and bytes decide
		case i%3 == 2:
			ct = "" // no Content-Type: sniffed
		}
		h := map[string]string{}
		if ct != "" {
			h["Content-Type"] = ct
		}
		uri := "https://news.example/" + filepath.Base(f)
		add(sample{resp: Response{Type: "request", URI: uri, Body: []byte("GET /" + filepath.Base(f) + " HTTP/1.1\r\nHost: news.example\r\n\r\n")}, skip: NotResponse})
		add(sample{resp: Response{URI: uri, Header: h, Body: body}, file: f})
		if i == 1 {
			add(sample{resp: Response{URI: "https://news.example/logo.png", Header: map[string]string{"Content-Type": "image/png"}, Body: []byte("\x89PNG\r\n\x1a\n....")}, skip: NotHTML})
			add(sample{resp: Response{URI: "https://news.example/robots.txt", Header: map[string]string{"Content-Type": "text/plain"}, Body: []byte("User-agent: *\nDisallow: /search\n")}, skip: NotHTML})
		}
		if i == 3 {
			add(sample{resp: Response{URI: "https://news.example/gone", Status: 404, Header: map[string]string{"Content-Type": "text/html"}, Body: body}, skip: NotOK})
			add(sample{resp: Response{URI: "https://news.example/links", Header: map[string]string{"Content-Type": "text/html"},
				Body: []byte(`<html><body><ul><li><a href="/a">Markets</a></li><li><a href="/b">World</a></li></ul></body></html>`)}})
		}
	}
	var buf bytes.Buffer
	w := NewWriter(&buf, gzipped)
	for i := range samples {
		s := &samples[i]
		s.resp.Date = fetched.Add(time.Duration(i) * time.Second)
		off, err := w.WriteResponse(s.resp)
		if err != nil {
			t.Fatal(err)
		}
		s.offset = off
	}
	return buf.Bytes(), samples
}

// An outcome is what reading gave for one record.
type outcome struct {
	offset int64
	skip   Skip
	page   *Page
	err    error // a *RecordError
}

// readAll reads a crawl to the end with a Reader and a Processor.
func readAll(t testing.TB, rd *Reader, p *Processor) []outcome {
	t.Helper()
	var out []outcome
	for n := 0; ; n++ {
		if n > 1000 {
			t.Fatal("Next does not end")
		}
		rec, err := rd.Next()
		if err == io.EOF {
			return out
		}
		var re *RecordError
		if errors.As(err, &re) {
			out = append(out, outcome{offset: re.Offset, err: err})
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		pg, skip := p.Load("test.warc.gz", rec)
		p.Parse(context.Background(), pg)
		out = append(out, outcome{offset: rec.Offset, skip: skip, page: pg})
	}
}

// wantPage checks a page read from the crawl against wirestory.Parse of
// the same file with the same Content-Type.
func wantPage(t *testing.T, s sample, o outcome) {
	t.Helper()
	if o.offset != s.offset {
		t.Errorf("%s: offset %d, want %d", s.resp.URI, o.offset, s.offset)
	}
	if o.skip != s.skip {
		t.Errorf("%s: skip %q, want %q", s.resp.URI, o.skip, s.skip)
		return
	}
	if s.skip != NotPage {
		return
	}
	pg := o.page
	if pg.URI != s.resp.URI || !pg.Fetched.Equal(s.resp.Date) || pg.RecordID == "" || pg.Status != 200 || pg.Offset != s.offset {
		t.Errorf("%s: provenance %+v", s.resp.URI, pg)
	}
	var want *wirestory.Article
	var wantErr error
	if s.file != "" {
		info := wirestory.PageInfo{URL: s.resp.URI, ContentType: s.resp.Header["Content-Type"]}
		if info.ContentType == "" {
			info.ContentType = "text/html"
		}
		want, wantErr = wirestory.ParsePage(bytes.NewReader(s.resp.Body), info)
	} else {
		wantErr = wirestory.ErrNoArticle
	}
	if !errors.Is(pg.Err, wantErr) && pg.Err != wantErr {
		t.Errorf("%s: error %v, want %v", s.resp.URI, pg.Err, wantErr)
	}
	if diff := cmp.Diff(want, pg.Article); diff != "" {
		t.Errorf("%s: article mismatch (-want +got):\n%s", s.resp.URI, diff)
	}
}

func TestReadCrawl(t *testing.T) {
	for _, gzipped := range []bool{true, false} {
		name := map[bool]string{true: "warc.gz", false: "warc"}[gzipped]
		t.Run(name, func(t *testing.T) {
			data, samples := testCrawl(t, gzipped)
			var p Processor
			out := readAll(t, NewReader(bytes.NewReader(data), "test"), &p)
			if len(out) != len(samples) {
				t.Fatalf("read %d records, want %d", len(out), len(samples))
			}
			stories := 0
			for i, s := range samples {
				wantPage(t, s, out[i])
				if out[i].page != nil && out[i].page.Article != nil {
					stories++
				}
			}
			files, _ := filepath.Glob("../testdata/*.html")
			if stories != len(files) {
				t.Errorf("%d stories, want the %d testdata pages", stories, len(files))
			}
		})
	}
}

// TestWholeFileGzip reads a .warc gzipped as one stream, as `gzip x.warc`
// makes it: every record is read, with the member's offset, 0.
func TestWholeFileGzip(t *testing.T) {
	data, samples := testCrawl(t, false)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(data)
	zw.Close()
	var p Processor
	out := readAll(t, NewReader(&gz, "test"), &p)
	if len(out) != len(samples) {
		t.Fatalf("read %d records, want %d", len(out), len(samples))
	}
	for i, s := range samples {
		s.offset = 0
		wantPage(t, s, out[i])
	}
}

// memberEnd returns the offset where the record at samples[i] ends.
func memberEnd(data []byte, samples []sample, i int) int64 {
	if i+1 < len(samples) {
		return samples[i+1].offset
	}
	return int64(len(data))
}

// TestBrokenMembers damages one record of a .warc.gz in several ways and
// checks that it alone is reported, at its offset, and every other record
// is read as from the whole file.
func TestBrokenMembers(t *testing.T) {
	data, samples := testCrawl(t, true)
	const k = 4 // the damaged record: a page
	if samples[k].skip != NotPage {
		t.Fatal("sample k is not a page")
	}
	start, end := samples[k].offset, memberEnd(data, samples, k)
	damage := map[string]func([]byte) []byte{
		"flipped bytes mid-member": func(b []byte) []byte {
			for i := start + (end-start)/2; i < start+(end-start)/2+8; i++ {
				b[i] ^= 0x55
			}
			return b
		},
		"bad checksum": func(b []byte) []byte { b[end-8] ^= 0xff; return b },
		"member cut short": func(b []byte) []byte {
			return slices.Concat(b[:start+(end-start)/2], b[end:])
		},
		"bad gzip header": func(b []byte) []byte { b[start+3] = 0xff; return b },
		"garbage before": func(b []byte) []byte {
			return slices.Concat(b[:start], []byte("garbage\x1f\x8b\x08 more garbage"), b[start:])
		},
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			broken := f(bytes.Clone(data))
			var p Processor
			out := readAll(t, NewReader(bytes.NewReader(broken), "test"), &p)
			var errs []outcome
			var good []outcome
			for _, o := range out {
				if o.err != nil {
					errs = append(errs, o)
				} else {
					good = append(good, o)
				}
			}
			if len(errs) != 1 || errs[0].offset != start {
				t.Fatalf("errors %v, want one at offset %d", errs, start)
			}
			var re *RecordError
			errors.As(errs[0].err, &re)
			t.Logf("reported: %v", re)
			wantKind := ErrCorrupt
			if name == "garbage before" {
				wantKind = ErrGarbage
			}
			if !errors.Is(re, wantKind) {
				t.Errorf("error %v, want %v", re, wantKind)
			}
			rest := slices.Delete(slices.Clone(samples), k, k+1)
			if name == "garbage before" {
				rest = samples // the record itself is read after the garbage
			}
			if len(good) != len(rest) {
				t.Fatalf("read %d records, want %d", len(good), len(rest))
			}
			shift := int64(len(broken) - len(data))
			for i, s := range rest {
				if s.offset > start || name == "garbage before" && s.offset == start {
					s.offset += shift
				}
				wantPage(t, s, good[i])
			}
		})
	}
}

// TestTruncated cuts a crawl inside its last record but one: the records
// before it are read, the cut one is reported as truncated, and reading
// ends.
func TestTruncated(t *testing.T) {
	for _, gzipped := range []bool{true, false} {
		data, samples := testCrawl(t, gzipped)
		k := len(samples) - 2
		cut := samples[k].offset + (memberEnd(data, samples, k)-samples[k].offset)/2
		var p Processor
		out := readAll(t, NewReader(bytes.NewReader(data[:cut]), "test"), &p)
		if len(out) != k+1 {
			t.Fatalf("gzip %v: read %d records, want %d", gzipped, len(out), k+1)
		}
		for i := range k {
			wantPage(t, samples[i], out[i])
		}
		if last := out[k]; !errors.Is(last.err, ErrTruncated) || last.offset != samples[k].offset {
			t.Logf("%v", last.err)
			t.Errorf("gzip %v: last outcome %+v, want truncated at %d", gzipped, last, samples[k].offset)
		}
	}
}

// TestTooLarge checks that a record over MaxRecordSize is reported and
// skipped, and the next ones read.
func TestTooLarge(t *testing.T) {
	for _, gzipped := range []bool{true, false} {
		data, samples := testCrawl(t, gzipped)
		var p Processor
		rd := NewReader(bytes.NewReader(data), "test")
		rd.MaxRecordSize = 12 << 10 // larger than some testdata pages, not all
		out := readAll(t, rd, &p)
		if len(out) != len(samples) {
			t.Fatalf("read %d records, want %d", len(out), len(samples))
		}
		large := 0
		for i, s := range samples {
			if len(s.resp.Body) > 12<<10 {
				large++
				if !errors.Is(out[i].err, ErrRecordTooLarge) || out[i].offset != s.offset {
					t.Errorf("gzip %v: %s: %+v, want too large at %d", gzipped, s.resp.URI, out[i], s.offset)
				}
				continue
			}
			wantPage(t, s, out[i])
		}
		if large == 0 {
			t.Fatal("no record over the limit")
		}
	}
}

// TestParts reads a .warc.gz in parts cut at every few hundred bytes:
// every record is read by exactly one part, as from the whole file.
func TestParts(t *testing.T) {
	data, samples := testCrawl(t, true)
	for _, size := range []int64{1000, 7919, 30000} {
		var out []outcome
		for off := int64(0); off < int64(len(data)); off += size {
			var p Processor
			rd := NewReaderAt(bytes.NewReader(data[off:]), "test", off, off+size)
			out = append(out, readAll(t, rd, &p)...)
		}
		if len(out) != len(samples) {
			t.Fatalf("parts of %d: read %d records, want %d", size, len(out), len(samples))
		}
		for i, s := range samples {
			wantPage(t, s, out[i])
		}
	}
}

// TestContentEncoding reads pages stored as sent: gzip content encoding,
// chunked transfer encoding.
func TestContentEncoding(t *testing.T) {
	body, err := os.ReadFile("../testdata/ap-wordpress.html")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(body)
	zw.Close()
	var chunked bytes.Buffer
	for rest := body; len(rest) > 0; {
		n := min(len(rest), 4000)
		chunked.WriteString(strconv.FormatInt(int64(n), 16) + "\r\n")
		chunked.Write(rest[:n])
		chunked.WriteString("\r\n")
		rest = rest[n:]
	}
	chunked.WriteString("0\r\n\r\n")
	var buf bytes.Buffer
	w := NewWriter(&buf, true)
	w.WriteResponse(Response{URI: "https://a/gz", Header: map[string]string{"Content-Type": "text/html", "Content-Encoding": "gzip"}, Body: gz.Bytes()})
	w.WriteResponse(Response{URI: "https://a/chunked", Header: map[string]string{"Content-Type": "text/html", "Transfer-Encoding": "chunked"}, Body: chunked.Bytes()})
	w.WriteResponse(Response{URI: "https://a/br", Header: map[string]string{"Content-Type": "text/html", "Content-Encoding": "br"}, Body: []byte("\x0b\x02\x80")})
	var p Processor
	out := readAll(t, NewReader(&buf, "test"), &p)
	if len(out) != 3 {
		t.Fatalf("%d records, want 3", len(out))
	}
	for _, o := range out[:2] {
		want, err := wirestory.ParsePage(bytes.NewReader(body), wirestory.PageInfo{URL: o.page.URI, ContentType: "text/html"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, o.page.Article); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", o.page.URI, diff)
		}
	}
	if pg := out[2].page; pg.Err == nil || !strings.Contains(pg.Error, "br") || pg.Outcome() != PageError {
		t.Errorf("br page: %+v, want an error naming the encoding", pg)
	}
}

// TestTimeout gives a page a budget it cannot meet: it is reported with
// ErrTimeout, and a later page is parsed.
func TestTimeout(t *testing.T) {
	big := "<html><body><article>" + strings.Repeat("<p>The council met on Tuesday and voted to extend the water program, officials said.</p>", 20000) + "</article></body></html>"
	p := Processor{Timeout: time.Microsecond, MaxOverdue: 1}
	rec := &Page{data: []byte(big), contentType: "text/html"}
	p.Parse(context.Background(), rec)
	if !errors.Is(rec.Err, ErrTimeout) || rec.Outcome() != PageError {
		t.Fatalf("err %v, want ErrTimeout", rec.Err)
	}
	// The overdue parse holds the only slot; a second one waits for it
	// rather than piling up, and then times out too.
	rec2 := &Page{data: []byte(big), contentType: "text/html"}
	p.Parse(context.Background(), rec2)
	if !errors.Is(rec2.Err, ErrTimeout) {
		t.Fatalf("second page: err %v, want ErrTimeout", rec2.Err)
	}
	p.Timeout = 0
	rec3 := &Page{data: []byte(big[:5000] + "</p></article>"), contentType: "text/html"}
	p.Parse(context.Background(), rec3)
	if rec3.Err != nil || rec3.Article == nil {
		t.Fatalf("page within budget: %v", rec3.Err)
	}
}

func TestCounts(t *testing.T) {
	data, samples := testCrawl(t, true)
	broken := slices.Concat(data[:samples[2].offset+40], data[samples[3].offset:])
	var p Processor
	var c Counts
	for _, o := range readAll(t, NewReader(bytes.NewReader(broken), "test"), &p) {
		if o.err != nil {
			c.Add(BrokenRecord)
		} else {
			c.Add(o.page.Outcome())
		}
	}
	// Every page sample is a page but the one cut short (samples[2], a
	// story), which is an error; the list of links is the one page with no
	// story; every other record is skipped.
	pages := int64(0)
	for _, s := range samples {
		if s.skip == "" {
			pages++
		}
	}
	pages--
	want := Counts{Records: int64(len(samples)), Pages: pages, Stories: pages - 1, NotStories: 1,
		Skipped: int64(len(samples)) - pages - 1, Errors: 1}
	if c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
}

// TestReaderMemoryFlat reads a crawl and the same crawl ten times over,
// loading every page, and checks that the live heap at its peak does not
// grow with the number of records: the Reader holds one record at a time.
func TestReaderMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a crawl of a few megabytes")
	}
	data, _ := testCrawl(t, true)
	peakHeap := func(copies int) uint64 {
		r := io.MultiReader(slices.Repeat([]io.Reader{bytes.NewReader(data)}, copies)...)
		// The copies are concatenated, so their offsets are not the
		// Writer's; only the memory matters here.
		var p Processor
		rd := NewReader(r, "test")
		var ms runtime.MemStats
		var peak uint64
		for n := 0; ; n++ {
			rec, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			p.Load("test", rec)
			if n%25 == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
		return peak
	}
	one, ten := peakHeap(1), peakHeap(10)
	t.Logf("peak live heap: %d KiB for one crawl, %d KiB for ten", one>>10, ten>>10)
	if ten > one+one/2+1<<20 {
		t.Errorf("peak live heap grows with the records read: %d KiB for one crawl, %d KiB for ten", one>>10, ten>>10)
	}
}
