// Command wirestory reads scraped news pages (HTML, or the plain text a
// scraper dumped) and writes the wire story each one carries as JSON.
//
// Usage:
//
//	wirestory [flags] [FILE | DIR | -]...
//
// With one FILE, or none (standard input), it writes the story as one
// indented JSON object, the shape of wirestory.Article. With several
// arguments, a directory (walked in lexical order) or -lines, it writes JSON
// Lines, one line per page and in input order:
//
//	{"input":"pages/a.html","article":{...}}
//	{"input":"pages/b.html","error":"no article found"}
//
// A failed page is also reported on standard error, does not stop the batch
// (unless -strict), and makes the exit status 1. A WARC file (.warc,
// .warc.gz, or on standard input) gives a JSON line per HTML page of the
// crawl, with its provenance (warc.go). Run wirestory -h for every flag.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0 // every input gave a story
	exitFailed = 1 // some input failed, or output could not be written
	exitUsage  = 2 // bad flags or arguments
)

// options are the settings of one run, from the command line.
type options struct {
	args     []string // inputs as given; none means standard input
	workers  int      // -j
	text     bool     // -format text
	lines    bool     // -lines
	strict   bool     // -strict
	progress bool     // show a progress line on stderr

	stdinWARC bool // standard input is a WARC file (warc.go)
}

const usageText = `usage: wirestory [flags] [FILE | DIR | -]...

wirestory reads scraped news pages (HTML, or plain text with one visible block
per line) and writes the wire story each one carries: headline, byline,
credit, agencies, dateline, paragraphs and tail.

Inputs are files, directories and "-" for standard input, which is also the
input when there are no arguments. Directories are walked in lexical order,
skipping names that start with "." and not following symbolic links to
directories found inside them. Gzip-compressed input (a .gz file, or gzip on
standard input) is decompressed transparently. With -lines, each input holds
one crawler record a line (at most 64 MiB), and "url" may be left out.

A WARC file (a crawl: .warc, .warc.gz, or WARC on standard input) gives one
JSON line per HTML page of its response records, in record order, with
where it came from: {"warc":FILE,"offset":N,"record_id":...,"uri":...,
"fetched":WARC-Date,"status":HTTP status,"article":{...}} or "error".
Other records are skipped (responses that are not HTML or not 2xx are
reported on standard error); broken records (a truncated file, a corrupt
gzip member, a record over 20 MiB) are reported with their offset and
reading goes on; a page gets at most 10 s to parse. A summary of each file
ends its report.

Output:
  One FILE or standard input gives one indented JSON object (the Article).
  Several inputs, a directory or -lines give JSON Lines, one line per page in
  input order, whether the page failed or not:
    {"input":"pages/a.html","article":{...}}
    {"input":"pages/b.html","error":"no article found"}
    {"input":"crawl.jsonl:7","url":"https://...","article":{...}}
  -format text writes readable stories instead; failed pages are then left
  out of standard output.

Errors:
  Each failed page is reported on standard error as "wirestory: NAME: ERROR".
  A page with no story in it ("no article found") counts as a failure. The
  batch goes on unless -strict. Exit status: 0 when every page gave a story,
  1 when any failed, 2 for bad flags.
  When standard error is a terminal, a progress line there tells the pages
  done, the pages per second and the failures (-q turns it off).

Flags:
`

const examplesText = `
Examples:
  wirestory page.html                        # one story as indented JSON
  wirestory -format text page.txt.gz         # a readable story, from gzip
  wirestory -j 4 pages/ > stories.jsonl      # a folder, 4 pages at a time
  curl -s https://example.com/a | wirestory  # stdin: one page
  zcat crawl.jsonl.gz | wirestory -lines     # crawler records on stdin
  wirestory -strict -q pages/ | jq -r .article.headline
  wirestory crawl.warc.gz > stories.jsonl    # the HTML pages of a crawl
`

// parseOptions reads the command line. stderrTTY says whether standard
// error is a terminal, where the progress line goes. Usage goes to stderr.
func parseOptions(args []string, stderr io.Writer, stderrTTY bool) (*options, error) {
	fs := flag.NewFlagSet("wirestory", flag.ContinueOnError)
	fs.SetOutput(stderr)
	opts := &options{}
	fs.IntVar(&opts.workers, "j", runtime.NumCPU(),
		"parse `N` pages at once (the output is the same for any N),\ne.g. -j 1 to use one CPU")
	format := fs.String("format", "json",
		"output `FORMAT`: json, or text for readable stories, e.g. -format text")
	fs.BoolVar(&opts.lines, "lines", false,
		"read the inputs as JSON Lines of crawler records, one page a line:\n"+
			`{"url":"https://...","html":"<html>..."} or {"text":"..."}`+"\n"+
			"e.g. zcat crawl.jsonl.gz | wirestory -lines")
	quiet := fs.Bool("q", false,
		"quiet: no progress line on stderr (shown only when stderr is a\nterminal); errors are still reported, e.g. wirestory -q pages/")
	fs.BoolVar(&opts.strict, "strict", false,
		"stop at the first page that fails, e.g. wirestory -strict pages/")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
		fmt.Fprint(stderr, examplesText)
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	switch *format {
	case "json":
	case "text":
		opts.text = true
	default:
		return nil, usageError(fs, "-format %q: want json or text", *format)
	}
	if opts.workers < 1 {
		return nil, usageError(fs, "-j %d: want at least 1", opts.workers)
	}
	opts.args = fs.Args()
	opts.progress = stderrTTY && !*quiet
	return opts, nil
}

// usageError reports a bad command line on the flag set's output and
// returns it as an error.
func usageError(fs *flag.FlagSet, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	fmt.Fprintf(fs.Output(), "wirestory: %v\nRun wirestory -h for usage.\n", err)
	return err
}

// run is the command: it parses args, reads the inputs and writes the
// stories to stdout, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseOptions(args, stderr, isTerminal(stderr))
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	return opts.run(stdin, stdout, stderr)
}

// readsStdin reports whether standard input is one of the run's inputs.
func (o *options) readsStdin() bool {
	return len(o.args) == 0 || slices.Contains(o.args, "-")
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

// single reports whether the run reads exactly one page and so writes one
// indented JSON object rather than JSON Lines. The shape of the output
// depends only on the command line, never on what the inputs hold, but for
// a WARC file on standard input.
func (o *options) single() bool {
	switch {
	case o.lines || len(o.args) > 1:
		return false
	case len(o.args) == 0 || o.args[0] == "-":
		return !o.stdinWARC
	case isWARCName(o.args[0]):
		return false
	}
	fi, err := os.Stat(o.args[0])
	return err != nil || !fi.IsDir()
}
