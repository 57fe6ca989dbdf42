package wirestory

import "testing"

// TestLiftInnerBoxes checks which boxes the markup put in chrome inside a
// story's body are given back to it: a callout of two paragraphs that
// speaks of what the story does, a list of specs under a caption; not a
// single line, a box with a heading of its own, a box the scorer doubts, a
// form's fine print, a newsletter's box, or a box at the body's end.
func TestLiftInnerBoxes(t *testing.T) {
	const (
		story   = "The orchards' cooperative said terraces and valley growers had both picked more apples than a decade ago."
		review  = "The laptop's battery lasted ten hours in our tests, and its screen stayed bright outdoors."
		storyDE = "Die Obstbauern auf den Terrassen am Hang ernten ihre Äpfel zwei Wochen später als die Betriebe im Tal."
	)
	type box struct {
		text string
		kind blockKind
		p    float32
	}
	callout := []box{
		{"Not every orchard is the same.", kindPara, 0.8},
		{"Growers on the terraces pick a fortnight later than those in the valley, and their apples keep longer.", kindPara, 0.85},
	}
	specs := []box{
		{"Laptop weight: 1.2 kg", kindItem, 0.6},
		{"Battery: ten hours", kindItem, 0.6},
		{"Screen: 14 inches", kindItem, 0.55},
	}
	newsletter := []box{
		{"Get the Morning Brief", kindPara, 0.8},
		{"Local news, weather and sport delivered to your inbox every weekday.", kindPara, 0.9},
	}
	calloutDE := []box{
		{"Nicht jeder Hang ist gleich.", kindPara, 0.8},
		{"Auf den Terrassen reifen die Äpfel langsamer, und die Obstbauern lagern sie länger.", kindPara, 0.85},
	}
	for _, c := range []struct {
		name    string
		story   string
		box     []box
		at      int // where the box opens; the body is 0..end
		caption bool
		marks   markSet
		lifted  bool
	}{
		{"a callout between paragraphs", story, callout, 2, false, 0, true},
		{"specs under a caption", review, specs, 2, true, 0, true},
		{"a single line", story, callout[1:], 2, false, 0, false},
		{"a fact box with a title", story, []box{{"Record heat", kindHeading, 0.7}, callout[0], callout[1]}, 2, false, 0, false},
		{"doubted by the scorer", story, []box{callout[0], {callout[1].text, kindPara, 0.4}}, 2, false, 0, false},
		{"a form's fine print", story, callout, 2, false, markForm, false},
		{"a newsletter box", story, newsletter, 2, false, 0, false},
		{"a callout in German", storyDE, calloutDE, 2, false, 0, true},
		{"at the body's end", story, callout, 5, false, 0, false},
	} {
		var ss []slot
		var p []float32
		add := func(text string, kind blockKind, role role, byMarkup bool, marks markSet, prob float32) {
			b := &block{text: text, kind: kind, marks: marks, boiler: byMarkup}
			b.measure()
			ss = append(ss, slot{block: b, role: role, byMarkup: byMarkup})
			p = append(p, prob)
		}
		for len(ss) < c.at {
			add(c.story, kindPara, roleUnknown, false, 0, 0.9)
		}
		if c.caption {
			add("The reviewed laptop on a desk.", kindCaption, roleCaption, false, 0, 0.3)
		}
		first := len(ss)
		for _, b := range c.box {
			add(b.text, b.kind, roleChrome, true, c.marks, b.p)
		}
		last := len(ss) - 1
		end := last
		for len(ss) < c.at+len(c.box)+3 && c.at < 5 {
			add(c.story, kindPara, roleUnknown, false, 0, 0.9)
			end = len(ss) - 1
		}
		liftInnerBoxes(ss, p, 0.5, 0, end)
		for i := first; i <= last; i++ {
			if got := ss[i].role == roleUnknown; got != c.lifted {
				t.Errorf("%s: block %d (%q) lifted %v, want %v", c.name, i, ss[i].text, got, c.lifted)
			}
		}
	}
}
