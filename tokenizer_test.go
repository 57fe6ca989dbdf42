package wirestory

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// tokenizerCases are inputs at the edges of the Tokenizer's rules: pages
// that end inside a tag, a comment or raw text, comments of every ending,
// bogus comments, doctypes, the script states, self-closing tags and the
// attribute values that hide their '/', character references of every kind.
var tokenizerCases = []string{
	"", "<", "a<", "</", "a</", "<!", "<!-", "<!--", "<?", "<a", "<a ", "<a b", "<a b=", `<a b="c`, "<a b=c", "</a", "</ ",
	"<!---->x", "<!-- a -- b -->x", "<!-- a --!>x", "<!-- a --!-->x", "<!--->x", "<!-->x", "<!-- --!x -->y", "<!-- --!",
	"<!DOCTYPE html>x", "<!doctype", "<!DOCTYPE", "<!DOC>x", "<!>x", "<?xml version='1.0'?>x", "</>x", "</ x>y", "</1>",
	"<title>a &amp; b</title>", "<title>a</TITLE >b", "<title>", "<title/>x</title>", "<TEXTAREA>&lt;</textarea>",
	"<style>a</b></style >x", "<xmp><p></xmp>", "<plaintext><p>x</p>", "<iframe>x</iframe>", "<noscript><p>x</noscript>",
	"<script>a</script>b", "<script><!-- x </script> -->y</script>z", "<script><!--<script>x</script>y-->z</script>w",
	"<script><!--<script>a</script >--></script>b", "<script><!--<scriptx>--></script>b", "<script><!--<scr",
	"<script><!-- a -->b</script>c", "<script><!-<a></script>b", "<script><!--<a</script>b", "<script><!--<SCRIPT/>--></SCRIPT>b",
	"<script><!--<script>--!></script>x", "<script><!--<script><</script>x</script>y", "<script></scrip></script>x",
	"<script>\x00</script>", "<title>a\x00b\r\nc\rd</title>", "a\x00b", "a\r\nb\r\r\nc\rd",
	"<br/>", "<br />", "<img src=/a.jpg/>", "<img src=/a.jpg />", `<a b="c/"/>`, "<a b=c/>", "<a b=c/ >", "<a B=x b=c/>",
	"<a b=x B=c/>", "<a b/>", "<a =/>", "<a b=/>", "<a =x/>", "<a ==x/>", "<a x b=c/>",
	"&", "&amp", "&amp;", "&ampx", "&amp=", "&AMP;", "&T", "&TT", "&T;", "&;", "& x", "&#", "&#;", "&#x", "&#x;", "&#65", "&#65;",
	"&#x41;", "&#X41", "&#0;", "&#128;", "&#x9F;", "&#xD800;", "&#x110000;", "&#99999999999;", "&#0000000065;", "&#x0000000041;",
	"&notit;", "&notin;", "&not", "&nbsp;&rsquo;&hellip;", "&nbspx", "&unknown;", "a&b", "AT&T", "Q&A&amp;B", "&#8217;s",
	"&#x1F600;", "&#160", "&#xA0", "&#9", "&fjlig;", "&NotEqualTilde;",
	"<p class=a&amp;b>", "<p\x00 class=x>", "<a\rb>", "<div\tclass=a\nid=b\fstyle=c>", "<svg><title/>x</svg>y",
}

// TestTokenizerMatchesHTML holds the tokenizer to golang.org/x/net/html's
// Tokenizer, token by token (type, raw bytes and text), on the cases above,
// on the sample pages, and on the shared corpora's HTML pages as they come
// and as walkHTML reads them (after prepareHTML).
func TestTokenizerMatchesHTML(t *testing.T) {
	for _, c := range tokenizerCases {
		checkTokens(t, c, []byte(c))
	}
	for _, e := range htmlEntityNames {
		checkTokens(t, e, []byte("&"+e+"x &"+e))
	}
	for _, p := range htmlPagePaths("/eval/aeb/html/*.html", "/eval/fundus/pages/*.html.gz", "/eval/wcxb-dev/html/*.html.gz", "/eval/stories-dev/pages/*") {
		data, err := readPage(p)
		if err != nil {
			t.Fatal(err)
		}
		checkTokens(t, p, data)
		checkTokens(t, p+" (prepared)", prepareHTML(bytes.Clone(data), ""))
	}
}

// htmlEntityNames are named references with and without their ';', some
// known to quickEntities and some not.
var htmlEntityNames = func() []string {
	var names []string
	for k := range quickEntities {
		names = append(names, k, strings.TrimSuffix(k, ";"))
	}
	for c := byte('0'); c <= 'z'; c++ {
		if isASCIILetter(c) || isDigit(c) {
			names = append(names, string(c), string(c)+";")
		}
	}
	return append(names, "lt", "gt", "quot", "copy", "reg", "not", "notin;", "frac12", "frac12;", "Aacute", "yuml")
}()

// TestQuickEntities holds quickEntities to html.UnescapeString.
func TestQuickEntities(t *testing.T) {
	for k, r := range quickEntities {
		if got := html.UnescapeString("&" + k); got != string(r) {
			t.Errorf("&%s: UnescapeString gives %q, quickEntities %q", k, got, string(r))
		}
	}
}

// checkTokens compares the token streams of the two tokenizers on data. At
// every self-closing tag of a raw-text element it calls NextIsNotRawText on
// both, as the walker does inside SVG.
func checkTokens(t *testing.T, name string, data []byte) {
	t.Helper()
	want := html.NewTokenizer(bytes.NewReader(data))
	got := newTokenizer(data)
	for n := 0; ; n++ {
		wt, gt := want.Next(), got.Next()
		if wt == html.DoctypeToken {
			wt = html.CommentToken
		}
		wraw := string(want.Raw())
		if wt != gt || wraw != string(got.Raw()) {
			t.Errorf("%s: token %d: got %v %q, want %v %q", name, n, gt, got.Raw(), wt, wraw)
			return
		}
		if wt == html.ErrorToken {
			return
		}
		if wt == html.TextToken {
			if w, g := string(want.Text()), string(got.Text()); w != g {
				t.Errorf("%s: token %d %q: got text %q, want %q", name, n, wraw, g, w)
				return
			}
		}
		if wt == html.SelfClosingTagToken && rawTextTag([]byte(wraw[1:1+tagNameLen([]byte(wraw[1:]))])) != "" {
			want.NextIsNotRawText()
			got.NextIsNotRawText()
		}
	}
}

// FuzzTokenizer holds the tokenizer to golang.org/x/net/html's on any input.
func FuzzTokenizer(f *testing.F) {
	for _, c := range tokenizerCases {
		f.Add([]byte(c))
	}
	f.Add([]byte(`<meta content="a&amp;b &copy= &#45;&notit; x\r\ny\x00"><div class="&#97;&T b">`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkTokens(t, "fuzz", data)
		// readAttrs gives what TagAttr gives, on every start tag.
		z := newTokenizer(data)
		for {
			switch z.Next() {
			case html.ErrorToken:
				return
			case html.StartTagToken, html.SelfClosingTagToken:
				raw := z.Raw()
				a := rawTagAtom(raw)
				if got, want := attrsKey(readAttrs(raw, a), a), attrsKey(tokenizerAttrs(raw, a), a); got != want {
					t.Fatalf("%q: readAttrs gives %s, TagAttr %s", raw, got, want)
				}
			}
		}
	})
}

// TestRewrittenAttributesCost checks that tags whose attribute values hold
// references ("a&amp;b", a bare "&") cost about what plain ones do: their
// values are rewritten by decodeAttr, not by a Tokenizer made for each tag,
// which would allocate kilobytes a tag. Allocations do not depend on the
// machine (the race detector's grow a little).
func TestRewrittenAttributesCost(t *testing.T) {
	for _, c := range []struct{ plain, rewritten string }{
		{`<p class="abcde">x`, `<p class="a&amp;b">x`},
		{`<p id=a>`, `<p id=&>`},
		{`<meta name="k" content="a-b">`, `<meta name="k" content="a&#45;b">`},
	} {
		page := grow("<html><body>", c.rewritten, "", 256<<10)
		_, bp, np := parseCost(grow("<html><body>", c.plain, "", 256<<10))
		_, br, nr := parseCost(page)
		t.Logf("%q: %d bytes in %d allocations; %q: %d bytes in %d allocations", c.plain, bp, np, c.rewritten, br, nr)
		// A Tokenizer a tag would allocate over 100 times the page.
		if br > bp+8*uint64(len(page)) {
			t.Errorf("%q allocates %d bytes, %q %d: want at most 8 bytes more a byte of the page", c.rewritten, br, c.plain, bp)
		}
	}
}
