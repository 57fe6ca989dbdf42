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
	Input    string          `json:"input"`
	WARC     string          `json:"warc"`
	Offset   int64           `json:"offset"`
	RecordID string          `json:"record_id"`
	URI      string          `json:"uri"`
	Fetched  time.Time       `json:"fetched"`
	Status   int             `json:"status"`
	Article  json.RawMessage `json:"article"`
	Skipped  string          `json:"skipped"`
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
	var stories []warcLine
	for _, l := range lines {
		if l.Article != nil {
			stories = append(stories, l)
		}
	}
	if len(stories) != len(pages) {
		t.Fatalf("%d stories, want %d", len(stories), len(pages))
	}
	for i, p := range pages {
		l := stories[i]
		if l.Input != fmt.Sprintf("%s@%d", name, p.offset) || l.WARC != name || l.Offset != p.offset || l.URI != p.uri ||
			l.Status != 200 || l.RecordID == "" || l.Fetched.IsZero() {
			t.Errorf("story %d: provenance %+v, want %s@%d %s", i, l, name, p.offset, p.uri)
		}
		a, err := wirestory.ParsePage(bytes.NewReader(p.body), wirestory.PageInfo{URL: p.uri, ContentType: p.contentType})
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
			if code != exitOK || stderr != "" {
				t.Errorf("%s -j %s: exit %d, stderr %q; want 0 and nothing", name, j, code, stderr)
			}
			lines := decodeWARCLines(t, stdout)
			checkPages(t, path, lines, pages)
			if first == "" {
				first = stdout
			} else if stdout != first {
				t.Errorf("%s: -j %s output differs from -j 1", name, j)
			}
			// One line a record: every page, the PNG and the 404, which
			// are skipped in their place, with why.
			if len(lines) != len(pages)+2 {
				t.Fatalf("%s: %d lines, want %d", name, len(lines), len(pages)+2)
			}
			for i, want := range map[int]string{3: "not HTML (image/png)", 4: "not 2xx (HTTP 404)"} {
				if l := lines[i]; l.Skipped != want || l.Offset != offsets[i] || l.Article != nil {
					t.Errorf("%s: line %d: %+v, want skipped %q at %d", name, i, l, want, offsets[i])
				}
			}
		}
		// -v reports the skipped records on stderr.
		_, stderr, _ := runCmd(t, "", "-v", path)
		want := fmt.Sprintf("wirestory: %s@%d (https://news.example/logo.png): skipped: not HTML (image/png)\n", path, offsets[3])
		summary := fmt.Sprintf("%d pages: %d stories, 2 skipped, 0 failed", len(pages)+2, len(pages))
		if !strings.Contains(stderr, want) || !strings.Contains(stderr, summary) {
			t.Errorf("%s -v: stderr lacks %q or the summary:\n%s", name, want, stderr)
		}
		// The same file on standard input.
		data, _ := os.ReadFile(path)
		stdout, _, code := runCmd(t, string(data))
		if code != exitOK {
			t.Errorf("%s on stdin: exit %d", name, code)
		}
		checkPages(t, "stdin", decodeWARCLines(t, stdout), pages)
		// Other formats write the stories only.
		stdout, _, _ = runCmd(t, "", "-o", "text", path)
		if n := strings.Count(stdout, "==> "+path+"@"); n != len(pages) {
			t.Errorf("%s -o text: %d stories, want %d", name, n, len(pages))
		}
	}
}

// TestWARCBroken reads a crawl cut short and one with a corrupt gzip
// member in a directory beside a page: the broken records fail, reported
// with their offsets, every other record is written, and the exit status
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
		"^" + regexp.QuoteMeta(fmt.Sprintf("wirestory: %s@%d (https://news.example/reuters-arc.html): truncated record: ", b, last)),
		regexp.QuoteMeta(fmt.Sprintf("wirestory: %s@%d (%s): corrupt record: ", c, offsets[1], pages[1].uri)),
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
		case strings.HasPrefix(sc.Text(), `{"input":"`+b):
			bLines = append(bLines, decodeWARCLines(t, sc.Text())...)
		case strings.HasPrefix(sc.Text(), `{"input":"`+c):
			cLines = append(cLines, decodeWARCLines(t, sc.Text())...)
		default:
			other = append(other, sc.Text())
		}
	}
	checkPages(t, b, bLines, pages[:len(pages)-1])
	checkPages(t, c, cLines, append(pages[:1:1], pages[2:]...))
	if l := bLines[len(bLines)-1]; l.Offset != last || !strings.HasPrefix(l.Error, "truncated record") {
		t.Errorf("b: last line %+v, want the truncated record's error", l)
	}
	if l := cLines[1]; l.Offset != offsets[1] || !strings.HasPrefix(l.Error, "corrupt record") {
		t.Errorf("c: second line %+v, want the corrupt record's error", l)
	}
	if len(other) != 1 || !strings.Contains(other[0], `"input":"`+filepath.Join(dir, "d.txt")) {
		t.Errorf("other lines: %v, want the text page's", other)
	}
}
