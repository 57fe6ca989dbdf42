package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirestory/wirestory"
)

// An input is one page to parse. Inputs are numbered in input order.
type input struct {
	seq  int
	name string // the path, "stdin", or "NAME:LINE" for a -lines record

	// Exactly one of open, record, warc and err is set.
	open   func() (io.ReadCloser, error) // the page, for a file or stdin
	record []byte                        // the JSON record, for -lines
	warc   *warcItem                     // a record of a WARC file (warc.go)
	err    error                         // why the input could not be read
}

// stdinName is how standard input is named in output and messages.
const stdinName = "stdin"

// maxRecord is the longest -lines record read, in bytes: room for a page of
// wirestory.DefaultMaxSize with its JSON escapes. A longer line is reported
// and skipped.
const maxRecord = 4 * wirestory.DefaultMaxSize

var errRecordTooLong = fmt.Errorf("%w: record longer than %d MiB", wirestory.ErrTooLarge, maxRecord>>20)

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
			return listRecords(stdinName, stdin, send)
		}
		if br, ok := stdin.(*bufio.Reader); ok && sniffWARC(br) {
			return listWARC(stdinName, br, send)
		}
		return send(input{name: stdinName, open: func() (io.ReadCloser, error) {
			return io.NopCloser(stdin), nil
		}})
	}
	fi, err := os.Stat(arg)
	switch {
	case err != nil:
		return send(input{name: arg, err: err})
	case fi.IsDir():
		return o.walk(arg, send)
	}
	return o.listFile(arg, send)
}

// listFile sends the inputs of one file: the file itself, or its records.
func (o *options) listFile(path string, send func(input) bool) bool {
	if isWARCName(path) && !o.lines {
		f, err := os.Open(path)
		if err != nil {
			return send(input{name: path, err: err})
		}
		defer f.Close()
		return listWARC(path, f, send)
	}
	if !o.lines {
		return send(input{name: path, open: func() (io.ReadCloser, error) { return os.Open(path) }})
	}
	f, err := os.Open(path)
	if err != nil {
		return send(input{name: path, err: err})
	}
	defer f.Close()
	return listRecords(path, f, send)
}

// walk sends the files under the directory root in lexical order. It skips
// names starting with "." and entries that are not regular files or
// symbolic links to them; it does not follow links to directories, except
// root itself. A directory it cannot read and a dangling link are sent as
// failed inputs.
func (o *options) walk(root string, send func(input) bool) bool {
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		root += string(filepath.Separator) // make WalkDir enter the linked directory
	}
	goOn := true
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			goOn = send(input{name: path, err: err})
		} else if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
		} else if d.Type().IsRegular() {
			goOn = o.listFile(path, send)
		} else if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			switch {
			case err != nil:
				goOn = send(input{name: path, err: err})
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

// listRecords sends each non-blank line of r as a record named
// "name:LINE". A read error ends the input and is sent as a failed input.
func listRecords(name string, r io.Reader, send func(input) bool) bool {
	r, err := decompress(r)
	if err != nil {
		return send(input{name: name, err: err})
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := readLine(br, maxRecord)
		in := input{name: fmt.Sprintf("%s:%d", name, n), record: line, err: err}
		switch {
		case err == io.EOF:
			return true
		case err == errRecordTooLong:
		case err != nil:
			return send(in)
		case len(bytes.TrimSpace(line)) == 0:
			continue
		}
		if !send(in) {
			return false
		}
	}
}

// readLine returns the next line of br, with its newline if it has one, or
// io.EOF at the end. A line longer than max bytes is consumed and reported
// as errRecordTooLong, without holding more than max bytes of it.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong && len(line)+len(chunk) > max {
			tooLong, line = true, nil
		}
		if !tooLong {
			line = append(line, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(line) > 0 || tooLong):
		case err != nil:
			return nil, err
		}
		if tooLong {
			return nil, errRecordTooLong
		}
		return line, nil
	}
}

// decompress returns r, or a reader of its decompressed content when r
// starts with the gzip magic number.
func decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	magic, _ := br.Peek(2)
	if string(magic) != "\x1f\x8b" {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}

// parseFile parses the page that open gives, decompressing it if need be.
func parseFile(open func() (io.ReadCloser, error)) (*wirestory.Article, error) {
	f, err := open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := decompress(f)
	if err != nil {
		return nil, err
	}
	return wirestory.Parse(r)
}

// A record is one line of -lines input, as crawlers export pages.
type record struct {
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// parseRecord parses the page in a -lines record: its "html" field, or else
// its "text". It returns the record's URL too, when it has one.
func parseRecord(data []byte) (url string, a *wirestory.Article, err error) {
	var rec record
	if err := json.Unmarshal(data, &rec); err != nil {
		return "", nil, fmt.Errorf("bad record: %v", err)
	}
	// The page was decoded from JSON, so it is UTF-8 whatever its <meta>
	// says; the Content-Type's charset overrides the page's.
	var p wirestory.Parser
	var page string
	switch {
	case rec.HTML != nil:
		page, p.ContentType = *rec.HTML, "text/html; charset=utf-8"
	case rec.Text != nil:
		page, p.ContentType = *rec.Text, "text/plain; charset=utf-8"
	default:
		return rec.URL, nil, errors.New(`bad record: no "html" or "text" field`)
	}
	a, err = p.Parse(strings.NewReader(page))
	return rec.URL, a, err
}
