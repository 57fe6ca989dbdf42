package wirestory

import (
	"os"
	"strings"
	"testing"
)

// TestDocSnippet checks that the first code snippet of the package
// documentation is, line for line, the body of an example that runs it on
// a page with no story (ExampleParse_skipNonStories), so that the snippet
// a user copies first is one that has been run.
func TestDocSnippet(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var snippet []string
	for line := range strings.Lines(string(doc)) {
		code, ok := strings.CutPrefix(strings.TrimRight(line, "\n"), "//\t")
		if !ok {
			if len(snippet) > 0 {
				break
			}
			continue
		}
		snippet = append(snippet, strings.TrimSpace(code))
	}
	if len(snippet) < 3 {
		t.Fatalf("doc.go has no code snippet: %q", snippet)
	}
	ex, err := os.ReadFile("examples_test.go")
	if err != nil {
		t.Fatal(err)
	}
	src := string(ex)
	start := strings.Index(src, "func ExampleParse_skipNonStories() {")
	if start < 0 {
		t.Fatal("examples_test.go has no ExampleParse_skipNonStories")
	}
	end := strings.Index(src[start:], "\n}\n")
	var body []string
	for line := range strings.Lines(src[start : start+end]) {
		body = append(body, strings.TrimSpace(line))
	}
	for i := range body {
		if i+len(snippet) <= len(body) && strings.Join(body[i:i+len(snippet)], "\n") == strings.Join(snippet, "\n") {
			return
		}
	}
	t.Errorf("the package documentation's snippet is not in ExampleParse_skipNonStories:\n%s", strings.Join(snippet, "\n"))
}
