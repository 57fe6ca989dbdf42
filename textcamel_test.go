package wirestory

import "testing"

// TestKeepCamelProse checks that a review's paragraph naming a product in
// camel case, between two of the story's paragraphs, is the body's, in
// English and in German; and that glued teasers among other teasers, a
// short glued line and a paragraph the scorer doubts stay out.
func TestKeepCamelProse(t *testing.T) {
	en := "The Acme AutoRelease dishwasher opens its door at the end of the cycle, which lets the steam out and dries the plates faster."
	de := "Die Acme AutoClean Funktion reinigt den Filter nach jedem Spülgang von selbst, sodass die Maschine monatelang ohne Wartung auskommt."
	teaser := "Best Dishwashers Of The YearOur testers ran forty machines through a month of dinners to find the quietest and cleanest ones."
	short := "Read The Latest Ferry NewsClick here for every timetable."
	for _, c := range []struct {
		name  string
		lines []string
		line  string
		p     float32
		want  role
	}{
		{"an English review", []string{storyLines[1], "", en, "", storyLines[4]}, en, 0.8, roleUnknown},
		{"a German review", []string{storyLines[1], "", de, "", storyLines[4]}, de, 0.8, roleUnknown},
		{"a paragraph the scorer doubts", []string{storyLines[1], "", en, "", storyLines[4]}, en, 0.3, roleTeaser},
		{"teasers in a row", []string{storyLines[1], "", teaser, "", teaser + " Again", "", storyLines[4]}, teaser, 0.8, roleTeaser},
		{"a short glued line", []string{storyLines[1], "", short, "", storyLines[4]}, short, 0.8, roleTeaser},
	} {
		ss := slotsOf(c.lines...)
		p := make([]float32, len(ss))
		at := -1
		for i := range ss {
			p[i] = 0.8
			if isGluedTeaser(ss[i].text) {
				ss[i].role = roleTeaser
			}
			if ss[i].text == c.line {
				at, p[i] = i, c.p
			}
		}
		if at < 0 || ss[at].role != roleTeaser {
			t.Fatalf("%s: %q is no glued teaser to begin with", c.name, c.line)
		}
		keepCamelProse(ss, p, 0.5, 0, len(ss)-1)
		if ss[at].role != c.want {
			t.Errorf("%s: %q has role %v, want %v", c.name, c.line, ss[at].role, c.want)
		}
	}
}
