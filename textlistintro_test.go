package wirestory

import (
	"slices"
	"testing"
)

// TestKeepAnnouncedList checks that a text page's body that stops on a
// paragraph announcing a list takes the list's items, in English and
// French; and what it keeps out: a short label with a colon, a call to
// subscribe over its pitch, a single line, lines of code, lines the
// scorer rejects, a list that runs to the page's end, and the lines under the paragraph that ends the list.
func TestKeepAnnouncedList(t *testing.T) {
	for lang, c := range map[string]struct{ para, announce, label, promo, item1, item2, item3, code string }{
		"en": {
			para:     "Riders will board at a temporary pier north of the terminal while the crews work on the pilings.",
			announce: "When you travel during the work, keep in mind:",
			label:    "Related:",
			promo:    "Subscribe to our newsletter and you will learn about:",
			item1:    "Buy your ticket before you reach the pier",
			item2:    "Allow ten more minutes for the walk",
			item3:    "Bicycles ride on the lower deck only",
			code:     "ticket = {pier: 2};",
		},
		"fr": {
			para:     "Les passagers embarqueront sur un quai provisoire au nord du terminal pendant les travaux sur les pieux.",
			announce: "Si vous voyagez pendant les travaux, retenez ceci :",
			label:    "À lire :",
			promo:    "Abonnez-vous à notre lettre et vous découvrirez :",
			item1:    "Achetez votre billet avant d'arriver au quai",
			item2:    "Comptez dix minutes de plus pour la marche",
			item3:    "Les vélos voyagent sur le pont inférieur",
			code:     "billet = {quai: 2};",
		},
	} {
		for _, tc := range []struct {
			name  string
			lines []string
			low   int // a line the scorer rejects (0: none)
			want  int
		}{
			{"the announced list", []string{c.para, c.announce, c.item1, c.item2, c.item3, c.para}, 0, 4},
			{"a paragraph ends the list", []string{c.para, c.announce, c.item1, c.item2, c.para, c.item3}, 0, 3},
			{"the page's last lines", []string{c.para, c.announce, c.item1, c.item2, c.item3}, 0, 1},
			{"a short label", []string{c.para, c.label, c.item1, c.item2, c.item3, c.para}, 0, 1},
			{"a call to subscribe", []string{c.para, c.promo, c.item1, c.item2, c.item3, c.para}, 0, 1},
			{"a single item", []string{c.para, c.announce, c.item1, c.para}, 0, 1},
			{"code", []string{c.para, c.announce, c.code, c.code, c.code, c.para}, 0, 1},
			{"items the scorer rejects", []string{c.para, c.announce, c.item1, c.item2, c.para}, 2, 1},
		} {
			ss := slotsOf(tc.lines...)
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.3
			}
			if tc.low > 0 {
				for i := tc.low; i < len(p); i++ {
					p[i] = 0.05
				}
			}
			if got := keepAnnouncedList(ss, p, 0.5, 0, 1, -1); got != tc.want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, tc.want)
			}
		}
	}
}

// TestKeepAnnouncedListComments checks that keepAnnouncedList carries
// nothing over lines at or under the comments' start, even when the
// comments start inside the body, in English and French.
func TestKeepAnnouncedListComments(t *testing.T) {
	for lang, c := range map[string][5]string{
		"en": {"Riders will board at a temporary pier north of the terminal while the crews work on the pilings.",
			"When you travel during the work, keep in mind:", "Buy your ticket before you reach the pier", "Allow ten more minutes for the walk",
			"Bicycles ride on the lower deck only"},
		"fr": {"Les passagers embarqueront sur un quai provisoire au nord du terminal pendant les travaux sur les pieux.",
			"Si vous voyagez pendant les travaux, retenez ceci :", "Achetez votre billet avant d'arriver au quai", "Comptez dix minutes de plus pour la marche",
			"Les vélos voyagent sur le pont inférieur"},
	} {
		ss := slotsOf(c[0], c[1], c[2], c[3], c[4], c[0])
		p := make([]float32, len(ss))
		for i := range p {
			p[i] = 0.3
		}
		for _, comments := range []int{1, 2} {
			if got := keepAnnouncedList(ss, p, 0.5, 0, 1, comments); got != 1 {
				t.Errorf("%s: comments at %d: end %d, want 1", lang, comments, got)
			}
		}
	}
}

// TestKeepAnnouncedListPage checks keepAnnouncedList on whole text dumps
// in English and German, with no blank lines and with a blank line under
// each paragraph but none between the list's items: a body that would stop
// on a paragraph announcing a list ("the temporary pier will serve these
// routes:") takes the list's short items, which the scorer weighs low,
// since the story goes on under them; the site's footer stays out. The
// story's paragraphs under the list stay out with or without the hook,
// which moves the body's end over the items only, so they are not asserted.
func TestKeepAnnouncedListPage(t *testing.T) {
	for lang, c := range map[string]struct {
		nav          []string // the site's menu over the story
		head, byline string
		story        []string // the paragraphs over the list; the last announces it
		items        []string
		under        []string // the story under the list
		footer       []string
	}{
		"en": {
			nav:    []string{"Home", "News", "Sport"},
			head:   "Ferry terminal to close for two years",
			byline: "By Jane Roe",
			story: []string{
				"The old ferry terminal on the east side of the harbor will close next spring for two years of repairs, the port authority said on Tuesday.",
				"Engineers found cracks in the pilings under the main pier last winter, and the authority decided that patching them would only delay a larger job.",
				"Riders will board at a temporary pier north of the terminal while the crews work on the pilings, and the timetable will stay the same.",
				"The authority expects the work to cost about forty million dollars, most of it paid by a state grant approved in the autumn.",
				"The temporary pier will serve these routes during the work:",
			},
			items: []string{"Commuter routes", "Weekend trips", "School crossings", "Freight runs", "Night services"},
			under: []string{
				"The authority will publish the final timetable for the temporary pier in February, and riders may write to the port office with their questions until the end of March.",
				"Crews will finish the main pier first, then the ticket hall, and the terminal will reopen in stages from the spring of 2027.",
			},
			footer: []string{"Privacy policy", "Terms of use", "Contact us", "© 2025 The Harbor Times"},
		},
		"de": {
			nav:    []string{"Startseite", "Nachrichten", "Sport"},
			head:   "Fährterminal schließt für zwei Jahre",
			byline: "Von Jana Roth",
			story: []string{
				"Das alte Fährterminal an der Ostseite des Hafens wird im kommenden Frühjahr für zwei Jahre geschlossen, teilte die Hafenbehörde am Dienstag mit.",
				"Ingenieure hatten im vergangenen Winter Risse in den Pfählen unter dem Hauptanleger gefunden, und die Behörde entschied, dass eine Ausbesserung nur eine größere Sanierung verzögern würde.",
				"Die Fahrgäste steigen während der Arbeiten an einem provisorischen Anleger nördlich des Terminals ein, und der Fahrplan bleibt unverändert.",
				"Die Behörde rechnet mit Kosten von etwa vierzig Millionen Euro, die zum größten Teil aus einem im Herbst bewilligten Zuschuss des Landes stammen.",
				"Der provisorische Anleger bedient während der Arbeiten diese Linien:",
			},
			items: []string{"Pendlerlinien", "Wochenendfahrten", "Schulfahrten", "Frachtverkehr", "Nachtfähren"},
			under: []string{
				"Die Arbeiter sollen zuerst den Hauptanleger fertigstellen, dann die Schalterhalle, und das Terminal soll ab dem Frühjahr 2027 schrittweise wieder öffnen.",
			},
			footer: []string{"Impressum", "Datenschutz", "Kontakt", "© 2025 Hafenzeitung"},
		},
	} {
		for _, gaps := range []bool{false, true} {
			lines := append(slices.Clone(c.nav), c.head, c.byline)
			if gaps {
				// A blank line under each paragraph; the list's items
				// stand together.
				lines = append(append(lines, ""), withGaps(c.story)...)
				lines = append(append(lines, c.items...), "")
				lines = append(lines, withGaps(c.under)...)
			} else {
				lines = append(append(append(lines, c.story...), c.items...), c.under...)
			}
			a := parseLines(t, append(lines, c.footer...))
			name := lang + ", no blank lines"
			if gaps {
				name = lang + ", blank lines"
			}
			checkKeptOut(t, name, "footer line", a.Paragraphs, append(slices.Clone(c.story), c.items...), c.footer)
		}
	}
}
