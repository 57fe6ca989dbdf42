package wirestory

import "testing"

// TestListHeadingsMore checks the list headings "further topics", "further
// information" and "read more" in German and Polish, in any case, and that
// sentences opening with the same words are no headings.
func TestListHeadingsMore(t *testing.T) {
	for _, s := range []string{"Weitere Themen", "WEITERE THEMEN", "Weitere Informationen", "Weitere Nachrichten",
		"Weitere Beiträge", "Czytaj więcej"} {
		if !isListHeading(s) {
			t.Errorf("isListHeading(%q) = false", s)
		}
	}
	for _, s := range []string{"Weitere Themen der Sitzung waren die Haushaltspläne.",
		"Weitere Informationen gibt es bei der Gemeinde.", "Czytaj więcej o tym w raporcie.", "Weitere Themen folgen"} {
		if isListHeading(s) {
			t.Errorf("isListHeading(%q) = true", s)
		}
	}
	// On a text page, the teasers under the heading leave the story; the
	// story's paragraph above stays.
	ss := slotsOf(teaserRunStory["de"][0], "", "Weitere Themen",
		"Sängerin sagt Sommertournee überraschend ab", "",
		"Die Sängerin hat alle Konzerte im Juli abgesagt, teilte ihr Management am Montag mit.", "",
		"Museum öffnet nach langer Sanierung wieder", "",
		"Nach drei Jahren Bauzeit empfängt das Stadtmuseum wieder Besucher, sagte die Direktorin.")
	if !ss[1].listHead {
		t.Fatalf("%q heads no list", ss[1].text)
	}
	ss[1].role = roleChrome // as classifyPage sets a list's heading
	markTeasers(ss)
	if ss[0].role != roleUnknown {
		t.Errorf("the story's paragraph is %v", ss[0].role)
	}
	for _, s := range ss[2:] {
		if s.role != roleTeaser {
			t.Errorf("%q is %v, want a teaser", s.text, s.role)
		}
	}
}
