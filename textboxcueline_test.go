package wirestory

import "testing"

// TestBoxCueLine checks that a text page's body ends above an author box
// whose byline cue stands alone on the line above the name, in English and
// German, with the name's credentials after a comma; and that the story
// stays when the paragraph under the name is not the person's biography,
// when the box stands above most of the story, or when no cue labels a
// box whose biography names no writer's trade.
func TestBoxCueLine(t *testing.T) {
	under := []string{"Advisory services are offered only where the firm is registered, and this page is for information only.",
		"The firm does not give tax or legal advice; readers should ask their own advisers before they act on it."}
	for _, c := range []struct {
		name        string
		story       []string
		box         []string
		after       []string
		wantTrimmed bool
	}{
		{"a reviewer's box", storyLines[:5], []string{"Reviewed by,", "Jane Roe, CFP®", "Jane Roe is a fee-only financial adviser who began her career in 2004 and plans retirements."}, under, true},
		{"a written-by box", storyLines[:5], []string{"Written by", "Jane Roe", "Jane Roe is a certified planner in Halifax who has helped families budget since 2010."}, under[:1], true},
		{"a German box", germanStoryLines, []string{"Geprüft von", "Jana Roth, MBA", "Jana Roth ist Finanzberaterin in Hamburg und plant seit 2010 die Rente von Familien."}, nil, true},
		{"no cue and no trade", storyLines[:5], []string{"Jane Roe, CFP®", "Jane Roe is a fee-only financial adviser who began her career in 2004 and plans retirements."}, under, false},
		{"a paragraph that is no biography", storyLines[:5], []string{"Reviewed by", "Jane Roe", "The council reviewed the ferry budget on Monday and agreed to keep the fares as they are."}, under, false},
		{"a box above most of the story", storyLines[:3], []string{"Written by", "Jane Roe", "Jane Roe is a certified planner in Halifax who has helped families budget since 2010."}, storyLines[3:7], false},
	} {
		lines := append(append(append([]string{}, c.story...), c.box...), c.after...)
		ss := slotsOf(lines...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = len(c.story) - 1
		}
		if got := trimLateAuthorBox(ss, 0, end); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}

// TestIsBoxCueLine checks the lines that label a name below them and the
// story's lines that open with a cue word but say more.
func TestIsBoxCueLine(t *testing.T) {
	for line, want := range map[string]bool{
		"Written by": true, "Reviewed by,": true, "Author:": true, "Von": true, "Revisado por": true,
		"By the end of the year the ferry will run every hour.": false, "Written by hand": false,
		"Reviewed by the council": false, "Von Jane Roe": false,
	} {
		if got := isBoxCueLine(line); got != want {
			t.Errorf("isBoxCueLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestCutCredentials checks that a name line's credentials after a comma
// are left out and that a place or a surname-first name stays whole.
func TestCutCredentials(t *testing.T) {
	for in, want := range map[string]string{
		"Jane Roe, CFP®": "Jane Roe", "Jane Roe, RN, BSN": "Jane Roe", "Jane Roe, Ph.D.": "Jane Roe",
		"Jana Roth, MBA": "Jana Roth", "Jane Roe, Halifax": "Jane Roe, Halifax", "Roe, Jane": "Roe, Jane",
		"Jane Roe": "Jane Roe", "Jane Roe, NEW YORK CITY": "Jane Roe, NEW YORK CITY",
	} {
		if got := cutCredentials(in); got != want {
			t.Errorf("cutCredentials(%q) = %q, want %q", in, got, want)
		}
	}
}
