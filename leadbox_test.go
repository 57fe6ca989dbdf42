package wirestory

import "testing"

// TestLeadAcrossBox checks which paragraphs above an HTML page's body a
// box cut off are taken back as its introduction: unclaimed prose the
// scorer nearly takes for the story's, across headings and a list of
// links, up to a share bar; never one paragraph alone (a standfirst),
// across an <h1>, past prose the scorer doubts, or above a body that
// opens with a dateline.
func TestLeadAcrossBox(t *testing.T) {
	const threshold = 0.5
	mk := func(text string, kind blockKind, level int, r role, boiler bool, prob float32) slot {
		b := &block{text: text, kind: kind, level: level, boiler: boiler}
		b.measure()
		return slot{block: b, role: r, prob: prob}
	}
	intro1 := "Got an old chair that has seen better days? Bringing it back takes a free weekend, a few tools and some patience."
	intro2 := "I am no trained joiner, so this guide sets out only what worked for me on three pieces I mended at home last year."
	body := "Start by sanding the seat by hand with a coarse paper, working along the grain until the old varnish has gone."
	build := func(above ...slot) ([]slot, []float32, int) {
		ss := append([]slot{mk("Share this post", kindPara, 0, roleChrome, true, 0.1)}, above...)
		ss = append(ss,
			mk("Contents", kindHeading, 2, roleUnknown, false, 0.2),
			mk("What you need", kindItem, 0, roleTeaser, false, 0.1),
			mk("Step by step", kindItem, 0, roleTeaser, false, 0.1),
			mk("Tools", kindHeading, 2, roleUnknown, false, 0.2),
			mk(body, kindPara, 0, roleUnknown, false, 0.95),
		)
		p := make([]float32, len(ss))
		for i := range ss {
			p[i] = ss[i].prob
		}
		return ss, p, len(ss) - 1
	}

	ss, p, start := build(mk(intro1, kindPara, 0, roleUnknown, false, 0.45), mk(intro2, kindPara, 0, roleUnknown, false, 0.6))
	if got := leadAcrossBox(ss, p, threshold, start); got != 1 {
		t.Errorf("introduction across a box: start %d, want 1 (%q)", got, ss[1].text)
	}

	// Prose the scorer doubts ends the look: the paragraph above it
	// stays out, the two below it come in.
	ss, p, start = build(mk(intro1, kindPara, 0, roleUnknown, false, 0.6),
		mk("Sign up for our letter and get a free printable plan of every project we have made this year.", kindPara, 0, roleUnknown, false, 0.2),
		mk(intro2, kindPara, 0, roleUnknown, false, 0.6),
		mk(intro1, kindPara, 0, roleUnknown, false, 0.6))
	if got := leadAcrossBox(ss, p, threshold, start); got != 3 {
		t.Errorf("doubted prose between: start %d, want 3", got)
	}

	// One paragraph set apart is as often a standfirst: it stays out.
	ss, p, start = build(mk(intro2, kindPara, 0, roleUnknown, false, 0.6))
	if got := leadAcrossBox(ss, p, threshold, start); got != start {
		t.Errorf("one paragraph: start %d, want %d", got, start)
	}

	// An <h1> heads the story: what stands above it is not its intro.
	ss, p, start = build(mk(intro1, kindPara, 0, roleUnknown, false, 0.6),
		mk("How to mend an old chair", kindHeading, 1, roleUnknown, false, 0.3))
	if got := leadAcrossBox(ss, p, threshold, start); got != start {
		t.Errorf("across an h1: start %d, want %d", got, start)
	}

	// A body that opens with a dateline is a wire story's top.
	ss, p, start = build(mk(intro1, kindPara, 0, roleUnknown, false, 0.6))
	ss[start] = mk("LONDON (Reuters) - "+body, kindPara, 0, roleUnknown, false, 0.95)
	if got := leadAcrossBox(ss, p, threshold, start); got != start {
		t.Errorf("dateline body: start %d, want %d", got, start)
	}
}
