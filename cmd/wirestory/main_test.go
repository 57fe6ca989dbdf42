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
	"runtime"
	"slices"
	"strings"
	"testing"

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

// binaryPage is a file that is not a page at all: it has no story.
var binaryPage = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"

// linksPage is a page with no story: a list of links.
var linksPage = "Home\nWorld\nBusiness\nSports\nContact us\n"

// brokenGzip is a file that cannot be read: gzip's magic number, then junk.
var brokenGzip = "\x1f\x8b not really gzip"

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
	Input       string          `json:"input"`
	InputBase64 string          `json:"input_base64"`
	URL         string          `json:"url"`
	Article     json.RawMessage `json:"article"`
	Skipped     string          `json:"skipped"`
	Error       string          `json:"error"`
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
		n := 0
		for _, has := range []bool{l.Article != nil, l.Skipped != "", l.Error != ""} {
			if has {
				n++
			}
		}
		if n != 1 {
			t.Errorf("output line %d has not exactly one of article, skipped and error: %s", len(lines)+1, sc.Text())
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

// TestOneInputSameFormat checks that the output's shape does not depend on
// how many inputs there are: one file, "-", no argument, gzip on stdin and a
// glob that matched one file all give one JSON line, as several files do;
// -o json gives the story as one JSON object indented by two spaces.
func TestOneInputSameFormat(t *testing.T) {
	page := storyPage(1)
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	writeFile(t, path, page)
	other := filepath.Join(dir, "other.txt")
	writeFile(t, other, storyPage(2))

	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		input string
	}{
		{"file", "", []string{path}, path},
		{"dash", page, []string{"-"}, "stdin"},
		{"none", page, nil, "stdin"},
		{"gzip stdin", gzipped(t, page), nil, "stdin"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCmd(t, tc.stdin, tc.args...)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			lines := decodeLines(t, out)
			if len(lines) != 1 || lines[0].Input != tc.input {
				t.Fatalf("output %q, want one JSON line for %s", out, tc.input)
			}
			sameJSON(t, tc.name, lines[0].Article, parsed(t, page))
		})
	}

	// One file gives the first line of what two files give.
	one, _, _ := runCmd(t, "", path)
	two, _, _ := runCmd(t, "", path, other)
	if first, _, _ := strings.Cut(two, "\n"); one != first+"\n" {
		t.Errorf("one file gives\n%s\nbut the same file first of two gives\n%s", one, first)
	}

	// -o json: the Article, indented, for one page or each of several.
	a, _ := wirestory.Parse(strings.NewReader(page))
	want, _ := json.MarshalIndent(a, "", "  ")
	want = append(want, '\n')
	for _, args := range [][]string{{"-o", "json", path}, {"-o", "json"}} {
		out, errOut, code := runCmd(t, page, args...)
		if code != exitOK || errOut != "" || out != string(want) {
			t.Errorf("%q: exit %d, stderr %q, output:\n%s\nwant:\n%s", args, code, errOut, out, want)
		}
	}
	out, _, _ := runCmd(t, "", "-o", "json", path, path)
	if out != string(want)+string(want) {
		t.Errorf("-o json on two pages:\n%s\nwant the indented story twice", out)
	}
}

// TestNoStorySkipped checks that a page with no story is an outcome of its
// own: a "skipped" line, no report on stderr unless -v, counted in the
// summary, and an exit status of 0.
func TestNoStorySkipped(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.html")
	writeFile(t, a, storyPage(1))
	writeFile(t, b, linksPage)
	writeFile(t, c, binaryPage)

	out, errOut, code := runCmd(t, "", dir)
	if code != exitOK || errOut != "" {
		t.Errorf("exit %d, stderr %q; want 0 and nothing", code, errOut)
	}
	lines := decodeLines(t, out)
	if len(lines) != 3 || lines[0].Article == nil || lines[1].Skipped != "no story" || lines[2].Skipped != "no story" {
		t.Fatalf("output:\n%s\nwant a story, then two skipped lines", out)
	}
	if !strings.Contains(out, `{"input":"`+b+`","skipped":"no story"}`) {
		t.Errorf("skipped line is not {input, skipped}:\n%s", out)
	}

	out2, errOut, code := runCmd(t, "", "-v", dir)
	if code != exitOK || out2 != out {
		t.Errorf("-v: exit %d, or output differs:\n%s", code, out2)
	}
	want := "wirestory: " + b + ": skipped: no story\n" +
		"wirestory: " + c + ": skipped: no story\n" +
		"wirestory: 3 pages: 1 story, 2 skipped, 0 failed\n"
	if errOut != want {
		t.Errorf("-v: stderr\n%s\nwant\n%s", errOut, want)
	}

	// In the other formats a page with no story writes nothing.
	for _, f := range []string{"json", "text"} {
		out, errOut, code := runCmd(t, "", "-o", f, b, c)
		if out != "" || errOut != "" || code != exitOK {
			t.Errorf("-o %s: exit %d, stdout %q, stderr %q; want 0 and nothing", f, code, out, errOut)
		}
	}
}

// TestFailures checks that a page that cannot be read fails: an "error"
// line in JSON Lines (nothing in the other formats), a report naming it on
// stderr, and an exit status of 1.
func TestFailures(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.html.gz")
	writeFile(t, broken, brokenGzip)
	missing := filepath.Join(dir, "missing.txt")
	for _, path := range []string{broken, missing} {
		out, errOut, code := runCmd(t, "", path)
		lines := decodeLines(t, out)
		if code != exitFailed || len(lines) != 1 || lines[0].Error == "" {
			t.Errorf("%s: exit %d, output %q; want 1 and an error line", path, code, out)
		}
		if !strings.HasPrefix(errOut, "wirestory: "+path+": ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: stderr %q, want one line naming the input", path, errOut)
		}
		for _, f := range []string{"json", "text"} {
			out, errOut2, code := runCmd(t, "", "-o", f, path)
			if out != "" || errOut2 != errOut || code != exitFailed {
				t.Errorf("-o %s %s: exit %d, stdout %q, stderr %q", f, path, code, out, errOut2)
			}
		}
	}
}

// TestFlagsAfterNames checks that flags are read wherever they stand, and
// that "--" ends them.
func TestFlagsAfterNames(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	writeFile(t, a, storyPage(1))
	text, _, _ := runCmd(t, "", "-o", "text", a)
	if !strings.HasPrefix(text, "==> "+a+" <==\nPort strike") {
		t.Fatalf("-o text gives %q", text)
	}
	for _, args := range [][]string{{a, "-o", "text"}, {a, "-o=text", "-j", "2"}, {"-j", "1", a, "-q", "-o", "text"}} {
		out, errOut, code := runCmd(t, "", args...)
		if out != text || errOut != "" || code != exitOK {
			t.Errorf("%q: exit %d, stderr %q, output\n%s\nwant\n%s", args, code, errOut, out, text)
		}
	}
	// After "--", "-o" is a file name.
	out, errOut, code := runCmd(t, "", a, "--", "-o")
	lines := decodeLines(t, out)
	if code != exitFailed || len(lines) != 2 || lines[1].Input != "-o" || !strings.Contains(errOut, "wirestory: -o: ") {
		t.Errorf("a -- -o: exit %d, output\n%s\nstderr %q; want a story, then -o failing as a file", code, out, errOut)
	}
}

// TestTextFormat checks -o text: a header naming the input, the headline,
// the credit, the dateline opening the first paragraph, the tail.
func TestTextFormat(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.png")
	writeFile(t, a, storyPage(1))
	writeFile(t, b, binaryPage)

	out, errOut, code := runCmd(t, "", "-o", "text", a)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "==> " + a + " <==\n" +
		"Port strike number 1 squeezes copper supply near london\n" +
		"By Laura Brennan, Reuters\n" +
		"\nLONDON, Jan 14 (Reuters) - Copper prices rose for the 1th session on Thursday after dock workers at the largest port extended a strike that has held up shipments of the metal.\n" +
		"\nBenchmark three-month copper on the London Metal Exchange gained 1.1% to $8,112 a tonne by 1600 GMT, traders in london said on Thursday.\n" +
		"\nBenchmark three-month copper on the London Metal Exchange gained 2.1% to $8,112 a tonne by 1600 GMT, traders in london said on Thursday.\n" +
		"\n(Reporting by Laura Brennan; Editing by Mark Hollis)\n\n"
	if out != want {
		t.Errorf("text:\n%s\nwant:\n%s", out, want)
	}
	out, errOut, code = runCmd(t, "", "-format", "text", a, b, a)
	if code != exitOK || errOut != "" || out != want+want {
		t.Errorf("-format text (the older name of -o), three inputs: exit %d, stderr %q, output:\n%s", code, errOut, out)
	}
}

// TestStrict checks that -strict stops at the first failure, after writing
// the inputs before it and the failure itself, and not at a page with no
// story.
func TestStrict(t *testing.T) {
	dir := t.TempDir()
	for i, page := range []string{storyPage(0), linksPage, storyPage(1), brokenGzip, storyPage(3), storyPage(4)} {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), page)
	}
	for _, j := range []string{"1", "4"} {
		out, errOut, code := runCmd(t, "", "-strict", "-j", j, dir)
		if code != exitFailed {
			t.Errorf("-j %s: exit %d, want %d", j, code, exitFailed)
		}
		lines := decodeLines(t, out)
		var want []string
		for i := range 4 {
			want = append(want, filepath.Join(dir, fmt.Sprintf("%d.txt", i)))
		}
		if got := inputs(lines); !slices.Equal(got, want) {
			t.Errorf("-j %s: output inputs %q, want %q", j, got, want)
		}
		wantErr := "wirestory: " + want[3] + ": gzip: invalid header\nwirestory: stopping at the first failure (-strict)\n"
		if errOut != wantErr {
			t.Errorf("-j %s: stderr %q, want %q", j, errOut, wantErr)
		}
	}
}

// TestUsage checks -h (every flag explained, with an example) and the exit
// status of bad flags, among them -j out of its range.
func TestUsage(t *testing.T) {
	_, errOut, code := runCmd(t, "", "-h")
	if code != exitOK {
		t.Errorf("-h: exit %d", code)
	}
	for _, flag := range []string{"-j N", "-o FORMAT", "-lines", "-q", "-v", "-strict", "-all", "-max-size SIZE", "-explain FILE", "-version"} {
		i := strings.Index(errOut, "\n  "+flag)
		if i < 0 {
			t.Errorf("-h does not explain %s", flag)
			continue
		}
		help := errOut[i+1:]
		if end := strings.Index(help[1:], "\n  -"); end >= 0 {
			help = help[:end]
		}
		if !strings.Contains(help, "e.g.") && flag != "-version" {
			t.Errorf("-h: %s has no example:\n%s", flag, help)
		}
	}
	if strings.Contains(errOut, "-format") {
		t.Error("-h lists -format, the hidden older name of -o")
	}
	for _, args := range [][]string{
		{"-j", "0"}, {"-j", "-3"}, {"-j", "257"}, {"-j", "100000000"}, {"-j", "2305843009213693952"},
		{"-o", "xml"}, {"-format", "xml"}, {"-nope"}, {"a.txt", "-nope"},
		{"-max-size", "0"}, {"-max-size", "-1"}, {"-max-size", "12Q"}, {"-max-size", "5G"}, {"-max-size", "99999999999999999999"},
	} {
		out, errOut, code := runCmd(t, "", args...)
		if code != exitUsage || out != "" || errOut == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %d, nothing, a message", args, code, out, errOut, exitUsage)
		}
	}
	for _, j := range []string{"1", "256"} {
		if _, errOut, code := runCmd(t, storyPage(0), "-j", j); code != exitOK {
			t.Errorf("-j %s: exit %d, stderr %q", j, code, errOut)
		}
	}
}

// TestVersion checks that -version names the program and the Go it was
// built with, on stdout.
func TestVersion(t *testing.T) {
	out, errOut, code := runCmd(t, "", "-version")
	if code != exitOK || errOut != "" || !strings.HasPrefix(out, "wirestory ") ||
		!strings.Contains(out, runtime.Version()) || strings.Count(out, "\n") != 1 {
		t.Errorf("-version: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestMaxSize checks that -max-size fails a longer page (file or record)
// and reads a shorter one.
func TestMaxSize(t *testing.T) {
	page := storyPage(3)
	if len(page) != 977 {
		t.Fatalf("the sample page has %d bytes; the sizes below are for 977", len(page))
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	writeFile(t, path, page)
	rec, _ := json.Marshal(map[string]string{"text": page})
	for _, tc := range []struct {
		size  string
		fails bool
	}{{"900", true}, {"976", true}, {"977", false}, {"1K", false}, {"16MiB", false}} {
		for _, lines := range []bool{false, true} {
			args := []string{"-max-size", tc.size, path}
			stdin := ""
			if lines {
				args = []string{"-lines", "-max-size", tc.size}
				stdin = string(rec)
			}
			out, _, code := runCmd(t, stdin, args...)
			l := decodeLines(t, out)
			if len(l) != 1 || (l[0].Error != "") != tc.fails || tc.fails && code != exitFailed {
				t.Errorf("%q: exit %d, output %s", args, code, out)
			}
			if tc.fails && l[0].Error != "input too large" {
				t.Errorf("%q: error %q, want %q", args, l[0].Error, "input too large")
			}
		}
	}
	var s sizeFlag
	for in, want := range map[string]int64{"1": 1, "64K": 64 << 10, "3m": 3 << 20, "2GiB": 2 << 30, "4G": 4 << 30, "7MB": 7 << 20} {
		if err := s.Set(in); err != nil || int64(s) != want {
			t.Errorf("-max-size %s = %d, %v; want %d", in, s, err, want)
		}
	}
	s = sizeFlag(wirestory.DefaultMaxSize)
	if s.String() != "16M" {
		t.Errorf("default -max-size shown as %q, want 16M", s.String())
	}
}

// TestNINJSFormat checks -o ninjs: one ninjs object a line for each page
// with a story, as the library's MarshalNINJS gives it, and nothing for a
// page without one.
func TestNINJSFormat(t *testing.T) {
	dir := t.TempDir()
	for i, page := range []string{storyPage(1), linksPage, storyPage(2), brokenGzip} {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), page)
	}
	out, errOut, code := runCmd(t, "", "-o", "ninjs", dir)
	if code != exitFailed || !strings.Contains(errOut, "3.txt: gzip: ") {
		t.Errorf("exit %d, stderr %q; want 1 and the broken page reported", code, errOut)
	}
	var want string
	for _, page := range []string{storyPage(1), storyPage(2)} {
		a, err := wirestory.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		js, err := a.MarshalNINJS()
		if err != nil {
			t.Fatal(err)
		}
		want += string(js) + "\n"
	}
	if out != want {
		t.Errorf("-o ninjs:\n%s\nwant:\n%s", out, want)
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil || !strings.HasPrefix(v["uri"].(string), "urn:uuid:") {
			t.Errorf("line %q: not a ninjs object with a uri (%v)", l, err)
		}
	}
}

// TestExplain checks -explain: a table of the page's blocks, each with its
// role and reason, after a line counting them by role; the story's
// paragraphs are its body rows.
func TestExplain(t *testing.T) {
	dir := t.TempDir()
	page := storyPage(2)
	path := filepath.Join(dir, "a.txt")
	writeFile(t, path, page)
	gz := filepath.Join(dir, "b.txt.gz")
	writeFile(t, gz, gzipped(t, page))
	a, err := wirestory.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}

	var outs []string
	for _, args := range [][]string{{"-explain", path}, {"-explain", gz}, {"-explain", "-"}, {"-explain", "-", "-j", "1"}} {
		out, errOut, code := runCmd(t, page, args...)
		if code != exitOK || errOut != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
		}
		outs = append(outs, out[strings.Index(out, ":"):]) // the name differs
	}
	for _, o := range outs[1:] {
		if o != outs[0] {
			t.Errorf("-explain of the file, its gzip and stdin differ:\n%s\n%s", outs[0], o)
		}
	}
	out, _, _ := runCmd(t, "", "-explain", path)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if !strings.HasPrefix(lines[0], path+": ") || !strings.Contains(lines[0], "4 body") || lines[1] != "" ||
		strings.Join(strings.Fields(lines[2]), " ") != "# ROLE KIND SCORE TEXT WHY" {
		t.Fatalf("-explain head:\n%s", strings.Join(lines[:min(3, len(lines))], "\n"))
	}
	var body []string
	roles := map[string]bool{}
	for _, l := range lines[3:] {
		f := strings.Fields(l)
		if len(f) < 5 {
			t.Errorf("row %q has fewer than 5 columns", l)
			continue
		}
		roles[f[1]] = true
		if f[1] == "body" {
			body = append(body, l)
		}
	}
	if len(body) != len(a.Paragraphs) {
		t.Errorf("%d body rows, %d paragraphs:\n%s", len(body), len(a.Paragraphs), out)
	}
	for i, p := range a.Paragraphs {
		if i < len(body) && !strings.Contains(body[i], p[:30]) {
			t.Errorf("body row %d %q does not show paragraph %q", i+1, body[i], p)
		}
	}
	for _, r := range []string{"chrome", "head", "body", "tail"} {
		if !roles[r] {
			t.Errorf("no %s row:\n%s", r, out)
		}
	}

	// A page with no story, a file that cannot be read, another input.
	links := filepath.Join(dir, "links.txt")
	writeFile(t, links, linksPage)
	out, errOut, code := runCmd(t, "", "-explain", links)
	if code != exitOK || errOut != "" || !strings.Contains(out, "No story") || !strings.Contains(out, "Contact us") {
		t.Errorf("no story: exit %d, stderr %q, output:\n%s", code, errOut, out)
	}
	out, errOut, code = runCmd(t, "", "-explain", filepath.Join(dir, "missing.txt"))
	if code != exitFailed || out != "" || !strings.Contains(errOut, "missing.txt: open: ") {
		t.Errorf("missing file: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, errOut, code = runCmd(t, "", "-explain", path, links)
	if code != exitUsage || out != "" || errOut == "" {
		t.Errorf("-explain with two inputs: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
