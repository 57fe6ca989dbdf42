package wirestory

import "testing"

// TestMarkRepeatedCaptions checks that a text page's body loses a caption
// set word for word under each of its pictures, in three languages, and
// keeps the paragraphs around it; and that it keeps such a line printed
// only twice, a short label printed under each paragraph, a quote's
// speaker named with his title under each quote, a plan's lines
// repeated tight together, a line repeated among a plan's labels, and a
// line set with no blank line above it or below it (a dump's lines in one
// block, where the caption test cannot tell a caption from a paragraph's
// own last line).
func TestMarkRepeatedCaptions(t *testing.T) {
	for lang, c := range map[string]struct {
		paras   []string
		caption string
		speaker string
		plan    []string
		label   string
	}{
		"en": {
			paras: []string{
				"The dancers opened the harbor festival on a stage set up on the old ferry pier.",
				"Crowds filled the pier long before the first drums sounded over the water.",
				"The second part of the show brought the children's choir from the harbor school.",
				"The festival goes on until the end of the month, the organizers said.",
			},
			caption: "Harbor Summer Festival 2024 [Opening Night] Old Ferry Pier",
			speaker: "Jane Roe, Director of Programs, Harbor Arts Council",
			label:   "Before the workout",
			plan:    []string{"Warm up. Ten minutes of easy jogging in zone two", "Main set. Four times five minutes at a steady pace"},
		},
		"de": {
			paras: []string{
				"Die Tänzer eröffneten das Hafenfest auf einer Bühne am alten Fähranleger.",
				"Schon lange vor den ersten Trommeln war der Anleger voller Menschen.",
				"Im zweiten Teil der Vorstellung sang der Kinderchor der Hafenschule.",
				"Das Fest dauert noch bis zum Monatsende, teilten die Veranstalter mit.",
			},
			caption: "Hafensommerfest 2024 [Eröffnungsabend] Alter Fähranleger Nord",
			speaker: "Erika Muster, Leiterin Programm, Kulturverein Hafen",
			label:   "Vor dem Training",
			plan:    []string{"Aufwärmen. Zehn Minuten lockeres Laufen in Zone zwei", "Hauptteil. Viermal fünf Minuten im gleichmäßigen Tempo"},
		},
		"ko": {
			paras: []string{
				"무용수들이 옛 여객선 부두에 마련된 무대에서 항구 축제의 문을 열었다.",
				"첫 북소리가 울리기 훨씬 전부터 부두는 사람들로 가득 찼다.",
				"공연의 두 번째 무대에서는 항구 학교 어린이 합창단이 노래를 불렀다.",
				"축제는 이달 말까지 계속된다고 주최 측은 밝혔다.",
			},
			caption: "2024 항구 여름 축제 [개막의 밤] 옛 여객선 부두 특설 무대 공연 현장",
			speaker: "홍길동, 프로그램 감독, 항구 예술 위원회 소속 기획자",
			label:   "운동 전에",
			plan:    []string{"준비 운동. 두 번째 구간에서 십 분 동안 가볍게 달리기", "본 운동. 일정한 속도로 오 분씩 네 번 반복해서 달리기"},
		},
	} {
		// under sets line under each of the first n paragraphs, apart.
		under := func(line string, n int) []string {
			var l []string
			for i, p := range c.paras {
				l = append(l, p, "")
				if i < n {
					l = append(l, line, "")
				}
			}
			return l
		}
		// tightAbove sets line right under each of the first n
		// paragraphs, with no blank line between them; tightBelow sets
		// it apart from the paragraph above and right over the next.
		tightAbove := func(line string, n int) []string {
			var l []string
			for i, p := range c.paras {
				l = append(l, p)
				if i < n {
					l = append(l, line)
				}
				l = append(l, "")
			}
			return l
		}
		tightBelow := func(line string, n int) []string {
			var l []string
			for i, p := range c.paras {
				l = append(l, p, "")
				if i < n {
					l = append(l, line)
				}
			}
			return l
		}
		var plan []string
		for _, p := range c.paras {
			plan = append(plan, p, "")
			plan = append(plan, c.plan...)
			plan = append(plan, "")
		}
		// menu sets line apart between two short labels under each
		// paragraph, as a meal plan's items stand.
		var menu []string
		for _, p := range c.paras {
			menu = append(menu, p, "", c.label, "", c.caption, "", c.label+" 2", "")
		}
		for _, tc := range []struct {
			name  string
			lines []string
			line  string
			gone  bool
		}{
			{"a caption under each picture", under(c.caption, 3), c.caption, true},
			{"a caption printed twice", under(c.caption, 2), c.caption, false},
			{"a short label", under("Photo", 3), "Photo", false},
			{"a quote's speaker", under(c.speaker, 3), c.speaker, false},
			{"a plan's lines", plan, c.plan[0], false},
			{"a line among a plan's labels", menu, c.caption, false},
			{"a caption tight under its paragraph", tightAbove(c.caption, 3), c.caption, false},
			{"a caption tight over the next paragraph", tightBelow(c.caption, 3), c.caption, false},
		} {
			ss := slotsOf(tc.lines...)
			markRepeatedCaptions(ss, 0, len(ss)-1)
			n := 0
			for i := range ss {
				s := &ss[i]
				switch {
				case s.text == tc.line:
					n++
					if gone := s.role == roleCaption; gone != tc.gone {
						t.Errorf("%s, %s: %q role %v", lang, tc.name, s.text, s.role)
					}
				case s.role != roleUnknown:
					t.Errorf("%s, %s: %q lost (%v)", lang, tc.name, s.text, s.role)
				}
			}
			if n == 0 {
				t.Errorf("%s, %s: no copy of %q laid out", lang, tc.name, tc.line)
			}
		}
	}
}
