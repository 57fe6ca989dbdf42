package wirestory

import (
	"slices"
	"testing"
)

// TestSelfIntroBox checks that an author box whose biography the writer
// tells in the first person ends a text page's body, in English and
// German, and that the story's paragraphs above it stay; and that a
// person the story speaks of, answering in the first person, and a first
// person line that says neither the name nor what the writer is, stay; so
// do a testimony under its speaker's name that says what the speaker is
// but names no writer's trade, with neither a byline cue nor a role line
// to mark a box, in English, Spanish and Italian (where "Sono una ..." is
// "they are" too).
func TestSelfIntroBox(t *testing.T) {
	es := []string{
		"La autoridad portuaria cerrará la vieja terminal de ferris durante dos años mientras se sustituyen los pilotes podridos.",
		"Los ferris saldrán de un muelle provisional un kilómetro al sur, y las tarifas no cambiarán, dijo la autoridad.",
		"Los trabajos empezarán en primavera y deberían terminar en otoño del año siguiente, según el calendario oficial.",
		"El Estado pagará la mitad de la obra y la provincia el resto, explicó el portavoz de la autoridad portuaria.",
	}
	it := []string{
		"Il governo ha approvato ieri sera il decreto sulle alluvioni, che stanzia due miliardi per le regioni colpite a ottobre.",
		"Le domande dei comuni dovranno arrivare entro marzo, ha spiegato il ministro durante la conferenza stampa a Roma.",
		"Le opposizioni hanno criticato i tempi, giudicati troppo lunghi per chi ha perso la casa e vive ancora negli alberghi.",
		"I sindaci chiedono invece che i fondi arrivino direttamente ai comuni, senza passare per le regioni.",
	}
	for _, c := range []struct {
		name        string
		story       []string
		box         []string
		wantTrimmed bool
	}{
		{"a greeting and the first name", storyLines[:4], []string{"Written by Jane Roe", "Hi, I'm Jane! I have sailed the harbor ferries for ten years and write about them."}, true},
		{"what the writer is", storyLines[:4], []string{"Jane Roe", "Verified expert", "I'm a harbor pilot writing about ferries, tides and the people who work the docks."}, true},
		{"German", germanStoryLines, []string{"Erika Mustermann", "Ich bin eine Journalistin aus Kiel und schreibe seit zehn Jahren über den Hafen."}, true},
		{"a person the story names", append(slices.Clone(storyLines[:3]), "Richard Miles, a ferry captain, said the pier would be ready in time."),
			[]string{"Richard Miles", "I’m Richard, and I have worked the harbor route as a captain for thirty years now."}, false},
		{"neither name nor trade", storyLines[:4], []string{"Jane Roe", "I'm not sure the pier will be ready in time, she said after the council's vote."}, false},
		// A testimony under its speaker's name says what the speaker is,
		// no writer's trade, with no box's label or role line about it.
		{"a testimony", storyLines[:4], []string{"Maria Lopez", "I'm a nurse, I'm tired of the double shifts and nobody at the ministry listens to us anymore."}, false},
		{"a testimony, an authority", storyLines[:4], []string{"Maria Lopez", "I'm a nurse, and I'm tired of waiting while the harbor authority argues about the bill."}, false},
		{"a testimony, Spanish", es, []string{"María López", "Soy una enfermera cansada de los turnos dobles, y nadie en el ministerio nos escucha."}, false},
		// Italian "sono" is "they are" too: "Sono una trentina i
		// volontari ..." under a subhead.
		{"Italian, they are", it, []string{"Protezione Civile", "Sono una trentina i volontari arrivati da fuori regione per aiutare le famiglie a svuotare le cantine."}, false},
		{"Italian, a writer", it, []string{"Giulia Bianchi", "Sono Giulia, giornalista di Bologna, e scrivo di ambiente e di alluvioni da dieci anni."}, true},
		{"a trade after a byline cue", storyLines[:4], []string{"Written by Jane Roe", "I'm a keen sailor and I have crossed the harbor on its ferries every day for ten years."}, true},
	} {
		lines := append(slices.Clone(c.story), c.box...)
		ss := slotsOf(lines...)
		end := len(ss) - 1
		want := end
		if c.wantTrimmed {
			want = len(c.story) - 1
		}
		if got := trimAuthorBox(ss, 0, end); got != want {
			t.Errorf("%s: the body ends at %d, want %d", c.name, got, want)
		}
	}
}

// TestNamedInStoryWindow checks that namedInStory reads the story back
// from a box at most maxNameScan blocks, the bound that keeps a page of
// many boxes linear: a name within it is found, one beyond it is not
// looked for.
func TestNamedInStoryWindow(t *testing.T) {
	for _, c := range []struct {
		name string
		gap  int // paragraphs between the one naming Jane Roe and the box
		want bool
	}{
		{"within the window", maxNameScan - 1, true},
		{"beyond the window", maxNameScan, false},
	} {
		lines := []string{"Jane Roe, a harbor pilot, said the pier would be ready by the spring."}
		for range c.gap {
			lines = append(lines, storyLines[1])
		}
		lines = append(lines, "Jane Roe")
		ss := slotsOf(lines...)
		if got := namedInStory(ss, len(ss)-1, "Jane Roe"); got != c.want {
			t.Errorf("%s: namedInStory = %v, want %v", c.name, got, c.want)
		}
	}
}
