package wirestory

import "testing"

// embedStory returns a text page of story's paragraphs with box printed
// (its lines, then a blank line) after each of the first copies
// paragraphs.
func embedStory(story []string, copies int, box ...string) []string {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range story {
		lines = append(lines, p, "")
		if i < copies {
			lines = append(lines, box...)
			lines = append(lines, "")
		}
	}
	return append(lines, "", "Privacy policy", "Terms of use", "© 2025 The Harbor Times")
}

// TestEmbedNotices checks that the short lines an embed's notice prints
// once per embed (its title over the notice, its skip link under it)
// leave a text page's body, in German, English and Czech, while the
// story's paragraphs stay. (A notice right over a story's paragraph, with
// nothing under it, is a prompt that keepRepeatedPrompts gives back: the
// German box has its button under the notice.)
func TestEmbedNotices(t *testing.T) {
	storyDE := append(append([]string{}, entryStoryDE...), entryMoreDE...)
	storyEN := append(append([]string{}, entryStoryEN...), entryMoreEN...)
	for _, c := range []struct {
		name   string
		story  []string
		box    []string
		labels []string
	}{
		{"de title", storyDE, []string{"Eingebetteter Beitrag gesperrt", "",
			"Ihre Datenschutz-Einstellungen verhindern, dass wir Ihnen hier den Beitrag eines anderen Anbieters zeigen können.",
			"", "Einstellungen ändern"},
			[]string{"Eingebetteter Beitrag gesperrt"}},
		{"en skip", storyEN, []string{"The following post is embedded from another site, and you can skip it here if you like.",
			"Skip past the embedded post."},
			[]string{"Skip past the embedded post."}},
		{"cs skip", storyEN, []string{"Tento příspěvek je vložený z jiné stránky a zde ho můžete přeskočit, pokud chcete.",
			"Přeskočit vložený příspěvek."},
			[]string{"Přeskočit vložený příspěvek."}},
	} {
		got := parseLines(t, embedStory(c.story, 4, c.box...)).Paragraphs
		checkKeptOut(t, c.name, "embed label", got, c.story, c.labels)
	}
}

// TestEmbedNoticesKeep checks what markEmbedNotices leaves in the body:
// a subhead printed under each copy of a repeated line, over a paragraph
// of its own; a field with a figure over each copy; the titles of a
// roundup's product boxes, each printed three times with its blurb; and a
// short line repeated three times away from any repeated line (Pros).
func TestEmbedNoticesKeep(t *testing.T) {
	storyEN := append(append([]string{}, entryStoryEN...), entryMoreEN...)
	storyDE := append(append([]string{}, entryStoryDE...), entryMoreDE...)
	note := "We think a provider is safer when it runs its own servers rather than cheaper shared machines."
	// A subhead under the repeated line: it heads the paragraph under it.
	got := parseLines(t, embedStory(storyEN, 4, note, "Independently Audited")).Paragraphs
	checkKeptOut(t, "subhead", "", got, append([]string{"Independently Audited"}, storyEN...), nil)
	// A field with a figure over the repeated line.
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range storyEN {
		lines = append(lines, p, "")
		if i >= 2 && i < 7 {
			lines = append(lines, "Price: 249 dollars", note, "See the offer", "")
		}
	}
	got = parseLines(t, lines).Paragraphs
	// (The last two paragraphs, under the last box, end up out of the
	// body with the rule or without it.)
	checkKeptOut(t, "field", "", got, append([]string{"Price: 249 dollars"}, storyEN[:6]...), nil)
	// Two boxes, each printed three times: a roundup's cards, not a frame.
	lines = []string{"The best ferries of the year", "By Jane Roe", ""}
	boxes := [][]string{
		{"Harbor Queen", "A roomy old boat that keeps its schedule, though its café closes too early in the evening.", "See the timetable"},
		{"North Star", "A fast new catamaran with good seats, though it rolls badly in any kind of a headwind.", "See the timetable"},
	}
	for i, p := range storyEN {
		lines = append(lines, p, "")
		if i < 6 {
			lines = append(lines, boxes[i%2]...)
			lines = append(lines, "")
		}
	}
	lines = append(lines, "", "Privacy policy", "Terms of use")
	got = parseLines(t, lines).Paragraphs
	checkKeptOut(t, "roundup", "", got, append([]string{"Harbor Queen", "North Star"}, storyEN...), nil)
	// A short line repeated by itself, over different lines.
	lines = []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range storyEN {
		lines = append(lines, p, "")
		if i < 3 {
			lines = append(lines, "Pros.", storyDE[i], "")
		}
	}
	got = parseLines(t, lines).Paragraphs
	checkKeptOut(t, "pros", "", got, append([]string{"Pros."}, storyEN...), nil)
}
