package wirestory

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A tokenizer splits a page into tokens by the rules of golang.org/x/net/html's
// Tokenizer, reading the page's bytes where they lie: the token types, raw
// bytes and text it gives are the Tokenizer's (a test holds them to it on
// every corpus page and on fuzzed input). The Tokenizer reads the page a
// byte per call through a buffer of its own, and copies and lower-cases the
// key of every attribute of every tag to drop repeated keys; the walker
// needs none of that. Comments and doctypes are both CommentToken here: the
// walker reads neither.
//
// The tokenizer never changes the page: a page may be walked twice.
type tokenizer struct {
	data []byte
	pos  int // where the next token starts
	tt   html.TokenType
	// The token's raw bytes are data[raw0:raw1]; a text token's text,
	// before decoding, is the same.
	raw0, raw1 int
	// rawTag is the lower-case name of a raw-text element whose start tag
	// was the last token: what follows is its text, up to its end tag.
	rawTag string
	// textIsRaw says the text token's character references are not
	// decoded, convertNUL that its NUL bytes are read as U+FFFD.
	textIsRaw, convertNUL bool
	scratch               []byte // the last text that had to be rewritten
}

func newTokenizer(data []byte) *tokenizer { return &tokenizer{data: data} }

// NextIsNotRawText makes the next token be read as markup even after the
// start tag of a raw-text element, as the Tokenizer's method of that name.
func (z *tokenizer) NextIsNotRawText() { z.rawTag = "" }

// Raw returns the token's raw bytes, which belong to the page.
func (z *tokenizer) Raw() []byte { return z.data[z.raw0:z.raw1] }

// Next reads the next token and returns its type; ErrorToken at the end
// of the page, or at a tag the page ends inside.
func (z *tokenizer) Next() html.TokenType {
	data := z.data
	z.raw0 = z.pos
	if tag := z.rawTag; tag != "" {
		z.rawTag = ""
		var end int
		switch tag {
		case "plaintext":
			end = len(data)
		case "script":
			end = z.scriptEnd(z.pos)
		default:
			end = z.rawTextEnd(z.pos, tag)
		}
		if end > z.pos {
			z.textIsRaw = tag != "textarea" && tag != "title"
			z.convertNUL = true
			return z.token(html.TextToken, end)
		}
	}
	z.textIsRaw, z.convertNUL = false, false
	for i := z.pos; ; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 || i+j+1 >= len(data) {
			break
		}
		lt := i + j
		c := data[lt+1]
		if !isASCIILetter(c) && c != '/' && c != '!' && c != '?' {
			i = lt + 1
			continue
		}
		if lt > z.raw0 {
			return z.token(html.TextToken, lt) // the text before the tag
		}
		switch {
		case isASCIILetter(c):
			end, nameEnd, ok := z.tagEnd(lt + 1)
			if !ok {
				return z.token(html.ErrorToken, len(data))
			}
			tt := html.StartTagToken
			if data[end-2] == '/' && z.selfClosing(lt, end) {
				tt = html.SelfClosingTagToken
			}
			z.rawTag = rawTextTag(data[lt+1 : nameEnd])
			return z.token(tt, end)
		case c == '/':
			if lt+2 >= len(data) {
				return z.token(html.TextToken, len(data)) // "</" ends the page
			}
			switch c := data[lt+2]; {
			case c == '>':
				return z.token(html.CommentToken, lt+3)
			case isASCIILetter(c):
				end, _, ok := z.tagEnd(lt + 2)
				if !ok {
					return z.token(html.ErrorToken, len(data))
				}
				return z.token(html.EndTagToken, end)
			}
			return z.token(html.CommentToken, z.closeAngle(lt+2))
		case c == '!' && bytes.HasPrefix(data[lt+2:], []byte("--")):
			return z.token(html.CommentToken, z.commentEnd(lt+4))
		default: // "<!", a doctype or a bogus comment, or "<?"
			return z.token(html.CommentToken, z.closeAngle(lt+2))
		}
	}
	if z.raw0 < len(data) {
		return z.token(html.TextToken, len(data))
	}
	return z.token(html.ErrorToken, len(data))
}

// token makes the bytes from the token's start to end a token of type tt.
func (z *tokenizer) token(tt html.TokenType, end int) html.TokenType {
	z.tt, z.raw1, z.pos = tt, end, end
	return tt
}

// closeAngle returns the offset after the first '>' at or after i, or the
// page's length.
func (z *tokenizer) closeAngle(i int) int {
	if i >= len(z.data) {
		return len(z.data)
	}
	if j := bytes.IndexByte(z.data[i:], '>'); j >= 0 {
		return i + j + 1
	}
	return len(z.data)
}

// commentEnd returns the offset after the end of a comment whose text
// starts at i ("<!--" before it): after "-->" or "--!>", or after the '>' of
// "<!-->" and "<!--->", or the page's length.
func (z *tokenizer) commentEnd(i int) int {
	data := z.data
	dashes, beginning := 0, true
	for ; i < len(data); i++ {
		switch data[i] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i + 1
			}
		case '!':
			if dashes >= 2 {
				i++
				if i >= len(data) {
					return len(data)
				}
				switch data[i] {
				case '>':
					return i + 1
				case '-':
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return len(data)
}

// tagEnd reads a start or end tag whose name starts at i, by the
// Tokenizer's rules for its name and attributes, and returns the offset
// after its '>' and the offset where its name ends; ok is false when the
// page ends inside the tag.
func (z *tokenizer) tagEnd(i int) (end, nameEnd int, ok bool) {
	data := z.data
	n := len(data)
	i++ // the name's first byte, whatever it is
	for ; ; i++ {
		if i >= n {
			return 0, 0, false
		}
		if c := data[i]; isTagSpace(c) {
			nameEnd = i
			i++
			break
		} else if c == '/' || c == '>' {
			nameEnd = i
			break
		}
	}
	if i = z.skipSpace(i); i >= n {
		return 0, 0, false
	}
	for {
		if data[i] == '>' {
			return i + 1, nameEnd, true
		}
		// The key: up to white space, '/', '>' or '=', where a '=' first
		// is part of it.
		ks := i
		for ; i < n; i++ {
			c := data[i]
			if c == '=' && i == ks {
				continue
			}
			if c == '=' || c == '/' || c == '>' || isTagSpace(c) {
				break
			}
		}
		// The value: nothing unless a '=' follows, then a quoted value,
		// or one up to white space (which it takes) or '>'.
		if i = z.skipSpace(i); i >= n {
			return 0, 0, false
		}
		switch data[i] {
		case '/':
			i++
		case '=':
			if i = z.skipSpace(i + 1); i >= n {
				return 0, 0, false
			}
			switch q := data[i]; q {
			case '>':
			case '"', '\'':
				j := bytes.IndexByte(data[i+1:], q)
				if j < 0 {
					return 0, 0, false
				}
				i += j + 2
			default:
				for i++; ; i++ {
					if i >= n {
						return 0, 0, false
					}
					if c := data[i]; isTagSpace(c) {
						i++
						break
					} else if c == '>' {
						break
					}
				}
			}
		}
		if i = z.skipSpace(i); i >= n {
			return 0, 0, false
		}
	}
}

func (z *tokenizer) skipSpace(i int) int {
	for i < len(z.data) && isTagSpace(z.data[i]) {
		i++
	}
	return i
}

// selfClosing reports whether the start tag data[lt:end], whose last bytes
// are "/>", is self-closing by the Tokenizer's rule: the '/' is not the
// last byte of the value of the last attribute it keeps (the first of each
// key, in lower case, that is not empty). Only the last attribute of the
// tag can hold that '/', in a value without quotes that runs to the '>'.
func (z *tokenizer) selfClosing(lt, end int) bool {
	tag := z.data[lt:end]
	var lastKey []byte
	unquotedToEnd := false
	n := 0 // attributes
	for r := newRawAttrReader(tag); ; n++ {
		k, v, ok := r.next()
		if !ok {
			break
		}
		lastKey = k
		// The value ends just before the '>', and is not quoted.
		unquotedToEnd = len(v) > 0 && &v[len(v)-1] == &tag[len(tag)-2]
	}
	if !unquotedToEnd || len(lastKey) == 0 {
		return true
	}
	r := newRawAttrReader(tag)
	for range n - 1 {
		if k, _, _ := r.next(); equalLowerASCIIBytes(k, lastKey) {
			return true // the last attribute repeats a key: it is not kept
		}
	}
	return false
}

// equalLowerASCIIBytes reports whether a and b are equal once their ASCII
// letters are lowered.
func equalLowerASCIIBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		c, d := a[i], b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// rawTextTags' names, for rawTextTag.
var rawTextNames = [...]string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"}

// rawTextTag returns the lower-case name of a raw-text element whose start
// tag's name is name (in any case), or "".
func rawTextTag(name []byte) string {
	if len(name) < 3 || len(name) > 9 {
		return ""
	}
	for _, s := range rawTextNames {
		if equalLowerASCIIBytes(name, []byte(s)) {
			return s
		}
	}
	return ""
}

// rawTextEnd returns where the text of a raw-text element tag (not a
// script) that starts at i ends: at the '<' of "</tag" followed by white
// space, '/' or '>', with each letter of the name in lower or upper case;
// or at the page's end.
func (z *tokenizer) rawTextEnd(i int, tag string) int {
	data := z.data
	for {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return len(data)
		}
		lt := i + j
		if lt+1 < len(data) && data[lt+1] == '/' && z.endTagAt(lt+2, tag) {
			return lt
		}
		i = lt + 1
	}
}

// endTagAt reports whether the name tag, each letter in lower or upper
// case, and then white space, '/' or '>' stand at i.
func (z *tokenizer) endTagAt(i int, tag string) bool {
	data := z.data
	if len(data)-i <= len(tag) {
		return false
	}
	for k := range len(tag) {
		if c := data[i+k]; c != tag[k] && c != tag[k]-('a'-'A') {
			return false
		}
	}
	c := data[i+len(tag)]
	return isTagSpace(c) || c == '/' || c == '>'
}

// scriptEnd returns where the text of a script that starts at i ends, by
// the Tokenizer's script states (the "<!--" escapes, and "<script" nested
// in them).
func (z *tokenizer) scriptEnd(i int) int {
	data := z.data
	n := len(data)
	const (
		sData = iota
		sEscaped
		sEscapedDash
		sEscapedDashDash
		sDouble
		sDoubleDash
		sDoubleDashDash
	)
	st := sData
	for i < n {
		c := data[i]
		i++
		switch st {
		case sData:
			if c != '<' {
				continue
			}
			if i >= n {
				return n
			}
			switch data[i] {
			case '/':
				if z.endTagAt(i+1, "script") {
					return i - 1
				}
				i++
			case '!':
				i++
				if i < n && data[i] == '-' {
					i++
					if i < n && data[i] == '-' {
						i++
						st = sEscapedDashDash
					}
				}
			}
		case sEscaped, sEscapedDash, sEscapedDashDash:
			switch {
			case c == '-':
				st = min(st+1, sEscapedDashDash)
				continue
			case c == '>' && st == sEscapedDashDash:
				st = sData
				continue
			case c != '<':
				st = sEscaped
				continue
			}
			// "<" in escaped script.
			if i >= n {
				return n
			}
			switch d := data[i]; {
			case d == '/':
				if z.endTagAt(i+1, "script") {
					return i - 1
				}
				i++
				st = sEscaped
			case isASCIILetter(d):
				st = sEscaped
				k := 0
				for k < len("script") && i+k < n && (data[i+k] == "script"[k] || data[i+k] == "SCRIPT"[k]) {
					k++
				}
				if k == len("script") && i+k < n {
					if e := data[i+k]; isTagSpace(e) || e == '/' || e == '>' {
						st = sDouble
						i += k + 1
					}
				}
			default:
				st = sData
			}
		default: // double escaped
			switch {
			case c == '-':
				st = min(st+1, sDoubleDashDash)
				continue
			case c == '>' && st == sDoubleDashDash:
				st = sData
				continue
			case c != '<':
				st = sDouble
				continue
			}
			st = sDouble
			if i < n && data[i] == '/' {
				if z.endTagAt(i+1, "script") {
					i += 1 + len("script") + 1
					st = sEscaped
				} else {
					i++
				}
			}
		}
	}
	return n
}

// Text returns the text token's text as the Tokenizer's Text gives it: line
// ends ("\r\n", "\r") as "\n", NUL bytes of raw-text elements as U+FFFD,
// character references decoded unless the text is raw. It is valid until
// the next call.
func (z *tokenizer) Text() []byte {
	if z.tt != html.TextToken {
		return nil
	}
	s := z.data[z.raw0:z.raw1]
	cr := bytes.IndexByte(s, '\r') >= 0
	nul := z.convertNUL && bytes.IndexByte(s, 0) >= 0
	amp := !z.textIsRaw && bytes.IndexByte(s, '&') >= 0
	if !cr && !nul && !amp {
		return s
	}
	b := z.scratch[:0]
	if cr {
		b = appendLF(b, s)
	} else {
		b = append(b, s...)
	}
	z.scratch = b
	if nul {
		b = bytes.ReplaceAll(b, []byte{0}, []byte("\uFFFD"))
	}
	if amp {
		b = unescapeText(b)
	}
	return b
}

// appendLF appends s to dst with its line ends ("\r\n", "\r") as "\n".
// dst may be s[:0]: it never writes ahead of what it reads.
func appendLF(dst, s []byte) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			c = '\n'
		}
		dst = append(dst, c)
	}
	return dst
}

// unescapeText decodes the character references of text as
// golang.org/x/net/html does in text (not in attribute values), in place
// where it knows every reference of b, through html.UnescapeString where it
// does not.
func unescapeText(b []byte) []byte {
	first := bytes.IndexByte(b, '&')
	for i := first; i >= 0 && i < len(b); {
		if _, n := textEntity(b[i:]); n == 0 {
			return []byte(html.UnescapeString(string(b)))
		}
		j := bytes.IndexByte(b[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	out := b[:first]
	for i := first; i < len(b); {
		if b[i] != '&' {
			out = append(out, b[i])
			i++
			continue
		}
		r, n := textEntity(b[i:])
		// A reference is never shorter than what it decodes to: out
		// stays behind i.
		out = utf8.AppendRune(out, r)
		i += n
	}
	return out
}

// textEntity reads the character reference at the start of s, which starts
// with '&', when it is one of those it knows: numeric ones of most
// characters, the named ones in quickEntities, and an '&' that starts none
// ("& ", "&T"; then r is '&' and n 1). n is how many bytes it takes; 0 when
// it does not know.
func textEntity(s []byte) (r rune, n int) {
	if len(s) < 2 {
		return '&', 1
	}
	if s[1] == '#' {
		i := 2
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		i0 := i
		var x int64
		for i < len(s) && i-i0 < 8 {
			c := s[i]
			switch {
			case '0' <= c && c <= '9':
				c -= '0'
			case hex && 'a' <= c && c <= 'f':
				c -= 'a' - 10
			case hex && 'A' <= c && c <= 'F':
				c -= 'A' - 10
			default:
				c = 255
			}
			if c == 255 {
				break
			}
			if hex {
				x = x*16 + int64(c)
			} else {
				x = x*10 + int64(c)
			}
			i++
		}
		if i == i0 {
			return '&', 1
		}
		if i < len(s) && isDigit(s[i]) || hex && i < len(s) && isHexLetter(s[i]) {
			return 0, 0 // more digits than it reads
		}
		if x == 0 || 0x80 <= x && x <= 0x9f || 0xd800 <= x && x <= 0xdfff || x > 0x10ffff {
			return 0, 0
		}
		if i < len(s) && s[i] == ';' {
			i++
		}
		return rune(x), i
	}
	i := 1
	for i < len(s) && (isASCIILetter(s[i]) || isDigit(s[i])) {
		i++
	}
	switch {
	case i == 1:
		return '&', 1 // no name
	case i < len(s) && s[i] == ';':
		if r, ok := quickEntities[string(s[1:i+1])]; ok {
			return r, i + 1
		}
	case i == 2:
		return '&', 1 // one letter and no ';' names nothing
	}
	return 0, 0
}

// quickEntities are the named character references pages use most, each
// with its ';'; a test holds them to html.UnescapeString.
var quickEntities = map[string]rune{
	"amp;": '&', "lt;": '<', "gt;": '>', "quot;": '"', "apos;": '\'', "nbsp;": '\u00a0',
	"rsquo;": '\u2019', "lsquo;": '\u2018', "rdquo;": '\u201d', "ldquo;": '\u201c', "ndash;": '\u2013',
	"mdash;": '\u2014', "hellip;": '\u2026', "copy;": '\u00a9', "reg;": '\u00ae', "trade;": '\u2122',
	"middot;": '\u00b7', "bull;": '\u2022', "laquo;": '\u00ab', "raquo;": '\u00bb', "shy;": '\u00ad',
	"eacute;": '\u00e9', "egrave;": '\u00e8', "aacute;": '\u00e1', "agrave;": '\u00e0', "oacute;": '\u00f3',
	"uacute;": '\u00fa', "iacute;": '\u00ed', "ntilde;": '\u00f1', "ccedil;": '\u00e7', "auml;": '\u00e4',
	"ouml;": '\u00f6', "uuml;": '\u00fc', "szlig;": '\u00df', "Auml;": '\u00c4', "Ouml;": '\u00d6', "Uuml;": '\u00dc',
	"euro;": '\u20ac', "pound;": '\u00a3', "deg;": '\u00b0', "times;": '\u00d7', "thinsp;": '\u2009',
	"zwnj;": '\u200c', "zwj;": '\u200d', "ensp;": '\u2002', "emsp;": '\u2003',
}
