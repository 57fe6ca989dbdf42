package wirestory

import (
	"testing"
	"time"
)

// TestDateAmongOtherDays checks that a text page whose head shows no
// date does not take the date of an entry of a list of other pieces under
// the story (a headline, its date, its section), each dated on a day of
// its own, in English and German; and that a date line that stands alone
// under the story stays, as does one whose neighbours give the same day
// (the story's closing stamp over a related piece of that day).
func TestDateAmongOtherDays(t *testing.T) {
	for _, c := range []struct {
		name, stamp string
		tags        []string
		story       []string
		related     [][3]string
		want        time.Time
	}{
		{"en", "Harbor Times, 12 March 2025", []string{"Harbor", "Ferries", "Related"}, entryStoryEN,
			[][3]string{
				{"What will the new pier cost commuters?", "4 February 2025", "Business"},
				{"Why did the divers look under the terminal?", "17 January 2025", "Business"}},
			time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"de", "Hafenblatt, 12.03.2025", []string{"Hafen", "Fähren", "Mehr zum Thema"}, entryStoryDE,
			[][3]string{
				{"Was kostet der neue Anleger die Pendler?", "04.02.2025", "Wirtschaft"},
				{"Warum tauchten die Taucher unter das Terminal?", "17.01.2025", "Wirtschaft"}},
			time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)},
	} {
		list := func(first string, entries [][3]string) []string {
			l := append([]string{}, c.tags...)
			if first != "" {
				l = append([]string{first}, l...)
			}
			for _, e := range entries {
				l = append(l, e[:]...)
			}
			return l
		}
		// The list's entries, each dated on a day of its own: no date.
		if got := parseLines(t, storyPage(c.story, list("", c.related)...)).Published; !got.IsZero() {
			t.Errorf("%s: list of other pieces: Published = %v, want none", c.name, got)
		}
		// The story's stamp alone under it: its date.
		if got := parseLines(t, storyPage(c.story, c.stamp)).Published; !got.Equal(c.want) {
			t.Errorf("%s: stamp alone: Published = %v, want %v", c.name, got, c.want)
		}
		// The stamp over a related piece of the same day: its date.
		same := [][3]string{{c.related[0][0], c.want.Format("02.01.2006"), c.related[0][2]}}
		if got := parseLines(t, storyPage(c.story, list(c.stamp, same)...)).Published; !got.Equal(c.want) {
			t.Errorf("%s: stamp over a piece of its day: Published = %v, want %v", c.name, got, c.want)
		}
	}
}
