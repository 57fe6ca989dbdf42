package wirestory

import "testing"

// TestClockLines checks that a line holding only a clock's reading (a
// player's "0:00 / 0:00", a video's length) leaves a text page's body, in
// English and German, and that the story's times stay: a live entry's
// time with words after it, and a sentence that gives a time.
func TestClockLines(t *testing.T) {
	for _, c := range []struct {
		name, entry, sentence string
		story                 []string
	}{
		{"en", "16:30 Police close the bridge", "The ferry leaves at 16:30.", entryStoryEN},
		{"de", "16:30 Uhr", "Die Fähre legt um 16:30 ab.", entryStoryDE},
	} {
		p := c.story
		head := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
		foot := []string{"", "Privacy policy", "Terms of use", "© 2025 The Harbor Times"}
		lines := append([]string{}, head...)
		lines = append(lines, p[0], "", "0:00 / 0:00", "", p[1], "", "50:55", "", p[2], "", "1:02:03", "")
		lines = append(lines, withGaps(p[3:])...)
		lines = append(lines, foot...)
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" clock", "reading", got, p, []string{"0:00 / 0:00", "50:55", "1:02:03"})

		lines = append([]string{}, head...)
		lines = append(lines, p[0], "", p[1], "", c.entry, p[2], "", c.sentence, "")
		lines = append(lines, withGaps(p[3:])...)
		lines = append(lines, foot...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" times", "line", got, append([]string{c.entry, c.sentence}, p...), nil)
	}
}

// TestIsClockLine checks the reading of a clock line.
func TestIsClockLine(t *testing.T) {
	for s, want := range map[string]bool{
		"0:00 / 0:00": true, "00:00": true, "50:55": true, "1:02:03": true, "16:30": true,
		"16:30 Uhr": false, "3:2": false, "123:45": false, "1/2": false, "12:30 / ": false, "a:bc": false,
		"2:1:00": false, "16.30": false,
	} {
		if got := isClockLine(s); got != want {
			t.Errorf("isClockLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCopyrightOverClock checks that a picture whose copyright credit
// stands over a player's time readout leaves a text page's body with its
// caption, the story going on under the readout, in English and German.
func TestCopyrightOverClock(t *testing.T) {
	for _, c := range []struct {
		name, caption string
		story         []string
	}{
		{"en", "Divers check the pilings under the old terminal", entryStoryEN},
		{"de", "Taucher prüfen die Pfähle unter dem alten Terminal", entryStoryDE},
	} {
		p := c.story
		lines := []string{"Ferry terminal to close for two years", "By Jane Roe", "", p[0], "", p[1], "",
			c.caption, "© Jane Roe/Agency", "0:00 / 0:00", p[2], ""}
		lines = append(lines, withGaps(p[3:])...)
		lines = append(lines, "", "Privacy policy", "Terms of use", "© 2025 The Harbor Times")
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name, "caption", got, p, []string{c.caption, "0:00 / 0:00"})
	}
}
