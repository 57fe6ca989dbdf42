package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestGroupHeadingNamesNoOne checks that a heading of capitalized common
// nouns ending in a group's job word ("Services", "Team", "Desk") is read
// as no byline, while real names, with a label, beside a desk or over a
// date, still are.
func TestGroupHeadingNamesNoOne(t *testing.T) {
	for _, s := range []string{
		"Understanding Payment Fraud Protection Services",
		"Choosing Home Alarm Monitoring Services",
		"Best Home Alarm Monitoring Services of 2025",
		"Günstige Kredite Online Vergleich Service",
		"Meilleurs Forfaits Mobiles Comparatif Services",
	} {
		if ml, ok := readHeadLine(s); ok && len(ml.credit.people) > 0 {
			t.Errorf("readHeadLine(%q) names %q, want no one", s, ml.credit.people)
		}
		if p, _ := headByline(s); len(p) > 0 {
			t.Errorf("headByline(%q) = %q, want none", s, p)
		}
		if isHeadMetaLine(s) {
			t.Errorf("isHeadMetaLine(%q) = true, want false", s)
		}
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"By Jane Roe", []string{"Jane Roe"}},
		{"Von Hans Müller", []string{"Hans Müller"}},
		{"By Jane Roe Home Alarm Services Desk", []string{"Jane Roe"}},
		{"Jane Roe Sports Desk", []string{"Jane Roe"}},
		{"JANE ROE GEAR TEAM", []string{"JANE ROE"}},
		{"Jane Roe, on behalf of the Example team", []string{"Jane Roe"}},
		{"Hans Müller 12.05.2024, 10:00 Uhr", []string{"Hans Müller"}},
		{"Jane Roe Staff Writer", []string{"Jane Roe"}},
	} {
		ml, ok := readHeadLine(tc.in)
		if !ok || !slices.Equal(ml.credit.people, tc.want) {
			t.Errorf("readHeadLine(%q) = %q, %v; want %q", tc.in, ml.credit.people, ok, tc.want)
		}
	}
}

// TestGroupHeadingInTextPage checks a text page whose table of contents
// holds a heading ending in "Services" above the story: the page's byline
// is the bare name over the date under the headline, not the heading.
func TestGroupHeadingInTextPage(t *testing.T) {
	for _, tc := range []struct{ head, name, date, toc, body string }{
		{"Council votes to close the old river bridge", "Jane Roe", "8 May 2024", "Understanding Old Bridge Inspection Services",
			"The council voted on Tuesday to close the old river bridge to traffic after engineers found cracks in two of its piers, officials said.\n"},
		{"Stadtrat schließt die alte Flussbrücke", "Hans Müller", "08.05.2024", "Neue Brücken Prüfung Stadtwerke Service",
			"Der Stadtrat hat am Dienstag beschlossen, die alte Flussbrücke für den Verkehr zu sperren, nachdem Ingenieure Risse in zwei Pfeilern gefunden hatten.\n"},
	} {
		page := "Home\nWorld\n" + tc.head + "\n" + tc.name + "\n" + tc.date + "\n" + tc.toc + "\n" + strings.Repeat(tc.body, 4)
		a, err := Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{tc.name}; !slices.Equal(a.Byline, want) {
			t.Errorf("byline %q, want %q", a.Byline, want)
		}
	}
}

// TestPhraseCreditInHead checks that a line without a label, agency or
// date, a name and a group's title made of the story's own words ("Bridge
// Repair Team" over a story about repairing a bridge), is no byline in
// the walk up from the body, while a writer's name with a title is.
func TestPhraseCreditInHead(t *testing.T) {
	for _, tc := range []struct{ head, credit, body string }{
		{"Council votes to close the old river bridge", "Bridge Repair Team",
			"The council voted to close the old bridge so crews can repair it; the bridge repair will take a year, engineers said.\n"},
		{"Stadtrat sperrt die alte Flussbrücke", "Sicher Bauen Team",
			"Der Stadtrat will sicher bauen und sperrt die alte Brücke, weil die Stadt sicher bauen muss, sagte der Bürgermeister am Dienstag.\n"},
	} {
		for _, byline := range []string{tc.credit, "Jane Roe Staff Writer"} {
			page := "Home\nWorld\n" + tc.head + "\n" + byline + "\n" + strings.Repeat(tc.body, 4)
			a, err := Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			want := []string(nil)
			if byline != tc.credit {
				want = []string{"Jane Roe"}
			}
			if !slices.Equal(a.Byline, want) {
				t.Errorf("%q: byline %q, want %q", byline, a.Byline, want)
			}
		}
	}
}
