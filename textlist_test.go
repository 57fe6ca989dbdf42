package wirestory

import "testing"

// prosConsLines are a list inside a story: pros and cons of a ferry pass,
// short lines that are not sentences.
var prosConsLines = []string{
	"Pros",
	"Covers every boat in the harbor",
	"Cheaper than single fares after eight trips",
	"Cons",
	"No refunds for unused months",
}

// TestCrossLists checks that a text page's body is carried over a list
// inside the story (short lines the scorer doubts) to the paragraph after
// it, that chrome in the list keeps its role, and that the body is not
// carried over a menu the scorer rejects, over a footer's date line, a
// share line, a comment section's words, a link card's source or a ranked
// list ("1", a headline, "2" ...), nor to a paragraph the scorer does not
// take; a paragraph that uses a share bar's or a reply link's word in its
// sentences (English "share", Spanish "del") is carried over to all the
// same.
func TestCrossLists(t *testing.T) {
	riders := "Riders who take the ferry fewer than eight times a month still do better with single fares, the authority said."
	for _, c := range []struct {
		name   string
		list   []string
		listP  float32
		afterP float32
		want   int    // the end, counted from the list's first line; -1: the body's last paragraph
		after  string // the paragraph under the list; "": riders
	}{
		{"a paragraph with a share word", prosConsLines, 0.35, 0.8, len(prosConsLines), "The share of riders who buy a monthly pass rose to a third last year, the authority said in its report."},
		{"a paragraph with a Spanish del", prosConsLines, 0.35, 0.8, len(prosConsLines), "La mayoría del pasaje compra el abono mensual desde que bajó de precio, según la autoridad del puerto."},
		{"a list inside the story", prosConsLines, 0.35, 0.8, len(prosConsLines), ""},
		{"chrome inside the list stays out", append([]string{"Advertisement"}, prosConsLines...), 0.35, 0.8, len(prosConsLines) + 1, ""},
		{"a menu the scorer rejects", []string{"Home", "News", "Sports", "Weather"}, 0.1, 0.8, -1, ""},
		{"a paragraph the scorer does not take", prosConsLines, 0.35, 0.4, -1, ""},
		{"a footer's date line", []string{"Harbor News | May 12, 2024", "Ferries", "Harbor"}, 0.35, 0.8, -1, ""},
		{"a share line", []string{"Share this story with a friend", "Ferries", "Harbor"}, 0.35, 0.8, -1, ""},
		{"a comment section", []string{"Jane Roe", "Reply", "John Doe"}, 0.35, 0.8, -1, ""},
		{"a ranked list of other stories", []string{"1", "Ferry Captain Retires After Forty Years", "2", "Pier Cafe Wins Award"}, 0.35, 0.8, -1, ""},
		{"a link card's source", []string{"WEEKEND READS", "Why Old Ferries Run Slow", "harbortimes.com Transport"}, 0.35, 0.8, -1, ""},
		{"no list at all", nil, 0.35, 0.8, -1, ""},
	} {
		after := c.after
		if after == "" {
			after = riders
		}
		lines := append([]string{storyLines[0], storyLines[1]}, c.list...)
		lines = append(lines, after, "Privacy policy")
		ss := slotsOf(lines...)
		p := make([]float32, len(ss))
		p[0], p[1] = 0.9, 0.9
		for i := 2; i < len(ss)-2; i++ {
			p[i] = c.listP
			if ss[i].text == "Advertisement" {
				ss[i].role = roleChrome
			}
		}
		p[len(ss)-2], p[len(ss)-1] = c.afterP, 0.05
		want := 1
		if c.want >= 0 {
			want = 2 + c.want
		}
		if got := crossLists(ss, p, 0.5, 1, -1); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
		if c.name == "chrome inside the list stays out" && ss[2].role != roleChrome {
			t.Errorf("%s: the chrome line's role is %v", c.name, ss[2].role)
		}
	}
}

// TestCrossListsKeeps checks, on a whole text page, that the lines of a
// list inside the story and the paragraphs after it are the body's, and
// that the menu under the story stays out.
func TestCrossListsKeeps(t *testing.T) {
	lines := append([]string{storyLines[0], storyLines[1]}, prosConsLines...)
	lines = append(lines, storyLines[4], storyLines[5], "Home", "News", "Contact us")
	ss := slotsOf(lines...)
	p := []float32{0.9, 0.9, 0.3, 0.4, 0.4, 0.3, 0.3, 0.9, 0.8, 0.05, 0.05, 0.05}
	end := crossLists(ss, p, 0.5, 1, -1)
	if end != 8 {
		t.Fatalf("end %d, want 8", end)
	}
	a := &Article{}
	readBody(ss, 0, end, a)
	want := append(append([]string{storyLines[0], storyLines[1]}, prosConsLines...), storyLines[4], storyLines[5])
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("paragraphs %q, want %q", a.Paragraphs, want)
	}
	for i := range want {
		if a.Paragraphs[i] != want[i] {
			t.Errorf("paragraph %d %q, want %q", i, a.Paragraphs[i], want[i])
		}
	}
}
