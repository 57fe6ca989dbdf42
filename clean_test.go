package wirestory

import (
	"math/rand/v2"
	"strings"
	"testing"
	"testing/quick"
	"unicode"
	"unicode/utf8"
)

// cleanTests are Clean's table cases; the fuzz targets are seeded from them.
var cleanTests = []struct{ in, want string }{
	{"", ""},
	{"plain text", "plain text"},
	{"  two   spaces\tand tab  ", "two spaces and tab"},
	{"line one\r\nline two\rline three", "line one\nline two\nline three"},
	{"para one\n\n\n\npara two", "para one\n\npara two"},
	{"\n\n  lead and trail \n\n", "lead and trail"},
	{"Cafe\u0301", "Café"},                                           // NFC
	{"AT&amp;T &lt;b&gt;", "AT&T <b>"},                               // entities
	{"&amp;amp;quot;", "\""},                                         // escaped twice over
	{"AT&T and &copy 2020", "AT&T and &copy 2020"},                   // no semicolon: left alone
	{"&ampampamp; &copyx; &amp;ampx;", "&ampampamp; &copyx; &ampx;"}, // a legacy name is no prefix of a longer one
	{"&#8220;Hi&#x201D;", "“Hi”"},
	{"don\u00e2\u20ac\u2122t", "don’t"},                       // â€™
	{"caf\u00c3\u00a9", "café"},                               // Ã©
	{"\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2", "’"}, // mis-decoded twice
	{"Ã\u0081gua", "Água"},                                    // C1 control from Latin-1 decoding
	{"CAFÉ”", "CAFÉ”"},                                        // looks like mojibake, is not
	{"cité\u00a0»", "cité »"},                                 // French spacing, not mojibake
	{"zero\u200bwidth soft\u00adhyphen \ufeffbom", "zerowidth softhyphen bom"},
	{"nbsp\u00a0and\u2009thin\u3000ideographic", "nbsp and thin ideographic"},
	{"ＴＯＫＹＯ（Ｋｙｏｄｏ）１２３", "TOKYO(Kyodo)123"},
	{"米紙は１２日、（ＡＰ＝共同）と報じた。", "米紙は１２日、（ＡＰ＝共同）と報じた。"}, // CJK text keeps its fullwidth forms
	{"北京２月２９日电，国务院", "北京２月２９日电，国务院"},
	{"bell\x07 and nul\x00", "bell and nul"},
	{"caf\xe9 cr\xe8me", "café crème"}, // Windows-1252 bytes
	{"“curly” — dash… ‘single’", "“curly” — dash… ‘single’"},
	{"Ünïcödé ελληνικά 日本語 العربية", "Ünïcödé ελληνικά 日本語 العربية"},
	{"killiing teh typo", "killiing teh typo"}, // wording is never fixed
}

func TestClean(t *testing.T) {
	for _, tt := range cleanTests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// cleanTricky are hand-made strings on which Clean's idempotency is easy to
// get wrong; the fuzz targets are seeded from them too.
var cleanTricky = []string{
	"&amp;amp;amp;amp;lt;", "&am&#8203;p;", "Ã&#169;", "&#195;&#169;", "ＡＴ＆ａｍｐ；Ｔ",
	"A\u0303©", "&lt\u037e", "\u00e2\u20ac", "x\u00c3", "\u00c3\u0083\u00c2\u00a9",
	"a  \n  \n\n b", "\r\r\n\n", "\xff\xfe\xfd", "&#0;&#xD800;&#x110000;", "&&&;;;",
	"&ampampampampampampamp;", "&amp;ampampampampampampamp;", "&ltltlt;", "&amp;amp&amp;;",
}

// TestCleanIdempotent checks Clean(Clean(s)) == Clean(s) on the table above,
// on tricky hand-made strings, and on random strings.
func TestCleanIdempotent(t *testing.T) {
	for _, s := range cleanTricky {
		once := Clean(s)
		if twice := Clean(once); twice != once {
			t.Errorf("Clean not idempotent on %q: %q then %q", s, once, twice)
		}
	}
	f := func(s string) bool {
		once := Clean(s)
		return Clean(once) == once && utf8.ValidString(once)
	}
	if err := quick.Check(f, &quick.Config{MaxCount: 5000}); err != nil {
		t.Error(err)
	}
	// Random strings over an alphabet rich in the characters Clean acts on.
	alphabet := []rune("&;#ampltgquoÃÂâ€™©¨\u00a0\u0081\u200b \n\r\tａＡ；x1")
	g := func(idx []uint8) bool {
		var b strings.Builder
		for _, i := range idx {
			b.WriteRune(alphabet[int(i)%len(alphabet)])
		}
		once := Clean(b.String())
		return Clean(once) == once
	}
	if err := quick.Check(g, &quick.Config{MaxCount: 20000}); err != nil {
		t.Error(err)
	}
}

// TestCleanOutput checks what every cleaned string is: valid UTF-8 with no
// control characters but newline, no leading or trailing space.
func TestCleanOutput(t *testing.T) {
	f := func(s string) bool {
		c := Clean(s)
		if !utf8.ValidString(c) || c != strings.TrimSpace(c) {
			return false
		}
		for _, r := range c {
			if r < ' ' && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 {
				return false
			}
		}
		return true
	}
	if err := quick.Check(f, &quick.Config{MaxCount: 5000}); err != nil {
		t.Error(err)
	}
}

// TestCleanEdgeShortcut checks that clean's shortcut for text that is clean
// but for spaces and newlines at its ends gives what the passes give, on
// the table's strings, the tricky ones and random strings rich in what
// Clean acts on, each with spaces and newlines added at its ends.
func TestCleanEdgeShortcut(t *testing.T) {
	var ins []string
	for _, c := range cleanTests {
		ins = append(ins, c.in, c.want)
	}
	ins = append(ins, cleanTricky...)
	alphabet := []rune("&;#ampltÃÂâ€™©\u00a0\u0081\u0301\u200b \n\r\tａ；xé日")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		ins = append(ins, b.String())
	}
	for _, s := range ins {
		for _, edge := range []string{" ", "\n", " \n ", "  "} {
			for _, in := range []string{edge + s, s + edge, edge + s + edge} {
				for _, entities := range []bool{true, false} {
					if got, want := clean(in, entities), cleanPasses(in, entities); got != want {
						t.Fatalf("clean(%q, %v) = %q, the passes give %q", in, entities, got, want)
					}
				}
			}
		}
	}
}

// TestPlainRune checks that mapRune's shortcut keeps only runes it would
// keep by looking them up: no space separator, no format character, none
// of its named runes, no fullwidth form.
func TestPlainRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !plainRune(r) {
			continue
		}
		if r < 0xa0 || unicode.Is(unicode.Zs, r) || unicode.Is(unicode.Cf, r) || r >= 0xff01 && r <= 0xff5e ||
			strings.ContainsRune("\u2028\u2029\u0085\u00ad\ufeff\u200b\u200c\u200d\u2060\u180e\ufffe\uffff", r) {
			t.Errorf("plainRune(%U) = true", r)
		}
	}
}
