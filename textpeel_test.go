package wirestory

import (
	"slices"
	"testing"
)

// TestTailSecondLook checks that a text page's body ends above the
// headlines of other stories that close it once a form's fine print under
// them is read as such, in English and German: cutTrailingHeads sees the
// headlines close the body only on its second look, after
// markConsentLines. The story stays whole, and so does a subhead with the
// story's closing paragraph under it.
func TestTailSecondLook(t *testing.T) {
	consentEN := "Terms of submitting this form: I agree that the harbor authority may contact me about the works, the timetables and the temporary pier by email, telephone or text message at the address and numbers I gave. Message and data rates may apply. This consent is not required to buy a ticket."
	consentDE := "Bedingungen dieses Formulars: Ich bin damit einverstanden, dass mich die Hafenbehörde über die Bauarbeiten, die Fahrpläne und den Behelfsanleger per E-Mail, Telefon oder SMS unter den angegebenen Nummern kontaktiert. Diese Einwilligung ist für den Kauf einer Fahrkarte nicht nötig."
	headsEN := []string{"Bridge repairs to start in May", "New bus line for the islands", "Island school gets a new roof"}
	headsDE := []string{"Brückenarbeiten beginnen im Mai", "Neue Buslinie für die Inseln", "Inselschule bekommt ein neues Dach"}
	closeEN := "The authority said it would publish the new timetable for the temporary pier in its next weekly bulletin for commuters."
	story := append(slices.Clone(entryStoryEN), entryMoreEN...)
	storyDE := append(slices.Clone(entryStoryDE), entryMoreDE...)
	for _, c := range []struct {
		name  string
		story []string
		tail  []string // lines set under the story
		out   []string // lines that must leave the body
		kept  []string // lines that must stay
	}{
		{"en heads", story, append(slices.Clone(headsEN), consentEN), headsEN, nil},
		{"de heads", storyDE, append(slices.Clone(headsDE), consentDE), headsDE, nil},
		// A subhead over the story's closing paragraph stays.
		{"en subhead", story, []string{"What comes next", closeEN, consentEN}, nil, []string{"What comes next", closeEN}},
	} {
		a := parseLines(t, storyOver(c.story, c.tail))
		checkKeptOut(t, c.name, "line", a.Paragraphs, append(slices.Clone(c.story), c.kept...), c.out)
	}
}
