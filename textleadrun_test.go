package wirestory

import "testing"

// TestLeadAcrossGap checks that a text page's body opens with the story's
// first paragraphs when a box of short lines (a sign-up form, a table)
// sets them apart from the paragraphs the scorer found, in English and
// German, across two such boxes in turn; and what it leaves out: one
// paragraph alone above the box, a slogan over one paragraph, a run that
// speaks of something else, a run above a paragraph the scorer doubts, a
// run the scorer doubts, and a body that opens with a dateline.
func TestLeadAcrossGap(t *testing.T) {
	for lang, c := range map[string]struct {
		slogan, lead1, lead2, other1, other2, form1, form2, form3, doubt, body, dateline string
	}{
		"en": {
			slogan:   "Ferry news you can trust, every day!",
			lead1:    "The harbor authority said on Tuesday that the ferry terminal will close for two years while crews replace the rotten wooden pilings under its hall.",
			lead2:    "Ferry riders will board at a temporary pier north of the terminal, and the harbor ferry will keep its timetable while the pilings are replaced.",
			other1:   "Our newsletter brings the week's best recipes, garden tips and travel ideas straight to your inbox every single Friday morning.",
			other2:   "Join thousands of happy readers and never miss a bargain again, with coupons and giveaways for members of our club.",
			form1:    "Your name*",
			form2:    "Your email*",
			form3:    "Submit",
			doubt:    "Readers who liked this also read about the museum's new wing, which opens in the spring after three years of building work.",
			body:     "The authority said the ferry terminal's pilings had rotted faster than expected, and that the temporary pier north of the hall will stay until the work ends.",
			dateline: "PORTLAND, Maine (AP) — The authority said the ferry terminal's pilings had rotted faster than expected and the temporary pier will stay.",
		},
		"de": {
			slogan:   "Fährnachrichten, denen Sie vertrauen können!",
			lead1:    "Die Hafenbehörde teilte am Dienstag mit, dass das Fährterminal für zwei Jahre schließt, während Arbeiter die morschen Holzpfähle unter der Halle ersetzen.",
			lead2:    "Fahrgäste der Fähre steigen an einem provisorischen Anleger nördlich des Terminals ein, und die Fähre fährt weiter nach ihrem Fahrplan.",
			other1:   "Unser Newsletter bringt Ihnen jeden Freitagmorgen die besten Rezepte der Woche, Gartentipps und Reiseideen direkt in Ihr Postfach.",
			other2:   "Werden Sie Mitglied im Leserclub und verpassen Sie kein Schnäppchen mehr, mit Gutscheinen und Gewinnspielen für unsere Mitglieder.",
			form1:    "Ihr Name*",
			form2:    "Ihre E-Mail*",
			form3:    "Absenden",
			doubt:    "Leser, denen dieser Artikel gefiel, lasen auch über den neuen Flügel des Museums, der im Frühjahr nach drei Jahren Bauzeit öffnet.",
			body:     "Die Hafenbehörde sagte, die morschen Holzpfähle unter der Halle seien schneller verrottet als erwartet; am provisorischen Anleger nördlich des Terminals fahre die Fähre nach ihrem Fahrplan, solange das Fährterminal schließt.",
			dateline: "HAMBURG (dpa) - Die Behörde sagte, die Pfähle des Fährterminals seien schneller verrottet als erwartet, und der Anleger bleibe.",
		},
	} {
		for _, tc := range []struct {
			name  string
			lines []string
			p     []float32
			start int // the scorer's body opens here
			want  int
		}{
			{"the lead above a form", []string{c.lead1, c.lead2, c.form1, c.form2, c.form3, c.body, c.body}, []float32{0.9, 0.9, 0.3, 0.3, 0.2, 0.9, 0.9}, 5, 0},
			{"two boxes", []string{c.lead1, c.lead2, c.form1, c.form3, c.lead2, c.lead1, c.form2, c.form3, c.body, c.body}, []float32{0.9, 0.9, 0.3, 0.2, 0.9, 0.9, 0.3, 0.2, 0.9, 0.9}, 8, 0},
			{"one paragraph alone", []string{c.form3, c.lead2, c.form1, c.form2, c.form3, c.body, c.body}, []float32{0.2, 0.9, 0.3, 0.3, 0.2, 0.9, 0.9}, 5, 5},
			{"a slogan over one paragraph", []string{c.slogan, c.lead2, c.form1, c.form2, c.form3, c.body, c.body}, []float32{0.6, 0.9, 0.3, 0.3, 0.2, 0.9, 0.9}, 5, 5},
			{"a run on something else", []string{c.other1, c.other2, c.form1, c.form2, c.form3, c.body, c.body}, []float32{0.9, 0.9, 0.3, 0.3, 0.2, 0.9, 0.9}, 5, 5},
			{"a doubted paragraph between", []string{c.lead1, c.lead2, c.doubt, c.form2, c.form3, c.body, c.body}, []float32{0.9, 0.9, 0.3, 0.3, 0.2, 0.9, 0.9}, 5, 5},
			{"a run the scorer doubts", []string{c.lead1, c.lead2, c.form1, c.form2, c.form3, c.body, c.body}, []float32{0.9, 0.4, 0.3, 0.3, 0.2, 0.9, 0.9}, 5, 5},
			{"a dateline", []string{c.lead1, c.lead2, c.form1, c.form2, c.form3, c.dateline, c.body}, []float32{0.9, 0.9, 0.3, 0.3, 0.2, 0.9, 0.9}, 5, 5},
		} {
			ss := slotsOf(tc.lines...)
			if tc.lines[0] == c.slogan && !isFreeParagraph(ss, 0) {
				t.Fatalf("%s: slogan %q reads as no paragraph", lang, c.slogan)
			}
			for i, l := range tc.lines {
				if (l == c.form1 || l == c.form2 || l == c.form3) && isFreeParagraph(ss, i) {
					t.Fatalf("%s, %s: form line %q reads as a paragraph", lang, tc.name, l)
				}
			}
			if got := leadAcrossGap(ss, tc.p, 0.5, tc.start, len(tc.lines)-1); got != tc.want {
				t.Errorf("%s, %s: start %d, want %d", lang, tc.name, got, tc.want)
			}
		}
	}
}
