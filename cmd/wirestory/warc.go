package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/wirestory/wirestory/crawl"
)

// WARC input: a crawl file (.warc, .warc.gz, or WARC on standard input)
// gives one input per record. Pages become JSON lines with their
// provenance (crawl.Page); records that are not pages and broken records
// are reported on standard error, in record order; a summary of the file
// follows its last record.

// isWARCName reports whether a file's name says it is a WARC file.
func isWARCName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// sniffWARC reports whether br starts a WARC file: "WARC/", or a gzip
// member whose content does. It reads nothing from br.
func sniffWARC(br *bufio.Reader) bool {
	head, _ := br.Peek(5)
	if string(head) == "WARC/" {
		return true
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return false
	}
	// Decode the start of the first member from a copy of the buffered
	// bytes.
	buf, _ := br.Peek(br.Size())
	zr, err := gzip.NewReader(bytes.NewReader(buf))
	if err != nil {
		return false
	}
	var first [5]byte
	n, _ := io.ReadFull(zr, first[:])
	return string(first[:n]) == "WARC/"
}

// A warcItem is one record of a WARC input, or its end.
type warcItem struct {
	proc  *crawl.Processor
	tally *warcTally
	page  *crawl.Page // a page to parse
	skip  crawl.Skip  // or why the record is not a page
	what  string      // the record's type and Content-Type, for a skipped record
	err   error       // or why the record could not be read
	end   bool        // or the end of the file
}

// A warcTally counts the outcomes of one WARC file's records. Workers add
// to it; the writer reads it after the file's last record is written.
type warcTally struct {
	name string
	mu   sync.Mutex
	c    crawl.Counts
}

func (t *warcTally) add(o crawl.Outcome) {
	t.mu.Lock()
	t.c.Add(o)
	t.mu.Unlock()
}

// String is the summary line of the file.
func (t *warcTally) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	c := t.c
	return fmt.Sprintf("%s: %d %s: %d %s (%d %s, %d without a story), %d skipped, %d %s",
		t.name, c.Records, plural(c.Records, "record"), c.Pages, plural(c.Pages, "page"),
		c.Stories, plural(c.Stories, "story"), c.NotStories, c.Skipped, c.Errors, plural(c.Errors, "error"))
}

func plural(n int64, word string) string {
	switch {
	case n == 1:
		return word
	case strings.HasSuffix(word, "y"):
		return word[:len(word)-1] + "ies"
	}
	return word + "s"
}

// listWARC sends the inputs of the WARC file r, named name: one per
// record, then its end. It reads the file as it goes, holding only the
// records sent and not yet written. It reports whether to go on.
func listWARC(name string, r io.Reader, send func(input) bool) bool {
	proc := &crawl.Processor{}
	tally := &warcTally{name: name}
	rd := crawl.NewReader(r, name)
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		var re *crawl.RecordError
		if errors.As(err, &re) {
			if !send(input{name: fmt.Sprintf("%s@%d", name, re.Offset), warc: &warcItem{tally: tally, err: re.Err}}) {
				return false
			}
			continue
		}
		if err != nil {
			// The file cannot be read on: report it and end it.
			send(input{name: name, warc: &warcItem{tally: tally, err: err}})
			break
		}
		item := &warcItem{proc: proc, tally: tally}
		item.page, item.skip = proc.Load(name, rec)
		if item.skip != crawl.NotPage {
			item.what = rec.Type
			if rec.ContentType != "" {
				item.what += ", " + rec.ContentType
			}
			if rec.Status != 0 {
				item.what += fmt.Sprintf(", HTTP %d", rec.Status)
			}
		}
		in := input{name: fmt.Sprintf("%s@%d", name, rec.Offset), warc: item}
		if rec.URI != "" {
			in.name += " (" + rec.URI + ")"
		}
		if !send(in) {
			return false
		}
	}
	return send(input{name: name, warc: &warcItem{tally: tally, end: true}})
}

// processWARC parses one page of a WARC file, or passes on what became of
// a record that is not one.
func (o *options) processWARC(in input, r result) result {
	it := in.warc
	switch {
	case it.end:
		r.summary = it.tally
		return r
	case it.err != nil:
		it.tally.add(crawl.BrokenRecord)
		r.err = it.err
		return r
	case it.skip != crawl.NotPage:
		it.tally.add(crawl.Skipped)
		// Records that are no response (requests, metadata ...) are
		// counted only; responses that are not pages are reported.
		if it.skip != crawl.NotResponse {
			r.note = fmt.Sprintf("skipped: %s (%s)", it.skip, it.what)
		}
		return r
	}
	pg := it.page
	it.proc.Parse(context.Background(), pg)
	it.tally.add(crawl.OutcomeOf(pg, crawl.NotPage))
	if o.text {
		r.out, r.err = o.format(in.name, "", pg.Article, pg.Err, false)
		return r
	}
	line, err := pg.MarshalLine()
	if err != nil {
		r.err = err
		return r
	}
	r.out, r.err = line, pg.Err
	return r
}
