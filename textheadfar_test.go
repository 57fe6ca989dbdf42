package wirestory

import (
	"fmt"
	"strings"
	"testing"
)

// TestNotHeadline checks the lines that are never a text page's
// headline: a picture's credit or a date behind their label, in several
// languages; and headlines that hold such a word after their opening.
func TestNotHeadline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Bildrechte: Beispiel Agentur | Jana Muster", true},
		{"Foto: Jana Muster", true},
		{"Image credit: Jane Roe", true},
		{"Photo credit: Example Images", true},
		{"Crédito: Juana Ejemplo", true},
		{"Stand: 20:03 Uhr", true},
		{"Hardened Images: Security Checked by an Outside Lab", false},
		{"Die Bilder des Jahres: Was uns bewegt hat", false},
		{"Photo finish: Runner wins the city marathon by a step", false},
		{"Harbor ferry returns after two-year pause", false},
	} {
		s := slot{block: &block{text: c.in}}
		if got := notHeadline(&s); got != c.want {
			t.Errorf("notHeadline(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// farHeadPage returns a text page whose head (headline, deck, byline,
// date) stands far above the body, past a paywall's offers of n lines,
// with the headline printed again at the page's foot when again is set.
func farHeadPage(lang string, n int, again bool) string {
	var b strings.Builder
	head := map[string][]string{
		"en": {"Home", "News", "Local",
			"City gives up office space, now it cannot bring staff back",
			"Weeks before the return-to-office date, the city handed back three floors of its tower.",
			"By Jane Roe", "Published May 12, 2024"},
		"de": {"Start", "Nachrichten", "Region",
			"Stadt gibt Büroflächen auf und kann Personal nicht zurückholen",
			"Wochen vor der Rückkehr ins Büro gab die Stadt drei Etagen ihres Turms zurück.",
			"Von Jana Muster", "Veröffentlicht am 12.05.2024"},
	}[lang]
	body := map[string][]string{
		"en": {"The city handed back three floors of its office tower in January, weeks before it asked its staff to come back to the office four days a week.",
			"Now the office space is gone, and the staff who were told to return have nowhere to sit, the city's documents show.",
			"A spokesperson said the city would look for new space before the summer."},
		"de": {"Die Stadt gab im Januar drei Etagen ihres Büroturms zurück, Wochen bevor sie ihr Personal an vier Tagen der Woche zurück ins Büro rief.",
			"Nun fehlen die Büroflächen, und das Personal, das zurückkehren soll, hat keinen Platz, wie Unterlagen der Stadt zeigen.",
			"Eine Sprecherin sagte, die Stadt suche bis zum Sommer neue Räume."},
	}[lang]
	for _, l := range head {
		b.WriteString(l + "\n")
	}
	for i := range n {
		fmt.Fprintf(&b, "Offer %d\nAll access plan %d\n", i, i)
	}
	b.WriteString("If you are a print subscriber, online access is included in your plan.\n\n")
	for _, p := range body {
		b.WriteString(p + "\n\n")
	}
	b.WriteString("Share this story\n")
	if again {
		b.WriteString(head[3] + "\n")
	}
	return b.String()
}

// TestHeadFarAbove checks that the head set far above the body, past a
// paywall's offers, gives the headline when the line the scorer chose
// heads nothing, in English and German; and that it is not taken when
// the page prints it once only, when no byline or date stands under it,
// or when a byline stands under the chosen line.
func TestHeadFarAbove(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		t.Run(lang, func(t *testing.T) {
			ss, start, _ := classifyPage(parseTextPage([]byte(farHeadPage(lang, 30, true))), &trainedBody)
			if start < 60 {
				t.Fatalf("body starts at %d: the test needs another page", start)
			}
			at := prevLive(ss, start-1) // the subscribers' line
			if got := headFarAbove(ss, at, start); got != 3 {
				t.Errorf("head far above: %d, want 3 (%q)", got, ss[3].text)
			}
			a, err := Parse(strings.NewReader(farHeadPage(lang, 30, true)))
			if err != nil {
				t.Fatal(err)
			}
			if want := ss[3].text; a.Headline != want {
				t.Errorf("headline %q, want %q", a.Headline, want)
			}
			// Printed once only, with a date under it but no byline:
			// the line may be a teaser's.
			ss, start, _ = classifyPage(parseTextPage([]byte(farHeadPage(lang, 30, false))), &trainedBody)
			ss[5].role = roleJunk
			if got := headFarAbove(ss, prevLive(ss, start-1), start); got != -1 {
				t.Errorf("headline printed once: %d, want -1", got)
			}
			// No byline or date line under the head: a line the page
			// prints twice, not the story's head.
			ss, start, _ = classifyPage(parseTextPage([]byte(farHeadPage(lang, 30, true))), &trainedBody)
			ss[5].role, ss[6].role = roleJunk, roleJunk
			if got := headFarAbove(ss, prevLive(ss, start-1), start); got != -1 {
				t.Errorf("no byline or date under the head: %d, want -1", got)
			}
			// A byline and a date line stand between the chosen line
			// (the deck) and the body: it belongs to the head.
			ss, start, _ = classifyPage(parseTextPage([]byte(farHeadPage(lang, 30, true))), &trainedBody)
			if got := headFarAbove(ss, 4, start); got != -1 {
				t.Errorf("a date line under the choice: %d, want -1", got)
			}
		})
	}
}

// TestHeadFarAboveSigned checks that a head signed and dated (a labelled
// byline and a date line under it) is the headline though the page prints
// it once only and though it stands more than maxFarHead lines above the
// body, in English and German; and that neither holds for a head with a
// date alone, a deck under its headline, or a breadcrumb's step.
func TestHeadFarAboveSigned(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		t.Run(lang, func(t *testing.T) {
			for _, n := range []int{30, 80} {
				ss, start, _ := classifyPage(parseTextPage([]byte(farHeadPage(lang, n, false))), &trainedBody)
				if start < 2*n {
					t.Fatalf("body starts at %d: the test needs another page", start)
				}
				at := prevLive(ss, start-1)
				if got := headFarAbove(ss, at, start); got != 3 {
					t.Errorf("%d offers: head far above %d, want 3 (%q)", n, got, ss[3].text)
				}
				// The byline left out: a date alone signs no head.
				ss[5].role = roleJunk
				if got := headFarAbove(ss, at, start); got != -1 {
					t.Errorf("%d offers, no byline: %d, want -1", n, got)
				}
			}
			// A deck without its full stop reads as a head too, but it
			// stands right under the headline: the headline is taken.
			page := farHeadPage(lang, 80, false)
			page = strings.Replace(page, "tower.\n", "tower\n", 1)
			page = strings.Replace(page, "Turms zurück.\n", "Turms zurück\n", 1)
			ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
			at := prevLive(ss, start-1)
			if !headlineShaped(&ss[4]) {
				t.Fatalf("the deck %q does not read as a head: the test needs another", ss[4].text)
			}
			if got := headFarAbove(ss, at, start); got != 3 {
				t.Errorf("deck under the headline: %d, want 3", got)
			}
			// A breadcrumb's step is no head, nor the line under it.
			ss[3].text = "Home » " + ss[3].text
			ss[4].role = roleJunk
			if got := headFarAbove(ss, at, start); got != -1 {
				t.Errorf("breadcrumb: %d, want -1", got)
			}
			// Printed twice with a date alone under it: beyond
			// maxFarHead lines only a signed head is read.
			ss, start, _ = classifyPage(parseTextPage([]byte(farHeadPage(lang, 80, true))), &trainedBody)
			ss[5].role = roleJunk
			if got := headFarAbove(ss, at, start); got != -1 {
				t.Errorf("unsigned head %d lines above: %d, want -1", start-3, got)
			}
			// A line of more than maxSignedHeadWords words is a
			// standfirst or a notice, not the head.
			ss, start, _ = classifyPage(parseTextPage([]byte(farHeadPage(lang, 80, false))), &trainedBody)
			ss[3].f.words = maxSignedHeadWords + 1
			if got := headFarAbove(ss, at, start); got != -1 {
				t.Errorf("long head: %d, want -1", got)
			}
		})
	}
}

// TestHeadSigned checks the lines under a head that sign and date it: a
// labelled byline, or a label alone over the names, and a date; not a
// name alone, a count that reads as a date, or one of the two alone.
func TestHeadSigned(t *testing.T) {
	for _, c := range []struct {
		below []string
		want  bool
	}{
		{[]string{"By Jane Roe", "Published May 12, 2024"}, true},
		{[]string{"Written by Jane Roe", "Researched by John Doe", "Updated on February 24, 2026"}, true},
		{[]string{"By", "Jane Roe", "Jane Roe", "Last Updated: Dec 17, 2025 • 5 min read"}, true},
		{[]string{"Von Jana Muster", "Aktualisiert am 12.05.2024"}, true},
		{[]string{"Por Juana Ejemplo", "12 de mayo de 2024"}, true},
		{[]string{"Jane Roe", "Published May 12, 2024"}, false},
		{[]string{"By Jane Roe", "0 out of 0"}, false},
		{[]string{"Published May 12, 2024"}, false},
		{[]string{"By Jane Roe", "Share this story"}, false},
	} {
		ss := []slot{{block: &block{text: "Harbor ferry returns after two-year pause"}}}
		for _, l := range c.below {
			ss = append(ss, slot{block: &block{text: l}})
		}
		if got := headSigned(ss, 0, len(ss)); got != c.want {
			t.Errorf("%q under the head: %v, want %v", c.below, got, c.want)
		}
	}
}

// TestMetaUnderHead checks the lines that mark a head far above the
// body: a date with its digits and a labelled byline, not a menu entry
// that reads as a relative date ("Tech Today") or a name alone.
func TestMetaUnderHead(t *testing.T) {
	for _, c := range []struct {
		below string
		want  bool
	}{
		{"Published May 12, 2024", true},
		{"2024-05-12 02:37:08", true},
		{"By Jane Roe", true},
		{"Von Jana Muster", true},
		{"Tech Today", false},
		{"Jane Roe", false},
		{"Staff Directory", false},
	} {
		ss := []slot{{block: &block{text: "Harbor ferry returns after two-year pause"}}, {block: &block{text: c.below}}, {block: &block{text: "Body"}}}
		if got := metaUnderHead(ss, 0, 2); got != c.want {
			t.Errorf("%q under the head: %v, want %v", c.below, got, c.want)
		}
	}
}

// TestCreditNoHeadline checks that the headline scorer never takes a
// picture's labelled credit, whatever its weights say: a scorer that
// weighs a line naming a picture above all takes the line below the
// credit, in German and English.
func TestCreditNoHeadline(t *testing.T) {
	m := trainedBody
	m.head[hPictureWords] = 100
	for _, page := range []string{`Startseite
Nachrichten
Bayern
Die Landessynode tagt in einem Saal in der Altstadt.
Bildrechte: Beispiel Agentur | Jana Muster
Foto der Woche: Die Altstadt im Nebel
22.04.2024, 17:26 Uhr
Landeskirche will Missbrauch aufarbeiten

In der Altstadt hat die Landessynode am Montag beschlossen, die Fälle von Missbrauch in der Landeskirche aufzuarbeiten und Betroffene zu entschädigen.
Die Synode will dafür eine unabhängige Kommission einsetzen, die im Herbst ihre Arbeit aufnehmen soll.
`, `Home
News
Region
The synod meets in a hall in the old town.
Image credit: Example Agency | Jane Roe
Photo of the week: The old town in the fog
April 22, 2024, 5:26 pm
Church will look into abuse cases

In the old town, the church synod decided on Monday to look into cases of abuse in the church and to pay those affected.
The synod wants to set up an independent commission, which is to start its work in the autumn.
`} {
		ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
		if start < 8 {
			t.Fatalf("body starts at %d: the test needs another page", start)
		}
		i := m.textHeadline(ss, start)
		if i != 5 {
			t.Errorf("headline line %d, want 5 (%q)", i, ss[5].text)
			if i >= 0 {
				t.Logf("took %q", ss[i].text)
			}
		}
	}
}
