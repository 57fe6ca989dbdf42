package wirestory

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The benchmarks measure Parse beside golang.org/x/net/html.Parse on the
// same bytes, so that one run gives the ratio of their costs:
//
//	go test -run '^$' -bench 'AEB|Testdata' -count 5 . | tee bench.txt
//	benchstat -col .name bench.txt
//
// and that cost grows linearly with the page (BenchmarkParseScale). An op
// is one pass over all the pages of a set; SetBytes makes MB/s comparable.

// aebPages returns the AEB pages in ../shared/eval/aeb/html, or skips.
func aebPages(b *testing.B) [][]byte {
	b.Helper()
	paths, err := filepath.Glob(sharedDir + "/eval/aeb/html/*.html")
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Skipf("no AEB pages in %s/eval/aeb/html", sharedDir)
	}
	return readPages(b, paths)
}

func readPages(b *testing.B, paths []string) [][]byte {
	b.Helper()
	slices.Sort(paths)
	var pages [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// testdataPages returns the sample pages in testdata, in name order.
func testdataPages(b *testing.B) [][]byte {
	b.Helper()
	var paths []string
	for _, pat := range []string{"testdata/*.txt", "testdata/*.html"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, m...)
	}
	return readPages(b, paths)
}

func totalLen(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// benchParse parses every page once per op. A page without a story is
// no failure: the AEB set has a few.
func benchParse(b *testing.B, pages [][]byte) {
	b.ReportAllocs()
	b.SetBytes(totalLen(pages))
	for b.Loop() {
		for _, p := range pages {
			Parse(bytes.NewReader(p))
		}
	}
	b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// benchHTMLParse runs only html.Parse on every page once per op: the
// floor for anything that reads the pages' HTML.
func benchHTMLParse(b *testing.B, pages [][]byte) {
	b.ReportAllocs()
	b.SetBytes(totalLen(pages))
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// aebDumps returns the browser text dumps of the AEB pages in
// ../shared/eval/aeb/text, or skips.
func aebDumps(b *testing.B) [][]byte {
	b.Helper()
	paths, err := filepath.Glob(sharedDir + "/eval/aeb/text/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Skipf("no AEB text dumps in %s/eval/aeb/text", sharedDir)
	}
	return readPages(b, paths)
}

func BenchmarkParseAEB(b *testing.B)          { benchParse(b, aebPages(b)) }
func BenchmarkHTMLParseAEB(b *testing.B)      { benchHTMLParse(b, aebPages(b)) }
func BenchmarkParseAEBText(b *testing.B)      { benchParse(b, aebDumps(b)) }
func BenchmarkParseTestdata(b *testing.B)     { benchParse(b, testdataPages(b)) }
func BenchmarkHTMLParseTestdata(b *testing.B) { benchHTMLParse(b, testdataPages(b)) }

// paragraphLines returns the lines of the text pages in testdata: the
// paragraphs, headlines, bylines and chrome lines of typical pages, before
// cleaning.
func paragraphLines(b *testing.B) []string {
	b.Helper()
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	var lines []string
	for _, p := range readPages(b, paths) {
		for line := range strings.Lines(string(p)) {
			if strings.TrimSpace(line) != "" {
				lines = append(lines, line)
			}
		}
	}
	return lines
}

func BenchmarkClean(b *testing.B) {
	lines := paragraphLines(b)
	var n int64
	for _, l := range lines {
		n += int64(len(l))
	}
	b.ReportAllocs()
	b.SetBytes(n)
	for b.Loop() {
		for _, l := range lines {
			Clean(l)
		}
	}
}

func BenchmarkParseDateline(b *testing.B) {
	// First paragraphs in every dateline style, then every line of the
	// text pages (most of which have none).
	var paras []string
	for _, c := range datelineStyles {
		paras = append(paras, c.in)
	}
	paras = append(paras, paragraphLines(b)...)
	var n int64
	for _, p := range paras {
		n += int64(len(p))
	}
	b.ReportAllocs()
	b.SetBytes(n)
	for b.Loop() {
		for _, p := range paras {
			ParseDateline(p)
		}
	}
}

// scaledPage returns a sample page grown to about k times its length by
// repeating its body paragraphs, from the second to the last: the same
// page with a longer story.
func scaledPage(tb testing.TB, name string, k int) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	a, err := Parse(bytes.NewReader(data))
	if err != nil {
		tb.Fatal(err)
	}
	ps := a.Paragraphs
	first := bytes.Index(data, []byte(ps[1][:20]))
	last := bytes.Index(data, []byte(ps[len(ps)-1][len(ps[len(ps)-1])-20:]))
	if first < 0 || last < 0 {
		tb.Fatalf("%s: body paragraphs not found in the page", name)
	}
	// The repeated span runs from the start of the second paragraph's
	// line or element to the end of the last's.
	var start, end int
	if strings.HasSuffix(name, ".html") {
		start = bytes.LastIndex(data[:first], []byte("<p"))
		end = last + bytes.Index(data[last:], []byte("</p>")) + len("</p>")
	} else {
		start = bytes.LastIndexByte(data[:first], '\n') + 1
		end = last + bytes.IndexByte(data[last:], '\n') + 1
	}
	if start < 0 || end <= start {
		tb.Fatalf("%s: cannot cut the body", name)
	}
	// n copies of the body make the page k times as long.
	body := end - start + 1
	n := max(1, (k*len(data)-(len(data)-body)+body/2)/body)
	var out bytes.Buffer
	out.Write(data[:start])
	for range n {
		out.Write(data[start:end])
		out.WriteByte('\n')
	}
	out.Write(data[end:])
	return out.Bytes()
}

// BenchmarkParseScale parses an HTML and a text page at 1x, 10x and 100x
// their length (their story repeated): ns/op should grow about tenfold at
// each step, and MB/s stay flat.
func BenchmarkParseScale(b *testing.B) {
	for _, name := range []string{"ap-brightspot.html", "reuters-markets.txt"} {
		for _, k := range []int{1, 10, 100} {
			page := scaledPage(b, name, k)
			b.Run(fmt.Sprintf("%s/%dx", strings.TrimSuffix(name, filepath.Ext(name)), k), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(page)))
				for b.Loop() {
					if _, err := Parse(bytes.NewReader(page)); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkParseHostile parses the pages of hostileShapes at 16 KiB, 160
// KiB and 1.6 MiB: ns/op should grow about tenfold at each step once the
// hostile part outweighs the story around it (from 160 KiB to 1.6 MiB).
func BenchmarkParseHostile(b *testing.B) {
	for _, s := range hostileShapes {
		for _, k := range []int{1, 10, 100} {
			page := s.page(k * 16 << 10)
			b.Run(fmt.Sprintf("%s/%dx", strings.ReplaceAll(s.name, " ", "-"), k), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(page)))
				for b.Loop() {
					Parse(bytes.NewReader(page))
				}
			})
		}
	}
}
