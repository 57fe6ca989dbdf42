package wirestory

import (
	"slices"
	"testing"
)

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

// germanStoryLines is a short German story for the writer's biography
// tests.
var germanStoryLines = []string{
	"Die Hafenbehörde will das alte Fährterminal im Frühjahr für zwei Jahre schließen, weil die Pfähle unter der Wasserlinie morsch sind.",
	"Die Fähren sollen in dieser Zeit von einem Behelfsanleger einen Kilometer weiter südlich ablegen, teilte die Behörde am Dienstag mit.",
	"Pendler rechnen mit zehn Minuten mehr auf dem Weg zur Arbeit, die Preise für die Fahrkarten bleiben aber gleich.",
	"Die Arbeiten beginnen, sobald das Eis aus dem Hafen verschwunden ist, und sollen im Herbst des übernächsten Jahres enden.",
}

// TestTrimWriterBio checks that a text page's body ends above a closing
// biography of the byline's writer that no name line heads, in English and
// German, with the writer's whole name or first name, opening the
// paragraph or a few words into it; and that a closing paragraph about
// another person, about a writer the story speaks of, or one after too
// short a story stays.
func TestTrimWriterBio(t *testing.T) {
	en, de := storyLines[:5], germanStoryLines
	for _, c := range []struct {
		name        string
		story       []string
		people      []string
		bio         string
		wantTrimmed bool
	}{
		{"first name", en, []string{"Jane Roe"}, "Jane is the paper's harbor reporter and has covered the port since 2017.", true},
		{"whole name", en, []string{"John Doe", "Jane Roe"}, "Jane Roe is the head of research at the harbor institute, where she studies ferries.", true},
		{"name a few words in", en, []string{"Jane Roe"}, "As the paper's shipping editor, Jane has covered everything from ferries to freight.", true},
		{"German", de, []string{"Jana Rose"}, "Jana Rose ist Reporterin im Ressort Hafen und schreibt seit 2019 über die Schifffahrt.", true},
		{"German first name", de, []string{"Jana Rose"}, "Jana schreibt als Journalistin seit zehn Jahren über Häfen, Fähren und die Küste.", true},
		{"another person", en, []string{"John Doe"}, "Jane Roe is the director of the harbor authority and has run it since 2017.", false},
		{"another person in German", de, []string{"Max Berg"}, "Jana Rose ist die Leiterin der Hafenbehörde und Managerin des Umbaus seit 2019.", false},
		{"no trade named", en, []string{"Jane Roe"}, "Jane Roe is glad the ferry will keep running while the crews work on the pier.", false},
		{"a writer the story speaks of", append(append([]string{}, en[:4]...), "Jane Roe, who wrote about the terminal for years, said she would miss it."),
			[]string{"Jane Roe"}, "Jane Roe is the paper's harbor reporter and has covered the port since 2017.", false},
		{"too short a story", en[:2], []string{"Jane Roe"}, "Jane is the paper's harbor reporter and has covered the port since 2017.", false},
		{"no byline", en, nil, "Jane is the paper's harbor reporter and has covered the port since 2017.", false},
	} {
		ss := slotsOf(append(append([]string{}, c.story...), c.bio)...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = end - 1
		}
		if got := trimWriterBio(ss, 0, end, c.people); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}

// TestParseDropsWriterBio checks that a text page's body, read whole,
// leaves out the closing biography of the writer its byline names, and
// keeps every paragraph of the story.
func TestParseDropsWriterBio(t *testing.T) {
	bio := "Jane is the paper's harbor reporter and has covered the port since 2017."
	lines := append([]string{"Harbor to close old ferry terminal for two years", "By Jane Roe", ""}, storyLines...)
	lines = append(lines, "", bio, "", "More from the harbor desk", "Privacy policy", "Terms of use")
	a := parseLines(t, lines)
	if !slices.Contains(a.Byline, "Jane Roe") {
		t.Fatalf("byline %q, want Jane Roe", a.Byline)
	}
	if slices.Contains(a.Paragraphs, bio) {
		t.Errorf("the writer's biography stays in the body: %q", a.Paragraphs)
	}
	if got, want := a.Paragraphs, wantStory(); !slices.Equal(got, want) {
		t.Errorf("paragraphs\n%q\nwant\n%q", got, want)
	}
}
