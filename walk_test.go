package wirestory

import (
	"strings"
	"testing"
)

// TestSelfClosingRawTag checks that a self-closing <title/> inside an SVG
// icon does not make the rest of the page the title's text.
func TestSelfClosingRawTag(t *testing.T) {
	page := `<html><head><title>Port reopens</title></head><body>
<a href="/share"><svg viewBox="0 0 20 16"><title/><desc/><path d="M0,0 L1,1"/></svg></a>
<article><h1>Port reopens</h1>
<p>The port reopened on Monday after a week of repairs to its main crane, officials said.</p>
<p>Shipping lines said the backlog of containers would take about ten days to clear.</p>
</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || !strings.HasPrefix(a.Paragraphs[0], "The port reopened") {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}

// TestStreamedSegment checks that a segment React streams into a hidden
// <div hidden id="S:1"> is read, and that other hidden elements are not.
func TestStreamedSegment(t *testing.T) {
	page := `<html><head><title>Port reopens</title></head><body>
<main><template id="B:1"></template></main>
<div hidden>A hidden notice that nobody sees on the page at all, whatever its length may be.</div>
<div hidden id="S:1"><article><h1>Port reopens</h1>
<p>The port reopened on Monday after a week of repairs to its main crane, officials said.</p>
<p>Shipping lines said the backlog of containers would take about ten days to clear.</p>
</article></div></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || !strings.HasPrefix(a.Paragraphs[0], "The port reopened") {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
	for _, id := range []string{"S:1", "S:a", "S:12"} {
		if !isStreamedSegment([]byte(id)) {
			t.Errorf("isStreamedSegment(%q) = false", id)
		}
	}
	for _, id := range []string{"S:", "s:1", "Story", "S:1-x", ""} {
		if isStreamedSegment([]byte(id)) {
			t.Errorf("isStreamedSegment(%q) = true", id)
		}
	}
}
