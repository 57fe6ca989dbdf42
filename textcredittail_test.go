package wirestory

import "testing"

// TestMarkCreditedCaptions checks that a picture's caption with its credit
// run into the same line leaves a text page's body when the credit carries
// a mark of its own (run into the full stop, a slash, a copyright sign,
// brackets) or ends two captions, and that the story's paragraphs, a
// numbered item, a subhead with a question, a quote, a lone sign-off and
// a tail in lower case stay.
func TestMarkCreditedCaptions(t *testing.T) {
	stories := map[string][4]string{
		"en": {
			"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its pilings.",
			"Divers inspect the rotted pilings under the old terminal in March.",
			"Work is to start in the spring, once the ice is gone from the harbor, the authority said.",
			"The new terminal will hold twice as many cars, and the ferries will run every hour.",
		},
		"de": {
			"Die Hafenbehörde kündigte am Dienstag an, das alte Fährterminal für zwei Jahre zu schließen, um die Pfähle zu ersetzen.",
			"Taucher prüfen im März die morschen Pfähle unter dem alten Terminal.",
			"Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, hieß es.",
			"Das neue Terminal soll doppelt so viele Autos fassen, und die Fähren fahren dann stündlich.",
		},
		"es": {
			"La autoridad portuaria anunció el martes que cerrará la vieja terminal de transbordadores durante dos años.",
			"Buzos inspeccionan los pilotes podridos bajo la vieja terminal en marzo.",
			"Las obras empezarán en primavera, cuando el hielo deje el puerto, según la autoridad.",
			"La nueva terminal tendrá el doble de plazas y los transbordadores saldrán cada hora.",
		},
	}
	for lang, st := range stories {
		para, caption, after, last := st[0], st[1], st[2], st[3]
		for _, c := range []struct {
			name string
			line string // set between para and after
			out  bool
		}{
			{"a credit run into the full stop", caption + "Jane Roe", true},
			{"a credit with a slash", caption + " Agency/Jane Roe", true},
			{"a credit with a copyright sign", caption + " © Agency", true},
			{"a bracketed credit", caption + " [Photo = Agency]", true},
			{"a credit with joining words", caption + " Jane Roe for Harbor Weekly", false},
			{"a story's paragraph", caption, false},
			{"a lone sign-off", caption + " HW", false},
			{"a numbered item", "2. Harbor Works Strengthened", false},
			{"a subhead with a question", "Why now? A Look Back", false},
			{"a quote", "„" + caption + "“", false},
			{"a tail in lower case", caption + " then the rest", false},
			{"a short first part", "Divers at work. Agency/Jane Roe", false},
		} {
			ss := slotsOf(para, "", c.line, "", after, "", last)
			start := markCreditedCaptions(ss, 0, len(ss)-1)
			if got := ss[1].role == roleCaption; got != c.out {
				t.Errorf("%s, %s: caption %v, want %v", lang, c.name, got, c.out)
			}
			for _, i := range []int{0, 2, 3} {
				if ss[i].role == roleCaption {
					t.Errorf("%s, %s: the story's paragraph %q taken for a caption", lang, c.name, ss[i].text)
				}
			}
			if start != 0 {
				t.Errorf("%s, %s: start %d, want 0", lang, c.name, start)
			}
		}
		// The same plain credit under two captions marks both; once, it
		// marks neither.
		two := slotsOf(para, "", caption+" Supplied", "", after, "", caption+" Supplied", "", last)
		markCreditedCaptions(two, 0, len(two)-1)
		if two[1].role != roleCaption || two[3].role != roleCaption || two[0].role == roleCaption || two[2].role == roleCaption || two[4].role == roleCaption {
			t.Errorf("%s: a credit under two captions: roles %v %v %v %v %v", lang, two[0].role, two[1].role, two[2].role, two[3].role, two[4].role)
		}
		one := slotsOf(para, "", caption+" Supplied", "", after, "", last)
		markCreditedCaptions(one, 0, len(one)-1)
		if one[1].role == roleCaption {
			t.Errorf("%s: a plain credit under one caption taken out", lang)
		}
		// A caption that opens the body moves its start.
		top := slotsOf(caption+" Agency/Jane Roe", "", para, "", after)
		if start := markCreditedCaptions(top, 0, len(top)-1); start != 1 {
			t.Errorf("%s: start %d over a caption that opens the body, want 1", lang, start)
		}
	}
}

// TestCreditTailScripts checks the tail read in scripts with no case.
// (Chinese and Japanese captions, written with no spaces, hold too few
// words before their stop for the rule, which leaves them alone.)
func TestCreditTailScripts(t *testing.T) {
	for _, c := range []struct {
		s      string
		tail   string
		marked bool
		ok     bool
	}{
		{"시민들이 광장에서 풍선을 흔들며 후보를 연호하고 있다. [사진 = 홍길동 기자]", "[사진 = 홍길동 기자]", true, true},
		{"후보가 15일 전남 순천시 거리에서 열린 유세에서 연설하고 있다. 연합뉴스", "연합뉴스", false, true},
		{"후보가 15일 전남 순천시 거리에서 열린 유세에서 연설하고 있다.", "", false, false},
		{"The ferry leaves the harbor at dawn on Tuesday.Agency", "Agency", true, true},
		{"The ferry leaves the harbor at dawn on Tuesday. (Reporting by Jane Roe)", "", false, false},
		{"Temperatures fell to -1.1°C on Tuesday night", "", false, false},
		{"Cost comparison of custom builds and the kits vs. Low-Code/No-Code", "", false, false},
		{"checkpointInterval := 100 * time.Millisecond", "", false, false},
		{"Shop men's shoes at the store ACME.COM", "", false, false},
		{"Lists of the five biggest insurers in the country. Acme, Bolt Health, Cura", "", false, false},
		{"See the notes of the study for the details. ↩", "", false, false},
		{"See the notes of the study for the details. [12]", "", false, false},
	} {
		tail, marked, ok := creditTail(c.s)
		if tail != c.tail || marked != c.marked || ok != c.ok {
			t.Errorf("creditTail(%q) = %q, %v, %v; want %q, %v, %v", c.s, tail, marked, ok, c.tail, c.marked, c.ok)
		}
	}
}

// TestLetterWords checks the count of a caption's words that hold a letter.
func TestLetterWords(t *testing.T) {
	for s, want := range map[string]int{
		"":                                  0,
		"checkpointInterval := 100 * time.": 2,
		"  Divers  inspect the pilings ":    4,
		"시민들이 광장에서 풍선을 흔들며 2024": 4,
	} {
		if got := letterWords(s); got != want {
			t.Errorf("letterWords(%q) = %d, want %d", s, got, want)
		}
	}
}
