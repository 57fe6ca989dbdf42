package wirestory

import "testing"

// TestBoxTitleBio checks that a text page's body ends above an author box
// whose biography opens with the writer's title, in English and German;
// and that the story stays when no name line heads the paragraph, when
// the story names the person (a profile of someone it speaks of), and when
// the title's words run on without a preposition.
func TestBoxTitleBio(t *testing.T) {
	named := append(append([]string{}, storyLines[:3]...), "Jane Roe, who runs the port, said the ferry would keep its old timetable until the spring.")
	for _, c := range []struct {
		name        string
		story       []string
		box         []string
		wantTrimmed bool
	}{
		{"an English box", storyLines[:5], []string{"Jane Roe", "Executive Editor at the Harbor Weekly. Covering the port since 2008, she also writes about ferries."}, true},
		{"a German box", germanStoryLines, []string{"Jana Roth", "Redakteurin beim Hafenblatt. Sie schreibt seit 2008 über den Hafen und seine Fähren."}, true},
		{"no name line", storyLines[:5], []string{"Editors at the paper said the ferry would keep running through the winter months."}, false},
		{"a person the story names", named, []string{"Jane Roe", "Director of the port authority since 2008, she has run the harbor through two floods."}, false},
		{"no preposition after the title", storyLines[:5], []string{"Jane Roe", "Executive Editor Jane Roe said the ferry would keep running through the winter months."}, false},
	} {
		lines := append(append([]string{}, c.story...), c.box...)
		ss := slotsOf(lines...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = len(c.story) - 1
		}
		if got := trimAuthorBox(ss, 0, end); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}
