package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/wirestory/wirestory"
)

// An outcome is what became of one input.
type outcome uint8

const (
	gotStory outcome = iota // the page gave a story
	skipped                 // the page holds no story
	failure                 // the page could not be read or parsed
)

// A result is what became of one input: the bytes to write to standard
// output for it (possibly none) and, when it gave no story, why.
type result struct {
	seq     int
	name    string
	url     string // the record's URL, for -lines
	out     []byte
	outcome outcome
	err     error // why the page was skipped or failed
	cost    int64 // the input's cost, given back once the result is written
}

// run reads the inputs and writes their stories, and returns the exit
// status.
func (o *options) run(stdin io.Reader, stdout, stderr io.Writer) int {
	w := &writer{
		out:        bufio.NewWriter(stdout),
		errw:       stderr,
		strict:     o.strict,
		verbose:    o.verbose,
		lineByLine: o.sharedTTY,
	}
	var tick func()
	if o.progress {
		w.progress = &progress{w: stderr, start: time.Now()}
		tick = w.tick
	}
	parser := &wirestory.Parser{MaxSize: o.maxSize}
	b := batch{workers: o.workers, window: 4 * o.workers, budget: o.budget, tickEvery: o.tickEvery}
	b.run(func(send func(input) bool) { o.listInputs(stdin, send) },
		func(in input) result { return o.process(parser, in) },
		w.emit, tick)
	return w.finish()
}

// process parses one input and formats its output. A panic while parsing
// is a bug, but it fails only that input, so that one page cannot end a
// long batch.
func (o *options) process(p *wirestory.Parser, in input) (r result) {
	r = result{seq: in.seq, name: in.name, cost: in.cost}
	defer func() {
		if v := recover(); v != nil {
			r.outcome = failure
			r.err = fmt.Errorf("internal error (please report it): %v", v)
			r.out, _ = o.render(r, nil)
		}
	}()
	url, a, err := in.parse(p)
	r.url, r.err = url, err
	switch {
	case errors.Is(err, wirestory.ErrNoArticle):
		r.outcome = skipped
	case err != nil:
		r.outcome = failure
	}
	var encErr error
	r.out, encErr = o.render(r, a)
	if encErr != nil {
		r.outcome, r.err = failure, encErr
	}
	return r
}

// A batch runs inputs through workers and hands their results back in
// input order.
type batch struct {
	workers int
	// window is the most inputs listed and not yet emitted at any time,
	// so memory stays bounded however many inputs there are and however
	// uneven their cost.
	window int
	// budget, when positive, bounds the total cost of the inputs listed
	// and not yet emitted; an input that costs more than the whole budget
	// waits until it is alone.
	budget int64
	// tickEvery is how often tick is called.
	tickEvery time.Duration
}

// budgetUnit is the grain, in bytes, at which a batch's budget is counted.
const budgetUnit = 64 << 10

// run lists inputs with list, passes each to process on one of the
// workers' goroutines, and calls emit with the results in input order,
// from the calling goroutine. When emit returns false, listing stops, the
// remaining results are dropped, and run returns once every goroutine it
// started has ended. tick, if not nil, is called from the calling
// goroutine every tickEvery until then.
func (b batch) run(list func(send func(input) bool), process func(input) result,
	emit func(result) bool, tick func()) {
	stop := make(chan struct{})
	tokens := make(chan struct{}, b.window) // one per input listed and not yet emitted
	var units chan struct{}                 // one per budgetUnit of cost held
	if b.budget > 0 {
		units = make(chan struct{}, max(1, b.budget/budgetUnit))
	}
	// unitsOf returns how many units an input of cost c holds.
	unitsOf := func(c int64) int {
		if units == nil || c <= 0 {
			return 0
		}
		return int(min((c+budgetUnit-1)/budgetUnit, int64(cap(units))))
	}
	inputs := make(chan input, b.workers)
	results := make(chan result, b.workers)

	go func() {
		defer close(inputs)
		seq := 0
		list(func(in input) bool {
			select {
			case tokens <- struct{}{}:
			case <-stop:
				return false
			}
			for range unitsOf(in.cost) {
				select {
				case units <- struct{}{}:
				case <-stop:
					return false
				}
			}
			in.seq = seq
			seq++
			select {
			case inputs <- in:
				return true
			case <-stop:
				return false
			}
		})
	}()

	var wg sync.WaitGroup
	for range b.workers {
		wg.Go(func() {
			for in := range inputs {
				select {
				case <-stop:
					continue // drain: the batch has stopped
				default:
				}
				results <- process(in)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var ticks <-chan time.Time
	if tick != nil {
		t := time.NewTicker(b.tickEvery)
		defer t.Stop()
		ticks = t.C
	}
	pending := make(map[int]result) // results that came before their turn
	next, stopped := 0, false
	for {
		select {
		case r, ok := <-results:
			if !ok {
				return
			}
			if stopped {
				continue
			}
			pending[r.seq] = r
			for !stopped {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				goOn := emit(r)
				for range unitsOf(r.cost) {
					<-units
				}
				<-tokens
				if !goOn {
					stopped = true
					close(stop)
				}
			}
		case <-ticks:
			tick()
		}
	}
}

// A writer writes results to standard output and reports failures and
// progress on standard error. It is used from one goroutine.
type writer struct {
	out        *bufio.Writer
	errw       io.Writer
	strict     bool
	verbose    bool
	lineByLine bool      // standard output is the terminal the progress line is on
	progress   *progress // nil when off

	counts   counts
	writeErr error // the first error writing standard output
}

// counts are the inputs written so far, by outcome.
type counts struct {
	pages, stories, skipped, failed int
}

// String says the counts in words: "1 page: 1 story, 0 skipped, 0 failed".
func (c counts) String() string {
	return fmt.Sprintf("%s: %s, %d skipped, %d failed",
		plural(c.pages, "page", "pages"), plural(c.stories, "story", "stories"), c.skipped, c.failed)
}

// plural returns n and the noun in the number n calls for.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// emit writes one result and reports whether the batch goes on.
func (w *writer) emit(r result) bool {
	w.counts.pages++
	switch r.outcome {
	case gotStory:
		w.counts.stories++
	case skipped:
		w.counts.skipped++
		if w.verbose {
			w.report(r, "skipped: ")
		}
	case failure:
		w.counts.failed++
		w.report(r, "")
	}
	if w.lineByLine && w.progress != nil {
		// The output goes to the terminal the progress line is on: it
		// takes the progress line's place, whole lines at a time, and the
		// progress line is drawn again below it.
		w.progress.clear()
	}
	if _, err := w.out.Write(r.out); err != nil {
		w.writeErr = err
		return false
	}
	if w.lineByLine {
		if err := w.out.Flush(); err != nil {
			w.writeErr = err
			return false
		}
	}
	if r.outcome == failure && w.strict {
		w.message("stopping at the first failure (-strict)")
		return false
	}
	return true
}

// report writes why an input gave no story to standard error, after what
// standard output holds so far, so that both read in order on a terminal.
func (w *writer) report(r result, prefix string) {
	if err := w.out.Flush(); err != nil && w.writeErr == nil {
		w.writeErr = err
	}
	name := displayName(r.name)
	if r.url != "" {
		name += " (" + displayName(r.url) + ")"
	}
	w.message(name + ": " + prefix + describe(r.err))
}

// message writes one line to standard error, above the progress line.
func (w *writer) message(msg string) {
	if w.progress != nil {
		w.progress.clear()
	}
	fmt.Fprintf(w.errw, "wirestory: %s\n", msg)
}

// tick redraws the progress line.
func (w *writer) tick() {
	if w.progress != nil {
		w.progress.show(w.counts)
	}
}

// finish flushes standard output, leaves the final progress line (or,
// with -v, a summary), and returns the exit status.
func (w *writer) finish() int {
	if err := w.out.Flush(); err != nil && w.writeErr == nil {
		w.writeErr = err
	}
	switch {
	case w.progress != nil:
		w.progress.show(w.counts)
		fmt.Fprintln(w.errw)
	case w.verbose:
		fmt.Fprintf(w.errw, "wirestory: %v\n", w.counts)
	}
	if w.writeErr != nil {
		fmt.Fprintf(w.errw, "wirestory: writing output: %v\n", w.writeErr)
		return exitFailed
	}
	if w.counts.failed > 0 {
		return exitFailed
	}
	return exitOK
}

// describe returns err's message for a report beside the input's name:
// without the path an *fs.PathError repeats and without the library's
// "wirestory: " prefix ("open: no such file or directory", "no article
// found"), with characters that would not print as themselves escaped.
func describe(err error) string {
	if errors.Is(err, wirestory.ErrNoArticle) {
		return noStory
	}
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = strings.Replace(msg, pe.Error(), pe.Op+": "+pe.Err.Error(), 1)
	}
	return displayText(strings.ReplaceAll(msg, "wirestory: ", ""))
}

// noStory is the reason given for a page with no story.
const noStory = "no story"

// progress is the line on standard error, redrawn in place, that tells how
// a batch is going.
type progress struct {
	w     io.Writer
	start time.Time
	shown bool // the line is on the screen
}

// show redraws the progress line.
func (p *progress) show(c counts) {
	rate := 0.0
	if s := time.Since(p.start).Seconds(); s > 0 {
		rate = float64(c.pages) / s
	}
	fmt.Fprintf(p.w, "\r\x1b[Kwirestory: %v, %.1f pages/s", c, rate)
	p.shown = true
}

// clear erases the progress line, if shown, so a message can take its place.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
