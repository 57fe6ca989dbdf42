package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestInlineChrome checks the chrome lines a scraper leaves inside a
// story's text, and the story lines of the same look that stay.
func TestInlineChrome(t *testing.T) {
	for _, s := range []string{
		"Lire l'entretien : Fleur Pellerin : « Il faut renouer les fils du dialogue »",
		"Lire nos explications : A Radio France, les raisons d’une crise",
		"Lesen Sie auch: Minister tritt zurück",
		"Les også: Ny rekord i Oslo",
		"Read more: Oil slips as supply worries ease",
		"WATCH LIVE ON OUR APP >>>",
		"See the full review >>",
		"01:43 min",
		"4 min",
		"Slideshow ( 3 images )",
		"Time to show off your poker skills and win big with no investment. Register Now!",
	} {
		if !isChromeText(s, featuresOf(s).sentence) {
			t.Errorf("isChromeText(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Les requins d'Europe : des espèces non pas dangereuses, mais en danger",
		"Lee Hsien Loong: the long goodbye",
		"Read the statement: it says the company will appeal.",
		"Lire entre les lignes est un art que les diplomates pratiquent depuis toujours.",
		"Search for posts in a specified date range →",
		"10:45",
		"Gallery owners said the show drew 3 000 visitors",
		"The 12 minutes that changed the match",
		"Officials urged voters who have not done so to register now.",
	} {
		if isChromeText(s, featuresOf(s).sentence) {
			t.Errorf("isChromeText(%q) = true, want false", s)
		}
	}
}

// TestTextInlineLinks checks that a text page's links set inside the story
// (a list of related headlines, a video with its length and title, a read
// link) are left out and every paragraph and subhead of the story kept.
func TestTextInlineLinks(t *testing.T) {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range storyLines {
		lines = append(lines, p, "")
		switch i {
		case 0:
			lines = append(lines, "Related Coverage", "",
				"Harbor authority names new chief after long search", "",
				"Ferry fares to rise for the first time in a decade", "")
		case 3:
			lines = append(lines, "01:43 min", "Harbor master: We cannot wait any longer", "")
		case 4:
			lines = append(lines, "Read more: Why the pilings rotted so fast", "", "The cost", "")
		}
	}
	a := parseLines(t, lines)
	want := wantStory()
	want = slices.Insert(want, 5, "The cost")
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
}

// TestTextPromoBox checks that a newsletter box between a text page's story
// and its agency's sign-off is left out, the story kept whole, and a short
// paragraph after a promo label with no label closing a box kept.
func TestTextPromoBox(t *testing.T) {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for _, p := range storyLines {
		lines = append(lines, p, "")
	}
	lines = append(lines, "Newsletter", "The Morning", "",
		"The perfect start to the day with news and stories from the city and the world.", "",
		"More newsletters", "Log in", "", "AP/jr", "")
	a := parseLines(t, lines)
	if want := wantStory(); !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}

	lines = []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range storyLines {
		lines = append(lines, p, "")
		if i == 2 {
			lines = append(lines, "Newsletter", "")
		}
	}
	a = parseLines(t, lines)
	if want := wantStory(); !slices.Equal(a.Paragraphs, want) {
		t.Errorf("with a lone promo label, paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
}

// TestListHeadingsNordicDutchPolish checks list headings added for Dutch,
// the Nordic languages and Polish, and that a paragraph opening with the
// same words stays.
func TestListHeadingsNordicDutchPolish(t *testing.T) {
	for _, s := range []string{"Lees meer over", "Les også", "Läs också", "Czytaj także"} {
		if !isChromeText(s, false) {
			t.Errorf("isChromeText(%q) = false, want true", s)
		}
	}
	s := "Lees meer over de plannen van de regering in het regeerakkoord dat maandag werd voorgesteld."
	if isChromeText(s, true) {
		t.Errorf("isChromeText(%q) = true, want false", s)
	}
}

// TestReadAlsoAndHandles checks a read-also label glued to a title, an
// author box's line, and the lines like them that are no such thing.
func TestReadAlsoAndHandles(t *testing.T) {
	for _, s := range []string{"À lire aussi La natalité russe menacée d’effondrement", "Les også En far for de store anledninger"} {
		if !isChromeText(s, featuresOf(s).sentence) {
			t.Errorf("isChromeText(%q) = false, want true", s)
		}
	}
	s := "Lire aussi les journaux étrangers permet de comprendre ce que pensent nos voisins."
	if isChromeText(s, featuresOf(s).sentence) {
		t.Errorf("isChromeText(%q) = true, want false", s)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"PTI @moneycontrolcom", true},
		{"Reuters @reuters", true},
		{"Email me at @janeroe", false},
		{"PTI", false},
		{"Follow @moneycontrolcom for updates on the markets", false},
	} {
		if got := isHandleCredit(c.s); got != c.want {
			t.Errorf("isHandleCredit(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestTextCommentsAndLists checks a text page whose comments are headed by
// readers' names above dates, after a list of headlines one a line (a
// question among them) and a list of topics: the story is kept whole and
// nothing after it is.
func TestTextCommentsAndLists(t *testing.T) {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", "March 3, 2020 10:00", ""}
	for _, p := range storyLines {
		lines = append(lines, p, "")
	}
	lines = append(lines, "Editors' picks",
		"Harbor tunnel: what do we know about the new plan?",
		"Ferry fares to rise for the first time in a decade, operator says",
		"Topics", "ferries", "harbors", "",
		"3 comments", "harborwatcher", "le 03/03/2020 à 09:47", "",
		"About time they fixed that thing. I have been waiting for a collapse for years now and nobody listened.", "",
		"kp_ferry", "le 03/03/2020 à 09:24", "",
		"Two years is optimistic. It will be four, and the cost will double before it is done, mark my words.", "")
	a := parseLines(t, lines)
	if want := wantStory(); !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
}

// TestInlineChromePrechecks holds the inline-chrome checks that look at a
// line's ends or first word before counting its words to their plain
// definitions (written out here), on made-up lines and every block of
// the AEB and stories-dev pages.
func TestInlineChromePrechecks(t *testing.T) {
	arrow := func(s string) bool {
		t := strings.TrimSpace(s)
		return wordCount(t) <= 15 && (strings.HasSuffix(t, ">>") || strings.HasSuffix(t, "»»") || strings.HasSuffix(t, "▶▶"))
	}
	duration := func(key string) bool {
		f := strings.Fields(key)
		if len(f) != 2 || !slices.Contains([]string{"min", "mins", "minutes", "minuten", "minutos", "minuti", "minut"}, f[1]) {
			return false
		}
		if isNumber(f[0]) {
			return len(f[0]) <= 3
		}
		m, sec, ok := strings.Cut(f[0], ":")
		return ok && isNumber(m) && len(m) <= 2 && isNumber(sec) && len(sec) == 2
	}
	readAlso := func(key string, sentence bool) bool {
		if sentence || wordCount(key) > 25 {
			return false
		}
		return slices.ContainsFunc(readAlsoPhrases, func(p string) bool {
			rest, ok := strings.CutPrefix(key, p)
			return ok && wordCount(rest) >= 2
		})
	}
	callToAct := func(s, key string) bool {
		if wordCount(key) > 30 {
			return false
		}
		t := strings.TrimSpace(s)
		for _, e := range callToActEnds {
			if strings.HasSuffix(key, e) {
				f := strings.Fields(strings.TrimRight(t, ".!>» "))
				return strings.HasSuffix(t, "!") || len(f) > 0 && titleCase(f[len(f)-1])
			}
		}
		return false
	}
	texts := []string{"Watch more >>", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen >>",
		"01:43 min", "4:16 min.", "12 minutes ", "2 min\u00a0", "Read more: the story", "\u00a0Read\u00a0more: here it is",
		"Lesen Sie auch Die Wahl in Berlin", "Lire aussi " + strings.Repeat("mot ", 30), "Trade with no risk. Register Now!",
		strings.Repeat("word ", 31) + "register now!", "Sign up now"}
	texts = append(texts, corpusBlockTexts(t)...)
	hits := 0
	for _, s := range texts {
		key := chromeKey(s)
		for _, k := range []string{key, key + " ", s} {
			if got, want := isDurationLabel(k), duration(k); got != want {
				t.Errorf("isDurationLabel(%q) = %v, want %v", k, got, want)
			}
		}
		for _, sentence := range []bool{false, true} {
			if got, want := isReadAlsoLink(key, sentence), readAlso(key, sentence); got != want {
				t.Errorf("isReadAlsoLink(%q, %v) = %v, want %v", key, sentence, got, want)
			}
			f := strings.Fields(s)
			want := !sentence && len(s) <= 300 && len(f) >= 3 && len(f) <= 30 && readVerbs[strings.ToLower(f[0])]
			if got := isReadLink(s, sentence); got && !want {
				t.Errorf("isReadLink(%q, %v) = true without a verb of reading first", s, sentence)
			}
		}
		if got, want := isArrowLink(s), arrow(s); got != want {
			t.Errorf("isArrowLink(%q) = %v, want %v", s, got, want)
		}
		if got, want := endsWithCallToAct(s, key), callToAct(s, key); got != want {
			t.Errorf("endsWithCallToAct(%q) = %v, want %v", s, got, want)
		}
		if isArrowLink(s) || isDurationLabel(key) || isReadAlsoLink(key, false) || endsWithCallToAct(s, key) {
			hits++
		}
	}
	if hits < 5 {
		t.Errorf("only %d lines read as inline chrome", hits)
	}
}
