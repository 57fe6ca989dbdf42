package wirestory

import "testing"

// TestMarkFigureCaptions checks that a caption with a bare name tight under
// it, between blank lines inside a text page's body, leaves the body, and
// that a subhead set apart, a quote over its speaker, a row of a table, the
// body's first lines, a sentence under the caption and a dump with no
// blank lines stay as they are.
func TestMarkFigureCaptions(t *testing.T) {
	stories := map[string][3]string{
		"en": {
			"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its pilings.",
			"Divers inspect the rotted pilings under the old terminal in March.",
			"Work is to start in the spring, once the ice is gone from the harbor, the authority said.",
		},
		"fr": {
			"L'autorité portuaire a annoncé mardi la fermeture du vieux terminal des traversiers pendant deux ans, le temps de remplacer ses pieux.",
			"Des plongeurs inspectent les pieux pourris sous le vieux terminal en mars.",
			"Les travaux doivent commencer au printemps, une fois la glace partie du port, a précisé l'autorité.",
		},
		"es": {
			"La autoridad portuaria anunció el martes que cerrará la vieja terminal de transbordadores durante dos años mientras se cambian sus pilotes.",
			"Buzos inspeccionan los pilotes podridos bajo la vieja terminal en marzo.",
			"Las obras empezarán en primavera, cuando el hielo deje el puerto, según la autoridad.",
		},
	}
	for lang, st := range stories {
		para, caption, after := st[0], st[1], st[2]
		for _, c := range []struct {
			name  string
			lines []string
			want  []int // the lines marked as caption
		}{
			{"a caption over its credit", []string{para, "", caption, "NASA Worldview", "", after}, []int{2, 3}},
			{"a credit in capitals", []string{para, "", caption, "GETTY", "", after}, []int{2, 3}},
			{"a subhead set apart", []string{para, "", caption, "", "Harbor Works", "", after}, nil},
			{"a quote over its speaker", []string{para, "", "“" + caption + "”", "Jane Roe", "", after}, nil},
			{"a sentence under the caption", []string{para, "", caption, "Divers said so.", "", after}, nil},
			{"a name in lower case", []string{para, "", caption, "via wire", "", after}, nil},
			{"the body's first line", []string{caption, "Jane Roe", "", after}, nil},
			{"no blank line under the name", []string{para, "", caption, "NASA Worldview", after}, nil},
			{"a dump with no blank lines", []string{para, caption, "NASA Worldview", after}, nil},
		} {
			// A headline over the story, set apart as a browser sets it.
			ss := slotsOf(append([]string{"", "Ferry terminal to close", ""}, c.lines...)...)
			if c.name == "a dump with no blank lines" {
				// As inferGaps reads such a dump.
				for i := range ss {
					ss[i].gap = ss[i].f.prose
				}
			}
			markFigureCaptions(ss, 1, len(ss)-1)
			var got []int
			for i := range ss {
				if ss[i].role == roleCaption {
					got = append(got, i)
				}
			}
			if len(got) != len(c.want) || len(got) == 2 && (got[0] != c.want[0] || got[1] != c.want[1]) {
				t.Errorf("%s, %s: captions %v, want %v", lang, c.name, got, c.want)
			}
		}
	}
}
