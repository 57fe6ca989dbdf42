package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wirestory/wirestory"
	"github.com/wirestory/wirestory/crawl"
)

// warcLine is a JSON line the command writes for a page of a WARC file.
type warcLine struct {
	WARC     string          `json:"warc"`
	Offset   int64           `json:"offset"`
	RecordID string          `json:"record_id"`
	URI      string          `json:"uri"`
	Fetched  time.Time       `json:"fetched"`
	Status   int             `json:"status"`
	Article  json.RawMessage `json:"article"`
	Error    string          `json:"error"`
}

func decodeWARCLines(t *testing.T, out string) []warcLine {
	t.Helper()
	var lines []warcLine
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		var l warcLine
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("output line %d is not a page line: %v\n%s", len(lines)+1, err, sc.Text())
		}
		lines = append(lines, l)
	}
	return lines
}

// A crawlPage is a page written into a test crawl.
type crawlPage struct {
	uri, contentType string
	body             []byte
	offset           int64
}

// buildCrawl writes the HTML pages of ../../testdata, a PNG and a 404
// page as a WARC file at path, and returns the pages and every record's
// offset.
func buildCrawl(t *testing.T, path string) (pages []crawlPage, offsets []int64) {
	t.Helper()
	files, err := filepath.Glob("../../testdata/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata pages: %v", err)
	}
	var buf bytes.Buffer
	w := crawl.NewWriter(&buf, strings.HasSuffix(path, ".gz"))
	date := time.Date(2024, 5, 16, 8, 30, 0, 0, time.UTC)
	write := func(r crawl.Response) int64 {
		r.Date = date
		off, err := w.WriteResponse(r)
		if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, off)
		return off
	}
	for i, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := crawlPage{uri: "https://news.example/" + filepath.Base(f), contentType: "text/html", body: body}
		if strings.Contains(f, "shiftjis") {
			p.contentType = "text/html; charset=Shift_JIS"
		}
		p.offset = write(crawl.Response{URI: p.uri, Header: map[string]string{"Content-Type": p.contentType}, Body: body})
		pages = append(pages, p)
		if i == 2 {
			write(crawl.Response{URI: "https://news.example/logo.png", Header: map[string]string{"Content-Type": "image/png"}, Body: []byte(binaryPage)})
			write(crawl.Response{URI: "https://news.example/gone", Status: 404, Header: map[string]string{"Content-Type": "text/html"}, Body: body})
		}
	}
	writeFile(t, path, buf.String())
	return pages, offsets
}

// checkPages checks the command's page lines against wirestory.Parse of
// the same pages with the same Content-Type.
func checkPages(t *testing.T, name string, lines []warcLine, pages []crawlPage) {
	t.Helper()
	if len(lines) != len(pages) {
		t.Fatalf("%d page lines, want %d", len(lines), len(pages))
	}
	for i, p := range pages {
		l := lines[i]
		if l.WARC != name || l.Offset != p.offset || l.URI != p.uri || l.Status != 200 || l.RecordID == "" || l.Fetched.IsZero() {
			t.Errorf("line %d: provenance %+v, want %s@%d %s", i, l, name, p.offset, p.uri)
		}
		wp := wirestory.Parser{ContentType: p.contentType}
		a, err := wp.Parse(bytes.NewReader(p.body))
		if err != nil {
			t.Fatalf("%s: %v", p.uri, err)
		}
		want, _ := json.Marshal(a)
		sameJSON(t, p.uri, l.Article, want)
	}
}

func TestWARCInput(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"crawl.warc.gz", "crawl.warc"} {
		path := filepath.Join(dir, name)
		pages, offsets := buildCrawl(t, path)
		var first string
		for _, j := range []string{"1", "3"} {
			stdout, stderr, code := runCmd(t, "", "-j", j, path)
			if code != exitOK {
				t.Errorf("%s -j %s: exit %d, want 0; stderr:\n%s", name, j, code, stderr)
			}
			checkPages(t, path, decodeWARCLines(t, stdout), pages)
			if first == "" {
				first = stdout
			} else if stdout != first {
				t.Errorf("%s: -j %s output differs from -j 1", name, j)
			}
			// The PNG and the 404 are reported with their offsets, then a
			// summary.
			for _, want := range []string{
				fmt.Sprintf("wirestory: %s@%d (https://news.example/logo.png): skipped: not HTML (response, image/png, HTTP 200)\n", path, offsets[3]),
				fmt.Sprintf("wirestory: %s@%d (https://news.example/gone): skipped: not 2xx (response, text/html, HTTP 404)\n", path, offsets[4]),
				fmt.Sprintf("wirestory: %s: 9 records: 7 pages (7 stories, 0 without a story), 2 skipped, 0 errors\n", path),
			} {
				if !strings.Contains(stderr, want) {
					t.Errorf("%s: stderr lacks %q:\n%s", name, want, stderr)
				}
			}
		}
		// The same file on standard input.
		data, _ := os.ReadFile(path)
		stdout, _, code := runCmd(t, string(data))
		if code != exitOK {
			t.Errorf("%s on stdin: exit %d", name, code)
		}
		checkPages(t, "stdin", decodeWARCLines(t, stdout), pages)
	}
}

// TestWARCBroken reads a crawl cut short and one with a corrupt gzip
// member in a directory beside a page: the broken records are reported
// with their offsets, every other page is written, and the exit status
// is 1.
func TestWARCBroken(t *testing.T) {
	dir := t.TempDir()
	pages, offsets := buildCrawl(t, filepath.Join(dir, "a.warc.gz"))
	data, _ := os.ReadFile(filepath.Join(dir, "a.warc.gz"))
	os.Remove(filepath.Join(dir, "a.warc.gz"))
	// b: the last record cut in two.
	last := offsets[len(offsets)-1]
	writeFile(t, filepath.Join(dir, "b.warc.gz"), string(data[:last+(int64(len(data))-last)/2]))
	// c: the second page's member corrupted in its middle.
	broken := bytes.Clone(data)
	mid := (offsets[1] + offsets[2]) / 2
	for i := mid; i < mid+16; i++ {
		broken[i] ^= 0x5a
	}
	writeFile(t, filepath.Join(dir, "c.warc.gz"), string(broken))
	writeFile(t, filepath.Join(dir, "d.txt"), storyPage(1))

	stdout, stderr, code := runCmd(t, "", "-j", "2", dir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	b, c := filepath.Join(dir, "b.warc.gz"), filepath.Join(dir, "c.warc.gz")
	for _, re := range []string{
		regexp.QuoteMeta(fmt.Sprintf("wirestory: %s@%d: truncated record: ", b, last)),
		regexp.QuoteMeta(fmt.Sprintf("wirestory: %s@%d: corrupt record: ", c, offsets[1])),
		regexp.QuoteMeta(fmt.Sprintf("wirestory: %s: 9 records: 6 pages (6 stories, 0 without a story), 2 skipped, 1 error", b)),
		regexp.QuoteMeta(fmt.Sprintf("wirestory: %s: 9 records: 6 pages (6 stories, 0 without a story), 2 skipped, 1 error", c)),
	} {
		if !regexp.MustCompile(re).MatchString(stderr) {
			t.Errorf("stderr lacks %s:\n%s", re, stderr)
		}
	}
	var bLines, cLines []warcLine
	var other []string
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		switch {
		case strings.HasPrefix(sc.Text(), `{"warc":"`+b):
			bLines = append(bLines, decodeWARCLines(t, sc.Text())...)
		case strings.HasPrefix(sc.Text(), `{"warc":"`+c):
			cLines = append(cLines, decodeWARCLines(t, sc.Text())...)
		default:
			other = append(other, sc.Text())
		}
	}
	checkPages(t, b, bLines, pages[:len(pages)-1])
	checkPages(t, c, cLines, append(pages[:1:1], pages[2:]...))
	if len(other) != 1 || !strings.Contains(other[0], `"input":"`+filepath.Join(dir, "d.txt")) {
		t.Errorf("other lines: %v, want the text page's", other)
	}
}
