package wirestory

import (
	"slices"
	"testing"
)

// TestConsentLine checks that a text page's body drops a form's fine
// print set into the story (the reader, as "you" or "I", agrees to the
// site's terms, mail or content), in English and German, and keeps the
// story's own sentences about an agreement: one whose parties are third
// persons, a quoted one, one whose German "Sie" is "they", and one that
// says "agree" without what a form asks the reader to agree to. Fine print
// that has the reader agree to be contacted goes too, and so does the
// fine print that opens with the site's cookies and has the reader agree
// in its next sentence; the story's sentence about cookies that no reader
// agrees to stays.
func TestConsentLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		story []string
		line  string // set in after the story's third paragraph
		kept  bool
	}{
		{"en you", storyLines, "By signing up, you agree to our Privacy Policy and to receive our daily newsletter.", false},
		{"en I", storyLines, "I agree to receive marketing emails from the harbor authority.", false},
		{"de ich", storyLinesDE, "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", false},
		{"de Sie", storyLinesDE, "Mit der Anmeldung erklären Sie sich einverstanden, dass wir Ihnen den Newsletter per E-Mail schicken.", false},
		// Fine print that has the reader agree to be contacted.
		{"en contact", storyLines, "By submitting this form, you authorize the ferry company to contact you by SMS about timetable changes.", false},
		{"de kontakt", storyLinesDE, "Ich bin damit einverstanden, dass mich die Reederei per Telefon kontaktiert.", false},
		// Fine print that opens with what the site does with cookies.
		{"en site first", storyLines, "We use cookies to improve your visit. By clicking Accept, you consent to their use.", false},
		{"de site first", storyLinesDE, "Wir verwenden Cookies, um unser Angebot zu verbessern. Mit einem Klick auf Akzeptieren erklären Sie sich damit einverstanden.", false},
		// The story's own sentences.
		{"en site story", storyLines, "We use cookies in the ticket machines, the operator said. Passengers who accept them pay less.", true},
		{"en contact story", storyLines, "The ferry company agreed to contact every season ticket holder by text message before the closure.", true},
		{"de kontakt story", storyLinesDE, "Die Reederei war einverstanden, die Pendler per SMS zu kontaktieren, sagte der Sprecher.", true},
		{"en third", storyLines, "The ferry company said it would agree to the terms of use that the harbor authority set for the pier.", true},
		{"en quoted", storyLines, "“I agree with the new privacy rules for the pier,” the minister said.", true},
		{"en later", storyLines, "If you do not agree, you can take the bus. The authority will send an email to season ticket holders.", true},
		// A reader's or speaker's agreement that names a verb of contact, not a policy or channel.
		{"en receive story", storyLines, "I agree that commuters should receive a refund for the closure, the mayor told reporters on Monday.", true},
		{"de erhalten story", storyLinesDE, "Ich bin einverstanden, dass die Pendler eine Entschädigung erhalten, sagte die Bürgermeisterin am Montag.", true},
		{"de they", storyLinesDE, "Sie sind damit einverstanden, sagte der Sprecher der Pendler über die Datenschutz-Regeln der Reederei.", true},
	} {
		var lines []string
		lines = append(lines, "Ferry terminal to close for two years", "By Jane Roe", "")
		for i, p := range c.story {
			lines = append(lines, p, "")
			if i == 2 {
				lines = append(lines, c.line, "")
			}
		}
		lines = append(lines, "Privacy policy", "Terms of use")
		a := parseLines(t, lines)
		if got := slices.Contains(a.Paragraphs, c.line); got != c.kept {
			t.Errorf("%s: %q kept %v, want %v; paragraphs:\n%q", c.name, c.line, got, c.kept, a.Paragraphs)
		}
		for _, p := range c.story[1:] {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}

// TestConsentAlone checks that fine print that is all a text page's body
// holds stays: with no story beside it, the reading is wrong, and taking
// the line out would leave no story at all.
func TestConsentAlone(t *testing.T) {
	line := "By submitting this form, you agree to our Privacy Policy and to receive our newsletter by email."
	a := parseLines(t, []string{"Sign up for our newsletter", "", line, "", "Privacy policy", "Terms of use"})
	if !slices.Contains(a.Paragraphs, line) {
		t.Errorf("fine print alone dropped; paragraphs: %q", a.Paragraphs)
	}
}

// TestFormPitch checks that a form's pitch (a short paragraph that speaks
// to the reader right above the form's button and fine print) leaves a
// text page's body with the fine print, in English and German, and that
// the story's own paragraph right above a form stays.
func TestFormPitch(t *testing.T) {
	for _, c := range []struct {
		name  string
		story []string
		form  []string // set in after the story's third paragraph; form[0] is checked
		kept  bool
	}{
		{"en pitch", storyLines, []string{"Read the coast's top stories with your morning coffee, every weekday, free of charge.", "Submit",
			"By signing up, you agree to our Privacy Policy."}, false},
		{"de pitch", storyLinesDE, []string{"Lesen Sie die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.", "Absenden",
			"Ich bin damit einverstanden, dass mir der Newsletter per E-Mail geschickt wird."}, false},
		// The story's paragraph over the form speaks of the story, not to the reader.
		{"en story", storyLines, []string{"Commuters said the ferry terminal closure would add ten minutes to their trips.", "Submit",
			"By signing up, you agree to our Privacy Policy."}, true},
		{"de story", storyLinesDE, []string{"Die Pendler sagten, die Fähren am Behelfsanleger fahren seltener.", "Absenden",
			"Ich bin damit einverstanden, dass mir der Newsletter per E-Mail geschickt wird."}, true},
	} {
		a := parseLines(t, boxedStory(c.story, c.form))
		if got := slices.Contains(a.Paragraphs, c.form[0]); got != c.kept {
			t.Errorf("%s: %q kept %v, want %v; paragraphs:\n%q", c.name, c.form[0], got, c.kept, a.Paragraphs)
		}
		for _, p := range c.story[1:] {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}
