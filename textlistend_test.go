package wirestory

import "testing"

// TestKeepListEnd checks that a text page's body that closes with a list
// introduced by a sentence of the story takes the list's last item, which
// the scorer doubts, and that it takes nothing after a list under a list
// heading, after too short a list, nor a sentence, a line the scorer
// rejects, a share line, a line of the comments, or a second line.
func TestKeepListEnd(t *testing.T) {
	intro := "Inside, the harbor authority's guide shows riders how to:"
	items := []string{
		"Find the temporary pier from the old terminal",
		"Buy a monthly pass at the kiosk",
		"Check the winter timetable before leaving",
	}
	last := "Plan for the longer walk in bad weather"
	for _, c := range []struct {
		name     string
		intro    string
		items    []string
		last     string
		lastP    float32
		comments bool
		want     bool // the last item taken
	}{
		{"the list's last item", intro, items, last, 0.3, false, true},
		{"no sentence introduces the list", "Tips for riders", items, last, 0.3, false, false},
		{"a list heading", "Read more:", items, last, 0.3, false, false},
		{"too short a list", intro, items[:2], last, 0.3, false, false},
		{"a sentence under the list", intro, items, "Riders can also call the authority's help line.", 0.3, false, false},
		{"a line the scorer rejects", intro, items, last, 0.1, false, false},
		{"a share line", intro, items, "Share this guide with your friends", 0.3, false, false},
		{"the comments", intro, items, last, 0.3, true, false},
	} {
		lines := append([]string{storyLines[0], storyLines[1], c.intro}, c.items...)
		lines = append(lines, c.last, "Become a member today", "Privacy policy")
		ss := slotsOf(lines...)
		p := make([]float32, len(ss))
		for i := range p {
			p[i] = 0.8
		}
		end := 2 + len(c.items)
		p[end+1], p[end+2] = c.lastP, 0.3
		comments := -1
		if c.comments {
			comments = end + 1
		}
		want := end
		if c.want {
			want = end + 1
		}
		if got := keepListEnd(ss, p, 0.5, 0, end, comments); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}
