package wirestory

import "testing"

// TestCutRepeatedList checks that a text page's body ends before a list
// heading whose entries each carry the same share bar, in English and in
// German, and that it keeps a box of headlines under a list heading with
// the story going on below it, entries whose bars differ, too few
// entries, and a story paragraph set between two entries.
func TestCutRepeatedList(t *testing.T) {
	en := []string{
		"Kindness is the language the deaf can hear and the blind can see, and it costs nothing to give away...",
		"The best time to plant a tree was twenty years ago; the second best time is today, so start now...",
		"Happiness is not something ready made: it comes from your own actions, every single day of the year...",
		"A friend is someone who knows all about you and still loves you, whatever the weather brings to you...",
	}
	de := []string{
		"Glück ist das Einzige, das sich verdoppelt, wenn man es teilt, und es kostet nichts, es zu verschenken...",
		"Wer immer tut, was er schon kann, bleibt immer das, was er schon ist, und lernt dabei nichts Neues...",
		"Auch aus Steinen, die einem in den Weg gelegt werden, kann man etwas Schönes bauen, wenn man will...",
		"Ein Freund ist ein Mensch, vor dem man laut denken kann, ohne sich dafür schämen zu müssen, niemals...",
	}
	entries := func(quotes []string, bars ...string) []string {
		var out []string
		for i, q := range quotes {
			out = append(out, bars[i%len(bars)], q)
		}
		return out
	}
	const bar = "WhatsApp Facebook Pinterest Download"
	for _, c := range []struct {
		name  string
		head  string
		lines []string
		cut   bool
	}{
		{"English quotes under a share bar each", "You may also like", entries(en, bar), true},
		{"German quotes under a share bar each", "Das könnte Sie auch interessieren", entries(de, "Teilen Drucken Merken"), true},
		{"a box of headlines, the story goes on", "You may also like",
			[]string{"Ferry fares to rise in May", "New pier opens downtown", "Harbor cranes sold", storyLines[4], storyLines[5]}, false},
		{"bars that differ", "You may also like", entries(en, bar, "Share Print Save Email"), false},
		{"too few entries", "You may also like", entries(en[:2], bar), false},
		{"a paragraph between two entries", "You may also like", append(entries(en, bar), storyLines[5]), false},
	} {
		lines := append([]string{storyLines[0], storyLines[1], c.head}, c.lines...)
		ss := slotsOf(lines...)
		ss[2].role = roleChrome
		if !ss[2].listHead {
			t.Fatalf("%s: %q is no list heading", c.name, c.head)
		}
		end := len(ss) - 1
		want := end
		if c.cut {
			want = 1
		}
		if got := cutRepeatedList(ss, 0, end); got != want {
			t.Errorf("%s: end %d, want %d", c.name, got, want)
		}
	}
}
