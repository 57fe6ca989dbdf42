package ninjscheck

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/wirestory/wirestory"
)

// shared is the shared data beside the repository.
const shared = "../../shared"

// schemaURL is the $id of the ninjs 3.1 schema.
const schemaURL = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"

// geoJSONURL is the schema the ninjs schema refers to for geometry; it
// cannot be fetched here, and no story has geometry, so a permissive
// schema stands for it.
const geoJSONURL = "https://geojson.org/schema/GeoJSON.json"

// compileSchema compiles the ninjs 3.1 schema, asserting formats (uri,
// date-time) as well as structure, or skips the test when the schema is
// absent.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join(shared, "ninjs", "ninjs-schema_3.1.json"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("no ninjs schema: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(geoJSONURL, map[string]any{"type": "object"}); err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource(schemaURL, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// strictURI is an absolute URI of RFC 3986 in ASCII: a scheme, then only
// the characters a URI may hold.
var strictURI = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$`)

// validate checks one Article's ninjs against the schema.
func validate(t *testing.T, sch *jsonschema.Schema, name string, a *wirestory.Article) {
	t.Helper()
	js, err := a.MarshalNINJS()
	if err != nil {
		t.Errorf("%s: MarshalNINJS: %v", name, err)
		return
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Errorf("%s: MarshalNINJS gives invalid JSON: %v", name, err)
		return
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("%s: ninjs does not validate: %v\n%s", name, err, js)
		return
	}
	uri, _ := v.(map[string]any)["uri"].(string)
	if !strictURI.MatchString(uri) {
		t.Errorf("%s: uri %q is not an absolute URI in ASCII", name, uri)
	}
}

// readPage reads a page file, gunzipping a .gz one.
func readPage(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return data
}

// TestSchemaValidatesExamples checks the validator on IPTC's own examples,
// and that it rejects what ninjs 3.1 forbids, so that a pass below means
// something.
func TestSchemaValidatesExamples(t *testing.T) {
	sch := compileSchema(t)
	examples, _ := filepath.Glob(filepath.Join(shared, "ninjs", "example-*.json"))
	if len(examples) == 0 {
		t.Fatal("no IPTC examples beside the schema")
	}
	for _, f := range examples {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("IPTC's %s does not validate: %v", filepath.Base(f), err)
		}
	}
	for name, doc := range map[string]string{
		"no uri":           `{"type":"text"}`,
		"unknown property": `{"uri":"urn:x:1","dateline":"KABUL"}`,
		"relative uri":     `{"uri":"/a/b"}`,
		"bad date-time":    `{"uri":"urn:x:1","firstCreated":"Jan 14, 2021"}`,
		"headline value":   `{"uri":"urn:x:1","headlines":[{"role":"main"}]}`,
		"bad type":         `{"uri":"urn:x:1","type":"story"}`,
	} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(v) == nil {
			t.Errorf("%s: %s validates; the schema should reject it", name, doc)
		}
	}
}

// TestTestdataNINJS validates the ninjs of every story in ../testdata, as
// parsed, and again with URLs of every shape a page may give.
func TestTestdataNINJS(t *testing.T) {
	sch := compileSchema(t)
	var files []string
	for _, pat := range []string{"*.txt", "*.html"} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", pat))
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("%d pages in ../testdata", len(files))
	}
	urls := []string{
		"https://example.com/world/2024/03/05/story.html",
		"https://bücher.example/世界/記事?q=ä b#frag ü",
		"http://[::1]:8080/a",
		"/relative/path",
		"not a url at all",
		"https://user:pw@example.com/a",
		"ftp://example.com/a",
		"https://example.com/a%zz",
	}
	n := 0
	for _, f := range files {
		a, err := wirestory.Parse(bytes.NewReader(readPage(t, f)))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		n++
		validate(t, sch, f, a)
		for _, u := range urls {
			b := *a
			b.URL = u
			validate(t, sch, f+" with URL "+u, &b)
		}
		b := *a
		b.Published = time.Date(2024, 3, 5, 9, 30, 15, 500, time.FixedZone("JST", 9*3600))
		validate(t, sch, f+" with a time", &b)
	}
	t.Logf("%d testdata stories validate", n)
	validate(t, sch, "an empty Article", &wirestory.Article{})
}

// TestEvalNINJS validates the ninjs of every page of the shared evaluation
// corpora that gives a story, HTML and text: stories-dev always, the other
// corpora unless -short.
func TestEvalNINJS(t *testing.T) {
	sch := compileSchema(t)
	dirs := []string{"stories-dev/pages", "stories-dev/text"}
	if !testing.Short() {
		dirs = append(dirs, "aeb/html", "aeb/text", "fundus/pages", "fundus/text")
	}
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(shared, "eval", d, "*"))
		if len(files) == 0 {
			t.Logf("no pages in %s: skipped", d)
			continue
		}
		stories := 0
		for _, f := range files {
			a, err := wirestory.Parse(bytes.NewReader(readPage(t, f)))
			if errors.Is(err, wirestory.ErrNoArticle) {
				continue
			}
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			stories++
			validate(t, sch, f, a)
		}
		t.Logf("%s: %d of %d pages give a story, and its ninjs validates", d, stories, len(files))
		if stories < len(files)*9/10 {
			t.Errorf("%s: only %d of %d pages give a story: the check covers too little", d, stories, len(files))
		}
	}
}
