package wirestory

import (
	"fmt"
	"slices"
	"testing"
)

// TestKeepListedSections checks that a guide's body goes on through the
// sections its list of contents names, in English and in German, and
// stops at the share bar under the last section; and that a site's menu
// printed again in its footer, a list of other stories whose headlines
// stand again below, and heads of one word carry nothing.
func TestKeepListedSections(t *testing.T) {
	guide := func(intro string, heads []string, items [][]string, closing ...string) []string {
		lines := []string{"Ferry guide", "", intro}
		lines = append(lines, heads...)
		for k, h := range heads {
			lines = append(lines, "", h, "")
			lines = append(lines, items[k]...)
		}
		return append(append(lines, ""), closing...)
	}
	enIntro := "In this guide we compare the ferry operators of the harbor, their fares and their timetables, so that you can pick one."
	enHeads := []string{"1. Harbor Line ferries", "2. Bay Shuttle boats", "3. North Pier water taxis"}
	enItems := [][]string{
		{"Harbor Line runs the largest fleet on the harbor, with twelve boats that leave every half hour from the temporary pier.", "", "Fares from two dollars", "Boats every half hour"},
		{"Fares from three dollars", "Boats every hour"},
		{"Fares from ten dollars", "Boats on demand at any hour"},
	}
	deIntro := "In diesem Ratgeber vergleichen wir die Fährlinien des Hafens, ihre Preise und ihre Fahrpläne, damit Sie die passende finden."
	deHeads := []string{"1. Hafenlinie Fähren", "2. Buchtshuttle Boote", "3. Nordanleger Wassertaxis"}
	deItems := [][]string{
		{"Die Hafenlinie betreibt die größte Flotte im Hafen, mit zwölf Booten, die jede halbe Stunde vom Behelfsanleger ablegen.", "", "Preise ab zwei Euro", "Boote jede halbe Stunde"},
		{"Preise ab drei Euro", "Boote jede Stunde"},
		{"Preise ab zehn Euro", "Boote auf Abruf zu jeder Stunde"},
	}
	menu := []string{"World news today", "Local politics desk", "Sports results live"}
	menuPage := append([]string{"Ferry guide"}, menu...)
	menuPage = append(menuPage, "", enIntro, "", enItems[0][0], "", "Fares from two dollars", "Boats every half hour", "")
	menuPage = append(menuPage, menu...)
	oneWord := guide(enIntro, []string{"Fares", "Boats", "Taxis"}, enItems, "Share this article")
	// A site's menu of more lines than a list of contents holds, whose
	// entries stand again below, each under a number.
	var long, longItems = []string{}, [][]string{}
	for k := range maxListLines + 1 {
		long = append(long, fmt.Sprintf("Ferry route number %d timetable", k+1))
		longItems = append(longItems, []string{fmt.Sprint(k + 1)})
	}
	longItems[0] = enItems[0]
	longMenu := guide(enIntro, long, longItems, "Share this article")
	for _, c := range []struct {
		name     string
		lines    []string
		teasers  bool   // the list's lines are teasers
		wantLast string // the body's last line after the rule, "" for unchanged
	}{
		{"an English guide", guide(enIntro, enHeads, enItems, "Share this article", "About Us"), false, "Boats on demand at any hour"},
		{"a German guide", guide(deIntro, deHeads, deItems, "Diesen Artikel teilen", "Impressum"), false, "Boote auf Abruf zu jeder Stunde"},
		{"a menu printed again in the footer", menuPage, false, ""},
		{"a list of other stories", guide(enIntro, enHeads, enItems, "Share this article"), true, ""},
		{"heads of one word", oneWord, false, ""},
		{"a site's menu", longMenu, false, ""},
	} {
		ss := slotsOf(c.lines...)
		start := slices.IndexFunc(ss, func(s slot) bool { return s.f.words > 15 })
		end := start + 1
		for end+1 < len(ss) && ss[end].f.words <= 15 {
			end++ // the body ends at the first section's paragraph
		}
		for i := range ss {
			if isChromeText(ss[i].text, ss[i].f.sentence) {
				ss[i].role = roleChrome
			}
			if c.teasers && i > start && i < end {
				ss[i].role = roleTeaser
			}
		}
		got := keepListedSections(ss, start, end, -1)
		want := end
		if c.wantLast != "" {
			want = slices.IndexFunc(ss, func(s slot) bool { return s.text == c.wantLast })
		}
		if got != want {
			t.Errorf("%s: body ends at %d %q, want %d %q", c.name, got, ss[got].text, want, ss[want].text)
		}
	}
}
