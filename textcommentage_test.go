package wirestory

import (
	"slices"
	"testing"
)

// TestAgeComments checks that a text page's body ends above readers'
// comments headed by a name over a short age ("3d", "5 Std."), comments of
// several paragraphs, in English and German, with the bar of counts and
// the discussion's heading above them; and that it keeps the story whole,
// a story's list of names over times that head no comments, and a page
// with one such header only.
func TestAgeComments(t *testing.T) {
	commentsEN := []string{
		"Mary Poe", "3d", "Liked by the author", "",
		"I commute on that ferry every day and the temporary pier is going to add twenty minutes to my trip each way, which nobody at the authority seems to have thought about.",
		"",
		"Still, the pilings have to be fixed, and I would rather walk further than sink with the old terminal one winter morning when the tide is high.",
		"",
		"Expand full comment", "Reply", "Share",
		"Tom Moe", "20h", "",
		"The province has been putting this off for years, and now the bill is twice what it would have been when the engineers first warned them about the rot.",
		"",
		"Expand full comment", "Reply",
	}
	commentsDE := []string{
		"Anna Berg", "5 Std.", "",
		"Ich fahre jeden Tag mit der Fähre zur Arbeit, und der Behelfsanleger verlängert meinen Weg um zwanzig Minuten in jede Richtung, daran hat offenbar niemand gedacht.",
		"",
		"Trotzdem müssen die Pfähle repariert werden, und lieber laufe ich etwas weiter, als eines Morgens bei Hochwasser mit dem alten Terminal unterzugehen.",
		"",
		"Antworten",
		"Jonas Weber", "2 T.", "",
		"Das Land hat die Reparatur jahrelang verschoben, und jetzt kostet sie doppelt so viel wie damals, als die Ingenieure zum ersten Mal gewarnt haben.",
		"",
		"Antworten",
	}
	// A story's own list of names over times: the race's results, no
	// paragraph under any of them.
	results := []string{"Jane Roe", "42m", "Tom Moe", "45m", "Mary Poe", "47m"}
	for _, c := range []struct {
		name  string
		story []string
		tail  []string // lines set under the story, one to a line
		out   []string // paragraphs that must leave the body
		kept  []string // paragraphs that must stay
	}{
		{"en comments", entryStoryEN, append([]string{"12", "3", "Share", "Discussion about this post", "Comments"}, commentsEN...),
			[]string{commentsEN[4], commentsEN[6], commentsEN[12]}, nil},
		{"de comments", entryStoryDE, append([]string{"8", "Teilen", "Diskussion zum Beitrag"}, commentsDE...),
			[]string{commentsDE[3], commentsDE[5], commentsDE[10]}, nil},
		// Names over times with no comment under them, the story going
		// on below.
		{"en results", entryStoryEN[:2], append(append(slices.Clone(results), ""), withGaps(entryStoryEN[2:])...),
			nil, entryStoryEN[2:]},
		// One header only: a single comment's shape is too weak a sign.
		{"en one", entryStoryEN, append([]string{"12"}, commentsEN[:9]...), nil, []string{commentsEN[4]}},
	} {
		a := parseLines(t, storyPage(c.story, c.tail...))
		checkKeptOut(t, c.name, "comment", a.Paragraphs, append(slices.Clone(c.story), c.kept...), c.out)
		for _, p := range a.Paragraphs {
			if c.out != nil && (p == "Discussion about this post" || p == "Diskussion zum Beitrag" || p == "12") {
				t.Errorf("%s: the comments' bar %q in the body", c.name, p)
			}
		}
	}
}

// TestShortAge checks the short ages a comment's header gives, and lines
// that are no age.
func TestShortAge(t *testing.T) {
	for s, want := range map[string]bool{
		"8d": true, "20h": true, "3 Std.": true, "2 j": true, "1w": true, "5mo": true, "12 min ago": true,
		"2024": false, "8": false, "d8": false, "1234d": false, "3 days": false, "20 hours ago": false, "5 km": false,
	} {
		if got := isShortAge(s); got != want {
			t.Errorf("isShortAge(%q) = %v, want %v", s, got, want)
		}
	}
}

// withGaps returns paragraphs one to a line with a blank line under each.
func withGaps(ps []string) []string {
	var lines []string
	for _, p := range ps {
		lines = append(lines, p, "")
	}
	return lines
}

// storyPage returns a dump of a headline and byline over the story's
// paragraphs, each with a blank line under it, the lines of tail as
// given, and a site's footer.
func storyPage(story []string, tail ...string) []string {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	lines = append(lines, withGaps(story)...)
	lines = append(lines, tail...)
	return append(lines, "", "Privacy policy", "Terms of use", "© 2025 The Harbor Times")
}

// storyOver returns storyPage with the tail's paragraphs set under the
// story, each with a blank line under it.
func storyOver(story, tail []string) []string {
	return storyPage(story, withGaps(tail)...)
}
