package wirestory

import (
	"slices"
	"testing"
)

// storyLinesDE is a short German story for the tests of text rules that
// read words.
var storyLinesDE = []string{
	"KIEL (dpa) - Die Hafenbehörde schließt das alte Fährterminal für zwei Jahre, weil Taucher morsche Pfähle unter der Wasserlinie gefunden haben.",
	"Die Fähren legen in dieser Zeit an einem Behelfsanleger einen Kilometer weiter südlich an, die Preise bleiben gleich.",
	"Der Bund zahlt die Hälfte der Kosten von 48 Millionen Euro, das Land den Rest.",
	"Pendler sagten, der Weg zum Behelfsanleger verlängere ihre Fahrt um zehn Minuten.",
	"Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist.",
}

// boxedStory returns the lines of a text page: a headline and byline, the
// story's paragraphs with box set in after the third, and a footer.
func boxedStory(story, box []string) []string {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range story {
		lines = append(lines, p, "")
		if i == 2 {
			for _, b := range box {
				lines = append(lines, b, "")
			}
		}
	}
	return append(lines, "Privacy policy", "Terms of use")
}

// TestSignupPitch checks that a text page's body drops the pitch of a
// sign-up box set into the story (a short paragraph about the site's mail
// right above the box's button), in English and German, and that it keeps
// the story's own paragraph above a sign-up button, and a short paragraph
// above a line of chrome that asks for no sign-up.
func TestSignupPitch(t *testing.T) {
	for _, c := range []struct {
		name  string
		story []string
		box   []string // set in after the story's third paragraph; box[0] is the paragraph checked
		kept  bool
	}{
		{"en pitch", storyLines, []string{"Every weekday morning we send the day's top headlines straight to you, free of charge.", "Sign up"}, false},
		{"de pitch", storyLinesDE, []string{"Jeden Morgen schicken wir Ihnen die wichtigsten Nachrichten des Tages, kostenlos und werbefrei.", "Jetzt abonnieren"}, false},
		// The story's paragraph over the button: it speaks of the story.
		{"en story", storyLines, []string{"Commuters said the ferry terminal closure would add ten minutes to their trips.", "Subscribe"}, true},
		{"de story", storyLinesDE, []string{"Die Pendler sagten, die Fähren am Behelfsanleger fahren seltener.", "Newsletter"}, true},
		// Chrome that asks for no sign-up.
		{"en share", storyLines, []string{"Every weekday morning we send the day's top headlines straight to you, free of charge.", "Share this article"}, true},
	} {
		a := parseLines(t, boxedStory(c.story, c.box))
		if got := slices.Contains(a.Paragraphs, c.box[0]); got != c.kept {
			t.Errorf("%s: %q kept %v, want %v; paragraphs:\n%q", c.name, c.box[0], got, c.kept, a.Paragraphs)
		}
		for _, p := range c.story[1:] {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}
