package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/wirestory/wirestory"
)

// This file reads -lines input: JSON Lines of crawler records, one page a
// record, {"url": ..., "html": ...} or {"url": ..., "text": ...}.

// maxRecord returns the longest -lines record read, in bytes: room for a
// page of -max-size with its JSON escapes. A longer line is reported and
// skipped.
func (o *options) maxRecord() int {
	return int(min(4*o.maxSize, maxMaxSize, math.MaxInt))
}

var errRecordTooLong = fmt.Errorf("%w: record longer than 4 times -max-size", wirestory.ErrTooLarge)

// listRecords sends each non-blank line of r as a record named
// "name:LINE". A read error ends the input and is sent as a failed input.
// A blank line costs no allocation.
func (o *options) listRecords(name string, r io.Reader, send func(input) bool) bool {
	r, err := decompress(r)
	if err != nil {
		return send(failed(name, err))
	}
	br := bufio.NewReaderSize(r, 64<<10)
	max := o.maxRecord()
	for n := 1; ; n++ {
		n += skipBlankLines(br)
		line, err := readLine(br, max)
		switch {
		case err == io.EOF:
			return true
		case err == errRecordTooLong:
			if !send(failed(recordName(name, n), err)) {
				return false
			}
			continue
		case err != nil:
			return send(failed(recordName(name, n), err))
		case line == nil:
			continue // a blank line
		}
		if !send(recordInput(recordName(name, n), line)) {
			return false
		}
	}
}

func recordName(name string, n int) string {
	return name + ":" + strconv.Itoa(n)
}

// readLine returns the next line of br without the white space that opens
// it, with its newline if it has one; nil for a blank line; or io.EOF at
// the end. White space is not copied, so a blank line, however long,
// allocates nothing. A line longer than max bytes is consumed and reported
// as errRecordTooLong, without holding more than max bytes of it.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if line == nil && !tooLong {
			chunk = chunk[len(chunk)-len(trimLeftSpace(chunk)):]
		}
		if !tooLong && len(line)+len(chunk) > max {
			tooLong, line = true, nil
		}
		if !tooLong && len(chunk) > 0 {
			line = append(line, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (line != nil || tooLong):
		case err != nil:
			return nil, err
		}
		if tooLong {
			return nil, errRecordTooLong
		}
		return line, nil
	}
}

// skipBlankLines discards the blank lines at br's read position that are
// already in its buffer, at a few instructions a byte, and returns how
// many there were. It leaves the white space that opens the next line.
func skipBlankLines(br *bufio.Reader) int {
	lines := 0
	for {
		if br.Buffered() == 0 {
			if _, err := br.Peek(1); err != nil {
				return lines
			}
		}
		buf, _ := br.Peek(br.Buffered())
		end := 0 // just after the last newline of the white space
		for i, c := range buf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
				break
			}
			if c == '\n' {
				lines++
				end = i + 1
			}
		}
		br.Discard(end)
		if end < len(buf) || end == 0 {
			return lines
		}
	}
}

// trimLeftSpace returns b without the JSON white space that opens it.
func trimLeftSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	return b
}

// recordInput returns the input of one record.
func recordInput(name string, line []byte) input {
	return input{name: name, cost: int64(len(line)), parse: func(p *wirestory.Parser) (string, *wirestory.Article, error) {
		data := line
		line = nil // the record is not held while its page is parsed
		return parseRecord(p, data)
	}}
}

// A record is one line of -lines input, as crawlers export pages.
type record struct {
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// parseRecord parses the page in a -lines record: its "html" field, or else
// its "text", with its "url" as the page's address. It returns the
// record's URL too, when it has one.
func parseRecord(p *wirestory.Parser, data []byte) (url string, a *wirestory.Article, err error) {
	var rec record
	if err := json.Unmarshal(data, &rec); err != nil {
		return "", nil, fmt.Errorf("bad record: %v", err)
	}
	// The page was decoded from JSON, so it is UTF-8 whatever its <meta>
	// says; the Content-Type's charset overrides the page's.
	info := wirestory.PageInfo{URL: rec.URL}
	var page string
	switch {
	case rec.HTML != nil:
		page, info.ContentType = *rec.HTML, "text/html; charset=utf-8"
	case rec.Text != nil:
		page, info.ContentType = *rec.Text, "text/plain; charset=utf-8"
	default:
		return rec.URL, nil, errors.New(`bad record: no "html" or "text" field`)
	}
	a, err = p.ParsePage(strings.NewReader(page), info)
	return rec.URL, a, err
}
