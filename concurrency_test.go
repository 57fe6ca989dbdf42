package wirestory

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestConcurrentUse runs Parse, Clean and ParseDateline on the sample pages
// from many goroutines at once, on one shared Parser, and checks that every
// result equals the one computed alone. Run it with -race: the package
// keeps no mutable state between calls (its tables are built at init and
// only read; decoders are made per call).
func TestConcurrentUse(t *testing.T) {
	pages := samplePages(t)
	type result struct {
		a   *Article
		err error
	}
	var names []string
	var lines []string
	wantParse := make(map[string]result)
	for name, data := range pages {
		names = append(names, name)
		a, err := Parse(bytes.NewReader(data))
		wantParse[name] = result{a, err}
		for line := range strings.Lines(string(data)) {
			lines = append(lines, line)
		}
	}
	type dl struct {
		d    Dateline
		lede string
		ok   bool
	}
	wantClean := make([]string, len(lines))
	wantDL := make([]dl, len(lines))
	for i, l := range lines {
		wantClean[i] = Clean(l)
		d, lede, ok := ParseDateline(l)
		wantDL[i] = dl{d, lede, ok}
	}

	var p Parser // shared by all goroutines
	const workers = 8
	var wg sync.WaitGroup
	errs := make(chan string, workers*3)
	for w := range workers {
		wg.Go(func() {
			// Each worker starts at a different page and line, so that
			// different calls overlap.
			for k := range names {
				name := names[(k+w)%len(names)]
				a, err := p.Parse(bytes.NewReader(pages[name]))
				want := wantParse[name]
				if err != want.err || !cmp.Equal(a, want.a) {
					errs <- "Parse(" + name + "): result differs from the sequential one: " + cmp.Diff(want.a, a)
					return
				}
			}
			for k := range lines {
				i := (k + w*len(lines)/workers) % len(lines)
				if got := Clean(lines[i]); got != wantClean[i] {
					errs <- "Clean(" + lines[i] + ") = " + got + ", want " + wantClean[i]
					return
				}
				d, lede, ok := ParseDateline(lines[i])
				if !cmp.Equal(dl{d, lede, ok}, wantDL[i], cmp.AllowUnexported(dl{})) {
					errs <- "ParseDateline(" + lines[i] + "): result differs from the sequential one"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
