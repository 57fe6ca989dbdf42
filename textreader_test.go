package wirestory

import (
	"slices"
	"testing"
)

// TestReaderAddress checks which words make a paragraph speak to its
// reader or of its writers: not "US", not a quoted speaker's "we", not
// German "sie" or a "Sie" that opens a sentence.
func TestReaderAddress(t *testing.T) {
	for _, c := range []struct {
		s       string
		you, we bool
	}{
		{"If you can, give what you can.", true, false},
		{"Our reporters cover the coast.", false, true},
		{"The US said on Monday it would not pay.", false, false},
		{"The minister said: “We will not let it fall.”", false, false},
		{"Er sagte: „Wir zahlen nicht.“ Dann ging er.", false, false},
		{"Er sagte: »Wir zahlen nicht.« Dann ging er.", false, false},
		{"Testen Sie uns zwei Wochen lang.", true, true},
		{"Sie wollen protestieren. Ihre Gewerkschaft hilft.", false, false},
		{"Die Pendler sagen, sie kommen zu spät.", false, false},
		{"Wir schicken Ihnen die Zeitung.", true, true},
		{"Redaktionen ger dig fakta.", true, false},
		{"Nous vous remercions.", true, true},
	} {
		you, we := readerAddress(c.s)
		if you != c.you || we != c.we {
			t.Errorf("readerAddress(%q) = %v, %v; want %v, %v", c.s, you, we, c.you, c.we)
		}
	}
}

// TestReaderAppeal checks that a text page's body ends above the site's
// appeal to its reader set under the story (a heading over a paragraph or
// two that speak to the reader and of the site), in English and German,
// and that it keeps a closing section that speaks of the story, one under
// a story that speaks to its reader all through, a section whose "Sie"
// are "they", one under a short story, and a longer section.
func TestReaderAppeal(t *testing.T) {
	en := slices.Concat(storyLines, []string{
		"Engineers first noticed the damage during a routine inspection last autumn, when divers reported soft wood on several of the oldest pilings.",
		"A second survey in the winter found that more than a third of the pilings under the main hall had lost much of their strength.",
		"The authority closed the upper deck of the terminal to the public in January as a precaution, and moved its ticket office to a trailer.",
		"Local shop owners near the terminal said they feared losing customers during the two years of work, and asked the city for help.",
		"The city council is to vote next week on a plan to lower the rent of the shops until the terminal opens again.",
		"The new pilings will be made of concrete and steel, which the engineers say should last at least seventy years in salt water.",
	})
	de := slices.Concat(storyLinesDE, []string{
		"Taucher hatten die Schäden im vergangenen Herbst bei einer Routineprüfung entdeckt, als sie weiches Holz an mehreren der ältesten Pfähle meldeten.",
		"Eine zweite Untersuchung im Winter ergab, dass mehr als ein Drittel der Pfähle unter der Haupthalle einen großen Teil ihrer Tragkraft verloren hat.",
		"Die Behörde sperrte das Obergeschoss des Terminals im Januar vorsorglich für Besucher und verlegte den Fahrkartenschalter in einen Container.",
		"Ladenbesitzer rund um das Terminal fürchten, in den zwei Jahren der Arbeiten Kundschaft zu verlieren, und baten die Stadt um Hilfe.",
		"Der Stadtrat will in der kommenden Woche über einen Plan abstimmen, die Miete der Läden zu senken, bis das Terminal wieder öffnet.",
		"Die neuen Pfähle sollen aus Beton und Stahl bestehen und nach Angaben der Ingenieure mindestens siebzig Jahre im Salzwasser halten.",
		"Die alten Holzpfähle stammen aus dem Jahr 1923 und wurden seitdem nur an einzelnen Stellen ausgebessert.",
		"Ein Sprecher der Reederei sagte, man rechne in den ersten Wochen mit Verspätungen, bis sich die Abläufe am Behelfsanleger eingespielt hätten.",
		"Für Radfahrer soll es am Behelfsanleger eigene Stellplätze geben, für Autos dagegen nur wenige Parkplätze am Straßenrand.",
	})
	howTo := []string{
		"You can replace a bicycle chain at home in about twenty minutes with a chain tool, a rag and a little patience, even if you have never done it before.",
		"First you shift to the smallest cog at the back and the smallest ring at the front, so the old chain hangs loose and you can reach its pin.",
		"Then you push the pin out with the tool, lift the old chain off and lay it beside the new one to find how many links the new one needs.",
		"Thread the new chain over the cogs and through the derailleur, following the path the old one took, and join its ends with the pin or a quick link.",
		"Check that the chain runs freely through every gear before you ride, and oil it lightly once it is in place, wiping off what the links do not take.",
		"A chain wears out long before it breaks, so measure it every few months with a ruler or a chain gauge and change it when it has stretched.",
		"Worn chains wear out the cogs too, and a new set of cogs costs several times what a chain does, so changing the chain early saves money.",
		"Keep the old chain in your toolbox: a few of its links can get you home if the new chain ever breaks on a ride far from a shop.",
	}
	for _, c := range []struct {
		name    string
		story   []string
		section []string // section[0] is the heading ("": none); the rest are checked
		kept    bool
	}{
		{"en appeal", en, []string{"Support local journalism",
			"Our small team of reporters covers the towns of the coast every day, and we keep every article free to read.",
			"If you can afford it, please give what you can so that we can keep going."}, false},
		{"de appeal", de, []string{"Jetzt zwei Wochen testen",
			"Lesen Sie uns zwei Wochen lang gratis: Wir liefern Ihnen die gedruckte Zeitung jeden Morgen bis an die Haustür."}, false},
		// An appeal with no heading, right under the story's last paragraph.
		{"en no heading", en, []string{"",
			"If you enjoyed this story, please share it with your friends and follow us for more."}, false},
		{"de no heading", de, []string{"",
			"Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer kleinen Spende."}, false},
		// A closing section about the story, though it says "you".
		{"en topic", en, []string{"What comes next",
			"Commuters who use the temporary pier can park for free, the authority said, and you can check the ferry times on its site."}, true},
		// A writer who speaks to the reader all through the story.
		{"en how-to", howTo, []string{"One last word",
			"If you still have questions, our readers' desk answers you every weekday by mail."}, true},
		// "Sie" opening a sentence, and "Ihre" after it, are "they" and "their".
		{"de they", de, []string{"Die Pendler",
			"Sie wollen am Montag vor dem Rathaus protestieren. Ihre Gewerkschaft unterstützt den Protest."}, true},
		// More paragraphs than an appeal has.
		// A closing paragraph about the story with no heading, though it
		// says "you".
		{"en topic no heading", en, []string{"",
			"Commuters who use the temporary pier can park for free, the authority said, and you can check the ferry times on its site."}, true},
		// A story too short to tell what it speaks of.
		{"en short", storyLines, []string{"Support local journalism",
			"Our small team of reporters covers the towns of the coast every day, and we keep every article free to read.",
			"If you can afford it, please give what you can so that we can keep going."}, true},
		// An appeal more than a quarter as long as the story.
		{"en near", en, []string{"Support local journalism",
			"Our small team of reporters covers the towns of the coast every single day of the year, and we keep every article we publish free to read for everyone who lives here.",
			"If you can afford it, please give what you can, once or every month, so that we can keep sending reporters to the meetings and courts that nobody else covers.",
			"Your gift, however small, pays for the trips, the records and the time that our reporting needs, and you can stop it whenever you like."}, true},
		{"en long", en, []string{"Support local journalism",
			"Our small team of reporters covers the towns of the coast every day, and we keep every article free to read.",
			"If you can afford it, please give what you can so that we can keep going.",
			"Your gift pays for our reporters' trips to the courts and councils of the coast.",
			"We thank you for reading us and for telling your friends about us."}, true},
	} {
		var lines []string
		lines = append(lines, "Ferry terminal to close for two years", "By Jane Roe", "")
		for _, p := range c.story {
			lines = append(lines, p, "")
		}
		for _, p := range c.section {
			if p != "" {
				lines = append(lines, p, "")
			}
		}
		lines = append(lines, "Privacy policy", "Terms of use")
		a := parseLines(t, lines)
		for _, p := range c.section[1:] {
			if got := slices.Contains(a.Paragraphs, p); got != c.kept {
				t.Errorf("%s: %q kept %v, want %v; paragraphs:\n%q", c.name, p, got, c.kept, a.Paragraphs)
			}
		}
		for _, p := range c.story[1:] {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}
