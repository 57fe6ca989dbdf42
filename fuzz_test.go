package wirestory

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The fuzz targets check, on every input, the promises the package makes
// about its output: no panic; every string is valid UTF-8 with no control
// character but newline; Clean is idempotent; every paragraph is non-empty
// and already clean (Clean changes it no further, but for the character
// references an HTML page shows as text); the lede ParseDateline returns
// is a suffix of Clean(s); Parse returns an Article with paragraphs or one
// of its errors.
// Run one at a time, for example:
//
//	go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 10m .
//
// A failing input is written to testdata/fuzz/<FuzzName>/; commit it with
// its fix so that go test replays it for ever.

// samplePages returns the sample pages in testdata (name.txt and
// name.html).
func samplePages(tb testing.TB) map[string][]byte {
	tb.Helper()
	pages := make(map[string][]byte)
	for _, pat := range []string{"testdata/*.txt", "testdata/*.html"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			tb.Fatal(err)
		}
		for _, path := range m {
			data, err := os.ReadFile(path)
			if err != nil {
				tb.Fatal(err)
			}
			pages[filepath.Base(path)] = data
		}
	}
	if len(pages) == 0 {
		tb.Fatal("no sample pages in testdata")
	}
	return pages
}

// seedStrings are the strings of the package's table tests: paragraphs,
// datelines, credit lines and cleaning cases.
func seedStrings() []string {
	var out []string
	for _, c := range cleanTests {
		out = append(out, c.in)
	}
	out = append(out, cleanTricky...)
	for _, c := range datelineStyles {
		out = append(out, c.in)
	}
	for _, c := range datelineLookAlikes {
		out = append(out, c.in)
	}
	for _, c := range creditLines {
		out = append(out, c.in)
	}
	return out
}

// checkText fails t unless s is valid UTF-8 with no control character but
// newline.
func checkText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if r != '\n' && unicode.IsControl(r) {
			t.Fatalf("%s holds control character %U: %q", what, r, s)
		}
	}
}

// checkClean fails t unless s is non-empty, valid text and already clean.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if s == "" {
		t.Fatalf("%s is empty", what)
	}
	checkField(t, what, s)
}

// checkField fails t unless s, a field of an Article, is valid text and
// clean: Clean would change it no further, but for decoding the character
// references an HTML page shows as text (see Article).
func checkField(t *testing.T, what, s string) {
	t.Helper()
	checkText(t, what, s)
	if c := cleanDecoded(s); c != s {
		t.Fatalf("%s is not clean: %q, Clean gives %q", what, s, c)
	}
}

// checkDateline fails t unless every field of d is valid text.
func checkDateline(t *testing.T, what string, d Dateline) {
	t.Helper()
	checkText(t, what+".Text", d.Text)
	checkText(t, what+".Date", d.Date)
	for _, s := range d.Places {
		checkText(t, what+".Places", s)
	}
	for _, s := range d.Agencies {
		checkText(t, what+".Agencies", s)
	}
}

// checkArticle checks what Parse returned on one input.
func checkArticle(t *testing.T, a *Article, err error) {
	t.Helper()
	if err != nil {
		if a != nil {
			t.Fatalf("Parse returned an Article and error %v", err)
		}
		if !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("Parse: unexpected error %v", err)
		}
		return
	}
	if a == nil {
		t.Fatal("Parse returned neither an Article nor an error")
	}
	if len(a.Paragraphs) == 0 {
		t.Fatal("Parse returned an Article with no paragraphs")
	}
	for i, p := range a.Paragraphs {
		checkClean(t, "paragraph "+strconv.Itoa(i), p)
	}
	for _, i := range a.Subheads {
		if i < 0 || i >= len(a.Paragraphs) {
			t.Fatalf("Subheads %v out of range of %d paragraphs", a.Subheads, len(a.Paragraphs))
		}
	}
	for _, f := range []struct{ name, s string }{
		{"Headline", a.Headline}, {"Section", a.Section}, {"Credit", a.Credit},
		{"URL", a.URL}, {"Site", a.Site}, {"Language", a.Language},
		{"Dateline.Text", a.Dateline.Text}, {"Dateline.Date", a.Dateline.Date},
	} {
		checkField(t, f.name, f.s)
	}
	for _, s := range a.Byline {
		checkField(t, "Byline", s)
	}
	for _, s := range a.Tail {
		checkField(t, "Tail", s)
	}
	for _, s := range a.Dateline.Places {
		checkField(t, "Dateline.Places", s)
	}
	for _, s := range a.Dateline.Agencies {
		checkField(t, "Dateline.Agencies", s)
	}
	for _, ag := range a.Agencies {
		checkText(t, "Agency.Code", ag.Code)
		checkText(t, "Agency.Name", ag.Name)
	}
}

func FuzzParse(f *testing.F) {
	pages := samplePages(f)
	for _, data := range pages {
		f.Add(data, "")
	}
	// Content-Types that contradict the page.
	f.Add(pages["jiji-shiftjis.html"], "text/html; charset=utf-8")
	f.Add(pages["dpa-bare-cp1252.html"], "text/html; charset=Shift_JIS")
	// Dumps that are mojibake (mojibake.go).
	for _, dump := range []string{dumpChinese, dumpJapanese, dumpKorean, dumpRussian} {
		f.Add([]byte(gbkMojibake(dump)), "")
	}
	for _, s := range seedStrings() {
		f.Add([]byte(s), "")
	}
	for _, c := range badInputs(false) {
		f.Add(c.data, c.parser.ContentType)
	}
	// A story only in a script's state (scriptstory.go).
	f.Add([]byte(jsRenderedPage(`window.__STATE__={"content":"`+jsEscape(scriptStoryHTML())+`"}`)), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		p := Parser{ContentType: contentType}
		a, err := p.Parse(bytes.NewReader(data))
		checkArticle(t, a, err)
		if err == nil && !looksHTML(data) {
			// A text page's strings are Clean's output, references
			// decoded.
			for _, s := range append(a.Paragraphs, a.Headline, a.Credit) {
				if c := Clean(s); c != s {
					t.Fatalf("text page: %q is not clean, Clean gives %q", s, c)
				}
			}
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range seedStrings() {
		f.Add(s)
	}
	for _, data := range samplePages(f) {
		// Whole pages and their lines.
		f.Add(string(data))
		for line := range strings.Lines(string(data)) {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Clean(s)
		checkText(t, "Clean(s)", once)
		if once != strings.TrimSpace(once) {
			t.Fatalf("Clean(%q) = %q has leading or trailing space", s, once)
		}
		if twice := Clean(once); twice != once {
			t.Fatalf("Clean is not idempotent on %q: %q, then %q", s, once, twice)
		}
	})
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range seedStrings() {
		f.Add(s)
	}
	for _, data := range samplePages(f) {
		for line := range strings.Lines(string(data)) {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, lede, ok := ParseDateline(s)
		c := Clean(s)
		checkDateline(t, "Dateline", d)
		checkText(t, "lede", lede)
		if !strings.HasSuffix(c, lede) {
			t.Fatalf("lede %q is not a suffix of Clean(s) %q", lede, c)
		}
		if !ok {
			if lede != c || d.Text != "" || d.Places != nil || d.Date != "" || d.Agencies != nil {
				t.Fatalf("no dateline, but got %+v and lede %q; want the zero Dateline and Clean(s)", d, lede)
			}
			return
		}
		if d.Text == "" {
			t.Fatalf("dateline %+v has no text", d)
		}
		if !strings.Contains(c[:len(c)-len(lede)], d.Text) {
			t.Fatalf("dateline text %q is not in the text before the lede %q", d.Text, c[:len(c)-len(lede)])
		}
	})
}
