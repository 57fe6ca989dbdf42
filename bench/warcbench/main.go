// Command warcbench measures reading crawls: it builds a WARC of every AEB
// and WCXB-dev page from the shared evaluation data (in a temporary
// folder: the pages are never copied into the repository), then times the
// wirestory command on it with -j 1 and -j 2 beside the same command on
// the same pages read from their files, the command on a WARC ten times
// larger, and the Beam pipeline on Prism, and reports pages per second and
// peak resident memory (RSS) of each run, measured by GNU time.
//
// Usage, from the bench directory:
//
//	go run ./warcbench [-eval ../../shared/eval] [-rounds 3] [-split 8388608] [-runs REGEXP]
//
// -runs keeps the runs whose names match, for a quick look at one ratio:
// -runs 'WARC$' times the command with -j 1 and -j 2 and the pipeline on
// the WARC, and nothing else.
//
// Runs are interleaved round by round, so that a ratio compares runs made
// at the same time on a shared machine; the table gives the median of the
// rounds.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/wirestory/wirestory/crawl"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("warcbench: ")
	evalDir := flag.String("eval", filepath.Join("..", "..", "shared", "eval"), "directory of the shared evaluation data")
	rounds := flag.Int("rounds", 3, "interleaved rounds of every run")
	split := flag.Int64("split", 8<<20, "the pipeline's --split_size, in bytes")
	keep := flag.Bool("keep", false, "keep the temporary folder")
	only := flag.String("runs", "", "time only the runs whose names match this `regexp`")
	flag.Parse()
	if *rounds < 1 {
		log.Fatal("-rounds must be at least 1")
	}
	pick, err := regexp.Compile(*only)
	if err != nil {
		log.Fatalf("-runs: %v", err)
	}
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		log.Fatal("GNU time (/usr/bin/time) measures peak memory: apt-get install time")
	}

	aeb, _ := filepath.Glob(filepath.Join(*evalDir, "aeb", "html", "*.html"))
	wcxb, _ := filepath.Glob(filepath.Join(*evalDir, "wcxb-dev", "html", "*.html.gz"))
	if len(aeb) == 0 || len(wcxb) == 0 {
		log.Printf("no AEB or WCXB-dev pages under %s: nothing to measure", *evalDir)
		return
	}
	tmp, err := os.MkdirTemp("", "warcbench")
	if err != nil {
		log.Fatal(err)
	}
	if !*keep {
		defer os.RemoveAll(tmp)
	}
	pages := slices.Concat(aeb, wcxb)
	small := filepath.Join(tmp, "pages.warc.gz")
	large := filepath.Join(tmp, "pages-x10.warc.gz")
	n, raw := writeWARC(small, pages, 1)
	if pick.MatchString("command -j 2, WARC x10") {
		writeWARC(large, pages, 10)
	}
	fmt.Printf("warcbench, %s, %s/%s, %d CPUs, %s\n", time.Now().Format("2006-01-02 15:04"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
	fmt.Printf("%d pages (%d AEB, %d WCXB-dev), %.0f MB of HTML; WARC %.1f MB", n, len(aeb), len(wcxb), float64(raw)/1e6, size(small)/1e6)
	if _, err := os.Stat(large); err == nil {
		fmt.Printf(", x10 WARC %.1f MB", size(large)/1e6)
	}
	fmt.Print("\n\n")

	ws := filepath.Join(tmp, "wirestory")
	pipeline := filepath.Join(tmp, "beam")
	build(ws, "../cmd/wirestory")
	build(pipeline, "../beam")
	dirs := []string{filepath.Join(*evalDir, "aeb", "html"), filepath.Join(*evalDir, "wcxb-dev", "html")}

	type run struct {
		name  string
		pages int
		args  func(i int) []string
		bin   string
		runs  []measure
	}
	out := filepath.Join(tmp, "out")
	runs := []*run{
		{name: "command -j 1, files", pages: n, bin: ws, args: func(int) []string { return append([]string{"-q", "-j", "1"}, dirs...) }},
		{name: "command -j 1, WARC", pages: n, bin: ws, args: func(int) []string { return []string{"-q", "-j", "1", small} }},
		{name: "command -j 2, files", pages: n, bin: ws, args: func(int) []string { return append([]string{"-q", "-j", "2"}, dirs...) }},
		{name: "command -j 2, WARC", pages: n, bin: ws, args: func(int) []string { return []string{"-q", "-j", "2", small} }},
		{name: "command -j 2, WARC x10", pages: 10 * n, bin: ws, args: func(int) []string { return []string{"-q", "-j", "2", large} }},
		{name: "pipeline on Prism, WARC", pages: n, bin: pipeline, args: func(i int) []string {
			return []string{"--input", small, "--output", fmt.Sprintf("%s/r%d/stories", out, i), fmt.Sprintf("--split_size=%d", *split)}
		}},
	}
	runs = slices.DeleteFunc(runs, func(r *run) bool { return !pick.MatchString(r.name) })
	if len(runs) == 0 {
		log.Fatalf("-runs %q matches no run", *only)
	}
	for i := range *rounds {
		for _, r := range runs {
			m := measureRun(r.bin, r.args(i)...)
			r.runs = append(r.runs, m)
			log.Printf("round %d: %-26s %6.2f s  %6.2f s CPU  %6.1f MB", i+1, r.name, m.wall.Seconds(), m.cpu.Seconds(), float64(m.rss)/1e6)
		}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "run\tseconds\tpages/s\tCPU s\tCPU ms/page\tpeak RSS MB\t")
	med := map[string]measure{}
	for _, r := range runs {
		m := median(r.runs)
		med[r.name] = m
		fmt.Fprintf(tw, "%s\t%.2f\t%.0f\t%.2f\t%.2f\t%.1f\t\n", r.name, m.wall.Seconds(), float64(r.pages)/m.wall.Seconds(),
			m.cpu.Seconds(), 1000*m.cpu.Seconds()/float64(r.pages), float64(m.rss)/1e6)
	}
	tw.Flush()
	// A ratio is printed only when both of its runs were timed.
	both := func(a, b string) bool {
		_, okA := med[a]
		_, okB := med[b]
		return okA && okB
	}
	ratio := func(a, b string) float64 { return med[a].wall.Seconds() / med[b].wall.Seconds() }
	cpuRatio := func(a, b string) float64 { return med[a].cpu.Seconds() / med[b].cpu.Seconds() }
	fmt.Println()
	for _, j := range []string{"1", "2"} {
		w, f := "command -j "+j+", WARC", "command -j "+j+", files"
		if both(w, f) {
			fmt.Printf("WARC over files, -j %s: %+.1f%% time, %+.1f%% CPU\n", j, 100*(ratio(w, f)-1), 100*(cpuRatio(w, f)-1))
		}
	}
	if both("command -j 1, WARC", "command -j 2, WARC") {
		fmt.Printf("-j 2 over -j 1 on the WARC: %.2fx pages/s\n", ratio("command -j 1, WARC", "command -j 2, WARC"))
	}
	if both("command -j 1, files", "command -j 2, files") {
		fmt.Printf("-j 2 over -j 1 on files: %.2fx pages/s\n", ratio("command -j 1, files", "command -j 2, files"))
	}
	if both("command -j 2, WARC x10", "command -j 2, WARC") {
		fmt.Printf("peak RSS, WARC x10 / WARC (-j 2): %.2fx\n", float64(med["command -j 2, WARC x10"].rss)/float64(med["command -j 2, WARC"].rss))
	}
}

// writeWARC writes the pages copies times over as a .warc.gz, each copy
// with its own URIs, and returns the number of records and the bytes of
// HTML.
func writeWARC(path string, pages []string, copies int) (int, int64) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := crawl.NewWriter(f, true)
	n, raw := 0, int64(0)
	date := time.Date(2024, 5, 16, 8, 30, 0, 0, time.UTC)
	for c := range copies {
		for _, p := range pages {
			body := readPage(p)
			_, err := w.WriteResponse(crawl.Response{
				URI:    fmt.Sprintf("https://eval.example/%d/%s", c, strings.TrimSuffix(filepath.Base(p), ".gz")),
				Date:   date,
				Header: map[string]string{"Content-Type": "text/html"},
				Body:   body,
			})
			if err != nil {
				log.Fatal(err)
			}
			n++
			raw += int64(len(body))
		}
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	return n, raw
}

func readPage(path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			log.Fatal(err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			log.Fatal(err)
		}
	}
	return data
}

func size(path string) float64 {
	fi, err := os.Stat(path)
	if err != nil {
		log.Fatal(err)
	}
	return float64(fi.Size())
}

func build(out, pkg string) {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("go build %s: %v", pkg, err)
	}
}

// A measure is one run's wall time, CPU time (user and system) and peak
// RSS.
type measure struct {
	wall, cpu time.Duration
	rss       int64 // bytes
}

// measureRun runs bin with args, output discarded, and measures it. The
// peak RSS comes from GNU time, which starts bin from its own small
// process: the rusage of a child of this program would count this
// program's own peak too (Linux carries the peak over the exec that
// follows the fork).
func measureRun(bin string, args ...string) measure {
	rssFile, err := os.CreateTemp("", "warcbench-rss")
	if err != nil {
		log.Fatal(err)
	}
	rssFile.Close()
	defer os.Remove(rssFile.Name())
	cmd := exec.Command("/usr/bin/time", append([]string{"-f", "%M %U %S", "-o", rssFile.Name(), bin}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err = cmd.Run()
	wall := time.Since(start)
	if err != nil && cmd.ProcessState.ExitCode() != 1 { // 1: some record failed
		log.Fatalf("%s %v: %v\n%s", bin, args, err, stderr.Bytes())
	}
	data, err := os.ReadFile(rssFile.Name())
	if err != nil {
		log.Fatal(err)
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		log.Fatalf("GNU time's output %q: want peak RSS, user and system time", data)
	}
	f = f[len(f)-3:]
	kb, err1 := strconv.ParseInt(f[0], 10, 64)
	user, err2 := strconv.ParseFloat(f[1], 64)
	sys, err3 := strconv.ParseFloat(f[2], 64)
	if err := errors.Join(err1, err2, err3); err != nil {
		log.Fatalf("GNU time's output %q: %v", data, err)
	}
	return measure{wall: wall, rss: kb * 1024, cpu: time.Duration((user + sys) * float64(time.Second))}
}

// median returns the median of each figure of ms, taken apart.
func median(ms []measure) measure {
	walls := make([]time.Duration, len(ms))
	cpus := make([]time.Duration, len(ms))
	rss := make([]int64, len(ms))
	for i, m := range ms {
		walls[i], cpus[i], rss[i] = m.wall, m.cpu, m.rss
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	slices.Sort(rss)
	return measure{wall: walls[len(walls)/2], cpu: cpus[len(cpus)/2], rss: rss[len(rss)/2]}
}
