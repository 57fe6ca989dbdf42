package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestAgreesWithWsscore runs shared/tools/wsscore, the project's reference
// scorer, on every corpus (HTML and text dumps) with the wirestory command
// built from this checkout, and checks that bench's figures for wirestory
// are the same: every count exactly, every score to 1e-9. It skips when
// python3 or the shared data is absent, and under -short.
func TestAgreesWithWsscore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs wsscore and wirestory over every corpus")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	eval, err := filepath.Abs(evalDir)
	if err != nil {
		t.Fatal(err)
	}
	tool := filepath.Join(eval, "..", "tools", "wsscore")
	if !fileExists(tool) {
		t.Skipf("no wsscore at %s", tool)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "wirestory")
	build := exec.Command("go", "build", "-o", bin, "./cmd/wirestory")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/wirestory: %v\n%s", err, out)
	}
	agencies, err := loadAgencyNames(evalDir)
	if err != nil {
		t.Fatal(err)
	}
	ws := &extractors(true)[0]
	if ws.Name != nameWirestory {
		t.Fatalf("first extractor is %q", ws.Name)
	}

	var corpora []*corpus
	var dirs []string
	for _, name := range corpusNames {
		c, err := loadCorpus(name, eval)
		if err != nil {
			t.Logf("%v: skipped", err)
			continue
		}
		corpora = append(corpora, c)
		dirs = append(dirs, c.Dir)
	}
	if len(corpora) == 0 {
		t.Skip("no corpus")
	}
	compared := 0
	for _, input := range []string{inputHTML, inputText} {
		out := filepath.Join(t.TempDir(), "wsscore.json")
		args := []string{tool, "--bin", bin, "--json", out}
		if input == inputText {
			args = append(args, "--text")
		}
		cmd := exec.Command(python, append(args, dirs...)...)
		cmd.Dir = root
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("wsscore: %v\n%s", err, msg)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]map[string]any
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		for _, c := range corpora {
			key := filepath.Base(c.Dir)
			if input == inputText {
				key += " (text)"
			}
			w, ok := want[key]
			if !ok {
				t.Errorf("wsscore gave no figures for %q", key)
				continue
			}
			r, err := runCorpus(c, input, ws, runOptions{agencies: agencies})
			if err != nil {
				t.Fatal(err)
			}
			compared += compareWsscore(t, key, r.summarize(0), w)
		}
	}
	t.Logf("%d figures equal", compared)
}

// compareWsscore checks bench's summary of one corpus against wsscore's
// figures for it and returns how many figures it compared.
func compareWsscore(t *testing.T, key string, s summary, want map[string]any) int {
	t.Helper()
	got := map[string]any{}
	switch {
	case want["checks"] != nil: // stories-dev
		right, all := 0, 0
		for _, f := range storyCheckNames {
			fs := s.Fields[f]
			got[f] = fmt.Sprintf("%d/%d", fs.Right, fs.Pages)
			right += fs.Right
			all += fs.Pages
		}
		got["pages"] = float64(s.Pages)
		got["checks"] = float64(right) / float64(max(all, 1))
	default:
		got["pages"], got["errors"] = float64(s.Pages), float64(s.NoArticle)
		got["precision"], got["recall"], got["f1"] = s.Precision, s.Recall, s.F1
		if _, ok := want["exact"]; ok {
			got["exact"] = s.Exact
		}
		for name, fs := range s.Fields {
			got[name] = fs.Score
		}
		if _, ok := want["non_articles_parsed"]; ok {
			m := map[string]any{}
			for typ, tc := range s.NonArticles {
				m[typ] = fmt.Sprintf("%d/%d", tc.AsArticle, tc.Pages)
			}
			got["non_articles_parsed"] = m
		}
	}
	n := 0
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("%s: bench has no %q (wsscore: %v)", key, k, w)
			continue
		}
		n++
		if wf, ok := w.(float64); ok {
			if gf, ok := g.(float64); !ok || math.Abs(gf-wf) > 1e-9 {
				t.Errorf("%s: %s = %v, wsscore %v", key, k, g, w)
			}
			continue
		}
		if fmt.Sprint(g) != fmt.Sprint(w) {
			t.Errorf("%s: %s = %v, wsscore %v", key, k, g, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: wsscore has no %q", key, k)
		}
	}
	return n
}
