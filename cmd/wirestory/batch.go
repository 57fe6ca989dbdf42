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

// A result is what became of one input: the bytes to write to standard
// output for it (possibly none) and, when it failed, why.
type result struct {
	seq  int
	name string
	url  string // the record's URL, for -lines
	out  []byte
	err  error

	note    string     // a message for stderr that is no failure
	summary *warcTally // the end of a WARC file: its summary for stderr
}

// run reads the inputs and writes their stories, and returns the exit
// status.
func (o *options) run(stdin io.Reader, stdout, stderr io.Writer) int {
	w := &writer{
		out:    bufio.NewWriter(stdout),
		errw:   stderr,
		strict: o.strict,
	}
	var tick func()
	if o.progress {
		w.progress = &progress{w: stderr, start: time.Now()}
		tick = w.tick
	}
	if o.readsStdin() {
		// Standard input may be a WARC file, which gives JSON Lines.
		br := bufio.NewReaderSize(stdin, 64<<10)
		stdin, o.stdinWARC = br, sniffWARC(br)
	}
	single := o.single()
	runOrdered(o.workers, 4*o.workers,
		func(send func(input) bool) { o.listInputs(stdin, send) },
		func(in input) result { return o.process(in, single) },
		w.emit, tick)
	return w.finish()
}

// process parses one input and formats its output. A panic while parsing
// is a bug, but it fails only that input, so that one page cannot end a
// long batch.
func (o *options) process(in input, single bool) (r result) {
	r = result{seq: in.seq, name: in.name}
	defer func() {
		if p := recover(); p != nil {
			r.out, r.err = o.format(r.name, r.url, nil, fmt.Errorf("internal error (please report it): %v", p), single)
		}
	}()
	var a *wirestory.Article
	var err error
	switch {
	case in.err != nil:
		err = in.err
	case in.warc != nil:
		return o.processWARC(in, r)
	case in.record != nil:
		r.url, a, err = parseRecord(in.record)
	default:
		a, err = parseFile(in.open)
	}
	r.out, r.err = o.format(r.name, r.url, a, err, single)
	return r
}

// runOrdered lists inputs with list, passes each to process on one of
// workers goroutines, and calls emit with the results in input order, from
// the calling goroutine. At most window inputs are listed but not yet
// emitted at any time, so memory stays bounded however many inputs there
// are and however uneven their cost. When emit returns false, listing stops,
// the remaining results are dropped, and runOrdered returns once every
// goroutine it started has ended. tick, if not nil, is called from the
// calling goroutine every few hundred milliseconds until then.
func runOrdered(workers, window int, list func(send func(input) bool), process func(input) result,
	emit func(result) bool, tick func()) {
	stop := make(chan struct{})
	tokens := make(chan struct{}, window) // one per input listed and not yet emitted
	inputs := make(chan input, workers)
	results := make(chan result, workers)

	go func() {
		defer close(inputs)
		seq := 0
		list(func(in input) bool {
			select {
			case tokens <- struct{}{}:
			case <-stop:
				return false
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
	for range workers {
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
		t := time.NewTicker(200 * time.Millisecond)
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
				<-tokens
				if !emit(r) {
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
	out      *bufio.Writer
	errw     io.Writer
	strict   bool
	progress *progress // nil when off

	done, failed int
	writeErr     error // the first error writing standard output
}

// emit writes one result and reports whether the batch goes on.
func (w *writer) emit(r result) bool {
	switch {
	case r.summary != nil:
		w.report(r.summary.String())
		return true
	case r.note != "":
		w.report(r.name + ": " + r.note)
	}
	if r.out == nil && r.err == nil {
		return true // a WARC record that is no page
	}
	w.done++
	if r.err != nil {
		w.failed++
		w.reportFailure(r)
	}
	if _, err := w.out.Write(r.out); err != nil {
		w.writeErr = err
		return false
	}
	if r.err != nil && w.strict {
		w.message("stopping at the first failure (-strict)")
		return false
	}
	return true
}

// reportFailure reports a failed input's error on standard error.
func (w *writer) reportFailure(r result) {
	name := r.name
	if r.url != "" {
		name += " (" + r.url + ")"
	}
	w.report(name + ": " + describe(r.err))
}

// report writes msg to standard error, after what standard output holds
// so far, so that both read in order on a terminal.
func (w *writer) report(msg string) {
	if err := w.out.Flush(); err != nil && w.writeErr == nil {
		w.writeErr = err
	}
	w.message(msg)
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
		w.progress.show(w.done, w.failed)
	}
}

// finish flushes standard output, leaves the final progress line, and
// returns the exit status.
func (w *writer) finish() int {
	if err := w.out.Flush(); err != nil && w.writeErr == nil {
		w.writeErr = err
	}
	if w.progress != nil {
		w.progress.show(w.done, w.failed)
		fmt.Fprintln(w.errw)
	}
	if w.writeErr != nil {
		fmt.Fprintf(w.errw, "wirestory: writing output: %v\n", w.writeErr)
		return exitFailed
	}
	if w.failed > 0 {
		return exitFailed
	}
	return exitOK
}

// describe returns err's message for a report beside the input's name:
// without the path an *fs.PathError repeats and without the library's
// "wirestory: " prefix ("open: no such file or directory", "no article
// found").
func describe(err error) string {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = strings.Replace(msg, pe.Error(), pe.Op+": "+pe.Err.Error(), 1)
	}
	return strings.ReplaceAll(msg, "wirestory: ", "")
}

// progress is the line on standard error, redrawn in place, that tells how
// a batch is going.
type progress struct {
	w     io.Writer
	start time.Time
	shown bool // the line is on the screen
}

// show redraws the progress line.
func (p *progress) show(done, failed int) {
	rate := 0.0
	if s := time.Since(p.start).Seconds(); s > 0 {
		rate = float64(done) / s
	}
	fmt.Fprintf(p.w, "\r\x1b[Kwirestory: %d pages done, %d failed, %.1f pages/s", done, failed, rate)
	p.shown = true
}

// clear erases the progress line, if shown, so a message can take its place.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
