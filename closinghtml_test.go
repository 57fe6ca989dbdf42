package wirestory

import "testing"

// TestKeepClosingParagraphHTML checks which paragraph right under an HTML
// page's body joins it as the story's close: one that takes up the story's
// matter over chrome and teasers, in English and German; not a disclaimer
// that shares a word or two, not one with more of the page's text below
// it, not one the scorer rejects outright, not a short line, not the first
// comment. Only that paragraph joins: the teasers below it stay out.
func TestKeepClosingParagraphHTML(t *testing.T) {
	const (
		story      = "Sleep training a toddler takes patience: parents who keep a steady bedtime routine and return the child to bed calmly see results within weeks."
		closing    = "Remember, sleep training rarely works overnight. Keep the bedtime routine steady, return the toddler to bed calmly each night, and patience usually pays off within a few weeks."
		disclaimer = "The information on this site is for general purposes only and is not medical advice; if you have questions about your child's health, please ask a doctor you trust."
		storyDE    = "Die Obstbauern auf den Terrassen ernten ihre Äpfel zwei Wochen später als die Betriebe im Tal, weil der Frost am Hang länger bleibt."
		closingDE  = "Für die Obstbauern auf den Terrassen bleibt also nur Geduld: Wenn der Frost am Hang länger bleibt, ernten sie ihre Äpfel eben zwei Wochen später als die Betriebe im Tal."
		other      = "Our editors pick the products they write about on their own, and we may earn a commission when you buy through the links on this page."
	)
	for _, c := range []struct {
		name     string
		story    string
		last     string
		p        float32
		below    role // the role of the block under the paragraph
		comments bool // the paragraph opens the comments
		kept     bool
	}{
		{"a close over teasers", story, closing, 0.2, roleTeaser, false, true},
		{"a close over chrome", story, closing, 0.2, roleChrome, false, true},
		{"a close in German", storyDE, closingDE, 0.2, roleTeaser, false, true},
		{"a disclaimer", story, disclaimer, 0.2, roleTeaser, false, false},
		{"more text below", story, closing, 0.2, roleUnknown, false, false},
		{"rejected outright", story, closing, 0.1, roleTeaser, false, false},
		{"a short line", story, "Remember: sleep training takes patience and a steady bedtime routine.", 0.2, roleTeaser, false, false},
		{"the first comment", story, closing, 0.2, roleTeaser, true, false},
		{"not the story's matter", story, other, 0.2, roleTeaser, false, false},
	} {
		var ss []slot
		var p []float32
		add := func(text string, kind blockKind, role role, prob float32) {
			b := &block{text: text, kind: kind}
			b.measure()
			ss = append(ss, slot{block: b, role: role})
			p = append(p, prob)
		}
		for range 3 {
			add(c.story, kindPara, roleUnknown, 0.9)
		}
		end := len(ss) - 1
		add(c.last, kindPara, roleUnknown, c.p)
		k := len(ss) - 1
		add("Five bedtime stories parents swear by", kindPara, c.below, 0.1)
		add("Newsletter", kindHeading, roleChrome, 0.05)
		comments := -1
		if c.comments {
			comments = k
		}
		want := end
		if c.kept {
			want = k
		}
		if got := keepClosingParagraphHTML(ss, p, 0.5, 0, end, comments); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}

// TestKeepClosingParagraphHTMLAcross checks what may stand between an
// HTML page's body and its close, and how long the close may run: a
// picture's caption in sentence case (English, German) joins with the
// close; a label in Title Case over a company's blurb does not; a box of
// links and teasers is crossed only to a paragraph the scorer takes, and
// stays out; a heading of the page's own stops the walk; two closing
// paragraphs join, four do not.
func TestKeepClosingParagraphHTMLAcross(t *testing.T) {
	const (
		story     = "To finish the old oak dresser, we sanded the drawers, stained the wood a warm walnut and sprayed two thin coats of clear varnish over the top."
		closing   = "So there you have it: we sanded the drawers, stained the wood a warm walnut and sprayed clear varnish, and the old dresser looks as good as new again."
		closing2  = "Sand between the coats of varnish and the old oak dresser will keep its warm walnut finish for years."
		signoff   = "Thanks for reading along, and do share photos of your own dresser makeover with us."
		storyDE   = "Die alte Eichenkommode haben wir abgeschliffen, mit einer warmen Nussbaum-Lasur gestrichen und zweimal mit klarem Lack überzogen."
		closingDE = "So einfach geht es: Die alte Eichenkommode abgeschliffen, mit der warmen Nussbaum-Lasur gestrichen und mit klarem Lack überzogen, schon ist sie wieder ein Schmuckstück."
		about     = "Acme Tools sold us the warm walnut stain, the clear varnish and the sanded wood for the drawers of the old oak dresser, and it ships to shoppers across the country."
	)
	type blk struct {
		text string
		kind blockKind
		role role
		p    float32
	}
	caption := blk{"The finished dresser with its new brass pulls", kindPara, roleUnknown, 0.05}
	captionDE := blk{"Die fertige Kommode mit den neuen Griffen", kindPara, roleUnknown, 0.05}
	label := blk{"About The Acme Tools Store", kindPara, roleUnknown, 0.1}
	links := []blk{
		{"Suggested reading:", kindPara, roleUnknown, 0.3},
		{"Ten dressers we refinished last year", kindLine, roleTeaser, 0.1},
		{"How to pick a wood stain", kindLine, roleTeaser, 0.1},
		{"A guide to brass hardware…", kindPara, roleTeaser, 0.2},
	}
	for _, c := range []struct {
		name    string
		story   string
		between []blk
		close   []string
		p       float32 // the scorer's probability of the close's paragraphs
		kept    int     // how many blocks under the body join it
	}{
		{"a caption over the close", story, []blk{caption}, []string{closing}, 0.2, 2},
		{"a caption over the close in German", storyDE, []blk{captionDE}, []string{closingDE}, 0.2, 2},
		{"a label over a company's blurb", story, []blk{label}, []string{about}, 0.2, 0},
		{"two captions", story, []blk{caption, caption}, []string{closing}, 0.2, 0},
		{"a close of two paragraphs", story, nil, []string{closing, closing2}, 0.2, 2},
		{"a close and a sign-off", story, []blk{caption}, []string{closing, signoff}, 0.2, 3},
		{"a close of four paragraphs", story, nil, []string{closing, closing2, closing2, closing2}, 0.2, 0},
		{"links over a close the scorer takes", story, links, []string{closing}, 0.6, 5},
		{"links over a close the scorer doubts", story, links, []string{closing}, 0.3, 0},
		{"a heading over a close", story, []blk{{"Our other projects", kindHeading, roleUnknown, 0.2}}, []string{closing}, 0.6, 0},
	} {
		var ss []slot
		var p []float32
		add := func(b blk) {
			bl := &block{text: b.text, kind: b.kind}
			bl.measure()
			ss = append(ss, slot{block: bl, role: b.role})
			p = append(p, b.p)
		}
		for range 3 {
			add(blk{c.story, kindPara, roleUnknown, 0.9})
		}
		end := len(ss) - 1
		for _, b := range c.between {
			add(b)
		}
		for _, text := range c.close {
			add(blk{text, kindPara, roleUnknown, c.p})
		}
		add(blk{"Five dressers our readers refinished", kindPara, roleTeaser, 0.1})
		add(blk{"Newsletter", kindHeading, roleChrome, 0.05})
		if got := keepClosingParagraphHTML(ss, p, 0.5, 0, end, -1); got != end+c.kept {
			t.Errorf("%s: end %d, want %d", c.name, got, end+c.kept)
		}
	}
}
