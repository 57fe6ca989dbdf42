package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestSignatureOfAnotherStory checks that an agency's signature that
// closes a fact box or another story on the same page does not credit the
// story, and that one closing the story does.
func TestSignatureOfAnotherStory(t *testing.T) {
	story := `Harbor ferry returns after two-year pause

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock.

Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer.

The council will review the service in the autumn, when the first year's figures are due.
`
	for _, c := range []struct {
		name, after string
		codes       []string
	}{
		{"signature closing the story", "— AP\n", []string{"AP"}},
		{"signature of a box before more prose", `Ferry facts
Built: 1974
Seats: 120
(AP)

A second story on the page begins here, about the city's new bus lanes and the traffic they will calm.

Bus riders said the lanes would save them ten minutes a day, and the mayor promised more of them next year.
`, nil},
	} {
		a, err := Parse(strings.NewReader(story + "\n" + c.after))
		if err != nil {
			t.Fatal(err)
		}
		if got := codesOf(a.Agencies); !slices.Equal(got, c.codes) {
			t.Errorf("%s: agencies %q, want %q (tail %q)", c.name, got, c.codes, a.Tail)
		}
	}
}

// TestInnerSignatures checks the signatures inside a body run that more
// of the story follows.
func TestInnerSignatures(t *testing.T) {
	lines := []string{
		"The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock.",
		"The ferry was built in 1974 and seats 120 people, according to the operator's figures.",
		"(NTB)",
		"Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer.",
		"The council will review the service in the autumn, when the first year's figures are due.",
		"— AP",
	}
	ss := make([]slot, len(lines))
	for i, l := range lines {
		b := &block{text: l, kind: kindPara}
		b.measure()
		ss[i] = slot{block: b}
	}
	got := innerSignatures(ss, 0, len(ss)-1)
	want := []bool{false, false, true, false, false, false}
	if !slices.Equal(got, want) {
		t.Errorf("innerSignatures = %v, want %v", got, want)
	}
}
