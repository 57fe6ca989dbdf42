package wirestory

import (
	"slices"
	"strings"
	"testing"
)

func TestChromeLine(t *testing.T) {
	chrome := []string{
		"RELATED STORIES", "Related Articles:", "Advertisement", "Share this article", "Image Not Available",
		"JOIN THE CONVERSATION", "LATEST WORLD STORIES", "More from Business", "Most Popular", "Image 1 of 5",
		"Sign up for our daily newsletter to get the latest headlines.", "GET THE BEST OF THE DAILY STAR WITH OUR APP",
		"Story continues below advertisement", "5 Min Read", "You must log in to post a comment.",
		"Filed Under: Politics, Elections", "Follow us on Twitter", "Back to Gallery", "Enlarge Image", "More On:",
	}
	for _, s := range chrome {
		if !isChromeLine(s) {
			t.Errorf("isChromeLine(%q) = false, want true", s)
		}
	}
	// Sentences of a story that use the same words stay.
	keep := []string{
		"The company's newsletter said profits rose 4% in the quarter.",
		"Back to the drawing board, the minister told reporters.",
		"Follow the money, investigators said.",
		"The European Commission will publish its proposal on Friday.",
		"It was one of the most popular apps in the country last year.",
		"More from the interview will air on Sunday.",
		"Share prices fell 3%.",
		"Subscriptions rose 12% in the quarter, the company said.",
		"Related charges were filed in Ohio.",
		"Comments from the minister drew criticism on Tuesday.",
		"Print editions will end in March, the publisher said.",
		"Latest figures show a rise in unemployment.",
	}
	for _, s := range keep {
		if isChromeLine(s) {
			t.Errorf("isChromeLine(%q) = true, want false", s)
		}
	}
}

func TestListHeading(t *testing.T) {
	for _, s := range []string{"RELATED STORIES", "Latest World Stories", "More from Reuters", "Top headlines", "You may also like"} {
		if !isListHeading(s) {
			t.Errorf("isListHeading(%q) = false", s)
		}
	}
	for _, s := range []string{"The latest", "Most lawmakers agreed", "Related", "More rain is expected on Friday."} {
		if s == "Related" {
			continue // a list heading too
		}
		if isListHeading(s) {
			t.Errorf("isListHeading(%q) = true", s)
		}
	}
}

func TestPictureCredit(t *testing.T) {
	captions := []string{
		"The first map of the moon's surface. (NASA/JPL-Caltech/ASU)",
		"Lawmakers attend a rally in Tokyo on Saturday. | JIJI",
		"Protesters march in Hanoi on Sunday. (AP Photo/Hau Dinh)",
		"Traders work on the floor of the exchange in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid",
		"A runner crosses the line. (Photo by Jane Roe/Getty Images)",
	}
	for _, s := range captions {
		if !isPhotoCredit(s) {
			t.Errorf("isPhotoCredit(%q) = false", s)
		}
	}
	keep := []string{
		"The senator said the bill would pass (though not this year).",
		"WASHINGTON (AP) — The Senate voted on Tuesday.",
		"Shares of Alphabet (GOOGL.O) rose 2%.",
		"The ratio of debt to output (debt/GDP) rose to 120%.",
		"The court will rule on the case in March, the lawyer said.",
	}
	for _, s := range keep {
		if endsWithPictureCredit(s) {
			t.Errorf("endsWithPictureCredit(%q) = true, want false", s)
		}
	}
}

// TestTextPageKeeps checks that the rules that remove text keep the story's
// own lines: short paragraphs, a paragraph after "RELATED STORIES", a
// paragraph ending in an ellipsis, a subhead.
func TestTextPageKeeps(t *testing.T) {
	page := strings.Join([]string{
		"Sports",
		"",
		"City edges rivals in late thriller to stay top of league",
		"",
		"By Jane Roe, Reuters",
		"",
		"LONDON, March 3 (Reuters) - Manchester City scored twice in the last five minutes to beat their closest rivals 3-2 on Sunday and stay top of the league.",
		"",
		"Here we go again.",
		"",
		"That was how the manager summed up another late show from a side that has now won eight games in a row.",
		"",
		"RELATED STORIES",
		"",
		"The visitors had led 2-1 at halftime after two goals from their captain, who has now scored in five straight games.",
		"",
		"What comes next",
		"",
		"City travel to Spain on Wednesday for the first leg of their quarterfinal, and the manager said he would rest some players but would not say which...",
		"",
		"The return leg is on March 14.",
		"",
		"(Reporting by Jane Roe; Editing by John Doe)",
		"",
		"MORE FROM REUTERS",
		"Oil slips as supply worries ease",
		"Stocks rise on rate cut hopes",
	}, "\n")
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Manchester City scored twice in the last five minutes to beat their closest rivals 3-2 on Sunday and stay top of the league.",
		"Here we go again.",
		"That was how the manager summed up another late show from a side that has now won eight games in a row.",
		"The visitors had led 2-1 at halftime after two goals from their captain, who has now scored in five straight games.",
		"What comes next",
		"City travel to Spain on Wednesday for the first leg of their quarterfinal, and the manager said he would rest some players but would not say which...",
		"The return leg is on March 14.",
	}
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("Paragraphs:\n%s\nwant:\n%s", strings.Join(a.Paragraphs, "\n"), strings.Join(want, "\n"))
	}
	if !slices.Equal(a.Subheads, []int{4}) {
		t.Errorf("Subheads = %v, want [4]", a.Subheads)
	}
	if !slices.Equal(a.Tail, []string{"(Reporting by Jane Roe; Editing by John Doe)"}) {
		t.Errorf("Tail = %q", a.Tail)
	}
	if a.Headline != "City edges rivals in late thriller to stay top of league" || a.Section != "Sports" {
		t.Errorf("Headline, Section = %q, %q", a.Headline, a.Section)
	}
	if !slices.Equal(a.Byline, []string{"Jane Roe"}) || a.Credit != "By Jane Roe, Reuters" {
		t.Errorf("Byline, Credit = %q, %q", a.Byline, a.Credit)
	}
}

// TestTeasers checks the teaser-list rule: a list heading and the headline,
// blurb and caption lines after it go; the story around it stays.
func TestTeasers(t *testing.T) {
	page := strings.Join([]string{
		"Flood waters recede in river towns as cleanup begins",
		"",
		"AP",
		"",
		"DAVENPORT, Iowa (AP) — Flood waters began to recede on Monday in towns along the river, and residents returned to see what was left of their homes.",
		"",
		"Officials said it could take weeks to restore power to the worst-hit neighborhoods.",
		"",
		"LATEST NATIONAL STORIES",
		"",
		"A crowd gathers outside the courthouse in Topeka on Friday.",
		"Judge blocks new voting rules days before election",
		"A federal judge on Friday blocked a set of voting rules that would have required voters to show two forms of identification at the ...",
		"Image Not Available",
		"Heat wave grips the Southwest for a second week",
		"Temperatures topped 115 degrees in Phoenix for the ninth day in a row as forecasters warned that relief would not ...",
	}, "\n")
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 {
		t.Fatalf("got %d paragraphs, want 2: %q", len(a.Paragraphs), a.Paragraphs)
	}
	if a.Dateline.Text != "DAVENPORT, Iowa (AP) —" || a.Credit != "AP" {
		t.Errorf("Dateline, Credit = %q, %q", a.Dateline.Text, a.Credit)
	}
}

func TestNoArticle(t *testing.T) {
	for name, in := range map[string]string{
		"empty":      "",
		"whitespace": " \n\t\n  ",
		"links":      "Home\nNews\nSports\nWeather\nContact\n",
		"png":        "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"gzip":       "\x1f\x8b\x08\x00\x00\x00\x00\x00",
		"script":     "<html><head><script>var x = 'A long sentence that is not a story at all, really.';</script></head><body></body></html>",
	} {
		if _, err := Parse(strings.NewReader(in)); err != ErrNoArticle {
			t.Errorf("%s: err = %v, want ErrNoArticle", name, err)
		}
	}
}

func TestFeaturesWords(t *testing.T) {
	for _, tt := range []struct {
		s     string
		words int
	}{
		{"", 0}, {"one", 1}, {"two words", 2}, {"  spaced   out  ", 2}, {"Ünïcödé wörds here", 3},
		{"日本語の文章です", 4}, {"Tokyo 東京 today", 3}, {"a\nb\tc", 3},
	} {
		if got := featuresOf(tt.s).words; got != tt.words || wordCount(tt.s) != tt.words {
			t.Errorf("words(%q) = %d, wordCount = %d, want %d", tt.s, got, wordCount(tt.s), tt.words)
		}
	}
}

// TestFeaturesProseUncased checks that a paragraph in a script without
// case is prose though it names something in Latin capitals, and that a
// label in capitals is not.
func TestFeaturesProseUncased(t *testing.T) {
	for _, tt := range []struct {
		s     string
		prose bool
	}{
		{"القاهرة (CNN) -- قالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.", true},
		{"قالت وزارة الصحة لوكالة AFP إن المستشفيات ممتلئة منذ أيام.", true},
		{"東京で開かれたNHKの会見で、首相は新たな対策を発表した。", true},
		{"SHARE THIS STORY ON FACEBOOK AND TWITTER NOW.", false},
	} {
		if got := featuresOf(tt.s).prose; got != tt.prose {
			t.Errorf("featuresOf(%q).prose = %v, want %v", tt.s, got, tt.prose)
		}
	}
}

func TestGluedTeaser(t *testing.T) {
	if !isGluedTeaser("Fantasy Picks For Week 12: Two Rookie Receivers Emerging As Strong OptionsThe two rookies have seen their roles grow.") {
		t.Error("glued teaser card not found")
	}
	for _, s := range []string{
		"The company said its WeWork and PlayStation units would merge, and GiveDirectly agreed.",
		"Shares of YouTube rose after the JavaScript update.",
		"McDonald's Reports Record Sales In Third Quarter",
	} {
		if isGluedTeaser(s) {
			t.Errorf("isGluedTeaser(%q) = true", s)
		}
	}
}

// TestTextCaptions checks that a caption is found by the credit line after
// it and by its repeat, and that the paragraph before an unrelated short
// line is kept.
func TestTextCaptions(t *testing.T) {
	page := strings.Join([]string{
		"Harbor dredging to start in spring, port says",
		"",
		"Workers inspect the channel near Pier 9 on Tuesday, March 3, 2020.",
		"",
		"Workers inspect the channel near Pier 9 on Tuesday, March 3, 2020.",
		"",
		"Photo: Jane Roe, AP",
		"",
		"BALTIMORE (AP) — Dredging of the city's main shipping channel will start in April, the port authority said Tuesday.",
		"",
		"The work will deepen the channel by 5 feet so larger container ships can reach the terminals at any tide.",
		"",
		"It is expected to take two years.",
	}, "\n")
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 3 || a.Dateline.Text != "BALTIMORE (AP) —" {
		t.Errorf("got dateline %q and paragraphs %q", a.Dateline.Text, a.Paragraphs)
	}
	if a.Headline != "Harbor dredging to start in spring, port says" {
		t.Errorf("Headline = %q", a.Headline)
	}
}

func TestBylineBeforeDateline(t *testing.T) {
	page := "Astronaut school opens in Maine\n\nBy JANE ROE  BRUNSWICK, Maine (AP) -- Astronauts spend years training before they fly, and a new school in Maine wants to start them young.\n\nThe school opens in March with 40 students.\n\nIt is the first of its kind in New England.\n"
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Byline, []string{"JANE ROE"}) || a.Dateline.Text != "BRUNSWICK, Maine (AP) --" {
		t.Errorf("Byline %q, Dateline %q", a.Byline, a.Dateline.Text)
	}
	if !strings.HasPrefix(a.Paragraphs[0], "Astronauts spend years") {
		t.Errorf("first paragraph %q", a.Paragraphs[0])
	}
}
