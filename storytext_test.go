package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// wantStory is storyLines as the body reads them: the dateline taken off
// the first paragraph.
func wantStory() []string {
	want := slices.Clone(storyLines)
	want[0] = strings.TrimPrefix(want[0], "HALIFAX, Nova Scotia (AP) — ")
	return want
}

// parseLines parses the lines as a text page.
func parseLines(t *testing.T, lines []string) *Article {
	t.Helper()
	a, err := Parse(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestJoinRuleRun checks how far the rules' run widens the scorer's
// stretch: to a paragraph the scorer does not reject outright, and on a
// text page, beyond a line it does reject, only to one it takes for the
// story's.
func TestJoinRuleRun(t *testing.T) {
	texts := []string{
		"The council voted on Tuesday to close the old ferry terminal for two years.",
		"Ferries will leave from a temporary pier a kilometer to the south, it said.",
		"Work is to start in the spring, once the ice is gone from the harbor.",
		"Subscribe to our morning briefing and get the news before your coffee.",
		"The content of the comments is the opinion of the readers, not of this site.",
	}
	ss := make([]slot, len(texts))
	for i, s := range texts {
		b := &block{text: s, kind: kindLine}
		b.measure()
		ss[i] = slot{block: b}
	}
	for _, c := range []struct {
		name    string
		p       []float32
		isText  bool
		wantEnd int
	}{
		{"text: paragraphs beyond a rejected line are not added", []float32{0.9, 0.9, 0.2, 0.4, 0.3}, true, 1},
		{"text: low-scored last paragraphs with none rejected are added", []float32{0.9, 0.9, 0.3, 0.3, 0.3}, true, 4},
		{"text: a paragraph the scorer takes is added beyond a rejected line", []float32{0.9, 0.9, 0.2, 0.3, 0.6}, true, 4},
		{"html: a paragraph not rejected outright is added", []float32{0.9, 0.9, 0.2, 0.4, 0.3}, false, 4},
	} {
		start, end := joinRuleRun(ss, c.p, 0.5, c.isText, 0, 1, 0, 4)
		if start != 0 || end != c.wantEnd {
			t.Errorf("%s: got %d..%d, want 0..%d", c.name, start, end, c.wantEnd)
		}
	}
}

// TestCreditAfterSentence checks captions that end with their credit after
// a quotation or a dash, and paragraphs that only look like them.
func TestCreditAfterSentence(t *testing.T) {
	checkYesNo(t, "endsWithPictureCredit", endsWithPictureCredit, []string{
		"“To be honest, making money is easy.” Photographer: Jane Roe/Agency",
		"The smelter in the county, before dawn. Photographer: Jane Roe/Agency",
		"The minister during the crisis. — © BELGA",
		"At a memorial for the victims of the flood in July 2021. - © Jane Roe",
	}, []string{
		"The agency hired a new photographer: Jane Roe, who worked for the paper for ten years, starts on Monday.",
		"“We will not let the terminal fall into the sea,” she said. Photo: the terminal in 1990 shows how far it has sunk since then, engineers say.",
		"© 2024 The Associated Press. All rights reserved.",
		"The group said the figures were its own. © figures from the ministry were lower — and disputed.",
	})
}

// TestTextCaptionShapes checks captions a text page shows by their
// surroundings: after "Open this photo in gallery:", under their credit,
// under a video's player with the video's source; and that the story
// around them is kept whole.
func TestTextCaptionShapes(t *testing.T) {
	captions := []string{
		"Workers inspect the channel near Pier 9 on Tuesday. The channel was last dredged in 1998.",
		"Ferries wait at the old terminal on Monday, the last week before it closes for repairs.",
		"March 3 (AP) -- The harbor master explains why the terminal must close for two years. (Source: AP)",
	}
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", "",
		"Open this photo in gallery:", "", captions[0], ""}
	for i, p := range storyLines {
		lines = append(lines, p, "")
		switch i {
		case 1:
			lines = append(lines, "Jane Roe / Getty Images", captions[1], "")
		case 3:
			lines = append(lines, "Play Video", "", captions[2], "")
		}
	}
	a := parseLines(t, lines)
	if want := wantStory(); !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
}

// TestTrimCommentRules checks that the rules of a comments section closing
// a text page's body are cut, and that a story's own last paragraphs,
// one about a request for comment among them, are kept.
func TestTrimCommentRules(t *testing.T) {
	slots := func(texts ...string) []slot {
		ss := make([]slot, len(texts))
		for i, s := range texts {
			b := &block{text: s, kind: kindLine}
			b.measure()
			ss[i] = slot{block: b}
		}
		return ss
	}
	story := []string{
		"The council voted on Tuesday to close the old ferry terminal for two years.",
		"Ferries will leave from a temporary pier a kilometer to the south, it said.",
	}
	for _, c := range []struct {
		name string
		last []string
		p    []float32
		want int
	}{
		{"comment rules are cut", []string{
			"The content of the comments is the opinion of the readers, not of this site.",
			"The site may remove any comment it finds offensive."},
			[]float32{0.9, 0.9, 0.5, 0.4}, 1},
		{"a request for comment is kept", []string{
			"The operator did not respond to a request for comment on Tuesday."},
			[]float32{0.9, 0.9, 0.4}, 2},
		{"a paragraph about comments the scorer trusts is kept", []string{
			"Readers left hundreds of comments on the council's page before the vote, most of them angry."},
			[]float32{0.9, 0.9, 0.9}, 2},
		{"comment rules followed by a paragraph the scorer trusts are kept", []string{
			"The council read out comments from residents before the vote.",
			"Work is to start in the spring, once the ice is gone from the harbor."},
			[]float32{0.9, 0.9, 0.6, 0.95}, 3},
	} {
		ss := slots(append(slices.Clone(story), c.last...)...)
		if got := trimCommentRules(ss, c.p, 0, len(ss)-1); got != c.want {
			t.Errorf("%s: end = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestTextTableOfContents checks that a text page's table of contents is
// left out, with the deck set apart from the story by it, and that the
// story's subheads the table lists are kept where the story has them.
func TestTextTableOfContents(t *testing.T) {
	subheads := map[int]string{1: "Temporary pier to open", 4: "Who pays", 5: "When the work starts"}
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", "",
		"THE STATE OF PLAY - The harbor authority will close the old terminal while crews replace its rotten pilings.", "",
		"Contents", subheads[1], subheads[4], subheads[5], "Show more", ""}
	var want []string
	for i, p := range storyLines {
		if s, ok := subheads[i]; ok {
			lines = append(lines, s, "")
			want = append(want, s)
		}
		lines = append(lines, p, "")
		want = append(want, wantStory()[i])
	}
	a := parseLines(t, lines)
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
}

// TestCommentTimeSpanish checks comment times counted in minutes in
// Spanish, and a phrase of minutes that is none.
func TestCommentTimeSpanish(t *testing.T) {
	for _, s := range []string{"hace 28 minutos", "hace 1 minuto", "hace 3 horas"} {
		if !isCommentTime(s) {
			t.Errorf("isCommentTime(%q) = false, want true", s)
		}
	}
	if isCommentTime("the 28 minutes of the match") {
		t.Error(`isCommentTime("the 28 minutes of the match") = true`)
	}
}

// TestTextSecondStory checks that a text page running on into a second
// story (its headline, lede, bylines and a date line labelled as the
// first story's) ends the body before it, with no agency of the second
// story's; and that updates stamped with the same label and no bylines,
// as a live story prints them, are kept.
func TestTextSecondStory(t *testing.T) {
	head := []string{"Ferry terminal to close for two years", "Jane Roe", "Published 03.03.2020 - 10:00", ""}
	var lines []string
	lines = append(lines, head...)
	for _, p := range wantStory() {
		lines = append(lines, p, "")
	}
	lines = append(lines, "Stadium roof to be replaced", "",
		"The city will replace the roof of its football stadium next summer, the council said on Tuesday.", "",
		"John Doe", "Mary Major", "Published 03.03.2020 - 09:15", "",
		"The council said the roof had leaked for years and that repairs would no longer do.", "",
		"The work is to cost 12 million, the council said, and the club will pay a third of it.", "",
		"(NTB)")
	a := parseLines(t, lines)
	if want := wantStory(); !slices.Equal(a.Paragraphs[:min(len(a.Paragraphs), len(want))], want) ||
		len(a.Paragraphs) > len(want)+2 {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
	if len(a.Agencies) != 0 {
		t.Errorf("agencies = %v, want none", a.Agencies)
	}

	lines = append([]string{}, head...)
	for i, p := range wantStory() {
		if i == 5 {
			lines = append(lines, "Published 03.03.2020 - 12:30", "")
		}
		lines = append(lines, p, "")
	}
	a = parseLines(t, lines)
	if got := len(a.Paragraphs); got < len(storyLines) {
		t.Errorf("live story: %d paragraphs, want all %d: %q", got, len(storyLines), a.Paragraphs)
	}
}

// TestStrippedDateline checks a dateline printed with no separator, which
// the page's head confirms, and the lines like it that are none.
func TestStrippedDateline(t *testing.T) {
	blocks := func(lines ...string) []block {
		var bs []block
		for _, l := range lines {
			bs = append(bs, block{text: l, kind: kindLine})
		}
		return bs
	}
	first := "SAN FRANCISCO Venture capitalists are raising money at the fastest rate in a decade."
	for _, c := range []struct {
		name      string
		first     string
		head      []block
		wantPlace string
	}{
		{"confirmed by the head", first, blocks("Tech", "SAN FRANCISCO | By Jane Roe", first), "SAN FRANCISCO"},
		{"confirmed by a line of its own", "KABUL Talks resumed on Sunday after a week of fighting.", blocks("KABUL", "x"), "KABUL"},
		{"no place in the head", first, blocks("Tech", "By Jane Roe", first), ""},
		{"the place only below the paragraph", first, blocks(first, "SAN FRANCISCO | By Jane Roe"), ""},
		{"all capitals go on", "NEW YORK TIMES REPORTERS said on Monday.", blocks("NEW YORK", "x"), ""},
		{"an acronym", "NATO Leaders met on Monday in Brussels.", blocks("NATO", "x"), ""},
	} {
		place, lede, ok := strippedDateline(c.first, c.head)
		if place != c.wantPlace || ok != (c.wantPlace != "") {
			t.Errorf("%s: got %q, %v; want %q", c.name, place, ok, c.wantPlace)
		}
		if ok && place+" "+lede != c.first {
			t.Errorf("%s: lede %q does not follow the place", c.name, lede)
		}
	}
}

// slotsOf returns text-page slots of lines, a blank line ("") setting
// the next line apart.
func slotsOf(lines ...string) []slot {
	var ss []slot
	gap := false
	for _, l := range lines {
		if l == "" {
			gap = true
			continue
		}
		b := &block{text: l, kind: kindLine, gap: gap}
		b.measure()
		ss = append(ss, slot{block: b})
		gap = false
	}
	return ss
}

// TestTeaserBlurbPairs checks that a list of other stories whose blurbs
// are whole sentences (a headline, then a short paragraph, each perhaps
// under its time) is left out of a text page's body, with and without
// blank lines; and that what only looks like it is kept: a story's
// subheads with more than one paragraph under them, and items that each
// end with a link of their own ("Read More").
func TestTeaserBlurbPairs(t *testing.T) {
	story := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for _, p := range storyLines {
		story = append(story, p, "")
	}
	teasers := []string{"Related stories",
		"Today, 12:34",
		"Stadium roof to be replaced next summer", "",
		"The city will replace the roof of its football stadium, the council said on Tuesday.", "",
		"3 hours ago",
		"Will bridge tolls rise in the new year?", "",
		"Drivers will pay a dollar more to cross the harbor bridge from January, the operator said.", "",
		"New bus lines for the northern suburbs", "",
		"Three bus lines will link the northern suburbs with the ferry piers from the spring.", "",
		"About us", "Contact", "Privacy"}
	lines := append(slices.Clone(story), teasers...)
	for _, collapse := range []bool{false, true} {
		in := lines
		if collapse {
			in = slices.DeleteFunc(slices.Clone(lines), func(s string) bool { return s == "" })
		}
		a := parseLines(t, in)
		// With no blank lines, those around the paragraphs are
		// inferred (inferGaps): the story is read whole there too.
		if want := wantStory(); !slices.Equal(a.Paragraphs, want) {
			t.Errorf("collapsed %v: paragraphs:\n%q\nwant:\n%q", collapse, a.Paragraphs, want)
		}
	}

	// What is kept.
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"subheads with paragraphs", []string{"Related stories", "Temporary pier to open", "",
			"Ferries will leave from a temporary pier a kilometer to the south, the authority said.", "",
			"Fares will not change while the pier is in use, the authority said.", "",
			"Who pays for the work", "",
			"The federal government agreed last month to pay half of the cost, and the province the rest."}},
		{"items each with its own link", []string{"Related stories", "A planter box in two hours", "",
			"Another simple planter with solid sides that you can stain or paint to match.", "", "Read More", "",
			"A house number sign", "", "Upgrade a basic address plaque with some bold house numbers.", "", "Read More"}},
		{"one teaser", []string{"Related stories", "Stadium roof to be replaced next summer", "",
			"The city will replace the roof of its football stadium, the council said on Tuesday.", "",
			"The federal government agreed last month to pay half of the cost, and the province the rest."}},
	} {
		ss := slotsOf(c.lines...)
		for i := range ss {
			if ss[i].listHead || isChromeText(ss[i].text, ss[i].f.sentence) {
				ss[i].role = roleChrome
			}
		}
		markListAfter(ss, 0)
		for i := 1; i < len(ss); i++ {
			if ss[i].role == roleTeaser {
				t.Errorf("%s: %q taken for a teaser", c.name, ss[i].text)
			}
		}
	}
}

// TestTrimAuthorBox checks that the author box a text page prints after
// its story (the writer's name, perhaps a role, and a biography that
// opens with the name) is left out of the body, with and without blank
// lines; and what is kept: a list of people, each named above a paragraph
// that opens with the name, keeps its last one, and a subhead made of the
// story's words stays above its paragraph.
func TestTrimAuthorBox(t *testing.T) {
	story := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for _, p := range storyLines {
		story = append(story, p, "")
	}
	for _, box := range [][]string{
		{"About Jane Roe", "", "Jane Roe is a freelance writer based in Halifax. Her work has appeared in several papers."},
		{"Jane Roe", "Senior Reporter", "", "Jane joined the paper in 2017 and has covered the harbor and its ferries since then."},
		// The biography gives the writer's address: the name in lower
		// case is no word of the story.
		{"Jane Roe", "Producer", "", "Jane Roe is a producer in the Halifax bureau. Story ideas go to jane.roe@example.com, she says."},
		// No name line: the biography alone names the writer and the
		// role.
		{"Jane Roe is a politics reporter for the Harbor Herald.", "", "Get the latest harbor news in your inbox every morning."},
	} {
		for _, collapse := range []bool{false, true} {
			lines := append(slices.Clone(story), box...)
			lines = append(lines, "", "Share this article", "Privacy policy")
			if collapse {
				lines = slices.DeleteFunc(lines, func(s string) bool { return s == "" })
			}
			a := parseLines(t, lines)
			for _, p := range a.Paragraphs {
				if strings.Contains(p, "Jane") {
					t.Errorf("box %q, collapsed %v: the biography is in the body: %q", box[0], collapse, p)
				}
			}
			if len(a.Paragraphs) < len(storyLines)-1 {
				t.Errorf("box %q, collapsed %v: paragraphs:\n%q", box[0], collapse, a.Paragraphs)
			}
		}
	}

	// What is kept.
	people := []string{"Ten people who keep the ferries running", "",
		"The harbor authority employs more than two hundred people, and these are some of them.", ""}
	for _, n := range []string{"Mary Major", "John Doe", "Richard Miles"} {
		first, _, _ := strings.Cut(n, " ")
		people = append(people, n, "", n+" has worked on the ferries for twenty years and knows every pier of the harbor.", "",
			first+" says the old terminal should have been replaced long ago, and that the new one is overdue.", "")
	}
	a := parseLines(t, people)
	if last := a.Paragraphs[len(a.Paragraphs)-1]; !strings.HasPrefix(last, "Richard says") {
		t.Errorf("a list of people: the last paragraph is %q, want Richard's", last)
	}
	// A last paragraph on a person the story speaks of, or on someone's
	// role that is not a writer's, is the story's.
	for _, last := range []string{
		"Richard Miles is a ferry captain who has worked the harbor for thirty years and will retire in May.",
		"Jane Roe is a reporter whom the harbor authority sued in 2019, and Roe said she would write about it again.",
	} {
		story := slices.Clone(storyLines)
		if strings.HasPrefix(last, "Jane") {
			story[2] = "Jane Roe, who first wrote about the rotten pilings, said:"
		}
		lines := []string{"Ferry terminal to close for two years", ""}
		for _, p := range append(story, last) {
			lines = append(lines, p, "")
		}
		a := parseLines(t, lines)
		if len(a.Paragraphs) == 0 || a.Paragraphs[len(a.Paragraphs)-1] != last {
			t.Errorf("the last paragraph %q is not kept:\n%q", last, a.Paragraphs)
		}
	}
	ss := slotsOf(append(slices.Clone(storyLines), "Temporary Pier Plans",
		"Temporary pier plans were drawn up last year, and the work is to start in the spring.")...)
	if end := trimAuthorBox(ss, 0, len(ss)-1); end != len(ss)-1 {
		t.Errorf("a subhead of the story's words: the body ends at %d, want %d", end, len(ss)-1)
	}
}

// TestCommentForm checks that a text page's form for a new comment (a
// comments heading and fields marked required) ends the body, with the
// notes on data and privacy under it, with and without blank lines; and
// that a login form above the story, with no comments heading, does not.
func TestCommentForm(t *testing.T) {
	story := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for _, p := range storyLines {
		story = append(story, p, "")
	}
	form := []string{"Leave a Reply", "", "Your email address will not be published. Required fields are marked *", "",
		"Comment *", "", "Name *", "", "Email *", "", "Website", "",
		"Save my name, email, and website in this browser for the next time I comment.", "",
		"By submitting this form you agree to the use of your data for the purposes of publishing your comment.", "",
		"Your personal data will only be disclosed to third parties for the purposes of spam filtering or if this is necessary for technical maintenance.", "",
		"You may revoke this consent at any time with effect for the future, in which case your personal data will be deleted.", ""}
	for _, collapse := range []bool{false, true} {
		lines := append(slices.Clone(story), form...)
		if collapse {
			lines = slices.DeleteFunc(lines, func(s string) bool { return s == "" })
		}
		a := parseLines(t, lines)
		for _, p := range a.Paragraphs {
			if strings.Contains(p, "data") || strings.Contains(p, "comment") {
				t.Errorf("collapsed %v: the form is in the body: %q", collapse, p)
			}
		}
		if !collapse && !slices.Equal(a.Paragraphs, wantStory()) {
			t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, wantStory())
		}
	}

	// A login form above the story.
	lines := append([]string{"Sign in to your account", "Email *", "Password *", "Forgot your password?", ""}, story...)
	if a := parseLines(t, lines); !slices.Equal(a.Paragraphs, wantStory()) {
		t.Errorf("login form above: paragraphs:\n%q\nwant:\n%q", a.Paragraphs, wantStory())
	}
	if c := commentForm(slotsOf(lines...)); c >= 0 {
		t.Errorf("login form above: a comment form found at %d", c)
	}
}

// TestCrossBoxes checks that a text page's body goes on past a box of
// other stories set inside the story (a list heading and a few
// headlines), with and without blank lines, the box left out; and what
// stays out: a paragraph after a label that follows the box ("About
// Us"), one the scorer rejects, and the comments.
func TestCrossBoxes(t *testing.T) {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range storyLines {
		if i == 4 {
			lines = append(lines, "TRENDING", "Stadium roof to be replaced next summer",
				"Bridge tolls to rise in the new year", "New bus lines for the northern suburbs", "")
		}
		lines = append(lines, p, "")
	}
	lines = append(lines, "Tags:", "ferries,", "harbor", "About us", "Contact")
	for _, collapse := range []bool{false, true} {
		in := lines
		if collapse {
			in = slices.DeleteFunc(slices.Clone(lines), func(s string) bool { return s == "" })
		}
		a := parseLines(t, in)
		if collapse {
			// With no blank lines the scorer doubts so short a story
			// before the box; the box may not come in.
			for _, p := range a.Paragraphs {
				if strings.Contains(p, "Bridge tolls") || strings.Contains(p, "TRENDING") {
					t.Errorf("collapsed: the box is in the body: %q", p)
				}
			}
			continue
		}
		if !slices.Equal(a.Paragraphs, wantStory()) {
			t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, wantStory())
		}
	}

	// What stays out: blocks 0-1 are the body, 2-4 the box.
	box := []string{storyLines[0], storyLines[1], "TRENDING", "Stadium roof to be replaced next summer",
		"Bridge tolls to rise in the new year"}
	for _, c := range []struct {
		name     string
		after    []string
		p        float32 // the scorer's probability of the paragraph after the box
		comments bool
	}{
		{"a label after the box", []string{"About Us", "The harbor authority runs the city's ferries and piers since 1911."}, 0.9, false},
		{"a paragraph the scorer rejects", []string{"The harbor authority runs the city's ferries and piers since 1911."}, 0.1, false},
		{"the comments", []string{storyLines[4]}, 0.9, true},
	} {
		ss := slotsOf(append(slices.Clone(box), c.after...)...)
		p := make([]float32, len(ss))
		for i := range ss {
			p[i] = 0.9
			switch {
			case i == 2 || isChromeText(ss[i].text, ss[i].f.sentence):
				ss[i].role = roleChrome
			case i > 2 && i < len(box):
				ss[i].role, p[i] = roleTeaser, 0.1
			}
		}
		p[len(ss)-1] = c.p
		comments := -1
		if c.comments {
			comments = len(ss) - 1
		}
		if end := crossBoxes(ss, p, 0.35, 1, comments); end != 1 {
			t.Errorf("%s: the body ends at %d, want 1", c.name, end)
		}
		if !c.comments && c.p > 0.35 {
			continue
		}
		// The same box with a paragraph the scorer takes is crossed.
		p[len(ss)-1] = 0.9
		if end := crossBoxes(ss, p, 0.35, 1, -1); end != len(ss)-1 {
			t.Errorf("%s, taken: the body ends at %d, want %d", c.name, end, len(ss)-1)
		}
	}
}

// TestEndsWithLineCredit checks the captions a dump closes with their
// credit, and the story lines it leaves alone: a paragraph that names a
// photographer, mentions a copyright or quotes a source, a list of sources
// with links.
func TestEndsWithLineCredit(t *testing.T) {
	checkYesNo(t, "endsWithLineCredit", endsWithLineCredit, []string{
		"Crews inspect the pilings of the old terminal on Tuesday. © Jane Roe",
		"The old terminal at dawn © Harbor Authority | John Doe",
		"Crews at the pier on Monday. Bild © Jane Roe (hr)",
		"Ferries wait at the old terminal, Foto: Jane Roe/Agency",
		"Commuters on the temporary pier | Photo: Jane Roe",
		"The pier was built in 1911Credit: Harbor Archive",
		"(Foto: AGENCY)",
		"Bild: Jane Roe/Agency",
	}, []string{
		"The photographer said the terminal had been closed since 1998, and crews would return in the spring.",
		"The logo is a registered trademark ©, the company said on Tuesday, and it would defend it.",
		"The minister said: “We will not let the terminal fall into the sea.”",
		"Photo: the terminal was closed. Crews will return in the spring to replace the pilings.",
		"Photo https://example.org/media © Harbor Authority 2024",
		"©",
		"Source: Harbor Authority",
		"Figures for the third quarter, credit: the bank's own estimate, and the year before",
	})
}

// TestTextCaptionCredits checks that captions that close with their
// credit inside a text page's body, and a credit under its caption, are
// left out of the body, and that the story around them is kept whole, a
// paragraph above a credit set apart by blank lines among it.
func TestTextCaptionCredits(t *testing.T) {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range storyLines {
		lines = append(lines, p, "")
		switch i {
		case 0:
			lines = append(lines, "Crews inspect the pilings of the old terminal on Tuesday. © Harbor Authority | John Doe", "")
		case 1:
			lines = append(lines, "Commuters wait for the last ferry at the old terminal on Monday evening.", "(Foto: AGENCY)", "")
		case 4:
			lines = append(lines, "Credits: Supplied Image;", "")
		case 5:
			lines = append(lines, "The temporary pier, a kilometer to the south, Foto: Jane Roe/Agency", "")
		}
	}
	a := parseLines(t, lines)
	if want := wantStory(); !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", a.Paragraphs, want)
	}
}

// TestLeadAbovePictures checks that a text page's lead paragraphs, set
// apart from the body the scorer found by a gallery (a counter over each
// caption, a credit glued to the caption's end), are the body's first and
// the gallery's lines are not; and what stays above the body: a paragraph
// the scorer does not take, a byline, and paragraphs beyond more lines
// than a gallery's.
func TestLeadAbovePictures(t *testing.T) {
	gallery := []string{"3", "The old ferry terminal, where crews found the pilings rottedCredit: Harbor Authority",
		"3", "Commuters wait for one of the last ferries from the old terminalCredit: Jane Roe - Contributor"}
	texts := append([]string{"By Jane Roe", storyLines[0], storyLines[1]}, gallery...)
	texts = append(texts, storyLines[4:]...)
	body := 3 + len(gallery) // the scorer's first paragraph
	for _, c := range []struct {
		name string
		p    []float32
		from int // the lines above the gallery that are there
		want int
	}{
		{"the lead is the body's", []float32{0.1, 0.9, 0.8}, 0, 1},
		{"a paragraph the scorer does not take is not", []float32{0.1, 0.9, 0.3}, 0, body},
		{"a byline is not", []float32{0.1, 0.9, 0.8}, 2, body},
	} {
		ss := slotsOf(texts...)
		p := make([]float32, len(ss))
		copy(p, c.p)
		for i := 3; i < len(p); i++ {
			p[i] = 0.9
			if i < body {
				p[i] = 0.05
			}
		}
		for i := 0; i < c.from; i++ {
			ss[i].role = roleChrome
		}
		if c.from == 2 {
			ss[2] = slotsOf("By Jane Roe")[0]
			p[2] = 0.9
		}
		got := leadAbovePictures(ss, p, 0.5, body)
		if got != c.want {
			t.Errorf("%s: start %d, want %d", c.name, got, c.want)
		}
		for i := got; i < body; i++ {
			if strings.Contains(ss[i].text, "Credit:") || ss[i].text == "3" {
				if ss[i].role != roleCaption {
					t.Errorf("%s: gallery line %q is not a caption", c.name, ss[i].text)
				}
			}
		}
	}
	// Paragraphs above more picture lines than a gallery's between are
	// another part of the page.
	many := append([]string{storyLines[0]}, slices.Repeat(gallery, 2)...)
	many = append(many, storyLines[4:]...)
	ss := slotsOf(many...)
	p := make([]float32, len(ss))
	for i := range p {
		p[i] = 0.9
		if i > 0 && i <= 2*len(gallery) {
			p[i] = 0.05
		}
	}
	if got := leadAbovePictures(ss, p, 0.5, 2*len(gallery)+1); got != 2*len(gallery)+1 {
		t.Errorf("across two galleries: start %d, want %d", got, 2*len(gallery)+1)
	}
}

// TestKeepProseOverCredit checks that a long paragraph of several
// sentences that a credit line under it made a caption is the body's when
// the body goes on below the credit, and what stays a caption: a long
// caption of one sentence, a short one, one the scorer does not take, one
// under which the body does not go on, and one with no paragraph either
// above it or right under its credit.
func TestKeepProseOverCredit(t *testing.T) {
	prose := "Riders who take the early boat will find the new pier a short walk from the bus stop on Water Street. " +
		"The harbor authority says the walk takes about ten minutes and the path is lit all night. " +
		"Bicycles may be left in a covered rack beside the ticket office, which opens an hour before the first boat."
	caption := "Commuters wait in the rain for the last ferry to leave the old terminal on Water Street on Monday evening, " +
		"as crews from the harbor authority close the gates of the pier that served the town for more than a century of crossings."
	for _, c := range []struct {
		name  string
		text  string
		p     float32
		after string // the line under the credit
		keep  bool
	}{
		{"prose over a credit is the body's", prose, 0.9, storyLines[4], true},
		{"a long caption of one sentence is not", caption, 0.9, storyLines[4], false},
		{"a short caption of three sentences is not", "The old pier. The new pier. The harbor at night.", 0.9, storyLines[4], false},
		{"prose the scorer does not take is not", prose, 0.3, storyLines[4], false},
		{"prose where the body stops is not", prose, 0.9, "Subscribe", false},
		{"prose over a subhead, under a paragraph, is the body's", prose, 0.9, "New Schedules", true},
		{"prose between a short line and a subhead is not", prose, 0.9, "New Schedules", false},
	} {
		above := storyLines[1]
		if strings.HasPrefix(c.name, "prose between") {
			above = "Old Schedules"
		}
		ss := slotsOf(storyLines[0], above, c.text, "Credit: Jane Roe", c.after)
		p := []float32{0.9, 0.9, c.p, 0.1, 0.9}
		ss[2].role, ss[3].role = roleCaption, roleCaption
		if c.after == "Subscribe" {
			ss[4].role = roleChrome
		}
		keepProseOverCredit(ss, p, 0.5, 0, len(ss)-1)
		if got := ss[2].role == roleUnknown; got != c.keep {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.keep)
		}
		if ss[3].role != roleCaption {
			t.Errorf("%s: the credit left the caption", c.name)
		}
	}
}

// TestKeepClosingParagraph checks that the paragraph right under a text
// page's body that closes the story is the body's though the scorer doubts
// it, and what stays out: a short line, a paragraph the scorer rejects
// outright, a line that is no sentence (a list's), and any line under a body
// that does not end in a paragraph.
func TestKeepClosingParagraph(t *testing.T) {
	closing := "The best way to know whether the new pier suits you is to try it for a week, and the harbor authority hopes riders will."
	for _, c := range []struct {
		name string
		last string // the body's last line
		next string
		p    float32
		keep bool
	}{
		{"a closing paragraph is the body's", storyLines[1], closing, 0.4, true},
		{"a short line is not", storyLines[1], "Riders can try the new pier.", 0.4, false},
		{"a paragraph the scorer rejects is not", storyLines[1], closing, 0.2, false},
		{"a line of a list is not", storyLines[1], "Ferry times from the new pier on weekdays, weekends and holidays for riders from the town, the islands and the airport", 0.4, false},
		{"nothing under a body ending in a short line", "Schedules", closing, 0.4, false},
	} {
		ss := slotsOf(storyLines[0], c.last, c.next, "Related stories")
		p := []float32{0.9, 0.9, c.p, 0.1}
		want := 1
		if c.keep {
			want = 2
		}
		if got := keepClosingParagraph(ss, p, 0.5, 1); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}

// TestKeepNamedProse checks that a paragraph inside a text page's body
// that a name in camel case made look like a glued teaser is the body's
// when the paragraph repeats the name or the line above names it, and
// that a glued teaser ("... PierThe harbor ...") and a paragraph the
// scorer does not take stay out.
func TestKeepNamedProse(t *testing.T) {
	named := "The Harbor FerryPass card works on every boat in the harbor and costs ten dollars a month for riders."
	twice := "The Harbor FerryPass card works on every boat, and riders can top up a FerryPass card at the pier office."
	glued := "Harbor Authority Opens New PierThe harbor authority opened the new pier on Tuesday, a week early."
	for _, c := range []struct {
		name, above, text string
		p                 float32
		keep              bool
	}{
		{"a name the line above gives is the body's", "Best Card: FerryPass", named, 0.9, true},
		{"a name said twice is the body's", storyLines[1], twice, 0.9, true},
		{"a name said once, not above, is not", storyLines[1], named, 0.9, false},
		{"a glued teaser is not", storyLines[1], glued, 0.9, false},
		{"a paragraph the scorer does not take is not", "Best Card: FerryPass", named, 0.3, false},
	} {
		ss := slotsOf(storyLines[0], c.above, c.text, storyLines[4])
		if !isGluedTeaser(c.text) {
			t.Fatalf("%s: %q is no glued teaser to the rules", c.name, c.text)
		}
		ss[2].role = roleTeaser
		keepNamedProse(ss, []float32{0.9, 0.9, c.p, 0.9}, 0.5, 0, len(ss)-1)
		if got := ss[2].role == roleUnknown; got != c.keep {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.keep)
		}
	}
}

// checkYesNo checks that f, named name, holds for every string of yes and
// for none of no.
func checkYesNo(t *testing.T, name string, f func(string) bool, yes, no []string) {
	t.Helper()
	for _, s := range yes {
		if !f(s) {
			t.Errorf("%s(%q) = false, want true", name, s)
		}
	}
	for _, s := range no {
		if f(s) {
			t.Errorf("%s(%q) = true, want false", name, s)
		}
	}
}
