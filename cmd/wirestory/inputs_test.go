package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBatchWithBrokenFiles runs a directory whose middle holds a page with
// no story, a dangling link and (when not root) an unreadable file, and an
// argument that does not exist: the batch finishes, writes one line per
// input in input order, reports every failure with its name, and exits 1.
func TestBatchWithBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	writeFile(t, filepath.Join(pages, "a.txt"), storyPage(0))
	writeFile(t, filepath.Join(pages, "b.html"), binaryPage)
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
		name    string
		page    string // "" for a failure
		skipped bool
	}
	wants := []want{
		{"pages/a.txt", storyPage(0), false},
		{"pages/b.html", "", true},
		{"pages/c.txt", "", false},
	}
	if unreadable {
		wants = append(wants, want{"pages/d.txt", "", false})
	}
	wants = append(wants,
		want{"pages/sub/e.txt", storyPage(4), false},
		want{"pages/z.txt", storyPage(7), false},
		want{"vanished.txt", "", false},
		want{"last.txt", storyPage(8), false})

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
		switch {
		case w.skipped:
			if l.Skipped != "no story" {
				t.Errorf("line %d (%s): not skipped: %+v", i+1, w.name, l)
			}
		case w.page == "":
			if l.Error == "" {
				t.Errorf("line %d (%s): no error", i+1, w.name)
			}
			failed = append(failed, l.Input)
		default:
			sameJSON(t, w.name, l.Article, parsed(t, w.page))
		}
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

// TestDirectoryTakesPageFiles checks that a directory gives only page files
// (.html .htm .xhtml .txt .warc and their .gz, in any case) by default,
// record files with -lines, and every file with -all; and that a file named
// on the command line is read whatever its name.
func TestDirectoryTakesPageFiles(t *testing.T) {
	dir := t.TempDir()
	rec, _ := json.Marshal(map[string]string{"text": storyPage(9)})
	files := map[string]string{
		"a.html": storyPage(1), "b.htm": storyPage(2), "c.xhtml": storyPage(3), "d.txt": storyPage(4),
		"e.html.gz": gzipped(t, storyPage(5)), "f.TXT": storyPage(6), "g.Txt.GZ": gzipped(t, storyPage(7)),
		"story.go": "package main\n\nfunc main() {}\n", "x.json": string(rec) + "\n", "notes.md": storyPage(8),
		"y.jsonl.gz": gzipped(t, string(rec)+"\n"), "logo.png": binaryPage, "Makefile": "all:\n\tgo build\n",
	}
	for name, content := range files {
		writeFile(t, filepath.Join(dir, name), content)
	}
	names := func(args ...string) []string {
		t.Helper()
		out, _, _ := runCmd(t, "", args...)
		var got []string
		for _, l := range decodeLines(t, out) {
			got = append(got, strings.TrimPrefix(l.Input, dir+string(filepath.Separator)))
		}
		return got
	}
	if got, want := names(dir), []string{"a.html", "b.htm", "c.xhtml", "d.txt", "e.html.gz", "f.TXT", "g.Txt.GZ"}; !slices.Equal(got, want) {
		t.Errorf("directory: inputs %q, want %q", got, want)
	}
	if got, want := names("-lines", dir), []string{"x.json:1", "y.jsonl.gz:1"}; !slices.Equal(got, want) {
		t.Errorf("-lines directory: inputs %q, want %q", got, want)
	}
	all := names("-all", dir)
	if len(all) != len(files) {
		t.Errorf("-all: inputs %q, want all %d files", all, len(files))
	}
	if got := names(filepath.Join(dir, "notes.md")); !slices.Equal(got, []string{"notes.md"}) {
		t.Errorf("a file named on the command line: inputs %q", got)
	}
}

// TestWARCNotRead checks that a WARC file is reported as not read, rather
// than parsed as one page.
func TestWARCNotRead(t *testing.T) {
	dir := t.TempDir()
	warc := filepath.Join(dir, "crawl.warc.gz")
	writeFile(t, warc, gzipped(t, "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n"))
	out, errOut, code := runCmd(t, "", dir)
	lines := decodeLines(t, out)
	if code != exitFailed || len(lines) != 1 || !strings.Contains(lines[0].Error, "WARC") || !strings.Contains(errOut, "WARC") {
		t.Errorf("exit %d, output %q, stderr %q", code, out, errOut)
	}
}

// TestGzip checks that gzip-compressed files are read as what they hold,
// whether or not their names end in .gz.
func TestGzip(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt.gz"), gzipped(t, storyPage(1)))
	writeFile(t, filepath.Join(dir, "b.txt"), gzipped(t, storyPage(2)))
	writeFile(t, filepath.Join(dir, "c.html.gz"), brokenGzip)
	out, errOut, code := runCmd(t, "", dir)
	lines := decodeLines(t, out)
	if len(lines) != 3 || code != exitFailed {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
	sameJSON(t, "a.txt.gz", lines[0].Article, parsed(t, storyPage(1)))
	sameJSON(t, "b.txt", lines[1].Article, parsed(t, storyPage(2)))
	if !strings.HasPrefix(lines[2].Error, "gzip: ") || !strings.Contains(errOut, "c.html.gz: gzip: ") {
		t.Errorf("broken gzip: error %q, stderr %q", lines[2].Error, errOut)
	}
}

// TestLines checks -lines on stdin and in a gzip file: one output line per
// record, named by input and line number, with the record's URL, which is
// given to the parser as the page's address.
func TestLines(t *testing.T) {
	rec := func(fields map[string]string) string {
		js, _ := json.Marshal(fields)
		return string(js) + "\n"
	}
	html := "<html><head><meta charset=\"shift_jis\"><title>x</title></head><body><p>" + storyPage(2) + "</p></body></html>"
	const dated = "https://example.com/markets/2021/01/14/copper"
	undated := strings.Replace(storyPage(3), "January 14, 2021 4:12 PM\n\n", "", 1)
	stdin := rec(map[string]string{"url": "https://example.com/a", "html": html}) +
		rec(map[string]string{"text": undated, "url": dated}) +
		"\n  \t \r\n" + // blank lines are skipped
		"{not json\n" +
		rec(map[string]string{"url": "https://example.com/empty"}) +
		rec(map[string]string{"url": "https://example.com/junk", "html": ""}) +
		"   " + strings.TrimSuffix(rec(map[string]string{"text": storyPage(4)}), "\n") // white space first, no final newline

	out, errOut, code := runCmd(t, stdin, "-lines")
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	lines := decodeLines(t, out)
	want := []jsonLine{
		{Input: "stdin:1", URL: "https://example.com/a"},
		{Input: "stdin:2", URL: dated},
		{Input: "stdin:5", Error: "bad record: "},
		{Input: "stdin:6", URL: "https://example.com/empty", Error: `bad record: no "html" or "text" field`},
		{Input: "stdin:7", URL: "https://example.com/junk", Skipped: "no story"},
		{Input: "stdin:8"},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		l := lines[i]
		if l.Input != w.Input || l.URL != w.URL || !strings.HasPrefix(l.Error, w.Error) || (w.Error == "") != (l.Error == "") ||
			l.Skipped != w.Skipped {
			t.Errorf("line %d = %+v, want %+v", i+1, l, w)
		}
	}
	// The record's URL is the page's address: the Article's URL, and its day.
	var a struct {
		URL       string `json:"url"`
		Published string `json:"published"`
	}
	if err := json.Unmarshal(lines[1].Article, &a); err != nil || a.URL != dated || a.Published != "2021-01-14T00:00:00Z" {
		t.Errorf("text record with a URL: article url %q, published %q (%v); want %q and its day", a.URL, a.Published, err, dated)
	}
	if !strings.Contains(errOut, "wirestory: stdin:6 (https://example.com/empty): bad record") ||
		strings.Contains(errOut, "stdin:7") {
		t.Errorf("stderr does not report stdin:6 with its URL, or reports stdin:7 without -v:\n%s", errOut)
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
// error, that blank lines come back as nil, and that the records around
// them are read, without their opening white space.
func TestReadLine(t *testing.T) {
	in := "short\n" + strings.Repeat("x", 100) + "\n\n" + strings.Repeat(" ", 50) + "\n" +
		strings.Repeat(" ", 40) + "{}\n\t\r\nlast"
	br := bufio.NewReaderSize(strings.NewReader(in), 16)
	var got []string
	for {
		line, err := readLine(br, 20)
		if err == io.EOF {
			break
		}
		switch {
		case err != nil:
			got = append(got, "error: "+err.Error())
		case line == nil:
			got = append(got, "blank")
		default:
			got = append(got, string(line))
		}
	}
	want := []string{"short\n", "error: " + errRecordTooLong.Error(), "blank", "blank", "{}\n", "blank", "last"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBlankRecordsCostNothing checks that blank -lines records are skipped
// before anything is allocated for them: reading a thousand times more
// blank lines allocates no more.
func TestBlankRecordsCostNothing(t *testing.T) {
	o := &options{maxSize: 1 << 20}
	allocs := func(blank string, n int) float64 {
		data := strings.Repeat(blank, n) + `{"text":"x"}` + "\n" + strings.Repeat(blank, n)
		return testing.AllocsPerRun(3, func() {
			sent := 0
			o.listRecords("stdin", strings.NewReader(data), func(in input) bool {
				sent++
				if want := "stdin:" + strconv.Itoa(n+1); in.name != want {
					t.Errorf("record named %q, want %q", in.name, want)
				}
				return true
			})
			if sent != 1 {
				t.Fatalf("%d records sent, want 1", sent)
			}
		})
	}
	for _, tc := range []struct {
		blank     string
		few, many int
	}{
		{"\n", 200, 20000},
		{"  \t\r\n", 200, 20000},
		{strings.Repeat(" ", 70<<10) + "\n", 10, 60}, // lines longer than the reader's buffer
	} {
		few, many := allocs(tc.blank, tc.few), allocs(tc.blank, tc.many)
		if many > few {
			t.Errorf("%d blank lines of %d bytes: %.0f allocations; %d blank lines: %.0f", 2*tc.many, len(tc.blank), many, 2*tc.few, few)
		}
	}
}

// TestNamesOnStderrEscaped checks that a file name or a record's URL that
// holds control characters (an ANSI escape, a newline that would forge a
// "wirestory:" line) or bytes that are not UTF-8 is written quoted, with Go
// escapes, on stderr; and that the JSON output keeps the exact name: as a
// JSON string, or, when it is not UTF-8, in "input_base64" too.
func TestNamesOnStderrEscaped(t *testing.T) {
	dir := t.TempDir()
	names := []string{
		"red\x1b[31m.txt",
		"two\nwirestory: forged.txt",
		"caf\xe9.txt",
		"bidi\u202egnp.txt",
	}
	var args []string
	for _, n := range names {
		path := filepath.Join(dir, n)
		if err := os.WriteFile(path, []byte(brokenGzip), 0o644); err != nil {
			t.Skipf("the file system refuses the name %q: %v", n, err)
		}
		args = append(args, path)
	}
	out, errOut, code := runCmd(t, "", args...)
	if code != exitFailed {
		t.Errorf("exit %d", code)
	}
	reports := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(reports) != len(names) {
		t.Fatalf("stderr has %d lines for %d failures:\n%q", len(reports), len(names), errOut)
	}
	for i, r := range reports {
		want := fmt.Sprintf("wirestory: %q: gzip: ", args[i])
		if !strings.HasPrefix(r, want) {
			t.Errorf("stderr line %d = %q, want it to start %q", i+1, r, want)
		}
		if strings.ContainsAny(r, "\x1b\u202e") || !utf8.ValidString(r) {
			t.Errorf("stderr line %d holds a raw control character or bad byte: %q", i+1, r)
		}
	}
	for i, l := range decodeLines(t, out) {
		got := l.Input
		if l.InputBase64 != "" {
			raw, err := base64.StdEncoding.DecodeString(l.InputBase64)
			if err != nil {
				t.Fatal(err)
			}
			got = string(raw)
		}
		if got != args[i] || (l.InputBase64 != "") == utf8.ValidString(args[i]) {
			t.Errorf("line %d: input %q, input_base64 %q; want the exact name %q (base64 only when not UTF-8)", i+1, l.Input, l.InputBase64, args[i])
		}
	}

	// A -lines record's URL, and a name in -o text's header.
	rec := `{"url":"https://example.com/\u001b]0;owned\u0007"}` + "\n"
	_, errOut, _ = runCmd(t, rec, "-lines")
	if want := `wirestory: stdin:1 ("https://example.com/\x1b]0;owned\a"): bad record: no "html" or "text" field`; !strings.HasPrefix(errOut, want) {
		t.Errorf("stderr %q, want it to start %q", errOut, want)
	}
	story := filepath.Join(dir, "story\x1b[2J.txt")
	writeFile(t, story, storyPage(1))
	out, _, _ = runCmd(t, "", "-o", "text", story)
	if want := fmt.Sprintf("==> %q <==\n", story); !strings.HasPrefix(out, want) {
		t.Errorf("-o text header %q, want %q", strings.SplitN(out, "\n", 2)[0], want)
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
