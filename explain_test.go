package wirestory

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// explainPages are the pages TestExplainMatchesParse reads: the testdata
// stories and, when present, the stories-dev pages and their text dumps.
func explainPages(t *testing.T) []string {
	var files []string
	for _, g := range []string{"testdata/*.txt", "testdata/*.html",
		"../shared/eval/stories-dev/pages/*.html", "../shared/eval/stories-dev/text/*.txt"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d pages to explain", len(files))
	}
	return files
}

// fallbackReasons are the reasons explainSlot gives when none of the rules
// it knows accounts for a role: a sign that story.go has a rule that
// explain.go does not know yet.
var fallbackReasons = map[string]bool{
	"page chrome": true, "a caption": true, "part of the story's head": true,
	"inside the body's span but left out of it": true,
}

var allRoles = map[Role]bool{RoleHead: true, RoleBody: true, RoleSubhead: true, RoleTail: true, RoleChrome: true,
	RoleTeaser: true, RoleCaption: true, RoleJunk: true, RoleOther: true}

// TestExplainMatchesParse checks, on every sample page, that Explain reads
// the page as Parse does: the story it assembles is Parse's, its body and
// subhead blocks are the Article's paragraphs in order, every block of the
// page is listed once with a known role and a reason from a rule, not a
// fallback.
func TestExplainMatchesParse(t *testing.T) {
	for _, f := range explainPages(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var p Parser
		blocks, explainErr := p.Explain(bytes.NewReader(data), PageInfo{})
		want, err := Parse(bytes.NewReader(data))
		switch {
		case errors.Is(err, ErrNoArticle) && errors.Is(explainErr, ErrNoArticle):
			continue // an empty page: nothing to explain
		case explainErr != nil:
			t.Errorf("%s: %v", f, explainErr)
			continue
		case errors.Is(err, ErrNoArticle):
			want = &Article{}
		case err != nil:
			t.Fatalf("%s: %v", f, err)
		}

		// The same story, assembled the same way.
		pg, rd := readStory(data, "", &trainedBody)
		nblocks := len(pg.blocks)
		got := rd.article
		if len(got.Paragraphs) > 0 {
			PageInfo{}.fill(got) // as ParsePage does
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: readStory and Parse differ (-Parse +explain):\n%s", f, diff)
		}
		if len(blocks) != nblocks {
			t.Errorf("%s: %d blocks explained, the page has %d", f, len(blocks), nblocks)
		}

		var body []string
		for i, b := range blocks {
			if !allRoles[b.Role] || b.Reason == "" || fallbackReasons[b.Reason] || b.Text == "" || b.Kind == "" {
				t.Errorf("%s: block %d = %+v: want a known role, a kind and a reason from a rule", f, i+1, b)
			}
			if b.Role == RoleBody || b.Role == RoleSubhead {
				body = append(body, b.Text)
			}
		}
		if len(body) != len(want.Paragraphs) {
			t.Errorf("%s: %d body and subhead blocks, %d paragraphs", f, len(body), len(want.Paragraphs))
			continue
		}
		for i, para := range want.Paragraphs {
			// The first paragraph loses its dateline, the last a signature
			// glued to it; Clean may join what they leave.
			if body[i] != para && !strings.Contains(body[i], para) {
				t.Errorf("%s: body block %d is %q, paragraph %d is %q", f, i+1, body[i], i+1, para)
			}
		}
	}
}

// TestExplainErrors checks what Explain returns for a nil reader, a binary
// file, a page too long and a page with no story.
func TestExplainErrors(t *testing.T) {
	var p Parser
	if _, err := p.Explain(nil, PageInfo{}); err == nil || errors.Is(err, ErrNoArticle) {
		t.Errorf("nil reader: error %v", err)
	}
	if _, err := p.Explain(strings.NewReader("\x89PNG\r\n\x1a\n\x00\x00"), PageInfo{}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("binary: error %v, want ErrNoArticle", err)
	}
	small := Parser{MaxSize: 10}
	if _, err := small.Explain(strings.NewReader(strings.Repeat("word ", 10)), PageInfo{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large: error %v, want ErrTooLarge", err)
	}
	blocks, err := p.Explain(strings.NewReader("Home\nWorld\nBusiness\nSports\nContact us\n"), PageInfo{})
	if err != nil || len(blocks) != 5 {
		t.Fatalf("no story: %d blocks, error %v; want 5 and nil", len(blocks), err)
	}
	for _, b := range blocks {
		if b.Role == RoleBody || b.Role == RoleSubhead {
			t.Errorf("no story: block %+v in a body", b)
		}
	}
}

// TestExplainShiftJIS checks that Explain decodes a text page as its
// Content-Type says, as ParsePage does.
func TestExplainShiftJIS(t *testing.T) {
	data, err := os.ReadFile("testdata/jiji-shiftjis.html")
	if err != nil {
		t.Skip(err)
	}
	var p Parser
	blocks, err := p.Explain(bytes.NewReader(data), PageInfo{ContentType: "text/html; charset=Shift_JIS"})
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParsePage(bytes.NewReader(data), PageInfo{ContentType: "text/html; charset=Shift_JIS"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range blocks {
		if b.Role == RoleBody || b.Role == RoleSubhead {
			n++
		}
	}
	if n != len(a.Paragraphs) {
		t.Errorf("%d body blocks, %d paragraphs", n, len(a.Paragraphs))
	}
}
