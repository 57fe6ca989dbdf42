package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestListItemGaps checks that in a dump written one block per line the
// items of a list that a paragraph leads into with a colon get a blank
// line each, as innerText writes them, and the paragraph too; and that a
// run that is no such list keeps none: under a paragraph without a
// colon, with a date or a one-word label among its lines, or running to
// the end of the page. In English and Japanese.
func TestListItemGaps(t *testing.T) {
	for _, c := range []struct {
		name        string
		story       []string // three paragraphs of prose
		lead, plain string   // a paragraph ending in a colon, one ending a sentence
		items       []string
		date, label string
	}{
		{"en", []string{storyLines[0], storyLines[1], storyLines[4]},
			"Before the terminal closes, travellers should keep in mind:",
			"Travellers were told about the changes at the ticket office on Monday.",
			[]string{"Buy tickets online before the crossing", "Arrive at the temporary pier thirty minutes early", "Bring a printed copy of the booking"},
			"March 4, 2026", "Tickets"},
		{"ja", []string{
			"港湾局は火曜日、古いフェリーターミナルを二年間閉鎖し、水面下で腐食が見つかった杭を交換すると発表した。",
			"工事の間、フェリーは南に一キロ離れた仮設の桟橋から出航し、運賃は変わらないという。",
			"国が費用の半分を負担し、残りは県が支払う予定だと担当者は説明した。"},
			"閉鎖の前に、利用者は次の点に注意するよう呼びかけられている：",
			"利用者には月曜日に切符売り場で変更点が伝えられたと担当者は話した。",
			[]string{"切符はインターネットで事前に購入する", "出航の三十分前までに仮設の桟橋に着く", "予約の控えを印刷して持参する"},
			"2026年3月4日", "切符"},
	} {
		gaps := func(lines []string) map[string]bool {
			bs := parseTextPage([]byte(strings.Join(lines, "\n"))).blocks
			if len(bs) != len(lines) {
				t.Fatalf("%s: %d blocks of %d lines", c.name, len(bs), len(lines))
			}
			m := map[string]bool{}
			for _, b := range bs {
				m[b.text] = b.gap
			}
			return m
		}
		page := func(lead string, items []string, tail ...string) []string {
			return slices.Concat([]string{"Home", "News"}, c.story[:2], []string{lead}, items, tail)
		}
		// The list, between paragraphs: each item and its lead get a gap.
		m := gaps(page(c.lead, c.items, c.story[2], "About us"))
		for _, l := range append([]string{c.lead}, c.items...) {
			if !m[l] {
				t.Errorf("%s: list in the story: %q got no gap", c.name, l)
			}
		}
		if m["Home"] || m["About us"] {
			t.Errorf("%s: list in the story: menu or footer got a gap", c.name)
		}
		// Runs that are no list of the story's: none of their lines gets a gap.
		for _, bad := range []struct {
			what  string
			lines []string
		}{
			{"no colon", page(c.plain, c.items, c.story[2])},
			{"a date among them", page(c.lead, slices.Insert(slices.Clone(c.items), 1, c.date), c.story[2])},
			{"a label among them", page(c.lead, slices.Insert(slices.Clone(c.items), 1, c.label), c.story[2])},
			{"to the end of the page", page(c.lead, c.items)},
			{"more items than a story's list holds", page(c.lead, slices.Concat(c.items, c.items, c.items), c.story[2])},
		} {
			m := gaps(bad.lines)
			for _, l := range c.items {
				if m[l] {
					t.Errorf("%s: %s: %q got a gap", c.name, bad.what, l)
				}
			}
		}
	}
}
