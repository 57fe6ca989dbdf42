package wirestory

import (
	"slices"
	"testing"
)

// teaserGroupStory is a story in two languages: two paragraphs before the
// lines under test and two after, the first of which speaks of the
// harbour's ferries.
var teaserGroupStory = map[string][4]string{
	"en": {
		"The harbor authority will run two extra ferries on the northern route from June, its director told reporters on Tuesday.",
		"Commuters have waited up to forty minutes at the pier during the morning rush, according to figures the authority published last week.",
		"The new ferries will also stop at the island's southern pier, which has had no service since the storm damaged it in March.",
		"Tickets will cost the same as on the existing boats, and season passes remain valid on every route, the director said.",
	},
	"de": {
		"Die Hafenbehörde setzt ab Juni zwei zusätzliche Fähren auf der Nordroute ein, sagte ihr Direktor am Dienstag vor Journalisten.",
		"Pendler mussten am Anleger im Berufsverkehr bis zu vierzig Minuten warten, wie aus Zahlen der Behörde von vergangener Woche hervorgeht.",
		"Die neuen Fähren sollen auch den Südanleger der Insel anfahren, der seit dem Sturm im März nicht mehr bedient wird.",
		"Die Fahrkarten kosten so viel wie bisher, und Zeitkarten gelten weiter auf allen Strecken, sagte der Direktor.",
	},
}

// TestMarkTeaserGroups checks that a group of other stories' headlines
// packed between two paragraphs of a text page's story leaves the body,
// the story's subhead printed right under it staying, and that what only
// looks like it stays whole: the story's own list (its points open alike,
// share a word, carry no headline's mark, or follow a sentence ending with
// a colon), a table of contents, a table of figures, a quotation and its
// speaker, headings in Title Case, a heading over a subhead, and lines
// set apart by blank lines.
func TestMarkTeaserGroups(t *testing.T) {
	lines := map[string]map[string][]string{
		"en": {
			"teasers":   {"Singer cancels summer tour: fans left waiting", "Why the striker turned down a 3-year deal?"},
			"subhead":   {"More ferries on the way for island commuters"},
			"points":    {"Check the timetable before you travel", "Keep your season pass with you"},
			"alike":     {"Ferry tickets: single journeys", "Ferry tickets: weekly passes"},
			"quote":     {"“We have listened to the people who wait at the pier.”", "Jane Roe, director of the harbor authority"},
			"titleCase": {"Singer Cancels Summer Tour: Fans Left Waiting", "Why The Striker Turned Down A 3-Year Deal?"},
			"oneCased":  {"Singer cancels summer tour: fans left waiting", "Museum Director Quits Over Budget Row", "Why the striker turned down a 3-year deal?"},
			"table":     {"Ticket type and its price", "Single journey $4.50 (children $2)", "Weekly pass $30 to $45"},
		},
		"de": {
			"teasers":   {"Sängerin sagt Tournee ab: Fans warten vergeblich", "Warum der Stürmer einen Vertrag über 3 Jahre ablehnt?"},
			"subhead":   {"Mehr Fähren für die Pendler der Insel"},
			"points":    {"Vor der Fahrt den Fahrplan lesen", "Die Zeitkarte immer dabeihaben"},
			"alike":     {"Fahrkarten für einzelne Fahrten – am Automaten", "Fahrkarten für eine Woche – im Büro"},
			"quote":     {"„Wir haben den Menschen zugehört, die am Anleger warten.“", "Erika Muster, Direktorin der Hafenbehörde"},
			"titleCase": {"Sängerin Sagt Tournee Ab: Fans Warten Vergeblich", "Warum Der Stürmer Einen Vertrag Über 3 Jahre Ablehnt?"},
			"oneCased":  {"Sängerin sagt Tournee ab: Fans warten vergeblich", "Museum: Direktor im Streit um Budget", "Warum der Stürmer einen Vertrag über 3 Jahre ablehnt?"},
			"table":     {"Art der Fahrkarte und Preis", "Einzelfahrt 4,50 Euro (Kinder 2 Euro)", "Wochenkarte 30 bis 45 Euro"},
		},
	}
	for lang, story := range teaserGroupStory {
		l := lines[lang]
		for _, c := range []struct {
			name  string
			above string // the paragraph over the group
			group []string
			gaps  bool // blank lines between the group's lines
			gone  int  // how many of the group's first lines leave the body
		}{
			{"other stories' headlines", story[1], l["teasers"], false, 2},
			{"headlines over the story's subhead", story[1], append(slices.Clone(l["teasers"]), l["subhead"]...), false, 2},
			{"the story's points", story[1], l["points"], false, 0},
			{"points that open alike", story[1], l["alike"], false, 0},
			{"a sentence ending with a colon", story[1][:len(story[1])-1] + ":", l["teasers"], false, 0},
			{"a quotation and its speaker", story[1], l["quote"], false, 0},
			{"headings in Title Case", story[1], l["titleCase"], false, 0},
			{"headlines, one cased as a heading", story[1], l["oneCased"], false, 3},
			{"a table of figures", story[1], l["table"], false, 0},
			{"a heading over the subhead", story[1], append(l["teasers"][:1:1], l["subhead"]...), false, 0},
			{"lines set apart", story[1], l["teasers"], true, 0},
		} {
			in := []string{story[0], "", c.above, ""}
			for k, g := range c.group {
				if k > 0 && c.gaps {
					in = append(in, "")
				}
				in = append(in, g)
			}
			in = append(in, "", story[2], "", story[3])
			ss := slotsOf(in...)
			markTeaserGroups(ss, 0, len(ss)-1)
			for i := range ss {
				want := i >= 2 && i < 2+c.gone
				if got := ss[i].role == roleChrome; got != want {
					t.Errorf("%s, %s: line %q chrome %v, want %v", lang, c.name, ss[i].text, got, want)
				}
				if ss[i].role == roleChrome && fallbackReasons[chromeReason(ss, i, 0, len(ss)-1)] {
					t.Errorf("%s, %s: explain gives line %q no reason", lang, c.name, ss[i].text)
				}
			}
			a := &Article{}
			readBody(ss, 0, len(ss)-1, a)
			for _, p := range append([]string{story[0], c.above, story[2], story[3]}, c.group[c.gone:]...) {
				if !slices.Contains(a.Paragraphs, p) {
					t.Errorf("%s, %s: %.40q lost", lang, c.name, p)
				}
			}
		}
	}
}

// TestMarkTeaserGroupsTableOfContents checks that a table of contents,
// packed between the story's first paragraphs, stays: its lines stand
// again below as the story's subheads.
func TestMarkTeaserGroupsTableOfContents(t *testing.T) {
	story := teaserGroupStory["en"]
	toc := []string{"What changes on the northern route?", "How much will a ticket cost?"}
	ss := slotsOf(story[0], "", story[1], "", toc[0], toc[1], "", story[2], "", toc[0], "", story[3], "", toc[1], "", story[0])
	markTeaserGroups(ss, 0, len(ss)-1)
	for i := range ss {
		if ss[i].role != roleUnknown {
			t.Errorf("line %q role %v, want it kept", ss[i].text, ss[i].role)
		}
	}
}
