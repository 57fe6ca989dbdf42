package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"

	"github.com/wirestory/wirestory"
	"github.com/wirestory/wirestory/crawl"
)

// This file reads WARC input: a crawl (.warc, .warc.gz, or WARC on
// standard input) gives one input per record that is, or may be, a page,
// read by the crawl module (../../crawl) as the Beam pipeline reads it. A
// page's line carries the record's provenance beside the outcome:
//
//	{"input":"c.warc.gz@1234","warc":"c.warc.gz","offset":1234,"record_id":"<urn:uuid:...>",
//	 "uri":"https://...","fetched":"2024-05-16T08:30:00Z","status":200,"article":{...}}
//
// A response that is not an HTML page (an image, a 404) is skipped, with
// why; a record that cannot be read (a truncated file, a corrupt gzip
// member, a record over the size limit) fails, and reading goes on with
// the next record. Requests, metadata and other records that are not
// responses give no line.

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
	buf, _ := br.Peek(br.Size()) // the start of the first member, decoded from a copy
	zr, err := gzip.NewReader(bytes.NewReader(buf))
	if err != nil {
		return false
	}
	var first [5]byte
	n, _ := io.ReadFull(zr, first[:])
	return string(first[:n]) == "WARC/"
}

// A warcInput is a record of a WARC file: a page to parse, or what became
// of a record that is not one.
type warcInput struct {
	proc *crawl.Processor
	page *crawl.Page
}

// listWARC sends the inputs of the WARC file r, named name: one per record
// that is or may be a page, in record order, read as the run goes, so that
// only the records listed and not yet written are held in memory. It
// reports whether to go on.
func (o *options) listWARC(name string, r io.Reader, send func(input) bool) bool {
	proc := &crawl.Processor{Parser: wirestory.Parser{MaxSize: o.maxSize}}
	rd := crawl.NewReader(r, name)
	// Room for a page of -max-size and its HTTP header.
	rd.MaxRecordSize = max(crawl.DefaultMaxRecordSize, o.maxSize+o.maxSize/4)
	for {
		rec, err := rd.Next()
		var re *crawl.RecordError
		switch {
		case err == io.EOF:
			return true
		case errors.As(err, &re):
			if !send(warcPage(proc, crawl.BrokenPage(re))) {
				return false
			}
			continue
		case err != nil:
			// The file cannot be read on.
			return send(failed(name, err))
		}
		pg, skip := proc.Load(name, rec)
		if skip == crawl.NotResponse {
			continue
		}
		if !send(warcPage(proc, pg)) {
			return false
		}
	}
}

func warcPage(proc *crawl.Processor, pg *crawl.Page) input {
	return input{name: pg.Input, warc: &warcInput{proc: proc, page: pg}, cost: int64(pg.PayloadLen())}
}

// processWARC parses the page of a WARC input, within the crawl module's
// time budget for a page, and formats its line.
func (o *options) processWARC(in input, r result) result {
	pg := in.warc.page
	in.warc.proc.Parse(context.Background(), pg)
	r.url = pg.URI
	switch pg.Outcome() {
	case crawl.Story:
		r.outcome = gotStory
	case crawl.NotStory, crawl.Skipped:
		r.outcome, r.err = skipped, pg.Err
		if r.err == nil {
			r.err = errors.New(pg.Skipped)
		}
	default:
		r.outcome, r.err = failure, pg.Err
	}
	var err error
	if o.format == formatJSONL {
		// The line of the crawl module: the same as the Beam pipeline's.
		r.out, err = pg.MarshalLine()
	} else {
		r.out, err = o.render(r, pg.Article)
	}
	if err != nil {
		r.outcome, r.err = failure, err
	}
	return r
}
