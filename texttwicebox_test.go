package wirestory

import (
	"strings"
	"testing"
)

// twiceBoxPage is a text dump whose site prints a box of its own (traffic
// news) twice: nav, the box, the story's headline over its date and byline
// line, the story, and the box again under it (its copy for narrow
// screens). With boxTwice false the box stands once.
func twiceBoxPage(nav, box []string, head, meta string, story []string, boxTwice bool) string {
	var b strings.Builder
	b.WriteString(strings.Join(nav, "\n") + "\n\n")
	b.WriteString(strings.Join(box, "\n\n") + "\n\n")
	b.WriteString(head + "\n" + meta + "\n\n")
	b.WriteString(strings.Join(story, "\n\n") + "\n\n")
	b.WriteString(strings.Join(nav, "\n") + "\n")
	if boxTwice {
		b.WriteString("\n" + strings.Join(box, "\n\n") + "\n")
	}
	return b.String()
}

var (
	twiceBoxDE = []string{
		"Bis 25. April, ab 22 Uhr: Wegen Bauarbeiten fahren die Züge der Linie zwischen den beiden Bahnhöfen nicht wie gewohnt, Busse ersetzen sie.",
		"Bis 13. Juni, Betriebsschluss: In den Nachtstunden werden sonntags bis donnerstags zwischen den Bahnhöfen im Zentrum Busse eingesetzt.",
		"Wegen einer Reparatur am Signal im Hauptbahnhof kommt es auf der Strecke in beiden Richtungen zu Verspätungen und einzelnen Ausfällen.",
	}
	twiceStoryDE = []string{
		"Das einst beliebte Hotel am Marktplatz ist seit dreißig Jahren geschlossen. Eine Theatergruppe hat nun die Erinnerungen der Zeitzeugen gesammelt.",
		"Das Hotel gehörte zur Stadt wie das Stahlwerk oder die alte Kirche. Nach der Wende stand es leer, die Fenster wurden mit Brettern vernagelt.",
		"Doch jetzt zieht wieder Leben ein. Mit dem Stück macht das Ensemble die Geschichte des Hauses für die Besucher an den alten Orten erlebbar.",
		"Wer an diesem Abend eine Bühne und lange Stuhlreihen erwartet hatte, wurde enttäuscht: Die Zuschauer werden in kleinen Gruppen durch das Haus geführt.",
		"Die Vorstellungen gibt es noch bis Mitte Mai täglich am Abend, Karten sind an der Kasse des Theaters und im Internet zu haben.",
	}
	twiceBoxES = []string{
		"Hasta el 25 de abril, desde las 22 horas: por obras en la vía, los trenes de la línea no circulan entre las dos estaciones y los sustituyen autobuses.",
		"Hasta el 13 de junio, al cierre: de domingo a jueves por la noche circulan autobuses entre las estaciones del centro en lugar de los últimos trenes.",
		"Por una avería en una señal de la estación central, los trenes de la línea circulan con retraso en ambos sentidos y algunos se han cancelado.",
	}
	twiceStoryES = []string{
		"El antiguo hotel de la plaza del mercado lleva treinta años cerrado. Un grupo de teatro ha reunido ahora los recuerdos de quienes trabajaron allí.",
		"El hotel formaba parte de la ciudad como la acería o la vieja iglesia. Tras la caída del muro quedó vacío y sus ventanas fueron tapiadas con tablas.",
		"Pero ahora la vida vuelve. Con su obra, la compañía hace revivir la historia de la casa para los visitantes en las mismas salas de entonces.",
		"Quien esperaba esa noche un escenario y largas filas de sillas se llevó una sorpresa: el público recorre la casa en pequeños grupos.",
		"La obra se representa todas las noches hasta mediados de mayo, y las entradas se venden en la taquilla del teatro y en su página web.",
	}
)

// TestSkipTwiceBox checks that a text page's body opens with the story
// under its head, not with a box the page prints twice above it, in
// German and Spanish.
func TestSkipTwiceBox(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
	}{
		{"de", twiceBoxPage([]string{"Verkehr", "U-Bahn", "Kultur", "Berlin"}, twiceBoxDE,
			"Premiere in der Stadt - Das alte Hotel öffnet als Theater noch einmal seine Türen", "Do 25.04.24 | 14:07 Uhr | Von Eva Muster", twiceStoryDE, true), twiceStoryDE[0]},
		{"es", twiceBoxPage([]string{"Tráfico", "Metro", "Cultura", "Madrid"}, twiceBoxES,
			"Estreno en la ciudad - El viejo hotel abre sus puertas una vez más como teatro", "Jue 25.04.24 | 14:07 | Por Ana Pérez", twiceStoryES, true), twiceStoryES[0]},
	} {
		a, err := Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(a.Paragraphs) == 0 || a.Paragraphs[0] != c.want {
			first := ""
			if len(a.Paragraphs) > 0 {
				first = a.Paragraphs[0]
			}
			t.Errorf("%s: body opens with %q, want %q", c.name, first, c.want)
		}
	}
}

// TestSkipTwiceBoxKeeps checks what stays: a body that opens with the same
// box printed once (it may be the story's own, over a teaser's head set
// into it), in German and Spanish.
func TestSkipTwiceBoxKeeps(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"de", twiceBoxPage([]string{"Verkehr", "U-Bahn", "Kultur", "Berlin"}, twiceBoxDE,
			"Premiere in der Stadt - Das alte Hotel öffnet als Theater noch einmal seine Türen", "Do 25.04.24 | 14:07 Uhr | Von Eva Muster", twiceStoryDE, false)},
		{"es", twiceBoxPage([]string{"Tráfico", "Metro", "Cultura", "Madrid"}, twiceBoxES,
			"Estreno en la ciudad - El viejo hotel abre sus puertas una vez más como teatro", "Jue 25.04.24 | 14:07 | Por Ana Pérez", twiceStoryES, false)},
	} {
		ss, start, end := classifyPage(parseTextPage([]byte(c.page)), &trainedBody)
		if start < 0 {
			t.Fatalf("%s: no body", c.name)
		}
		if got := skipTwiceBox(ss, start, end); got != start {
			t.Errorf("%s: body moved from %d to %d", c.name, start, got)
		}
	}
}

// TestSkipTwiceBoxOnce checks, on the lines of a body that opens with a
// box over the story's head, that the box is skipped only when the page
// prints it again: printed once, in German and Spanish, the body keeps it.
func TestSkipTwiceBoxOnce(t *testing.T) {
	for _, c := range []struct {
		name       string
		box, story []string
		head, meta string
	}{
		{"de", twiceBoxDE, twiceStoryDE, "Premiere in der Stadt - Das alte Hotel öffnet als Theater noch einmal seine Türen", "Do 25.04.24 | 14:07 Uhr | Von Eva Muster"},
		{"es", twiceBoxES, twiceStoryES, "Estreno en la ciudad - El viejo hotel abre sus puertas una vez más como teatro", "Jue 25.04.24 | 14:07 | Por Ana Pérez"},
	} {
		body := append(append(append([]string{}, c.box...), c.head, c.meta), c.story...)
		for _, twice := range []bool{false, true} {
			lines := body
			if twice {
				lines = append(append([]string{}, body...), c.box...)
			}
			ss := slotsOf(lines...)
			end := len(body) - 1
			want := 0
			if twice {
				want = len(c.box) + 2
			}
			if got := skipTwiceBox(ss, 0, end); got != want {
				t.Errorf("%s, box twice %v: body opens at %d, want %d", c.name, twice, got, want)
			}
		}
	}
}
