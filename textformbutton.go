package wirestory

// This file takes out of a text page's body the buttons of a form set into
// the story: the short lines between the form's pitch, a paragraph that
// speaks to the reader ("Sie können sich hier den externen Inhalt mit
// einem Klick anzeigen lassen"), and its fine print ("Ich bin damit
// einverstanden, dass mir externe Inhalte angezeigt werden"), both of
// which markFormPitch and markConsentLines take: "Externen Inhalt
// anzeigen", "Allow content", "Sign up". On an HTML page they are the
// form's controls and go with it; in a dump they read as subheads. A line
// held between two lines of the form is the form's: a story's subhead
// heads a paragraph of the story, not a form's fine print.

// markFormButtons marks as chrome the lines between the pitch of a form at
// pitch and its fine print at fine that markFormPitch passed over as the
// form's buttons: short lines, no paragraphs, that no rule took.
func markFormButtons(ss []slot, pitch, fine int) {
	for k := pitch + 1; k < fine; k++ {
		if s := &ss[k]; s.role == roleUnknown && !s.f.prose && s.f.words <= maxBarWords {
			s.role = roleChrome
		}
	}
}
