package wirestory

import (
	"slices"
	"testing"
)

// TestListedSectionsPastRepeatedLine checks that a checklist's body goes
// on through every section its list of contents names when a picture's
// credit set under the list is printed again under a middle section (in
// English and in Spanish): the body ends at the last section's last item,
// above the share bar, and keeps every item between.
func TestListedSectionsPastRepeatedLine(t *testing.T) {
	page := func(intro, credit, share string, heads []string, items [][]string) []string {
		lines := []string{"Checklist", "", intro, ""}
		lines = append(append(lines, heads...), credit)
		for k, h := range heads {
			lines = append(lines, "", h)
			lines = append(lines, items[k]...)
			if k == 1 {
				lines = append(lines, credit) // the same credit under this section's picture
			}
		}
		return append(lines, "", share, "Contact us")
	}
	en := page("Moving house takes months of planning, and this checklist sets out what to do at each stage so that nothing is forgotten.",
		"Photo by Ana Field via Home Studio", "Share this article",
		[]string{"Twelve weeks before the move", "Ten weeks before the move", "Eight weeks before the move", "Six weeks before the move", "Four weeks before the move", "Moving day itself"},
		[][]string{
			{"Set a budget for the move", "Ask three movers for quotes"},
			{"Book the moving company", "Order boxes and tape"},
			{"Sort out the garage", "Sell what you will not take"},
			{"Tell the bank your new address", "Move the internet contract"},
			{"Pack the rooms you use least", "Label every box by room"},
			{"Read the meters before leaving", "Hand over the old keys"},
		})
	es := page("Mudarse de casa exige meses de preparación, y esta lista explica qué hacer en cada etapa para que nada quede olvidado.",
		"Foto de Ana Campo vía Estudio Casa", "Compartir este artículo",
		[]string{"Doce semanas antes de la mudanza", "Diez semanas antes de la mudanza", "Ocho semanas antes de la mudanza", "Seis semanas antes de la mudanza", "Cuatro semanas antes de la mudanza", "El día de la mudanza"},
		[][]string{
			{"Fijar un presupuesto para la mudanza", "Pedir tres presupuestos"},
			{"Contratar la empresa de mudanzas", "Comprar cajas y cinta"},
			{"Ordenar el garaje", "Vender lo que no se llevará"},
			{"Avisar al banco de la nueva dirección", "Trasladar el contrato de internet"},
			{"Empaquetar las habitaciones menos usadas", "Etiquetar cada caja por habitación"},
			{"Leer los contadores antes de salir", "Entregar las llaves viejas"},
		})
	for _, c := range []struct {
		name, lastItem string
		lines          []string
	}{
		{"English", "Hand over the old keys", en},
		{"Spanish", "Entregar las llaves viejas", es},
	} {
		ss := slotsOf(c.lines...)
		start := slices.IndexFunc(ss, func(s slot) bool { return s.f.words > 15 })
		end := start + 1
		for end+1 < len(ss) && !ss[end+1].gap {
			end++ // the body ends under the list of contents, above the first section
		}
		for i := range ss {
			if isChromeText(ss[i].text, ss[i].f.sentence) {
				ss[i].role = roleChrome
			}
		}
		got := keepListedSections(ss, start, end, -1)
		want := slices.IndexFunc(ss, func(s slot) bool { return s.text == c.lastItem })
		if got != want {
			t.Errorf("%s: body ends at %d %q, want %d %q", c.name, got, ss[got].text, want, ss[want].text)
		}
	}
}

// TestOrderedHeads checks the longest run of heads in the list's order
// and the refusal of heads set line under line.
func TestOrderedHeads(t *testing.T) {
	for _, c := range []struct {
		name        string
		ms          []headMatch
		found, last int
	}{
		{"none", nil, 0, -1},
		{"in order", []headMatch{{10, 0}, {20, 1}, {30, 2}}, 3, 30},
		{"a late entry printed early", []headMatch{{10, 0}, {15, 5}, {20, 1}, {30, 2}, {40, 3}}, 4, 40},
		{"an entry printed twice", []headMatch{{10, 0}, {20, 1}, {25, 1}, {30, 2}}, 3, 30},
		{"line under line", []headMatch{{10, 0}, {11, 1}, {12, 2}}, 3, -1},
	} {
		found, last := orderedHeads(c.ms)
		if found != c.found || last != c.last {
			t.Errorf("%s: got %d heads ending at %d, want %d at %d", c.name, found, last, c.found, c.last)
		}
	}
}
