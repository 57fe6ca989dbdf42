package wirestory

import (
	"strings"
	"testing"
)

// guideSection is one item of a buyer's guide: a heading, two short
// lines of facts and a paragraph.
type guideSection struct{ head, brand, price, para string }

// guidePage writes a buyer's guide as a scraper writes a dump one block
// per line, with no blank line at all: a menu, the headline and byline,
// an intro paragraph, a heading over its focus, the guide's sections, a
// closing heading and paragraph, a share bar and a footer.
func guidePage(menu, top []string, intro string, secs []guideSection, close, foot []string) []string {
	lines := append(append(append([]string{}, menu...), top...), intro)
	for _, s := range secs {
		lines = append(lines, s.head, s.brand, s.price, s.para)
	}
	return append(append(lines, close...), foot...)
}

// TestProseGaps checks that a dump written one block per line whose
// story sets a short paragraph between groups of short lines (a buyer's
// guide: heading, brand, price, paragraph) keeps its top: the intro and
// the first sections, which the scorer, with no blank line under each
// paragraph, took for the menu above the story; that the menu and the
// footer stay out; and that the lines keep the blank lines the dump gave
// them. In English and German.
func TestProseGaps(t *testing.T) {
	en := []guideSection{
		{"Compact Weight Bench", "Brand pick: Iron Works Flat Bench", "Price: $299", "A solid, space-saving bench is perfect for strength training and folds away when the room is needed for something else. Reviewers who tried it."},
		{"Adjustable Dumbbells", "Brand pick: Coreline Adjustable Set", "Price: $150", "An even more cost-effective option, this set is compact and durable, and it replaces a whole rack of fixed weights. Reviewers who tried it."},
		{"Jump Rope", "Brand pick: Swift Speed Rope", "Price: $30", "Perfect for cardio that needs no extra space, a rope builds stamina in a few minutes a day and travels anywhere. Reviewers who tried it."},
		{"Folding Treadmill", "Brand pick: Stride Fold 500", "Price: $499", "Compact and foldable, this treadmill adds steady cardio to a small flat and slides under a bed when you are done. Reviewers who tried it."},
		{"Power Tower", "Brand pick: Summit Power Tower", "Price: $199", "A durable station for bodyweight work, it covers pull-ups, dips and leg raises without taking much floor space. Reviewers who tried it."},
		{"Exercise Mat", "Brand pick: Calm Floor Mat", "Price: $30", "A thick, durable mat offers a safe and comfortable surface for stretching, core work and the floor exercises. Reviewers who tried it."},
	}
	de := []guideSection{
		{"Kompakte Hantelbank", "Empfehlung: Eisenwerk Flachbank", "Preis: 299 Euro", "Eine stabile, platzsparende Bank eignet sich gut für Krafttraining und lässt sich zusammenklappen, wenn der Raum gebraucht wird. Tester, die es einen Monat lang zu Hause."},
		{"Verstellbare Kurzhanteln", "Empfehlung: Kernlinie Hantelset", "Preis: 150 Euro", "Noch günstiger ist dieses Set, das kompakt und haltbar ist und ein ganzes Regal mit festen Gewichten ersetzt. Tester, die es einen Monat lang zu Hause."},
		{"Springseil", "Empfehlung: Flink Speedrope", "Preis: 30 Euro", "Für Ausdauertraining ohne zusätzlichen Platz baut ein Seil in wenigen Minuten am Tag Kondition auf und passt in jede Tasche. Tester, die es einen Monat lang zu Hause."},
		{"Klappbares Laufband", "Empfehlung: Schritt Falt 500", "Preis: 499 Euro", "Kompakt und klappbar bringt dieses Laufband gleichmäßiges Training in eine kleine Wohnung und verschwindet danach unter dem Bett. Tester, die es einen Monat lang zu Hause."},
		{"Kraftturm", "Empfehlung: Gipfel Kraftturm", "Preis: 199 Euro", "Eine robuste Station für Übungen mit dem eigenen Körpergewicht, für Klimmzüge, Dips und Beinheben auf wenig Fläche. Tester, die es einen Monat lang zu Hause."},
		{"Trainingsmatte", "Empfehlung: Ruhe Bodenmatte", "Preis: 30 Euro", "Eine dicke, haltbare Matte bietet eine sichere und bequeme Fläche für Dehnübungen, Rumpftraining und Bodenübungen. Tester, die es einen Monat lang zu Hause."},
	}
	for _, c := range []struct {
		name         string
		menu, top    []string
		intro        string
		focus        []string
		secs         []guideSection
		close, foot  []string
		closingProse string
	}{
		{"en", []string{"Home", "Shop", "Showrooms", "News", "Contact", "Account", "Cart 0", "News"},
			[]string{"The Best Home Gym Setups for Any Budget", "by Jane Roe on Jan 22, 2025"},
			"Building a home gym does not have to be expensive. No matter your budget, the right equipment turns a spare corner into a place to train every day.",
			[]string{"Home Gym Setup for $500", "Key focus: versatility and portability"}, en,
			[]string{"Final Thoughts", "No matter your budget, building a home gym is an investment in your health, and starting small is better than waiting for the perfect room."},
			[]string{"Share:", "Facebook", "Twitter", "Previous", "Next", "About us", "Careers", "Privacy", "Terms"}, ""},
		{"de", []string{"Start", "Shop", "Ausstellungen", "Aktuelles", "Kontakt", "Konto", "Warenkorb 0", "Aktuelles"},
			[]string{"Das beste Heimstudio für jedes Budget", "von Erika Muster am 22. Januar 2025"},
			"Ein Heimstudio muss nicht teuer sein. Mit der richtigen Ausrüstung wird aus einer freien Ecke ein Ort, an dem man jeden Tag trainieren kann.",
			[]string{"Heimstudio für 500 Euro", "Schwerpunkt: Vielseitigkeit und Mobilität"}, de,
			[]string{"Fazit", "Wie hoch das Budget auch ist, ein Heimstudio ist eine Investition in die Gesundheit, und klein anzufangen ist besser als auf den perfekten Raum zu warten."},
			[]string{"Teilen:", "Facebook", "Twitter", "Zurück", "Weiter", "Über uns", "Karriere", "Datenschutz", "Impressum"}, ""},
	} {
		lines := guidePage(c.menu, c.top, c.intro, nil, nil, nil)
		lines = append(lines, c.focus...)
		lines = append(lines, guidePage(nil, nil, "", c.secs, c.close, c.foot)[1:]...)
		a := parseLines(t, lines)
		kept := []string{c.intro, c.secs[0].para, c.secs[1].para, c.secs[len(c.secs)-1].para, c.close[1]}
		checkKeptOut(t, c.name, "menu or footer line", a.Paragraphs, kept, append([]string{c.menu[1], c.menu[4]}, c.foot[2:]...))

		// The blank line under a paragraph is the scorer's alone: the
		// lines keep what the dump and inferGaps gave them.
		bs := parseTextPage([]byte(strings.Join(lines, "\n"))).blocks
		for i := range bs {
			if bs[i].text == c.secs[1].head && (!bs[i].underProse || bs[i].scoredGap()) {
				t.Errorf("%s: %q: underProse %v, scored gap %v", c.name, bs[i].text, bs[i].underProse, bs[i].scoredGap())
			}
			if bs[i].text == c.secs[0].brand && bs[i].underProse {
				t.Errorf("%s: %q marked under prose", c.name, bs[i].text)
			}
		}
	}
}

// TestSpanProbsComments checks that spanProbs gives back the blank line
// under a paragraph above the comments section only: a thread whose
// lines under its comments are marked gets the probabilities as they
// were, the story's lines get new ones, and every line's bodyGap is as
// it was afterwards. In English and German.
func TestSpanProbsComments(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"en", []string{"Building a home gym does not have to be expensive, and the right equipment turns a spare corner into a place to train.", "Price: $299",
			"A solid bench is perfect for strength training and folds away when the room is needed for something else.", "Price: $150",
			"Comments", "Jane Roe says:", "I bought the bench last winter and my knees thank me every morning of the week.", "Reply"}},
		{"de", []string{"Ein Heimstudio muss nicht teuer sein, und die richtige Ausrüstung macht aus einer freien Ecke einen Ort zum Training.", "Preis: 299 Euro",
			"Eine stabile Bank eignet sich gut für Krafttraining und lässt sich zusammenklappen, wenn der Raum gebraucht wird.", "Preis: 150 Euro",
			"Kommentare", "Erika Muster schreibt:", "Ich habe die Bank im letzten Winter gekauft und meine Knie danken es mir jeden Morgen.", "Antworten"}},
	} {
		bs := make([]block, len(c.lines))
		ss := make([]slot, len(c.lines))
		for i, l := range c.lines {
			bs[i] = block{text: l, kind: kindLine}
			bs[i].measure()
			ss[i].block = &bs[i]
		}
		markUnderProse(bs)
		if !ss[1].underProse || !ss[7].underProse {
			t.Fatalf("%s: the lines under paragraphs are not marked", c.name)
		}
		comments := 4
		p := trainedBody.blockProbs(ss, true, -1, -1, comments)
		if q := trainedBody.spanProbs(ss, p, -1, -1, -1); &q[0] == &p[0] {
			t.Errorf("%s: no comments section: the story's lines under its paragraphs were not given their blank line", c.name)
		}
		// Only lines inside the thread marked: nothing to give back.
		for i := range ss[:comments] {
			ss[i].underProse = false
		}
		if q := trainedBody.spanProbs(ss, p, -1, -1, comments); &q[0] != &p[0] {
			t.Errorf("%s: a line inside the comments section was given a blank line", c.name)
		}
		for i := range ss {
			if ss[i].bodyGap {
				t.Errorf("%s: %q: bodyGap left set", c.name, ss[i].text)
			}
		}
	}
}
