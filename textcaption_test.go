package wirestory

import (
	"slices"
	"testing"
)

// pictureInStory is storyLines as a text page with a picture after the
// fifth paragraph: its credit after a blank line, then the lines under it
// (the caption, and whatever else the case gives), then a blank line.
func pictureInStory(under ...string) []string {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
	for i, p := range storyLines {
		lines = append(lines, p, "")
		if i == 4 {
			lines = append(lines, "Photo: Jane Roe/Harbor Press")
			lines = append(lines, under...)
			lines = append(lines, "")
		}
	}
	return lines
}

// TestCaptionUnderCredit checks that a picture whose caption stands
// under its credit, both set apart by blank lines, leaves the story's
// paragraph above it in the body and its caption out.
func TestCaptionUnderCredit(t *testing.T) {
	caption := "A ferry leaves the old terminal at dawn on Monday"
	a := parseLines(t, pictureInStory(caption))
	if !slices.Contains(a.Paragraphs, storyLines[4]) {
		t.Errorf("the paragraph above the picture is missing: %q", a.Paragraphs)
	}
	if slices.Contains(a.Paragraphs, caption) {
		t.Errorf("the caption under the credit is in the body: %q", a.Paragraphs)
	}
	if want := wantStory(); !slices.Equal(a.Paragraphs, want) {
		t.Errorf("body %q, want the story %q", a.Paragraphs, want)
	}
}

// TestCaptionUnderCreditKeeps checks what the rule leaves alone: a credit
// with more than one line under it (the lines are no single caption), and
// a line above the credit that ends no sentence (a caption of its own).
func TestCaptionUnderCreditKeeps(t *testing.T) {
	ss := slotsOf(
		"The harbor authority said Tuesday it would close the old ferry terminal for two years.",
		"",
		"Photo: Jane Roe/Harbor Press",
		"Ferries at the old terminal",
		"Fares will not change",
		"",
		"Ferries will leave from a temporary pier a kilometer to the south, the authority said.",
	)
	ss[0].role, ss[1].role = roleCaption, roleCaption
	captionUnderCredit(ss, 0, len(ss)-1)
	if ss[0].role != roleCaption || ss[2].role != roleUnknown || ss[3].role != roleUnknown {
		t.Errorf("two lines under the credit: roles %v %v %v, want caption, unknown, unknown", ss[0].role, ss[2].role, ss[3].role)
	}
	ss = slotsOf(
		"The harbor authority said Tuesday it would close the old ferry terminal for two years.",
		"",
		"Crews at work on the pilings",
		"",
		"Photo: Jane Roe/Harbor Press",
		"Ferries at the old terminal",
		"",
		"Ferries will leave from a temporary pier a kilometer to the south, the authority said.",
	)
	ss[1].role, ss[2].role = roleCaption, roleCaption
	captionUnderCredit(ss, 0, len(ss)-1)
	if ss[1].role != roleCaption || ss[3].role != roleUnknown {
		t.Errorf("a line above that ends no sentence: roles %v %v, want caption, unknown", ss[1].role, ss[3].role)
	}
	if ss[0].role != roleUnknown {
		t.Errorf("the story's paragraph took role %v", ss[0].role)
	}
}

// TestMarkLabelledCaptions checks that the lines a caption label opens
// leave a text page's body, the label spaced or run together with the
// caption, and that sentences that merely begin with the same words stay.
func TestMarkLabelledCaptions(t *testing.T) {
	lines := []string{"Ferry terminal to close for two years", "By Jane Roe", "", "Media captionWhy the pier is closing", ""}
	for i, p := range storyLines {
		lines = append(lines, p, "")
		if i == 3 {
			lines = append(lines, "Image copyright Harbor Press", "Image caption A ferry leaves the old terminal at dawn", "")
		}
	}
	keep := []string{
		"Image captioning software described the pictures to blind readers, the authority said.",
		"Image copyrights belong to the photographers, who were paid for the work.",
	}
	for _, k := range keep {
		lines = append(lines, k, "")
	}
	a := parseLines(t, lines)
	if want := append(wantStory(), keep...); !slices.Equal(a.Paragraphs, want) {
		t.Errorf("body %q,\nwant %q", a.Paragraphs, want)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Image caption A ferry at dawn", true},
		{"Media captionWho runs the port?", true},
		{"Image Copyright @harborpress", true},
		{"IMAGE CAPTION: The pier", true},
		{"Image caption", false},
		{"Image captioning is hard", false},
		{"Media captions help deaf viewers", false},
		{"Imagery from the pier", false},
	} {
		if got := opensWithCaptionLabel(c.s); got != c.want {
			t.Errorf("opensWithCaptionLabel(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestCaptionUnderCreditByline checks that a story's byline set tight
// under the lead picture's credit is no caption: the caption above the
// credit stays out and the byline is not taken for it, in English and in
// German; and that a caption under the credit is still taken.
func TestCaptionUnderCreditByline(t *testing.T) {
	for _, c := range []struct {
		caption, credit, under, para string
		swap                         bool
	}{
		{"Pupils try on headsets in the new lab. The school wants them to build worlds of their own.",
			"Photo: Jane Roe", "By Max Mustermann Political correspondent",
			"The school in the harbor district opened its new lab on Monday, the first of its kind in the region, its head said.", false},
		{"Schüler probieren im neuen Labor die Brillen aus. Die Schule will, dass sie eigene Welten bauen.",
			"Foto: Jane Roe", "Von Max Mustermann Landeskorrespondent",
			"Die Schule im Hafenviertel hat am Montag ihr neues Labor eröffnet, das erste seiner Art in der Region, sagte die Leiterin.", false},
		{"Pupils try on headsets in the new lab. The school wants them to build worlds of their own.",
			"Photo: Jane Roe", "Pupils in the new lab on Monday",
			"The school in the harbor district opened its new lab on Monday, the first of its kind in the region, its head said.", true},
	} {
		ss := slotsOf(c.para, "", c.caption, "", c.credit, c.under, "", c.para)
		ss[1].role, ss[2].role = roleCaption, roleCaption
		captionUnderCredit(ss, 0, len(ss)-1)
		if c.swap {
			if ss[1].role != roleUnknown || ss[3].role != roleCaption {
				t.Errorf("%q: roles %v %v, want unknown, caption", c.under, ss[1].role, ss[3].role)
			}
			continue
		}
		if ss[1].role != roleCaption || ss[3].role != roleUnknown {
			t.Errorf("%q: roles %v %v, want caption, unknown", c.under, ss[1].role, ss[3].role)
		}
	}
}
