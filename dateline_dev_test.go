package wirestory

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// A datelineCase is one line of ../shared/eval/datelines-dev.jsonl.
type datelineCase struct {
	Text   string `json:"text"`
	Expect struct {
		HasDateline bool     `json:"has_dateline"`
		Places      []string `json:"places"`
		Date        string   `json:"date"`
		Agency      []string `json:"agency"`
		Lede        string   `json:"lede"`
	} `json:"expect"`
	Tags struct {
		Style    string   `json:"style"`
		Agencies []string `json:"agency_canonical"`
	} `json:"tags"`
}

// readJSONL decodes every line of a JSON Lines file in the shared
// evaluation folder into a T, skipping the test when the folder is absent.
func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	data := readShared(t, path)
	var out []T
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// cleanAll returns Clean applied to every string of list, never nil.
func cleanAll(list []string) []string {
	out := []string{}
	for _, s := range list {
		out = append(out, Clean(s))
	}
	return out
}

// TestDatelinesDev measures ParseDateline on the real story openings of
// ../shared/eval/datelines-dev.jsonl. It logs the accuracy of each field
// and of each agency, lists the misses, and fails when fewer than 98% of
// the entries with a dateline are right in places, date, agency and lede
// together, or when any look-alike gives a dateline.
func TestDatelinesDev(t *testing.T) {
	cases := readJSONL[datelineCase](t, "eval/datelines-dev.jsonl")
	var places, date, agency, lede, whole tally
	perAgency := map[string]*tally{}
	falsePos := 0
	var misses []string
	for i, c := range cases {
		d, got, ok := ParseDateline(c.Text)
		if !c.Expect.HasDateline {
			if ok {
				falsePos++
				misses = append(misses, fmt.Sprintf("line %d: look-alike read as dateline %q", i+1, d.Text))
			}
			continue
		}
		var bad []string
		check := func(tl *tally, field string, right bool, gotV, wantV any) {
			tl.add(right)
			if !right {
				bad = append(bad, fmt.Sprintf("%s %q, want %q", field, gotV, wantV))
			}
		}
		wantPlaces, wantAgency := cleanAll(c.Expect.Places), cleanAll(c.Expect.Agency)
		gotPlaces, gotAgency := d.Places, d.Agencies
		if gotPlaces == nil {
			gotPlaces = []string{}
		}
		if gotAgency == nil {
			gotAgency = []string{}
		}
		check(&places, "places", slices.Equal(gotPlaces, wantPlaces), gotPlaces, wantPlaces)
		check(&date, "date", d.Date == Clean(c.Expect.Date), d.Date, Clean(c.Expect.Date))
		check(&agency, "agency", slices.Equal(gotAgency, wantAgency), gotAgency, wantAgency)
		wantLede := Clean(c.Expect.Lede)
		check(&lede, "lede", ok && got == wantLede, trunc(got, 50), trunc(wantLede, 50))
		whole.add(len(bad) == 0)
		if len(bad) > 0 {
			misses = append(misses, fmt.Sprintf("line %d (%s): %s", i+1, c.Tags.Style, strings.Join(bad, "; ")))
		}
		keys := c.Tags.Agencies
		if len(keys) == 0 {
			keys = []string{"(none)"}
		}
		for _, k := range keys {
			count(perAgency, k, len(bad) == 0)
		}
	}
	t.Logf("places %v; date %v; agency %v; lede %v", places, date, agency, lede)
	t.Logf("all four right: %v; look-alikes read as datelines: %d", whole, falsePos)
	logTallies(t, "agency ", perAgency)
	logLines(t, "miss: ", misses)
	if whole.right*100 < whole.all*98 {
		t.Errorf("datelines right: %v, want at least 98%%", whole)
	}
	if falsePos > 0 {
		t.Errorf("%d look-alikes read as datelines, want none", falsePos)
	}
}

// A tally counts the right answers among all.
type tally struct{ right, all int }

func (tl *tally) add(right bool) {
	tl.all++
	if right {
		tl.right++
	}
}

func (tl tally) String() string {
	return fmt.Sprintf("%d/%d = %.1f%%", tl.right, tl.all, 100*float64(tl.right)/float64(max(tl.all, 1)))
}

// count adds an answer to the tally of key in m.
func count(m map[string]*tally, key string, right bool) {
	if m[key] == nil {
		m[key] = &tally{}
	}
	m[key].add(right)
}

// logTallies logs the tallies of m in the order of their keys.
func logTallies(t *testing.T, prefix string, m map[string]*tally) {
	t.Helper()
	for _, k := range slices.Sorted(maps.Keys(m)) {
		t.Logf("  %s%-20s %v", prefix, k, *m[k])
	}
}

// logLines logs each of lines with prefix.
func logLines(t *testing.T, prefix string, lines []string) {
	t.Helper()
	for _, l := range lines {
		t.Logf("%s%s", prefix, l)
	}
}

// trunc shortens s to n runes for a log line.
func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
