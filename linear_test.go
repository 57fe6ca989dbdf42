package wirestory

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
)

// allocs returns how many bytes Parse allocates on data, and in how many
// allocations: the least of three runs, since runtime bookkeeping may add
// a little to one.
func allocs(t *testing.T, data []byte) (bytes, count uint64) {
	t.Helper()
	for i := range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		Parse(bytesReader(data))
		runtime.ReadMemStats(&after)
		b, c := after.TotalAlloc-before.TotalAlloc, after.Mallocs-before.Mallocs
		if i == 0 || b < bytes {
			bytes = b
		}
		if i == 0 || c < count {
			count = c
		}
	}
	return bytes, count
}

// TestParseLinearAlloc checks that what Parse allocates grows at most
// linearly with its input: on pages grown tenfold (a sample page's story
// repeated, and hostile shapes) the number of allocations grows at most
// 12-fold and the allocated bytes at most 20-fold (slices grown by append
// allocate up to twice their final size, more or less depending on where
// the size falls; a cost that grew with the square of the input would
// allocate 100-fold).
// Time is measured by BenchmarkParseScale, not here: tests assert no
// timings. A loop that costs the square of the input without allocating
// would not show here; the benchmarks and the hostile inputs of
// TestBadInput (which would take minutes) guard against those.
func bytesReader(data []byte) *bytes.Reader { return bytes.NewReader(data) }

// A shape is a family of pages: page(k) is k times as long as page(1).
type shape struct {
	name string
	page func(k int) []byte
}

// hostileShapes are pages built to make a careless parser do quadratic
// work: every list heading reading all that follows it, every text node
// or block walking up a thousand levels of nesting, every marked story
// body compared with every other.
var hostileShapes = []shape{
	{"list headings", func(k int) []byte {
		return append(textStory(5), strings.Repeat("RELATED STORIES\n", 1000*k)...)
	}},
	{"junk after list headings", func(k int) []byte {
		return append(textStory(5), (strings.Repeat("RELATED STORIES\n", 500) + "Council Extends Water Program\n" +
			strings.Repeat("-\n", 20000*k) + storyLine(3) + "\n")...)
	}},
	{"story bodies", func(k int) []byte {
		return htmlStory(5, "", strings.Repeat("<div itemprop=articleBody><p>"+storyLine(1)+"</p></div>", 200*k))
	}},
	{"deep inline", func(k int) []byte {
		return htmlStory(5, strings.Repeat("<b>", 1000), strings.Repeat("x<br>", 2000*k))
	}},
	{"deep blocks", func(k int) []byte {
		return htmlStory(5, "<nav>"+strings.Repeat("<div>", 1000), strings.Repeat("<p>x</p>", 2000*k))
	}},
	{"one long line", func(k int) []byte {
		return append(textStory(5), strings.Repeat("THE COUNCIL ", 2000*k)...)
	}},
}

func TestParseLinearAlloc(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short")
	}
	shapes := append([]shape{
		{"html story", func(k int) []byte { return scaledPage(t, "ap-brightspot.html", 5*k) }},
		{"text story", func(k int) []byte { return scaledPage(t, "reuters-markets.txt", 5*k) }},
	}, hostileShapes...)
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			small, large := s.page(1), s.page(10)
			b1, n1 := allocs(t, small)
			b10, n10 := allocs(t, large)
			rb, rn := float64(b10)/float64(b1), float64(n10)/float64(n1)
			t.Logf("%d bytes in: %d bytes in %d allocations; %d bytes in: %d bytes in %d allocations; ratios %.2f, %.2f",
				len(small), b1, n1, len(large), b10, n10, rb, rn)
			if rb > 20 {
				t.Errorf("10x the input allocates %.1fx the bytes, want at most 20x", rb)
			}
			if rn > 12 {
				t.Errorf("10x the input makes %.1fx the allocations, want at most 12x", rn)
			}
		})
	}
}
