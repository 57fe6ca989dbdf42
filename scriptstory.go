package wirestory

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Pages built by a script framework may carry their story only in the
// script's state: a JSON (or JavaScript) string holding the story's HTML,
// "\u003cp\u003eThe council ...\u003c/p\u003e", which the script renders
// after load. When a page's markup holds no story, the story is read from
// the longest such string: one that holds several <p> elements with prose.
//
// The contents of scripts are cut before the walker reads a page
// (stripRawText), in place; a scriptStash keeps a copy of the scripts that
// may hold such a string, judged by a cheap test, so that the fallback can
// read them. Nothing here is keyed to a site or a field's name.

// Bounds on the script text kept and read.
const (
	// maxScriptStash bounds the bytes of script kept for the fallback, in
	// all a page's scripts; a script past it is kept in part.
	maxScriptStash = 4 << 20
	// minScriptStory is the shortest script kept: a story of several
	// paragraphs is longer.
	minScriptStory = 500
	// maxScriptDepth bounds how many times a string is decoded: a string
	// may hold JSON whose strings hold the HTML.
	maxScriptDepth = 3
	// minScriptParas and minScriptText are what a string's HTML must hold
	// to be read as a story: that many <p> elements and that many bytes of
	// text outside tags.
	minScriptParas = 3
	minScriptText  = 400
)

// A scriptStash keeps copies of the scripts cut from a page that may hold
// a story's HTML in a string.
type scriptStash struct {
	buf   []byte
	spans [][2]int
}

// add keeps a copy of the script text s when it may hold HTML paragraphs:
// it is long enough and holds at least two paragraph end tags, however
// escaped ("</p>", "<\/p>", "\u003c/p\u003e").
func (st *scriptStash) add(s []byte) {
	if st == nil || len(s) < minScriptStory || len(st.buf) >= maxScriptStash || paraEnds(s, 2) < 2 {
		return
	}
	s = s[:min(len(s), maxScriptStash-len(st.buf))]
	start := len(st.buf)
	st.buf = append(st.buf, s...)
	st.spans = append(st.spans, [2]int{start, len(st.buf)})
}

// paraEnds counts, up to limit, the paragraph end tags in s: "/p" followed
// by '>' or by a backslash that starts an escaped '>' or '/'.
func paraEnds(s []byte, limit int) int {
	n := 0
	for i := 0; n < limit; {
		j := bytes.Index(s[i:], []byte("/p"))
		if j < 0 {
			break
		}
		i += j + 2
		if i < len(s) && (s[i] == '>' || s[i] == '\\') {
			n++
		}
	}
	return n
}

// scriptStory reads the story of a page from the HTML strings in its
// scripts, with the page's metadata: the longest string that holds
// several paragraphs of prose, walked as a page. Only a page whose
// metadata says it is an article (og:type, a JSON-LD article type) is
// read so: the scripts of shops, listings and landing pages hold product
// descriptions and teasers' texts as well. It returns false when no string
// holds a story.
func scriptStory(st *scriptStash, meta pageMeta, m *bodyModel) (*page, reading, bool) {
	if len(st.spans) == 0 || !declaresArticle(&meta) {
		return nil, reading{}, false
	}
	var best, scratch []byte
	bestText := 0
	for _, sp := range st.spans {
		best, scratch, bestText = bestHTMLString(st.buf[sp[0]:sp[1]], 1, best, scratch, bestText)
	}
	if best == nil {
		return nil, reading{}, false
	}
	// The string is the story's body: the walker reads it as an article.
	h := make([]byte, 0, len(best)+len("<article></article>"))
	h = append(append(append(h, "<article>"...), best...), "</article>"...)
	pg := walkHTML(stripRawText(h), false)
	pg.meta = meta
	pg.blocks = slices.DeleteFunc(pg.blocks, func(b block) bool { return isPlaceholder(b.text) })
	rd := assembleWith(pg, m)
	if len(rd.article.Paragraphs) == 0 {
		return nil, reading{}, false
	}
	return pg, rd, true
}

// declaresArticle reports whether a page's metadata says it is an
// article: its og:type, or the type of one of its JSON-LD objects.
func declaresArticle(m *pageMeta) bool {
	if strings.HasPrefix(m.ogType, "article") {
		return true
	}
	return slices.ContainsFunc(m.ldTypes, func(t string) bool { return articleTypes[t] })
}

// bestHTMLString reads the string literals of the script text s and
// returns, as best, the decoded string with the most text outside tags
// that holds a story's HTML (see isStoryHTML), or the best given when none
// has more text than bestText. A string that holds no HTML but escaped
// HTML (JSON in a string) is read in turn, up to maxScriptDepth levels.
// scratch is a buffer to decode into; the buffers are swapped, not
// copied, so the cost is linear in len(s) at each level.
func bestHTMLString(s []byte, depth int, best, scratch []byte, bestText int) ([]byte, []byte, int) {
	for i := 0; i < len(s); {
		q := s[i]
		if q != '"' && q != '\'' {
			i++
			continue
		}
		end, escaped := stringEnd(s, i+1, q)
		lit := s[i+1 : end]
		i = end + 1
		if len(lit) < minScriptText || paraEnds(lit, 2) < 2 {
			continue
		}
		if !escaped {
			if n := storyText(lit); n > bestText {
				best = append(best[:0], lit...)
				bestText = n
			}
			continue
		}
		scratch = decodeJSString(scratch[:0], lit)
		if n := storyText(scratch); n > bestText {
			best, scratch, bestText = scratch, best, n
			continue
		}
		if depth < maxScriptDepth && bytes.IndexByte(scratch, '\\') >= 0 {
			// The string may hold strings: read them from a copy, as
			// scratch is reused below.
			inner := bytes.Clone(scratch)
			best, scratch, bestText = bestHTMLString(inner, depth+1, best, scratch, bestText)
		}
	}
	return best, scratch, bestText
}

// stringEnd returns the offset of the quote q that ends the string literal
// starting at from in s, and whether the literal holds escapes. A literal
// ends at a raw line end too (JSON and JavaScript strings hold none), or at
// the end of s.
func stringEnd(s []byte, from int, q byte) (int, bool) {
	escaped := false
	for j := from; j < len(s); j++ {
		switch s[j] {
		case q, '\n', '\r':
			return j, escaped
		case '\\':
			escaped = true
			j++
		}
	}
	return len(s), escaped
}

// storyText returns the bytes of text outside tags in the HTML h when it
// holds at least minScriptParas <p> elements and minScriptText bytes of
// such text, else 0.
func storyText(h []byte) int {
	paras, text := 0, 0
	for i := 0; i < len(h); {
		j := bytes.IndexByte(h[i:], '<')
		if j < 0 {
			text += len(h) - i
			break
		}
		text += j
		i += j + 1
		if i+1 < len(h) && (h[i] == 'p' || h[i] == 'P') && isTagNameEnd(h[i+1]) {
			paras++
		}
		k := bytes.IndexByte(h[i:], '>')
		if k < 0 {
			break
		}
		i += k + 1
	}
	if paras < minScriptParas || text < minScriptText {
		return 0
	}
	return text
}

// decodeJSString appends to dst the JSON or JavaScript string literal lit
// (without its quotes) decoded: \n, \t and the like, \uXXXX (with
// surrogate pairs), \u{X...}, \xHH; a backslash before another character
// stands for that character, and one before a line end for nothing.
func decodeJSString(dst, lit []byte) []byte {
	for i := 0; i < len(lit); {
		j := bytes.IndexByte(lit[i:], '\\')
		if j < 0 {
			return append(dst, lit[i:]...)
		}
		dst = append(dst, lit[i:i+j]...)
		i += j + 1
		if i >= len(lit) {
			break
		}
		c := lit[i]
		i++
		switch c {
		case 'n':
			dst = append(dst, '\n')
		case 't':
			dst = append(dst, '\t')
		case 'r':
			dst = append(dst, '\r')
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'v':
			dst = append(dst, '\v')
		case '\n':
		case 'x':
			if r, ok := hexRune(lit, i, 2); ok {
				dst = utf8.AppendRune(dst, r)
				i += 2
			} else {
				dst = append(dst, c)
			}
		case 'u':
			r, n := uEscape(lit, i)
			if n == 0 {
				dst = append(dst, c)
				break
			}
			i += n
			if utf16.IsSurrogate(r) {
				r2, n2 := rune(0), 0
				if i+1 < len(lit) && lit[i] == '\\' && lit[i+1] == 'u' {
					r2, n2 = uEscape(lit, i+2)
				}
				if d := utf16.DecodeRune(r, r2); n2 > 0 && d != utf8.RuneError {
					r = d
					i += 2 + n2
				} else {
					r = utf8.RuneError
				}
			}
			dst = utf8.AppendRune(dst, r)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// uEscape reads the code of a \u escape whose 'u' ends before s[i]: four
// hex digits, or hex digits in braces. It returns the code and the bytes
// read, 0 when there is no escape.
func uEscape(s []byte, i int) (rune, int) {
	if i < len(s) && s[i] == '{' {
		end := bytes.IndexByte(s[i:min(len(s), i+9)], '}')
		if end < 2 {
			return 0, 0
		}
		r, ok := hexRune(s, i+1, end-1)
		if !ok || r > utf8.MaxRune {
			return 0, 0
		}
		return r, end + 1
	}
	r, ok := hexRune(s, i, 4)
	if !ok {
		return 0, 0
	}
	return r, 4
}

// hexRune reads n hex digits at s[i:].
func hexRune(s []byte, i, n int) (rune, bool) {
	if i+n > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range s[i : i+n] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// isPlaceholder reports whether a block of a script's HTML is a template's
// placeholder that the script fills ("$$ARTICLEAD$$", "{{related}}",
// "[[ad_slot]]"): one word of letters, digits, '_', '-' or ':' between the
// same two symbols doubled.
func isPlaceholder(t string) bool {
	if len(t) < 5 || len(t) > 64 {
		return false
	}
	open, close := t[:2], t[len(t)-2:]
	switch open {
	case "$$", "%%", "##", "@@", "__":
		if close != open {
			return false
		}
	case "{{":
		if close != "}}" {
			return false
		}
	case "[[":
		if close != "]]" {
			return false
		}
	default:
		return false
	}
	for _, c := range []byte(t[2 : len(t)-2]) {
		if !isASCIILetter(c) && !('0' <= c && c <= '9') && c != '_' && c != '-' && c != ':' {
			return false
		}
	}
	return true
}
