//go:build linux

package wirestory

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkParsePeakMemory measures the peak memory Parse needs, beyond
// the input its caller holds, on every shape of hostileShapes at the
// largest size Parse reads by default (DefaultMaxSize, 16 MiB). Each page
// is parsed in a process of its own (this test binary, run again as
// TestPeakMemoryHelper), which reads the page from a file, resets its
// peak resident set size to the current one, parses, and reports how far
// its resident set rose: the heap Parse holds at its peak, the garbage the
// collector had not yet freed, and the runtime's own. Run it alone, with
// one iteration:
//
//	go test -run '^$' -bench ParsePeakMemory -benchtime 1x .
//
// It reports peak-MiB and peak/input, the peak over the input's size.
func BenchmarkParsePeakMemory(b *testing.B) {
	dir := b.TempDir()
	for _, s := range hostileShapes {
		b.Run(strings.ReplaceAll(s.name, " ", "-"), func(b *testing.B) {
			page := s.page(DefaultMaxSize - 64<<10)
			for size := DefaultMaxSize - 64<<10; len(page) > DefaultMaxSize; {
				size -= size / 20
				page = s.page(size)
			}
			path := filepath.Join(dir, "page")
			if err := os.WriteFile(path, page, 0o600); err != nil {
				b.Fatal(err)
			}
			var peak int64
			for b.Loop() {
				peak = max(peak, peakOfParse(b, path))
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
			b.ReportMetric(float64(peak)/float64(len(page)), "peak/input")
		})
	}
}

// peakOfParse runs TestPeakMemoryHelper on the page in path and returns
// how many bytes its resident set rose while it parsed.
func peakOfParse(b *testing.B, path string) int64 {
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakMemoryHelper$", "-test.v")
	cmd.Env = append(os.Environ(), "WIRESTORY_PEAK_PAGE="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("%v: %s", err, out)
	}
	_, after, ok := bytes.Cut(out, []byte("peak rise: "))
	if !ok {
		b.Fatalf("no figure in %s", out)
	}
	field, _, _ := bytes.Cut(after, []byte("\n"))
	n, err := strconv.ParseInt(string(field), 10, 64)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// TestPeakMemoryHelper is the process BenchmarkParsePeakMemory runs: it
// parses the page named by $WIRESTORY_PEAK_PAGE and prints how many bytes
// its resident set rose at its peak. Without that variable it does
// nothing.
func TestPeakMemoryHelper(t *testing.T) {
	path := os.Getenv("WIRESTORY_PEAK_PAGE")
	if path == "" {
		t.Skip("run by BenchmarkParsePeakMemory")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	debug.FreeOSMemory()
	// Writing 5 to clear_refs resets the peak resident set size (VmHWM)
	// to the current one (VmRSS).
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Fatal(err)
	}
	before := procStatus(t, "VmRSS")
	Parse(bytes.NewReader(data))
	fmt.Printf("peak rise: %d\n", procStatus(t, "VmHWM")-before)
	runtime.KeepAlive(data)
}

// procStatus returns a size from /proc/self/status, in bytes.
func procStatus(t *testing.T, key string) int64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(status)) {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatalf("no %s in /proc/self/status", key)
	return 0
}
