package wirestory

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestHeadByline has one case per form of byline that headByline reads
// beyond parseCreditLine, and lines of the head that are no byline, all
// written for this test.
func TestHeadByline(t *testing.T) {
	for _, c := range []struct {
		in       string
		people   []string
		labelled bool
	}{
		// A label and a colon, a byline word, the kind of piece.
		{"Von: Jonas Beispiel", []string{"Jonas Beispiel"}, true},
		{"Autor: Lena Muster und Paul Probe, Ankara", []string{"Lena Muster", "Paul Probe"}, true},
		{"Author of the article: Mara Quill", []string{"Mara Quill"}, true},
		{"di Carla Esempio", []string{"Carla Esempio"}, true},
		{"av Sigrid Prøve", []string{"Sigrid Prøve"}, true},
		{"Kommentar von Nils Fiktiv", []string{"Nils Fiktiv"}, true},
		{"Eine Analyse von Nils Fiktiv", []string{"Nils Fiktiv"}, true},
		{"Opinion by Dana Sample", []string{"Dana Sample"}, true},
		{"ByDana Sample", []string{"Dana Sample"}, true},
		{"bySauro Ejemplo", []string{"Sauro Ejemplo"}, true},
		{"Von Lena Muster Landespolitische Korrespondentin", []string{"Lena Muster"}, true},
		// Names and nothing else, perhaps with job titles, a place or
		// the site's name.
		{"Julia Probe | Clara Test", []string{"Julia Probe", "Clara Test"}, false},
		{"Trine Eksempel og Tora Prøvesen", []string{"Trine Eksempel", "Tora Prøvesen"}, false},
		{"Mario Ficticio, Lucía Inventada (Enviada especial)", []string{"Mario Ficticio", "Lucía Inventada"}, false},
		{"Daniel Musterer Redakteur", []string{"Daniel Musterer"}, false},
		{"Quinn Example Parliamentary editor", []string{"Quinn Example"}, false},
		{"Hana Sample – Journalist in Paris", []string{"Hana Sample"}, false},
		{"Ola Sample/Kari Example", []string{"Ola Sample", "Kari Example"}, false},
		{"DANA SAMPLE FOR EXAMPLE.COM", []string{"DANA SAMPLE"}, false},
		{"Dana SampleTravel News Reporter", []string{"Dana Sample"}, false},
		{"Jane McExample", []string{"Jane McExample"}, false},
		{"Lena Muster, XYZ NORDLAND", []string{"Lena Muster"}, false},
		// No byline.
		{"Kommentar von", nil, true},
		{"Marketing Director", nil, false},
		{"The Example Courier", nil, false},
		{"Actualizado Lunes", nil, false},
		{"Ministers agree on new rules", nil, false},
		{"Officials said the talks would resume.", nil, false},
		{"Jane Example/Reuters", nil, false},
	} {
		got, labelled := headByline(c.in)
		if !slices.Equal(got, c.people) || len(c.people) > 0 && labelled != c.labelled {
			t.Errorf("headByline(%q) = %q %v, want %q %v", c.in, got, labelled, c.people, c.labelled)
		}
	}
}

// TestIsBylineLabel checks the labels a page prints alone above its
// writers' names.
func TestIsBylineLabel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"von", true}, {"By", true}, {"Author of the article:", true}, {"Autor:", true},
		{"Kommentar von", true}, {"Ein Kommentar von", true},
		{"Jane Roe", false}, {"Teilen", false}, {"By the numbers", false}, {"Photos by", false},
	} {
		if got := isBylineLabel(c.in); got != c.want {
			t.Errorf("isBylineLabel(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestReadHeadLine checks the meta lines readHeadLine reads beyond
// readMetaLine: names beside a date, a reading time or the site's name,
// and the careful reading of names parseCreditLine reads too.
func TestReadHeadLine(t *testing.T) {
	for _, c := range []struct {
		in     string
		ok     bool
		people []string
		date   string // the day read, "" for none
	}{
		{"Dana Sample | 3 min read", true, []string{"Dana Sample"}, ""},
		{"Carla Esempio 4 Febbraio 2025 - 14:41", true, []string{"Carla Esempio"}, "2025-02-04"},
		{"Hana Sample · Example News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8, 2024", true,
			[]string{"Hana Sample"}, "2024-08-08"},
		{"Hana Sample · Example News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8", true,
			[]string{"Hana Sample"}, "2024-08-08"},
		// A day and month alone, with no full date before them, is no date.
		{"Hana Sample · Example News · Kiosk August 8", false, nil, ""},
		{"Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Jonas Beispiel", true, []string{"Jonas Beispiel"}, "2024-04-28"},
		{"Published May 12, 2024, Dana Sample", true, []string{"Dana Sample"}, "2024-05-12"},
		// After the date, a place is no writer.
		{"Published May 12, 2024, Hamburg", true, nil, "2024-05-12"},
		{"Jonas Beispiel24.04.2024, 19:35 Uhr", true, []string{"Jonas Beispiel"}, "2024-04-24"},
		{"Kolumne von Nils Fiktiv - 28.04.2024 um 08:52 Uhr - 12 Kommentare", true, []string{"Nils Fiktiv"}, "2024-04-28"},
		{"Mara Quill|Published 15 hours ago", true, []string{"Mara Quill"}, ""},
		{"Quinn Example 7 hours", true, []string{"Quinn Example"}, ""},
		// A reading time after the names, with no mark between them.
		{"Dana Sample 2 minutes read", true, []string{"Dana Sample"}, ""},
		{"Lena Muster 4 Min. Lesezeit", true, []string{"Lena Muster"}, ""},
		{"Read 2 minutes", false, nil, ""},
		{"Harbour board backs quay 3 min read", false, nil, ""},
		{"Von Lena Muster Landespolitische Korrespondentin", true, []string{"Lena Muster"}, ""},
		{"Robert Roe, Ap National Security Writer", true, []string{"Robert Roe"}, ""},
		// A source credits a chart or a picture, not the writers.
		{"Source: Example Project", true, nil, ""},
		// Names alone, with nothing that marks them as a byline.
		{"Dana Sample", false, nil, ""},
		{"Dana Sample | Clara Test", false, nil, ""},
	} {
		ml, ok := readHeadLine(c.in)
		day := ""
		if ml.date.ok {
			day = ml.date.t.Format("2006-01-02")
		}
		if ok != c.ok || !slices.Equal(ml.credit.people, c.people) || day != c.date {
			t.Errorf("readHeadLine(%q) = %q %s %v, want %q %s %v", c.in, ml.credit.people, day, ok, c.people, c.date, c.ok)
		}
	}
}

// TestIsDateLine checks the lines of a head that give its date in part,
// and lines that do not.
func TestIsDateLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"12.05.2024, 10:00 Uhr", true},
		{"PUBLISHED 3 SECONDS AGO", true},
		{"vor 3 Stunden", true},
		{"Publiziert heute um 12:19 Uhr", true},
		{"Uppdaterad 15.59 | Publicerad 14.14", true},
		{"tirsdag 5. august kl. 14:47", true},
		{"9:51", true},
		{"Jane Roe", false},
		{"3 min read", false},
		{"The mayor spoke for 20 minutes before the vote.", false},
		{"Heute im Programm", false},
	} {
		if got := isDateLine(c.in); got != c.want {
			t.Errorf("isDateLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestIsReadingTime checks reading times in several languages.
func TestIsReadingTime(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"3 min read", true}, {"Lesedauer: 4 Min.", true}, {"5 minutos de lectura", true}, {"7 min", true},
		{"Minute by minute", false}, {"3 dead in crash", false},
	} {
		if got := isReadingTime(c.in); got != c.want {
			t.Errorf("isReadingTime(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestPlausibleNames checks that a capitalized phrase made of the story's
// own words, or holding a label of the page's furniture, is no name.
func TestPlausibleNames(t *testing.T) {
	words := setOf("healthy", "eating", "tips", "for", "the", "winter", "green")
	got := plausibleNames([]string{"Healthy Eating Tips", "Post Tags", "Madison Green", "Dana Sample"}, &storyWordSet{m: words})
	if want := []string{"Madison Green", "Dana Sample"}; !slices.Equal(got, want) {
		t.Errorf("plausibleNames = %q, want %q", got, want)
	}
}

// TestTextBylines reads the byline of text pages that print it in the
// ways browser dumps show: a label alone above the names, names alone next
// to the date, one writer a line, a byline below the summary. Each page
// checks the story's paragraphs too: a byline taken from below the summary
// leaves the body, and no paragraph goes with it.
func TestTextBylines(t *testing.T) {
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	const para3 = "Local fishermen, who had opposed an earlier version of the plan, said they were satisfied with the changes."
	for _, c := range []struct {
		name string
		head string
		want []string
	}{
		{"label above names", "News\nPort\nHarbour board backs new quay\nvon\nLena Muster\n12.03.2024, 10:15 Uhr\n", []string{"Lena Muster"}},
		{"label above lines of names", "News\nPort\nHarbour board backs new quay\nBy\nDana SampleNews Reporter\nQuinn ExampleNews Reporter\nMara Quill\n", []string{"Dana Sample", "Quinn Example", "Mara Quill"}},
		{"name below date", "News\nPort\nHarbour board backs new quay\n12.03.2024, 10:15 Uhr\nLena Muster\nTeilen\n", []string{"Lena Muster"}},
		{"name above relative date", "News\nPort\nHarbour board backs new quay\nDANA SAMPLE\nPUBLISHED 3 HOURS AGO\nShare\n", []string{"DANA SAMPLE"}},
		{"labelled byline above a picture credit", "News\nPort\nHarbour board backs new quay\nVon Lena Muster\nJane Doe/REUTERS\n", []string{"Lena Muster"}},
		{"names in a list's run beside the date", "Trending\nHome › News › Port\nHarbour board backs new quay\nLena Muster\nPublished Mar 12, 2024, 10:15am\n|Updated Mar 12, 2024, 6:39pm\nShare this article\n", []string{"Lena Muster"}},
		{"name and reading time", "News\nPort\nHarbour board backs new quay\nNovember 6, 2025\n Lena Muster 2 minutes read\nFacebook X LinkedIn Share via Email Print\n", []string{"Lena Muster"}},
		{"one writer a line", "News\nPort\nHarbour board backs new quay\nIngrid Prøve – Journalist\nKari Eksempel – Journalist i Bergen\nPublisert 12.03.2024, kl. 10.15\n", []string{"Ingrid Prøve", "Kari Eksempel"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := c.head + "\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\nImprint\nPrivacy\n"
			a, err := Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Byline, c.want) {
				t.Errorf("byline = %q, want %q", a.Byline, c.want)
			}
			if want := []string{para1, para2, para3}; !slices.Equal(a.Paragraphs, want) {
				t.Errorf("paragraphs = %q, want %q", a.Paragraphs, want)
			}
		})
	}
	// A byline below the first paragraph, which may be the summary: the
	// byline leaves the body, the paragraphs stay; and a byline that says
	// "von" wins over a place below the headline shaped like a name.
	page := "News\nPort\nHarbour board backs new quay\nSchwarzwald Nord\n12.03.2024\n\n" + para1 +
		"\n\nKommentar von Nils Fiktiv\n\n" + para2 + "\n\n" + para3 + "\n\nImprint\n"
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Nils Fiktiv"}; !slices.Equal(a.Byline, want) {
		t.Errorf("byline below the first paragraph = %q, want %q", a.Byline, want)
	}
	if want := []string{para1, para2, para3}; !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs = %q, want %q", a.Paragraphs, want)
	}
}

// TestOpensWithBylineLabel keeps a line that says "by" in any language
// above a picture's credit as a byline, and leaves a caption that does not
// to the picture.
func TestOpensWithBylineLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"By Jane Roe":                       true,
		"Von Lena Muster":                   true,
		"di Luca Esempio":                   true,
		"Autor: Lena Muster":                true,
		"Kommentar von Nils Fiktiv":         true,
		"Lena Muster spricht im Hafen":      false,
		"Die Kaimauer im Hafen, im Mai.":    false,
		"Vorne links: Lena Muster im Hafen": false,
	} {
		if got := opensWithBylineLabel(s); got != want {
			t.Errorf("opensWithBylineLabel(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTextBylineRefusals reads no byline from a caption above a picture's
// credit that no label introduces, nor from names in a list of other
// stories that no date line follows.
func TestTextBylineRefusals(t *testing.T) {
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	for _, head := range []string{
		"News\nPort\nHarbour board backs new quay\nLena Muster im Hafen\nJane Doe/REUTERS\n",
		"News\nPort\nHarbour board backs new quay\nVon links: Lena Muster und Nils Fiktiv\nJane Doe/REUTERS\n",
		"Trending\nHome › News › Port\nHarbour board backs new quay\nLena Muster\nShare this article\n",
	} {
		a, err := Parse(strings.NewReader(head + "\n" + para1 + "\n\n" + para2 + "\n\nImprint\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Byline) > 0 {
			t.Errorf("byline of %q = %q, want none", head, a.Byline)
		}
	}
}

// TestIsTimedByline tells a byline beside a date or reading time, which a
// site label's words may have marked as chrome, from the label alone.
func TestIsTimedByline(t *testing.T) {
	for s, want := range map[string]bool{
		"Dana Sample 2 minutes read":           true,
		"Dana Sample | 5 min read":             true,
		"Dana Sample | Published May 12, 2024": true,
		"2 minutes read":                       false,
		"Dana Sample":                          false,
		"Listen to this article 3 min":         false,
	} {
		if got := isTimedByline(s); got != want {
			t.Errorf("isTimedByline(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBylineUnderHeadline reads the story's byline from the line right
// below its headline, not another story's byline nearer the body; and
// keeps the byline nearer the body where it names the same writer and
// more.
func TestBylineUnderHeadline(t *testing.T) {
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Porto\nIl consiglio del porto approva il nuovo molo dopo mesi di discussione\ndi Luca Esempio\n\nIl progetto divide i pescatori del porto da mesi, e il voto di ieri sera chiude una lunga discussione\n\n05 GENNAIO 2025\nAGGIORNATO ALLE 16:01\n\n" +
			"Il consiglio del porto ha approvato ieri sera il progetto del nuovo molo, dopo una seduta durata sei ore e un voto che ha diviso la maggioranza.\n\n" +
			"Pescatori in piazza contro il molo, la protesta davanti al municipio\ndi Carla Prova\n20 Novembre 2024\n", []string{"Luca Esempio"}},
		{"Hafen\nNordhafen: Hafenrat beschließt den Bau einer neuen Kaimauer\nDer Rat stimmte nach einer langen Debatte am Dienstagabend mit knapper Mehrheit für den Bau.\nTeilen\nArtikel veröffentlicht am 28. April 2024, 14:26 Uhr, Lena Muster\n" +
			"Stellenmarkt\nIngenieur Wasserbau (m/w/d)\nHafenbetriebe Nordsee, Kiel\nDetailsuche\n", []string{"Lena Muster"}},
		{"News\nHarbour board backs new quay\nBy Dana Sample\n\nThe board met for six hours.\nBy Dana Sample and Quinn Example | May 12, 2024\n", []string{"Dana Sample", "Quinn Example"}},
		{"News\nHarbour board backs new quay\nHarbour, Politics, Top Story 1 | Published: 5 hours ago | Last Updated: 5 hours ago | Written by Dana Sample\n", []string{"Dana Sample"}},
	} {
		a, err := Parse(strings.NewReader(c.head + "\n" + para1 + "\n\n" + para2 + "\n\nImprint\n"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Byline, c.want) {
			t.Errorf("byline of %q = %q, want %q", c.head, a.Byline, c.want)
		}
	}
}

// TestBylineAfterBody checks the bylines read below a story (a label
// above the names, a labelled line, a name signing the last paragraph)
// and what is not taken for one: a name after other lines, a menu's
// labels, a line of names after the next paragraph.
func TestBylineAfterBody(t *testing.T) {
	para := "The harbor ferry returned on Tuesday after a two-year pause, and riders lined the old pier to watch it dock."
	for _, c := range []struct {
		tail string
		want []string
	}{
		{"Politik\n12.05.2024, 10:00 Uhr\nKommentar von\nJane Roe\nRedakteurin", []string{"Jane Roe"}},
		{"Audio und Video zum Thema\nAutorin/Autor Jane Roe", []string{"Jane Roe"}},
		{"Share this story\nJane Roe", nil},
		{"Imprint Privacy Contact", nil},
		{para + "\nBy Jane Roe", nil},
		// Past a list of other stories to the writer's box, but no
		// byline of a story in the list.
		{"Related content\nHarbour pilots strike over night shifts\nThe pilots say the new rota leaves too few of them on duty after dark.\nFerry fares to rise in June\nThe operator blames the price of fuel and the cost of the new quay.\n" +
			"New lighthouse opens on the point\nThe old tower will become a museum of the coast and its wrecks.\nTown hall to close for repairs\nThe council will meet in the library until the work is done.\nDate 12.05.2024\nAuthor: Jane Roe", []string{"Jane Roe"}},
		{"Related content\nOpinion\nHarbour pilots strike over night shifts\nBy John Doe\nMar 13, 2024\nOpinion\nFerry fares to rise in June\nBy Jim Bloggs\nMar 12, 2024", nil},
	} {
		page := "Harbor ferry returns\n\n" + para + "\n\n" + para + "\n\n" + c.tail + "\n"
		ss, start, end := classifyPage(parseTextPage([]byte(page)), &trainedBody)
		if start < 0 {
			t.Fatalf("%q: no body", c.tail)
		}
		// The body ends at the last of the two paragraphs.
		end = 2
		got := bylineAfterBody(ss, end, storyWords(ss, start))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.tail, got, c.want)
		}
	}
	// A name alone as the body's last line, after a paragraph, signs it.
	ss, start, _ := classifyPage(parseTextPage([]byte("Harbor ferry returns\n\n"+para+"\n\n"+para+"\n\nJane Roe\n")), &trainedBody)
	if got := bylineAfterBody(ss, 3, storyWords(ss, start)); !slices.Equal(got, []string{"Jane Roe"}) {
		t.Errorf("signature: %q", got)
	}
}

func TestKoreanReporters(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"홍길동 기자", []string{"홍길동"}},
		{"서울, 부산 홍길동 기자 hong@example.com", []string{"홍길동"}},
		{"홍길동 기자, 김철수 기자", []string{"홍길동", "김철수"}},
		// The word for reporter in a menu or a sentence, a name with
		// other words.
		{"기자", nil},
		{"전문기자칼럼", nil},
		{"홍길동 기자가 서울에서 전했다", nil},
		{"Jane Roe 기자", nil},
	} {
		if got := koreanReporters(c.in); !slices.Equal(got, c.want) {
			t.Errorf("koreanReporters(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsSpacedHanName(t *testing.T) {
	for in, want := range map[string]bool{
		"山田 花子": true,
		"林 美咲":  true,
		// One group, a section's labels, kana, a longer line.
		"山田花子":        false,
		"社会 地震・災害":    false,
		"政治 社会 経済":    false,
		"すずき 花子":      false,
		"東京都千代田区 丸の内": false,
	} {
		if got := isSpacedHanName(in); got != want {
			t.Errorf("isSpacedHanName(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestBylineFarAbove checks the byline read above a long box between the
// head and the body (a paywall's offer), right above the story's date,
// and what is not taken for one: names without a label, a byline above
// a word for a day ("Today") as a list of stories prints, a byline with
// no date below it, and one beyond maxBylineAbove lines.
func TestBylineFarAbove(t *testing.T) {
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	var box strings.Builder
	for i := range 12 {
		fmt.Fprintf(&box, "Subscribe\nOffer %d\n", i+1)
	}
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Author of the article:\nJane Roe\nPublished May 12, 2024\n", []string{"Jane Roe"}},
		{"Author of the article:\nBy Jane Roe and John Doe\nPublished May 12, 2024 • Last updated 2 hours ago\n", []string{"Jane Roe", "John Doe"}},
		{"By Jane Roe\nPublished May 12, 2024\n", []string{"Jane Roe"}},
		{"Jane Roe\nPublished May 12, 2024\n", nil},
		{"By Jane Roe\nToday\n", nil},
		{"Author of the article:\nJane Roe\nJoin the conversation\n", nil},
		{"Author of the article:\nJane Roe\nPublished May 12, 2024\n" + box.String() + box.String() + box.String(), nil},
	} {
		page := "News\nHarbour board backs new quay after six-hour debate\n\n" + c.head + box.String() + "\n" + para1 + "\n\n" + para2 + "\n\nImprint\n"
		ss, start := classifyTextAt(t, page, para1)
		got := bylineFarAbove(ss, start, start, storyWords(ss, start), nil)
		if !slices.Equal(got, c.want) {
			t.Errorf("byline of %q = %q, want %q", c.head, got, c.want)
		}
	}
}

// TestBylineAfterLabels checks the meta lines that the story's sections
// open, and the lines of labels, names and dates it takes for none: no
// word that says "by", no date, the date before the labels.
func TestBylineAfterLabels(t *testing.T) {
	for in, want := range map[string][]string{
		"National, News, Top Story | Published: 5 hours ago | Written by Jane Roe": {"Jane Roe"},
		"Harbour, Sport | May 12, 2024 | By Jane Roe and John Doe":                 {"Jane Roe", "John Doe"},
		"Harbour, Sport | May 12, 2024 | Jane Roe":                                 nil,
		"Harbour, Sport | By Jane Roe":                                             nil,
		"Home | News | Jane Roe":                                                   nil,
		"By Jane Roe | May 12, 2024":                                               nil,
		"Jane Roe":                                                                 nil,
	} {
		if got := bylineAfterLabels(in); !slices.Equal(got, want) {
			t.Errorf("bylineAfterLabels(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBylineInBodyHead checks the labelled byline above the story's date
// among the body's first lines, and what is not taken for one: names
// without a label, a byline with no full date below it.
func TestBylineInBodyHead(t *testing.T) {
	const teaser = "The ferry to the islands will run twice a day from June, the operator said on Monday after months of talks with the council."
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Von Jane Roe\n19.10.2025\n", []string{"Jane Roe"}},
		{"By Jane Roe and John Doe\nMay 12, 2024\n", []string{"Jane Roe", "John Doe"}},
		{"Jane Roe\n19.10.2025\n", nil},
		{"Von Jane Roe\nTeilen\n", nil},
	} {
		page := teaser + "\n\n" + c.head + "\n" + para1 + "\n\n" + para2 + "\n\nImprint\n"
		ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
		start = slices.IndexFunc(ss, func(s slot) bool { return s.text == teaser })
		if start < 0 {
			t.Fatalf("%q: no teaser", c.head)
		}
		got := bylineInBodyHead(ss, start, "", storyWords(ss, start))
		if !slices.Equal(got, c.want) {
			t.Errorf("byline of %q = %q, want %q", c.head, got, c.want)
		}
	}
	// The story's paragraphs stay in the body.
	a, err := Parse(strings.NewReader(teaser + "\n\nVon Jane Roe\n19.10.2025\n\n" + para1 + "\n\n" + para2 + "\n\n" + para1 + " Again.\n\nImprint\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Paragraphs, para1) || !slices.Contains(a.Paragraphs, para2) || slices.Contains(a.Paragraphs, "Von Jane Roe") {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}

// TestBylineAboveHeadlineAgain checks names alone right above the headline
// printed again among the body's first lines (a player's box of the
// writer and the title), and what is not taken for one: names above
// another line, a line of common words above the headline.
func TestBylineAboveHeadlineAgain(t *testing.T) {
	const headline = "Harbour board approves new ferry quay"
	const lead = "The ferry to the islands will run twice a day from June, the operator said on Monday after months of talks."
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	for _, c := range []struct {
		box  string
		want []string
	}{
		{"Jane Roe\n" + headline + "\n", []string{"Jane Roe"}},
		{"Jane Roe\nListen to the story\n", nil},
		{"Jane Roe\n", nil},
		{"Ferry Plan\n" + headline + "\n", nil},
	} {
		page := lead + "\n\n" + c.box + "\n" + para1 + "\n\n" + para2 + "\n\nThe ferry plan was first put forward in the spring.\n"
		ss, start := classifyTextAt(t, page, lead)
		got := bylineInBodyHead(ss, start, headline, storyWords(ss, start))
		if !slices.Equal(got, c.want) {
			t.Errorf("byline of %q = %q, want %q", c.box, got, c.want)
		}
	}
}

// TestLabelBetweenHeadlineCopies checks that a label set between the
// headline and the headline printed again is not taken for a byline,
// while a name below the second copy, or one between two bullets, is.
func TestLabelBetweenHeadlineCopies(t *testing.T) {
	const headline = "Harbour board approves new ferry quay"
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	const para3 = "The ferry plan was first put forward two years ago, when the old quay was closed for repairs after a storm."
	for _, c := range []struct {
		head string
		want []string
	}{
		{headline + "\nLakeside Region\n" + headline + "\nMay 12, 2024\n", nil},
		{headline + "\nMay 12, 2024\n•\nJane Roe\n•\n", []string{"Jane Roe"}},
		{headline + "\nJane Roe\nMay 12, 2024\n", []string{"Jane Roe"}},
	} {
		page := "Home\nNews\n" + c.head + "\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n"
		a, err := Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Byline, c.want) {
			t.Errorf("byline of %q = %q, want %q", c.head, a.Byline, c.want)
		}
		if !slices.Contains(a.Paragraphs, para1) {
			t.Errorf("%q: paragraphs %q", c.head, a.Paragraphs)
		}
	}
}

// TestBylineAboveShareButtons checks names alone between the standfirst
// and the story's share buttons, with no date beside them, and what is
// not taken for one: names above another line, words of the story above
// the buttons.
func TestBylineAboveShareButtons(t *testing.T) {
	const headline = "Harbour board approves new ferry quay"
	const stand = "The vote ends years of argument over the island crossing. Critics say the cost is too high."
	const para1 = "The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it."
	const para2 = "Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters."
	const para3 = "The ferry plan was first put forward two years ago, when the old quay was closed for repairs after a storm."
	for _, c := range []struct {
		box  string
		want []string
	}{
		{"Jane Roe\nShare\nFacebook\nEmail\n", []string{"Jane Roe"}},
		{"Jane Roe\nFacebook\nEmail\n", nil},
		{"Harbour Board\nShare\nFacebook\nEmail\n", nil},
	} {
		page := "Home\nNews\n" + headline + "\n\n" + stand + "\n\n" + c.box + "\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n"
		a, err := Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Byline, c.want) {
			t.Errorf("byline of %q = %q, want %q", c.box, a.Byline, c.want)
		}
		if !slices.Contains(a.Paragraphs, para1) || c.want != nil && slices.Contains(a.Paragraphs, "Jane Roe") {
			t.Errorf("%q: paragraphs %q", c.box, a.Paragraphs)
		}
	}
}

func TestHeadLineNamesBesideDayMonthClock(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Jane Roe | John Doe | 8 May, 17:46", []string{"Jane Roe", "John Doe"}},
		{"Анна Петрова | Иван Смирнов | 8 января, 17:46", []string{"Анна Петрова", "Иван Смирнов"}},
		// No date, time or label: names alone are not read here.
		{"Jane Roe | John Doe", nil},
		// A day and month with no clock time is no timestamp.
		{"Jane Roe | John Doe | 8 May", nil},
	} {
		ml, _ := readHeadLine(tc.in)
		if !slices.Equal(ml.credit.people, tc.want) {
			t.Errorf("readHeadLine(%q) people %q, want %q", tc.in, ml.credit.people, tc.want)
		}
	}
	for s, want := range map[string]bool{"8 May, 17:46": true, "8 января, 17:46": true, "8 May": false, "8 May 2024, 17:46 UTC": false, "May, 17:46": false} {
		if got := isDayMonthClock(s); got != want {
			t.Errorf("isDayMonthClock(%q) = %v", s, got)
		}
	}
}

// classifyTextAt classifies the text page and returns its blocks and the
// index of the one with text line, failing the test when none has it.
func classifyTextAt(t *testing.T, page, line string) ([]slot, int) {
	t.Helper()
	ss, _, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	i := slices.IndexFunc(ss, func(s slot) bool { return s.text == line })
	if i < 0 {
		t.Fatalf("no line %q in the page %q", line, page)
	}
	return ss, i
}
