package wirestory

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" for no date
	}{
		{"Stand: 08.07.2026 05:00 Uhr", "2026-07-08 05:00"},
		{"18.07.2024, 11.08 Uhr  7 min", "2024-07-18 11:08"},
		{"Publié le 12 avril 2015 à 22h23 - Mis à jour le 13 avril 2015 à 12h28", "2015-04-12 22:23"},
		{"By Jane Roe published 19 May 2026", "2026-05-19 00:00"},
		{"2025年1月14日 20:00", "2025-01-14 20:00"},
		{"입력 2026.07.12 22:09", "2026-07-12 22:09"},
		{"PUBLISHED FRI, APR 28 2023 2:23 PM EDT", "2023-04-28 14:23"},
		{"2 minute readApril 25, 20232:26 PM GMT+2", "2023-04-25 14:26"},
		{"Publiziert17. Dezember 2024, 12:17", "2024-12-17 12:17"},
		{"10/07/2026 00:50 Actualizado a 10/07/2026 22:39", "2026-07-10 00:50"},
		{"söndag 2 augusti 2026", "2026-08-02 00:00"},
		{"3 de julio de 2024", "2024-07-03 00:00"},
		{"Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, 27 April 2024", "2024-04-27 00:00"},
		// Years of two digits, with dots only.
		{"25.4.24", "2024-04-25 00:00"},
		{"15.10.24 23:35", "2024-10-15 23:35"},
		{"Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27 07:39"},
		{"Do 25.04.24 | 14:07 Uhr | Von Jane Roe", "2024-04-25 00:00"},
		{"Palma, Mallorca15.04.25 09:56", "2025-04-15 09:56"},
		{"Version 2.4.1", ""},
		{"Score 3.5.100", ""},
		{"15/10/24", ""},
		{"UPDATED 3 MAY 2024 10:00", "2024-05-03 10:00"},
		{"Posted on march 3, 2024", "2024-03-03 00:00"},
		{"am 3. März 2024", "2024-03-03 00:00"},
		{"The mayor met them in 2024", ""},
		{"© Published “March 3, 2024”", "2024-03-03 00:00"},
		{"Publié le 3 févr. 2024", "2024-02-03 00:00"},
		{"The council met on Tuesday and voted.", ""},
		{"Call 555-12-2024 now", ""},
		{"31.02.2024", ""},
	} {
		got, ok := findDate(c.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02 15:04")
		}
		if s != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.in, s, c.want)
		}
	}
	if _, ok := findDate(string(make([]byte, maxDateLine+1))); ok {
		t.Error("a line longer than maxDateLine gave a date")
	}
	_ = time.UTC
}

// TestShownDates checks which date the head of a text page gives: a date
// the page calls the publication's over a date alone nearer the body (a
// clip's), a date line the body scorer took for the first paragraph, and
// no date from a caption below the first paragraph or from a teaser, but
// a date alone on its line that the teaser list holds.
func TestShownDates(t *testing.T) {
	const story = "\n\nThe harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it." +
		"\n\nWork on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters." +
		"\n\nLocal fishermen, who had opposed an earlier version of the plan, said they were satisfied with the changes.\n\nImprint\n"
	for _, c := range []struct {
		name, head, want string
	}{
		{"published beats a clip's date", "News\nHarbour board backs new quay\nVeröffentlicht am 27.04.24 um 07:39 Uhr\nAudio 03:07 Min. | 25.04.24 | Jane Roe\n", "2024-04-27"},
		{"date as the first paragraph", "News\nHarbour board backs new quay\nJane Roe\n\n25/04/2026 Actualizado a las 15:10h.", "2026-04-25"},
		{"no date from a caption", "News\nHarbour board backs new quay\n\nThe board voted to build a new quay on the old fish market's site, ending a two-year dispute over the harbour's future.\n" +
			"Boats in the harbour at dawn on 15 May 2025, in the old town. Jane Roe / Example Press\nMadrid-29/05/2025 20:00", "2025-05-29"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(c.head + story))
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format("2006-01-02"); a.Published.IsZero() || got != c.want {
				t.Errorf("published = %v, want %s", a.Published, c.want)
			}
		})
	}
	// consider reads a date alone that a teaser list holds, and no other
	// line of a teaser or caption.
	for _, c := range []struct {
		s    slot
		want bool
	}{
		{slotOf("06 February 2026", roleTeaser), true},
		{slotOf("Harbour board backs quay, 06 February 2026", roleTeaser), false},
		{slotOf("Boats at dawn on 15 May 2025", roleCaption), false},
		{slotOf("15 May 2025", roleUnknown), true},
	} {
		var d shownDate
		d.consider(&c.s)
		if got := !d.published.IsZero(); got != c.want {
			t.Errorf("consider(%q, role %d) read a date: %v, want %v", c.s.text, c.s.role, got, c.want)
		}
	}
}

// slotOf returns a slot of text with a role.
func slotOf(text string, r role) slot {
	b := &block{text: text}
	b.measure()
	return slot{block: b, role: r}
}

// TestNoDateFromComments checks that a text page whose head shows no date
// gets none from its readers' comments, and still gets the date a line
// below the story shows before the comments begin, though the story's own
// relative time ("3 hours ago") above the body looks like a comment's.
func TestNoDateFromComments(t *testing.T) {
	const head = "News\nHarbour board backs new quay\nPublished 3 hours ago\n"
	const story = "\n\nThe harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it." +
		"\n\nWork on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters." +
		"\n\nLocal fishermen, who had opposed an earlier version of the plan, said they were satisfied with the changes." +
		"\n\nThe quay will give the ferry company room for a second boat, which it has said it would order once the work was under way." +
		"\n\nThe board will meet again next month to choose a builder from the four companies that have bid for the contract.\n"
	const comments = "\nShare\n12 comments\nSubscribe\n12 comments\n\nHarbourWatcher\n\nle 22/11/2024 à 09:47\n\nAbout time this was done.\n\n" +
		"OldSalt\n\nle 22/11/2024 à 09:24\n\nThe fish market deserved better.\n\nImprint\n"
	a, err := Parse(strings.NewReader(head + story + comments))
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.IsZero() {
		t.Errorf("published = %v from a comment, want none", a.Published)
	}
	// The same page with the story's date on a line below it, before the
	// comments: that date is read.
	a, err = Parse(strings.NewReader(head + story + "\n21 November 2024\n" + comments))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format("2006-01-02"); got != "2024-11-21" {
		t.Errorf("published = %v, want 2024-11-21 (the date shown before the comments)", a.Published)
	}
}

// TestUnglueCapsMonth checks a label in capitals cut from the month's name
// glued after it, so that the date is read; and lines left as they are
// when the word is no label and month in capitals before a day.
func TestUnglueCapsMonth(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"GEARAPR 28, 2024 10:00 AM", "GEAR APR 28, 2024 10:00 AM"},
		{"SCIENCEDECEMBER 3, 2023", "SCIENCE DECEMBER 3, 2023"},
		{"DECEMBER 3, 2023", "DECEMBER 3, 2023"},
		{"Gearapr 28, 2024", "Gearapr 28, 2024"},
		{"GEARAPR TEAM", "GEARAPR TEAM"},
		{"ÉTÉAPR 28, 2024", "ÉTÉAPR 28, 2024"},
	} {
		if got := unglueCapsMonth(c.in); got != c.want {
			t.Errorf("unglueCapsMonth(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	d, ok := findDate("GEARAPR 28, 2024 10:00 AM")
	if !ok || d.Year() != 2024 || d.Month() != 4 || d.Day() != 28 {
		t.Errorf("findDate of a glued label: %v %v, want 2024-04-28", d, ok)
	}
}

// Czech, Slovak and some German pages put a space (often a no-break or a
// thin one) after each dot of a numeric date. Those dates are read; other
// numbers with spaced dots, relative times and dates without a year are not.
func TestFindDateSpacedDots(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" for no date
	}{
		{"28.\u20094.\u20092023, 18:41 Uhr", "2023-04-28 18:41"},          // German, thin spaces
		{"Aktualizováno 6.\u00a011.\u00a02025 12:56", "2025-11-06 12:56"}, // Czech, no-break spaces
		{"Publikované 3. 2. 2026 o 9:15", "2026-02-03 09:15"},             // Slovak, plain spaces
		{"Vydáno 31. 10. 2025 17:46 | Praha", "2025-10-31 17:46"},
		{"Kapitel 3. 4. Absatz", ""},     // no year
		{"Platz 1. 2. 2000er Jahre", ""}, // the year runs on: not a date
		{"vor 3 Stunden", ""},            // relative: no date to invent
		{"před 2 hodinami", ""},
		{"8. 1. 26", ""},        // two-digit year with spaces: not read
		{"123. 4. 2023", ""},    // three-digit day
		{"31. 2. 2024", ""},     // no such day
		{"5.\u20035. 2024", ""}, // an em space is no date's space
	} {
		got, ok := findDate(c.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02 15:04")
		}
		if s != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.in, s, c.want)
		}
	}
	// A line that is a date and little else reads the same way.
	for in, want := range map[string]string{
		"28. 4. 2023":                    "2023-04-28",
		"6.\u00a011.\u00a02025 12:56":    "2025-11-06",
		"28. 4. 2023, 18:41 Uhr":         "2023-04-28",
		"Kapitel 3. 4. und Anhang 5. 6.": "",
	} {
		d := parseDateText(in)
		got := ""
		if d.ok {
			got = d.t.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("parseDateText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCloseSpacedDate(t *testing.T) {
	for in, want := range map[string]string{
		"28. 4. 2023, 18:41":                     "28.4.2023, 18:41",
		"am 1.\u00a02.\u00a02024 und 3. 4. 2025": "am 1.2.2024 und 3.4.2025",
		"Version 2. 4. 1":                        "Version 2. 4. 1",
		"Nr. 5. 6. 20245":                        "Nr. 5. 6. 20245",
		"no date here":                           "no date here",
		"12. 4.2023":                             "12. 4.2023",
	} {
		if got := closeSpacedDate(in); got != want {
			t.Errorf("closeSpacedDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// captionDatePage returns a text page whose head prints no date, with a
// caption that ends in the day its picture was taken right under the
// first paragraph, and, when info is set, the page's date line below the
// body.
func captionDatePage(lang string, info bool) string {
	p := map[string][]string{
		"en": {"Home", "World", "Europe",
			"Both armies prepare for the spring, and the river is the front",
			"Tanks and lorries have moved east for weeks along the motorway from the border, and each convoy brings more of them to the front.",
			"Soldiers repair a bridge near the river front, 24 April 2023",
			"Every one of these tanks will be needed in the weeks to come, officers in the capital said on Friday.",
			"The army has been training new brigades for months, and their commanders say they are ready to move.",
			"Where the attack will come is one of the best kept secrets of the war, the officers said.",
			"Share this story", "28.04.2023"},
		"de": {"Start", "Welt", "Europa",
			"Beide Armeen bereiten sich auf den Frühling vor, der Fluss ist die Front",
			"Panzer und Lastwagen fahren seit Wochen über die Autobahn von der Grenze nach Osten, und jeder Konvoi bringt mehr von ihnen an die Front.",
			"Soldaten reparieren eine Brücke nahe der Front am Fluss, 24. April 2023",
			"Jeden dieser Panzer werde man in den kommenden Wochen brauchen, sagten Offiziere in der Hauptstadt am Freitag.",
			"Die Armee bildet seit Monaten neue Brigaden aus, und ihre Kommandeure sagen, sie seien bereit.",
			"Wo der Angriff kommen wird, sei eines der am besten gehüteten Geheimnisse des Krieges, sagten die Offiziere.",
			"Artikel teilen", "28.04.2023"},
	}[lang]
	if !info {
		p = p[:len(p)-1]
	}
	return strings.Join(p, "\n\n") + "\n"
}

// TestCaptionDateNotPublished checks that a caption's date, the day its
// picture was taken ("..., 24 April 2023"), is not read as the story's, in
// English and German: the page's own date line is taken when it prints
// one, and no date when it does not. A date line with a weekday or a
// label before the comma is still a date line.
func TestCaptionDateNotPublished(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		for _, info := range []bool{true, false} {
			want := ""
			if info {
				want = "2023-04-28"
			}
			if got := publishedDay(t, captionDatePage(lang, info)); got != want {
				t.Errorf("%s, date line %v: published %q, want %q", lang, info, got, want)
			}
		}
	}
	for in, want := range map[string]bool{
		"Soldiers repair a bridge near the front, 24 April 2023": true,
		"Soldaten reparieren eine Brücke, 24. April 2023":        true,
		"Sunday, 31.03.2019":                                     false,
		"sexta-feira, 22 de outubro de 2010 às 20:13":            false,
		"24 April 2023":                                          false,
		"The army trained new brigades, officers said on Friday": false,
		"SRF 4 News, 15.4.2024, 10:05 Uhr; srf/ab;cd":            false,
	} {
		if got := isCaptionDate(in); got != want {
			t.Errorf("isCaptionDate(%q) = %v, want %v", in, got, want)
		}
	}
}

// publishedDay parses page and returns the day it was published on, as
// 2006-01-02, or "" when Parse gives no date.
func publishedDay(t *testing.T, page string) string {
	t.Helper()
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}

// TestPostSignatureNotPublished checks that the date under an embedded
// social post ("— Jane Roe (@janeroe) March 3, 2024") is not read as the
// story's, in English and German, while the story's own date line still
// is; and what isPostSignature takes for a signature.
func TestPostSignatureNotPublished(t *testing.T) {
	page := map[string][]string{
		"en": {"Home", "News",
			"Bus company cuts night services across the city from next month",
			"The city's bus company will cut most of its night services from next month, it said on Monday, blaming a shortage of drivers.",
			"We are sorry to announce changes to our night buses from 1 September. pic.twitter.com/abc",
			"— City Buses (@citybuses) August 5, 2024",
			"Passengers who work late said the cuts would leave them with no way home after midnight.",
			"The company said it hoped to bring the services back once it had hired more drivers.",
			"A council spokesperson said the council was talking to the company about the cuts."},
		"de": {"Start", "Nachrichten",
			"Busbetrieb streicht ab nächstem Monat Nachtlinien in der ganzen Stadt",
			"Der Busbetrieb der Stadt streicht ab nächstem Monat die meisten Nachtlinien, teilte er am Montag mit, und nennt den Mangel an Fahrern als Grund.",
			"Wir bedauern, Änderungen an unseren Nachtbussen ab 1. September anzukündigen. pic.twitter.com/abc",
			"— Stadtbus (@stadtbus) 5. August 2024",
			"Fahrgäste, die spät arbeiten, sagten, sie kämen nach Mitternacht nicht mehr nach Hause.",
			"Der Betrieb hofft, die Linien wieder aufzunehmen, sobald er mehr Fahrer eingestellt hat.",
			"Ein Sprecher der Stadt sagte, man spreche mit dem Betrieb über die Kürzungen."},
	}
	dateLine := map[string]string{"en": "Published 4 August 2024", "de": "Veröffentlicht am 04.08.2024"}
	for _, lang := range []string{"en", "de"} {
		for _, dated := range []bool{false, true} {
			p := slices.Clone(page[lang])
			want := ""
			if dated {
				p = slices.Insert(p, 3, dateLine[lang])
				want = "2024-08-04"
			}
			if got := publishedDay(t, strings.Join(p, "\n\n")+"\n"); got != want {
				t.Errorf("%s, date line %v: published %q, want %q", lang, dated, got, want)
			}
		}
	}
	for in, want := range map[string]bool{
		"— City Buses (@citybuses) August 5, 2024": true,
		"— Stadtbus (@stadtbus) 5. August 2024":    true,
		"Follow us (@citybuses)":                   false,
		"Jane Roe (@ Reuters) August 5, 2024":      false,
		"August 5, 2024":                           false,
	} {
		if got := isPostSignature(in); got != want {
			t.Errorf("isPostSignature(%q) = %v, want %v", in, got, want)
		}
	}
}
