package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wirestory/wirestory"
)

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
		if i%13 == 6 {
			page = brokenGzip
		}
		writeFile(t, name, page)
		names = append(names, name)
	}
	var outs []string
	for _, j := range []string{"1", "4", "16"} {
		out, _, code := runCmd(t, "", "-j", j, dir)
		if code != exitFailed { // the broken gzip pages fail
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

// TestWindowBounded checks that a batch keeps at most window inputs listed
// and not yet emitted while the first input is held up, and then emits all
// of them in order.
func TestWindowBounded(t *testing.T) {
	const total, window = 1000, 8
	release := make(chan struct{})
	var listed atomic.Int64
	var emitted []int
	done := make(chan struct{})
	go func() {
		defer close(done)
		batch{workers: 4, window: window}.run(
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

// TestBudgetBounded checks that the cost of the inputs listed and not yet
// emitted stays within the batch's budget, whatever the number of workers,
// and that an input costing more than the whole budget still goes through.
func TestBudgetBounded(t *testing.T) {
	const budget = 8 << 20
	for _, workers := range []int{1, 16, 64} {
		var mu sync.Mutex
		held, peak := int64(0), int64(0)
		costs := []int64{1 << 20, 3 << 20, 100, 2 << 20, 20 << 20, 1 << 20}
		var emitted []int
		batch{workers: workers, window: 4 * workers, budget: budget}.run(
			func(send func(input) bool) {
				for i := range 200 {
					c := costs[i%len(costs)]
					mu.Lock()
					if c <= budget { // a larger one is checked by going through at all
						held += c
						peak = max(peak, held)
					}
					mu.Unlock()
					if !send(input{cost: c}) {
						return
					}
				}
			},
			func(in input) result {
				time.Sleep(100 * time.Microsecond)
				return result{seq: in.seq, cost: in.cost}
			},
			func(r result) bool {
				mu.Lock()
				if r.cost <= budget {
					held -= r.cost
				}
				mu.Unlock()
				emitted = append(emitted, r.seq)
				return true
			}, nil)
		if len(emitted) != 200 {
			t.Errorf("-j %d: %d results emitted, want 200", workers, len(emitted))
		}
		// held counts an input from just before send until its result is
		// emitted: one input more than the budget holds may be waiting.
		if peak > budget+3<<20 {
			t.Errorf("-j %d: %d MiB held at once, budget %d MiB", workers, peak>>20, budget>>20)
		}
	}
}

// TestLinesHeldByTotal checks that -lines records count their length
// against the run's budget: at most a budget's worth of records are read
// ahead, whatever -j.
func TestLinesHeldByTotal(t *testing.T) {
	rec, _ := json.Marshal(map[string]string{"text": storyPage(1) + strings.Repeat("Oil steadies after a three-day slide, traders said on Monday.\n", 800)})
	var stdin strings.Builder
	for range 30 {
		stdin.Write(rec)
		stdin.WriteByte('\n')
	}
	const budget = 256 << 10 // about five records
	for _, j := range []int{1, 16} {
		o, err := parseOptions([]string{"-lines", "-j", fmt.Sprint(j)}, io.Discard, false, false)
		if err != nil {
			t.Fatal(err)
		}
		o.budget = budget
		var mu sync.Mutex
		held, peak := 0, 0
		var out bytes.Buffer
		parser := &wirestory.Parser{MaxSize: o.maxSize}
		n := 0
		batch{workers: o.workers, window: 4 * o.workers, budget: o.budget}.run(
			func(send func(input) bool) {
				o.listInputs(strings.NewReader(stdin.String()), func(in input) bool {
					if in.cost != int64(len(rec)+1) {
						t.Errorf("record cost %d, want its length %d", in.cost, len(rec)+1)
					}
					mu.Lock()
					held++
					peak = max(peak, held)
					mu.Unlock()
					return send(in)
				})
			},
			func(in input) result { return o.process(parser, in) },
			func(r result) bool {
				mu.Lock()
				held--
				mu.Unlock()
				out.Write(r.out)
				n++
				return true
			}, nil)
		if n != 30 {
			t.Errorf("-j %d: %d records written, want 30", j, n)
		}
		if limit := budget/(len(rec)+1) + 2; peak > limit {
			t.Errorf("-j %d: %d records of %d KB held at once; the budget of %d KB holds %d", j, peak, len(rec)>>10, budget>>10, limit-2)
		}
	}
}

// TestStopEndsGoroutines checks that when emit stops the batch, the batch
// stops listing (which would otherwise go on forever) and returns, even
// while listing waits for budget.
func TestStopEndsGoroutines(t *testing.T) {
	for _, budget := range []int64{0, 1 << 20} {
		n := 0
		batch{workers: 2, window: 4, budget: budget}.run(
			func(send func(input) bool) {
				for send(input{cost: 600 << 10}) {
				}
			},
			func(in input) result { return result{seq: in.seq, cost: in.cost} },
			func(r result) bool {
				n++
				return n < 10
			}, nil)
		if n != 10 {
			t.Errorf("budget %d: emitted %d, want 10", budget, n)
		}
	}
}

// TestPanicFailsOneInput checks that a panic while reading an input is
// reported as that input's failure rather than ending the batch.
func TestPanicFailsOneInput(t *testing.T) {
	o := &options{workers: 1, format: formatJSONL}
	r := o.process(&wirestory.Parser{}, pageInput("boom.txt", func() (io.ReadCloser, error) {
		panic("boom")
	}))
	if r.outcome != failure || r.err == nil || !strings.Contains(r.err.Error(), "boom") {
		t.Fatalf("result %+v, want a failure saying boom", r)
	}
	want := `{"input":"boom.txt","error":"internal error (please report it): boom"}` + "\n"
	if string(r.out) != want {
		t.Errorf("output %q, want %q", r.out, want)
	}
}

// TestProgress checks that the progress line is drawn on a terminal,
// counts pages, stories, skipped and failed pages in words that agree with
// their numbers, and leaves a final summary; and that it is off when stderr
// is not a terminal or with -q.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), storyPage(1))
	writeFile(t, filepath.Join(dir, "b.txt"), brokenGzip)
	writeFile(t, filepath.Join(dir, "c.txt"), storyPage(2))
	writeFile(t, filepath.Join(dir, "d.txt"), linksPage)

	var out, errb bytes.Buffer
	opts, err := parseOptions([]string{dir}, &errb, true, false)
	if err != nil || !opts.progress {
		t.Fatalf("on a terminal: progress %v, err %v", opts != nil && opts.progress, err)
	}
	if code := opts.run(strings.NewReader(""), &out, &errb); code != exitFailed {
		t.Errorf("exit %d", code)
	}
	got := errb.String()
	if !strings.Contains(got, "b.txt: gzip: invalid header\n") {
		t.Errorf("stderr lacks the failure: %q", got)
	}
	if !strings.Contains(got, "\r\x1b[Kwirestory: 4 pages: 2 stories, 1 skipped, 1 failed, ") || !strings.HasSuffix(got, " pages/s\n") {
		t.Errorf("stderr does not end with a summary line: %q", got)
	}

	// One of each: singular.
	one := filepath.Join(dir, "a.txt")
	errb.Reset()
	opts, _ = parseOptions([]string{one}, &errb, true, false)
	opts.run(strings.NewReader(""), io.Discard, &errb)
	if got := errb.String(); !strings.Contains(got, "wirestory: 1 page: 1 story, 0 skipped, 0 failed, ") {
		t.Errorf("one page: %q", got)
	}
	if got := fmt.Sprint(counts{pages: 0}); got != "0 pages: 0 stories, 0 skipped, 0 failed" {
		t.Errorf("no page: %q", got)
	}

	opts, _ = parseOptions([]string{"-q", dir}, &errb, true, false)
	if opts.progress {
		t.Error("-q leaves the progress line on")
	}
	opts, _ = parseOptions([]string{dir}, &errb, false, false)
	if opts.progress {
		t.Error("progress line on when stderr is not a terminal")
	}
	_, errOut, _ := runCmd(t, "", dir)
	if errOut != "wirestory: "+filepath.Join(dir, "b.txt")+": gzip: invalid header\n" {
		t.Errorf("stderr not a terminal: %q, want only the failure", errOut)
	}
}

// screen is a terminal as the progress line sees it: "\r" returns to the
// start of the line, "\x1b[K" erases to its end, "\n" ends it.
type screen struct {
	lines []string
	cur   []byte
	col   int
}

func (s *screen) Write(p []byte) (int, error) {
	for i := 0; i < len(p); i++ {
		switch {
		case p[i] == '\r':
			s.col = 0
		case p[i] == '\n':
			s.lines = append(s.lines, string(s.cur))
			s.cur, s.col = nil, 0
		case bytes.HasPrefix(p[i:], []byte("\x1b[K")):
			s.cur = s.cur[:s.col]
			i += 2
		default:
			if s.col < len(s.cur) {
				s.cur[s.col] = p[i]
			} else {
				s.cur = append(s.cur, p[i])
			}
			s.col++
		}
	}
	return len(p), nil
}

// TestProgressOwnLine runs a batch whose standard output and standard
// error are one terminal, with the progress line redrawn all the time: on
// the screen every line is a whole JSON line or the progress line, never
// one written into the other.
func TestProgressOwnLine(t *testing.T) {
	dir := t.TempDir()
	for i := range 150 {
		// Long enough that a JSON line spans the writer's buffer.
		page := storyPage(i) + strings.Repeat("Copper held its gains in late trade as the strike entered its second week, dealers said.\n\n", 30)
		writeFile(t, filepath.Join(dir, fmt.Sprintf("p%03d.txt", i)), page)
	}
	scr := &screen{}
	opts, err := parseOptions([]string{"-j", "2", dir}, io.Discard, true, true)
	if err != nil {
		t.Fatal(err)
	}
	opts.tickEvery = 50 * time.Microsecond
	opts.run(strings.NewReader(""), scr, scr)
	lines := scr.lines
	if len(lines) != 151 {
		t.Fatalf("%d lines on the screen, want 150 JSON lines and the summary", len(lines))
	}
	for i, l := range lines[:150] {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil || v["article"] == nil {
			t.Fatalf("screen line %d is not a whole JSON line: %.200q", i+1, l)
		}
	}
	if !strings.HasPrefix(lines[150], "wirestory: 150 pages: 150 stories, 0 skipped, 0 failed, ") {
		t.Errorf("last line %q, want the summary", lines[150])
	}
}
