package wirestory

import "testing"

// TestTrimLateAuthorBox checks that a text page's body ends above the
// writer's box that stands after the story with other lines under it, that
// the story's paragraphs above the box stay in the body, and that a box
// with no trade in its biography (a product in a list), a profile in the
// middle of the story and a box after fewer than three paragraphs leave the
// body as it is.
func TestTrimLateAuthorBox(t *testing.T) {
	story := storyLines[:5]
	under := []string{"More from the harbor desk", "Ferry fares will rise next spring, the council said on Monday night after a long debate.",
		"The island's new bridge opened to cyclists on Sunday, a year after work began on its piers."}
	for _, c := range []struct {
		name        string
		paras       int // story paragraphs above the box
		box         []string
		after       []string
		wantTrimmed bool
	}{
		{"a writer's box", 5, []string{"Jane Roe", "Jane Roe is a freelance writer based in Halifax who covers the waterfront."}, under, true},
		{"a box with a role line", 5, []string{"Jane Roe", "Contributor", "Jane Roe is the co-founder of a harbor newsletter and writes about boats."}, under, true},
		{"a first name opens the biography", 5, []string{"Jane Roe", "Jane has covered the harbor for the paper since 2017 as its ferry reporter."}, under, true},
		{"a product in a list", 5, []string{"Tidewater Card", "Tidewater Card is a pass that pays for every ferry ride in the harbor for a month."}, under, false},
		{"a person who is no writer", 5, []string{"Jane Roe", "Jane Roe is a ferry captain who has sailed the harbor route for twenty years."}, under, false},
		{"a profile in the middle of the story", 3, []string{"Jane Roe", "Jane Roe is a freelance writer based in Halifax who covers the waterfront."}, append(append([]string{}, under[1:]...), storyLines[5], storyLines[6], under[1]), false},
		{"a box after two paragraphs", 2, []string{"Jane Roe", "Jane Roe is a freelance writer based in Halifax who covers the waterfront."}, under[2:], false},
	} {
		lines := append(append(append([]string{}, story[:c.paras]...), c.box...), c.after...)
		ss := slotsOf(lines...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = c.paras - 1
		}
		if got := trimLateAuthorBox(ss, 0, end); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}
