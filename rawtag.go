package wirestory

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// The walker reads a tag's name and attributes from the tokenizer's raw
// bytes of the tag ("<div class=story id=main>"), by the tokenizer's own
// rules, rather than through its TagName and TagAttr: those copy every name,
// key and value they return, thousands of times a page. What these give is
// what TagName and TagAttr give, for the tags they read; a test holds them to
// it.

// rawTagAtom returns the atom of the start or end tag whose raw bytes are
// raw ("<div class=x>", "</DIV>"): atom.Lookup of the tokenizer's TagName.
func rawTagAtom(raw []byte) atom.Atom {
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	if i >= len(raw) {
		return 0
	}
	n := i + tagNameLen(raw[i:])
	// Longer than any atom's name (25 bytes): no atom.
	var buf [32]byte
	if n-i > len(buf) {
		return 0
	}
	for j := i; j < n; j++ {
		c := raw[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j-i] = c
	}
	return atom.Lookup(buf[:n-i])
}

// tagNameLen returns the length of the tag name at the start of s, whose
// first byte the tokenizer takes as part of the name whatever it is: the
// name ends before white space, '/' or '>'.
func tagNameLen(s []byte) int {
	for j := 1; j < len(s); j++ {
		switch s[j] {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return j
		}
	}
	return len(s)
}

// rawAttrsPlain reports whether the attributes of a raw start tag can be
// read as written: TagAttr rewrites values that hold '&' (entities), CR
// (line ends) or NUL, and keys that hold NUL.
func rawAttrsPlain(raw []byte) bool {
	return bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 && bytes.IndexByte(raw, 0) < 0
}

// A rawAttrReader reads the attributes of a start tag from its raw bytes,
// as the tokenizer does: each key as written (not lower-cased) and its
// value without quotes. Keys may repeat, and may be empty; the tokenizer
// keeps the first of each key that is not empty.
type rawAttrReader struct {
	raw []byte
	i   int
}

// newRawAttrReader returns a reader positioned after the tag's name.
func newRawAttrReader(raw []byte) rawAttrReader {
	r := rawAttrReader{raw: raw, i: len(raw)}
	if len(raw) < 2 {
		return r
	}
	n := 1 + tagNameLen(raw[1:])
	if n < len(raw) && isTagSpace(raw[n]) {
		n++ // the tokenizer consumes the space that ends the name
	}
	r.i = n
	r.skipSpace()
	return r
}

func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func (r *rawAttrReader) skipSpace() {
	for r.i < len(r.raw) && isTagSpace(r.raw[r.i]) {
		r.i++
	}
}

// next returns the next attribute's key and value, or ok false at the
// tag's end.
func (r *rawAttrReader) next() (key, val []byte, ok bool) {
	raw := r.raw
	if r.i >= len(raw) || raw[r.i] == '>' {
		r.i = len(raw)
		return nil, nil, false
	}
	// The key: up to white space, '/', '>' or '=', where a '=' first is
	// part of it.
	ks := r.i
	for r.i < len(raw) {
		c := raw[r.i]
		if c == '=' && r.i == ks {
			r.i++
			continue
		}
		if c == '=' || c == '/' || c == '>' || isTagSpace(c) {
			break
		}
		r.i++
	}
	key = raw[ks:r.i]
	val = r.value()
	r.skipSpace()
	return key, val, true
}

// value reads an attribute's value after its key: nothing unless a '='
// follows, then a quoted value, or one up to white space or '>'.
func (r *rawAttrReader) value() []byte {
	raw := r.raw
	r.skipSpace()
	if r.i >= len(raw) {
		return nil
	}
	c := raw[r.i]
	r.i++
	if c == '/' {
		return nil
	}
	if c != '=' {
		r.i--
		return nil
	}
	r.skipSpace()
	if r.i >= len(raw) {
		return nil
	}
	quote := raw[r.i]
	r.i++
	switch quote {
	case '>':
		r.i--
		return nil
	case '\'', '"':
		vs := r.i
		j := bytes.IndexByte(raw[vs:], quote)
		if j < 0 {
			r.i = len(raw)
			return raw[vs:]
		}
		r.i = vs + j + 1
		return raw[vs : vs+j]
	}
	vs := r.i - 1
	for r.i < len(raw) {
		c := raw[r.i]
		if isTagSpace(c) {
			r.i++
			return raw[vs : r.i-1]
		}
		if c == '>' {
			return raw[vs:r.i]
		}
		r.i++
	}
	return raw[vs:]
}
