package wirestory

import (
	"slices"
	"testing"
)

// TestMarkListRest checks that a list of other stories set into a text
// page's body under a list heading leaves the body whole, in English and
// German, when the rules stopped reading it at a headline that asks a
// question or opens with a quotation; and that the story stays: its
// paragraph under the list's blank line, a subhead right under a box, a
// sentence under the list, and lines under a heading with too few
// teasers.
func TestMarkListRest(t *testing.T) {
	type tc struct {
		name    string
		heading string
		teasers []string // taken for the list's by the rules
		rest    []string // the lines right under them
		out     bool     // the rest leaves the body
	}
	en := []string{"Bridge tolls to rise in the new year", "City council approves new bike lanes"}
	de := []string{"Brückenmaut steigt im neuen Jahr", "Stadtrat beschließt neue Radwege"}
	cases := []tc{
		{"English rest", "Related stories", en, []string{"Could the old pier be saved by a new owner?", "'Naive and hopeful' mayor defends harbour plan, council hears", "Storm closes the coast road"}, true},
		{"German rest", "Mehr zum Thema", de, []string{"Kann ein neuer Besitzer den alten Anleger retten?", "„Naiv und hoffnungsvoll“: Bürgermeister verteidigt Hafenplan"}, true},
		{"a subhead right under the box", "Related stories", en, []string{"Who should ride the new ferry?"}, false},
		{"a sentence under the list", "Related stories", en, []string{"The authority said the work would start in the spring.", "Storm closes the coast road again"}, false},
		{"too few teasers", "Related stories", en[:1], []string{"Could the old pier be saved by a new owner?", "Storm closes the coast road"}, false},
	}
	for _, c := range cases {
		lines := []string{storyLines[0], "", storyLines[1], "", c.heading}
		lines = append(append(lines, c.teasers...), c.rest...)
		lines = append(lines, "", storyLines[4], "", storyLines[5])
		ss := slotsOf(lines...)
		h := 2
		if !ss[h].listHead {
			t.Fatalf("%s: %q is no list heading", c.name, c.heading)
		}
		ss[h].role = roleChrome
		for k := range c.teasers {
			ss[h+1+k].role = roleTeaser
		}
		markListRest(ss, 0, len(ss)-1)
		var kept []string
		for _, s := range ss {
			if s.role == roleUnknown {
				kept = append(kept, s.text)
			}
		}
		for _, p := range []string{storyLines[0], storyLines[1], storyLines[4], storyLines[5]} {
			if !slices.Contains(kept, p) {
				t.Errorf("%s: paragraph %q left the body", c.name, p)
			}
		}
		for _, r := range c.rest {
			if in := slices.Contains(kept, r); in == c.out {
				t.Errorf("%s: line %q kept %v, want %v", c.name, r, in, !c.out)
			}
		}
	}
}
