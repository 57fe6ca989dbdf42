package crawl

import (
	"errors"
	"io"
)

// A window is a buffered reader of a WARC file that knows the file offset of
// its next byte and can go back to a marked offset. It gives the gzip
// decoder one byte at a time without reading ahead of it, so that the
// offset after a gzip member is exact, and it keeps the bytes read since
// the mark so that reading can start again just after the start of a
// broken member, wherever its decoder stopped.
type window struct {
	src  io.Reader
	buf  []byte // buf[r:w] not yet read; buf[mark:r] kept for rewind
	r, w int
	base int64 // file offset of buf[0]
	mark int   // index in buf of the mark, or -1
	keep int   // most bytes kept after the mark
	err  error // the source's error, once it has returned one
}

const windowChunk = 256 << 10

func newWindow(src io.Reader, offset int64, keep int) *window {
	return &window{src: src, buf: make([]byte, 0, windowChunk), base: offset, mark: -1, keep: keep}
}

// pos returns the file offset of the next byte.
func (b *window) pos() int64 { return b.base + int64(b.r) }

// setMark marks the current offset; rewind can come back to it or past it
// while at most b.keep bytes have been read since.
func (b *window) setMark() { b.mark = b.r }

// rewind moves back to offset, which must be at or after the mark and
// before the current offset, and reports whether it could.
func (b *window) rewind(offset int64) bool {
	i := offset - b.base
	if b.mark < 0 || i < int64(b.mark) || i > int64(b.r) {
		return false
	}
	b.r = int(i)
	return true
}

// fill reads more of the source into buf, and returns false at the end of
// the source or on its error.
func (b *window) fill() bool {
	if b.err != nil {
		return false
	}
	start := b.r
	if b.mark >= 0 {
		if b.r-b.mark > b.keep {
			b.mark = -1 // too long to keep: no rewind for this member
		} else {
			start = b.mark
		}
	}
	if start > 0 && (b.w == cap(b.buf) || start > cap(b.buf)/2) {
		// Slide the bytes still needed to the front.
		n := copy(b.buf[:cap(b.buf)], b.buf[start:b.w])
		b.base += int64(start)
		b.r -= start
		b.w = n
		if b.mark >= 0 {
			b.mark -= start
		}
		b.buf = b.buf[:n]
	}
	if b.w == cap(b.buf) {
		nb := make([]byte, b.w, 2*cap(b.buf))
		copy(nb, b.buf)
		b.buf = nb
	}
	for range 100 {
		n, err := b.src.Read(b.buf[b.w:cap(b.buf)])
		b.w += n
		b.buf = b.buf[:b.w]
		if err != nil {
			b.err = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	b.err = io.ErrNoProgress
	return false
}

// readErr is the error to return when the source has no more bytes.
func (b *window) readErr() error {
	if b.err == nil || errors.Is(b.err, io.EOF) {
		return io.EOF
	}
	return b.err
}

func (b *window) Read(p []byte) (int, error) {
	if b.r == b.w && !b.fill() {
		return 0, b.readErr()
	}
	n := copy(p, b.buf[b.r:b.w])
	b.r += n
	return n, nil
}

func (b *window) ReadByte() (byte, error) {
	if b.r == b.w && !b.fill() {
		return 0, b.readErr()
	}
	c := b.buf[b.r]
	b.r++
	return c, nil
}

// peek returns the next n bytes without reading them, or fewer at the end
// of the source.
func (b *window) peek(n int) []byte {
	for b.w-b.r < n && b.fill() {
	}
	return b.buf[b.r:min(b.w, b.r+n)]
}

// discard skips n bytes, or as many as there are.
func (b *window) discard(n int) {
	for n > 0 {
		if b.r == b.w && !b.fill() {
			return
		}
		k := min(n, b.w-b.r)
		b.r += k
		n -= k
	}
}
