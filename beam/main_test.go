package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/wirestory/wirestory/crawl"
)

func TestMain(m *testing.M) {
	registerFns()
	ptest.MainWithDefault(m, "prism")
}

// writeCrawl writes a crawl of the HTML pages of ../testdata, with records
// that are not pages between them, to path, and returns its bytes and the
// offsets of its records.
func writeCrawl(t *testing.T, path string, gzipped bool) ([]byte, []int64) {
	t.Helper()
	files, err := filepath.Glob("../testdata/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata pages: %v", err)
	}
	var buf bytes.Buffer
	w := crawl.NewWriter(&buf, gzipped)
	var offsets []int64
	date := time.Date(2024, 5, 16, 8, 30, 0, 0, time.UTC)
	write := func(r crawl.Response) {
		r.Date = date.Add(time.Duration(len(offsets)) * time.Minute)
		off, err := w.WriteResponse(r)
		if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, off)
	}
	for i, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		uri := "https://news.example/" + filepath.Base(f)
		write(crawl.Response{URI: uri, Header: map[string]string{"Content-Type": "text/html"}, Body: body})
		switch i {
		case 1:
			write(crawl.Response{URI: uri + ".png", Header: map[string]string{"Content-Type": "image/png"}, Body: []byte("\x89PNG\r\n\x1a\n")})
		case 2:
			write(crawl.Response{URI: uri + "?gone", Status: 404, Header: map[string]string{"Content-Type": "text/html"}, Body: body})
		case 3:
			write(crawl.Response{URI: uri + "?links", Header: map[string]string{"Content-Type": "text/html"},
				Body: []byte(`<html><body><ul><li><a href="/a">Markets</a></li></ul></body></html>`)})
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), offsets
}

// readSequentially reads a WARC file with crawl's Reader, as the command
// does, and returns its lines and counts.
func readSequentially(t *testing.T, path string) ([]string, crawl.Counts) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd := crawl.NewReader(f, path)
	var p crawl.Processor
	var lines []string
	var c crawl.Counts
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return lines, c
		}
		var re *crawl.RecordError
		var pg *crawl.Page
		switch {
		case errors.As(err, &re):
			c.Add(crawl.BrokenRecord)
			pg = crawl.BrokenPage(re)
		case err != nil:
			t.Fatal(err)
		default:
			var skip crawl.Skip
			pg, skip = p.Load(path, rec)
			p.Parse(context.Background(), pg)
			c.Add(pg.Outcome())
			if skip == crawl.NotResponse {
				continue
			}
		}
		line, err := pg.MarshalLine()
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(line))
	}
}

// TestPipeline runs the pipeline on Prism over a .warc.gz read in small
// parts, a plain .warc, a truncated .warc.gz and one with a broken gzip
// member, and checks that it writes the lines the wirestory command
// writes for the same files, each once (in any order), and counts what a
// sequential read counts.
func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	data, offsets := writeCrawl(t, filepath.Join(dir, "a.warc.gz"), true)
	writeCrawl(t, filepath.Join(dir, "b.warc"), false)
	cut := offsets[len(offsets)-1] + 100
	os.WriteFile(filepath.Join(dir, "c.warc.gz"), data[:cut], 0o644)
	broken := bytes.Clone(data)
	mid := (offsets[2] + offsets[3]) / 2
	for i := mid; i < mid+16; i++ {
		broken[i] ^= 0x5a
	}
	os.WriteFile(filepath.Join(dir, "d.warc.gz"), broken, 0o644)

	// The command, built from this workspace, gives the lines to expect.
	ws := filepath.Join(dir, "wirestory")
	if out, err := exec.Command("go", "build", "-o", ws, "../cmd/wirestory").CombinedOutput(); err != nil {
		t.Fatalf("building the command: %v\n%s", err, out)
	}
	var want []string
	var wantCounts crawl.Counts
	for _, name := range []string{"a.warc.gz", "b.warc", "c.warc.gz", "d.warc.gz"} {
		path := filepath.Join(dir, name)
		cmd := exec.Command(ws, "-q", path)
		stdout, err := cmd.Output()
		if err != nil && cmd.ProcessState.ExitCode() != 1 {
			t.Fatalf("wirestory %s: %v", name, err)
		}
		lines, c := readSequentially(t, path)
		if diff := cmp.Diff(lines, slices.Collect(strings.Lines(string(stdout)))); diff != "" {
			t.Fatalf("%s: crawl.Reader and the command differ (-reader +command):\n%s", name, diff)
		}
		want = append(want, lines...)
		wantCounts.Records += c.Records
		wantCounts.Pages += c.Pages
		wantCounts.Stories += c.Stories
		wantCounts.NotStories += c.NotStories
		wantCounts.Skipped += c.Skipped
		wantCounts.Errors += c.Errors
	}
	if wantCounts.Errors != 2 || wantCounts.Stories < 20 {
		t.Fatalf("test crawl: counts %+v, want 2 errors and the testdata stories", wantCounts)
	}

	out := filepath.Join(dir, "out", "stories")
	os.Mkdir(filepath.Dir(out), 0o755)
	p, s := beam.NewPipelineWithRoot()
	// Parts of 3000 bytes: most parts start inside a gzip member.
	build(s, options{Input: filepath.Join(dir, "*.warc*"), Output: out, SplitSize: 3000, Timeout: crawl.DefaultTimeout})
	start := time.Now()
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)

	shards, _ := filepath.Glob(out + "-*-of-*.jsonl")
	if len(shards) == 0 {
		t.Fatal("no output files")
	}
	t.Logf("pipeline on Prism: %v, %d output files", elapsed, len(shards))
	var got []string
	for _, f := range shards {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			got = append(got, line)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pipeline lines mismatch (-command +pipeline):\n%s", diff)
	}
	if tmp, _ := filepath.Glob(out + ".tmp-*"); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
	c := counters(res)
	gotCounts := crawl.Counts{Records: c["records"], Pages: c["pages"], Stories: c["stories"],
		NotStories: c["not_stories"], Skipped: c["skipped"], Errors: c["errors"]}
	if gotCounts != wantCounts {
		t.Errorf("counters %+v, want %+v", gotCounts, wantCounts)
	}
	// a.warc.gz, c.warc.gz and d.warc.gz are read in parts of 3000 bytes;
	// b.warc, uncompressed, whole.
	wantParts := int64(1)
	for _, name := range []string{"a.warc.gz", "c.warc.gz", "d.warc.gz"} {
		fi, _ := os.Stat(filepath.Join(dir, name))
		wantParts += (fi.Size() + 2999) / 3000
	}
	if c["parts"] != wantParts {
		t.Errorf("%d parts read, want %d", c["parts"], wantParts)
	}
}

// TestFinalize checks the last step: committed temporary files get their
// final names, in the order of their names; a temporary file no committed
// bundle wrote is removed; run again, as after a retry, the step finds
// its work done.
func TestFinalize(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "stories")
	committed := []string{out + ".tmp-c", out + ".tmp-a", out + ".tmp-b"}
	for _, name := range append(committed, out+".tmp-failed") {
		os.WriteFile(name, []byte(filepath.Base(name)+"\n"), 0o644)
	}
	fn := &finalizeFn{Output: out}
	for range 2 {
		i := 0
		err := fn.ProcessElement(context.Background(), 0, func(s *string) bool {
			if i == len(committed) {
				return false
			}
			*s = committed[i]
			i++
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		got = append(got, e.Name()+": "+string(data))
	}
	want := []string{
		"stories-00000-of-00003.jsonl: stories.tmp-a\n",
		"stories-00001-of-00003.jsonl: stories.tmp-b\n",
		"stories-00002-of-00003.jsonl: stories.tmp-c\n",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output folder mismatch (-want +got):\n%s", diff)
	}
}
