package wirestory

import "testing"

// openBlk is one block of a synthetic page for the keepOpeningHTML tests.
type openBlk struct {
	text  string
	kind  blockKind
	level int
	role  role
	p     float32
}

// openingPage builds the slots of a page: the blocks of above, then three
// paragraphs of story, and returns them with the scorer's probabilities and
// the index of the body's first paragraph.
func openingPage(above []openBlk, story string) ([]slot, []float32, int) {
	var ss []slot
	var p []float32
	add := func(b openBlk) {
		bl := &block{text: b.text, kind: b.kind, level: b.level}
		bl.measure()
		ss = append(ss, slot{block: bl, role: b.role})
		p = append(p, b.p)
	}
	add(openBlk{"Home", kindItem, 0, roleChrome, 0.05})
	for _, b := range above {
		add(b)
	}
	start := len(ss)
	for range 3 {
		add(openBlk{story, kindPara, 0, roleUnknown, 0.9})
	}
	return ss, p, start
}

// TestKeepOpeningHTML checks which paragraph right above an HTML page's
// body joins it as the story's opening: an introduction set apart by a
// share bar, a caption or a section's heading, in English and German; not
// one the scorer rejects outright, not a short line, not a promo that
// shares no matter with the story, not one set apart by a byline or a
// date line (a deck), by the page's headline, by two headings or by a
// line that is no caption, and not one with more of the page's prose
// above it than a story's opening runs to.
func TestKeepOpeningHTML(t *testing.T) {
	const (
		story     = "Shoppers hunting for a first house should check their credit rating, save for a deposit and compare mortgage offers from several banks before they sign."
		intro     = "Buying a first house is exciting, but shoppers who check their credit rating and compare mortgage offers from several banks save money before they sign anything."
		intro2    = "A deposit saved early and a good credit rating open the door to cheaper mortgage offers from the banks in your town."
		promo     = "Join our newsletter today and receive weekly tips, exclusive discounts and invitations to events delivered straight to your inbox every Friday morning."
		storyDE   = "Wer zum ersten Mal ein Haus kauft, sollte die eigene Bonität prüfen, Eigenkapital ansparen und die Angebote mehrerer Banken für die Finanzierung vergleichen."
		introDE   = "Der erste Hauskauf ist aufregend, doch wer vorher die eigene Bonität prüft und die Angebote mehrerer Banken vergleicht, spart bei der Finanzierung viel Geld."
		headline  = "A guide to buying your first house"
		shortLine = "Check your credit rating first."
	)
	meta := &pageMeta{headline: headline}
	share := []openBlk{{"Share", kindPara, 0, roleChrome, 0.05}, {"Tweet", kindPara, 0, roleChrome, 0.05}}
	caption := openBlk{"The family in front of their new house", kindCaption, 0, roleCaption, 0.05}
	section := openBlk{"Before house hunting", kindHeading, 2, roleUnknown, 0.6}
	para := func(text string, p float32) openBlk { return openBlk{text, kindPara, 0, roleUnknown, p} }
	for _, c := range []struct {
		name  string
		story string
		above []openBlk
		kept  int // how many blocks above the body join it
	}{
		{"an intro over a share bar", story, append([]openBlk{para(intro, 0.4)}, share...), 3},
		{"an intro over a caption", story, []openBlk{para(intro, 0.4), caption}, 2},
		{"an intro over a section's heading", story, []openBlk{para(intro, 0.4), section}, 2},
		{"an intro in German", storyDE, []openBlk{para(introDE, 0.4), {"Vor der Besichtigung", kindHeading, 2, roleUnknown, 0.6}}, 2},
		{"an intro of two paragraphs", story, []openBlk{para(intro, 0.4), para(intro2, 0.3), caption}, 3},
		{"an intro right above", story, []openBlk{para(intro, 0.4)}, 1},
		{"rejected outright", story, []openBlk{para(intro, 0.1), caption}, 0},
		{"a short line", story, []openBlk{para(shortLine, 0.4), caption}, 0},
		{"a promo", story, []openBlk{para(promo, 0.4), caption}, 0},
		{"a deck over a byline", story, []openBlk{para(intro, 0.4), para("By Jane Doe", 0.3)}, 0},
		{"a deck over a date", story, []openBlk{para(intro, 0.4), para("March 3, 2025", 0.3)}, 0},
		{"a teaser over the headline", story, []openBlk{para(intro, 0.4), {headline, kindHeading, 2, roleUnknown, 0.5}}, 0},
		{"a teaser over an <h1>", story, []openBlk{para(intro, 0.4), {"First homes", kindHeading, 1, roleUnknown, 0.5}}, 0},
		{"two headings", story, []openBlk{para(intro, 0.4), section, section}, 0},
		{"a line that is no caption", story, []openBlk{para(intro, 0.4), para("Table of Contents", 0.3)}, 0},
		{"a wide gap", story, append(append(append([]openBlk{para(intro, 0.4)}, share...), share...), share...), 0},
		{"more prose above", story, []openBlk{para(intro2, 0.4), para(intro2, 0.4), para(intro2, 0.4), para(intro, 0.4), caption}, 0},
	} {
		ss, p, start := openingPage(c.above, c.story)
		end := len(ss) - 1
		if got := keepOpeningHTML(ss, p, 0.5, start, start, end, meta); got != start-c.kept {
			t.Errorf("%s: start %d, want %d", c.name, got, start-c.kept)
		}
	}
}

// TestKeepOpeningHTMLDeck checks when a deck skipDeck skipped stays in:
// set apart by a section's heading that reads only as names ("Adult
// Mental Health Services"), it is the story's opening; set apart by a
// byline with "By" or a date line, it stays out.
func TestKeepOpeningHTMLDeck(t *testing.T) {
	const (
		intro = "Our clinic offers therapy and programs for patients of all ages, in the hospital and at home, with care teams that stay with them."
		story = "Patients of all ages find therapy and programs at our clinic, in the hospital or at home, and care teams that follow them after they leave."
	)
	for _, c := range []struct {
		name string
		line openBlk
		keep bool
	}{
		{"a heading of names", openBlk{"Adult Mental Health Services", kindHeading, 3, roleUnknown, 0.6}, true},
		{"a byline", openBlk{"By Jane Doe", kindPara, 0, roleUnknown, 0.3}, false},
		{"a byline set as a heading", openBlk{"By Jane Doe", kindHeading, 3, roleUnknown, 0.3}, false},
		{"a date line", openBlk{"March 3, 2025", kindPara, 0, roleUnknown, 0.3}, false},
	} {
		ss, p, start := openingPage([]openBlk{{intro, kindPara, 0, roleUnknown, 0.9}, c.line}, story)
		deck := start - 2
		if _, ok := readMetaLine(c.line.text); !ok {
			t.Fatalf("%s: %q is no meta line", c.name, c.line.text)
		}
		skipped := skipDeck(ss, deck, len(ss)-1)
		if skipped != start {
			t.Fatalf("%s: skipDeck gives %d, want %d", c.name, skipped, start)
		}
		want := start
		if c.keep {
			want = deck
		}
		if got := keepOpeningHTML(ss, p, 0.5, deck, skipped, len(ss)-1, &pageMeta{}); got != want {
			t.Errorf("%s: start %d, want %d", c.name, got, want)
		}
	}
}

// TestOpeningLines checks which short sentences right above an HTML
// page's first paragraph open its body, in English and German: two that
// the scorer takes, not a third, not a label that ends with a colon, not
// a line of two words, not one the scorer doubts, not a date line.
func TestOpeningLines(t *testing.T) {
	const story = "I have helped thousands of families move over the last ten years, and these are the movers in the city I would trust with my own things."
	line := func(text string, p float32) openBlk { return openBlk{text, kindPara, 0, roleUnknown, p} }
	for _, c := range []struct {
		name  string
		above []openBlk
		kept  int
	}{
		{"two greetings", []openBlk{line("Hi, I'm Ryan.", 0.9), line("Let's get moving.", 0.9)}, 2},
		{"in German", []openBlk{line("Hallo, ich bin Anna.", 0.9), line("Los geht es jetzt!", 0.9)}, 2},
		{"three lines", []openBlk{line("Hi, I'm Ryan.", 0.9), line("Hi, I'm Ryan.", 0.9), line("Let's get moving.", 0.9)}, 2},
		{"a label", []openBlk{line("Key takeaways for movers:", 0.9)}, 0},
		{"two words", []openBlk{line("Read on.", 0.9)}, 0},
		{"doubted", []openBlk{line("Let's get moving.", 0.3)}, 0},
		{"a date line", []openBlk{line("Updated March 3, 2025.", 0.9)}, 0},
	} {
		ss, p, start := openingPage(c.above, story)
		if got := openingLines(ss, p, 0.5, start); got != start-c.kept {
			t.Errorf("%s: start %d, want %d", c.name, got, start-c.kept)
		}
	}
}
