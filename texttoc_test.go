package wirestory

import "testing"

// TestKeepListedSubheads checks that the subheads of a guide whose list of
// sections stands above it are the body's, in English and in German, and
// that a caption printed over the headline and again over the story, a
// copy the scorer doubts and a story printed twice stay chrome.
func TestKeepListedSubheads(t *testing.T) {
	guide := func(heads []string, para func(k int) string) []string {
		lines := []string{"How to plan the crossing", "By Jane Roe", ""}
		lines = append(lines, heads...) // the list of sections, no blank line between
		lines = append(lines, "", para(0), "")
		for k, h := range heads {
			lines = append(lines, h, "", para(k+1), "", para(k+10), "")
		}
		return lines
	}
	en := []string{"1. How long will the crossing of the harbor take?", "2. Which season suits the crossing of the harbor best?",
		"3. What does a crossing of the harbor cost for a family?"}
	enPara := func(k int) string {
		return "The ferries leave every half hour from the temporary pier, and the crossing number " + string(rune('A'+k)) + " takes about twenty minutes in calm weather."
	}
	de := []string{"1. Wie lange dauert die Überfahrt über den Hafen?", "2. Welche Jahreszeit eignet sich am besten für die Überfahrt?",
		"3. Was kostet eine Überfahrt für eine Familie mit Kindern?"}
	dePara := func(k int) string {
		return "Die Fähren legen jede halbe Stunde am Behelfsanleger ab, und die Überfahrt Nummer " + string(rune('A'+k)) + " dauert bei ruhigem Wetter etwa zwanzig Minuten."
	}
	caption := "The old ferry terminal at dawn, seen from the temporary pier to the south, before the crews arrived."
	captioned := []string{"Donate", caption, "Ferry terminal to close for two years", "By Jane Roe", "", caption, ""}
	for _, l := range storyLines {
		captioned = append(captioned, l, "")
	}
	for _, c := range []struct {
		name  string
		lines []string
		line  string // a line printed twice
		p     float32
		first int // index in the body of its first paragraph, -1 for the one after the last copy of the list
		want  role
	}{
		{"an English guide's sections", guide(en, enPara), en[1], 0.8, -1, roleUnknown},
		{"a German guide's sections", guide(de, dePara), de[2], 0.8, -1, roleUnknown},
		{"a copy the scorer doubts", guide(en, enPara), en[1], 0.3, -1, roleChrome},
		{"a list that the body holds", guide(en, enPara), en[1], 0.8, 3, roleChrome},
		{"a caption printed twice", captioned, caption, 0.8, 3, roleChrome},
	} {
		ss := slotsOf(c.lines...)
		markRepeats(ss)
		p := make([]float32, len(ss))
		start, copies := c.first, 0
		for i := range ss {
			p[i] = 0.8
			if ss[i].text == c.line {
				if copies++; copies > 1 {
					p[i] = c.p
				}
			}
			if start < 0 && copies == 1 && ss[i].text != c.line && ss[i].f.prose && ss[i].f.words > 12 {
				start = i
			}
		}
		if copies != 2 || start < 0 {
			t.Fatalf("%s: %d copies of %q, body from %d", c.name, copies, c.line, start)
		}
		keepListedSubheads(ss, p, 0.5, start, len(ss)-1)
		n := 0
		for i := range ss {
			if ss[i].text != c.line {
				continue
			}
			if n++; n == 2 && ss[i].role != c.want {
				t.Errorf("%s: the copy in the body has role %v, want %v", c.name, ss[i].role, c.want)
			}
		}
		// The paragraphs are left as they were.
		for i := range ss {
			if ss[i].f.words > 12 && ss[i].text != c.line && ss[i].role != roleUnknown {
				t.Errorf("%s: paragraph %q has role %v", c.name, ss[i].text, ss[i].role)
			}
		}
	}
}
