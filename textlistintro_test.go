package wirestory

import "testing"

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
