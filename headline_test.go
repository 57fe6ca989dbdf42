package wirestory

import (
	"strings"
	"testing"
)

func TestCaptionCue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Riders wait at the old pier in Hamburg on Tuesday.AFP", true},
		{"Riders wait at the old pier in Hamburg. Reuters/ Jane Roe", true},
		{"Riders wait at the old pier on Tuesday (Foto: Jane Roe)", true},
		{"港に並ぶ乗客＝東京で", true},
		{"Riders wait at the old pier in Hamburg on Tuesday (AFP / JANE ROE)", true},
		{"Riders wait at the old pier in Hamburg on Tuesday. | Jane Roe/Example Images", true},
		{"Riders wait at the old pier in Hamburg on Tuesday. Jane Roe", true},
		{"Harbor ferry returns | Live updates", false},
		{"Harbor ferry returns after two-year pause. Riders Cheer Loudly!", false},
		{"Harbor ferry returns after pause (and riders cheer)", false},
		{"Voters in the harbor town cheer Rep. Jane Roe", false},
		{"The harbor town hires a new ferry line, the J.D. Power Study", false},
		{"Harbor ferry returns after two-year pause", false},
		{"Harbor ferry returns. Riders cheer the crossing", false},
		{"Riders (left) cheer the new ferry", false},
	} {
		if got := captionCue(c.in); got != c.want {
			t.Errorf("captionCue(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestInnerStop(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Riders wait at the old pier. Photo: Jane Roe", true},
		{"The ferry is back.Riders cheer", true},
		{"港に船が戻った。乗客は喜んだ", true},
		{"U.S. ferry returns after 2.5 years", false},
		{"Harbor ferry returns after two-year pause.", false},
		{"港に船が戻った。", false},
	} {
		if got := innerStop(c.in); got != c.want {
			t.Errorf("innerStop(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestTextHeadlineBelowStart checks a headline the body scorer took for
// the story's first paragraph (a question reads as one): it is still the
// headline, and the body starts at the paragraph after it, which is kept.
func TestTextHeadlineBelowStart(t *testing.T) {
	page := `Home
News
World

Will the harbor ferry run again after two years of repairs to its dock?

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat.

Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer if the numbers hold up.
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start < 0 || ss[start].text != "Will the harbor ferry run again after two years of repairs to its dock?" {
		t.Fatalf("the body scorer no longer starts at the question (start %d): the test needs another page", start)
	}
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Will the harbor ferry run again after two years of repairs to its dock?"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
	if len(a.Paragraphs) != 2 || a.Paragraphs[0] != "The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat." {
		t.Errorf("body %q", a.Paragraphs)
	}
}

// TestHeadFeaturesEcho checks the features that read a line's echoes and
// its place after the menu: the headline shown again at a breadcrumb's
// end is echoed, the breadcrumb holds it and is the first long line after
// the menu, the caption below the deck has three long lines above it, and
// the headline is taken.
func TestHeadFeaturesEcho(t *testing.T) {
	page := `Home
News
World
Sport
Culture
NewsWorldHarbor ferry returns after two-year pause
Harbor ferry returns after two-year pause
The city found the money to repair the dock, and the crew is ready for a summer of crossings
Riders wait at the old pier on Tuesday morning before the first crossing in two years
By Jane Roe

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew.

Riders said the crossing saved them an hour each way, and the operator plans to add a second boat in the summer if the numbers hold up.
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	feats := map[string][numHeadFeatures]float64{}
	headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) { feats[ss[i].text] = *f })
	title := feats["Harbor ferry returns after two-year pause"]
	glued := feats["NewsWorldHarbor ferry returns after two-year pause"]
	caption := feats["Riders wait at the old pier on Tuesday morning before the first crossing in two years"]
	if title[hEchoed] != 1 || glued[hEchoed] != 0 {
		t.Errorf("echoed: title %v, glued %v; want 1, 0", title[hEchoed], glued[hEchoed])
	}
	if glued[hHoldsLine] != 1 || title[hHoldsLine] != 0 {
		t.Errorf("holds a line: glued %v, title %v; want 1, 0", glued[hHoldsLine], title[hHoldsLine])
	}
	if glued[hFirstLong] != 1 || caption[hLongAbove] != 1 || caption[hFirstLong] != 0 {
		t.Errorf("long lines above: breadcrumb first %v, caption %v/%v; want 1, 1/0", glued[hFirstLong], caption[hLongAbove], caption[hFirstLong])
	}
	if i := trainedBody.textHeadline(ss, start); i < 0 || ss[i].text != "Harbor ferry returns after two-year pause" {
		t.Errorf("headline %d", i)
	}
}

// TestFitHeadTrees checks that the headline trainer's trees learn what no
// weighted sum can: pages where the headline is the line with a colon and
// no repeat (two pages in three), beside pages where it is the line with
// a repeat and no colon, each beside a line with both and a line with
// neither.
func TestFitHeadTrees(t *testing.T) {
	line := func(colon, repeat float64, good bool) headCand {
		var c headCand
		c.x[hBias], c.x[hColon], c.x[hRepeat], c.good = 1, colon, repeat, good
		return c
	}
	var groups [][]headCand
	for i := range 90 {
		if i%3 != 0 {
			groups = append(groups, []headCand{line(1, 1, false), line(1, 0, true), line(0, 0, false)})
		} else {
			groups = append(groups, []headCand{line(0, 0, false), line(1, 1, false), line(0, 1, true)})
		}
	}
	var w headModel
	trees := fitHeadTrees(groups, &w, 30)
	for gi, grp := range groups {
		best, bestZ := -1, 0.0
		for c := range grp {
			z := w.score(&grp[c].x)
			for _, tr := range trees {
				z += treeValue(tr, grp[c].x[:])
			}
			if best < 0 || z > bestZ {
				best, bestZ = c, z
			}
		}
		if !grp[best].good {
			t.Fatalf("page %d: the trees choose line %d", gi, best)
		}
	}
}

// TestTwinKickerCut checks the headline taken without its kicker when the
// next line shows it with the kicker set off another way, whichever of the
// two the scorer took, and kept whole when no line beside it does.
func TestTwinKickerCut(t *testing.T) {
	page := `Home
After the repairs: Harbor ferry returns after two-year pause
After the repairs – Harbor ferry returns after two-year pause
By Jane Roe
Storm warning: Ferries stay in port
Riders wait at the old pier
`
	ss, _, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	for i, want := range map[int]string{
		1: "Harbor ferry returns after two-year pause",
		2: "Harbor ferry returns after two-year pause",
		4: "",
	} {
		if got := twinKickerCut(ss, i); got != want {
			t.Errorf("line %d %q: cut %q, want %q", i, ss[i].text, got, want)
		}
	}
}

// TestCutTrail checks the breadcrumb trail cut from before a headline, and
// what it keeps: a headline with a site's name after it, one holding a
// slash, and one whose words run together without menu steps.
func TestCutTrail(t *testing.T) {
	page := `Home
Sport
Local
HomeSportHarbor ferry returns after two-year pause
Home » Local » Harbor ferry returns after two-year pause
| Local | Blog | Harbor ferry returns after two-year pause
Harbor ferry returns | Local | The Daily Example
Riders say 24/7 ferry service / new boat would help
WhatsApp and YouTube users plan the harbor ferry's return
By Jane Roe
`
	ss, _, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	for i, want := range map[int]string{
		3: "Harbor ferry returns after two-year pause",
		4: "Harbor ferry returns after two-year pause",
		5: "Harbor ferry returns after two-year pause",
		6: "",
		7: "",
		8: "",
	} {
		if got := cutTrail(ss, i); got != want {
			t.Errorf("line %d %q: cut %q, want %q", i, ss[i].text, got, want)
		}
	}
	if got := glueSplit("HomeSportHarbor ferry returns"); len(got) != 3 || got[2] != "Harbor ferry returns" {
		t.Errorf("glueSplit: %q", got)
	}
}

func TestCutCapsKicker(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"HARBOR NEWS Ferry returns after a two-year pause", "Ferry returns after a two-year pause"},
		{"FÄHRE ZURÜCK Die Hafenfähre fährt wieder", "Die Hafenfähre fährt wieder"},
		// Acronyms, a headline in capitals, a kicker with too little after it.
		{"UK GDP grows faster than expected", "UK GDP grows faster than expected"},
		{"NASA SpaceX launch delayed again", "NASA SpaceX launch delayed again"},
		{"FERRY RETURNS AFTER PAUSE", "FERRY RETURNS AFTER PAUSE"},
		{"HARBOR NEWS Ferry returns", "HARBOR NEWS Ferry returns"},
		{"BREAKING: Ferry returns after a pause", "BREAKING: Ferry returns after a pause"},
	} {
		if got := cutCapsKicker(c.in); got != c.want {
			t.Errorf("cutCapsKicker(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTrailEndBelow checks the headline taken from the line below a
// breadcrumb trail that ends with it, and none taken when no line below
// shows the trail's last step alone.
func TestTrailEndBelow(t *testing.T) {
	page := `Home
You are here: Home » Local » Harbor ferry returns
Harbor ferry returns
By Jane Roe
Home » Local » Storm warning
Ferries stay in port
`
	ss, _, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	for i, want := range map[int]int{1: 2, 2: -1, 4: -1} {
		if got := trailEndBelow(ss, i); got != want {
			t.Errorf("line %d %q: %d, want %d", i, ss[i].text, got, want)
		}
	}
}

// TestHeadAfterKicker checks the headline taken from the line below a
// kicker that leads on to it with a dash or a colon, and none taken when
// the line ends as a headline does, or when the line below is a byline.
func TestHeadAfterKicker(t *testing.T) {
	page := `Home
After the repairs –
Harbor ferry returns after two-year pause
Storm warning:
Ferries stay in port until Friday
Harbor ferry returns after two-year pause
By Jane Roe
Repairs done -
By Jane Roe

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat.
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start < 0 || start < 9 {
		t.Fatalf("body starts at %d: the test needs another page", start)
	}
	for i, want := range map[int]int{1: 2, 3: 4, 5: -1, 7: -1} {
		if got := headAfterKicker(ss, i, start); got != want {
			t.Errorf("line %d %q: %d, want %d", i, ss[i].text, got, want)
		}
	}
}

// TestHeadOverDeck checks the headline taken from the line above a deck
// that stands over the byline, and none taken when the line above the
// deck is a section's label or one of a list of other stories' headlines,
// or shares no word with the deck or the story.
func TestHeadOverDeck(t *testing.T) {
	page := `Home
Local
Published May 12, 2024
Harbor ferry returns after two-year pause
Riders cheer as the city repairs the old dock and hires a new crew
By Jane Roe
Storm closes mountain pass for the weekend
Bakery on Main Street wins the regional prize
Council debates the new budget for schools, parks and city roads
By John Doe
Healthy Living Today
Ten simple habits that help you sleep much better every night
By John Doe
Stock markets climb on strong quarterly earnings reports
Riders cheer as the city repairs the old dock and hires a new crew
By Jane Roe

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat.
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start < 16 {
		t.Fatalf("body starts at %d: the test needs another page", start)
	}
	for i, want := range map[int]int{4: 3, 8: -1, 11: -1, 14: -1} {
		if got := headOverDeck(ss, i, start); got != want {
			t.Errorf("line %d %q: %d, want %d", i, ss[i].text, got, want)
		}
	}
}

// TestHeadOverDeckPoints checks the headline above a deck set as a few
// points, each on a line of its own, over the byline; and none taken
// when the line below the scorer's choice is a paragraph (a lead), not a
// point.
func TestHeadOverDeckPoints(t *testing.T) {
	page := `Home
Money
Your old coins could be worth a small fortune, here is how to check them
Collectors across the country are hunting for a few rare old coins
Two batches of coins struck in 2001 and 2003 carry a small printing error
Only a handful of the faulty coins have been found by collectors so far
By Jane Roe
Published May 12, 2024

Coin collectors are searching their drawers after experts said that two batches of coins struck two decades ago carry an error that makes them rare.
The error is small, and most people would never notice it, the experts said on Tuesday.
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start < 7 {
		t.Fatalf("body starts at %d: the test needs another page", start)
	}
	if got := headOverDeck(ss, 3, start); got != 2 {
		t.Errorf("deck of points: headline at %d, want 2", got)
	}
	lead := `Home
Money
Prize for the Riverside Bakery
Town bakers win the regional bread prize for the third year running after a long night
Riverside · The bakers of the small town worked through the night to bake the loaf that the judges liked best, and they say they will try again next year with a new recipe.
Published May 12, 2024

The Riverside bakery won the regional bread prize on Tuesday for the third year running, the judges said after a day of tasting.
The bakers said they would use the prize money to buy a new oven.
`
	ss, start, _ = classifyPage(parseTextPage([]byte(lead)), &trainedBody)
	if start < 5 {
		t.Fatalf("lead page: body starts at %d: the test needs another page", start)
	}
	if got := headOverDeck(ss, 3, start); got != -1 {
		t.Errorf("headline over a lead: %d (%q), want -1", got, ss[max(got, 0)].text)
	}
}

// ferryStory is the body of a text page, for tests of the head that a
// case puts over it.
const ferryStory = `
The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat.
Riders said they had missed the crossing, which saves them an hour on the road around the bay.
`

// TestShortHeadUnderKicker checks a headline of a few words, with a
// kicker over it, taken above the deck that stands over the byline; and
// none taken when the "deck" is in Title Case (it is the headline, under
// two labels) or when nothing but the menu stands over the short line.
func TestShortHeadUnderKicker(t *testing.T) {
	for _, c := range []struct {
		name, head string
		deck, want int
	}{
		{"kicker over a short headline", "Home\nHarbor ferry\nBack on the water\nThe city repaired the old dock and hired a new crew, and riders cheered on the quay\nBy Jane Roe\n", 3, 2},
		{"deck in Title Case", "Home\nExplore the Harbor\nBest of the Harbor\nRiding the Harbor Ferry or Driving Around the Bay: Which One Should You Choose?\nBy Jane Roe\n", 3, -1},
		{"kicker and colon on lines of their own", "Home\nFerry\n:\nStadt der Fähren\nThe city repaired the old dock and hired a new crew, and riders cheered on the quay\nBy Jane Roe\n", 4, 3},
		{"a name-like short line with no colon", "Home\nFerry\nStadt der Fähren\nThe city repaired the old dock and hired a new crew, and riders cheered on the quay\nBy Jane Roe\n", 3, -1},
		{"a long line over the short one", "Home\nStorm closes the mountain pass for the whole weekend\nBack on the water\nThe city repaired the old dock and hired a new crew, and riders cheered on the quay\nBy Jane Roe\n", 3, -1},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.head+ferryStory)), &trainedBody)
		if start <= c.deck+1 {
			t.Fatalf("%s: body starts at %d: the test needs another page", c.name, start)
		}
		if got := headOverDeck(ss, c.deck, start); got != c.want {
			t.Errorf("%s: headline at %d, want %d", c.name, got, c.want)
		}
	}
}

// TestHeadOverDeckTwice checks that a headline printed twice over its
// deck (a title bar, then the head) is taken above the deck, short or
// not, in English and German: two copies of one line are no list of other
// stories.
func TestHeadOverDeckTwice(t *testing.T) {
	for _, page := range []string{"Home\nFerry 101: Back on the water\nFerry 101: Back on the water\nThe city repaired the old dock and hired a new crew, and riders cheered on the quay\nBy Jane Roe\n" + ferryStory,
		`Start
Fähre 101: Zurück auf dem Wasser
Fähre 101: Zurück auf dem Wasser
Die Stadt hat den alten Anleger repariert und eine neue Crew eingestellt, und die Fahrgäste jubelten am Kai
Von Jana Muster

Die Fähre im Hafen hat am Dienstag zum ersten Mal seit zwei Jahren wieder Fahrgäste über das Wasser gebracht, nachdem die Stadt den Anleger repariert hatte.
Die Fahrgäste sagten, sie hätten die Überfahrt vermisst, die ihnen eine Stunde auf der Straße um die Bucht erspart.
`} {
		ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
		if start <= 4 {
			t.Fatalf("body starts at %d: the test needs another page", start)
		}
		if got := headOverDeck(ss, 3, start); got != 2 {
			t.Errorf("%q: headline at %d, want 2", ss[1].text, got)
		}
	}
}

// TestHeadInBody checks the headline found below the body's start, over
// a labelled byline, when the scorer's body opens with teasers of other
// stories that it is unsure of; and none when it is sure of them (a box
// inside the story), when the byline is a teaser's, or when more prose
// stands above the head than below it.
func TestHeadInBody(t *testing.T) {
	page := `Home
More on this
Ferry strike ends after two weeks of talks
The crews of the harbor ferries went back to work on Monday after the city agreed to raise their pay.
John Doe
Bakery wins the regional bread prize again
The Riverside bakery won the regional bread prize for the third year running, the judges said.
Jane Roe
Harbor ferry returns after two-year pause
The city repaired the old dock and hired a new crew for the boat, and riders cheered on the quay.
By Sam Poe
May 12, 2024

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat.
Riders said they had missed the crossing, which saves them an hour on the road around the bay, and many of them waited on the quay from dawn.
The ferry will run every hour from six in the morning until ten at night, the city said, and on weekends until midnight.
The city said it would also repair the second dock on the far side of the bay next year, if the budget allows it.
`
	ss, _, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	const start, head, byline = 2, 8, 10
	if ss[head].text != "Harbor ferry returns after two-year pause" || ss[byline].text != "By Sam Poe" {
		t.Fatalf("blocks moved: %q, %q", ss[head].text, ss[byline].text)
	}
	set := func(p float32) {
		for k := start; k < head; k++ {
			ss[k].prob = p
			ss[k].role = roleUnknown
		}
		ss[byline].role = roleUnknown
	}
	words := storyWords(ss, start)
	set(0.5)
	if got := headInBody(ss, start, words); got != head {
		t.Errorf("teasers above the head: %d, want %d", got, head)
	}
	set(0.95)
	if got := headInBody(ss, start, words); got != -1 {
		t.Errorf("paragraphs the scorer is sure of above the head: %d, want -1", got)
	}
	set(0.5)
	ss[byline].role = roleTeaser
	if got := headInBody(ss, start, words); got != -1 {
		t.Errorf("a teaser's byline: %d, want -1", got)
	}
	set(0.5)
	if got := headInBody(ss[:byline+2], start, words); got != -1 {
		t.Errorf("no story below the byline: %d, want -1", got)
	}
}

// TestCutTwinOpening checks the kicker cut from a headline that another
// line shows without it, and the headline kept whole when the other line
// shares too few words (a menu's item), or when what would follow the
// kicker does not open as a headline does.
func TestCutTwinOpening(t *testing.T) {
	for _, c := range []struct{ head, twin, want string }{
		{"Life on the Coast Harbor Ferry Returns After Two Years", "Harbor Ferry Returns After Two Years - Example News", "Harbor Ferry Returns After Two Years"},
		{"Technik im Alltag Neue Fähre für den Hafen – „Endlich wieder“", "Neue Fähre für den Hafen - Pendler freuen sich", "Neue Fähre für den Hafen – „Endlich wieder“"},
		{"The 16 Best Winter Coats for Cold Days in 2025", "Best Winter Coats for Cold", ""},
		{"Top 16 Best Winter Coats for Cold Days in 2025", "Best Winter Coats for Cold Days", ""},
		{"Harbor Life Best Winter Coats for Cold Days", "Best Winter Coats", ""},
		{"The Best Winter Coats for Cold Days in 2025", "Winter Coats for Cold Days in 2025 - Example", ""},
		{"Harbor ferry returns to the bay after two years", "ferry returns to the bay after two years", ""},
		{"Harbor Ferry Returns After Two Years", "Harbor Ferry Returns After Two Years", ""},
	} {
		if got := cutTwinOpening(c.head, c.twin); got != c.want {
			t.Errorf("cutTwinOpening(%q, %q) = %q, want %q", c.head, c.twin, got, c.want)
		}
	}
}

// TestHeadOverList checks the headline taken above a list of other
// stories that the scorer's choice belongs to, when the page shows it
// again; and none taken when it does not (the line over the list may be
// a menu's), or when the choice is no teaser.
func TestHeadOverList(t *testing.T) {
	page := `Harbor ferry returns after a two-year pause
Home
World
Harbor ferry returns after a two-year pause
Share this
Email
Related News
Storm closes the mountain pass for the weekend
May 11, 2024
Bakery on Main Street wins the regional prize
May 10, 2024
By Jane Roe
May 12, 2024

The harbor ferry carried its first passengers in two years on Tuesday, after the city found money to repair its dock and hired a new crew for the boat.
Riders said they had missed the crossing, which saves them an hour on the road around the bay.
`
	for _, c := range []struct {
		name, page string
		want       int
	}{
		{"headline shown twice", page, 3},
		{"headline shown once", strings.Replace(page, "Harbor ferry returns after a two-year pause\nHome", "Example News\nHome", 1), -1},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.page)), &trainedBody)
		if start < 12 || ss[7].role != roleTeaser || !ss[6].listHead {
			t.Fatalf("%s: body at %d, roles %v %v: the test needs another page", c.name, start, ss[7].role, ss[6].listHead)
		}
		if got := headOverList(ss, 7); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
		if got := headOverList(ss, 3); got != -1 {
			t.Errorf("%s: from the headline itself: %d, want -1", c.name, got)
		}
	}
}

// TestHeadBelowWithKicker checks the headline taken from the line below
// the scorer's choice when it opens with a kicker in capitals and a
// byline follows it past a caption and its credit; and none taken when
// the line has no such kicker, or no byline or date line follows it.
func TestHeadBelowWithKicker(t *testing.T) {
	for _, c := range []struct {
		name, head string
		want       int
	}{
		{"caps kicker", "Home\nFerry service: The city brings the harbor ferry back after two years\nHARBOR FERRY Riders cheer as the old boat sails again after a two-year pause\nThe ferry leaves the old dock on its first trip in two years on Tuesday morning\n© Picture Agency\nBy Jane Roe\nMay 12, 2024\n", 2},
		{"no kicker", "Home\nFerry service: The city brings the harbor ferry back after two years\nRiders cheer as the old boat sails again after a two-year pause\nThe ferry leaves the old dock on its first trip in two years on Tuesday morning\n© Picture Agency\nBy Jane Roe\nMay 12, 2024\n", -1},
		{"no byline", "Home\nFerry service: The city brings the harbor ferry back after two years\nHARBOR FERRY Riders cheer as the old boat sails again after a two-year pause\nThe ferry leaves the old dock on its first trip in two years on Tuesday morning\n© Picture Agency\nShare this story\nListen to this story\nPrint\nSave\n", -1},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.head+ferryStory)), &trainedBody)
		if start < 6 {
			t.Fatalf("%s: body starts at %d: the test needs another page", c.name, start)
		}
		if got := headBelowWithKicker(ss, 1, start); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
