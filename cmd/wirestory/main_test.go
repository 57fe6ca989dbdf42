package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wirestory/wirestory"
)

// cities give the sample pages their datelines.
var cities = []string{"SANTIAGO", "LONDON", "TOKYO", "NAIROBI", "OSLO", "LIMA", "CAIRO", "HANOI"}

// storyPage returns a scraped text page in the style of
// testdata/reuters-markets.txt carrying story number i: chrome, a headline,
// a credit, a dateline and i%4+2 paragraphs, so that pages differ in length.
func storyPage(i int) string {
	city := cities[i%len(cities)]
	var b strings.Builder
	fmt.Fprintf(&b, "Skip to main content\nMarkets\nBusiness\nMenu\n\nBusiness News\n\n")
	fmt.Fprintf(&b, "Port strike number %d squeezes copper supply near %s\n\n", i, strings.ToLower(city))
	fmt.Fprintf(&b, "By Laura Brennan, Reuters\n\nJanuary 14, 2021 4:12 PM\n\n")
	fmt.Fprintf(&b, "%s, Jan 14 (Reuters) - Copper prices rose for the %dth session on Thursday after dock workers at the largest port extended a strike that has held up shipments of the metal.\n\n", city, i)
	for p := range i%4 + 1 {
		fmt.Fprintf(&b, "Benchmark three-month copper on the London Metal Exchange gained %d.%d%% to $8,112 a tonne by 1600 GMT, traders in %s said on Thursday.\n\n", p+1, i%10, strings.ToLower(city))
	}
	b.WriteString("(Reporting by Laura Brennan; Editing by Mark Hollis)\n\nShare this article\n")
	return b.String()
}

// binaryPage is a file that is not a page at all.
var binaryPage = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := io.WriteString(zw, s); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// runCmd runs the command in-process and returns what it wrote and its
// exit status.
func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// parsed is what the library makes of a page, as JSON.
func parsed(t *testing.T, page string) json.RawMessage {
	t.Helper()
	a, err := wirestory.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("sample page does not parse: %v", err)
	}
	js, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// jsonLine is a line of JSON Lines output, with the article kept as JSON.
type jsonLine struct {
	Input   string          `json:"input"`
	URL     string          `json:"url"`
	Article json.RawMessage `json:"article"`
	Error   string          `json:"error"`
}

// decodeLines decodes JSON Lines output, failing on anything but one JSON
// object a line.
func decodeLines(t *testing.T, out string) []jsonLine {
	t.Helper()
	var lines []jsonLine
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l jsonLine
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("output line %d is not a JSON line: %v\n%s", len(lines)+1, err, sc.Text())
		}
		if (l.Article == nil) == (l.Error == "") {
			t.Errorf("output line %d has neither or both of article and error: %s", len(lines)+1, sc.Text())
		}
		lines = append(lines, l)
	}
	return lines
}

func inputs(lines []jsonLine) []string {
	var names []string
	for _, l := range lines {
		names = append(names, l.Input)
	}
	return names
}

func sameJSON(t *testing.T, what string, got, want []byte) {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	gs, _ := json.Marshal(g)
	ws, _ := json.Marshal(w)
	if !bytes.Equal(gs, ws) {
		t.Errorf("%s:\ngot  %s\nwant %s", what, gs, ws)
	}
}

// TestSingleFile checks that one file, "-" and no argument each give the
// story as one JSON object indented by two spaces, as the command always
// has.
func TestSingleFile(t *testing.T) {
	page := storyPage(1)
	path := filepath.Join(t.TempDir(), "story.txt")
	writeFile(t, path, page)
	a, _ := wirestory.Parse(strings.NewReader(page))
	want, _ := json.MarshalIndent(a, "", "  ")
	want = append(want, '\n')

	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"file", "", []string{path}},
		{"dash", page, []string{"-"}},
		{"none", page, nil},
		{"gzip stdin", gzipped(t, page), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCmd(t, tc.stdin, tc.args...)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if out != string(want) {
				t.Errorf("output:\n%s\nwant:\n%s", out, want)
			}
		})
	}
}

// TestSingleFailure checks that a single input with no story writes nothing
// on stdout, names the input on stderr and exits 1.
func TestSingleFailure(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "logo.png")
	writeFile(t, bin, binaryPage)
	for _, path := range []string{bin, filepath.Join(dir, "missing.txt")} {
		out, errOut, code := runCmd(t, "", path)
		if code != exitFailed || out != "" {
			t.Errorf("%s: exit %d, stdout %q; want 1 and nothing", path, code, out)
		}
		if !strings.HasPrefix(errOut, "wirestory: "+path+": ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: stderr %q, want one line naming the input", path, errOut)
		}
	}
}

// TestBatchWithBrokenFiles runs a directory whose middle holds a binary
// file, a dangling link and (when not root) an unreadable file, and an
// argument that does not exist: the batch finishes, writes one line per
// input in input order, reports every failure with its name, and exits 1.
func TestBatchWithBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	writeFile(t, filepath.Join(pages, "a.txt"), storyPage(0))
	writeFile(t, filepath.Join(pages, "b.png"), binaryPage)
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(pages, "c.txt")); err != nil {
		t.Fatal(err)
	}
	unreadable := os.Geteuid() != 0 // root reads a file whatever its mode
	if unreadable {
		writeFile(t, filepath.Join(pages, "d.txt"), storyPage(3))
		if err := os.Chmod(filepath.Join(pages, "d.txt"), 0); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(pages, "sub", "e.txt"), storyPage(4))
	writeFile(t, filepath.Join(pages, ".hidden", "f.txt"), storyPage(5)) // skipped
	writeFile(t, filepath.Join(pages, ".notes.txt"), storyPage(6))       // skipped
	writeFile(t, filepath.Join(pages, "z.txt"), storyPage(7))
	last := filepath.Join(dir, "last.txt")
	writeFile(t, last, storyPage(8))
	missing := filepath.Join(dir, "vanished.txt")

	out, errOut, code := runCmd(t, "", pages, missing, last)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	type want struct {
		name string
		page string // "" for a failure
	}
	wants := []want{
		{"pages/a.txt", storyPage(0)},
		{"pages/b.png", ""},
		{"pages/c.txt", ""},
	}
	if unreadable {
		wants = append(wants, want{"pages/d.txt", ""})
	}
	wants = append(wants,
		want{"pages/sub/e.txt", storyPage(4)},
		want{"pages/z.txt", storyPage(7)},
		want{"vanished.txt", ""},
		want{"last.txt", storyPage(8)})

	lines := decodeLines(t, out)
	if len(lines) != len(wants) {
		t.Fatalf("%d output lines for %d inputs:\n%s", len(lines), len(wants), out)
	}
	var failed []string
	for i, w := range wants {
		l := lines[i]
		if name := filepath.Join(dir, w.name); l.Input != name {
			t.Errorf("line %d: input %q, want %q", i+1, l.Input, name)
		}
		if w.page == "" {
			if l.Error == "" {
				t.Errorf("line %d (%s): no error", i+1, w.name)
			}
			failed = append(failed, l.Input)
			continue
		}
		sameJSON(t, w.name, l.Article, parsed(t, w.page))
	}
	if lines[1].Error != "no article found" {
		t.Errorf("binary file: error %q, want %q", lines[1].Error, "no article found")
	}
	if !strings.Contains(lines[2].Error, "no such file") {
		t.Errorf("dangling link: error %q, want one saying there is no such file", lines[2].Error)
	}
	reports := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(reports) != len(failed) {
		t.Fatalf("stderr has %d lines for %d failures:\n%s", len(reports), len(failed), errOut)
	}
	for i, name := range failed {
		if !strings.HasPrefix(reports[i], "wirestory: "+name+": ") {
			t.Errorf("stderr line %d = %q, want a report on %s", i+1, reports[i], name)
		}
	}
}

// TestWorkersSameOutput checks that the output does not depend on -j and
// follows the lexical order of the files, whatever order they finish in.
func TestWorkersSameOutput(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := range 60 {
		name := filepath.Join(dir, fmt.Sprintf("page-%02d.txt", i))
		page := storyPage(i)
		if i%7 == 3 {
			// Big pages finish late, so workers finish out of order.
			page = storyPage(i) + strings.Repeat("Oil steadies after three-day slide\n", 2000)
		}
		if i%11 == 5 {
			page = binaryPage
		}
		writeFile(t, name, page)
		names = append(names, name)
	}
	var outs []string
	for _, j := range []string{"1", "4", "16"} {
		out, _, code := runCmd(t, "", "-j", j, dir)
		if code != exitFailed { // the binary pages fail
			t.Errorf("-j %s: exit %d, want %d", j, code, exitFailed)
		}
		if got := inputs(decodeLines(t, out)); !slices.Equal(got, names) {
			t.Errorf("-j %s: inputs in output:\n%q\nwant\n%q", j, got, names)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Error("-j 1, -j 4 and -j 16 give different output")
	}
}

// TestGzip checks that gzip-compressed files are read as what they hold,
// whether or not their names end in .gz.
func TestGzip(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt.gz"), gzipped(t, storyPage(1)))
	writeFile(t, filepath.Join(dir, "b.txt"), gzipped(t, storyPage(2)))
	writeFile(t, filepath.Join(dir, "c.gz"), "\x1f\x8b not really gzip")
	out, errOut, code := runCmd(t, "", dir)
	lines := decodeLines(t, out)
	if len(lines) != 3 || code != exitFailed {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
	sameJSON(t, "a.txt.gz", lines[0].Article, parsed(t, storyPage(1)))
	sameJSON(t, "b.txt", lines[1].Article, parsed(t, storyPage(2)))
	if !strings.HasPrefix(lines[2].Error, "gzip: ") || !strings.Contains(errOut, "c.gz: gzip: ") {
		t.Errorf("broken gzip: error %q, stderr %q", lines[2].Error, errOut)
	}
}

// TestLines checks -lines on stdin and in a gzip file: one output line per
// record, named by input and line number, with the record's URL.
func TestLines(t *testing.T) {
	rec := func(fields map[string]string) string {
		js, _ := json.Marshal(fields)
		return string(js) + "\n"
	}
	html := "<html><head><meta charset=\"shift_jis\"><title>x</title></head><body><p>" + storyPage(2) + "</p></body></html>"
	stdin := rec(map[string]string{"url": "https://example.com/a", "html": html}) +
		rec(map[string]string{"text": storyPage(3)}) +
		"\n" + // blank lines are skipped
		"{not json\n" +
		rec(map[string]string{"url": "https://example.com/empty"}) +
		rec(map[string]string{"url": "https://example.com/junk", "html": ""}) +
		strings.TrimSuffix(rec(map[string]string{"text": storyPage(4)}), "\n") // no final newline

	out, errOut, code := runCmd(t, stdin, "-lines")
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	lines := decodeLines(t, out)
	want := []jsonLine{
		{Input: "stdin:1", URL: "https://example.com/a"},
		{Input: "stdin:2"},
		{Input: "stdin:4", Error: "bad record: "},
		{Input: "stdin:5", URL: "https://example.com/empty", Error: `bad record: no "html" or "text" field`},
		{Input: "stdin:6", URL: "https://example.com/junk", Error: "no article found"},
		{Input: "stdin:7"},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		l := lines[i]
		if l.Input != w.Input || l.URL != w.URL || !strings.HasPrefix(l.Error, w.Error) || (w.Error == "") != (l.Error == "") {
			t.Errorf("line %d = %+v, want %+v", i+1, l, w)
		}
	}
	sameJSON(t, "text record", lines[1].Article, parsed(t, storyPage(3)))
	if !strings.Contains(errOut, "wirestory: stdin:6 (https://example.com/junk): no article found\n") {
		t.Errorf("stderr does not report stdin:6 with its URL:\n%s", errOut)
	}

	// A gzip file of records, beside a plain one.
	dir := t.TempDir()
	gz := filepath.Join(dir, "crawl.jsonl.gz")
	writeFile(t, gz, gzipped(t, rec(map[string]string{"text": storyPage(5)})+rec(map[string]string{"text": storyPage(6)})))
	plain := filepath.Join(dir, "more.jsonl")
	writeFile(t, plain, rec(map[string]string{"text": storyPage(7)}))
	out, errOut, code = runCmd(t, "", "-lines", gz, plain)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines = decodeLines(t, out)
	if got, want := inputs(lines), []string{gz + ":1", gz + ":2", plain + ":1"}; !slices.Equal(got, want) {
		t.Fatalf("inputs %q, want %q", got, want)
	}
	for i, n := range []int{5, 6, 7} {
		sameJSON(t, lines[i].Input, lines[i].Article, parsed(t, storyPage(n)))
	}
}

// TestReadLine checks that an over-long record is skipped whole, with an
// error, and that the records around it are read.
func TestReadLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("short\n"+strings.Repeat("x", 100)+"\nlast"), 16)
	var got []string
	for {
		line, err := readLine(br, 20)
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, "error: "+err.Error())
			continue
		}
		got = append(got, string(line))
	}
	want := []string{"short\n", "error: " + errRecordTooLong.Error(), "last"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTextFormat checks -format text: the headline, the credit, the
// dateline opening the first paragraph, the tail; a header naming each
// input in a batch; failed inputs only on stderr.
func TestTextFormat(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.png")
	writeFile(t, a, storyPage(1))
	writeFile(t, b, binaryPage)

	out, errOut, code := runCmd(t, "", "-format", "text", a)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "Port strike number 1 squeezes copper supply near london\n" +
		"By Laura Brennan, Reuters\n" +
		"\nLONDON, Jan 14 (Reuters) - Copper prices rose for the 1th session on Thursday after dock workers at the largest port extended a strike that has held up shipments of the metal.\n" +
		"\nBenchmark three-month copper on the London Metal Exchange gained 1.1% to $8,112 a tonne by 1600 GMT, traders in london said on Thursday.\n" +
		"\nBenchmark three-month copper on the London Metal Exchange gained 2.1% to $8,112 a tonne by 1600 GMT, traders in london said on Thursday.\n" +
		"\n(Reporting by Laura Brennan; Editing by Mark Hollis)\n"
	if out != want {
		t.Errorf("text:\n%s\nwant:\n%s", out, want)
	}

	out, errOut, code = runCmd(t, "", "-format", "text", a, b, a)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	story := "==> " + a + " <==\n" + want + "\n"
	if out != story+story {
		t.Errorf("batch text:\n%s\nwant:\n%s", out, story+story)
	}
	if errOut != "wirestory: "+b+": no article found\n" {
		t.Errorf("stderr %q", errOut)
	}
}

// TestStrict checks that -strict stops at the first failure, after writing
// the inputs before it and the failure itself.
func TestStrict(t *testing.T) {
	dir := t.TempDir()
	for i, page := range []string{storyPage(0), storyPage(1), binaryPage, storyPage(3), storyPage(4)} {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), page)
	}
	for _, j := range []string{"1", "4"} {
		out, errOut, code := runCmd(t, "", "-strict", "-j", j, dir)
		if code != exitFailed {
			t.Errorf("-j %s: exit %d, want %d", j, code, exitFailed)
		}
		lines := decodeLines(t, out)
		want := []string{filepath.Join(dir, "0.txt"), filepath.Join(dir, "1.txt"), filepath.Join(dir, "2.txt")}
		if got := inputs(lines); !slices.Equal(got, want) {
			t.Errorf("-j %s: output inputs %q, want %q", j, got, want)
		}
		wantErr := "wirestory: " + want[2] + ": no article found\nwirestory: stopping at the first failure (-strict)\n"
		if errOut != wantErr {
			t.Errorf("-j %s: stderr %q, want %q", j, errOut, wantErr)
		}
	}
}

// TestProgress checks that the progress line is drawn on a terminal,
// counts pages and failures, and leaves a final summary; and that it is
// off when stderr is not a terminal or with -q.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), storyPage(1))
	writeFile(t, filepath.Join(dir, "b.png"), binaryPage)
	writeFile(t, filepath.Join(dir, "c.txt"), storyPage(2))

	var out, errb bytes.Buffer
	opts, err := parseOptions([]string{dir}, &errb, true)
	if err != nil || !opts.progress {
		t.Fatalf("on a terminal: progress %v, err %v", opts != nil && opts.progress, err)
	}
	if code := opts.run(strings.NewReader(""), &out, &errb); code != exitFailed {
		t.Errorf("exit %d", code)
	}
	got := errb.String()
	if !strings.Contains(got, "b.png: no article found\n") {
		t.Errorf("stderr lacks the failure: %q", got)
	}
	if !strings.Contains(got, "\r\x1b[Kwirestory: 3 pages done, 1 failed, ") || !strings.HasSuffix(got, " pages/s\n") {
		t.Errorf("stderr does not end with a summary line: %q", got)
	}

	opts, _ = parseOptions([]string{"-q", dir}, &errb, true)
	if opts.progress {
		t.Error("-q leaves the progress line on")
	}
	opts, _ = parseOptions([]string{dir}, &errb, false)
	if opts.progress {
		t.Error("progress line on when stderr is not a terminal")
	}
	_, errOut, _ := runCmd(t, "", dir)
	if errOut != "wirestory: "+filepath.Join(dir, "b.png")+": no article found\n" {
		t.Errorf("stderr not a terminal: %q, want only the failure", errOut)
	}
}

// TestUsage checks -h (every flag explained, with an example) and the exit
// status of bad flags.
func TestUsage(t *testing.T) {
	_, errOut, code := runCmd(t, "", "-h")
	if code != exitOK {
		t.Errorf("-h: exit %d", code)
	}
	for _, flag := range []string{"-j N", "-format FORMAT", "-lines", "-q", "-strict"} {
		i := strings.Index(errOut, "\n  "+flag)
		if i < 0 {
			t.Errorf("-h does not explain %s", flag)
			continue
		}
		help := errOut[i+1:]
		if end := strings.Index(help[1:], "\n  -"); end >= 0 {
			help = help[:end]
		}
		if !strings.Contains(help, "e.g.") {
			t.Errorf("-h: %s has no example:\n%s", flag, help)
		}
	}
	for _, args := range [][]string{{"-j", "0"}, {"-format", "xml"}, {"-nope"}} {
		out, errOut, code := runCmd(t, "", args...)
		if code != exitUsage || out != "" || errOut == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %d, nothing, a message", args, code, out, errOut, exitUsage)
		}
	}
}

// TestWindowBounded checks that runOrdered keeps at most window inputs
// listed and not yet emitted while the first input is held up, and then
// emits all of them in order.
func TestWindowBounded(t *testing.T) {
	const total, window = 1000, 8
	release := make(chan struct{})
	var listed atomic.Int64
	var emitted []int
	done := make(chan struct{})
	go func() {
		defer close(done)
		runOrdered(4, window,
			func(send func(input) bool) {
				for range total {
					if !send(input{}) {
						return
					}
					listed.Add(1)
				}
			},
			func(in input) result {
				if in.seq == 0 {
					<-release
				}
				return result{seq: in.seq}
			},
			func(r result) bool {
				emitted = append(emitted, r.seq)
				return true
			}, nil)
	}()
	time.Sleep(100 * time.Millisecond)
	if n := listed.Load(); n > window {
		t.Errorf("%d inputs listed while the first is held up; window is %d", n, window)
	}
	close(release)
	<-done
	if len(emitted) != total || !slices.IsSorted(emitted) {
		t.Errorf("emitted %d results, sorted %v", len(emitted), slices.IsSorted(emitted))
	}
}

// TestStopEndsGoroutines checks that when emit stops the batch, runOrdered
// stops listing (which would otherwise go on forever) and returns.
func TestStopEndsGoroutines(t *testing.T) {
	n := 0
	runOrdered(2, 4,
		func(send func(input) bool) {
			for send(input{}) {
			}
		},
		func(in input) result { return result{seq: in.seq} },
		func(r result) bool {
			n++
			return n < 10
		}, nil)
	if n != 10 {
		t.Errorf("emitted %d, want 10", n)
	}
}

// TestSymlinks checks that a link to a directory given as an argument is
// walked, that links to files inside a walk are read, and that links to
// directories inside a walk are not followed (they could loop).
func TestSymlinks(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	writeFile(t, filepath.Join(pages, "a.txt"), storyPage(1))
	writeFile(t, filepath.Join(dir, "elsewhere", "b.txt"), storyPage(2))
	for link, target := range map[string]string{
		filepath.Join(pages, "b.txt"): filepath.Join(dir, "elsewhere", "b.txt"),
		filepath.Join(pages, "loop"):  pages,
		filepath.Join(dir, "link"):    pages,
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := runCmd(t, "", filepath.Join(dir, "link"))
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := decodeLines(t, out)
	want := []string{filepath.Join(dir, "link", "a.txt"), filepath.Join(dir, "link", "b.txt")}
	if got := inputs(lines); !slices.Equal(got, want) {
		t.Fatalf("inputs %q, want %q", got, want)
	}
	sameJSON(t, "b.txt", lines[1].Article, parsed(t, storyPage(2)))
}

// TestPanicFailsOneInput checks that a panic while reading an input is
// reported as that input's failure rather than ending the batch.
func TestPanicFailsOneInput(t *testing.T) {
	o := &options{workers: 1}
	r := o.process(input{seq: 3, name: "boom.txt", open: func() (io.ReadCloser, error) {
		panic("boom")
	}}, false)
	if r.seq != 3 || r.err == nil || !strings.Contains(r.err.Error(), "boom") {
		t.Fatalf("result %+v, want seq 3 and an error saying boom", r)
	}
	want := `{"input":"boom.txt","error":"internal error (please report it): boom"}` + "\n"
	if string(r.out) != want {
		t.Errorf("output %q, want %q", r.out, want)
	}
}
