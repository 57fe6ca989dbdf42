package wirestory

import (
	"strings"
	"testing"
)

// TestListItemNumber checks the numbers a list's items open with, and
// lines that open with a number in other ways.
func TestListItemNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"5. Example Camp: Low Fees", 5},
		{"7 . Example Identity Guard", 7},
		{"2) Plan your savings", 2},
		{"12. Paso final", 12},
		{"10 things to know about the new bridge", -1},
		{"2025. The year in pictures", -1},
		{"3.5 million people voted", -1},
		{"Step 1. Plan", -1},
		{"1.", -1},
	} {
		if got := listItemNumber(c.in); got != c.want {
			t.Errorf("listItemNumber(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestListItemHead checks that a numbered item of a guide, with the item
// after it on the page, is never a text page's headline, in English and
// German; and that a headline opening with a number and a full stop ("1.
// FC …"), with no other item, stays one.
func TestListItemHead(t *testing.T) {
	for _, c := range []struct{ page, item, want string }{
		{`Home
Personal
Business
Rates
Pay My Loan
Login
Top Nine Money Tips for Working Adults
Once you are settled in your career, a few habits make your money go further.
Table of Contents
Set Goals
Make a Plan for Saving
Protect Against Risk
Set Goals
1. Determine your goals
Your money moves need to be linked to your goals, so write them down and put a date next to each one before you start.
Do you want to buy a house, for example? Then one of your goals is the down payment, and you need a plan to save it over a few years.
Factor in all your goals, not just savings goals: a house, a car, a trip, a course.
2. Manage your income and expenses
Nothing gives you a firmer footing than knowing what comes in and what goes out each month, so keep a simple budget.
Make a Plan for Saving
3. Pay yourself first
Put a share of each pay check into savings before you pay anything else, and let the bank move it for you on payday.
Protect Against Risk
4. Buy the insurance you need
A sudden illness or a crash can undo years of saving, so check that your health, car and home are covered well enough.
`, "1. Determine your goals", ""},
		{`Start
Privat
Firmen
Zinsen
Kredit zahlen
Anmelden
Neun Geldtipps für Berufstätige
Wer im Beruf angekommen ist, kann mit ein paar Gewohnheiten mehr aus seinem Geld machen.
Inhalt
Ziele setzen
Einen Sparplan machen
Gegen Risiken schützen
Ziele setzen
1. Ziele festlegen
Jede Entscheidung über Geld sollte zu einem Ziel passen, also schreiben Sie Ihre Ziele auf und setzen Sie jedem ein Datum.
Wollen Sie etwa ein Haus kaufen? Dann ist die Anzahlung eines Ihrer Ziele, und Sie brauchen einen Plan, um sie in ein paar Jahren anzusparen.
Denken Sie an alle Ziele, nicht nur an das Sparen: ein Haus, ein Auto, eine Reise, einen Kurs.
2. Einnahmen und Ausgaben im Blick behalten
Nichts gibt mehr Sicherheit, als zu wissen, was jeden Monat hereinkommt und was hinausgeht, also führen Sie ein einfaches Haushaltsbuch.
Einen Sparplan machen
3. Zuerst sich selbst bezahlen
Legen Sie von jedem Gehalt einen Teil zurück, bevor Sie etwas anderes bezahlen, und lassen Sie die Bank das am Zahltag erledigen.
`, "1. Ziele festlegen", ""},
		{`Start
Sport
1. FC Beispielstadt gewinnt den Pokal nach Elfmeterschießen
Von Jana Muster
12.05.2024
Der 1. FC Beispielstadt hat am Samstag den Pokal gewonnen, nach einem langen Abend und einem Elfmeterschießen, das erst im zehnten Versuch entschieden wurde.
Die Mannschaft feierte danach mit ihren Fans auf dem Rathausplatz bis spät in die Nacht.
`, "", "1. FC Beispielstadt gewinnt den Pokal nach Elfmeterschießen"},
	} {
		ss, start, _ := classifyPage(parseTextPage([]byte(c.page)), &trainedBody)
		for i := range ss {
			if c.item != "" && ss[i].text == c.item && !listItemHead(ss, i) {
				t.Errorf("%q: not read as a list's item", c.item)
			}
		}
		// A scorer that weighs nothing but the distance takes the
		// nearest line above the body: the item, were it not left out.
		flat := trainedBody
		flat.head = headModel{}
		flat.headTrees = nil
		flat.head[hDistance] = -1
		if i := flat.textHeadline(ss, start); i >= 0 && c.item != "" && ss[i].text == c.item {
			t.Errorf("the scorer took the item %q", c.item)
		}
		if c.want != "" {
			a, err := Parse(strings.NewReader(c.page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != c.want {
				t.Errorf("headline %q, want %q", a.Headline, c.want)
			}
		}
	}
}
