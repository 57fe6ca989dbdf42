package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestAboutBoxNamesLater checks that a text page's body drops the author
// box under an "About" label whose biography names the writer a few words
// in, not first, in English, German and Portuguese, and that it keeps a
// paragraph that names a person late under a bare name, or under an
// "About" label far into its text.
func TestAboutBoxNamesLater(t *testing.T) {
	story := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for _, p := range storyLines {
		story = append(story, p, "")
	}
	for _, c := range []struct {
		box  []string
		drop bool
	}{
		{[]string{"About Jane Roe", "", "A mother of two and a former teacher, Jane Roe writes about schools and ferries for the Harbor Herald."}, true},
		{[]string{"Über Jane Roe", "", "Als Redakteurin für Verkehr berichtet Jane Roe seit 2017 über den Hafen und seine Fähren."}, true},
		{[]string{"Sobre Jane Roe", "", "Mãe de dois filhos e professora, Jane Roe escreve sobre escolas e balsas para o Harbor Herald."}, true},
		// A bare name over a paragraph that names her later: a subhead
		// of the story.
		{[]string{"Jane Roe", "", "Asked what the closure means for the crews, the union's spokeswoman Jane Roe said they would move to the new pier."}, false},
		// The name far into the paragraph.
		{[]string{"About Jane Roe", "", "The union said the crews would move to the temporary pier in the spring, and that the authority had promised them the same hours and pay as before, according to its spokeswoman Jane Roe."}, false},
	} {
		lines := append(slices.Clone(story), c.box...)
		lines = append(lines, "", "Share this article", "Privacy policy")
		a := parseLines(t, lines)
		bio := c.box[len(c.box)-1]
		kept := slices.Contains(a.Paragraphs, bio)
		if kept == c.drop {
			t.Errorf("box %q: biography kept %v, want %v; paragraphs:\n%q", c.box[0], kept, !c.drop, a.Paragraphs)
		}
		if len(a.Paragraphs) < len(storyLines)-1 || !strings.Contains(strings.Join(a.Paragraphs, " "), "ice is gone") {
			t.Errorf("box %q: story lost:\n%q", c.box[0], a.Paragraphs)
		}
	}
}
