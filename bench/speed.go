package main

import (
	"net/url"
	"runtime"
	"slices"
	"time"
)

// A speedResult is one extractor's timed passes over the same pages.
type speedResult struct {
	Name  string          `json:"extractor"`
	Times []time.Duration `json:"pass_ns"` // the wall time of each pass
	// CPU is the process's CPU time (user and system, every thread, so
	// the garbage collector's work on other cores too) of each pass; nil
	// where the system does not tell it.
	CPU []time.Duration `json:"pass_cpu_ns,omitempty"`
	// Bytes and Mallocs are the bytes and objects allocated over all the
	// passes (runtime.MemStats' TotalAlloc and Mallocs).
	Bytes   uint64 `json:"bytes"`
	Mallocs uint64 `json:"mallocs"`
	Errors  int    `json:"errors"` // calls that returned an error, in all passes
}

// timePasses makes one untimed warm-up pass per extractor over the pages,
// then rounds timed ones. In each round every extractor makes one pass over
// all pages in turn, so that a slow spell of a shared machine falls on all
// of them rather than on one. Each pass starts after a garbage collection,
// and its wall time, the process's CPU time and its allocations are
// recorded. On a machine shared with other work the CPU time is the steadier
// figure: it leaves out the time spent waiting for a core. Extractors that
// cannot read HTML are left out.
func timePasses(exs []extractor, pages [][]byte, urls []*url.URL, rounds int) []*speedResult {
	var results []*speedResult
	var calls []func([]byte, *url.URL) (extraction, error)
	for i := range exs {
		if exs[i].HTML == nil {
			continue
		}
		results = append(results, &speedResult{Name: exs[i].Name})
		calls = append(calls, exs[i].HTML)
	}
	for _, call := range calls {
		for j, data := range pages {
			_, _ = call(data, urls[j])
		}
	}
	var before, after runtime.MemStats
	for range rounds {
		for i, call := range calls {
			runtime.GC()
			runtime.ReadMemStats(&before)
			cpu, cpuOK := processCPU()
			start := time.Now()
			errs := 0
			for j, data := range pages {
				if _, err := call(data, urls[j]); err != nil {
					errs++
				}
			}
			elapsed := time.Since(start)
			cpuEnd, _ := processCPU()
			runtime.ReadMemStats(&after)
			r := results[i]
			r.Times = append(r.Times, elapsed)
			if cpuOK {
				r.CPU = append(r.CPU, cpuEnd-cpu)
			}
			r.Bytes += after.TotalAlloc - before.TotalAlloc
			r.Mallocs += after.Mallocs - before.Mallocs
			r.Errors += errs
		}
	}
	return results
}

// median returns the median of ds, or 0 when there are none.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}
