package wirestory

import (
	"slices"
	"strings"
)

// This file takes out of a text page's body the labels of the buttons
// that open and close a part of the page: a box set into the story that
// the reader unfolds ("Box aufklappen" / "Box zuklappen", "Show more
// Show less", "Vis mer"), a picture or a player that goes full screen
// ("Развернуть на весь экран", "Exit full screen"). On an HTML page they
// are buttons; a browser's innerText writes each label as a short line of
// its own, often the opening and the closing label one under the other,
// and the body carries them between the story's paragraphs. The words are
// each language's ordinary label for the button: a story has no line that
// says only that, and the line holds few words besides the label (what
// the box is: "Personen-Box aufklappen").

// disclosureLabels are whole labels, lower-cased: a line that is one of
// them, or two of them run together ("Vis mer Vis mindre"), is a button's.
var disclosureLabels = map[string]bool{
	"show more": true, "show less": true, "see more": true, "see less": true, "expand": true,
	"collapse": true, "expand all": true, "collapse all": true, "full screen": true, "fullscreen": true,
	"exit full screen": true, "exit fullscreen": true, "enter full screen": true,
	"mehr anzeigen": true, "weniger anzeigen": true, "vollbild": true, "vollbild beenden": true,
	"vis mer": true, "vis mindre": true, "visa mer": true, "visa mindre": true, "vis mere": true,
	"afficher plus": true, "afficher moins": true, "voir plus": true, "voir moins": true, "plein écran": true,
	"mostrar más": true, "mostrar menos": true, "ver más": true, "ver menos": true, "pantalla completa": true,
	"mostra di più": true, "mostra meno": true, "schermo intero": true,
	"toon meer": true, "toon minder": true, "volledig scherm": true,
	"развернуть": true, "свернуть": true, "развернуть на весь экран": true,
	"выйти из полноэкранного режима": true, "полноэкранный режим": true,
}

// disclosureVerbs open or close a named box, the verb after the box's
// name ("Personen-Box aufklappen"): German words that name only a button's
// act. A label that sets its verb first ("Expand table") is not read: a
// subhead may open so ("Expand your network").
var disclosureVerbs = []string{"aufklappen", "zuklappen", "ausklappen", "einklappen"}

// maxDisclosureNameWords is the most words a button's label names its box
// with, besides the verb.
const maxDisclosureNameWords = 2

// isDisclosureLabel reports whether s, a line of a text page, is only the
// label of a button that opens or closes a part of the page.
func isDisclosureLabel(s string) bool {
	l := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if l == "" || len(l) > 60 {
		return false
	}
	if disclosureLabels[l] {
		return true
	}
	// l is its words joined by single spaces: a label ends at a space.
	for i := 0; i < len(l); i++ {
		// Two labels run together: the opening and the closing one.
		if l[i] == ' ' && disclosureLabels[l[:i]] && disclosureLabels[l[i+1:]] {
			return true
		}
	}
	if n := strings.Count(l, " ") + 1; n < 2 || n > maxDisclosureNameWords+1 {
		return false
	}
	return slices.Contains(disclosureVerbs, l[strings.LastIndexByte(l, ' ')+1:])
}

// markDisclosureLabels marks as chrome the lines of a text page's body
// start..end that no rule claimed and that are a button's label that
// opens or closes a part of the page (isDisclosureLabel), and returns the
// body's start moved past the claimed lines that open it.
func markDisclosureLabels(ss []slot, start, end int) int {
	if start < 0 {
		return start
	}
	for i := start; i <= end && i < len(ss); i++ {
		if s := &ss[i]; s.role == roleUnknown && s.kind == kindLine && s.f.words <= 8 && isDisclosureLabel(s.text) {
			s.role = roleChrome
		}
	}
	for start < end && ss[start].role != roleUnknown {
		start++
	}
	return start
}
