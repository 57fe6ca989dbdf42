package wirestory

import (
	"slices"
	"testing"
)

// TestKeepSectionsUnderRepeatedLabels checks, in English and Spanish,
// that a text page's body written as a catalogue of items (a name, a
// paragraph, then the same labelled lines) goes on over the labelled
// lines under its end to the next item, though that item's paragraph
// names a new thing and the scorer doubts it; and that it stops when the
// lines under the body repeat only one of its labels, or labels of their
// own (a shop's or another box's), or when the paragraph under them
// shares too few of the body's words.
func TestKeepSectionsUnderRepeatedLabels(t *testing.T) {
	for lang, c := range map[string]struct {
		name1, para1, name2, para2, name3, para3, far string
		labels, one, other                            []string
	}{
		"en": {
			name1:  "Reading the river",
			para1:  "This open textbook teaches students of geography how a river shapes its valley, with maps, field exercises and short readings for each week of the course.",
			name2:  "Valley field notes",
			para2:  "These field notes give students of geography a set of exercises for walking a river valley, with maps to fill in and questions for each week of the course.",
			name3:  "Sounds of the delta",
			para3:  "A collection of recordings in which fishermen, farmers and boat builders of the delta describe their work, with transcripts and exercises for students of geography and their maps.",
			far:    "Our summer sale has started: every tent, sleeping bag and camping stove in the store is twenty percent cheaper until the end of August, while supplies last.",
			labels: []string{"Language: English", "Format: Open Textbook", "License: CC-BY"},
			one:    []string{"Language: English", "Shipping: Free", "Price: 20"},
			other:  []string{"Shipping: Free", "Price: 20", "Stock: In store"},
		},
		"es": {
			name1:  "Leer el río",
			para1:  "Este libro abierto enseña a los estudiantes de geografía cómo un río forma su valle, con mapas, ejercicios de campo y lecturas breves para cada semana del curso.",
			name2:  "Cuaderno del valle",
			para2:  "Este cuaderno ofrece a los estudiantes de geografía ejercicios para recorrer el valle de un río, con mapas para completar y preguntas para cada semana del curso.",
			name3:  "Historias de pescadores",
			para3:  "Una colección de grabaciones en las que pescadores, agricultores y carpinteros del delta cuentan su trabajo, con transcripciones y ejercicios para estudiantes de geografía y sus mapas.",
			far:    "Nuestras rebajas de verano ya empezaron: cada tienda de campaña, saco de dormir y hornillo cuesta un veinte por ciento menos hasta finales de agosto.",
			labels: []string{"Idioma: Español", "Formato: Libro abierto", "Licencia: CC-BY"},
			one:    []string{"Idioma: Español", "Envío: Gratis", "Precio: 20"},
			other:  []string{"Envío: Gratis", "Precio: 20", "Existencias: En tienda"},
		},
	} {
		body := slices.Concat([]string{c.name1, "", c.para1, ""}, c.labels, []string{"", c.name2, "", c.para2, ""})
		for _, tc := range []struct {
			name  string
			lines []string
			keep  bool // the body goes on to the last line
		}{
			{"the next item", slices.Concat(body, c.labels, []string{"Go to the resource", "", c.name3, "", c.para3}), true},
			{"one label repeated", slices.Concat(body, c.one, []string{"Go to the resource", "", c.name3, "", c.para3}), false},
			{"labels of their own", slices.Concat(body, c.other, []string{"Go to the resource", "", c.name3, "", c.para3}), false},
			{"another subject", slices.Concat(body, c.labels, []string{"Go to the resource", "", c.name3, "", c.far}), false},
		} {
			ss := slotsOf(tc.lines...)
			end := 2 + len(c.labels) + 1 // name1, para1, the labels, name2, para2
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.1
				if i <= end {
					p[i] = 0.9
				}
				if ss[i].text == "Go to the resource" {
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
		}
	}
}

// TestKeepSectionsUnderRepeatedLabelsLinear checks that a long dump of one
// repeated item (a name, a paragraph the scorer doubts, the body's labelled
// lines) is read in linear time: the rule walks it once, item by item.
func TestKeepSectionsUnderRepeatedLabelsLinear(t *testing.T) {
	para := "These field notes give students of geography a set of exercises for walking a river valley, with maps to fill in for each week."
	lines := []string{"Reading the river", "", para, "", "Language: English", "Format: Notes", "", "Valley notes", "", para, ""}
	for range 20000 {
		lines = append(lines, "Language: English", "Format: Notes", "Delta notes", "", para, "")
	}
	ss := slotsOf(lines...)
	p := make([]float32, len(ss))
	for i := range ss {
		p[i] = 0.1
	}
	if got := keepSectionsUnderRuns(ss, p, 0.5, 0, 5, -1); got != len(ss)-1 {
		t.Errorf("end %d, want %d", got, len(ss)-1)
	}
}
