package wirestory

import (
	"slices"
	"testing"
)

// TestFormButtons checks that the buttons between a form's pitch and its
// fine print leave a text page's body with them, in English and German,
// also when the pitch is printed twice and its copy was taken as a
// repeat, and that a short line between a paragraph of the story and a form's
// fine print (no pitch above it) stays: it may head what follows.
func TestFormButtons(t *testing.T) {
	for _, c := range []struct {
		name   string
		story  []string
		form   []string // set in after the story's third paragraph
		button string
		kept   bool
	}{
		{"en pitch", storyLines, []string{"You can show the post from another site here with one click, and hide it again.", "Show the post",
			"By clicking, you agree to our Privacy Policy."}, "Show the post", false},
		{"de pitch", storyLinesDE, []string{"Hier können Sie sich den externen Inhalt mit einem Klick anzeigen lassen und wieder ausblenden.", "Inhalt anzeigen",
			"Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."}, "Inhalt anzeigen", false},
		// The pitch printed twice: its copy is a repeat (markRepeats).
		{"en pitch twice", storyLines, []string{"Get the best fares texted right to your phone every week!", "Get the best fares texted right to your phone every week!",
			"Sign Me Up", "By signing up, you agree to receive SMS marketing messages at the number provided."}, "Sign Me Up", false},
		// No pitch: the line over the fine print stays.
		{"en story", storyLines, []string{"Commuters said the ferry terminal closure would add ten minutes to their trips.", "Show the post",
			"By clicking, you agree to our Privacy Policy."}, "Show the post", true},
		{"de story", storyLinesDE, []string{"Die Pendler sagten, die Fähren am Behelfsanleger fahren seltener.", "Inhalt anzeigen",
			"Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."}, "Inhalt anzeigen", true},
	} {
		a := parseLines(t, boxedStory(c.story, c.form))
		if got := slices.Contains(a.Paragraphs, c.button); got != c.kept {
			t.Errorf("%s: %q kept %v, want %v; paragraphs:\n%q", c.name, c.button, got, c.kept, a.Paragraphs)
		}
		for _, p := range c.story[1:] {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}
