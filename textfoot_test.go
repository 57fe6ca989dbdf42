package wirestory

import "testing"

// TestKeepProseOverFoot checks that the closing paragraphs of a story
// that stand right over its share bar or its date line are the body's,
// in English and in Spanish, and that paragraphs over a menu, a promo
// paragraph and paragraphs the scorer rejects are not.
func TestKeepProseOverFoot(t *testing.T) {
	list := []string{"Inside, you will find the timetables of every ferry of the harbor:", "The early boats", "The night boats", "The weekend boats"}
	closing := []string{"You will also see how the new pier changes the walk from the station.", "Use this guide to plan your crossing before the terminal closes."}
	esList := []string{"Dentro encontrará los horarios de todos los transbordadores del puerto:", "Los barcos de la mañana", "Los barcos de la noche", "Los barcos del fin de semana"}
	esClosing := []string{"También verá cómo el nuevo muelle cambia el camino desde la estación.", "Use esta guía para planear su travesía antes del cierre de la terminal."}
	page := func(body, tail []string, foot ...string) []string {
		lines := []string{storyLines[0], ""}
		lines = append(lines, body...)
		for _, l := range tail {
			lines = append(lines, "", l)
		}
		return append(append(lines, ""), foot...)
	}
	for _, c := range []struct {
		name  string
		lines []string
		p     float32 // the scorer's odds for the paragraphs under the body
		kept  int     // how many of them join the body
	}{
		{"over a share bar", page(list, closing, "Share", "Download the guide"), 0.2, 2},
		{"over the date line", page(list, closing, "Published March 3, 2025"), 0.2, 2},
		{"Spanish, over a share bar", page(esList, esClosing, "Compartir", "Descargar"), 0.2, 2},
		{"over a menu", page(list, closing, "Timetables", "Fares", "About"), 0.2, 0},
		{"a promo paragraph", page(list, []string{"Register today for the harbor pass and save on every crossing this year."}, "Share"), 0.2, 0},
		{"paragraphs the scorer rejects", page(list, closing, "Share"), 0.1, 0},
	} {
		ss := slotsOf(c.lines...)
		end := len(list) // the body: the first line and the list
		p := make([]float32, len(ss))
		for i := range p {
			p[i] = 0.8
			if i > end {
				p[i] = c.p
			}
			if isChromeText(ss[i].text, ss[i].f.sentence) {
				ss[i].role = roleChrome
			}
		}
		if got := keepProseOverFoot(ss, p, 0.5, end, -1); got != end+c.kept {
			t.Errorf("%s: body ends at %d %q, want %d", c.name, got, ss[got].text, end+c.kept)
		}
	}
}
