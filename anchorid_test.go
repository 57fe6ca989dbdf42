package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// anchorPage is a page written for these tests: a guide whose headings
// carry anchors written from their words, one of them holding a word that
// names chrome elsewhere ("share"), and a share box inside the story whose
// heading's id is a box's name.
const anchorPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How valley farmers split the river | Field Notes</title></head>
<body>
<header class="site-header"><a href="/">Field Notes</a><nav><a href="/farming">Farming</a> <a href="/water">Water</a></nav></header>
<article class="guide">
<h1>How valley farmers split the river</h1>
<ol class="toc"><li><a href="#how-farmers-share-the-water">How farmers share the water</a></li><li><a href="#what-the-meters-showed">What the meters showed</a></li></ol>
<p>Every spring the twelve farms along the valley agree how much of the river each of them may draw, and the rules they use are older than the dam.</p>
<h2 id="how-farmers-share-the-water">How farmers share the water</h2>
<p>Each farm gets a turn at the sluice that lasts as many hours as it has hectares under crops, counted at the start of the season.</p>
<p>When the river runs low the turns shrink in proportion, and nobody may carry unused hours over to the next week.</p>
<h2 id="share">Share this guide</h2>
<h2 id="what-the-meters-showed">What the meters showed</h2>
<p>Meters fitted last year showed that the farms drew within two percent of their turns, far closer than the old estimates suggested.</p>
<p>The cooperative now plans to publish the readings every month so that each farmer can check the others' use of the river.</p>
</article>
<footer class="site-footer"><p>© 2025 Field Notes</p></footer>
</body></html>`

// TestHeadingAnchorID checks that a heading whose id is an anchor written
// from its words heads its section of the story even when a word of the
// anchor names chrome, and that a heading whose id is a box's name stays
// out.
func TestHeadingAnchorID(t *testing.T) {
	a, err := Parse(strings.NewReader(anchorPage))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Paragraphs, "How farmers share the water") {
		t.Errorf("the anchored heading is not in the body:\n%s", strings.Join(a.Paragraphs, "\n"))
	}
	if slices.Contains(a.Paragraphs, "Share this guide") {
		t.Errorf("the share box's heading is in the body:\n%s", strings.Join(a.Paragraphs, "\n"))
	}
	if !slices.Contains(a.Paragraphs, "Meters fitted last year showed that the farms drew within two percent of their turns, far closer than the old estimates suggested.") {
		t.Errorf("the last section is not in the body:\n%s", strings.Join(a.Paragraphs, "\n"))
	}
}

// TestIsAnchorID checks which ids read as a heading's anchor: three words
// or more, however they are joined.
func TestIsAnchorID(t *testing.T) {
	for _, c := range []struct {
		id   string
		want bool
	}{
		{"how-farmers-share-the-water", true},
		{"Scholarly_search_engines", true},
		{"related-posts", false},
		{"share", false},
		{"--share--", false},
		{"social--share", false},
		{"", false},
	} {
		if got := isAnchorID([]byte(c.id)); got != c.want {
			t.Errorf("isAnchorID(%q) = %v, want %v", c.id, got, c.want)
		}
	}
}
