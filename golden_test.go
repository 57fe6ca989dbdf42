package wirestory

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json with the current output")

// TestGolden parses every sample page in testdata (name.txt or name.html)
// and compares the Article with name.golden.json. Run go test -update to
// rewrite the golden files, then review the diff.
func TestGolden(t *testing.T) {
	var inputs []string
	for _, pat := range []string{"testdata/*.txt", "testdata/*.html"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, m...)
	}
	if len(inputs) == 0 {
		t.Fatal("no sample pages in testdata")
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				js, err := json.MarshalIndent(got, "", "\t")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(js, '\n'), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			js, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var want Article
			if err := json.Unmarshal(js, &want); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", in, diff)
			}
		})
	}
}
