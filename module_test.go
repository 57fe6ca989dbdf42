package wirestory

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The library's module may require only these.
var allowedRequirements = map[string]bool{
	"golang.org/x/net":         true,
	"golang.org/x/text":        true,
	"github.com/google/go-cmp": true,
}

// TestLicense checks that the repository carries its licence in full, so
// that pkg.go.dev shows the documentation and users may use the code.
func TestLicense(t *testing.T) {
	data, err := os.ReadFile("LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{"BSD 3-Clause License", "Redistribution and use in source and binary forms",
		"Neither the name of the copyright holder", `PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"`} {
		if !strings.Contains(text, want) {
			t.Errorf("LICENSE lacks %q", want)
		}
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "BSD 3-Clause") {
		t.Error("README does not name the licence")
	}
}

// goMod is what TestGoMod reads of a go.mod file.
type goMod struct {
	goVersion string
	requires  map[string]string // module path → version
	indirect  []string          // requirements marked // indirect
}

func readGoMod(t *testing.T, path string) goMod {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := goMod{requires: make(map[string]string)}
	inRequire := false
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case f[0] == "go" && len(f) == 2:
			m.goVersion = f[1]
		case line == "require (":
			inRequire = true
		case line == ")":
			inRequire = false
		case inRequire && len(f) >= 2, f[0] == "require" && len(f) >= 3:
			if f[0] == "require" {
				f = f[1:]
			}
			m.requires[f[0]] = f[1]
			if strings.HasSuffix(line, "// indirect") {
				m.indirect = append(m.indirect, f[0])
			}
		}
	}
	return m
}

// TestGoMod checks the library's go.mod: it requires only x/net, x/text
// and go-cmp, each as a direct requirement (the code imports all three),
// and its go line is the lowest the requirements accept: the highest go
// line among theirs, read from the module cache.
func TestGoMod(t *testing.T) {
	m := readGoMod(t, "go.mod")
	for path := range m.requires {
		if !allowedRequirements[path] {
			t.Errorf("go.mod requires %s; the library may require only x/net, x/text and go-cmp", path)
		}
	}
	if len(m.indirect) > 0 {
		t.Errorf("go.mod marks direct requirements // indirect: %v (run go mod tidy)", m.indirect)
	}
	if m.goVersion == "" {
		t.Fatal("go.mod has no go line")
	}

	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Skipf("go env GOMODCACHE: %v", err)
	}
	cache := filepath.Join(strings.TrimSpace(string(out)), "cache", "download")
	need, from := "1.0", "nothing"
	for path, version := range m.requires {
		file := filepath.Join(cache, escapeModulePath(path), "@v", version+".mod")
		if _, err := os.Stat(file); err != nil {
			t.Skipf("%s %s is not in the module cache (run go mod download): %v", path, version, err)
		}
		mod := readGoMod(t, file)
		if compareGoVersions(mod.goVersion, need) > 0 {
			need, from = mod.goVersion, path+" "+version
		}
	}
	if m.goVersion != need {
		t.Errorf("go.mod says go %s; the lowest the requirements accept is go %s (from %s)", m.goVersion, need, from)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	// "1.26.0" → "Go 1.26".
	minor := strings.Join(strings.SplitN(m.goVersion, ".", 3)[:2], ".")
	for _, want := range []string{"Go " + minor + " or later", "go get github.com/wirestory/wirestory",
		`import "github.com/wirestory/wirestory"`} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README lacks %q", want)
		}
	}
}

// escapeModulePath escapes a module path as the module cache stores it:
// each upper-case letter becomes "!" and its lower case.
func escapeModulePath(path string) string {
	var b strings.Builder
	for _, r := range path {
		if unicode.IsUpper(r) {
			b.WriteByte('!')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return filepath.FromSlash(b.String())
}

// compareGoVersions compares two go lines ("1.21", "1.26.0") number by
// number.
func compareGoVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(as), len(bs)) {
		var x, y int
		if i < len(as) {
			x = atoiOr0(as[i])
		}
		if i < len(bs) {
			y = atoiOr0(bs[i])
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

func atoiOr0(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}
