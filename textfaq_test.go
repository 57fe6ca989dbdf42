package wirestory

import (
	"strings"
	"testing"
)

// TestKeepAnswers checks that a text page's body is carried over the
// questions and answers under its story, across a writer's box and a
// heading, in English and German; and that it is not carried over one
// pair alone, questions with no answers (other pieces' titles), answers
// the scorer doubts, a long gap, a teaser in the gap, or into the
// comments. What it keeps: the gap's lines keep their roles, and the
// lines under the last answer stay out.
func TestKeepAnswers(t *testing.T) {
	for lang, c := range map[string]struct{ last, name, bio, head, q1, a1, q2, a2, a3, foot string }{
		"en": {
			last: "The new pier should open in the spring, the harbor authority said, once the last of the pilings is in place.",
			name: "Jane Roe",
			bio:  "Jane Roe has covered the harbor and its ferries for ten years and lives on one of the islands.",
			head: "Frequently asked questions",
			q1:   "When will the old terminal close?",
			a1:   "The terminal closes at the end of March, and riders will board at the temporary pier from the first of April.",
			q2:   "Will the timetable change during the work?",
			a2:   "No. The ferries keep their timetable, although the walk from the car park to the pier takes a few minutes longer.",
			a3:   "Riders with reduced mobility can ask the crew for help at the pier, as they could at the terminal.",
			foot: "Privacy policy",
		},
		"de": {
			last: "Der neue Anleger soll im Frühjahr öffnen, sagte die Hafenbehörde, sobald der letzte Pfahl gesetzt ist.",
			name: "Erika Muster",
			bio:  "Erika Muster berichtet seit zehn Jahren über den Hafen und seine Fähren und lebt auf einer der Inseln.",
			head: "Häufige Fragen",
			q1:   "Wann schließt das alte Terminal?",
			a1:   "Das Terminal schließt Ende März, und die Fahrgäste steigen ab dem ersten April am vorläufigen Anleger ein.",
			q2:   "Ändert sich der Fahrplan während der Arbeiten?",
			a2:   "Nein. Die Fähren fahren nach ihrem Fahrplan, auch wenn der Weg vom Parkplatz zum Anleger etwas länger dauert.",
			a3:   "Fahrgäste mit eingeschränkter Mobilität können am Anleger die Besatzung um Hilfe bitten, wie am Terminal.",
			foot: "Datenschutz",
		},
	} {
		for _, tc := range []struct {
			name     string
			lines    []string
			doubt    int // a line the scorer doubts (0: none)
			teaser   int // a line a rule took for a teaser (0: none)
			comments int
			want     int
		}{
			{"questions and answers over a box", []string{c.last, c.name, c.bio, c.head, c.q1, c.a1, c.q2, c.a2, c.a3, c.foot}, 0, 0, -1, 8},
			{"right under the story", []string{c.last, c.q1, c.a1, c.q2, c.a2, c.foot}, 0, 0, -1, 4},
			{"a question with no answer ends the run", []string{c.last, c.q1, c.a1, c.q2, c.a2, c.q1, c.foot}, 0, 0, -1, 4},
			{"one pair", []string{c.last, c.head, c.q1, c.a1, c.foot}, 0, 0, -1, 0},
			{"questions with no answers", []string{c.last, c.head, c.q1, c.q2, c.q1, c.q2, c.foot}, 0, 0, -1, 0},
			{"an answer the scorer doubts", []string{c.last, c.head, c.q1, c.a1, c.q2, c.a2, c.foot}, 5, 0, -1, 0},
			{"a long gap", []string{c.last, c.name, c.bio, c.foot, c.name, c.head, c.q1, c.a1, c.q2, c.a2}, 0, 0, -1, 0},
			{"a teaser in the gap", []string{c.last, c.name, c.head, c.q1, c.a1, c.q2, c.a2, c.foot}, 0, 1, -1, 0},
			{"the comments", []string{c.last, c.head, c.q1, c.a1, c.q2, c.a2, c.foot}, 0, 0, 2, 0},
		} {
			ss := slotsOf(tc.lines...)
			p := make([]float32, len(ss))
			for i := range ss {
				p[i] = 0.3
				if ss[i].f.prose {
					p[i] = 0.8
				}
			}
			if tc.doubt > 0 {
				p[tc.doubt] = 0.2
			}
			if tc.teaser > 0 {
				ss[tc.teaser].role = roleTeaser
			}
			roles := make([]role, len(ss))
			for i := range ss {
				roles[i] = ss[i].role
			}
			if got := keepAnswers(ss, p, 0.5, 0, 0, tc.comments); got != tc.want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, tc.want)
			}
			for i := range ss {
				if ss[i].role != roles[i] {
					t.Errorf("%s, %s: line %d's role %v, was %v", lang, tc.name, i, ss[i].role, roles[i])
				}
			}
		}
	}
}

// TestKeepAnswersParse checks the rule in a whole dump: the answers under
// the story are the body's, the page's footer is not.
func TestKeepAnswersParse(t *testing.T) {
	story := []string{
		"The harbor authority said on Tuesday that the old ferry terminal will close for two years while crews replace the rotten wooden pilings under its main hall.",
		"Ferry riders will board at a temporary pier north of the terminal, the authority said, and the harbor ferry will keep its timetable during the work.",
		"The work will cost about 40 million dollars, most of it paid by the state, the authority said in a statement.",
		"Crews began driving the first steel piles last week, and the pier's deck will be laid in sections made on shore.",
		"Shops in the terminal's hall will move to a row of cabins by the car park until the hall reopens.",
		"The new pier should open in the spring, the harbor authority said, once the last of the pilings is in place.",
	}
	tail := []string{
		"Jane Roe", "",
		"Jane Roe is a reporter at The Harbor Times. She has covered the harbor and its ferries for ten years.", "",
		"FAQ", "",
		"When will the old terminal close?", "",
		"The terminal closes at the end of March, and riders will board at the temporary pier from the first of April.", "",
		"Will the timetable change during the work?", "",
		"No. The ferries keep their timetable, although the walk from the car park to the pier takes a few minutes longer.", "",
	}
	a := parseLines(t, storyPage(story, tail...))
	got := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{story[0], "When will the old terminal close?", "No. The ferries keep their timetable"} {
		if !strings.Contains(got, want) {
			t.Errorf("body lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Privacy policy") {
		t.Errorf("body holds the footer:\n%s", got)
	}
}

// TestKeepAnswersGoOn checks that a body that stops on a question of its
// own questions and answers takes the answer under it, one with no final
// stop too, in English and Spanish; and that a story closing on a question
// of its own with no question and answer over it keeps its end (the
// paragraph under it is another piece's), as does a short line under the
// question.
func TestKeepAnswersGoOn(t *testing.T) {
	for lang, c := range map[string]struct{ q1, a1, q2, a2, short, para string }{
		"en": {
			q1:    "Which ferries run at night?",
			a1:    "Only the island ferry runs after ten, once an hour, and it stops at the temporary pier like the others.",
			q2:    "How long will the work take?",
			a2:    "Two years at least, the authority says, and longer if the winter storms delay the work on the pilings",
			short: "Book a ticket",
			para:  "The harbor authority said on Tuesday that the old ferry terminal will close for two years.",
		},
		"es": {
			q1:    "¿Qué transbordadores circulan de noche?",
			a1:    "Solo el transbordador de la isla circula después de las diez, una vez por hora, y para en el muelle provisional.",
			q2:    "¿Cuánto tiempo durarán las obras?",
			a2:    "Dos años como mínimo, según la autoridad portuaria, y más si los temporales del invierno retrasan los trabajos",
			short: "Comprar billete",
			para:  "La autoridad portuaria dijo el martes que la vieja terminal cerrará durante dos años.",
		},
	} {
		for _, tc := range []struct {
			name  string
			lines []string
			end   int
			want  int
		}{
			{"the answer under the last question", []string{c.para, c.q1, c.a1, c.q2, c.a2, c.short}, 3, 4},
			{"a closing question alone", []string{c.para, c.para, c.para, c.q2, c.a2, c.short}, 3, 3},
			{"a short line under the question", []string{c.para, c.q1, c.a1, c.q2, c.short, c.a2}, 3, 3},
		} {
			ss := slotsOf(tc.lines...)
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.8
			}
			if got := keepAnswers(ss, p, 0.5, 0, tc.end, -1); got != tc.want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, tc.want)
			}
		}
	}
}

// TestKeepAnswersComments checks that keepAnswers carries nothing over
// lines at or under the comments' start, even when the comments start
// inside the body (start..end holds them), in English and Spanish.
func TestKeepAnswersComments(t *testing.T) {
	for lang, c := range map[string][5]string{
		"en": {"The harbor authority said on Tuesday that the old ferry terminal will close for two years.",
			"Which ferries run at night?", "Only the island ferry runs after ten, once an hour, and it stops at the temporary pier like the others.",
			"How long will the work take?", "Two years at least, the authority says, and longer if the winter storms delay the work on the pilings."},
		"es": {"La autoridad portuaria dijo el martes que la vieja terminal cerrará durante dos años.",
			"¿Qué transbordadores circulan de noche?", "Solo el transbordador de la isla circula después de las diez, una vez por hora, y para en el muelle provisional.",
			"¿Cuánto tiempo durarán las obras?", "Dos años como mínimo, según la autoridad portuaria, y más si los temporales retrasan los trabajos."},
	} {
		ss := slotsOf(c[0], c[0], c[1], c[2], c[3], c[4])
		p := make([]float32, len(ss))
		for i := range p {
			p[i] = 0.8
		}
		if got := keepAnswers(ss, p, 0.5, 0, 1, 2); got != 1 {
			t.Errorf("%s: comments under the body: end %d, want 1", lang, got)
		}
		if got := keepAnswers(ss, p, 0.5, 0, 1, 1); got != 1 {
			t.Errorf("%s: comments inside the body: end %d, want 1", lang, got)
		}
	}
}
