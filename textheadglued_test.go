package wirestory

import "testing"

// TestCutToHeadTwin checks that a text headline with a few words run on
// after it with no mark ("Title Back to video") is cut to the line the
// page prints alone over the story's byline or date, in English, German
// and French; and what it keeps: a shorter line that stands over no byline
// or date (a nav's or contents' line), a rest of four words, a rest after
// a mark (a kicker over its headline), and a twin of two words.
func TestCutToHeadTwin(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string // the chosen headline is the line before "Body."
		want  string
	}{
		{"a video bar", []string{"Home", "Life", "Wine Guy: three bottles to sip on a sunny day", "Pink wines are fun, and there are new ones", "Author of the article:", "By Jane Roe", "Published Jun 04, 2026", "Share", "Wine Guy: three bottles to sip on a sunny day Back to video", "Body."},
			"Wine Guy: three bottles to sip on a sunny day"},
		{"eine Videoleiste", []string{"Startseite", "Leben", "Drei Weine für einen sonnigen Tag im Garten", "Von Anna Muster", "04.06.2026, 12:00 Uhr", "Teilen", "Drei Weine für einen sonnigen Tag im Garten Zurück zum Video", "Body."},
			"Drei Weine für einen sonnigen Tag im Garten"},
		{"une barre vidéo", []string{"Accueil", "Vins", "Trois vins à boire par une journée ensoleillée", "Par Jeanne Dupont", "Publié le 4 juin 2026 à 12h00", "Trois vins à boire par une journée ensoleillée Voir la vidéo", "Body."},
			"Trois vins à boire par une journée ensoleillée"},
		// Kept: the shorter line stands over no byline or date.
		{"a contents line", []string{"Forming a small company", "Opening a bank account", "Hiring your first worker", "Paying your taxes", "Forming a small company in New York", "Body."},
			"Forming a small company in New York"},
		// Kept: a rest of four words.
		{"four words run on", []string{"Three bottles to sip on a sunny day", "By Jane Roe", "Published Jun 04, 2026", "Three bottles to sip on a sunny day Go back to video", "Body."},
			"Three bottles to sip on a sunny day Go back to video"},
		// Kept: a rest after a mark, the headline under its kicker.
		{"a kicker's dash", []string{"Home", "Premiere in the town", "By Jane Roe", "Published Jun 04, 2026", "Premiere in the town - Hotel reopens", "Body."},
			"Premiere in the town - Hotel reopens"},
		{"ein Spitzmarkendoppelpunkt", []string{"Start", "Premiere in der Stadt", "Von Anna Muster", "04.06.2026, 12:00 Uhr", "Premiere in der Stadt : Hotel öffnet", "Body."},
			"Premiere in der Stadt : Hotel öffnet"},
		// Kept: a twin of two words.
		{"a twin of two words", []string{"Wine Guy", "By Jane Roe", "Published Jun 04, 2026", "Wine Guy picks rosé", "Body."},
			"Wine Guy picks rosé"},
	} {
		var ss []slot
		for _, l := range c.lines {
			ss = append(ss, slot{block: &block{text: l}})
		}
		start := len(c.lines) - 1
		at := start - 1
		if got := cutToHeadTwin(ss, at, start, ss[at].text); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestCutToHeadTwinBelowStart checks that a twin printed only under the
// body's start (a list of other stories under the story) is not taken,
// even over a byline and date.
func TestCutToHeadTwinBelowStart(t *testing.T) {
	lines := []string{"Three bottles to sip on a sunny day Back to video", "Body.", "Three bottles to sip on a sunny day", "By Jane Roe", "Published Jun 04, 2026"}
	var ss []slot
	for _, l := range lines {
		ss = append(ss, slot{block: &block{text: l}})
	}
	if got := cutToHeadTwin(ss, 0, 1, lines[0]); got != lines[0] {
		t.Errorf("%q, want %q", got, lines[0])
	}
}

// TestCutToHeadTwinLong checks that a long dump of the same short line
// is read in time: the look under a line is bounded, and so is the
// number of lines looked under.
func TestCutToHeadTwinLong(t *testing.T) {
	var ss []slot
	for range 200000 {
		ss = append(ss, slot{block: &block{text: "Three bottles to sip"}, role: roleJunk})
		ss = append(ss, slot{block: &block{text: "Three bottles to sip"}})
	}
	head := "Three bottles to sip on a"
	ss = append(ss, slot{block: &block{text: head}})
	at := len(ss) - 1
	if got := cutToHeadTwin(ss, at, len(ss), head); got != head {
		t.Errorf("%q, want %q", got, head)
	}
}
