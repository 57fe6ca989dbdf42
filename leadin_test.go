package wirestory

import (
	"strings"
	"testing"
)

// leadInPages are stories written for these tests in which a short line
// ending in a colon, most of it a link, leads in to a list inside the
// body; a linked headline between later paragraphs stays out.
var leadInPages = []struct {
	name, page, leadIn, out string
}{
	{"en", `<!doctype html><html lang="en"><head><title>Council votes to keep night buses</title></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>Council votes to keep night buses</h1>
<p class="byline">By Tom Reyes</p>
<p>The city council voted on Thursday to keep the night bus network running for another two years, after a campaign by shift workers and students.</p>
<p>The vote was 31 to 12, with most of the opposition coming from members who wanted the money spent on daytime routes instead.</p>
<p>Under <a href="/2024/transport-plan">the new transport plan</a>:</p>
<ul><li>Buses will run every twenty minutes after midnight on the busiest routes</li>
<li>Drivers will get a second break on shifts that end after four in the morning</li>
<li>The quietest routes will be reviewed again next spring</li></ul>
<p>Campaigners said the service was a lifeline for nurses, cleaners and bar staff who finish work after the last trains have gone.</p>
<p><a href="/2024/tram-extension">Tram extension to open in the spring</a></p>
<p>The council will review passenger numbers again next year before deciding on the routes with the fewest riders.</p>
</article><footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>`,
		"Under the new transport plan:", "Tram extension"},
	{"de", `<!doctype html><html lang="de"><head><title>Stadtrat behält Nachtbusse</title></head>
<body><nav><a href="/">Start</a> <a href="/stadt">Stadt</a></nav>
<article><h1>Stadtrat behält Nachtbusse</h1>
<p class="byline">Von Anna Berger</p>
<p>Der Stadtrat hat am Donnerstag beschlossen, das Netz der Nachtbusse zwei weitere Jahre zu betreiben, nach einer Kampagne von Schichtarbeitern und Studenten.</p>
<p>Die Abstimmung endete mit 31 zu 12 Stimmen, die meisten Gegner wollten das Geld lieber für Linien am Tag ausgeben.</p>
<p>Nach <a href="/2024/verkehrsplan">dem neuen Verkehrsplan</a> gilt:</p>
<ul><li>Die Busse fahren nach Mitternacht auf den vollsten Linien alle zwanzig Minuten</li>
<li>Fahrer bekommen eine zweite Pause bei Schichten, die nach vier Uhr morgens enden</li>
<li>Die leersten Linien werden im nächsten Frühjahr erneut geprüft</li></ul>
<p>Die Aktivisten sagten, der Dienst sei für Pflegekräfte, Reinigungskräfte und Barpersonal unverzichtbar, die nach der letzten Bahn Feierabend haben.</p>
<p><a href="/2024/strassenbahn">Straßenbahn fährt im Frühjahr weiter</a></p>
<p>Der Stadtrat will die Fahrgastzahlen im nächsten Jahr erneut prüfen, bevor er über die Linien mit den wenigsten Fahrgästen entscheidet.</p>
</article><footer><p>Copyright 2024 Beispiel Nachrichten. Alle Rechte vorbehalten.</p></footer></body></html>`,
		"Nach dem neuen Verkehrsplan gilt:", "Straßenbahn fährt"},
}

// TestLinkedLeadIn checks that a short line inside a story that ends in a
// colon keeps its place above the list it leads in to when most of its
// text is a link, and that a linked headline between later paragraphs
// stays out.
func TestLinkedLeadIn(t *testing.T) {
	for _, tc := range leadInPages {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			body := strings.Join(a.Paragraphs, "\n")
			if !strings.Contains(body, tc.leadIn) {
				t.Errorf("the lead-in %q is dropped: %q", tc.leadIn, a.Paragraphs)
			}
			if strings.Contains(body, tc.out) {
				t.Errorf("paragraphs hold %q: %q", tc.out, a.Paragraphs)
			}
		})
	}
	for text, want := range map[string]int{
		"Per the transport plan:":            minLinkedLeadIn,
		"Nach dem neuen Verkehrsplan gilt: ": minLinkedLeadIn,
		"Read the transport plan.":           minLinkedWords,
	} {
		if got := linkedWordsFloor(text); got != want {
			t.Errorf("linkedWordsFloor(%q) = %d, want %d", text, got, want)
		}
	}
}
