package wirestory

import "testing"

// TestLeadOverListBox checks that a text page's body opens with the
// paragraph under the story's byline when a box of other stories (a list
// heading, its teasers and a cut-off blurb) stands between it and the
// paragraphs the scorer found, in English and Polish; and that it leaves
// out a paragraph the scorer doubts, a paragraph under another paragraph
// of a box's own, and a body that opens with a dateline.
func TestLeadOverListBox(t *testing.T) {
	for lang, c := range map[string]struct{ byline, lead, head, title, blurb, body, dateline string }{
		"en": {
			byline:   "By Jane Roberts",
			lead:     "The harbor authority said on Tuesday that the old ferry terminal will close for two years while crews replace the rotten wooden pilings under its main hall.",
			head:     "Read more",
			title:    "City council votes on the new bridge toll",
			blurb:    "The council met late on Monday to decide whether drivers crossing the river should pay a toll to fund the...",
			body:     "Ferry riders will board at a temporary pier north of the terminal, the authority said, and the harbor ferry will keep its timetable during the work on the pilings.",
			dateline: "PORTLAND, Maine (AP) — Ferry riders will board at a temporary pier north of the terminal while crews work on the pilings.",
		},
		"pl": {
			byline:   "Anna Nowak",
			lead:     "Zarząd portu poinformował we wtorek, że stary terminal promowy zostanie zamknięty na dwa lata, a robotnicy wymienią spróchniałe drewniane pale pod halą główną.",
			head:     "Czytaj więcej",
			title:    "Rada miasta głosuje w sprawie opłaty za nowy most",
			blurb:    "Radni zebrali się w poniedziałek późnym wieczorem, aby zdecydować, czy kierowcy przejeżdżający przez rzekę mają płacić...",
			body:     "Pasażerowie promu będą wsiadać na tymczasowym pomoście na północ od terminalu, poinformował zarząd portu, a prom będzie kursował zgodnie z rozkładem.",
			dateline: "GDAŃSK (PAP) — Pasażerowie promu będą wsiadać na tymczasowym pomoście na północ od terminalu, a prom będzie kursował zgodnie z rozkładem.",
		},
	} {
		for _, tc := range []struct {
			name   string
			lines  []string
			leadP  float32 // the scorer's for the lead
			want   int     // the body's start after the rule; before it, 5
			teaser bool    // the blurb leaves with the box
		}{
			{"the lead under the byline", []string{c.byline, c.lead, c.head, c.title, c.blurb, c.body}, 0.6, 1, true},
			{"a lead the scorer doubts", []string{c.byline, c.lead, c.head, c.title, c.blurb, c.body}, 0.4, 5, false},
			{"a paragraph under another", []string{c.lead, c.lead + " " + c.lead, c.head, c.title, c.blurb, c.body}, 0.6, 5, false},
			{"a dateline", []string{c.byline, c.lead, c.head, c.title, c.blurb, c.dateline}, 0.6, 5, false},
		} {
			ss := slotsOf(tc.lines...)
			if !ss[2].listHead {
				t.Fatalf("%s: %q is no list heading", lang, c.head)
			}
			ss[0].role = roleChrome // the byline, read by the head's rules later
			if tc.name == "a paragraph under another" {
				ss[0].role = roleUnknown
			}
			ss[2].role, ss[3].role = roleChrome, roleTeaser
			p := []float32{0.2, tc.leadP, 0.1, 0.1, 0.2, 0.9}
			got := leadOverListBox(ss, p, 0.5, 5)
			if got != tc.want {
				t.Errorf("%s, %s: start %d, want %d", lang, tc.name, got, tc.want)
			}
			if (ss[4].role == roleTeaser) != tc.teaser {
				t.Errorf("%s, %s: blurb's role %v", lang, tc.name, ss[4].role)
			}
			if ss[1].role != roleUnknown || ss[5].role != roleUnknown {
				t.Errorf("%s, %s: a paragraph lost its role", lang, tc.name)
			}
		}
	}
}
