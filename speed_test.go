package wirestory

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"testing"
)

// TestTailPhrasesListed checks that every phrase classifyTail looks for
// with has is in tailPhrases: has finds only those.
func TestTailPhrasesListed(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "tail.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "has" || len(call.Args) != 1 {
			return true
		}
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok {
			t.Errorf("has called with %T, not a phrase", call.Args[0])
			return true
		}
		p, _ := strconv.Unquote(lit.Value)
		n++
		if !slices.Contains(tailPhrases, p) {
			t.Errorf("classifyTail looks for %q, which tailPhrases lacks", p)
		}
		return true
	})
	if n < 10 {
		t.Errorf("found %d calls of has in tail.go; the test reads the wrong file", n)
	}
}

// TestMayOpenWithAgency checks mayOpenWithAgency against agencyMatches: it
// may say yes when no mention opens the text, never no when one does.
func TestMayOpenWithAgency(t *testing.T) {
	found := 0
	for _, s := range []string{
		"AP's Jane Doe contributed.", "Associated Press writer Jane Doe", "The Associated Press", "Reuters",
		"REUTERS/Jane Doe", "Agence France-Presse's Jane Doe reports.", "dpa", "Jiji Press", "新华社记者",
		"共同通信", "(AP)", " AP", "Jane Doe's report", "Apple's results", "", "’s", "AFP’s Jane Doe reports",
		"Xinhua's Jane Doe", "PTI", "Efe", "ANSA's story", "Kyodo News", "Yonhap's reporter",
	} {
		ms := agencyMatches(s, true)
		opens := len(ms) > 0 && ms[0].start == 0
		if opens {
			found++
		}
		if opens && !mayOpenWithAgency(s) {
			t.Errorf("mayOpenWithAgency(%q) = false; agencyMatches finds %v at its start", s, ms[0])
		}
	}
	if found < 10 {
		t.Errorf("agencyMatches finds an agency at the start of %d texts; the cases test nothing", found)
	}
	for _, s := range []string{"Jane Doe's report", "(AP)", " AP", "", "Mayor Jane Doe's office"} {
		if mayOpenWithAgency(s) {
			t.Errorf("mayOpenWithAgency(%q) = true; no agency's name opens it", s)
		}
	}
}
