package wirestory

import "testing"

// TestCutAuthorLabel checks that a text page's body ends above an author
// box's label under the story, in English and German, alone, before a colon
// or glued to the box's first words; and that the story's paragraphs stay:
// a paragraph that speaks about the author, a label above most of the story
// (a profile heading) and a label after fewer than three paragraphs leave
// the body as it is.
func TestCutAuthorLabel(t *testing.T) {
	box := []string{"Jane Roe, CPA", "Senior editor at the Harbor Weekly since 2019, she covers ferries, bridges and the port's budget."}
	germanBox := []string{"Jane Roe", "Seit 2019 Redakteurin beim Hafenblatt, wo sie über Fähren, Brücken und den Haushalt des Hafens schreibt."}
	for _, c := range []struct {
		name        string
		story       []string
		label       string
		box         []string
		wantTrimmed bool
	}{
		{"a label alone", storyLines[:5], "About the Author", box, true},
		{"a label before a colon", storyLines[:5], "About the author:", box, true},
		{"a label glued to the name", storyLines[:5], "About the AuthorJane Roe", box[1:], true},
		{"a German label", germanStoryLines, "Über die Autorin", germanBox, true},
		{"a paragraph about the author", storyLines[:5], "About the author of the report, little is known.", box, false},
		{"a German paragraph about the author", germanStoryLines, "Über den Autor des Berichts ist wenig bekannt.", germanBox, false},
		{"a label after two paragraphs", storyLines[:2], "About the Author", box[1:], false},
		{"a label above most of the story", storyLines[:3], "About the Author", append(append([]string{}, box...), storyLines[3:7]...), false},
	} {
		lines := append(append(append([]string{}, c.story...), c.label), c.box...)
		ss := slotsOf(lines...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = len(c.story) - 1
		}
		if got := cutAuthorLabel(ss, 0, end); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}
