package wirestory

import (
	"fmt"
	"testing"
)

// TestKeepListRun checks that a text page's body that stops inside a list
// of its own takes the rest of it: numbered items (each over its link, in
// Italian) that go on counting, and dated lines of one shape set line
// under line (in English); and that it takes nothing when the count
// starts again (another list), skips a number, or when the lines below
// are of another shape, set apart by a blank line, the comments, or too
// few lines of the shape close the body.
func TestKeepListRun(t *testing.T) {
	numbered := func(from, to int) []string {
		var ls []string
		for k := from; k <= to; k++ {
			ls = append(ls, fmt.Sprintf("%d) Scatola di giochi da tavolo numero %d per tutta la famiglia", k, k), fmt.Sprintf("https://shop.example/g%d", k), "")
		}
		return ls
	}
	dated := func(from, to int) []string {
		var ls []string
		for d := from; d <= to; d++ {
			ls = append(ls, fmt.Sprintf("June %d -- Harbour Hall, Port Town %d, NS", d, d))
		}
		return ls
	}
	cases := []struct {
		name      string
		body      []string // the body's lines; it ends at the last
		below     []string // the lines under it
		comments  bool     // the comments start right under the body
		wantBelow int      // how many lines of below the body takes
	}{
		{"numbered items go on", append([]string{storyLinesIT[2], "", storyLinesIT[1], ""}, numbered(1, 2)...), numbered(3, 6), false, 8},
		{"the count starts again", append([]string{storyLinesIT[0], "", storyLinesIT[1], ""}, numbered(1, 2)...), numbered(1, 4), false, 0},
		{"the count skips", append([]string{storyLinesIT[0], "", storyLinesIT[1], ""}, numbered(1, 2)...), numbered(4, 6), false, 0},
		{"one numbered item in the body", append([]string{storyLinesIT[0], "", storyLinesIT[1], ""}, numbered(2, 2)...), numbered(3, 5), false, 0},
		{"numbered items, the comments", append([]string{storyLinesIT[0], "", storyLinesIT[1], ""}, numbered(1, 2)...), numbered(3, 6), true, 0},
		{"dated lines go on", append([]string{storyLines[0], "", storyLines[1], "", "The tour's dates:"}, dated(1, 4)...), dated(5, 9), false, 5},
		{"a blank line under the body", append([]string{storyLines[0], "", storyLines[1], "", "The tour's dates:"}, dated(1, 4)...), append([]string{""}, dated(5, 9)...), false, 0},
		{"lines of another shape", append([]string{storyLines[0], "", storyLines[1], "", "The tour's dates:"}, dated(1, 4)...),
			[]string{"Ferry service cut for winter", "Bridge tolls to rise", "Council approves bike lanes"}, false, 0},
		{"too few dated lines close the body", append([]string{storyLines[0], "", storyLines[1], "", "The tour's dates:"}, dated(1, 2)...), dated(3, 6), false, 0},
		{"dated lines, the comments", append([]string{storyLines[0], "", storyLines[1], "", "The tour's dates:"}, dated(1, 4)...), dated(5, 9), true, 0},
	}
	for _, c := range cases {
		body := c.body
		for len(body) > 0 && body[len(body)-1] == "" {
			body = body[:len(body)-1]
		}
		ss := slotsOf(append(append(body[:len(body):len(body)], c.below...), "Privacy policy")...)
		end := len(slotsOf(body...)) - 1
		comments := -1
		if c.comments {
			comments = end + 1
		}
		if got := keepListRun(ss, 0, end, comments); got != end+c.wantBelow {
			t.Errorf("%s: end %d, want %d", c.name, got, end+c.wantBelow)
		}
	}
}

// storyLinesIT is a story's opening in Italian, over a list of its own.
var storyLinesIT = []string{
	"Il venerdì nero arriva anche quest'anno, e con lui gli sconti dei negozi su giochi, film e musica per tutta la famiglia.",
	"Ecco allora le offerte che abbiamo scelto per chi ama i giochi da tavolo e non vuole perdere le occasioni migliori:",
	"Gli sconti valgono fino a lunedì sera, e molti negozi li estendono anche alla settimana che porta a Natale.",
	"Conviene però confrontare i prezzi, perché non tutte le offerte sono davvero più basse di quelle di ottobre.",
}

// TestNumberedItemsNoTestimonies checks that a story's numbered list,
// each item over its link, is no wall of testimonies (each quote over its
// writer's name): the body keeps it whole, the items and their links. The
// same lines without their numbers read as a wall and leave.
func TestNumberedItemsNoTestimonies(t *testing.T) {
	lines := []string{storyLinesIT[0], "", storyLinesIT[1], "", storyLinesIT[2], "", storyLinesIT[3], ""}
	var numbered, bare []string
	for k := 1; k <= 6; k++ {
		item := fmt.Sprintf("Scatola di giochi da tavolo numero %d per tutta la famiglia", k)
		numbered = append(numbered, fmt.Sprintf("%d) %s", k, item), fmt.Sprintf("https://shop.example/g%d", k), "")
		bare = append(bare, item, fmt.Sprintf("https://shop.example/g%d", k), "")
	}
	for _, c := range []struct {
		name string
		list []string
		cut  bool
	}{{"numbered items", numbered, false}, {"items with no number", bare, true}} {
		ss := slotsOf(append(lines, c.list...)...)
		end := len(ss) - 1
		got := cutTestimonies(ss, 0, end)
		if c.cut != (got < end) {
			t.Errorf("%s: end %d of %d, cut %v", c.name, got, end, c.cut)
		}
	}
}

// TestKeepHeadedShapeRun checks that a text page's body takes the list of
// its own set under a heading right under it (a tour's dates under a
// heading that names the band), in English and German, whether the body
// holds the heading already or not; and that it leaves a list under a
// heading that names nothing of the story ("Latest news"), a heading that
// is a sentence, and too short a list.
func TestKeepHeadedShapeRun(t *testing.T) {
	storyEN := []string{
		"The Harbour Lights will tour North America next summer to mark fifty years since the band first played the pier in Halifax.",
		"The band said tickets go on sale next Friday, and that the tour ends where it began, with two nights on the waterfront.",
	}
	storyDE := []string{
		"Die Hafenkapelle geht im nächsten Sommer auf Tournee und feiert fünfzig Jahre, seit sie zum ersten Mal am Kieler Hafen gespielt hat.",
		"Der Vorverkauf beginnt am Freitag, teilte die Hafenkapelle mit, und die Tournee endet, wo sie begann, mit zwei Abenden am Wasser.",
	}
	datesEN := func(n int) []string {
		var ls []string
		for d := 1; d <= n; d++ {
			ls = append(ls, fmt.Sprintf("June %d – Town %d, NS @ Harbour Hall", d, d))
		}
		return ls
	}
	datesDE := func(n int) []string {
		var ls []string
		for d := 1; d <= n; d++ {
			ls = append(ls, fmt.Sprintf("%d. Juni – Stadthalle, Ort %d", d, d))
		}
		return ls
	}
	cases := []struct {
		name     string
		story    []string
		heading  string
		dates    []string
		inBody   bool // the body's range holds the heading
		wantList bool
	}{
		{"English tour dates", storyEN, "The Harbour Lights Tour Dates", datesEN(7), false, true},
		{"English, heading in the body", storyEN, "The Harbour Lights Tour Dates", datesEN(7), true, true},
		{"German tour dates", storyDE, "Die Termine der Hafenkapelle", datesDE(6), false, true},
		{"a heading that names nothing of the story", storyEN, "Latest News", datesEN(7), false, false},
		{"German, a heading that names nothing", storyDE, "Weitere Meldungen", datesDE(6), false, false},
		{"a heading that is a sentence", storyEN, "The Harbour Lights play these towns.", datesEN(7), false, false},
		{"too short a list", storyEN, "The Harbour Lights Tour Dates", datesEN(4), false, false},
	}
	for _, c := range cases {
		lines := []string{c.story[0], "", c.story[1], "", c.heading, ""}
		lines = append(lines, c.dates...)
		lines = append(lines, "", "Privacy policy")
		ss := slotsOf(lines...)
		end := 1
		if c.inBody {
			end = 2
		}
		want := end
		if c.wantList {
			want = 2 + len(c.dates)
		}
		if got := keepListRun(ss, 0, end, -1); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}

// TestKeepWordRun checks that a text page's body that stops inside a list
// of its own whose lines open with no number (a country, its group and
// its count) takes the rest of the list, in English and Spanish; and that
// it leaves lines that share no word with the list's, lines set apart by
// a blank line, and a list of which too few lines close the body.
func TestKeepWordRun(t *testing.T) {
	teamsEN := []string{"England (Group A): 10th appearance", "Ukraine (Group B): third appearance", "Spain (Group F): 11th appearance",
		"Sweden (Group F): seventh appearance", "Poland (Group G): fourth appearance", "Wales (Group E): second appearance"}
	teamsES := []string{"Inglaterra (Grupo A): décima participación", "Ucrania (Grupo B): tercera participación", "Suecia (Grupo F): séptima participación",
		"Polonia (Grupo G): cuarta participación", "Gales (Grupo E): segunda participación"}
	storyES := "La selección logró el viernes su plaza para la Eurocopa tras ganar por tres goles a cero, y ya son veinte los equipos clasificados:"
	cases := []struct {
		name     string
		story    string
		kept     []string // the list's lines in the body
		below    []string
		wantMore int
	}{
		{"English, the rest of the list", storyLines[0], teamsEN[:3], teamsEN[3:], 3},
		{"Spanish, the rest of the list", storyES, teamsES[:3], teamsES[3:], 2},
		{"lines that share no word", storyLines[0], teamsEN[:3], []string{"Video: The best goals (part one)", "Watch: The coach speaks (part two)"}, 0},
		{"a blank line under the body", storyLines[0], teamsEN[:3], append([]string{""}, teamsEN[3:]...), 0},
		{"too few lines close the body", storyLines[0], teamsEN[:2], teamsEN[2:], 0},
	}
	for _, c := range cases {
		lines := append([]string{c.story}, c.kept...)
		lines = append(append(lines, c.below...), "", "Privacy policy")
		ss := slotsOf(lines...)
		end := len(c.kept)
		if got := keepListRun(ss, 0, end, -1); got != end+c.wantMore {
			t.Errorf("%s: end %d, want %d", c.name, got, end+c.wantMore)
		}
	}
}
