package wirestory

import "testing"

// TestCutTrailingHeads checks that a text page's body loses the short
// lines that close it (a box of other stories' headlines, with a blurb the
// scorer rejects) and keeps a single closing line, a blurb the scorer
// takes, a long closing paragraph the scorer doubts, a list a sentence introduces, a list of one form
// (the story's table), a subhead with a paragraph under it, and a run of
// long lines.
func TestCutTrailingHeads(t *testing.T) {
	para := map[string][]string{
		"en": {
			"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its pilings.",
			"Work is to start in the spring, once the ice is gone from the harbor, the authority said.",
		},
		"de": {
			"Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen, während die Pfähle ersetzt werden.",
			"Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, hieß es.",
		},
		"ru": {
			"Администрация порта сообщила во вторник, что закроет старый паромный терминал на два года, пока рабочие меняют сваи.",
			"Работы начнутся весной, когда из гавани сойдет лед, сообщили в администрации порта.",
		},
	}
	heads := map[string][]string{
		"en": {"More on this topic", "City council approves new bus lanes downtown", "Storm knocks out power across the valley", "Why the bridge toll is going up again"},
		"de": {"Mehr zum Thema", "Stadtrat beschließt neue Busspuren in der Innenstadt", "Sturm legt Strom im ganzen Tal lahm", "Warum die Brückenmaut wieder steigt"},
		"ru": {"Материалы по теме", "Горсовет одобрил новые автобусные полосы в центре", "Шторм оставил долину без света", "Почему плата за мост снова растет"},
	}
	for lang, ps := range para {
		h := heads[lang]
		blurb := map[string]string{
			"en": "Where do the city's ferries go in winter?",
			"de": "Wohin fahren die Fähren der Stadt im Winter?",
			"ru": "Куда уходят городские паромы зимой?",
		}[lang]
		for _, c := range []struct {
			name  string
			lines []string
			cut   bool
			lastP float32 // the scorer's probability for the last line
		}{
			{"headlines under the story", append(append([]string{}, ps...), h...), true, 0.8},
			{"a blurb the scorer rejects under them", append(append(append([]string{}, ps...), h[:2]...), blurb), true, 0.2},
			{"a blurb the scorer takes under them", append(append(append([]string{}, ps...), h[:2]...), blurb), false, 0.8},
			{"a closing paragraph under them", append(append(append([]string{}, ps[0]), h[:2]...), ps[1]+" "+ps[1]), false, 0.2},
			{"two short lines", append(append([]string{}, ps...), h[:2]...), true, 0.8},
			{"one closing line", append(append([]string{}, ps...), h[0]), false, 0.8},
			{"a subhead over a paragraph", append(append(append([]string{}, ps[0]), h[:2]...), ps[1]), false, 0.8},
			{"a list a sentence introduces", append(append([]string{}, ps[0], ps[1]+":"), h[1:]...), false, 0.8},
			{"a list of one form", append(append([]string{}, ps...), "Qualified teams",
				"England (Group A): 10th appearance", "Spain (Group F): 11th appearance",
				"Poland (Group G): 4th appearance", "France (Group H): 10th appearance"), false, 0.8},
			{"long lines", append(append([]string{}, ps...), h[0],
				"Riders who need the ferry before the pier opens can take the shuttle bus from the old terminal each hour of the day"), false, 0.8},
		} {
			ss := slotsOf(c.lines...)
			end := len(ss) - 1
			want := end
			if c.cut {
				want = len(ps) - 1
			}
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.8
			}
			p[end] = c.lastP
			if got := cutTrailingHeads(ss, p, 0.5, 0, end); got != want {
				t.Errorf("%s, %s: end %d, want %d", lang, c.name, got, want)
			}
		}
	}
}

// TestSameForm checks that items sharing a mark make a list of one form,
// and that too few of them, or headlines that share none, do not.
func TestSameForm(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Books for managers", "The First Year, Jane Roe", "Good Habits, John Doe", "Leading Teams, Ana Ruiz", "Plain Talk, Li Wei"}, true},
		{[]string{"Empfohlene Bücher", "Das erste Jahr, Erika Muster", "Gute Gewohnheiten, Max Muster", "Teams führen, Ana Ruiz", "Klartext, Li Wei"}, true},
		{[]string{"Books for managers", "The First Year, Jane Roe", "Good Habits, John Doe", "Leading Teams, Ana Ruiz"}, false},
		{[]string{"Read more", "City council approves new bus lanes", "Storm: power out across the valley", "Why the bridge toll is going up", "Mayor opens new library"}, false},
	} {
		ss := slotsOf(c.lines...)
		if got := sameForm(ss, 0, len(ss)-1); got != c.want {
			t.Errorf("sameForm(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestStartAtDateline checks that a text page's body opens at the paragraph
// that opens with a dateline when only lines the scorer rejects stand
// above it, and stays where it is when the scorer takes a line above it,
// when too many lines stand above it, or when no dateline opens it.
func TestStartAtDateline(t *testing.T) {
	teasers := []string{"Property taxes are on the rise. These maps show where.", "Card skimmer found at a gas station"}
	for _, lede := range []string{
		"HALIFAX, Nova Scotia (AP) — The harbor authority said Tuesday it would close the old ferry terminal for two years.",
		"BERLIN (dpa) - Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen.",
		"PARIS (AFP) - L'autorité portuaire a annoncé mardi la fermeture du vieux terminal pour deux ans.",
	} {
		for _, c := range []struct {
			name   string
			above  []string
			aboveP float32
			lede   string
			want   int
		}{
			{"teasers the scorer rejects", teasers, 0.3, lede, 2},
			{"a paragraph the scorer takes", teasers, 0.7, lede, 0},
			{"too many lines", append(append(append([]string{}, teasers...), teasers...), teasers...), 0.3, lede, 0},
			{"no dateline", teasers, 0.3, storyLines[1], 0},
		} {
			ss := slotsOf(append(append([]string{}, c.above...), c.lede, storyLines[1])...)
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = c.aboveP
			}
			p[len(c.above)], p[len(c.above)+1] = 0.9, 0.9
			if got := startAtDateline(ss, p, 0.5, 0, len(ss)-1); got != c.want {
				t.Errorf("%s (%.20s): start %d, want %d", c.name, lede, got, c.want)
			}
		}
	}
}
