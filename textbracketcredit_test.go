package wirestory

import "testing"

// TestMarkBracketedCredits checks that a caption with its credit in
// brackets on the line under it leaves a text page's body, at the body's
// top and inside it, in German, English and Czech; and what stays: a
// deck with no credit under it, a long paragraph over a credit (a picture
// with no caption), a paragraph that names a photographer, a dateline
// lead and a line in brackets that is no picture's credit.
func TestMarkBracketedCredits(t *testing.T) {
	type tc struct {
		name  string
		lines []string
		want  []bool // per slot: marked as caption
	}
	de := struct{ deck, caption, credit, para, dateline, named string }{
		"Die Regierung will den Hafen ausbauen. Die Opposition hält das für zu teuer.",
		"Ein Kran im Hafen von Hamburg am Montag.",
		"(Foto: dpa)",
		"Die Hafenbehörde teilte am Dienstag mit, das alte Fährterminal werde für zwei Jahre geschlossen, während die Pfähle erneuert werden. Die Arbeiten beginnen im Frühjahr. Die Fähren legen so lange an einem Behelfsanleger an.",
		"BERLIN (dpa) - Die Hafenbehörde hat am Dienstag die Schließung des alten Fährterminals angekündigt.",
		"Der Fotograf Max Mustermann hat den Hafen zwanzig Jahre lang begleitet.",
	}
	en := struct{ deck, caption, credit, para, dateline, named string }{
		"The city wants to expand the port. The opposition says it costs too much.",
		"A crane at the port on Monday.",
		"(Photo: Jane Roe/AP)",
		"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its pilings. Work starts in the spring. Ferries will use a temporary pier meanwhile.",
		"HAMBURG (AP) — The harbor authority said Tuesday it would close the old ferry terminal.",
		"Photographer Jane Roe has followed the port for twenty years.",
	}
	cs := struct{ deck, caption, credit, para, dateline, named string }{
		"Vláda chce rozšířit přístav. Opozice říká, že je to příliš drahé.",
		"Jeřáb v přístavu v pondělí.",
		"(Foto: ČTK)",
		"Přístavní úřad v úterý oznámil, že starý trajektový terminál na dva roky uzavře, zatímco se vymění jeho piloty. Práce začnou na jaře. Trajekty budou mezitím kotvit u dočasného mola.",
		"PRAHA (ČTK) - Přístavní úřad v úterý oznámil uzavření starého terminálu.",
		"Fotograf Jan Novák sleduje přístav už dvacet let.",
	}
	for lang, l := range map[string]struct{ deck, caption, credit, para, dateline, named string }{"de": de, "en": en, "cs": cs} {
		for _, c := range []tc{
			{"caption at the top", []string{l.caption, "", l.credit, "", l.para, "", l.para}, []bool{true, true, false, false}},
			{"caption inside", []string{l.para, "", l.caption, "", l.credit, "", l.para}, []bool{false, true, true, false}},
			{"a deck above the caption", []string{l.deck, "", l.caption, "", l.credit, "", l.para}, []bool{false, true, true, false}},
			{"a deck with no credit", []string{l.deck, "", l.para, "", l.para}, []bool{false, false, false}},
			{"a long paragraph over the credit", []string{l.para, "", l.credit, "", l.para}, []bool{false, true, false}},
			{"a paragraph naming a photographer", []string{l.named, "", l.para, "", l.para}, []bool{false, false, false}},
			{"a dateline lead", []string{l.dateline, "", l.para, "", l.para}, []bool{false, false, false}},
			{"a bracketed note", []string{l.caption, "", "(Update: 12:00)", "", l.para}, []bool{false, false, false}},
		} {
			ss := slotsOf(c.lines...)
			start := markBracketedCredits(ss, 0, len(ss)-1)
			for i := range ss {
				if got := ss[i].role == roleCaption; got != c.want[i] {
					t.Errorf("%s, %s: line %d %q caption=%v, want %v", lang, c.name, i, ss[i].text, got, c.want[i])
				}
			}
			first := 0
			for first < len(c.want) && c.want[first] {
				first++
			}
			if start != first {
				t.Errorf("%s, %s: body starts at %d, want %d", lang, c.name, start, first)
			}
		}
	}
}
