package wirestory

import (
	"slices"
	"testing"
)

// TestBoxNameAfterCue checks that an author box whose name line opens with
// a byline cue ("Written by", "Von", "Por") ends a text page's body, in
// English, German and Spanish, and that the story's paragraphs above it
// stay; and that a cue over a paragraph that does not open with the name,
// a credit ("From ...") and a cue over a lower-case phrase leave the body
// as it is.
func TestBoxNameAfterCue(t *testing.T) {
	es := []string{
		"La autoridad portuaria cerrará la vieja terminal de ferris durante dos años mientras se sustituyen los pilotes podridos.",
		"Los ferris saldrán de un muelle provisional un kilómetro al sur, y las tarifas no cambiarán, dijo la autoridad.",
		"Los trabajos empezarán en primavera y deberían terminar en otoño del año siguiente, según el calendario oficial.",
	}
	for _, c := range []struct {
		name        string
		story       []string
		box         []string
		wantTrimmed bool
	}{
		{"written by", storyLines[:4], []string{"Written by Jane Roe", "Jane has covered the harbor for the paper since 2017 and sails on weekends."}, true},
		{"by, whole name", storyLines[:4], []string{"By Jane Roe", "Jane Roe is a freelance writer based in Halifax who covers the waterfront."}, true},
		{"von", germanStoryLines, []string{"Von Erika Mustermann", "Erika Mustermann ist Redakteurin im Lokalressort und schreibt über den Hafen."}, true},
		{"por", es, []string{"Por María López", "María López es periodista y escribe sobre el puerto desde hace diez años."}, true},
		{"the paragraph names someone else", storyLines[:4], []string{"Written by Jane Roe", "The council will vote on the new fares in May, a spokesman said on Monday."}, false},
		{"a credit, not a cue", storyLines[:4], []string{"From Jane Roe", "Jane has covered the harbor for the paper since 2017 and sails on weekends."}, false},
		{"a cue over lower case", storyLines[:4], []string{"By the harbor", "The harbor authority has covered the pier since 2017 with a new roof."}, false},
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

// TestCutBoxCue checks the cues cutBoxCue reads and those it leaves.
func TestCutBoxCue(t *testing.T) {
	for in, want := range map[string]string{
		"Written by Jane Roe": "Jane Roe", "WRITTEN BY Jane Roe": "Jane Roe", "by Jane Roe": "Jane Roe",
		"Von Erika Mustermann": "Erika Mustermann", "di Mario Rossi": "Mario Rossi",
	} {
		if got, ok := cutBoxCue(in); !ok || got != want {
			t.Errorf("cutBoxCue(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"From Jane Roe", "Via Jane Roe", "Byron Smith", "Jane Roe", "By"} {
		if got, ok := cutBoxCue(in); ok || got != in {
			t.Errorf("cutBoxCue(%q) = %q, %v; want it unchanged", in, got, ok)
		}
	}
}

// TestLateBoxAfterCue checks that a writer's box under a byline cue ends
// a text page's body above other lines under it, though its biography
// names no trade, in English and German; that the same box under a bare
// name does not (a person in a list); and that a cued box with more of the
// story under it than above it (a profile) leaves the body as it is.
func TestLateBoxAfterCue(t *testing.T) {
	under := []string{"More from the harbor desk", "Ferry fares will rise next spring, the council said on Monday night after a long debate.",
		"The island's new bridge opened to cyclists on Sunday, a year after work began on its piers."}
	for _, c := range []struct {
		name        string
		story       []string
		box         []string
		after       []string
		wantTrimmed bool
	}{
		{"by", storyLines[:5], []string{"By Jane Roe", "Jane is a keen sailor who loves the harbor, its ferries and the people who work the docks."}, under, true},
		{"author label", storyLines[:5], []string{"Author: Jane Roe", "Jane is a creative enthusiast with a passion for boats, tides and storytelling."}, under, true},
		{"von", germanStoryLines, []string{"Von Erika Mustermann", "Erika ist leidenschaftliche Seglerin und lebt seit zwanzig Jahren am Hafen."}, under, true},
		{"a bare name", storyLines[:5], []string{"Jane Roe", "Jane is a keen sailor who loves the harbor, its ferries and the people who work the docks."}, under, false},
		{"a profile", storyLines[:3], []string{"By Jane Roe", "Jane is a keen sailor who loves the harbor, its ferries and the people who work the docks."},
			append(slices.Clone(storyLines[3:7]), under...), false},
	} {
		lines := append(append(slices.Clone(c.story), c.box...), c.after...)
		ss := slotsOf(lines...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = len(c.story) - 1
		}
		if got := trimLateAuthorBox(ss, 0, end); got != want {
			t.Errorf("%s: the body ends at %d, want %d", c.name, got, want)
		}
	}
}
