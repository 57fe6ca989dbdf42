// Command bench measures wirestory beside go-trafilatura and go-readability
// on the evaluation data in shared/eval, in one run.
//
// Usage, from the bench directory:
//
//	go run . [-eval ../../shared/eval] [-corpus aeb,fundus,wcxb,stories]
//	         [-input html,text] [-only wirestory,...] [-half both|a|b]
//	         [-rounds 3] [-worst N] [-v] [-json file] [-dump dir]
//	         [-fallback=true] [-cpuprofile f] [-memprofile f]
//
// It prints a Markdown report: the body scores (precision, recall, F1,
// pages with no article, pages per second) of every extractor on AEB,
// fundus and WCXB-dev, from HTML and from the browser text dumps;
// wirestory's other fields; how many of WCXB-dev's non-article pages come
// back as an article; wirestory on two fixed halves of each corpus; the
// stories-dev checks; and the time and allocations of Parse against
// html.Parse on the AEB pages. The scores are defined as
// shared/tools/wsscore defines them.
//
// A corpus whose data is missing is reported and skipped; the command then
// exits successfully.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	evalDir := flag.String("eval", filepath.Join("..", "..", "shared", "eval"), "`dir`ectory of the shared evaluation data")
	corpora := flag.String("corpus", "all", "comma-separated `corpora` to run: aeb, fundus, wcxb, stories")
	inputs := flag.String("input", "html,text", "comma-separated `forms` of the pages to read: html, text (the browser dumps)")
	only := flag.String("only", "all", "comma-separated `extractors` to run: wirestory, go-trafilatura, go-readability,\nhtml (html.Parse only), whole (whole dump)")
	half := flag.String("half", "both", "`half` of every corpus to run: a, b, or both (then a table shows them side by side)")
	rounds := flag.Int("rounds", 3, "timed `passes` over the AEB pages for the speed check (0: no speed check)")
	worst := flag.Int("worst", 0, "list wirestory's `N` worst pages by F1 on each corpus")
	verbose := flag.Bool("v", false, "list the stories-dev checks page by page, with each miss")
	jsonPath := flag.String("json", "", "also write every figure as JSON to `file`")
	dump := flag.String("dump", "", "write each extractor's bodies to `dir`/<corpus>-<input>-<extractor>.json")
	fallback := flag.Bool("fallback", true, "set go-trafilatura's EnableFallback, as the AEB benchmark's runner does")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to `file`, the extractor calls labelled by extractor")
	memProfile := flag.String("memprofile", "", "write an allocation profile of the whole run to `file`")
	flag.Parse()

	names, err := selectList(*corpora, corpusNames)
	if err != nil {
		log.Fatalf("-corpus: %v", err)
	}
	forms, err := selectList(*inputs, []string{inputHTML, inputText})
	if err != nil {
		log.Fatalf("-input: %v", err)
	}
	exs, err := selectExtractors(extractors(*fallback), *only)
	if err != nil {
		log.Fatalf("-only: %v", err)
	}
	var halfByte byte
	switch *half {
	case "both", "":
	case "a", "A", "b", "B":
		halfByte = strings.ToLower(*half)[0]
	default:
		log.Fatalf("-half %q: want a, b or both", *half)
	}
	if *memProfile != "" {
		runtime.MemProfileRate = 4096
	}
	stop := startCPUProfile(*cpuProfile)

	rep := &report{
		Header: header(time.Now(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0),
			runtime.Version(), *evalDir),
		Half: halfByte, Fallback: *fallback, Rounds: *rounds,
	}
	agencies, err := loadAgencyNames(*evalDir)
	if err != nil {
		log.Fatal(err)
	}
	opts := runOptions{agencies: agencies, labels: *cpuProfile != ""}
	for _, name := range names {
		c, err := loadCorpus(name, *evalDir)
		if errors.Is(err, errNoCorpus) {
			rep.Notes = append(rep.Notes, fmt.Sprintf("%v: skipped", err))
			continue
		}
		if err != nil {
			log.Fatal(err)
		}
		if c.Untyped > 0 {
			rep.Notes = append(rep.Notes, fmt.Sprintf("WCXB-dev: %d pages in html/ have no page type in metadata.json and are left out, as wsscore leaves them out", c.Untyped))
		}
		if halfByte != 0 {
			c.keepHalf(halfByte)
		}
		for _, input := range forms {
			for i := range exs {
				ex := &exs[i]
				if name == corpusStories && !ex.Fields {
					continue // stories-dev checks fields, not a body
				}
				if input == inputText && ex.Name == nameHTMLParse || input == inputHTML && ex.Name == nameWholeDump {
					continue // a baseline for the other form
				}
				start := time.Now()
				r, err := runCorpus(c, input, ex, opts)
				if err != nil {
					log.Fatal(err)
				}
				if !r.NA {
					log.Printf("%s, %s, %s: %d pages in %.1fs", c.Title(), input, ex.Name, len(r.Pages), time.Since(start).Seconds())
				}
				rep.Runs = append(rep.Runs, r)
			}
		}
		if name == corpusAEB && *rounds > 0 && slices.Contains(forms, inputHTML) {
			if err := rep.timeAEB(c, exs); err != nil {
				log.Fatal(err)
			}
		}
	}
	stop()

	rep.writeMarkdown(os.Stdout, *worst, *verbose)
	if *jsonPath != "" {
		if err := rep.writeJSON(*jsonPath); err != nil {
			log.Fatal(err)
		}
	}
	if *dump != "" {
		if err := rep.dumpOutputs(*dump); err != nil {
			log.Fatal(err)
		}
	}
	if *memProfile != "" {
		writeMemProfile(*memProfile)
	}
}

// timeAEB runs the speed check on the AEB pages held in memory, with the
// html.Parse baseline whether it was selected or not.
func (rep *report) timeAEB(c *corpus, exs []extractor) error {
	pages, err := c.loadHTML()
	if err != nil {
		return err
	}
	urls := make([]*url.URL, len(c.Pages))
	for i, p := range c.Pages {
		urls[i] = p.URL
	}
	if !slices.ContainsFunc(exs, func(e extractor) bool { return e.Name == nameHTMLParse }) {
		// The baseline the ratios are to is always timed.
		all := extractors(rep.Fallback)
		i := slices.IndexFunc(all, func(e extractor) bool { return e.Name == nameHTMLParse })
		exs = append(slices.Clone(exs), all[i])
	}
	start := time.Now()
	rep.Speed = timePasses(exs, pages, urls, rep.Rounds)
	rep.SpeedPages = len(pages)
	log.Printf("AEB speed check: %d rounds in %.1fs", rep.Rounds, time.Since(start).Seconds())
	return nil
}

// selectList parses a comma-separated list of names from known; "all" or
// "" is all of them. The result is in the order of known.
func selectList(list string, known []string) ([]string, error) {
	if list == "" || list == "all" {
		return known, nil
	}
	var out []string
	for name := range strings.SplitSeq(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if !slices.Contains(known, name) {
			return nil, fmt.Errorf("unknown %q (known: %s)", name, strings.Join(known, ", "))
		}
		out = append(out, name)
	}
	return slices.DeleteFunc(slices.Clone(known), func(k string) bool { return !slices.Contains(out, k) }), nil
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
