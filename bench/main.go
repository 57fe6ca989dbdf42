// Command bench compares wirestory with go-trafilatura and go-readability on
// the evaluation data in shared/eval, and checks wirestory's fields on the
// hand-checked wire stories there.
//
// Usage, from the bench directory:
//
//	go run . [-eval ../../shared/eval] [-rounds 3] [-only wirestory,html]
//	         [-worst 10] [-fallback=true] [-cpuprofile f] [-memprofile f] [-dump dir]
//
// It prints two reports. The first scores the article body of the 181
// article-extraction-benchmark pages exactly as that benchmark does, and
// times each extractor over the same pages in the same process. The second
// lists, for each stories-dev page, which of wirestory's fields are right,
// with what was expected and what came out for each miss.
//
// Missing evaluation data is reported and skipped; the command then exits
// successfully.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	evalDir := flag.String("eval", filepath.Join("..", "..", "shared", "eval"), "directory of the shared evaluation data")
	rounds := flag.Int("rounds", 3, "measured passes over the AEB pages per extractor, after the scoring pass")
	only := flag.String("only", "all", "comma-separated extractors to run: wirestory, go-trafilatura, go-readability, html (html.Parse only)")
	worst := flag.Int("worst", 10, "list wirestory's N worst AEB pages by F1")
	fallback := flag.Bool("fallback", true, "set go-trafilatura's EnableFallback, as the benchmark's runner does")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the measured passes to `file`")
	memProfile := flag.String("memprofile", "", "write an allocation profile of the whole run to `file`")
	dump := flag.String("dump", "", "write each extractor's AEB output to `dir`/<extractor>.json, in the benchmark's output format")
	flag.Parse()

	if *memProfile != "" {
		runtime.MemProfileRate = 4096
	}
	exs, err := selectExtractors(extractors(*fallback), *only)
	if err != nil {
		log.Fatal(err)
	}
	out := os.Stdout
	fmt.Fprintf(out, "wirestory bench, %s, %s/%s, %d CPUs, GOMAXPROCS %d, %s\n\n",
		time.Now().Format("2006-01-02 15:04"), runtime.GOOS, runtime.GOARCH,
		runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())

	aebDir := filepath.Join(*evalDir, "aeb")
	if _, err := os.Stat(filepath.Join(aebDir, "ground-truth.json")); err != nil {
		fmt.Fprintf(out, "AEB: skipped, no benchmark data at %s\n\n", aebDir)
	} else {
		pages, err := loadAEB(aebDir)
		if err != nil {
			log.Fatal(err)
		}
		results := scoreAll(exs, pages)
		if *dump != "" {
			if err := dumpOutputs(*dump, results); err != nil {
				log.Fatal(err)
			}
		}
		stop := startCPUProfile(*cpuProfile)
		timeAll(exs, results, pages, *rounds)
		stop()
		printAEB(out, results, len(pages), *rounds, *fallback)
		if *worst > 0 {
			printWorst(out, results, pages, *worst)
		}
	}

	storiesDir := filepath.Join(*evalDir, "stories-dev")
	if _, err := os.Stat(storiesDir); err != nil {
		fmt.Fprintf(out, "stories-dev: skipped, no data at %s\n", storiesDir)
	} else {
		stories, err := loadStories(storiesDir)
		if err != nil {
			log.Fatal(err)
		}
		printStories(out, stories)
	}

	if *memProfile != "" {
		writeMemProfile(*memProfile)
	}
}

// startCPUProfile starts a CPU profile into path, if path is not empty, and
// returns the function that stops it.
func startCPUProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		log.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
	}
}

// writeMemProfile writes the allocation profile to path.
func writeMemProfile(path string) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// printAEB prints the comparison table. Ratios are to the "html.Parse only"
// row when it was run.
func printAEB(w io.Writer, results []*result, pages, rounds int, fallback bool) {
	fmt.Fprintf(w, "AEB: %d pages; body scored as the benchmark's evaluate.py; time = median of %d passes\n", pages, rounds)
	var base *result
	for _, r := range results {
		if r.Name == "html.Parse only" {
			base = r
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\tprecision\trecall\tF1\taccuracy\tpages/s\tms/page\ttime/html.Parse\tKiB/page\talloc/html.Parse\terrors\t")
	for _, r := range results {
		name := r.Name
		if name == "go-trafilatura" && !fallback {
			name += " (no fallback)"
		}
		quality := "-\t-\t-\t-"
		if r.Scored {
			quality = fmt.Sprintf("%.3f\t%.3f\t%.3f\t%.3f", r.Score.Precision, r.Score.Recall, r.Score.F1, r.Score.Accuracy)
		}
		perPage := median(r.Times) / time.Duration(pages)
		pagesPerSec := float64(pages) / median(r.Times).Seconds()
		bytesPerPage := float64(r.Alloc) / float64(pages*rounds)
		timeRatio, allocRatio := "-", "-"
		if base != nil {
			timeRatio = fmt.Sprintf("%.2fx", median(r.Times).Seconds()/median(base.Times).Seconds())
			allocRatio = fmt.Sprintf("%.2fx", float64(r.Alloc)/float64(base.Alloc))
		}
		fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.2f\t%s\t%.0f\t%s\t%d\t\n",
			name, quality, pagesPerSec, float64(perPage.Microseconds())/1000, timeRatio, bytesPerPage/1024, allocRatio, r.Errors)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// printWorst lists wirestory's n worst pages by F1, for debugging.
func printWorst(w io.Writer, results []*result, pages []page, n int) {
	i := slices.IndexFunc(results, func(r *result) bool { return r.Name == "wirestory" })
	if i < 0 {
		return
	}
	type row struct {
		pr   pageResult
		p, r float64
		f1   float64
		url  string
	}
	var rows []row
	for j, pr := range results[i].Pages {
		p, r := pr.Match.precision(), pr.Match.recall()
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		u := ""
		if pages[j].URL != nil {
			u = pages[j].URL.String()
		}
		rows = append(rows, row{pr, p, r, f1, u})
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(a.f1, b.f1) })
	fmt.Fprintf(w, "wirestory's %d worst AEB pages (per-page precision, recall, F1; words predicted):\n", min(n, len(rows)))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rows[:min(n, len(rows))] {
		fmt.Fprintf(tw, "  %.12s\t%.2f\t%.2f\t%.2f\t%d\t%s\n", r.pr.ID, r.p, r.r, r.f1, len(tokenize(r.pr.Predicted)), r.url)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// printStories prints the stories-dev report: a table of right (ok) and
// wrong (MISS) fields per page, the totals per field, then each miss with
// what was expected and what came out.
func printStories(w io.Writer, stories []story) {
	fmt.Fprintf(w, "stories-dev: %d pages; wirestory's fields (ok / MISS; - = not checked)\n", len(stories))
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	fmt.Fprintf(tw, "page\t%s\tleaks\t\n", strings.Join(storyFields, "\t"))
	right := make(map[string]int)
	checked := make(map[string]int)
	leaks := 0
	for _, s := range stories {
		fmt.Fprintf(tw, "%s", s.ID)
		for _, f := range storyFields {
			c, ok := s.check(f)
			switch {
			case !ok:
				fmt.Fprint(tw, "\t-")
			case c.OK:
				fmt.Fprint(tw, "\tok")
				right[f]++
				checked[f]++
			default:
				fmt.Fprint(tw, "\tMISS")
				checked[f]++
			}
		}
		fmt.Fprintf(tw, "\t%d\t\n", len(s.Leaked))
		leaks += len(s.Leaked)
	}
	fmt.Fprint(tw, "right")
	total, all := 0, 0
	for _, f := range storyFields {
		fmt.Fprintf(tw, "\t%d/%d", right[f], checked[f])
		total += right[f]
		all += checked[f]
	}
	fmt.Fprintf(tw, "\t%d\t\n", leaks)
	tw.Flush()
	fmt.Fprintf(w, "fields right: %d of %d; boilerplate samples in the body: %d\n\n", total, all, leaks)

	for _, s := range stories {
		var misses []check
		for _, c := range s.Checks {
			if !c.OK {
				misses = append(misses, c)
			}
		}
		if len(misses) == 0 && len(s.Leaked) == 0 && s.Err == nil {
			continue
		}
		fmt.Fprintf(w, "%s:\n", s.ID)
		if s.Err != nil {
			fmt.Fprintf(w, "  Parse error: %v\n", s.Err)
		}
		for _, c := range misses {
			fmt.Fprintf(w, "  %s\n    want %s\n    got  %s\n", c.Field, quote(c.Want), quote(c.Got))
		}
		for _, l := range s.Leaked {
			fmt.Fprintf(w, "  boilerplate in body: %q\n", l)
		}
	}
}

// quote shows a field's text in quotes, shortened to a readable length.
func quote(s string) string {
	const limit = 160
	s = normalize(s)
	if r := []rune(s); len(r) > limit {
		s = string(r[:limit]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
