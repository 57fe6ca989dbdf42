package wirestory

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rawTagCases are start and end tags in the forms the tokenizer's rules
// single out: repeated keys, keys in upper case, a '=' first in a key, a
// '/' between attributes, unquoted values ending at '>' or white space,
// empty and unterminated values, names ending at '/' or '>'.
var rawTagCases = []string{
	`<div class="story body" id=main>`,
	`<DIV CLASS="Story" Class="other" ID='x y'>`,
	`<p =x class=a>`,
	`<p ==x=y class=a>`,
	`<img src=/a.jpg alt=x/>`,
	`<br/>`,
	`<a href=/x/ class=y>`,
	`<div / class="a" / id = "b" >`,
	`<div class= "spaced" id =b hidden aria-hidden=true>`,
	`<meta name="description" value="v" content="c">`,
	`<meta property=og:title content='It is "quoted"'>`,
	`<div class="a>b" id=c>`,
	`<span style="display:none" data-x=1 data-y>`,
	"<div\tclass=a\nid=b\fstyle=c>",
	`<div class>`,
	`<div class=>`,
	`<div a="1" b='2' c=3 class='z'>`,
	`<custom-element class=x>`,
	`<svg:rect width=1>`,
	`<time datetime="2024-05-01T10:00:00Z" class=t>`,
	`</div>`,
	`</DIV >`,
	`</p class=x>`,
	`</br/>`,
	`<verylongtagnamethatisnoatomatallreally class=x>`,
	`<meta name=a content="Tom &amp; Jerry &#39;x&#39; &#x2019; &nbsp;&rsquo;">`,
	`<meta name=b content="&copy &copy= &copy;= &T &T= &= & &; &#; &#x; &#128; &#0; &#65 &amp &ampx &ampx= &notit; &notin;">`,
	"<meta name=c content=\"a\r\nb\rc\x00d &amp;\">",
	`<div class="a&amp;b c&d" id="x&#45;y" style="display&colon;none" role="&#110;avigation">`,
	`<time datetime="2024&#45;05&#45;01">`, `<link rel="canonical" href="https://x.example/?a=1&amp;b=2">`,
	`<a href="?a=1&amp;b=2" rel="author&#32;">`, `<script type="application/ld&#43;json">`, `<html lang="en&#45;GB">`,
}

// TestRawTagMatchesTokenizer holds rawTagAtom and rawAttrReader to what the
// tokenizer's TagName and TagAttr give, tag by tag, on the cases above, on
// the sample pages in testdata and on the shared corpora's HTML pages when
// they are present.
func TestRawTagMatchesTokenizer(t *testing.T) {
	checkRawTags(t, "cases", []byte(strings.Join(rawTagCases, "\n")+"<p>end</p>"))
	for _, p := range htmlPagePaths("/eval/aeb/html/*.html", "/eval/fundus/pages/*.html.gz", "/eval/wcxb-dev/html/*.html.gz") {
		data, err := readPage(p)
		if err != nil {
			t.Fatal(err)
		}
		checkRawTags(t, p, data)
	}
}

// checkRawTags compares, for every start and end tag of a page, the atom
// and (for tags whose values TagAttr leaves as written) the attributes read
// from the raw tag with the tokenizer's.
func checkRawTags(t *testing.T, name string, data []byte) {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(data))
	bad := 0
	for bad < 5 {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken && tt != html.EndTagToken {
			continue
		}
		raw := string(z.Raw())
		got := rawTagAtom(z.Raw())
		var gotAttrs []string
		plain := rawAttrsPlain(z.Raw())
		if tt != html.EndTagToken && plain {
			seen := map[string]bool{}
			for r := newRawAttrReader(z.Raw()); ; {
				k, v, ok := r.next()
				if !ok {
					break
				}
				key := strings.ToLower(string(k))
				if key == "" || seen[key] {
					continue
				}
				seen[key] = true
				gotAttrs = append(gotAttrs, key+"="+string(v))
			}
		}
		if tt != html.EndTagToken {
			a := rawTagAtom([]byte(raw))
			if got, want := readAttrs([]byte(raw), a), tokenizerAttrs([]byte(raw), a); attrsKey(got, a) != attrsKey(want, a) {
				t.Errorf("%s: %q: readAttrs gives %+v, TagAttr %+v", name, raw, got, want)
				bad++
			}
		}
		n, more := z.TagName()
		if want := atom.Lookup(n); got != want {
			t.Errorf("%s: %q: rawTagAtom = %v, TagName gives %v", name, raw, got, want)
			bad++
		}
		if tt == html.EndTagToken || !plain {
			continue
		}
		var wantAttrs []string
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			wantAttrs = append(wantAttrs, string(k)+"="+string(v))
		}
		if !slices.Equal(gotAttrs, wantAttrs) {
			t.Errorf("%s: %q: raw attributes %q, TagAttr gives %q", name, raw, gotAttrs, wantAttrs)
			bad++
		}
	}
}

// TestReadAttrsFirstKey checks that readAttrs keeps the first of a repeated
// key, on both of its paths (as written, and through TagAttr for a tag with
// an entity).
func TestReadAttrsFirstKey(t *testing.T) {
	for _, c := range []struct{ tag, class, content string }{
		{`<meta class="a" CLASS="b" content="x" value="y">`, "a", "x"},
		{`<meta class="a&amp;" class="b" value="y" content="x">`, "a&", "x"},
		{`<meta value="y" value="z">`, "", "y"},
	} {
		at := readAttrs([]byte(c.tag), atom.Meta)
		if string(at.class) != c.class || at.content != c.content {
			t.Errorf("%s: class %q content %q, want %q %q", c.tag, at.class, at.content, c.class, c.content)
		}
	}
}

// attrsKey is what the walker reads of at, as one comparable value: a
// link's href counts for whether it is empty only.
func attrsKey(at attrs, a atom.Atom) string {
	href := string(at.href)
	if a == atom.A && href != "" {
		href = "(set)"
	}
	return fmt.Sprintf("%q %q %q %q %+v", at.class, at.id, at.style, href,
		[]any{at.role, at.itemprop, at.rel, at.typ, at.lang, at.name, at.property, at.content, at.datetime, at.hidden, at.ariaHidden})
}
