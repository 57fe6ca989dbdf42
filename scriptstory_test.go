package wirestory

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// jsEscape writes s as the inside of a JSON string, with '<', '>' and '&'
// as \u escapes, as script frameworks write a page's state.
func jsEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "<", `\u003c`, ">", `\u003e`, "&", `\u0026`)
	return r.Replace(s)
}

// scriptStoryLines are the paragraphs of the made-up story the pages below
// carry in their scripts' state.
var scriptStoryLines = []string{
	"The city council voted on Tuesday to keep the river ferry running through the winter, reversing a plan to halt it in November.",
	"Council members said the ferry carried more than 40,000 people last year, most of them workers crossing to the port before dawn.",
	"“We heard from hundreds of riders who have no other way across,” said the council’s chair, who proposed the change.",
	"The vote was 7 to 2. The two members who voted against it said the city could not afford the extra crews the winter schedule needs.",
	"The ferry will run every 40 minutes from December to March, and the council will review its cost again in the spring.",
}

// scriptStoryHTML is the story's HTML as a CMS stores it: a figure, the
// paragraphs, a placeholder for an advertisement the script fills.
func scriptStoryHTML() string {
	var b strings.Builder
	b.WriteString(`<div class="photo"><img src="/f.jpg"></div>`)
	for k, p := range scriptStoryLines {
		fmt.Fprintf(&b, "<p>%s</p>", strings.ReplaceAll(p, "&", "&amp;"))
		if k == 1 {
			b.WriteString("<p>$$ARTICLE_AD$$</p>")
		}
	}
	return b.String()
}

// jsRenderedPage returns a page in the style of a site rendered by
// scripts: the markup is an empty application shell, the story's HTML sits
// in a JSON string of the state a script hydrates, state.
func jsRenderedPage(state string) string {
	return `<!DOCTYPE html><html><head><title>Council keeps winter ferry | The Daily</title>
<meta property="og:title" content="Council keeps winter ferry"><meta property="og:type" content="article">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>
</head><body><div id="app"><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="loading">Loading…</div></div>
<script>` + state + `</script>
<script src="/static/app.js" async></script></body></html>`
}

func TestScriptStory(t *testing.T) {
	story := scriptStoryHTML()
	related := `<ul><li><a href="/a">Bridge repairs delayed</a></li></ul>`
	tests := []struct {
		name, state string
	}{
		{"JSON state", `window.__STATE__ = {"article":{"id":4411,"title":"Council keeps winter ferry","related":"` +
			jsEscape(related) + `","content":"` + jsEscape(story) + `","tags":["city","transport"]}};`},
		{"raw HTML in a string", `var page = {"html": "` + strings.ReplaceAll(story, `"`, `\"`) + `"};`},
		{"single quotes, escaped slashes", `init('` + strings.ReplaceAll(strings.ReplaceAll(story, "/", `\/`), "’", `\u2019`) + `');`},
		{"state in a string", `self.__push([1,"` + jsEscape(`{"body":"`+jsEscape(story)+`"}`) + `"]);`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(jsRenderedPage(tt.state)))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(scriptStoryLines, a.Paragraphs); diff != "" {
				t.Errorf("paragraphs mismatch (-want +got):\n%s", diff)
			}
			if a.Headline != "Council keeps winter ferry" {
				t.Errorf("headline %q", a.Headline)
			}
		})
	}
}

// TestScriptStoryNotTaken: scripts holding short HTML (ads, templates,
// widgets) make no story of a page without one, and a page whose markup
// has a story is read from its markup, not from its scripts.
func TestScriptStoryNotTaken(t *testing.T) {
	snippets := []string{
		`<div class="ad"><p>Advertisement</p></div>`,
		`<p class="cookie">We use cookies to improve your experience.</p><p><a href="/privacy">Privacy policy</a></p>`,
		`<div class="newsletter"><p>Sign up for our newsletter</p><p>Get the day's top stories in your inbox every morning.</p><button>Subscribe</button></div>`,
		`<li class="teaser"><a href="{{url}}"><p>{{title}}</p><p>{{summary}}</p></a></li>`,
	}
	var state strings.Builder
	state.WriteString(`window.__TEMPLATES__ = {`)
	for k, s := range snippets {
		fmt.Fprintf(&state, `"t%d":"%s",`, k, jsEscape(strings.Repeat(s, 2)))
	}
	state.WriteString(`"n":0};`)
	if a, err := Parse(strings.NewReader(jsRenderedPage(state.String()))); !errors.Is(err, ErrNoArticle) {
		t.Errorf("page with snippets in its scripts: got %v, %+v; want ErrNoArticle", err, a)
	}

	// A page that does not say it is an article (a shop's, a listing's)
	// is not read from its scripts.
	page := strings.Replace(jsRenderedPage(`window.__STATE__={"content":"`+jsEscape(scriptStoryHTML())+`"}`),
		`content="article"`, `content="website"`, 1)
	if a, err := Parse(strings.NewReader(page)); !errors.Is(err, ErrNoArticle) {
		t.Errorf("page of og:type website: got %v, %+v; want ErrNoArticle", err, a)
	}
	// A JSON-LD article type says it as well as og:type.
	page = strings.Replace(page, "</head>", `<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>`, 1)
	if _, err := Parse(strings.NewReader(page)); err != nil {
		t.Errorf("page with a JSON-LD NewsArticle: %v", err)
	}

	// The markup's story is read; the script's other story is not.
	page = strings.Replace(string(htmlStory(5, "", "")), "</body>",
		`<script>window.__STATE__={"content":"`+jsEscape(scriptStoryHTML())+`"}</script></body>`, 1)
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(a.Paragraphs) != 5 || !strings.Contains(a.Paragraphs[1], storyLine(1)) {
		t.Errorf("paragraphs %q, want the markup's story", a.Paragraphs)
	}
}

func TestDecodeJSString(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, "plain"},
		{`a\"b\\c\/d`, `a"b\c/d`},
		{`\n\t\r\b\f\v`, "\n\t\r\b\f\v"},
		{`\u003cp\u003E`, "<p>"},
		{`caf\u00e9 \xe9`, "café é"},
		{`\ud83d\ude00`, "😀"},
		{`\u{1F600}`, "😀"},
		{`\ud83d alone`, "\uFFFD alone"},
		{`\ude00`, "\uFFFD"},
		{`\u12`, "u12"},
		{`\xZZ`, "xZZ"},
		{`\q\'`, "q'"},
		{"line\\\ncontinued", "linecontinued"},
		{`end\`, "end"},
	}
	for _, tt := range tests {
		if got := string(decodeJSString(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("decodeJSString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, s := range []string{"$$ARTICLEAD$$", "{{related}}", "[[ad_slot]]", "%%AD-1%%", "##BANNER:top##"} {
		if !isPlaceholder(s) {
			t.Errorf("isPlaceholder(%q) = false, want true", s)
		}
	}
	// Short paragraphs of real text are kept.
	for _, s := range []string{"$5", "$$", "Updated", "$$ cash $$", "{{x}", "[[1]] Notes", "$$5 million$$", "«Yes»", "__", "$$ABC%%"} {
		if isPlaceholder(s) {
			t.Errorf("isPlaceholder(%q) = true, want false", s)
		}
	}
}

// FuzzScriptStrings holds the reading of script strings to its bounds: an
// escape never decodes longer than it is written, and a string taken for a
// story holds the paragraphs and text asked of one.
func FuzzScriptStrings(f *testing.F) {
	f.Add(`x={"a":"` + jsEscape(scriptStoryHTML()) + `"}`)
	f.Add(`init('` + strings.ReplaceAll(scriptStoryHTML(), "/", `\/`) + `')`)
	f.Add(`"` + jsEscape(`{"b":"`+jsEscape(scriptStoryHTML())+`"}`) + `"`)
	f.Add(`"\ud83d\ude00\u{1F600}\x3c/p\x3e\u003c/p\u003e\`)
	f.Fuzz(func(t *testing.T, s string) {
		if d := decodeJSString(nil, []byte(s)); len(d) > len(s) {
			t.Fatalf("decodeJSString(%q) = %q, longer than its input", s, d)
		}
		best, _, n := bestHTMLString([]byte(s), 1, nil, nil, 0)
		if best == nil {
			return
		}
		if n != storyText(best) || n < minScriptText || len(best) > len(s) {
			t.Fatalf("bestHTMLString(%q) = %q with %d bytes of text", s, best, n)
		}
	})
}
