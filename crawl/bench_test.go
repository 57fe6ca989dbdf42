package crawl

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkRead reads a crawl of the testdata pages, loading each page's
// payload as the command does before parsing: the cost of reading a WARC,
// without the parsing.
func BenchmarkRead(b *testing.B) {
	for _, gzipped := range []bool{true, false} {
		name := map[bool]string{true: "warc.gz", false: "warc"}[gzipped]
		b.Run(name, func(b *testing.B) {
			data, samples := testCrawl(b, gzipped)
			var raw int64
			for _, s := range samples {
				raw += int64(len(s.resp.Body))
			}
			b.SetBytes(raw) // MB/s of payload
			b.ReportAllocs()
			var p Processor
			for b.Loop() {
				rd := NewReader(bytes.NewReader(data), "bench")
				n := 0
				for {
					rec, err := rd.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					p.Load("bench", rec)
					n++
				}
				if n != len(samples) {
					b.Fatalf("read %d records, want %d", n, len(samples))
				}
			}
		})
	}
}
