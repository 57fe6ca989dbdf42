package wirestory

import "testing"

// TestMarkPictureByLines checks that a picture's credit alone on a line of
// a text page's body is marked a caption, in English, German and Spanish,
// and that the story's lines stay: the paragraph above and below the
// credit, a sentence that opens with the cue's words, and a line whose
// words after the cue are in lower case.
func TestMarkPictureByLines(t *testing.T) {
	for _, c := range []struct {
		line    string
		caption bool
	}{
		{"Image by Jane Roe Photography via Harbor Weekly", true},
		{"Image by Jane M. Roe & Tom Poe", true},
		{"Bild von Jana Roth und Tom Poe", true},
		{"Imagen de Juana Ruiz", true},
		{"Image by image, the album tells the story of the harbor.", false},
		{"Bild von der Hafenkante am frühen Morgen", false},
		{"Image by Jane Roe: what do you see?", false},
	} {
		lines := []string{storyLines[0], storyLines[1], c.line, storyLines[2], storyLines[3]}
		ss := slotsOf(lines...)
		markPictureByLines(ss, 0, len(ss)-1)
		for i, s := range ss {
			want := roleUnknown
			if i == 2 && c.caption {
				want = roleCaption
			}
			if s.role != want {
				t.Errorf("%q: line %d role %v, want %v", c.line, i, s.role, want)
			}
		}
	}
}
