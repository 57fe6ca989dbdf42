package wirestory

import (
	"slices"
	"testing"
)

// TestKeepSectionsUnderRuns checks that a text page's body written in
// sections goes on, in English and French, over a long checklist (short
// lines the scorer doubts, a button the rules took for chrome among them)
// to the section of the story under it, and takes that section's
// paragraphs; and that it leaves out a paragraph of another subject under
// a head, a writer's box whose biography opens with the head's name, a
// paragraph the scorer doubts, a paragraph under no head, and anything
// under a body that is not written in sections.
func TestKeepSectionsUnderRuns(t *testing.T) {
	for lang, c := range map[string]struct {
		h1, p1, h2, p2, h3, p3, p4, other, name, bio, button, note string
		items                                                      []string
	}{
		"en": {
			h1:     "Choosing a heat pump",
			p1:     "A heat pump moves warmth from the garden air into the house, and the size of the pump should match the floor area and the insulation of the walls and the roof.",
			h2:     "Planning the installation",
			p2:     "Before the installer comes, clear a place for the outdoor unit, check the fuse box, and ask the council whether the pump needs a permit for the garden.",
			h3:     "Living with the pump",
			p3:     "Once the heat pump runs, keep the outdoor unit free of leaves, let the installer check the fuse box and the pipes each year, and the pump will warm the house for twenty years.",
			p4:     "A well sized pump also keeps the walls dry, since the house stays warm through the winter and the insulation of the roof holds the warmth the pump brings in.",
			other:  "Our shop on Market Street sells bicycles, helmets and rain coats for the whole family, with free delivery on orders over fifty pounds and a repair service on Saturdays.",
			name:   "Jane Roberts",
			bio:    "Jane Roberts writes about the heat pump, the house and its insulation, the garden and the roof for our home desk, and has installed a pump in her own house.",
			button: "Share",
			note:   "Tick each box when it is done.",
			items:  []string{"Measure the floor area", "Check the insulation", "Ask for three quotes", "Compare the noise levels", "Book the installer", "Clear the garden path", "Order the outdoor unit", "Test the fuse box", "Read the manual"},
		},
		"fr": {
			h1:     "Choisir une pompe à chaleur",
			p1:     "Une pompe à chaleur prend la chaleur de l'air du jardin pour chauffer la maison, et la taille de la pompe doit suivre la surface des pièces et l'isolation des murs et du toit.",
			h2:     "Préparer la pose",
			p2:     "Avant la venue de l'installateur, libérez une place pour l'unité extérieure, vérifiez le tableau électrique et demandez à la mairie si la pompe demande un permis pour le jardin.",
			h3:     "Vivre avec la pompe",
			p3:     "Une fois la pompe à chaleur en marche, gardez l'unité extérieure libre de feuilles, faites vérifier le tableau électrique et les tuyaux chaque année par l'installateur, et la pompe chauffera la maison vingt ans.",
			p4:     "Une pompe bien choisie garde aussi les murs secs, car la maison reste chaude tout l'hiver et l'isolation du toit retient la chaleur que la pompe apporte du jardin.",
			other:  "Notre magasin de la rue du Marché vend des vélos, des casques et des imperméables pour toute la famille, avec la livraison offerte dès cinquante euros et un atelier le samedi.",
			name:   "Jeanne Roux",
			bio:    "Jeanne Roux écrit sur la pompe à chaleur, la maison et son isolation, le jardin et le toit pour notre rubrique maison, et a fait poser une pompe dans sa propre maison.",
			button: "Partager",
			note:   "Cochez chaque case une fois faite.",
			items:  []string{"Mesurer la surface", "Vérifier l'isolation", "Demander trois devis", "Comparer le bruit", "Réserver l'installateur", "Dégager l'allée du jardin", "Commander l'unité extérieure", "Tester le tableau", "Lire la notice"},
		},
	} {
		run := slices.Concat(c.items[:4], []string{c.button}, c.items[4:], c.items, c.items)
		body := []string{c.h1, "", c.p1, "", c.h2, "", c.p2, ""}
		flat := []string{c.p1, "", c.p2, ""}
		for _, tc := range []struct {
			name  string
			lines []string
			p     float32 // what the scorer gives the lines under the body
			keep  bool    // the body goes on to the last line
		}{
			{"the section under a checklist", slices.Concat(body, run, []string{"", c.h3, "", c.p3, "", c.p4}), 0.45, true},
			{"another subject", slices.Concat(body, run, []string{"", c.h3, "", c.other}), 0.45, false},
			{"a writer's box", slices.Concat(body, run, []string{"", c.name, "", c.bio}), 0.45, false},
			{"a doubted paragraph", slices.Concat(body, run, []string{"", c.h3, "", c.p3, "", c.p4}), 0.2, false},
			{"a paragraph under no head", slices.Concat(body, run, []string{"", c.note, "", c.p3, "", c.p4}), 0.45, false},
			{"a body in no sections", slices.Concat(flat, run, []string{"", c.h3, "", c.p3, "", c.p4}), 0.45, false},
		} {
			ss := slotsOf(tc.lines...)
			end := 3
			if tc.name == "a body in no sections" {
				end = 1
			}
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = tc.p
				if i <= end {
					p[i] = 0.9
				}
				if ss[i].text == c.button {
					ss[i].role = roleChrome
				}
			}
			got := keepSectionsUnderRuns(ss, p, 0.5, 0, end, -1)
			want := end
			if tc.keep {
				want = len(ss) - 1
			}
			if got != want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, want)
			}
			for i := range ss {
				if ss[i].text == c.button && ss[i].role != roleChrome {
					t.Errorf("%s, %s: the button lost its role", lang, tc.name)
				}
			}
		}
	}
}

// TestKeepSectionsUnderRunsLinear checks that a long dump of one repeated
// shape (a head, a paragraph, a run of chrome) is read in linear time: the
// rule walks it once, taking each section.
func TestKeepSectionsUnderRunsLinear(t *testing.T) {
	para := "The heat pump warms the house from the garden air, and the installer checks the pump, the pipes and the fuse box of the house every year in the spring."
	lines := []string{"Choosing a heat pump", "", para, "", "Planning the work", "", para, ""}
	for range 20000 {
		lines = append(lines, "Share", "Share", "Living with the pump", "", para, "")
	}
	ss := slotsOf(lines...)
	p := make([]float32, len(ss))
	for i := range ss {
		p[i] = 0.6
		if ss[i].text == "Share" {
			ss[i].role = roleChrome
		}
	}
	if got := keepSectionsUnderRuns(ss, p, 0.5, 0, 3, -1); got != len(ss)-1 {
		t.Errorf("end %d, want %d", got, len(ss)-1)
	}
}
