package wirestory

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestParseCreditLine has one case per shape of byline and credit line
// that parseCreditLine reads, in lines written for this test.
func TestParseCreditLine(t *testing.T) {
	for _, c := range []struct {
		in     string
		ok     bool
		people []string
		codes  []string
	}{
		{"By Jane Doe", true, []string{"Jane Doe"}, nil},
		{"By JANE DOE and JOHN ROE, Associated Press", true, []string{"JANE DOE", "JOHN ROE"}, []string{"AP"}},
		{"Von Anna Muster und Paul Beispiel, dpa", true, []string{"Anna Muster", "Paul Beispiel"}, []string{"dpa"}},
		{"Door Jan Peeters", true, []string{"Jan Peeters"}, nil},
		{"Bron: BELGA", true, nil, []string{"Belga"}},
		{"Quelle: example.de, abc/dpa", true, nil, []string{"dpa"}},
		{"来源：新华社", true, nil, []string{"Xinhua"}},
		{"Example.fr avec AFP", true, nil, []string{"AFP"}},
		{"Redacción con EFE", false, nil, nil},
		{"Jane Doe mit dpa", true, []string{"Jane Doe"}, []string{"dpa"}},
		{"Jane Doe og NTB", true, []string{"Jane Doe"}, []string{"NTB"}},
		{"Par Le Courrier et AFP", true, nil, []string{"AFP"}},
		{"PTI Mumbai", true, nil, []string{"PTI"}},
		{"BYJane Doe", true, []string{"Jane Doe"}, nil},
		{"AFP NEW DELHI", true, nil, []string{"AFP"}},
		{"Jane Doe Senior Washington Correspondent", true, []string{"Jane Doe"}, nil},
		{"Maria de la Cruz Staff Writer", true, []string{"Maria de la Cruz"}, nil},
		{"Robert Roe, Ap National Security Writer", true, []string{"Robert Roe"}, nil},
		// Not credit lines.
		{"Mumbai Indians", false, nil, nil},
		{"Senior Washington Correspondent", false, nil, nil},
		{"The minister said the plan would be ready.", false, nil, nil},
		{"Di Maria", false, nil, nil},
		{"Jane Doe", false, nil, nil},
		// A lone part without "By": an editor's initials and an agency
		// make a credit; a date, a weekday, a place or a name alone do
		// not, though beside a name they stand as its title.
		{"abc/dpa", true, nil, []string{"dpa"}},
		{"xyz/AFP", true, nil, []string{"AFP"}},
		{"Tuesday", false, nil, nil},
		{"25. November 2014", false, nil, nil},
		{"Palma", false, nil, nil},
		{"Jane Doe | Palma", true, []string{"Jane Doe"}, nil},
		{"Jane Doe | Tuesday", true, []string{"Jane Doe"}, nil},
	} {
		got, ok := parseCreditLine(c.in)
		if ok != c.ok || !slices.Equal(got.people, c.people) || !slices.Equal(codesOf(got.agencies), c.codes) {
			t.Errorf("parseCreditLine(%q) = %q %q %v, want %q %q %v", c.in, got.people, codesOf(got.agencies), ok, c.people, c.codes, c.ok)
		}
	}
}

// TestIsPersonName checks names against organizations, web addresses and
// placeholders that have a name's shape.
func TestIsPersonName(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Jane Doe", true},
		{"Maria de la Cruz", true},
		{"JANE DOE", true},
		{"Jean-Pierre O'Neil", true},
		{"Sporting Example News", false},
		{"Valley Post News Weekly", false},
		{"Example Daily", false},
		{"Le Monde.fr", false},
		{"Staff Writer", false},
		{"Jane", false},
		{"Associated Press", false},
		{"Learn More", false},
		{"Sign Up Now", false},
	} {
		if got := isPersonName(c.in); got != c.want {
			t.Errorf("isPersonName(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestNameBelowHeadline checks a byline that is a name alone on the line
// under the headline of a text page.
func TestNameBelowHeadline(t *testing.T) {
	page := `Business
Harbor ferry returns after two-year pause
Jane Doe
5 Min Read

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock.

Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer.
`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Byline, []string{"Jane Doe"}) || a.Headline != "Harbor ferry returns after two-year pause" {
		t.Errorf("byline %q, headline %q", a.Byline, a.Headline)
	}
}

// TestLongCreditPart checks what lets parseCreditLine skip its limited
// checks for a long part: longCreditPart counts the words of the part's
// chromeKey, no vague, placeholder or weekday credit has more than
// maxShortCreditWords, and on every long part (made up, and every part of
// every block of the AEB and stories-dev pages) each skipped check reports
// false.
func TestLongCreditPart(t *testing.T) {
	for _, set := range []map[string]bool{vagueCredits, placeholderNames, weekdays} {
		for k := range set {
			if n := len(strings.Fields(k)); n > maxShortCreditWords {
				t.Errorf("%q has %d words, more than maxShortCreditWords", k, n)
			}
		}
	}
	parts := []string{
		"— — — — — — — — — — — staff",
		"Jane Doe Senior Washington Correspondent of the paper for ten years writer",
		"Jane\u00a0Doe\u00a0and\u00a0John\u00a0Roe\u00a0and\u00a0Ann\u00a0Lee\u00a0and\u00a0Bo\u00a0Ek\u00a0and\u00a0Al\u00a0Bo",
		"one two three four five six seven eight nine",
		"one two three four five six seven eight nine ten",
		"\xff \xfe a b c d e f g h i j",
		"The minister said on Tuesday that the talks would go on next week",
	}
	for _, text := range corpusBlockTexts(t) {
		body, _ := cutByPrefix(strings.TrimSpace(text))
		for _, part := range splitCreditParts(strings.Trim(body, " =^|•·-–—:")) {
			parts = append(parts, strings.TrimSpace(strings.Trim(part, " .,;")))
		}
	}
	long := 0
	for _, part := range parts {
		key := chromeKey(part)
		got, want := longCreditPart(part), len(strings.Fields(key)) > maxShortCreditWords
		if got != want {
			t.Errorf("longCreditPart(%q) = %v, want %v", part, got, want)
		}
		if !got {
			continue
		}
		long++
		_, job := cutJobTitle(part)
		if job || vagueCredits[key] || placeholderNames[key] || isJobTitle(part) || weekdays[key] ||
			isRelativeTime(key) || isOutletName(part) || isOrgName(part) || isTitledName(part) || isPersonName(part) {
			t.Errorf("a limited check reads the long part %q", part)
		}
	}
	if long < 3 {
		t.Errorf("only %d long parts checked", long)
	}
	t.Logf("%d parts, %d long", len(parts), long)
}

// corpusBlockTexts returns the text of every block Explain lists on the
// AEB and stories-dev pages, HTML and text dumps; none when they are
// absent.
func corpusBlockTexts(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, g := range []string{sharedDir + "/eval/aeb/html/*.html", sharedDir + "/eval/stories-dev/pages/*.html",
		sharedDir + "/eval/stories-dev/text/*.txt"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var p Parser
		blocks, _ := p.Explain(bytes.NewReader(data), PageInfo{})
		for _, b := range blocks {
			texts = append(texts, b.Text)
		}
	}
	return texts
}

// TestNameAboveSourcedCredit checks the writer's name alone under the
// headline, read for a caption because a picture's credit follows it: the
// credit names the picture's source itself, so the name is the byline. A
// caption that says more than a name stays a caption.
func TestNameAboveSourcedCredit(t *testing.T) {
	body := `
The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat.

Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer if the numbers hold up.
`
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Harbor ferry returns after two-year pause\nJane Roe\nFoto: Example News\n", []string{"Jane Roe"}},
		{"Harbor ferry returns after two-year pause\nRiders wait at the old pier on Tuesday morning\nFoto: Example News\n", nil},
	} {
		a, err := Parse(strings.NewReader("Home\nNews\nLocal\n" + c.head + body))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Byline, c.want) {
			t.Errorf("%q: byline %q, want %q", c.head, a.Byline, c.want)
		}
	}
}
