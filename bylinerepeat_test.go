package wirestory

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// namePages are a story's lines in two languages, for
// TestBylineNamePrintedTwice: a headline, a picture's caption, a heading,
// paragraphs and the page's foot.
var namePages = map[string]struct {
	headline, caption string
	points            string // a heading with a word the story uses
	paragraphs        []string
	foot              []string
}{
	"en": {
		"Harbour board approves new ferry quay",
		"The old quay at dusk, seen from the water. Photo: John Doe/Example Agency",
		"Key Findings",
		[]string{
			"The harbour board approved the plan on Tuesday after a debate that ran late into the evening, with three members voting against it.",
			"Work on the new quay is due to start in the spring and should take two years, the board's chairwoman told reporters.",
			"The key points of the plan were published last month and drew more than four hundred comments from residents.",
			"Ferry operators said the longer quay would let two boats load at once during the summer season.",
		},
		[]string{"Newsletter", "Sign up for our morning briefing", "About us", "Contact", "Careers", "Advertise",
			"Terms of use", "Privacy", "Cookie settings", "Subscribe", "Archive", "Sitemap", "Help"},
	},
	"da": {
		"Havnebestyrelsen godkender ny færgekaj",
		"Den gamle kaj i skumringen, set fra vandet. Foto: John Doe/Example Agency",
		"Vigtigste Fund",
		[]string{
			"Havnebestyrelsen godkendte planen tirsdag efter en debat, der varede til sent om aftenen, og tre medlemmer stemte imod.",
			"Arbejdet på den nye kaj skal begynde til foråret og tage to år, sagde bestyrelsens formand til journalister.",
			"Planens vigtigste punkter blev offentliggjort i sidste måned og fik mere end fire hundrede kommentarer fra borgerne.",
			"Færgeselskaberne sagde, at den længere kaj vil lade to både laste samtidig i sommersæsonen.",
		},
		[]string{"Nyhedsbrev", "Tilmeld dig vores morgenbrev", "Om os", "Kontakt", "Job", "Annoncer",
			"Vilkår", "Privatliv", "Cookies", "Abonnement", "Arkiv", "Sitemap", "Hjælp"},
	},
}

// TestBylineNamePrintedTwice checks that names alone on a line at the top
// of a text page's body, printed alone again at the page's foot, are the
// byline and leave the body, whose paragraphs stay; and that what only
// looks like it is not taken: a name printed once (a person the story
// introduces), three times (a picture credit), a line of words the story
// uses ("Key Findings"), and a menu's entry printed twice. The body is taken
// to open with the caption, as where a standfirst or a caption above the
// name made the scorer start early.
func TestBylineNamePrintedTwice(t *testing.T) {
	for lang, p := range namePages {
		for _, c := range []struct {
			name      string
			line      string // the line at the top of the body
			menu      bool   // set between two other entries of a menu
			copies    int    // copies of the line at the page's foot
			wantNamed bool
		}{
			{"a writer's name printed again at the foot", "Jane Roe", false, 1, true},
			{"a name printed once", "Jane Roe", false, 0, false},
			{"a name printed three times", "Jane Roe", false, 2, false},
			{"words the story uses", p.points, false, 1, false},
			{"a menu's entry", "Store Locator", true, 1, false},
		} {
			var b strings.Builder
			fmt.Fprintf(&b, "Home\n\n%s\n\n%s\n", p.headline, p.caption)
			if c.menu {
				b.WriteString("Gift Cards\n")
			}
			b.WriteString(c.line + "\n")
			if c.menu {
				b.WriteString("Opening Hours\n")
			}
			for _, para := range p.paragraphs {
				b.WriteString("\n" + para + "\n")
			}
			b.WriteString("\n" + strings.Join(p.foot, "\n") + "\n" + strings.Join(p.foot, " 2\n") + " 2\n")
			for range c.copies {
				b.WriteString(c.line + "\nShare\n")
			}
			ss, _, _ := classifyPage(parseTextPage([]byte(b.String())), &trainedBody)
			start := slices.IndexFunc(ss, func(s slot) bool { return s.text == p.caption })
			if start < 0 {
				t.Fatalf("%s, %s: no caption", lang, c.name)
			}
			got := bylineNamePrintedTwice(ss, start, storyWords(ss, start))
			if named := slices.Equal(got, []string{c.line}); named != c.wantNamed || !named && got != nil {
				t.Errorf("%s, %s: byline %q", lang, c.name, got)
			}
			at := slices.IndexFunc(ss, func(s slot) bool { return s.text == c.line })
			if taken := ss[at].role == roleMeta; taken != c.wantNamed {
				t.Errorf("%s, %s: the line's role is %v", lang, c.name, ss[at].role)
			}
			for _, para := range p.paragraphs {
				if i := slices.IndexFunc(ss, func(s slot) bool { return s.text == para }); ss[i].role != roleUnknown {
					t.Errorf("%s, %s: paragraph %.30q taken as %v", lang, c.name, para, ss[i].role)
				}
			}
		}
	}
}
