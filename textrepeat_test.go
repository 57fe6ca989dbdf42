package wirestory

import (
	"fmt"
	"testing"
)

// TestKeepRepeatedPrompts checks that the questions an interview series
// asks each of its guests are the body's every time, and that a lede
// printed twice, a gallery's captions printed three times over and a copy
// the scorer rejects stay chrome.
func TestKeepRepeatedPrompts(t *testing.T) {
	q1 := "What first brought you to the harbor ferries, and why did you stay?"
	q2 := "Which crossing of the harbor do you like best, and at what hour of the day?"
	answer := func(guest, k int) string {
		return fmt.Sprintf("I came for a summer job in %d and the crossing number %d kept me here, guest %d said with a laugh.", 2000+guest, k, guest)
	}
	interview := func(guests int) []string {
		var lines []string
		for g := 1; g <= guests; g++ {
			lines = append(lines, fmt.Sprintf("Guest %d", g), q1, answer(g, 1), q2, answer(g, 2))
		}
		return lines
	}
	captionA := "The old ferry terminal at dawn, seen from the temporary pier to the south."
	captionB := "Crews replace the rotted pilings below the waterline of the old terminal."
	for _, c := range []struct {
		name   string
		lines  []string
		p      float32
		prompt string // the repeated line
		want   role   // the role of its copies after the rule
	}{
		{"an interview series' questions", interview(3), 0.8, q1, roleUnknown},
		{"a question printed twice", interview(2), 0.8, q1, roleChrome},
		{"a copy the scorer rejects", interview(3), 0.2, q1, roleChrome},
		{"a gallery's captions printed three times", append([]string{storyLines[0]},
			captionA, captionB, storyLines[1], captionA, captionB, storyLines[2], captionA, captionB, storyLines[4]), 0.8, captionA, roleChrome},
	} {
		ss := slotsOf(c.lines...)
		markRepeats(ss)
		p := make([]float32, len(ss))
		for i := range p {
			p[i] = 0.8
			if ss[i].role == roleChrome {
				p[i] = c.p
			}
		}
		keepRepeatedPrompts(ss, p, 0.5, 0, len(ss)-1)
		copies := 0
		for i := range ss {
			if ss[i].text != c.prompt {
				continue
			}
			if copies++; copies > 1 && ss[i].role != c.want {
				t.Errorf("%s: copy %d of %q has role %v, want %v", c.name, copies, c.prompt, ss[i].role, c.want)
			}
		}
		if copies < 2 {
			t.Fatalf("%s: %d copies of the line", c.name, copies)
		}
		// The answers are never touched.
		for i := range ss {
			if ss[i].text != c.prompt && ss[i].text != q2 && ss[i].text != captionA && ss[i].text != captionB && ss[i].role != roleUnknown {
				t.Errorf("%s: %q has role %v", c.name, ss[i].text, ss[i].role)
			}
		}
	}
}
