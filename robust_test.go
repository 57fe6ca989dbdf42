package wirestory

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// This file feeds Parse the input a crawler meets in the wild: empty,
// binary, mis-encoded, huge, deeply nested or broken pages, and readers
// that fail. Each case states its outcome: an Article, ErrNoArticle or
// ErrTooLarge, never a panic.

// storyLine returns the k-th paragraph of a made-up story: a sentence of
// prose, different for every k.
func storyLine(k int) string {
	return fmt.Sprintf("The council met for the %dth time on Tuesday and voted to extend the water program for another year, officials said.", k)
}

// textStory returns a text page: a headline and n paragraphs, a blank line
// apart, the first with a dateline.
func textStory(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Council extends water program\n\n")
	for k := range n {
		if k == 0 {
			b.WriteString("SPRINGFIELD (AP) — ")
		}
		b.WriteString(storyLine(k))
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

// htmlStory returns an HTML page with n paragraphs in an <article>, open
// written before the article and close after it.
func htmlStory(n int, open, close string) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Council extends water program</title></head><body>")
	b.WriteString(open)
	b.WriteString("<article><h1>Council extends water program</h1>")
	for k := range n {
		b.WriteString("<p>")
		if k == 0 {
			b.WriteString("SPRINGFIELD (AP) — ")
		}
		b.WriteString(storyLine(k))
		b.WriteString("</p>\n")
	}
	b.WriteString("</article>")
	b.WriteString(close)
	b.WriteString("</body></html>")
	return b.Bytes()
}

func gzipped(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

// utf16LE returns s in UTF-16, little-endian, with a byte-order mark.
func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		if r >= 0x10000 {
			panic("utf16LE: rune outside the BMP")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// utf16BE returns s in UTF-16, big-endian, with a byte-order mark.
func utf16BE(s string) []byte {
	b := utf16LE(s)
	for i := 0; i+1 < len(b); i += 2 {
		b[i], b[i+1] = b[i+1], b[i]
	}
	return b
}

// A badInput is one hostile input and what Parse must make of it.
type badInput struct {
	name   string
	data   []byte
	parser Parser
	// err is the error Parse must return; nil means an Article.
	err error
	// check, if set, checks the Article further.
	check func(t *testing.T, a *Article)
}

// wantParagraphs returns a check that the Article has n paragraphs, the
// first being lede and the last storyLine(n-1).
func wantParagraphs(n int) func(t *testing.T, a *Article) {
	return func(t *testing.T, a *Article) {
		t.Helper()
		if len(a.Paragraphs) != n {
			t.Fatalf("got %d paragraphs, want %d", len(a.Paragraphs), n)
		}
		if a.Paragraphs[0] != storyLine(0) || a.Paragraphs[n-1] != storyLine(n-1) {
			t.Errorf("paragraphs %q ... %q, want %q ... %q", a.Paragraphs[0], a.Paragraphs[n-1], storyLine(0), storyLine(n-1))
		}
		if a.Dateline.Text != "SPRINGFIELD (AP) —" {
			t.Errorf("Dateline = %q", a.Dateline.Text)
		}
	}
}

// badInputs returns the table; with big, also the inputs of many
// megabytes.
func badInputs(big bool) []badInput {
	story := textStory(5)
	page := htmlStory(5, "", "")
	pngData := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"),
		bytes.Repeat([]byte("IDATx\x9c\xed\xc1\x01\r\x00\x00\x00\xc2\xa0\xf7Om\x0e7\xa0\x00\x00"), 200)...)

	// Invalid UTF-8: Windows-1252 bytes and stray continuation and lead
	// bytes in the paragraphs.
	invalid := bytes.ReplaceAll(story, []byte("water"), []byte("w\xe2ter \xff\xfe\x80 caf\xe9"))

	// NUL bytes past the first 4 KiB of a story are dropped; in its head
	// they mark the input as binary.
	nulLate := append(bytes.Repeat([]byte(" "), 5000), bytes.ReplaceAll(story, []byte("water"), []byte("wa\x00ter"))...)
	nulEarly := bytes.ReplaceAll(story, []byte("water"), []byte("wa\x00ter"))

	// Charset declarations that lie.
	utf8Story := "Les élèves du lycée ont présenté leur café-théâtre à la mairie, a déclaré le maire mardi soir."
	saysSJIS := []byte(`<html><head><meta charset="Shift_JIS"><title>x</title></head><body><article><p>` + utf8Story + `</p></article></body></html>`)
	cp1252Story := "Les \xe9l\xe8ves du lyc\xe9e ont pr\xe9sent\xe9 leur caf\xe9-th\xe9\xe2tre \x96 \x93gratuit\x94 \x96 \xe0 la mairie, a d\xe9clar\xe9 le maire mardi soir."
	saysUTF8 := []byte(`<html><head><meta charset="utf-8"><title>x</title></head><body><article><p>` + cp1252Story + `</p></article></body></html>`)
	wantFrench := func(want string) func(t *testing.T, a *Article) {
		return func(t *testing.T, a *Article) {
			if len(a.Paragraphs) != 1 || a.Paragraphs[0] != want {
				t.Errorf("Paragraphs = %q, want [%q]", a.Paragraphs, want)
			}
		}
	}
	cp1252Want := "Les élèves du lycée ont présenté leur café-théâtre – “gratuit” – à la mairie, a déclaré le maire mardi soir."

	cases := []badInput{
		{name: "empty", data: nil, err: ErrNoArticle},
		{name: "whitespace", data: []byte(" \n\t\r\n  \f \u00a0\n"), err: ErrNoArticle},
		{name: "png", data: pngData, err: ErrNoArticle},
		{name: "gzip of a story", data: gzipped(story), err: ErrNoArticle},
		{name: "gzip of an HTML story", data: gzipped(page), err: ErrNoArticle},
		{name: "invalid UTF-8 in a text story", data: invalid, check: func(t *testing.T, a *Article) {
			if want := "w\u00e2ter \u00ff\u00fe\u20ac caf\u00e9"; !strings.Contains(a.Paragraphs[0], want) {
				t.Errorf("paragraph %q does not hold %q (invalid bytes read as Windows-1252)", a.Paragraphs[0], want)
			}
		}},
		{name: "invalid UTF-8 in an HTML story", data: bytes.ReplaceAll(page, []byte("water"), []byte("w\xe2ter \xff\xfe\x80 caf\xe9")),
			check: func(t *testing.T, a *Article) {
				if len(a.Paragraphs) != 5 || !strings.Contains(a.Paragraphs[4], "w\u00e2ter \u00ff\u00fe\u20ac caf\u00e9") {
					t.Errorf("Paragraphs = %q, want 5 with the invalid bytes read as Windows-1252", a.Paragraphs)
				}
			}},
		{name: "only high bytes", data: bytes.Repeat([]byte{0x80, 0xc3, 0xff, 0xfe}, 1000), err: ErrNoArticle},
		{name: "UTF-16 story with a byte-order mark", data: utf16LE(string(story)), check: wantParagraphs(5)},
		{name: "text story with CR line ends", data: crLines(append(bytes.Clone(story), "Share this story\nRELATED STORIES\nCouncil Extends Water Program\n"...)),
			check: wantParagraphs(5)},
		{name: "text story with CRLF line ends", data: bytes.ReplaceAll(story, []byte("\n"), []byte("\r\n")), check: wantParagraphs(5)},
		{name: "UTF-16 HTML story, little-endian", data: utf16LE(string(htmlStory(5, "<script>var x = 1;</script>", ""))), check: wantParagraphs(5)},
		{name: "UTF-16 HTML story, big-endian", data: utf16BE(string(htmlStory(5, "<div>\n", "</div>"))), check: wantParagraphs(5)},
		{name: "NUL bytes in the head", data: nulEarly, err: ErrNoArticle},
		{name: "NUL bytes past the head", data: nulLate, check: func(t *testing.T, a *Article) {
			if len(a.Paragraphs) != 5 || !strings.Contains(a.Paragraphs[1], "water") {
				t.Errorf("Paragraphs = %q, want 5 with the NULs dropped", a.Paragraphs)
			}
		}},
		{name: "unclosed tags", data: []byte("<html><body><article><h1>Council extends water program<p>SPRINGFIELD (AP) — " +
			storyLine(0) + "<p>" + storyLine(1) + "<p><b><i>" + storyLine(2) + "<div><span><p>" + storyLine(3)),
			check: wantParagraphs(4)},
		{name: "unclosed comment after the story", data: append(htmlStory(3, "", ""), "<!-- "+storyLine(9)...), check: wantParagraphs(3)},
		{name: "story inside an unclosed comment", data: []byte("<html><body><!-- " + string(htmlStory(3, "", ""))), err: ErrNoArticle},
		{name: "unclosed script before the story", data: []byte("<html><head><script>var x = 1;</head><body>" + string(htmlStory(3, "", ""))), err: ErrNoArticle},
		{name: "unclosed attribute quote", data: []byte(`<html><body><article><p class="lede>` + storyLine(0) + `</p>`), err: ErrNoArticle},
		{name: "script-only page", data: []byte("<html><head><script>" + strings.Repeat("document.write('"+storyLine(1)+"');\n", 50) +
			"</script></head><body><script src=app.js></script><noscript>" + storyLine(2) + "</noscript></body></html>"), err: ErrNoArticle},
		{name: "declares Shift_JIS, is UTF-8", data: saysSJIS, check: wantFrench(utf8Story)},
		{name: "declares UTF-8, is Windows-1252", data: saysUTF8, check: wantFrench(cp1252Want)},
		{name: "Content-Type UTF-8, is Windows-1252", data: saysUTF8, parser: Parser{ContentType: "text/html; charset=utf-8"},
			check: wantFrench(cp1252Want)},
		{name: "Content-Type unknown charset", data: saysUTF8, parser: Parser{ContentType: "text/html; charset=x-no-such"},
			check: wantFrench(cp1252Want)},
	}
	if !big {
		return cases
	}

	// One paragraph of 5 MB with no spaces, in the middle of a story.
	word := bytes.Repeat([]byte("x"), 5<<20)
	longWord := append(append(textStory(3), word...), "\n\n"...)
	// The paragraphs after the word differ from those before it: a text
	// page's repeated lines are dropped as a gallery's repeated captions.
	for k := 3; k < 6; k++ {
		longWord = append(longWord, storyLine(k)+"\n\n"...)
	}

	// Nested 100,000 levels deep.
	deep := htmlStory(3, strings.Repeat("<div>", 100000), strings.Repeat("</div>", 100000))
	deepUnclosed := htmlStory(3, strings.Repeat("<div><span><b>", 100000), "")
	deepNoBody := []byte(strings.Repeat("<div>", 100000))

	// More blocks than Parse reads: a story, then a page's worth of junk
	// lines, then more story that is not read.
	pastCap := append(textStory(5), bytes.Repeat([]byte("-\n"), maxBlocks)...)
	pastCap = append(pastCap, bytes.TrimPrefix(textStory(5), []byte("Council extends water program\n\n"))...)

	return append(cases, []badInput{
		{name: "16 MB of junk lines", data: bytes.Repeat([]byte("-\n"), 8<<20-100), err: ErrNoArticle},
		{name: "story past the block limit", data: pastCap, check: wantParagraphs(5)},
		{name: "5 MB paragraph with no spaces", data: longWord, check: func(t *testing.T, a *Article) {
			// A line inside the story is kept, however odd.
			if len(a.Paragraphs) != 7 || a.Paragraphs[3] != string(word) {
				t.Errorf("got %d paragraphs, want the story's 6 and the long word, fourth", len(a.Paragraphs))
			}
		}},
		{name: "100,000 text paragraphs", data: textStory(100000), check: wantParagraphs(100000)},
		{name: "100,000 HTML paragraphs", data: htmlStory(100000, "", ""), check: wantParagraphs(100000)},
		{name: "nested 100,000 levels", data: deep, check: wantParagraphs(3)},
		{name: "nested 300,000 levels, unclosed", data: deepUnclosed, check: wantParagraphs(3)},
		{name: "nested 100,000 levels, no text", data: deepNoBody, err: ErrNoArticle},
	}...)
}

func TestBadInput(t *testing.T) {
	// The inputs of many megabytes are left out with -short.
	for _, c := range badInputs(!testing.Short()) {
		t.Run(c.name, func(t *testing.T) {
			a, err := c.parser.Parse(bytes.NewReader(c.data))
			checkArticle(t, a, err)
			if c.err != nil {
				if !errors.Is(err, c.err) {
					t.Fatalf("err = %v, want %v", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v, want an Article", err)
			}
			if c.check != nil {
				c.check(t, a)
			}
		})
	}
}

// failingReader returns the bytes of data, then err.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// endlessReader returns spaces and story text for ever, and counts what
// it returned.
type endlessReader struct{ n int64 }

func (r *endlessReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "The council met. "[int(r.n+int64(i))%17]
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestReaderError(t *testing.T) {
	boom := errors.New("connection reset")
	page := htmlStory(5, "", "")
	a, err := Parse(&failingReader{data: page[:len(page)/2], err: boom})
	if a != nil || !errors.Is(err, boom) {
		t.Fatalf("Parse = %v, %v; want nil and an error wrapping %v", a, err, boom)
	}
	if !strings.HasPrefix(err.Error(), "wirestory: reading page: ") {
		t.Errorf("error %q does not say where it came from", err)
	}
	// An error before any byte is read is returned the same way.
	if _, err := Parse(&failingReader{err: boom}); !errors.Is(err, boom) {
		t.Errorf("err = %v, want %v", err, boom)
	}
}

// lyingReader reads data and says it holds n bytes.
type lyingReader struct {
	*bytes.Reader
	n int
}

func (r lyingReader) Len() int { return r.n }

// TestLyingLen checks that Parse takes a reader's Len for a hint, not a
// promise: a reader that says it holds the largest int, with no limit set,
// once made Parse panic in bytes.Buffer.Grow or run out of memory.
func TestLyingLen(t *testing.T) {
	page := htmlStory(5, "", "")
	for _, n := range []int{math.MaxInt, math.MaxInt - bytes.MinRead + 1, math.MaxInt / 2, 1 << 40, DefaultMaxSize, -5} {
		for _, limit := range []int64{-1, 0, math.MaxInt64} {
			t.Run(fmt.Sprintf("Len %d, MaxSize %d", n, limit), func(t *testing.T) {
				p := Parser{MaxSize: limit}
				a, err := p.Parse(lyingReader{bytes.NewReader(page), n})
				checkArticle(t, a, err)
				if err != nil {
					t.Fatal(err)
				}
				wantParagraphs(5)(t, a)
			})
		}
	}
}

// TestEndlessReader checks that Parse stops reading an endless stream one
// byte past the limit.
func TestEndlessReader(t *testing.T) {
	r := &endlessReader{}
	p := Parser{MaxSize: 1 << 20}
	if _, err := p.Parse(r); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if r.n > 2<<20 {
		t.Errorf("read %d bytes for a limit of %d", r.n, p.MaxSize)
	}
}

// TestHugePage checks a 50 MB page (a story after 50 MB of script, so that
// the test stays quick): over the default limit it gives ErrTooLarge, and
// with MaxSize raised or off it parses, from a reader that says its length
// and from one that does not.
func TestHugePage(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input; skipped with -short")
	}
	script := "<script>" + strings.Repeat("var council = 'water program';\n", 50<<20/31) + "</script>"
	page := htmlStory(5, script, "")
	if len(page) < 50<<20 {
		t.Fatalf("page is %d bytes, want 50 MB", len(page))
	}
	if _, err := Parse(bytes.NewReader(page)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("default limit: err = %v, want ErrTooLarge", err)
	}
	if _, err := Parse(io.MultiReader(bytes.NewReader(page))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("default limit, unsized reader: err = %v, want ErrTooLarge", err)
	}
	exact := Parser{MaxSize: int64(len(page))}
	if _, err := (&Parser{MaxSize: int64(len(page) - 1)}).Parse(bytes.NewReader(page)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("limit one byte short: err = %v, want ErrTooLarge", err)
	}
	for name, c := range map[string]struct {
		p Parser
		r io.Reader
	}{
		"MaxSize = len":           {exact, bytes.NewReader(page)},
		"MaxSize < 0, unsized":    {Parser{MaxSize: -1}, io.MultiReader(bytes.NewReader(page))},
		"MaxSize = 64 MiB, sized": {Parser{MaxSize: 64 << 20}, bytes.NewReader(page)},
	} {
		a, err := c.p.Parse(c.r)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkArticle(t, a, err)
		wantParagraphs(5)(t, a)
	}
}

func TestMetaCharset(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<html><head><meta charset="Shift_JIS">`, "Shift_JIS"},
		{`<HTML><META CHARSET=euc-jp>`, "euc-jp"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, "iso-8859-1"},
		{`<p>charset=utf-8 is not a declaration</p><meta charset='windows-1251'>`, "windows-1251"},
		{`<meta name=x><p>charset=koi8-r</p>`, ""},
		{`<meta CHARSET=big5><meta charset=gbk>`, "gbk"},                 // a lower-case one is sought first
		{strings.Repeat("CHARSET=", 9000) + `<meta charset=utf-16>`, ""}, // past the first 64 KiB
		{strings.Repeat("charset=", 4000) + `<meta charset=utf-16>`, "utf-16"},
		{"", ""},
	} {
		if got := metaCharset([]byte(c.in)); got != c.want {
			t.Errorf("metaCharset(%.40q...) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestManyBlocksMemory checks that a page of millions of tiny blocks or
// elements costs memory in proportion to the blocks Parse reads
// (maxBlocks), not to the millions: 16 MB of "-" lines once allocated 4
// GB, and 16 MB of "<p>" 1.3 GB (an entry for every element, empty or
// not, past the block limit or not). What Parse allocates in all bounds
// its peak memory.
func TestManyBlocksMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("16 MB input; skipped with -short")
	}
	html := func(unit string) []byte {
		return append([]byte("<html><body>"), bytes.Repeat([]byte(unit), (DefaultMaxSize-100)/len(unit))...)
	}
	for name, page := range map[string][]byte{
		"text":        bytes.Repeat([]byte("-\n"), 8<<20-100),
		"html":        html("x<br>"),
		"empty p":     html("<p>"),
		"p a":         html("<p>a"),
		"table cells": html("<tr><td>a<td>b"),
		"empty b":     html("<b></b>"),
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		Parse(bytes.NewReader(page))
		runtime.ReadMemStats(&after)
		b := after.TotalAlloc - before.TotalAlloc
		t.Logf("%s: %d bytes in, %d bytes allocated", name, len(page), b)
		if b > 20*uint64(len(page)) {
			t.Errorf("%s: %d bytes in, %d allocated; want at most 20 times the input", name, len(page), b)
		}
	}
}

// TestFieldLimits checks that metadata too long for its field is cut or
// dropped (see limits.go), and that values within the limits are kept.
func TestFieldLimits(t *testing.T) {
	words := strings.Repeat("Council extends water program ", 20000) // 600 KB
	longName := "Maximiliana " + strings.Repeat("Wolfeschlegelsteinhausen ", 4) + "Doe"
	page := func(headline, author, section, site string) []byte {
		head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + headline + `"}</script>` +
			`<meta name="author" content="` + author + `"><meta property="article:section" content="` + section + `">` +
			`<meta property="og:site_name" content="` + site + `">`
		return []byte(storyHTML(head, "SPRINGFIELD (AP) — "+storyLine(0), storyLine(1)))
	}
	t.Run("too long", func(t *testing.T) {
		a, err := Parse(bytes.NewReader(page(words, longName+", Jane Doe", words, words)))
		checkArticle(t, a, err)
		if err != nil {
			t.Fatal(err)
		}
		// Cut at a word: what follows in the page is a space.
		if n := utf8.RuneCountInString(a.Headline); n > maxHeadlineLen || n < maxHeadlineLen/2 || !strings.HasPrefix(words, a.Headline+" ") {
			t.Errorf("Headline of %d characters, %.40q...; want the headline's first words, at most %d characters", n, a.Headline, maxHeadlineLen)
		}
		if !slices.Equal(a.Byline, []string{"Jane Doe"}) {
			t.Errorf("Byline = %.100q, want the short name only", a.Byline)
		}
		if a.Section != "" || a.Site != "" {
			t.Errorf("Section %.40q, Site %.40q; want both dropped", a.Section, a.Site)
		}
	})
	t.Run("long credit", func(t *testing.T) {
		a, err := Parse(bytes.NewReader(page("Council extends water program", strings.Repeat("Reuters / AP / ", 100), "", "")))
		checkArticle(t, a, err)
		if err != nil {
			t.Fatal(err)
		}
		if a.Credit != "" {
			t.Errorf("Credit = %.40q..., want it dropped", a.Credit)
		}
	})
	t.Run("within the limits", func(t *testing.T) {
		headline := strings.TrimSpace(strings.Repeat("Council extends water program ", maxHeadlineLen/30))
		name := "Maximiliana Wolfeschlegelsteinhausen Doe"
		a, err := Parse(bytes.NewReader(page(headline, name, "World", "Springfield Daily")))
		checkArticle(t, a, err)
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != headline || !slices.Equal(a.Byline, []string{name}) || a.Section != "World" || a.Site != "Springfield Daily" {
			t.Errorf("got %q, %q, %q, %q; want the page's", a.Headline, a.Byline, a.Section, a.Site)
		}
	})
}

func TestCutAtWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"short headline", 20, "short headline"},
		{"exactly ten", 11, "exactly ten"},
		{"cut at the last word that fits", 15, "cut at the last"},
		{"one-long-word-and then", 10, "one-long-w"},      // no space in the second half
		{"東京で新しい経済対策を発表した", 5, "東京で新し"},                   // characters, not bytes
		{"Cafe\u0301 society meets", 5, "Café"},           // an accent counts apart, NFC after the cut
		{"spaces   at   the cut point", 12, "spaces at"},  // cut then cleaned
		{"a b c d e f g h i j k l m n o p", 7, "a b c d"}, // the last space within
		{strings.Repeat("x", 50) + " y", 40, strings.Repeat("x", 40)},
	} {
		if got := cutAtWord(c.in, c.n); got != c.want {
			t.Errorf("cutAtWord(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
