package wirestory

import (
	"strings"
	"testing"
)

// menuHeadPage is a text dump of a site's menu under a list heading
// ("Tags"), its labels printed straight over the story's headline and deck
// with no blank line, then the story's caption, byline, date and body.
func menuHeadPage(heading string, labels []string, head, deck, caption, byline, date string, body []string) string {
	var b strings.Builder
	b.WriteString(heading + "\n")
	for _, l := range labels {
		b.WriteString(l + "\n")
	}
	b.WriteString(head + "\n")
	if deck != "" {
		b.WriteString(deck + "\n")
	}
	b.WriteString("\n" + caption + "\n\n" + byline + "\n\n" + date + "\n\n")
	b.WriteString(strings.Join(body, "\n\n") + "\n")
	return b.String()
}

var (
	menuLabelsDE = []string{"Aktuelles", "Politik", "Wirtschaft", "Immobilien", "Umwelt", "Soziales", "Panorama"}
	menuLabelsES = []string{"Portada", "Opinión", "Deportes", "Economía", "Cultura", "Sucesos"}
	menuLabelsEN = []string{"News", "Politics", "Business", "Real Estate", "Culture", "Travel"}
	menuBodyDE   = []string{
		"Die Polizei hat am Mittwochmorgen in einem Viertel der Stadt eine Wohnung durchsucht, die nur wenige Meter von einer Grundschule entfernt liegt.",
		"Viele Eltern der Schüler hatten sich seit Monaten über die Lage in der Straße beschwert und die Stadt um Hilfe gebeten, wie ein Sprecher sagte.",
		"Die Beamten nahmen bei dem Einsatz drei Männer fest und stellten mehrere Tüten mit Drogen, Bargeld und zwei Waagen sicher, hieß es weiter.",
		"Erst am Montag hatte die Polizei in einem anderen Viertel eine ähnliche Razzia durchgeführt, bei der ebenfalls mehrere Menschen festgenommen wurden.",
	}
	menuBodyES = []string{
		"La policía registró el miércoles por la mañana un piso en un barrio de la ciudad situado a pocos metros de un colegio de primaria.",
		"Muchos padres de los alumnos se habían quejado durante meses de la situación en la calle y habían pedido ayuda al ayuntamiento, según un portavoz.",
		"Los agentes detuvieron a tres hombres durante la operación e intervinieron varias bolsas con droga, dinero en efectivo y dos básculas.",
		"El lunes la policía ya había llevado a cabo una operación similar en otro barrio, en la que también fueron detenidas varias personas.",
	}
	menuBodyEN = []string{
		"Police searched a flat on Wednesday morning in a district of the city that stands only a few metres from a primary school, officers said.",
		"Many parents of the pupils had complained for months about the state of the street and had asked the council for help, a spokesman said.",
		"Officers arrested three men during the raid and seized several bags of drugs, cash and two sets of scales, according to the statement.",
		"On Monday the police had carried out a similar raid in another district, in which several people were also arrested and charged.",
	}
)

// TestHeadEndingList checks that the story's headline a text page prints
// straight under a menu's labels, with its deck, is read as the headline
// and not as the last item of the menu's list, in German, Spanish and
// English.
func TestHeadEndingList(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
	}{
		{"de", menuHeadPage("Tags", menuLabelsDE, "Nur 50 Meter von einer Schule entfernt: Zweite Drogenrazzia in zwei Tagen",
			"Eine halbe Hundertschaft der Polizei war am Mittwochmorgen im Viertel im Einsatz",
			"Polizei im Einsatz, hier bei der ersten Razzia am Montag / Foto: Anna Muster", "Anna Muster", "12. MÄR 2025 18:03", menuBodyDE),
			"Nur 50 Meter von einer Schule entfernt: Zweite Drogenrazzia in zwei Tagen"},
		{"es", menuHeadPage("Tags", menuLabelsES, "A cincuenta metros de un colegio: segunda redada antidroga en dos días",
			"Medio centenar de agentes de la Policía Nacional participaron el miércoles en el operativo",
			"Agentes de policía durante la primera redada del lunes / Foto: Ana Pérez", "Ana Pérez", "12/03/2025 18:03", menuBodyES),
			"A cincuenta metros de un colegio: segunda redada antidroga en dos días"},
		{"en", menuHeadPage("Tags", menuLabelsEN, "Just 50 Metres From a School: Second Drugs Raid in Two Days",
			"", "Police officers during Monday's first raid / Photo: Jane Roe", "Jane Roe", "March 12, 2025 6:03 pm", menuBodyEN),
			"Just 50 Metres From a School: Second Drugs Raid in Two Days"},
	} {
		a, err := Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Headline != c.want {
			t.Errorf("%s: headline %q, want %q", c.name, a.Headline, c.want)
		}
	}
}

// TestHeadEndingListCut checks, on the lines of text dumps in German,
// Spanish and English, that a list of a menu's labels printed straight over
// the story's headline and deck ends above the headline.
func TestHeadEndingListCut(t *testing.T) {
	for _, c := range []struct {
		name   string
		labels []string
		head   string
		deck   string
	}{
		{"de", menuLabelsDE, "Nur 50 Meter von einer Schule entfernt: Zweite Drogenrazzia in zwei Tagen", "Eine halbe Hundertschaft der Polizei war am Mittwochmorgen im Viertel im Einsatz"},
		{"es", menuLabelsES, "A cincuenta metros de un colegio: segunda redada antidroga en dos días", "Medio centenar de agentes de la Policía Nacional participaron el miércoles en el operativo"},
		{"en", menuLabelsEN, "Just 50 Metres From a School: Second Drugs Raid in Two Days", ""},
	} {
		lines := append(append([]string{}, c.labels...), c.head)
		if c.deck != "" {
			lines = append(lines, c.deck)
		}
		ss := make([]slot, 0, len(lines))
		pg := parseTextPage([]byte(strings.Join(lines, "\n") + "\n"))
		for i := range pg.blocks {
			ss = append(ss, slot{block: &pg.blocks[i]})
		}
		if len(ss) != len(lines) {
			t.Fatalf("%s: %d blocks, want %d", c.name, len(ss), len(lines))
		}
		if got, want := headEndingList(ss, 0, len(ss)-1), len(c.labels)-1; got != want {
			t.Errorf("%s: list ends at %d, want %d", c.name, got, want)
		}
	}
}

// TestHeadEndingListKeeps checks what stays in a list: a list of
// headlines, whose long last line is one more item; long lines under one
// or two labels only; more long lines at the list's end than a headline
// and its deck.
func TestHeadEndingListKeeps(t *testing.T) {
	line := func(text string, words int) slot {
		return slot{block: &block{text: text, kind: kindLine, f: features{words: words, titleLike: words > 3}}}
	}
	labels := []slot{line("Politik", 1), line("Wirtschaft", 1), line("Sport", 1)}
	head := line("Zweite Drogenrazzia in Palma innerhalb von zwei Tagen", 8)
	for _, c := range []struct {
		name string
		ss   []slot
	}{
		{"a list of headlines", []slot{line("Kommunen warnen vor Lebensgefahr durch Glatteis", 6), line("Kältewelle trifft auch die Urlaubsinsel", 5), line("Abba-Star trauert um seine frühere Frau", 6), head}},
		{"two labels", []slot{labels[0], labels[1], head}},
		{"three long lines", append(append([]slot{}, labels...), head, head, head)},
		{"a long line among the labels", append([]slot{labels[0], head}, labels...)},
		{"a last line of five words", append(append([]slot{}, labels...), line("Zweite Drogenrazzia in zwei Tagen", 5))},
	} {
		end := len(c.ss) - 1
		if got := headEndingList(c.ss, 0, end); got != end {
			t.Errorf("%s: list ends at %d, want %d", c.name, got, end)
		}
	}
}
