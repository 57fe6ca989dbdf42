package wirestory

import "testing"

// TestKeepLeadUnderHead checks that a text page's first paragraph, right
// under the story's byline and date, stays the body's first when a box
// with another story's writer and date stands below it (skipDeck would
// skip it as a deck), and that the box's lines leave the body; and that
// skipDeck's choice holds for a deck above the byline (under the date or not), a caption over the
// head printed again, a writer's bio, and a paragraph too short for a lead (a ticker's
// line).
func TestKeepLeadUnderHead(t *testing.T) {
	pages := map[string]struct {
		byline, date, lead, box, boxBy, boxDate, next string
	}{
		"en": {"By Jane Roe", "May 12, 2024",
			"The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it and two abstaining.",
			"Ferry fares to rise in the new year", "By John Doe", "May 3, 2024",
			"Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."},
		"it": {"di Jane Roe", "12 maggio 2024",
			"Il consiglio del porto ha approvato il piano martedì dopo un dibattito durato fino a tarda sera, con tre membri contrari e due astenuti.",
			"Aumentano le tariffe dei traghetti", "di John Doe", "3 maggio 2024",
			"I lavori per il nuovo molo inizieranno in primavera e dureranno due anni, ha detto la presidente del consiglio ai giornalisti."},
	}
	for lang, p := range pages {
		for _, c := range []struct {
			name  string
			lines []string
			start int // the paragraph's line
			kept  bool
		}{
			{"a box under the first paragraph", []string{"Headline of the story", p.byline, p.date, p.lead, p.box, p.boxBy, p.boxDate, p.next}, 3, true},
			{"a deck above the byline", []string{"Headline of the story", p.lead, p.byline, p.date, p.next}, 1, false},
			{"the head printed again under a caption", []string{"Headline of the story", p.byline, p.date, p.lead, "Picture: Example Agency", p.byline, p.date, p.next}, 3, false},
			{"the writer's bio", []string{"Jane Roe", p.date, "Jane Roe " + p.lead, "Follow", p.boxBy, p.boxDate, p.next}, 2, false},
			{"a deck between the date and the byline", []string{"Headline of the story", p.date, p.lead, p.byline, p.boxDate, p.next}, 2, false},
			{"a short paragraph", []string{"Headline of the story", p.byline, p.date, p.next[:50] + ".", p.box, p.boxBy, p.boxDate, p.next}, 3, false},
		} {
			ss := slotsOf(c.lines...)
			start := c.start
			end := len(ss) - 1
			skipped := skipDeck(ss, start, end)
			if skipped == start {
				t.Fatalf("%s, %s: skipDeck kept the paragraph; the case tests nothing", lang, c.name)
			}
			got := keepLeadUnderHead(ss, start, skipped)
			if want := map[bool]int{true: start, false: skipped}[c.kept]; got != want {
				t.Errorf("%s, %s: start %d, want %d", lang, c.name, got, want)
			}
			if c.kept {
				for i := start + 1; i < skipped; i++ {
					if ss[i].role != roleChrome {
						t.Errorf("%s, %s: box line %q is %v", lang, c.name, ss[i].text, ss[i].role)
					}
					if fallbackReasons[chromeReason(ss, i, start, end)] {
						t.Errorf("%s, %s: explain gives box line %q no reason", lang, c.name, ss[i].text)
					}
				}
				if ss[start].role != roleUnknown || ss[end].role != roleUnknown {
					t.Errorf("%s, %s: a paragraph left the body", lang, c.name)
				}
			}
		}
	}
}
