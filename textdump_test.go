package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// directoryPage is a short story under its headline, then a page footer's
// directory of the publisher's other sites: a name over a one-sentence
// blurb, in several languages.
func directoryPage(entries [][2]string) ([]slot, []float32) {
	lines := []string{
		"Ferry terminal to close for two years",
		"",
		"The council voted on Tuesday to close the old ferry terminal for two years while the pier is rebuilt.",
		"",
		"Ferries will leave from a temporary pier a kilometre to the south, the harbour master said.",
		"",
		"Home", "News", "Sport", "Weather", "Contact", "Imprint",
		"Our other sites",
	}
	for _, e := range entries {
		lines = append(lines, e[0], e[1])
	}
	ss := slotsOf(lines...)
	p := make([]float32, len(ss))
	for i := range p {
		p[i] = 0.8 // the directory's lines
	}
	for i := 0; i < 10; i++ {
		p[i] = 0.05 // the headline, a menu, the directory's label
	}
	p[1], p[2] = 0.6, 0.6 // the story
	return ss, p
}

var directoryEntries = [][2]string{
	{"Wetterdienst", "Der Wetterdienst des Verlags sagt das Wetter für jede Gemeinde des Landes voraus."},
	{"Stellenmarkt", "Im Stellenmarkt finden Sie die offenen Stellen der Region, täglich aktualisiert."},
	{"Le Club Lecture", "Le club de lecture du journal propose chaque mois un livre et une rencontre."},
	{"Guía de ocio", "La guía de ocio reúne conciertos, teatro y exposiciones de toda la ciudad."},
	{"読書ナビ", "新聞社が運営する本と作家の情報サイトです。"},
}

// TestLeaveDirectory checks that a text page's body leaves a directory of
// names and blurbs that the scorer took for the story, for the story's
// paragraphs; and what it keeps: a body whose subheads head paragraphs of
// their own length, one with a paragraph that is no blurb, and a directory
// when the page has no other prose.
func TestLeaveDirectory(t *testing.T) {
	ss, p := directoryPage(directoryEntries)
	start, end := bestSpan(ss, p, 0.5, -1)
	if start != 10 {
		t.Fatalf("the scorer's stretch starts at %d, want the directory (10)", start)
	}
	if start, end = leaveDirectory(ss, p, 0.5, start, end, -1); start != 1 || end != 2 {
		t.Errorf("directory: body %d..%d, want the story 1..2", start, end)
	}
	if ss[10].role != roleTeaser || ss[11].role != roleTeaser {
		t.Errorf("directory: its lines are %v and %v, want teasers", ss[10].role, ss[11].role)
	}

	long := "Der Wetterdienst des Verlags sagt das Wetter für jede Gemeinde des Landes voraus, und er tut es seit vierzig Jahren mit eigenen Stationen auf Bergen, Inseln und Dächern, die Freiwillige aus allen Teilen des Landes betreuen und jeden Morgen vor Sonnenaufgang sorgfältig ablesen und melden."
	for _, c := range []struct {
		name    string
		entries [][2]string
	}{
		{"a subhead over a long paragraph", append([][2]string{{"Wetterdienst", long}}, directoryEntries[1:]...)},
		{"a paragraph that is no blurb", append(slices.Clone(directoryEntries[:4]), [2]string{"Guía de ocio", "Conciertos"})},
		{"three entries", directoryEntries[:3]},
	} {
		ss, p := directoryPage(c.entries)
		start, end := bestSpan(ss, p, 0.5, -1)
		if s, e := leaveDirectory(ss, p, 0.5, start, end, -1); s != start || e != end {
			t.Errorf("%s: body moved from %d..%d to %d..%d", c.name, start, end, s, e)
		}
	}

	// With no other prose, the directory stays the body.
	ss, p = directoryPage(directoryEntries)
	p[1], p[2] = 0.1, 0.1
	start, end = bestSpan(ss, p, 0.5, -1)
	if s, e := leaveDirectory(ss, p, 0.5, start, end, -1); s != start || e != end {
		t.Errorf("no other prose: body moved from %d..%d to %d..%d", start, end, s, e)
	}
}

// TestCopyrightCaptions checks that a picture set inside a text page's
// body, a caption over a credit alone on its line ("© Agency/Jane Roe"),
// leaves the body, in several languages; and what stays: a long paragraph
// over such a credit, a credit with nothing of the story below it (the
// site's own copyright line), and lines that are no credit.
func TestCopyrightCaptions(t *testing.T) {
	story := []string{
		"Der Stadtrat hat am Dienstag beschlossen, den alten Fähranleger für zwei Jahre zu schließen.",
		"Die Fähren legen so lange an einem Behelfssteg einen Kilometer weiter südlich an, sagte der Hafenmeister.",
	}
	longPara := "Le conseil a voté mardi la fermeture du vieux terminal pour deux ans. Les travaux commenceront au printemps, une fois la glace partie du port. Les ferries partiront d'une jetée provisoire au sud. La ville promet des navettes gratuites pour les riverains pendant toute la durée du chantier."
	for _, c := range []struct {
		name        string
		caption     string
		credit      string
		after       bool // the story goes on under the credit
		wantCaption bool // the caption leaves the body
		wantCredit  bool // the credit is read as a caption's
	}{
		{"German caption and credit", "Der alte Fähranleger im Winter.", "© dpa/Jane Roe", true, true, true},
		{"Spanish caption, a domain in the credit", "El muelle provisional, al sur del puerto.", "© example.org I Diario/Juan Pérez", true, true, true},
		{"a long paragraph stays", longPara, "© Agence/Jean Dupont", true, false, true},
		{"the site's copyright line at the end", "Der alte Fähranleger im Winter.", "© Zeitung Verlag", false, false, false},
		{"a sentence is no credit", "Der alte Fähranleger im Winter.", "© Die Rechte liegen beim Verlag. Alle Rechte vorbehalten.", true, false, false},
	} {
		lines := []string{story[0], "", c.caption, "", c.credit, ""}
		if c.after {
			lines = append(lines, story[1])
		}
		ss := slotsOf(lines...)
		end := len(ss) - 1
		markCopyrightCaptions(ss, 0, end)
		if got := ss[1].role == roleCaption; got != c.wantCaption {
			t.Errorf("%s: caption taken out %v, want %v", c.name, got, c.wantCaption)
		}
		if got := ss[2].role == roleCaption; got != c.wantCredit {
			t.Errorf("%s: credit read as a caption's %v, want %v", c.name, got, c.wantCredit)
		}
		if ss[0].role != roleUnknown || c.after && ss[3].role != roleUnknown {
			t.Errorf("%s: the story's paragraphs were taken out", c.name)
		}
	}
}

// TestSaysOverDate checks that comments whose headers print no colon
// ("Jane Roe says" over the comment's date) are found as a text page's
// comments section, in several languages; and that a name and "says"
// without a date under it, or a sentence, heads no comment.
func TestSaysOverDate(t *testing.T) {
	story := []string{
		"The council voted on Tuesday to close the old ferry terminal for two years while the pier is rebuilt.",
		"Ferries will leave from a temporary pier a kilometre to the south, the harbour master said.",
	}
	for _, c := range []struct {
		name    string
		headers [2][2]string // a header and the line under it, twice
		want    int          // the index of the section's first block, or -1
	}{
		{"English", [2][2]string{{"Jane Roe says", "January 11, 2026"}, {"Bob Smith says", "January 12, 2026"}}, 2},
		{"German and Spanish", [2][2]string{{"Hans Meier schreibt", "11. Januar 2026"}, {"Juan Pérez dice", "12 de enero de 2026"}}, 2},
		{"no date under the names", [2][2]string{{"Jane Roe says", "The pier will be rebuilt."}, {"Bob Smith says", "It will reopen in two years."}}, -1},
		{"a sentence over a date", [2][2]string{{"The harbour master says.", "January 11, 2026"}, {"The mayor says.", "January 12, 2026"}}, -1},
	} {
		lines := slices.Clone(story)
		for _, h := range c.headers {
			lines = append(lines, h[0], h[1], "Thank you for the story, I take that ferry every day.", "Reply")
		}
		ss := slotsOf(lines...)
		if got := commentsStart(ss, 0); got != c.want {
			t.Errorf("%s: comments start at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestReplyThread checks that a text page's comments are found by the
// links under them that answer a named writer ("Jane Roe antworten",
// "jdoe Reply"), in several languages, from the first comment's header;
// and that reply labels naming no line above, or one such link alone, do
// not make a comments section.
func TestReplyThread(t *testing.T) {
	story := []string{
		"Der Stadtrat hat am Dienstag beschlossen, den alten Fähranleger für zwei Jahre zu schließen.",
		"Die Fähren legen so lange an einem Behelfssteg einen Kilometer weiter südlich an, sagte der Hafenmeister.",
	}
	comment := func(name, reply string) []string {
		return []string{name, "Link kopieren", "29.04.2023, 11:14 Uhr",
			"Ich fahre jeden Tag mit dieser Fähre, und der neue Steg ist viel zu weit weg.", reply}
	}
	for _, c := range []struct {
		name     string
		comments [][]string
		want     int
	}{
		{"German", [][]string{comment("Fährgast", "Fährgast antworten"), comment("Hafenfreundin", "Hafenfreundin antworten")}, 2},
		{"English and Spanish", [][]string{comment("jdoe", "jdoe Reply"), comment("Juan Pérez", "Juan Pérez responder")}, 2},
		{"no writer named above", [][]string{comment("Fährgast", "Leave a reply"), comment("Hafenfreundin", "Bitte antworten")}, -1},
		{"one link alone", [][]string{comment("Fährgast", "Fährgast antworten")}, -1},
	} {
		lines := slices.Clone(story)
		for _, cm := range c.comments {
			lines = append(lines, cm...)
		}
		ss := slotsOf(lines...)
		if got := commentsStart(ss, 0); got != c.want {
			t.Errorf("%s: comments start at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestKeepOverFigureCredit checks that a text page's first paragraphs,
// set over a chart's or a picture's labelled credit ("Source: Harbour
// Survey", "Credits: Supplied Image", "Quelle: Hafenamt"), stay the body's
// and are not skipped as a deck; and that a deck over the story's own
// credit stays skipped: an agency's, a dated source's, or a byline.
func TestKeepOverFigureCredit(t *testing.T) {
	paras := []string{
		"The council voted on Tuesday to close the old ferry terminal for two years while the pier is rebuilt, ending a service that has run since 1952.",
		"Ferries will leave from a temporary pier a kilometre to the south, the harbour master said, and the timetable will not change.",
		"Work is to start in the spring, once the ice is gone from the harbour, and the new terminal is to open in the summer of 2028.",
		"Residents have asked for a free shuttle bus between the town centre and the temporary pier, which the council will discuss next month.",
	}
	for _, c := range []struct {
		credit string
		keep   bool
	}{
		{"Source: Harbour Survey Project", true},
		{"Credits: Supplied Image", true},
		{"Quelle: Hafenamt Kiel", true},
		{"Source: Reuters", false},
		{"Source: Harbour Authority, October 25, 2019", false},
		{"By Jane Roe", false},
	} {
		lines := []string{"Ferry terminal to close for two years", "", "November 18, 2025", "", paras[0], "", paras[1], "", c.credit, "", paras[2], "", paras[3]}
		a := parseLines(t, lines)
		got := len(a.Paragraphs) > 0 && a.Paragraphs[0] == paras[0]
		if got != c.keep {
			t.Errorf("%q: first paragraph kept %v, want %v (paragraphs %q)", c.credit, got, c.keep, a.Paragraphs)
		}
	}
}

// TestDatelineLead checks that a text page's lead, set apart from the
// body by the byline and the date, opens the story's paragraphs when it
// opens with a dateline, in several languages; and that a deck with no
// dateline stays out.
func TestDatelineLead(t *testing.T) {
	body := []string{
		"Der Stadtrat hat am Dienstag beschlossen, den alten Fähranleger für zwei Jahre zu schließen, während der Steg neu gebaut wird.",
		"Die Fähren legen so lange an einem Behelfssteg einen Kilometer weiter südlich an, sagte der Hafenmeister am Abend.",
		"Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, und zwei Jahre dauern.",
	}
	for _, c := range []struct {
		lead string
		want bool
	}{
		{"Kiel. Der alte Fähranleger schließt für zwei Jahre. Was das für Pendler bedeutet.", true},
		{"Madrid. El ayuntamiento cierra el viejo muelle durante dos años, anunció el martes.", true},
		{"Der alte Fähranleger schließt für zwei Jahre. Was das für Pendler bedeutet.", false},
	} {
		lines := []string{"Fähranleger schließt für zwei Jahre", "", c.lead, "", "Von Jane Roe", "12.01.2026, 10:15 Uhr", ""}
		for _, b := range body {
			lines = append(lines, b, "")
		}
		a := parseLines(t, lines)
		got := len(a.Paragraphs) > 0 && strings.Contains(a.Paragraphs[0], c.lead[len(c.lead)-20:])
		if got != c.want {
			t.Errorf("%q: lead opens the paragraphs %v, want %v (paragraphs %q)", c.lead, got, c.want, a.Paragraphs)
		}
		if !slices.ContainsFunc(a.Paragraphs, func(p string) bool { return strings.Contains(p, body[2][:30]) }) {
			t.Errorf("%q: the body's paragraphs were lost: %q", c.lead, a.Paragraphs)
		}
	}
}

// TestCutTrailingTeasers checks that teasers closing a text page's body
// (after a teaser or list heading, headlines with a short blurb each)
// leave it, in several languages; and what stays: paragraphs of the story
// going on after a box, and a single headline.
func TestCutTrailingTeasers(t *testing.T) {
	story := []string{
		"Der Stadtrat hat am Dienstag beschlossen, den alten Fähranleger für zwei Jahre zu schließen, während der Steg neu gebaut wird.",
		"Die Fähren legen so lange an einem Behelfssteg einen Kilometer weiter südlich an, sagte der Hafenmeister am Abend.",
	}
	long := "The council will discuss a free shuttle bus next month, and residents of the old town, who lose their nearest pier, have asked for one that runs every ten minutes from six in the morning to midnight, on weekdays and weekends alike."
	for _, c := range []struct {
		name string
		tail []string
		cut  bool
	}{
		{"German teasers and a label", []string{"Hitzeschäden: Autobahn wieder frei", "Nach tagelangen Sperrungen rollt der Verkehr wieder.", "Hitzeschutz: Was das Land tun muss", "Die nächste Hitzewelle kommt bestimmt.", "Dieses Thema im Programm:"}, true},
		{"English headlines alone", []string{"Pier to close for two years", "Ferry fares to rise in spring", "New terminal plans unveiled"}, true},
		{"the story goes on after the box", []string{"Pier to close for two years", long, long}, false},
		{"a single headline", []string{"Pier to close for two years", "Ferries will leave from the south pier."}, false},
	} {
		lines := append(slices.Clone(story), "Mehr zum Thema")
		lines = append(lines, c.tail...)
		ss := slotsOf(lines...)
		ss[2].role = roleTeaser
		end := len(ss) - 1
		got := cutTrailingTeasers(ss, 0, end)
		if want := map[bool]int{true: 1, false: end}[c.cut]; got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}
