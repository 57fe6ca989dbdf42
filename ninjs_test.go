package wirestory

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestUUID5(t *testing.T) {
	const dnsNamespace = "\x6b\xa7\xb8\x10\x9d\xad\x11\xd1\x80\xb4\x00\xc0\x4f\xd4\x30\xc8"
	const urlNamespace = "\x6b\xa7\xb8\x11\x9d\xad\x11\xd1\x80\xb4\x00\xc0\x4f\xd4\x30\xc8"
	for _, tc := range []struct{ ns, name, want string }{
		{dnsNamespace, "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"}, // Python's uuid docs
		{urlNamespace, "https://github.com/wirestory/wirestory", "bf17c1b6-cff2-503a-ab38-a2f31cd08adc"},
		{ninjsNamespace, "Headline\nPara one.", "a7a7fbfd-1680-5b89-ab09-d10f599676df"},
		{ninjsNamespace, "", "ac032202-fbd1-5fc9-b107-93691cf3f185"},
	} {
		if got := uuid5(tc.ns, tc.name); got != tc.want {
			t.Errorf("uuid5(%q) = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestAbsoluteURI(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/world/story.html":   "https://example.com/world/story.html",
		"http://example.com:8080/a?b=c#d":        "http://example.com:8080/a?b=c#d",
		"https://example.com/記事/1":               "https://example.com/%E8%A8%98%E4%BA%8B/1",
		"https://example.com/a b?q=x y":          "https://example.com/a%20b?q=x%20y",
		"https://bücher.example/a":               "https://xn--bcher-kva.example/a",
		"https://example.com/a?q=%E2%82%AC&x=€":  "https://example.com/a?q=%E2%82%AC&x=%E2%82%AC",
		"https://example.com/a#ü":                "https://example.com/a#%C3%BC",
		"ftp://example.com/a":                    "",
		"/world/story.html":                      "",
		"https:story.html":                       "",
		"https://user:pass@example.com/":         "",
		"":                                       "",
		"https://exa mple.com/":                  "",
		"https://example.com/\x00":               "",
		"https://[::1]:80/a":                     "https://[::1]:80/a",
		"HTTPS://Example.COM/A":                  "https://example.com/A",
		"https://example.com/a%zz":               "",
		"https://example.com/a\"<b>{c}|d^e`f\\g": "https://example.com/a%22%3Cb%3E%7Bc%7D%7Cd%5Ee%60f%5Cg",
	} {
		if got := absoluteURI(in); got != want {
			t.Errorf("absoluteURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMarshalNINJS checks the mapping of every field on one Article.
func TestMarshalNINJS(t *testing.T) {
	a := &Article{
		Headline: "Copper climbs as port strike squeezes supply",
		Section:  "Business",
		Byline:   []string{"Laura Brennan", "Peter Oduya"},
		Credit:   "By Laura Brennan and Peter Oduya, Reuters",
		Agencies: []Agency{{Code: "Reuters", Name: "Reuters"}, {Code: "AP", Name: "The Associated Press"}},
		Dateline: Dateline{Text: "SANTIAGO, Chile, Jan 14 (Reuters) -", Places: []string{"SANTIAGO", "Chile"},
			Date: "Jan 14", Agencies: []string{"Reuters"}},
		Published:  time.Date(2021, 1, 14, 16, 12, 0, 0, time.FixedZone("", -3*3600)),
		Paragraphs: []string{"Copper prices rose on Thursday.", "Mines", "Output was not affected, the company said."},
		Subheads:   []int{1},
		Tail: []string{"(Reporting by Laura Brennan; Editing by Mark Hollis)",
			"© 2021 The Associated Press. All rights reserved."},
		URL:      "https://example.com/markets/copper",
		Site:     "Example News",
		Language: "en",
	}
	js, err := a.MarshalNINJS()
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(js, &got); err != nil {
		t.Fatal(err)
	}
	body := "SANTIAGO, Chile, Jan 14 (Reuters) - Copper prices rose on Thursday.\n\nMines\n\n" +
		"Output was not affected, the company said.\n\n(Reporting by Laura Brennan; Editing by Mark Hollis)"
	want := map[string]any{
		"uri":  "https://example.com/markets/copper",
		"type": "text",
		"standard": map[string]any{"name": "ninjs", "version": "3.1",
			"schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"},
		"firstCreated":    "2021-01-14T16:12:00-03:00",
		"language":        "en",
		"copyrightHolder": "The Associated Press",
		"copyrightNotice": "© 2021 The Associated Press. All rights reserved.",
		"headlines":       []any{map[string]any{"role": "main", "value": a.Headline}},
		"by":              a.Credit,
		"people": []any{map[string]any{"name": "Laura Brennan", "rel": "author"},
			map[string]any{"name": "Peter Oduya", "rel": "author"}},
		"infoSources": []any{map[string]any{"name": "Reuters", "literal": "Reuters"},
			map[string]any{"name": "The Associated Press", "literal": "AP"}},
		"located": "SANTIAGO, Chile",
		"bodies": []any{map[string]any{"role": "main", "contentType": "text/plain",
			"charCount": float64(len(body)), "wordCount": float64(len(strings.Fields(body))), "value": body}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MarshalNINJS mismatch (-want +got):\n%s", diff)
	}

	// No URL, no credit: a stable urn from the text, the byline as "by".
	b := &Article{Headline: "Headline", Paragraphs: []string{"Para one."}, Byline: []string{"Jane Doe", "John Roe"}}
	js, err = b.MarshalNINJS()
	if err != nil {
		t.Fatal(err)
	}
	want = map[string]any{
		"uri":  "urn:uuid:a7a7fbfd-1680-5b89-ab09-d10f599676df",
		"type": "text",
		"standard": map[string]any{"name": "ninjs", "version": "3.1",
			"schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"},
		"headlines": []any{map[string]any{"role": "main", "value": "Headline"}},
		"by":        "Jane Doe, John Roe",
		"people": []any{map[string]any{"name": "Jane Doe", "rel": "author"},
			map[string]any{"name": "John Roe", "rel": "author"}},
		"bodies": []any{map[string]any{"role": "main", "contentType": "text/plain",
			"charCount": float64(9), "wordCount": float64(2), "value": "Para one."}},
	}
	got = nil
	if err := json.Unmarshal(js, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MarshalNINJS without URL mismatch (-want +got):\n%s", diff)
	}
}

// TestNINJSURIStable checks that the urn of a page without a URL depends
// on its text only, and differs between stories.
func TestNINJSURIStable(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	seen := make(map[string]string)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var uris []string
		for range 2 {
			a, err := Parse(strings.NewReader(string(data)))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			uris = append(uris, ninjsURI(a))
		}
		if uris[0] != uris[1] || !strings.HasPrefix(uris[0], "urn:uuid:") {
			t.Errorf("%s: uris %q, want the same urn:uuid: twice", f, uris)
		}
		if other, ok := seen[uris[0]]; ok {
			t.Errorf("%s and %s have the same uri %s", f, other, uris[0])
		}
		seen[uris[0]] = f
	}
	if len(seen) < 5 {
		t.Errorf("only %d text pages in testdata", len(seen))
	}
}
