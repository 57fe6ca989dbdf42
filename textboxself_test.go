package wirestory

import (
	"slices"
	"testing"
)

// TestSelfIntroBox checks that an author box whose biography the writer
// tells in the first person ends a text page's body, in English and
// German, and that the story's paragraphs above it stay; and that a
// person the story speaks of, answering in the first person, and a first
// person line that says neither the name nor what the writer is, stay.
func TestSelfIntroBox(t *testing.T) {
	for _, c := range []struct {
		name        string
		story       []string
		box         []string
		wantTrimmed bool
	}{
		{"a greeting and the first name", storyLines[:4], []string{"Written by Jane Roe", "Hi, I'm Jane! I have sailed the harbor ferries for ten years and write about them."}, true},
		{"what the writer is", storyLines[:4], []string{"Jane Roe", "Verified expert", "I'm a harbor pilot writing about ferries, tides and the people who work the docks."}, true},
		{"German", germanStoryLines, []string{"Erika Mustermann", "Ich bin eine Journalistin aus Kiel und schreibe seit zehn Jahren über den Hafen."}, true},
		{"a person the story names", append(slices.Clone(storyLines[:3]), "Richard Miles, a ferry captain, said the pier would be ready in time."),
			[]string{"Richard Miles", "I'm a captain and I have worked the harbor route for thirty years now."}, false},
		{"neither name nor trade", storyLines[:4], []string{"Jane Roe", "I'm not sure the pier will be ready in time, she said after the council's vote."}, false},
	} {
		lines := append(slices.Clone(c.story), c.box...)
		ss := slotsOf(lines...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = len(c.story) - 1
		}
		if got := trimAuthorBox(ss, 0, end); got != want {
			t.Errorf("%s: the body ends at %d, want %d", c.name, got, want)
		}
	}
}
