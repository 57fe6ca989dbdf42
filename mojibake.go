package wirestory

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// A dump can be mojibake: a page in UTF-8 that the browser decoded in a
// legacy charset and that was written out again in UTF-8, so that "首页"
// reads "棣栭〉" (GBK) and "Привет" reads "РџСЂРёРІРµС‚" (Windows-1251).
// repairDumpMojibake undoes that, line by line, for the legacy charsets
// whose characters take more than one byte of UTF-8 each to fake; UTF-8
// read as Windows-1252 or Latin-1 ("CortÃ©s") Clean repairs on its own,
// one character at a time.
//
// A line is repaired in a charset only when all of it encodes in that
// charset, the bytes are valid UTF-8 (but at a "�" the browser left where
// it met bytes that the charset does not have: the character cut there is
// lost), they make fewer characters than the line had, and each of their
// characters is one that a page in the charset's languages writes
// (ideographs, kana, hangul, Cyrillic, common punctuation). Genuine text
// in the charset's own languages hardly ever passes: its bytes break the
// UTF-8 rules within a character or two. To be sure, a dump is repaired
// only when its lines repaired in one charset give at least
// minMojibakeRunes characters in all, counting only lines that give at
// least minMojibakeLineRunes each; then every line that passes is
// repaired, a few characters that do not decode taken for holes.

// minRepairedPerHole is the fewest characters outside ASCII a line of a
// dump that is mojibake gives for each hole made where it does not
// decode (a character the browser cut that left no "�"): a line with
// more holes is left as it is.
const minRepairedPerHole = 8

// minMojibakeLineRunes is the fewest non-ASCII characters a repaired line
// gives for it to count as evidence that a dump is mojibake.
const minMojibakeLineRunes = 3

// minMojibakeRunes is the fewest non-ASCII characters the lines that are
// evidence give together for a dump to be repaired.
const minMojibakeRunes = 8

// A mojibakeCharset is a legacy charset whose mojibake is repaired.
type mojibakeCharset struct {
	enc encoding.Encoding
	// plausible reports whether a page in the charset's languages
	// writes the character.
	plausible func(rune) bool
	// special, if not nil, gives the bytes that browsers decode as a
	// character of the charset where its encoder gives others or none.
	special func(rune) ([2]byte, int)
	// keepNBSP is set for the charsets in which U+00A0 is no single
	// byte: there a no-break space is the page's "&nbsp;", not mojibake.
	keepNBSP bool
}

// mojibakeCharsets are the charsets tried, in order. A browser reads a
// page labelled GBK as GB18030. Big5 is left out: UTF-8 read in it loses
// most characters, and some of its characters have two codes, so that
// what is left does not come back.
var mojibakeCharsets = [...]mojibakeCharset{
	{simplifiedchinese.GB18030, plausibleEastAsian, gb18030Special, true},
	{japanese.ShiftJIS, plausibleEastAsian, shiftJISSpecial, true},
	{korean.EUCKR, plausibleEastAsian, nil, true},
	{charmap.Windows1251, plausibleCyrillic, nil, false},
}

// plausibleEastAsian reports whether r is a character of Chinese,
// Japanese or Korean text: ideographs, kana, hangul, full-width forms,
// their punctuation, and the Latin-1 letters and signs and the general
// punctuation that such text quotes.
func plausibleEastAsian(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return true
	case r >= 0xa0 && r <= 0x17f, plausibleSign(r):
		return true
	case r >= 0x3000 && r <= 0x30ff, // CJK punctuation, kana
		r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, // ideographs
		r >= 0xac00 && r <= 0xd7a3, // hangul
		r >= 0xf900 && r <= 0xfaff, // compatibility ideographs
		r >= 0xff00 && r <= 0xffef: // full-width and half-width forms
		return true
	}
	return false
}

// plausibleCyrillic reports whether r is a character of Cyrillic text or
// of the punctuation and Latin-1 signs that it uses.
func plausibleCyrillic(r rune) bool {
	return r < utf8.RuneSelf || r >= 0xa0 && r <= 0xff || r >= 0x400 && r <= 0x4ff || plausibleSign(r)
}

// plausibleSign reports whether r is general punctuation, a letter-like
// sign ("№", "℃"), an arrow, a circled number or a geometric shape.
func plausibleSign(r rune) bool {
	return r >= 0x2010 && r <= 0x205e || r >= 0x2100 && r <= 0x21ff || r >= 0x2460 && r <= 0x24ff ||
		r >= 0x25a0 && r <= 0x25ff
}

// repairDumpMojibake returns a dump with the lines that are mojibake
// repaired; see above. It returns s itself when there is nothing to
// repair, and it takes time linear in the length of s.
func repairDumpMojibake(s string) string {
	if !mayBeMojibake(s) {
		return s
	}
	best, bestRunes := -1, 0
	// The coders, with their buffers, are made once for the dump, so
	// that reading a line allocates nothing.
	coders := new([len(mojibakeCharsets)]mojibakeCoder)
	for i := range mojibakeCharsets {
		coders[i] = mojibakeCoder{cs: &mojibakeCharsets[i], enc: mojibakeCharsets[i].enc.NewEncoder()}
		n := 0
		for line := range strings.Lines(s) {
			if !mayBeMojibake(line) {
				continue
			}
			if k, ok := repairLine(&coders[i], line, nil); ok && k >= minMojibakeLineRunes {
				n += k
			}
		}
		if n >= minMojibakeRunes && n > bestRunes {
			best, bestRunes = i, n
		}
	}
	if best < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	coder := &coders[best]
	for line := range strings.Lines(s) {
		if mayBeMojibake(line) {
			var out strings.Builder
			if _, ok := repairLine(coder, line, &out); ok {
				b.WriteString(restoreDateSigns(out.String()))
				continue
			}
		}
		b.WriteString(line)
	}
	return b.String()
}

// mayBeMojibake reports whether s has two characters outside ASCII, one of
// them at U+0400 or above: mojibake of the charsets tried always has
// (UTF-8's lead bytes read in them give ideographs or Cyrillic). It
// allocates nothing.
func mayBeMojibake(s string) bool {
	n, high := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n++
		high = high || r >= 0x400
		if n >= 2 && high {
			return true
		}
		i += size - 1
	}
	return false
}

// repairLine encodes line with coder and decodes the bytes as UTF-8. It
// reports how many characters outside ASCII that gives and whether the
// line is mojibake: it all encodes, the bytes are valid UTF-8 (each piece
// of the line between two "�" on its own, with the bytes of a character
// cut by a "�" dropped), they give fewer characters than the line has and
// at least one outside ASCII, and plausible holds for each. If out is not
// nil, the repaired line is written to it, a "�" kept for each hole, and
// the line is read leniently, as a line of a dump known to be mojibake:
// where it does not decode, a hole is made (see utf8Runes.hole), at most
// one for each minRepairedPerHole characters it gives.
func repairLine(coder *mojibakeCoder, line string, out *strings.Builder) (int, bool) {
	cs := coder.cs
	d := utf8Runes{lenient: out != nil}
	start := 0
	for i, r := range line {
		var b [2]byte
		n := 0
		if r == '\u00a0' && cs.keepNBSP {
			// "&nbsp;" reads the same in any charset.
			if !repairPiece(coder, line[start:i], &d, out) || d.n > 0 {
				return 0, false
			}
			start = i + len("\u00a0")
			d.all++
			if out != nil {
				out.WriteRune(r)
			}
			continue
		}
		if r != utf8.RuneError && cs.special != nil {
			if b, n = cs.special(r); n == 0 {
				continue
			}
		} else if r != utf8.RuneError {
			continue
		}
		if !repairPiece(coder, line[start:i], &d, out) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(line[i:]) // 1 for an invalid byte
		start = i + size
		if r == '€' && n == 1 && d.need() == 1 && gb18030Next(coder, line[start:]) {
			// "€" is also bytes A2 E3 in GB18030: the end of a
			// character and the start of the next, which is cut
			// in two when a character follows whose bytes
			// continue one.
			b, n = [2]byte{0xa2, 0xe3}, 2
		}
		if n > 0 {
			if !d.feed(b[:n], cs.plausible, out) {
				return 0, false
			}
			continue
		}
		// A hole (or an invalid byte, which a dump does not have):
		// the bytes of a character cut by it are dropped, and so are
		// those after it up to the next character.
		if out != nil {
			out.WriteRune(cutMark(d.buf[:d.n]))
		}
		d.n = 0
		d.all++
		d.skipLead = true
	}
	if !repairPiece(coder, line[start:], &d, out) || d.n > 0 {
		return 0, false
	}
	return d.got, d.got > 0 && d.forced*minRepairedPerHole <= d.got && d.all < utf8.RuneCountInString(line)
}

// gb18030Next reports whether the text s, which follows a "€", starts with
// a character whose first byte in GB18030 continues a character of UTF-8.
func gb18030Next(coder *mojibakeCoder, s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case size == 0 || r < utf8.RuneSelf || r == utf8.RuneError:
		return false
	case r == '€':
		return true
	}
	if b, n := gb18030Special(r); n > 0 {
		return b[0] < 0xc0
	}
	coder.enc.Reset()
	n, _, _ := coder.enc.Transform(coder.dst[:], coder.src[:copy(coder.src[:], s[:size])], true)
	return n > 0 && 0x80 <= coder.dst[0] && coder.dst[0] < 0xc0
}

// shiftJISSpecial returns the byte a browser decodes as r in a page in
// Shift-JIS where the encoder of golang.org/x/text has none: 0x80, which
// is U+0080.
func shiftJISSpecial(r rune) ([2]byte, int) {
	if r == 0x80 {
		return [2]byte{0x80}, 1
	}
	return [2]byte{}, 0
}

// gb18030Special returns the bytes a browser decodes as r in a page in GBK
// or GB18030 where the encoder of golang.org/x/text gives others: byte
// 0x80 for "€" (the Windows code page's extension) and the user-defined
// areas of GBK, which are read as private-use characters.
func gb18030Special(r rune) ([2]byte, int) {
	switch {
	case r == '€':
		return [2]byte{0x80}, 1
	case r >= 0xe000 && r < 0xe234:
		k := r - 0xe000
		return [2]byte{byte(0xaa + k/94), byte(0xa1 + k%94)}, 2
	case r >= 0xe234 && r < 0xe4c6:
		k := r - 0xe234
		return [2]byte{byte(0xf8 + k/94), byte(0xa1 + k%94)}, 2
	case r >= 0xe4c6 && r < 0xe766:
		k := r - 0xe4c6
		t := 0x40 + k%96
		if t >= 0x7f {
			t++ // 0x7f is no trail byte
		}
		return [2]byte{byte(0xa1 + k/96), byte(t)}, 2
	}
	return [2]byte{}, 0
}

// repairPiece is repairLine for a piece of a line with no "�" in it:
// the characters are read by d, which may end within one.
func repairPiece(coder *mojibakeCoder, s string, d *utf8Runes, out *strings.Builder) bool {
	coder.enc.Reset()
	src, dst, plausible := coder.src[:], coder.dst[:], coder.cs.plausible
	pending := 0
	for i := 0; ; {
		k := copy(src[pending:], s[i:])
		i += k
		pending += k
		atEOF := i == len(s)
		nDst, nSrc, err := coder.enc.Transform(dst, src[:pending], atEOF)
		if !d.feed(dst[:nDst], plausible, out) {
			return false
		}
		if err != nil && err != transform.ErrShortSrc && err != transform.ErrShortDst {
			// A character the charset does not have.
			if !d.hole(out) {
				return false
			}
			_, size := utf8.DecodeRune(src[nSrc:pending])
			nSrc += size
		}
		pending = copy(src, src[nSrc:pending])
		if atEOF && pending == 0 {
			break
		}
		if nSrc == 0 && nDst == 0 && (atEOF || k == 0) {
			return false // no progress: cannot happen with a sound coder
		}
	}
	return true
}

// A mojibakeCoder encodes text in a charset of mojibakeCharsets.
type mojibakeCoder struct {
	cs  *mojibakeCharset
	enc *encoding.Encoder
	src [64]byte
	dst [4 * 64]byte // a character takes at most 4 bytes in the charsets
}

// utf8Runes reads UTF-8 fed to it in pieces.
type utf8Runes struct {
	buf      [utf8.UTFMax]byte
	n        int  // bytes of buf in use
	skipLead bool // drop continuation bytes until a character starts
	got      int  // characters outside ASCII read
	all      int  // characters read
	lenient  bool // make a hole of what is not valid, see hole
	forced   int  // holes made so
}

// hole makes a hole where the text read is not valid UTF-8, cannot be
// encoded or gives an implausible character: it drops the bytes read of
// the character and those that continue it and writes a "�". It reports
// false, and does nothing, unless d is lenient.
func (d *utf8Runes) hole(out *strings.Builder) bool {
	if !d.lenient {
		return false
	}
	d.forced++
	d.all++
	d.n = 0
	d.skipLead = true
	if out != nil {
		out.WriteRune(utf8.RuneError)
	}
	return true
}

// need returns how many bytes the character being read still needs.
func (d *utf8Runes) need() int {
	if d.n == 0 {
		return 0
	}
	c := d.buf[0]
	switch {
	case c >= 0xf0:
		return 4 - d.n
	case c >= 0xe0:
		return 3 - d.n
	}
	return 2 - d.n
}

// feed reads p, writing each character to out if out is not nil. It
// reports false at a byte that is not valid UTF-8 or a character for which
// plausible is false.
func (d *utf8Runes) feed(p []byte, plausible func(rune) bool, out *strings.Builder) bool {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if d.skipLead {
			if utf8.RuneStart(c) {
				d.skipLead = false
			} else {
				continue
			}
		}
		if d.n == 0 && c < utf8.RuneSelf {
			d.all++
			if out != nil {
				out.WriteByte(c)
			}
			continue
		}
		if d.n > 0 && utf8.RuneStart(c) {
			if !d.hole(out) {
				return false
			}
			i-- // c starts the next character
			continue
		}
		d.buf[d.n] = c
		d.n++
		if !utf8.FullRune(d.buf[:d.n]) {
			continue
		}
		r, size := utf8.DecodeRune(d.buf[:d.n])
		if r == utf8.RuneError && size <= 1 || size != d.n || !plausible(r) {
			if !d.hole(out) {
				return false
			}
			continue
		}
		d.n = 0
		d.got++
		d.all++
		if out != nil {
			out.WriteRune(r)
		}
	}
	return true
}
