// Command wirestory reads scraped news pages (HTML, or the plain text a
// scraper dumped) and writes the wire story each one carries.
//
// Usage:
//
//	wirestory [flags] [FILE | DIR | -]... [flags]
//
// By default it writes JSON Lines, one line per page and in input order,
// however many pages there are:
//
//	{"input":"pages/a.html","article":{...}}
//	{"input":"pages/b.html","skipped":"no story"}
//	{"input":"pages/c.html","error":"open: permission denied"}
//
// -o json writes each story as an indented JSON object (the shape of
// wirestory.Article), -o text as readable text, -o ninjs as an IPTC ninjs
// 3.1 news item. A page with no story is skipped; a page that cannot be
// read or parsed is reported on standard error, does not stop the batch
// (unless -strict), and makes the exit status 1. -explain FILE prints how
// each block of one page was read: its role and why. Run wirestory -h for
// every flag.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/wirestory/wirestory"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0 // every input gave a story or was skipped
	exitFailed = 1 // some input could not be read or parsed, or output could not be written
	exitUsage  = 2 // bad flags or arguments
)

// maxWorkers is the most pages parsed at once (-j). Parsing is bound by the
// CPU, so more workers than cores only cost memory.
const maxWorkers = 256

// maxMaxSize is the largest -max-size: a page is held whole in memory, by
// each worker.
const maxMaxSize = 4 << 30

// Output formats (-o).
const (
	formatJSONL = "jsonl" // one JSON line per input: input, then article, skipped or error
	formatJSON  = "json"  // each story as an indented JSON object
	formatText  = "text"  // each story as readable text
	formatNINJS = "ninjs" // each story as an IPTC ninjs 3.1 object, one a line
)

// options are the settings of one run, from the command line.
type options struct {
	args     []string // inputs as given; none means standard input
	workers  int      // -j
	format   string   // -o
	lines    bool     // -lines
	strict   bool     // -strict
	verbose  bool     // -v
	allFiles bool     // -all
	maxSize  int64    // -max-size
	version  bool     // -version
	explain  string   // -explain

	progress  bool          // show a progress line on stderr (a terminal)
	sharedTTY bool          // stdout is a terminal too: write results line by line
	tickEvery time.Duration // how often the progress line is redrawn
	budget    int64         // bytes of -lines records held at once: see parseOptions
}

const usageText = `usage: wirestory [flags] [FILE | DIR | -]... [flags]
       wirestory -explain FILE

wirestory reads scraped news pages (HTML, or plain text with one visible block
per line) and writes the wire story each one carries: headline, byline,
credit, agencies, dateline, paragraphs and tail.

Inputs are files, directories and "-" for standard input, which is also the
input when there are no arguments. Flags may come before or after them ("--"
ends the flags). Directories are walked in lexical order, skipping names that
start with "." and not following symbolic links to directories found inside
them; they give only page files (.html .htm .xhtml .txt .warc, and the same
with .gz; a WARC file is reported as not read by this version) or, with
-lines, record files (.jsonl .ndjson .json, and .gz): -all takes every file.
Files named on the command line are always read.
Gzip-compressed input (a .gz file, or gzip on standard input) is decompressed
transparently. With -lines, each input holds one crawler record a line, and
"url" may be left out; the url is given to the parser as the page's address.
A record may be 4 times -max-size long, and records are read ahead only up to
that many bytes in all, whatever -j.

Output (-o), the same however many inputs there are:
  jsonl (the default): one JSON line per input, in input order:
    {"input":"pages/a.html","article":{...}}
    {"input":"pages/b.html","skipped":"no story"}
    {"input":"pages/c.html","error":"open: permission denied"}
    {"input":"crawl.jsonl:7","url":"https://...","article":{...}}
  A name that is not valid UTF-8 is also given exactly, as base64, in
  "input_base64".
  json: each story as an indented JSON object (the Article), one after
  another; text: each story as readable text after a "==> NAME <==" line;
  ninjs: each story as an IPTC ninjs 3.1 news item, one JSON object a line
  (see the README for how the fields map). These three write nothing for a
  page with no story or a page that failed.

Outcomes:
  A page with no story in it (a list of links, an image) is skipped: a
  "skipped" line in jsonl, reported on standard error with -v. A page that
  cannot be read or parsed (a missing file, broken gzip, a page over
  -max-size, a bad record) fails: an "error" line in jsonl and a line
  "wirestory: NAME: ERROR" on standard error, where names are quoted with Go
  escapes when they hold control characters. The batch goes on, unless the
  flag -strict is given. Exit status: 0 when no page failed, 1 when any did,
  2 for bad flags. When standard error is a terminal, a progress line there
  counts the pages, stories, skipped and failed pages (-q turns it off).

Flags:
`

const examplesText = `
Examples:
  wirestory page.html                        # one story as a JSON line
  wirestory -o json page.html                # the story as indented JSON
  wirestory page.txt.gz -o text              # a readable story, from gzip
  wirestory -o ninjs pages/ > items.jsonl    # IPTC ninjs 3.1, one item a line
  wirestory -j 4 pages/ > stories.jsonl      # a folder, 4 pages at a time
  curl -s https://example.com/a | wirestory  # stdin: one page
  zcat crawl.jsonl.gz | wirestory -lines     # crawler records on stdin
  wirestory -explain page.html | less -S     # why each line was kept or dropped
  wirestory -strict -q pages/ | jq -r .article.headline
`

// parseOptions reads the command line. stderrTTY and stdoutTTY say whether
// standard error and standard output are terminals. Usage goes to stderr.
func parseOptions(args []string, stderr io.Writer, stderrTTY, stdoutTTY bool) (*options, error) {
	fs := flag.NewFlagSet("wirestory", flag.ContinueOnError)
	fs.SetOutput(stderr)
	opts := &options{tickEvery: 200 * time.Millisecond}
	fs.IntVar(&opts.workers, "j", min(runtime.NumCPU(), maxWorkers),
		fmt.Sprintf("parse `N` pages at once, 1 to %d (the output is the same for any\nN), e.g. -j 1 to use one CPU", maxWorkers))
	fs.StringVar(&opts.format, "o", formatJSONL,
		"output `FORMAT`: jsonl, json, text or ninjs (see Output above),\ne.g. -o text")
	format := fs.String("format", "", "the older name of -o")
	fs.BoolVar(&opts.lines, "lines", false,
		"read the inputs as JSON Lines of crawler records, one page a line:\n"+
			`{"url":"https://...","html":"<html>..."} or {"text":"..."}`+"\n"+
			"e.g. zcat crawl.jsonl.gz | wirestory -lines")
	quiet := fs.Bool("q", false,
		"quiet: no progress line on stderr (shown only when stderr is a\nterminal); failures are still reported, e.g. wirestory -q pages/")
	fs.BoolVar(&opts.verbose, "v", false,
		"verbose: report each page with no story on stderr, and end with a\nsummary line, e.g. wirestory -v pages/ > out.jsonl")
	fs.BoolVar(&opts.strict, "strict", false,
		"stop at the first page that fails (not at one with no story),\ne.g. wirestory -strict pages/")
	fs.BoolVar(&opts.allFiles, "all", false,
		"take every file in a directory, not only page (or record) files,\ne.g. wirestory -all dump/")
	maxSize := sizeFlag(wirestory.DefaultMaxSize)
	fs.Var(&maxSize, "max-size",
		"fail a page longer than `SIZE` bytes (K, M and G suffixes: powers of\n1024; a -lines record may be 4 times as long), e.g. -max-size 64M")
	fs.StringVar(&opts.explain, "explain", "",
		"print how each block of the page in `FILE` (\"-\" for standard input)\nwas read: its role (head, body, subhead, tail, chrome, teaser,\ncaption ...) and why, as a table; -v shows whole lines, e.g.\nwirestory -explain page.html | less -S")
	fs.BoolVar(&opts.version, "version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		printFlags(fs, "format")
		fmt.Fprint(stderr, examplesText)
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return nil, err
	}
	if *format != "" {
		opts.format = *format
	}
	switch opts.format {
	case formatJSONL, formatJSON, formatText, formatNINJS:
	default:
		return nil, usageError(fs, "-o %s: want jsonl, json, text or ninjs", displayName(opts.format))
	}
	if opts.workers < 1 || opts.workers > maxWorkers {
		return nil, usageError(fs, "-j %d: want 1 to %d", opts.workers, maxWorkers)
	}
	opts.maxSize = int64(maxSize)
	// -lines records held at once, listed but not yet written, whatever
	// -j: as many bytes as the longest record (a record that long is read
	// alone). Parsing a page takes several times its length again.
	opts.budget = int64(opts.maxRecord())
	if opts.explain != "" && len(files) > 0 {
		return nil, usageError(fs, "-explain reads one page: give no other input (got %s)", displayName(files[0]))
	}
	opts.args = files
	opts.progress = stderrTTY && !*quiet
	opts.sharedTTY = stdoutTTY
	return opts, nil
}

// parseInterspersed parses the flags in args wherever they stand, and
// returns the other arguments in order. "--" ends the flags; "-" alone is
// an argument (standard input).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// printFlags prints the flags' help as flag.PrintDefaults does, leaving out
// the hidden ones.
func printFlags(fs *flag.FlagSet, hidden ...string) {
	all := flag.NewFlagSet(fs.Name(), flag.ContinueOnError)
	all.SetOutput(fs.Output())
	fs.VisitAll(func(f *flag.Flag) {
		for _, h := range hidden {
			if f.Name == h {
				return
			}
		}
		all.Var(f.Value, f.Name, f.Usage)
	})
	all.PrintDefaults()
}

// usageError reports a bad command line on the flag set's output and
// returns it as an error.
func usageError(fs *flag.FlagSet, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	fmt.Fprintf(fs.Output(), "wirestory: %v\nRun wirestory -h for usage.\n", err)
	return err
}

// A sizeFlag is a size in bytes, written with an optional K, M or G
// suffix (powers of 1024, "KiB" and "MB" read the same).
type sizeFlag int64

func (s *sizeFlag) String() string {
	n := int64(*s)
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"G", 30}, {"M", 20}, {"K", 10}} {
		if n > 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (s *sizeFlag) Set(v string) error {
	num := strings.TrimRight(v, "KkMmGgBbIi")
	shift := uint(0)
	switch strings.ToUpper(strings.TrimPrefix(v, num)) {
	case "", "B":
	case "K", "KB", "KIB":
		shift = 10
	case "M", "MB", "MIB":
		shift = 20
	case "G", "GB", "GIB":
		shift = 30
	default:
		return errors.New("want a number of bytes, with K, M or G after it for KiB, MiB or GiB")
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 1 || n > maxMaxSize>>shift {
		limit := sizeFlag(maxMaxSize)
		return fmt.Errorf("want 1 byte to %s", limit.String())
	}
	*s = sizeFlag(n << shift)
	return nil
}

// run is the command: it parses args, reads the inputs and writes the
// stories to stdout, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseOptions(args, stderr, isTerminal(stderr), isTerminal(stdout))
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	switch {
	case opts.version:
		fmt.Fprintln(stdout, versionLine())
		return exitOK
	case opts.explain != "":
		return opts.runExplain(stdin, stdout, stderr)
	}
	return opts.run(stdin, stdout, stderr)
}

// isTerminal reports whether w is a terminal (a character device, which
// also holds for /dev/null, where a progress line is harmless).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
