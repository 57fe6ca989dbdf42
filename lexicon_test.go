package wirestory

import "testing"

// TestChromePromos checks the promos and comment labels that close a story
// in several languages, and the sentences of stories that look like them.
func TestChromePromos(t *testing.T) {
	for _, s := range []string{
		"Follow our full coverage of the election here.",
		"For more on the budget talks, watch this video:",
		"Watch:",
		"Jetzt abonnieren und alle Artikel lesen.",
		"Comentar",
		"À découvrir",
	} {
		if !isChromeLine(s) {
			t.Errorf("isChromeLine(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Investors will watch this week's jobs report closely, analysts said.",
		"The minister said: \"We will watch the situation.\"",
		"The video showed the suspect leaving the building.",
		"Follow-up talks are planned for March.",
		"Comentar el informe fue imposible, dijo el portavoz del gobierno regional.",
		"He told reporters what investors should watch:",
	} {
		if isChromeLine(s) {
			t.Errorf("isChromeLine(%q) = true, want false", s)
		}
	}
}
