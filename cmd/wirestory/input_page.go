package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"strings"

	"github.com/wirestory/wirestory"
)

// pageInput returns the input of a file (or standard input) that holds one
// page, plain or gzip-compressed, opened by open when a worker reads it.
func pageInput(name string, open func() (io.ReadCloser, error)) input {
	return input{name: name, parse: func(p *wirestory.Parser) (string, *wirestory.Article, error) {
		a, err := parseFile(p, open)
		return "", a, err
	}}
}

// parseFile parses the page that open gives, decompressing it if need be.
func parseFile(p *wirestory.Parser, open func() (io.ReadCloser, error)) (*wirestory.Article, error) {
	f, err := open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := decompress(f)
	if err != nil {
		return nil, err
	}
	return p.Parse(r)
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
		if strings.HasPrefix(err.Error(), "gzip: ") { // gzip.ErrHeader says it
			return nil, err
		}
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}
