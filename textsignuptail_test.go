package wirestory

import (
	"slices"
	"testing"
)

// TestSignupTail checks that a text page's body ends above the sign-up box
// that closes it (a line asking the reader to subscribe, the form's button,
// the consent sentence under it), in English and German, keeping the
// story whole; and that it keeps a story's closing paragraph that speaks
// of a newsletter with no form under it, and a story that goes on under a
// box set into it.
func TestSignupTail(t *testing.T) {
	askEN := "Get the week's harbor news in your inbox every Friday: subscribe to our free newsletter."
	consentEN := "By subscribing you agree to our terms of use and privacy policy, and you can unsubscribe at any time."
	askDE := "Die Nachrichten der Woche jeden Freitag im Postfach: Jetzt unseren kostenlosen Newsletter abonnieren."
	consentDE := "Mit meiner Anmeldung stimme ich der Datenschutzerklärung zu und kann mich jederzeit wieder abmelden."
	closeEN := "The authority said readers could follow the work in its weekly newsletter, which it will send to every household near the pier."
	goesOn := []string{
		"Shop owners near the terminal said they feared losing trade during the closure, and asked the city for lower rents until the work is done, since many of them depend on the crowds that gather before each sailing, and said the shuttle bus the authority promised would not stop near their doors on the old square.",
	}
	longer := append(slices.Clone(entryStoryEN),
		"The old terminal opened in 1962 and has carried more than a hundred million passengers since, most of them commuters who cross twice a day.",
		"Engineers first raised concerns about the pilings five years ago, but the repairs were put off while the province and the federal government argued over the bill.",
		"Divers who inspected the pilings last winter found that a third of them had rotted through below the waterline, the authority's report said.",
		"The ferry company said it would add two sailings at rush hour to make up for the longer walk to the temporary pier.",
	)
	for _, c := range []struct {
		name  string
		story []string
		box   []string // set under the story
		below []string // story set under the box
		out   []string // the box's paragraphs that must leave the body
		kept  []string // the lines that must stay
	}{
		{"en box", entryStoryEN, []string{askEN, "Subscribe", consentEN}, nil, []string{askEN, consentEN}, nil},
		{"de box", entryStoryDE, []string{askDE, "Jetzt abonnieren", consentDE}, nil, []string{askDE, consentDE}, nil},
		// A closing paragraph that speaks of a newsletter, no form
		// under it.
		{"en close", entryStoryEN, []string{closeEN}, nil, nil, []string{closeEN}},
		// The story goes on under a box set into it.
		{"en inside", longer, []string{askEN, "Subscribe", consentEN}, goesOn, nil, goesOn},
	} {
		a := parseLines(t, storyPage(c.story, append(withGaps(c.box), withGaps(c.below)...)...))
		checkKeptOut(t, c.name, "box paragraph", a.Paragraphs, append(slices.Clone(c.story), c.kept...), c.out)
	}
}
