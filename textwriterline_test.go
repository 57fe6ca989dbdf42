package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// writerBoxDump is a text page: a headline, a byline naming writer, the
// story's paragraphs set apart by blank lines, then the writer's box (the
// name on a line of its own, the trade, a biography that does not open with
// the name) and the lines the body's stretch carries under it.
func writerBoxDump(headline, byline, writer string, story, box, under []string) []string {
	lines := []string{"Home", "News", "Local", "", headline, byline, ""}
	for _, p := range story {
		lines = append(lines, p, "")
	}
	lines = append(lines, writer, "")
	lines = append(lines, box...)
	return append(lines, under...)
}

// TestCutAtWriterLine checks, in English and German, that a text page's
// body ends above the writer's box whose name line is the byline's name
// word for word, when nothing in the box reads as a biography to the other
// author box rules (the biography does not open with the name), and that
// the story's paragraphs above the box all stay.
func TestCutAtWriterLine(t *testing.T) {
	for _, c := range []struct {
		lang, headline, byline, writer string
		story, box, under              []string
	}{
		{"en", "Harbor authority to close old ferry terminal", "By Jane Roe", "Jane Roe", []string{storyLines[1], storyLines[4], storyLines[5], storyLines[6]},
			[]string{"Senior reporter", "Since 2019 at the paper. Interested above all in ferries, harbors, bridges and the weather on the coast."},
			[]string{"Topics #Harbor #Ferries", "Report an error", "",
				"If you have noticed a mistake in this story, please send us an e-mail and we will look into it as soon as we can.", "",
				"Share this story"}},
		{"de", "Fährterminal schließt für zwei Jahre", "Von Nicole Muster", "Nicole Muster", germanStoryLines,
			[]string{"Redakteurin", "Seit 2019 bei der Zeitung. Interessiert sich vor allem für Häfen, Fähren, Brücken und das Wetter an der Küste."},
			[]string{"Themen #Hafen #Fähren", "Fehler melden", "",
				"Sollten Ihnen Fehler aufgefallen sein, schicken Sie uns gerne eine E-Mail, wir gehen jedem Hinweis nach.", "",
				"Diesen Artikel teilen"}},
	} {
		a := parseLines(t, writerBoxDump(c.headline, c.byline, c.writer, c.story, c.box, c.under))
		if n := len(a.Paragraphs); n == 0 || a.Paragraphs[n-1] != c.story[len(c.story)-1] {
			t.Errorf("%s: paragraphs:\n%q\nwant the story's, ending %q", c.lang, a.Paragraphs, c.story[len(c.story)-1])
		}
		for _, p := range c.story {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost", c.lang, p)
			}
		}
		for _, p := range a.Paragraphs {
			if strings.HasPrefix(p, c.box[1][:10]) || strings.HasPrefix(p, c.under[3][:10]) {
				t.Errorf("%s: box line %q in the body", c.lang, p)
			}
		}
	}
}

// TestCutAtWriterLineKeeps checks what the rule leaves in the body: the
// writer's name under a picture (tight under its caption), the writer's
// name as a speaker's label over a paragraph that does not name the writer
// (an interviewer's question), the signatures of a round-up's items (the
// name three times), a name line after fewer than three paragraphs, one
// with as many paragraphs under it as above, a name that is not the
// byline's, and a name line with more on it.
func TestCutAtWriterLineKeeps(t *testing.T) {
	people := []string{"Jane Roe"}
	story := []string{storyLines[1], "", storyLines[4], "", storyLines[5], "", storyLines[6], ""}
	role := []string{"Senior reporter", "Since 2019 at the paper. Interested above all in ferries and harbors."}
	for _, c := range []struct {
		name  string
		lines []string
		want  int // the body's end: -1 for the last block, as it was
	}{
		{"the writer's box", append(append(slices.Clone(story), "Jane Roe", ""), role...), 3},
		{"a biography naming the writer", append(slices.Clone(story), "Jane Roe", "", "Jane covers the harbor for the paper and lives on the island."), 3},
		{"a sign-off in German", []string{germanStoryLines[0], "", germanStoryLines[1], "", germanStoryLines[2], "", "Nicole Muster", "", "Redakteurin"}, 2},
		{"a credit under a caption", append(slices.Clone(story[:6]), "Crews inspect the rotted pilings of the ferry terminal", "Jane Roe", "", "Redakteurin", "", storyLines[3]), -1},
		{"a speaker's label", append(slices.Clone(story), "Jane Roe", "", "When will the ferries leave from the new pier, and who decided where it goes?", "", storyLines[2]), -1},
		{"a round-up's signatures", append(append(slices.Clone(story), "Jane Roe", "", "More on ferries", "", storyLines[2], "", "Jane Roe", "", "More on bridges", "", storyLines[3], "", "Jane Roe", ""), "More on harbors"), -1},
		{"after two paragraphs", append(slices.Clone(story[:4]), append([]string{"Jane Roe", ""}, role...)...), -1},
		{"as many paragraphs under it", append(append(slices.Clone(story), "Jane Roe", "", "More on ferries", ""), storyLines[0], "", storyLines[3], "", storyLines[1], "", storyLines[5]), -1},
		{"another name", append(append(slices.Clone(story), "John Doe", ""), role...), -1},
		{"a name with more", append(append(slices.Clone(story), "Jane Roe, Halifax", ""), role...), -1},
	} {
		ss := slotsOf(c.lines...)
		end := len(ss) - 1
		want := c.want
		if want < 0 {
			want = end
		}
		p := people
		if strings.Contains(c.name, "German") {
			p = []string{"Nicole Muster"}
		}
		if got := cutAtWriterLine(ss, 0, end, p); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}

// TestCutAtWriterLineLeavesCueBox checks that the rule leaves what stands
// under a box trimLateAuthorBox reads by the cue alone on the line above
// its name ("Written by" / "Jane Roe" / "Jane Roe is ..."): a FAQ under
// the box that keepAnswers carried back into the body stays.
func TestCutAtWriterLineLeavesCueBox(t *testing.T) {
	for _, c := range []struct {
		lang, cue, name, bio string
		story, faq           []string
	}{
		{"en", "Written by", "Jane Roe", "Jane Roe is a certified planner in Halifax who has helped families budget since 2010.",
			[]string{storyLines[1], storyLines[4], storyLines[5], storyLines[6], storyLines[2]},
			[]string{"How often should a family review its budget? Once a year at least, and after any change in income.",
				"Is a planner worth the fee? For most families a single session pays for itself within the year."}},
		{"de", "Geprüft von", "Jana Roth", "Jana Roth ist Planerin in Hamburg und hilft Familien seit 2010 beim Haushalten.",
			germanStoryLines,
			[]string{"Wie oft sollte eine Familie ihr Budget prüfen? Mindestens einmal im Jahr und nach jeder Änderung des Einkommens.",
				"Lohnt sich eine Beratung? Für die meisten Familien macht sich eine einzige Sitzung im selben Jahr bezahlt."}},
	} {
		var lines []string
		for _, p := range c.story {
			lines = append(lines, p, "")
		}
		lines = append(lines, c.cue, "", c.name, c.bio, "")
		for _, p := range c.faq {
			lines = append(lines, p, "")
		}
		ss := slotsOf(lines...)
		end := len(ss) - 1
		if got := cutAtWriterLine(ss, 0, end, []string{c.name}); got != end {
			t.Errorf("%s: end %d, want %d (the FAQ under the cued box stays)", c.lang, got, end)
		}
	}
}
