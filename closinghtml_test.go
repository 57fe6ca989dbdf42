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
