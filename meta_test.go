package wirestory

import (
	"slices"
	"testing"
)

func TestDropSiteNames(t *testing.T) {
	for _, c := range []struct {
		people []string
		site   string
		want   []string
	}{
		{[]string{"La Gazette"}, "La Gazette", nil},
		{[]string{"Example Daily"}, "The Example Daily", nil},
		{[]string{"Le Courrier.fr"}, "Le Courrier", nil},
		{[]string{"Jane Doe", "La Gazette"}, "la gazette", []string{"Jane Doe"}},
		{[]string{"Jane Doe"}, "La Gazette", []string{"Jane Doe"}},
		{[]string{"Jane Doe"}, "", []string{"Jane Doe"}},
	} {
		if got := dropSiteNames(c.people, c.site); !slices.Equal(got, c.want) {
			t.Errorf("dropSiteNames(%q, %q) = %q, want %q", c.people, c.site, got, c.want)
		}
	}
}

func TestOrgAgencies(t *testing.T) {
	for _, c := range []struct {
		in    string
		codes []string
	}{
		{"Reuters", []string{"Reuters"}},
		{"SDA", []string{"SDA"}},
		{"La Gazette et AFP", []string{"AFP"}},
		{"La Gazette", nil},
		{"Example Media Group", nil},
	} {
		if got := codesOf(orgAgencies(c.in)); !slices.Equal(got, c.codes) {
			t.Errorf("orgAgencies(%q) = %q, want %q", c.in, got, c.codes)
		}
	}
}
