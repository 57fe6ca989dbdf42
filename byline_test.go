package wirestory

import (
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
