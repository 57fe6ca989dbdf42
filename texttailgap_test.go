package wirestory

import "testing"

// footerPage returns the slots and scores of a text page: the story's
// paragraphs (scored high), a run of lines no story holds, the lines under the run
// (scored high, as the scorer takes a footer's long lines), and after
// lines below the body. marked of the run's lines are teasers or chrome;
// the others are short lines no rule took, which the scorer doubts.
func footerPage(story []string, run, marked int, tail []string, after int) ([]slot, []float32, int) {
	var lines []string
	lines = append(lines, story...)
	for i := range run {
		if i%2 == 0 {
			lines = append(lines, "Weather")
		} else {
			lines = append(lines, "Harbor ferry photos")
		}
	}
	lines = append(lines, tail...)
	for range after {
		lines = append(lines, "Contact")
	}
	ss := slotsOf(lines...)
	p := make([]float32, len(ss))
	for i := range ss {
		p[i] = 0.9
	}
	for k := range run {
		i := len(story) + k
		p[i] = 0.2
		if k < marked {
			ss[i].role = roleTeaser
			if k == 0 {
				ss[i].role = roleChrome
				ss[i].listHead = true
			}
		}
	}
	end := len(story) + run + len(tail) - 1
	for i := end + 1; i < len(ss); i++ {
		ss[i].role = roleChrome
	}
	return ss, p, end
}

// TestCutFooter checks that a text page's body ends before the site's
// footer that stands under a long run of chrome at the page's end, in
// English and in German, and that it keeps the story's own lines: a
// paragraph under a box that goes on about the story, a body the page
// goes on well below, a short run, a run of the story's own short lines,
// and a part below the run nearly as long as the story above it.
func TestCutFooter(t *testing.T) {
	german := []string{
		"HAMBURG (dpa) - Die Hafenbehörde schließt das alte Fährterminal für zwei Jahre, weil die Pfähle unter der Wasserlinie verrottet sind.",
		"Die Fähren legen in dieser Zeit an einem Ersatzanleger einen Kilometer weiter südlich an, die Preise bleiben gleich.",
		"Der Bund zahlt die Hälfte der Kosten von 48 Millionen Euro, das Land trägt den Rest.",
		"Pendler sagten, der Weg zum Ersatzanleger verlängere ihre Fahrt um zehn Minuten.",
		"Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist.",
		"Ein Sprecher der Behörde sagte, ein Neubau wäre teurer gewesen und hätte den Fährverkehr für mindestens fünf Jahre unterbrochen.",
		"Die Gewerkschaft der Hafenarbeiter begrüßte die Entscheidung, forderte aber Zusagen für die Beschäftigten am alten Terminal.",
	}
	footerEN := []string{
		"The information provided on this website is for general purposes only and does not replace the advice of a professional.",
	}
	footerDE := []string{
		"Alle Inhalte dieser Website sind urheberrechtlich geschützt und dürfen ohne schriftliche Genehmigung nicht verwendet werden.",
	}
	sameStory := []string{"The harbor authority said the temporary pier would stay open after the ferry terminal reopens, for the commuters who use it."}
	long := append(append([]string{}, storyLines...), storyLines...)
	for _, c := range []struct {
		name        string
		story       []string
		run, marked int
		tail        []string
		after       int
		cut         bool
	}{
		{"an English footer", storyLines, 12, 6, footerEN, 1, true},
		{"a German footer", german, 12, 6, footerDE, 0, true},
		{"the story goes on after a box", storyLines, 12, 6, sameStory, 1, false},
		{"the page goes on below", storyLines, 12, 6, footerEN, 8, false},
		{"a short run", storyLines, 8, 6, footerEN, 1, false},
		{"a run of the story's own short lines", storyLines, 12, 2, footerEN, 1, false},
		{"a long part below the run", storyLines[:2], 12, 6, append(append(footerEN, footerEN...), footerEN...), 1, false},
		{"a long story over a long footer", long, 14, 6, footerEN, 1, true},
	} {
		ss, p, end := footerPage(c.story, c.run, c.marked, c.tail, c.after)
		want := end
		if c.cut {
			want = len(c.story) - 1
		}
		if got := cutFooter(ss, p, 0.5, 0, end); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}
