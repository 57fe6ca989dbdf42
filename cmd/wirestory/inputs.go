package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirestory/wirestory"
)

// This file lists the inputs of a run: the arguments in turn, directories
// walked, each file handed to the reader of its kind. Each kind of input
// has a file of its own: input_page.go (one page a file, or standard
// input), input_lines.go (-lines: one crawler record a line).

// An input is one page to parse. Inputs are numbered in input order.
type input struct {
	seq  int
	name string // the path, "stdin", or "NAME:LINE" for a -lines record

	// parse reads and parses the page; it returns the page's URL when the
	// input gave one (a -lines record's "url"). It runs on a worker.
	parse func(p *wirestory.Parser) (url string, a *wirestory.Article, err error)

	// cost is how many bytes of the input are held in memory from the time
	// it is listed until its result is written (a -lines record's length),
	// counted against the run's budget.
	cost int64
}

// failed returns an input that fails with err when parsed: a file that
// could not be opened, a directory that could not be read.
func failed(name string, err error) input {
	return input{name: name, parse: func(*wirestory.Parser) (string, *wirestory.Article, error) {
		return "", nil, err
	}}
}

// stdinName is how standard input is named in output and messages.
const stdinName = "stdin"

// An inputKind says how a file is read.
type inputKind uint8

const (
	kindOther   inputKind = iota // not a page file: taken from a directory only with -all
	kindPage                     // one page (input_page.go)
	kindRecords                  // crawler records, one a line (input_lines.go)
	kindWARC                     // a WARC file of crawled pages
)

// kindOf returns the kind of a file by its name, ignoring a final ".gz"
// and case: .html, .htm, .xhtml and .txt files hold a page; .jsonl,
// .ndjson and .json files hold records; .warc files hold a crawl.
func kindOf(name string) inputKind {
	ext := filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	switch ext {
	case ".html", ".htm", ".xhtml", ".txt":
		return kindPage
	case ".jsonl", ".ndjson", ".json":
		return kindRecords
	case ".warc":
		return kindWARC
	}
	return kindOther
}

var errWARC = errors.New("WARC files are not read by this version of wirestory: extract the pages first")

// listInputs sends the run's inputs to send, in input order: the arguments
// in turn, each directory walked in lexical order and each -lines input
// read record by record, all lazily. It stops early when send returns false.
func (o *options) listInputs(stdin io.Reader, send func(input) bool) {
	args := o.args
	if len(args) == 0 {
		args = []string{"-"}
	}
	for _, arg := range args {
		if !o.listArg(arg, stdin, send) {
			return
		}
	}
}

// listArg sends the inputs of one command-line argument and reports whether
// to go on.
func (o *options) listArg(arg string, stdin io.Reader, send func(input) bool) bool {
	if arg == "-" {
		if o.lines {
			return o.listRecords(stdinName, stdin, send)
		}
		return send(pageInput(stdinName, func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }))
	}
	fi, err := os.Stat(arg)
	switch {
	case err != nil:
		return send(failed(arg, err))
	case fi.IsDir():
		return o.walk(arg, send)
	}
	return o.listFile(arg, send)
}

// listFile sends the inputs of one file by the reader of its kind: with
// -lines every file holds records; otherwise a .warc file holds a crawl
// and every other file a page.
func (o *options) listFile(path string, send func(input) bool) bool {
	switch {
	case o.lines:
		f, err := os.Open(path)
		if err != nil {
			return send(failed(path, err))
		}
		defer f.Close()
		return o.listRecords(path, f, send)
	case kindOf(path) == kindWARC:
		return send(failed(path, errWARC))
	}
	return send(pageInput(path, func() (io.ReadCloser, error) { return os.Open(path) }))
}

// takes reports whether a walk takes the file named name: every file with
// -all, otherwise the files of the kinds the run reads.
func (o *options) takes(name string) bool {
	switch kindOf(name) {
	case kindPage, kindWARC:
		return o.allFiles || !o.lines
	case kindRecords:
		return o.allFiles || o.lines
	}
	return o.allFiles
}

// walk sends the files under the directory root in lexical order. It skips
// names starting with ".", files that are not of a kind the run reads
// (unless -all), and entries that are not regular files or symbolic links
// to them; it does not follow links to directories, except root itself. A
// directory it cannot read and a dangling link are sent as failed inputs.
func (o *options) walk(root string, send func(input) bool) bool {
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		root += string(filepath.Separator) // make WalkDir enter the linked directory
	}
	goOn := true
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			goOn = send(failed(path, err))
		case path != root && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
		case d.IsDir() || !o.takes(d.Name()):
		case d.Type().IsRegular():
			goOn = o.listFile(path, send)
		case d.Type()&fs.ModeSymlink != 0:
			fi, err := os.Stat(path)
			switch {
			case err != nil:
				goOn = send(failed(path, err))
			case fi.Mode().IsRegular():
				goOn = o.listFile(path, send)
			}
		}
		if !goOn {
			return filepath.SkipAll
		}
		return nil
	})
	return goOn
}
