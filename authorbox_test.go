package wirestory

import (
	"strings"
	"testing"
)

// TestNamedAt checks that a name matches its possessive and its words in
// other cases, and that a name does not match one that differs from it by
// a letter s at the end (the old trim took every s away: "Jones" read as
// "Jone").
func TestNamedAt(t *testing.T) {
	for _, tc := range []struct {
		words, name string
		want        bool
	}{
		{"Jane Roe's", "Jane Roe", true},
		{"JANE ROE,", "Jane Roe", true},
		{"Chris Jones'", "Chris Jones", true},
		{"Chris Jones’s", "Chris Jones", true},
		{"Chris Jones", "Chris Jones", true},
		{"Chris Jones", "Chris Jone", false},
		{"Chri Jones", "Chris Jones", false},
		{"Lena Roes", "Lena Roe", false},
	} {
		if got := namedAt(strings.Fields(tc.words), strings.Fields(tc.name), 0); got != tc.want {
			t.Errorf("namedAt(%q, %q) = %v, want %v", tc.words, tc.name, got, tc.want)
		}
	}
}
