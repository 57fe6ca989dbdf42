package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// A report is everything one run of bench measured.
type report struct {
	Header   string // date, machine and Go version
	Half     byte   // 'a' or 'b' when only that half was run, 0 for both
	Fallback bool   // go-trafilatura's EnableFallback
	Runs     []*run
	Notes    []string // corpora skipped, pages left out
	// Speed holds the timed passes over the AEB pages (issue 10, item 5),
	// SpeedPages how many pages each pass read, and Rounds how many passes
	// were timed.
	Speed      []*speedResult
	SpeedPages int
	Rounds     int
}

// runsOf returns the report's runs of one corpus and input, in extractor
// order.
func (rep *report) runsOf(corpusName, input string) []*run {
	var out []*run
	for _, r := range rep.Runs {
		if r.Corpus.Name == corpusName && r.Input == input {
			out = append(out, r)
		}
	}
	return out
}

// wirestoryRuns returns wirestory's runs, in corpus and input order.
func (rep *report) wirestoryRuns() []*run {
	var out []*run
	for _, r := range rep.Runs {
		if r.Extractor.Name == nameWirestory {
			out = append(out, r)
		}
	}
	return out
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

// rate formats pages per second.
func rate(x float64) string {
	if x >= 100 {
		return fmt.Sprintf("%.0f", x)
	}
	return fmt.Sprintf("%.1f", x)
}

// bodyCorpora are the corpora whose body is scored, in report order.
var bodyCorpora = []string{corpusAEB, corpusFundus, corpusWCXB}

// bodyTitle names a corpus and its body score in the tables.
func bodyTitle(c *corpus) string {
	switch c.Name {
	case corpusAEB:
		return "AEB (shingles)"
	case corpusWCXB:
		return "WCXB-dev articles"
	}
	return c.Title()
}

// writeMarkdown writes the report as Markdown: the body scores of every
// extractor, wirestory's other fields, WCXB's non-article pages, the two
// halves, stories-dev and the speed check, then, if asked, the details.
func (rep *report) writeMarkdown(w io.Writer, worst int, verbose bool) {
	fmt.Fprintf(w, "# wirestory bench\n\n%s", rep.Header)
	switch rep.Half {
	case 'a', 'b':
		fmt.Fprintf(w, "; half %c of every corpus only", rep.Half-'a'+'A')
	}
	fmt.Fprint(w, "\n\n")
	for _, n := range rep.Notes {
		fmt.Fprintf(w, "- %s\n", n)
	}
	if len(rep.Notes) > 0 {
		fmt.Fprintln(w)
	}
	rep.writeSummary(w)
	rep.writeBody(w)
	rep.writeFields(w)
	rep.writeNonArticles(w)
	rep.writeHalves(w)
	rep.writeStories(w)
	rep.writeSpeed(w)
	if worst > 0 {
		rep.writeWorst(w, worst)
	}
	if verbose {
		rep.writeStoryDetails(w)
	}
}

// writeSummary writes the body scores in short, one row per corpus and
// input and one column per scored extractor: "F1 (precision / recall)",
// and the pages with no article when there are any.
func (rep *report) writeSummary(w io.Writer) {
	var names []string
	for _, r := range rep.Runs {
		if r.Extractor.Quality && r.Corpus.Name != corpusStories && !slices.Contains(names, r.Extractor.Name) {
			names = append(names, r.Extractor.Name)
		}
	}
	if len(names) == 0 {
		return
	}
	t := newTable(len(names)+1, append([]string{"corpus"}, names...)...)
	for _, input := range []string{inputHTML, inputText} {
		for _, name := range bodyCorpora {
			runs := rep.runsOf(name, input)
			if len(runs) == 0 {
				continue
			}
			row := []any{fmt.Sprintf("%s, %s, %d pages", bodyTitle(runs[0].Corpus), input, runs[0].articlePages())}
			for _, ex := range names {
				i := slices.IndexFunc(runs, func(r *run) bool { return r.Extractor.Name == ex })
				switch {
				case i < 0:
					row = append(row, "")
				case runs[i].NA:
					row = append(row, "n/a")
				default:
					s := runs[i].summarize(0)
					cell := fmt.Sprintf("%.3f (%.3f / %.3f)", s.F1, s.Precision, s.Recall)
					if s.NoArticle > 0 {
						cell += fmt.Sprintf(", %d no article", s.NoArticle)
					}
					row = append(row, cell)
				}
			}
			t.add(row...)
		}
	}
	if len(t.Rows) == 1 {
		return
	}
	fmt.Fprint(w, "## Summary\n\nBody F1 (precision / recall); the tables below give the definitions and the rest.\n\n")
	t.write(w)
}

// articlePages returns the number of article pages the run has, or would
// have had if its extractor could read the input.
func (r *run) articlePages() int {
	if !r.NA {
		return r.summarize(0).Pages
	}
	n := 0
	for _, p := range r.Corpus.Pages {
		if p.path(r.Input) != "" && p.Type == "article" {
			n++
		}
	}
	return n
}

// writeBody writes the body scores of every extractor on every corpus.
func (rep *report) writeBody(w io.Writer) {
	t := newTable(3, "corpus", "input", "extractor", "pages", "precision", "recall", "F1", "no article", "pages/s")
	var evalNotes []string
	peersOnText := false
	for _, input := range []string{inputHTML, inputText} {
		for _, name := range bodyCorpora {
			for _, r := range rep.runsOf(name, input) {
				title := bodyTitle(r.Corpus)
				switch {
				case r.NA:
					t.add(title, input, r.Extractor.Name, r.articlePages(), "n/a", "n/a", "n/a", "n/a", "n/a")
					peersOnText = true
				case !r.Extractor.Quality:
					s := r.summarize(0)
					t.add(title, input, r.Extractor.Name, s.Pages, "-", "-", "-", "-", rate(s.PagesPerSec))
				default:
					s := r.summarize(0)
					speed := rate(s.PagesPerSec)
					if r.Extractor.Name == nameWholeDump {
						speed = "-" // nothing to time
					}
					t.add(title, input, r.Extractor.Name, s.Pages, f3(s.Precision), f3(s.Recall), f3(s.F1), s.NoArticle, speed)
					if name == corpusAEB && math.Abs(s.EvalF1-s.F1) >= 0.0005 {
						evalNotes = append(evalNotes, fmt.Sprintf("%s (%s): precision %.3f, F1 %.3f",
							r.Extractor.Name, input, s.EvalPrecision, s.EvalF1))
					}
				}
			}
		}
	}
	if len(t.Rows) == 1 {
		return
	}
	fmt.Fprint(w, "## Body text\n\n")
	fmt.Fprint(w, "AEB is scored by 4-token shingles as its evaluate.py does; fundus (summary and paragraphs)\n"+
		"and WCXB-dev (article pages) by bags of lower-cased words as wsscore does; per page, then\n"+
		"averaged over pages. \"no article\": an error or no text. pages/s: one pass, the call alone.\n\n")
	t.write(w)
	if len(evalNotes) > 0 {
		fmt.Fprintf(w, "AEB as evaluate.py has it (a page with no output left out of precision): %s.\n\n", strings.Join(evalNotes, "; "))
	}
	if peersOnText {
		fmt.Fprint(w, "go-trafilatura and go-readability read HTML only: given a text dump, as is or with each line\n"+
			"wrapped in `<p>`, they return nearly all of it (checked on 58 dumps: 97% to 100% of its words,\n"+
			"nothing else), which \"whole dump\" scores; so they are n/a on text.\n\n")
	}
}

// writeFields writes wirestory's other fields on fundus and WCXB-dev.
func (rep *report) writeFields(w io.Writer) {
	headers := map[string][]string{
		corpusFundus: {"headline", "headline contains", "published day", "byline"},
		corpusWCXB:   {"with snippets", "without snippets", "title"},
	}
	names := map[string][]string{corpusFundus: fundusFieldNames, corpusWCXB: wcxbFieldNames}
	wrote := false
	for _, name := range []string{corpusFundus, corpusWCXB} {
		var t *table
		for _, r := range rep.wirestoryRuns() {
			if r.Corpus.Name != name {
				continue
			}
			if t == nil {
				t = newTable(2, append([]string{"corpus", "input", "pages"}, headers[name]...)...)
			}
			s := r.summarize(0)
			row := []any{r.Corpus.Title(), r.Input, s.Pages}
			for _, f := range names[name] {
				if fs := s.Fields[f]; fs.Pages > 0 {
					row = append(row, f3(fs.Score))
				} else {
					row = append(row, "-")
				}
			}
			t.add(row...)
		}
		if t == nil {
			continue
		}
		if !wrote {
			fmt.Fprint(w, "## wirestory's other fields\n\n"+
				"As wsscore checks them. fundus: headline equal or one containing the other (after\n"+
				"normalizing and lower-casing), the published day, the byline as the people among\n"+
				"fundus's authors. WCXB-dev: the share of the \"with\" snippets found in the body (higher is\n"+
				"better) and of the \"without\" ones (lower is better), and the headline equal to the title.\n\n")
			wrote = true
		}
		t.write(w)
	}
}

// writeNonArticles writes how many of WCXB-dev's pages of other types each
// extractor returns as an article.
func (rep *report) writeNonArticles(w io.Writer) {
	runs := rep.runsOf(corpusWCXB, inputHTML)
	runs = slices.DeleteFunc(slices.Clone(runs), func(r *run) bool { return !r.Extractor.Quality })
	if len(runs) == 0 {
		return
	}
	sums := make([]summary, len(runs))
	header := []string{"page type", "pages"}
	for i, r := range runs {
		sums[i] = r.summarize(0)
		header = append(header, r.Extractor.Name)
	}
	var types []string
	for typ := range sums[0].NonArticles {
		types = append(types, typ)
	}
	if len(types) == 0 {
		return
	}
	slices.Sort(types)
	t := newTable(1, header...)
	totals := make([]int, len(runs))
	all := 0
	for _, typ := range types {
		row := []any{typ, sums[0].NonArticles[typ].Pages}
		all += sums[0].NonArticles[typ].Pages
		for i, s := range sums {
			row = append(row, s.NonArticles[typ].AsArticle)
			totals[i] += s.NonArticles[typ].AsArticle
		}
		t.add(row...)
	}
	row := []any{"all", all}
	for _, n := range totals {
		row = append(row, n)
	}
	t.add(row...)
	fmt.Fprint(w, "## WCXB-dev pages that are not articles, returned as an article\n\n"+
		"How many of each type of page come back with a body (no error, some text).\n\n")
	t.write(w)
}

// writeHalves writes wirestory's scores on each half of each corpus side
// by side.
func (rep *report) writeHalves(w io.Writer) {
	if rep.Half != 0 {
		return
	}
	t := newTable(2, "corpus", "input", "pages A", "P A", "R A", "F1 A", "no art. A",
		"pages B", "P B", "R B", "F1 B", "no art. B", "F1 B−A")
	var extra []string
	for _, r := range rep.wirestoryRuns() {
		a, b := r.summarize('a'), r.summarize('b')
		switch r.Corpus.Name {
		case corpusStories:
			extra = append(extra, fmt.Sprintf("stories-dev (%s) checks right: A %s, B %s",
				r.Input, storyChecks(a), storyChecks(b)))
			continue
		case corpusWCXB:
			if na, nb := nonArticles(a), nonArticles(b); na != "0/0" || nb != "0/0" {
				extra = append(extra, fmt.Sprintf("WCXB-dev (%s) non-article pages returned as an article: A %s, B %s",
					r.Input, na, nb))
			}
		}
		t.add(bodyTitle(r.Corpus), r.Input, a.Pages, f3(a.Precision), f3(a.Recall), f3(a.F1), a.NoArticle,
			b.Pages, f3(b.Precision), f3(b.Recall), f3(b.F1), b.NoArticle, fmt.Sprintf("%+.3f", b.F1-a.F1))
	}
	if len(t.Rows) == 1 && len(extra) == 0 {
		return
	}
	fmt.Fprint(w, "## wirestory on the two halves\n\n"+
		"Half A holds the pages whose id has an even CRC-32 (IEEE; in Python zlib.crc32(id.encode()) % 2 == 0),\n"+
		"half B the others. Tune on A, check on B (`-half a`, `-half b`).\n\n")
	if len(t.Rows) > 1 {
		t.write(w)
	}
	for _, e := range extra {
		fmt.Fprintf(w, "- %s\n", e)
	}
	if len(extra) > 0 {
		fmt.Fprintln(w)
	}
}

// storyChecks formats the share of wsscore's nine checks that are right.
func storyChecks(s summary) string {
	right, all := 0, 0
	for _, f := range storyCheckNames {
		right += s.Fields[f].Right
		all += s.Fields[f].Pages
	}
	return fmt.Sprintf("%d/%d", right, all)
}

// nonArticles formats how many non-article pages came back as articles.
func nonArticles(s summary) string {
	as, all := 0, 0
	for _, tc := range s.NonArticles {
		as += tc.AsArticle
		all += tc.Pages
	}
	return fmt.Sprintf("%d/%d", as, all)
}

// writeStories writes the totals of the stories-dev checks.
func (rep *report) writeStories(w io.Writer) {
	header := []string{"input", "pages"}
	header = append(header, storyCheckNames...)
	header = append(header, "checks")
	for _, f := range storyExtraNames {
		header = append(header, f+"*")
	}
	t := newTable(1, header...)
	for _, r := range rep.wirestoryRuns() {
		if r.Corpus.Name != corpusStories {
			continue
		}
		s := r.summarize(0)
		row := []any{r.Input, len(r.Pages)}
		right, all := 0, 0
		for _, f := range storyCheckNames {
			fs := s.Fields[f]
			row = append(row, fmt.Sprintf("%d/%d", fs.Right, fs.Pages))
			right += fs.Right
			all += fs.Pages
		}
		row = append(row, f3(float64(right)/float64(max(all, 1))))
		for _, f := range storyExtraNames {
			fs := s.Fields[f]
			row = append(row, fmt.Sprintf("%d/%d", fs.Right, fs.Pages))
		}
		t.add(row...)
	}
	if len(t.Rows) == 1 {
		return
	}
	fmt.Fprint(w, "## stories-dev: wirestory's fields\n\n"+
		"wsscore's nine checks per page (\"checks\": the share right), then three of bench's own (*):\n"+
		"section and credit equal, and the tail lines where the page lists them. `-v` lists each miss.\n\n")
	t.write(w)
}

// writeSpeed writes the timed passes over the AEB pages.
func (rep *report) writeSpeed(w io.Writer) {
	if len(rep.Speed) == 0 {
		return
	}
	var base *speedResult
	for _, s := range rep.Speed {
		if s.Name == nameHTMLParse {
			base = s
		}
	}
	t := newTable(1, "extractor", "ms/page", "pages/s", "time / html.Parse", "CPU ms/page", "CPU / html.Parse",
		"KiB/page", "allocs/page", "bytes / html.Parse", "allocs / html.Parse", "errors")
	n := float64(rep.SpeedPages)
	calls := n * float64(rep.Rounds)
	for _, s := range rep.Speed {
		m, cpu := median(s.Times), median(s.CPU)
		timeRatio, cpuRatio, bytesRatio, allocRatio := "-", "-", "-", "-"
		if base != nil {
			timeRatio = fmt.Sprintf("%.2fx", m.Seconds()/median(base.Times).Seconds())
			if b := median(base.CPU); b > 0 {
				cpuRatio = fmt.Sprintf("%.2fx", cpu.Seconds()/b.Seconds())
			}
			bytesRatio = fmt.Sprintf("%.2fx", float64(s.Bytes)/float64(base.Bytes))
			allocRatio = fmt.Sprintf("%.2fx", float64(s.Mallocs)/float64(base.Mallocs))
		}
		cpuPerPage := "-"
		if len(s.CPU) > 0 {
			cpuPerPage = fmt.Sprintf("%.2f", cpu.Seconds()*1000/n)
		}
		name := s.Name
		if name == nameTrafilatura && !rep.Fallback {
			name += " (no fallback)"
		}
		t.add(name, fmt.Sprintf("%.2f", m.Seconds()*1000/n), rate(n/m.Seconds()), timeRatio, cpuPerPage, cpuRatio,
			fmt.Sprintf("%.0f", float64(s.Bytes)/calls/1024), fmt.Sprintf("%.0f", float64(s.Mallocs)/calls),
			bytesRatio, allocRatio, s.Errors/max(rep.Rounds, 1))
	}
	passes := "passes"
	if rep.Rounds == 1 {
		passes = "pass"
	}
	fmt.Fprintf(w, "## Speed on AEB\n\n"+
		"The %d AEB pages, from bytes in memory; time is the median of %d %s, each after a\n"+
		"warm-up pass and a garbage collection, the extractors taking turns in each round. CPU is the\n"+
		"process's CPU time over the same passes (every thread: the garbage collector's work on the\n"+
		"other core counts), the steadier figure on a shared machine. Allocations are runtime.MemStats'\n"+
		"TotalAlloc and Mallocs. Ratios are to html.Parse alone in the same run (issue 10: Parse ≤ 1.2x\n"+
		"the time, allocations ≤ html.Parse's).\n\n", rep.SpeedPages, rep.Rounds, passes)
	t.write(w)
}

// writeWorst lists wirestory's n worst pages by F1 on each corpus and
// input.
func (rep *report) writeWorst(w io.Writer, n int) {
	for _, r := range rep.wirestoryRuns() {
		if r.Corpus.Name == corpusStories {
			continue
		}
		pages := slices.DeleteFunc(slices.Clone(r.Pages), func(pr pageResult) bool { return pr.Page.Type != "article" })
		slices.SortStableFunc(pages, func(a, b pageResult) int {
			_, _, fa := a.scores(r.Corpus.Name)
			_, _, fb := b.scores(r.Corpus.Name)
			return cmp.Compare(fa, fb)
		})
		fmt.Fprintf(w, "## wirestory's %d worst pages: %s, %s\n\n", min(n, len(pages)), r.Corpus.Title(), r.Input)
		t := newTable(1, "page", "P", "R", "F1", "words", "error", "address")
		t.LeftCols = []int{5, 6}
		for _, pr := range pages[:min(n, len(pages))] {
			p, rc, f := pr.scores(r.Corpus.Name)
			u, errText := "", ""
			if pr.Page.URL != nil {
				u = pr.Page.URL.String()
			}
			if pr.Err != nil {
				errText = pr.Err.Error()
			}
			t.add(shortID(pr.Page.ID), f3(p), f3(rc), f3(f), len(tokenize(pr.Body)), errText, u)
		}
		t.write(w)
	}
}

// shortID shortens AEB's 64-character ids to 12 (ls aeb/html/<id>* finds
// the page).
func shortID(id string) string {
	if len(id) == 64 {
		return id[:12]
	}
	return id
}

// writeStoryDetails writes, for each stories-dev page and input, the
// checks as a grid (ok, MISS, - when not checked), then each miss with
// what was expected and what came out.
func (rep *report) writeStoryDetails(w io.Writer) {
	for _, r := range rep.wirestoryRuns() {
		if r.Corpus.Name != corpusStories {
			continue
		}
		fmt.Fprintf(w, "## stories-dev, %s, page by page\n\n", r.Input)
		t := newTable(len(storyFieldNames)+1, append([]string{"page"}, storyFieldNames...)...)
		for _, pr := range r.Pages {
			row := []any{pr.Page.ID}
			for _, name := range storyFieldNames {
				i := slices.IndexFunc(pr.Fields, func(f field) bool { return f.Name == name })
				switch {
				case i < 0:
					row = append(row, "-")
				case pr.Fields[i].ok():
					row = append(row, "ok")
				default:
					row = append(row, "MISS")
				}
			}
			t.add(row...)
		}
		t.write(w)
		for _, pr := range r.Pages {
			var misses []field
			for _, f := range pr.Fields {
				if !f.ok() {
					misses = append(misses, f)
				}
			}
			if len(misses) == 0 && pr.Err == nil {
				continue
			}
			fmt.Fprintf(w, "%s (%s):\n", pr.Page.ID, r.Input)
			if pr.Err != nil {
				fmt.Fprintf(w, "  Parse error: %v\n", pr.Err)
			}
			for _, f := range misses {
				fmt.Fprintf(w, "  %s\n    want %s\n    got  %s\n", f.Name, quote(f.Want), quote(f.Got))
			}
		}
		fmt.Fprintln(w)
	}
}

// quote shows a field's text in quotes, shortened to a readable length.
func quote(s string) string {
	const limit = 160
	s = ws(s)
	if r := []rune(s); len(r) > limit {
		s = string(r[:limit]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// jsonReport is the report's JSON form (-json).
type jsonReport struct {
	Header string     `json:"header"`
	Runs   []jsonRun  `json:"runs"`
	Halves []jsonHalf `json:"halves,omitempty"`
	Speed  *jsonSpeed `json:"speed,omitempty"`
	Notes  []string   `json:"notes,omitempty"`
}

// A jsonRun is one extractor on one corpus and input; NA when it cannot
// read the input.
type jsonRun struct {
	Corpus    string `json:"corpus"`
	Input     string `json:"input"`
	Extractor string `json:"extractor"`
	NA        bool   `json:"na,omitempty"`
	// Scored is false for a baseline that is only timed: its summary
	// holds pages and pages_per_sec alone.
	Scored  bool     `json:"scored"`
	Summary *summary `json:"summary,omitempty"`
}

// A jsonHalf is wirestory on one half of one corpus and input.
type jsonHalf struct {
	Corpus  string  `json:"corpus"`
	Input   string  `json:"input"`
	Half    string  `json:"half"`
	Summary summary `json:"summary"`
}

// jsonSpeed is the speed check.
type jsonSpeed struct {
	Pages   int            `json:"pages"`
	Rounds  int            `json:"rounds"`
	Results []*speedResult `json:"results"`
}

// writeJSON writes the report's figures as JSON to path.
func (rep *report) writeJSON(path string) error {
	out := jsonReport{Header: rep.Header, Notes: rep.Notes}
	for _, r := range rep.Runs {
		jr := jsonRun{Corpus: r.Corpus.Name, Input: r.Input, Extractor: r.Extractor.Name, NA: r.NA, Scored: r.Extractor.Quality}
		if !r.NA {
			s := r.summarize(0)
			if !r.Extractor.Quality {
				s = summary{Pages: s.Pages, PagesPerSec: s.PagesPerSec}
			}
			jr.Summary = &s
		}
		out.Runs = append(out.Runs, jr)
		if r.Extractor.Name == nameWirestory && rep.Half == 0 {
			for _, h := range []byte{'a', 'b'} {
				out.Halves = append(out.Halves, jsonHalf{Corpus: r.Corpus.Name, Input: r.Input,
					Half: string(rune(h)), Summary: r.summarize(h)})
			}
		}
	}
	if len(rep.Speed) > 0 {
		out.Speed = &jsonSpeed{Pages: rep.SpeedPages, Rounds: rep.Rounds, Results: rep.Speed}
	}
	data, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// dumpOutputs writes each scored run's texts to dir/<corpus>-<input>-
// <extractor>.json as {"<id>": {"articleBody": "..."}}, the form of the
// AEB benchmark's output/ files.
func (rep *report) dumpOutputs(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, r := range rep.Runs {
		if r.NA || !r.Extractor.Quality {
			continue
		}
		out := make(map[string]map[string]string, len(r.Pages))
		for _, pr := range r.Pages {
			out[pr.Page.ID] = map[string]string{"articleBody": pr.Body}
		}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		name := fmt.Sprintf("%s-%s-%s.json", r.Corpus.Name, r.Input, strings.ReplaceAll(r.Extractor.Name, " ", "-"))
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// header describes the run: when, on what.
func header(now time.Time, goos, goarch string, cpus, procs int, goVersion, evalDir string) string {
	return fmt.Sprintf("%s, %s/%s, %d CPUs (GOMAXPROCS %d), %s; data %s",
		now.Format("2006-01-02 15:04"), goos, goarch, cpus, procs, goVersion, evalDir)
}
