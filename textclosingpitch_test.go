package wirestory

import (
	"slices"
	"testing"
)

// pitchStoryEN and pitchStoryFR are stories long enough for a closing
// pitch to be weighed against them; one of the French story's paragraphs
// speaks to the reader, so the site's appeal under it (textreader.go) is
// not read as one.
var (
	pitchStoryEN = []string{
		"KIEL (AP) - The port authority will close the old ferry terminal for two years after divers found rotten piles beneath the waterline, officials said on Tuesday, in a decision that surprised commuters who cross the fjord every morning.",
		"During the works the ferries will dock at a temporary pier one kilometre further south, and ticket prices will stay the same, the authority said in a statement published after a meeting of its board.",
		"The federal government will pay half of the cost of 48 million euros and the state the rest, according to the budget plan that lawmakers approved last month after a long debate about the harbour.",
		"Commuters said the walk to the temporary pier would add ten minutes to their journey, and some asked for a shuttle bus between the railway station and the new landing stage near the shipyard.",
		"Engineers plan to start in spring, once the ice has gone from the harbour, and expect to finish the new terminal in time for the summer season two years from now, weather permitting.",
		"The old terminal opened in 1961 and has served more than forty million passengers since then, making it one of the busiest ferry stations on the Baltic coast according to the authority's figures.",
		"Local businesses near the old terminal fear that fewer travellers will stop at their cafes and kiosks, and the chamber of commerce has asked the city council for a rent reduction while the works last.",
		"A spokesman for the ferry operator said that the timetable would not change and that extra staff would guide passengers to the temporary pier during the first weeks after the closure.",
	}
	pitchStoryFR = []string{
		"BREST (AFP) - Le port fermera l'ancienne gare maritime pendant deux ans après que des plongeurs ont découvert des pieux pourris sous la ligne de flottaison, a annoncé mardi la direction, une décision qui surprend les usagers quotidiens.",
		"Pendant les travaux, les bateaux accosteront à un ponton provisoire situé un kilomètre plus au sud, et les tarifs resteront inchangés, selon un communiqué publié après une réunion du conseil d'administration du port.",
		"L'État financera la moitié du coût de 48 millions d'euros et la région le reste, selon le budget voté le mois dernier par les élus après un long débat sur l'avenir de la rade et de ses quais.",
		"Les usagers estiment que la marche jusqu'au ponton provisoire allongera leur trajet de dix minutes, et certains réclament une navette entre la gare ferroviaire et le nouvel embarcadère près du chantier naval.",
		"Les ingénieurs comptent commencer au printemps et livrer la nouvelle gare maritime à temps pour la saison estivale dans deux ans, si la météo le permet, selon les prévisions transmises aux élus locaux.",
		"L'ancienne gare a ouvert en 1961 et a accueilli plus de quarante millions de passagers depuis, ce qui en fait l'une des plus fréquentées de la côte atlantique selon les chiffres communiqués par le port.",
		"Les commerçants installés près de l'ancienne gare craignent une baisse de fréquentation de leurs cafés et kiosques, et la chambre de commerce a demandé à la mairie une baisse des loyers pendant toute la durée du chantier.",
		"Si vous prenez le bateau chaque jour, prévoyez dix minutes de plus : les horaires ne changeront pas, et du personnel supplémentaire guidera les voyageurs vers le ponton provisoire pendant les premières semaines.",
	}
)

// pitchRecipeEN is a recipe one of whose steps speaks to the reader.
var pitchRecipeEN = []string{
	"This fish stew comes from the fishing villages of the Baltic coast, where cooks make it on cold evenings with whatever the boats bring home, and it feeds six people with bread on the side.",
	"Start by cutting two onions, three carrots and a leek into thin slices, then soften them slowly in butter in a heavy pot for about ten minutes without letting them brown at all.",
	"Add a glass of dry white wine and let it bubble for two minutes, then pour in a litre of fish stock, add a bay leaf and a few sprigs of thyme, and bring the pot to a gentle simmer.",
	"Peel four potatoes, cut them into cubes the size of a walnut and add them to the pot, then cook them for fifteen minutes until a knife slides into them easily but they still hold their shape.",
	"Meanwhile cut a kilogram of firm white fish, such as cod or pollock, into large chunks, season them with salt and pepper, and keep them cold in the fridge until the potatoes are nearly done.",
	"Slide the fish into the pot, lower the heat and poach it for five or six minutes; do not stir too much, or the chunks will break apart and the stew will turn cloudy.",
	"Stir a few spoonfuls of cream into the stew, taste it and add more salt, pepper or a squeeze of lemon if it needs it, then scatter chopped dill and parsley over the top.",
	"If you cannot find fresh fish, frozen fillets work well too, as long as you thaw them slowly in the fridge overnight and pat them dry before you cut them into chunks.",
}

// TestClosingPitch checks that a text page's body drops the site's pitch
// closing it over the button the pitch leads to, in English and French,
// and that it keeps a story's last paragraph that says "you" over a share
// bar, a recipe's last step in the imperative over its print button, and
// a story's closing paragraph over a "Read more" link.
func TestClosingPitch(t *testing.T) {
	for _, c := range []struct {
		name  string
		story []string
		tail  []string // tail[0] is the paragraph checked; the last line is the one under it
		kept  bool
	}{
		{"en pitch", pitchRecipeEN, []string{"Want more dinners like this? Join our cooking club and get a new menu in your inbox every week.", "Join the club"}, false},
		{"fr pitch", pitchStoryFR, []string{"Vous aimez nos articles ? Nous avons besoin de vous pour continuer : soutenez notre rédaction indépendante dès aujourd'hui.", "Soutenez notre rédaction"}, false},
		{"en you share", pitchStoryEN, []string{"If you cross the fjord every morning, the temporary pier south of the terminal will add ten minutes to your journey.", "Share this article"}, true},
		{"fr vous share", pitchStoryFR, []string{"Si vous traversez la rade chaque matin, le ponton provisoire allongera votre trajet de dix minutes.", "Partager"}, true},
		{"en recipe", pitchRecipeEN, []string{"Serve the stew warm with the bread and keep what is left in your fridge for two days; the fish tastes even better the next day.", "Print recipe"}, true},
		{"en read more", pitchStoryEN, []string{"Commuters who want the shuttle bus can read more about the terminal works on the authority's website, where you will find the timetable.", "Read more"}, true},
		{"fr lire la suite", pitchStoryFR, []string{"Les usagers qui veulent la navette peuvent lire la suite des travaux de la gare maritime sur le site du port, où vous trouverez les horaires.", "Lire la suite"}, true},
	} {
		lines := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
		for _, p := range c.story {
			lines = append(lines, p, "")
		}
		for _, l := range c.tail {
			lines = append(lines, l, "")
		}
		lines = append(lines, "Privacy policy", "Terms of use")
		a := parseLines(t, lines)
		if got := slices.Contains(a.Paragraphs, c.tail[0]); got != c.kept {
			t.Errorf("%s: %q kept %v, want %v; paragraphs:\n%q", c.name, c.tail[0], got, c.kept, a.Paragraphs)
		}
		for _, p := range c.story[1:] {
			if !slices.Contains(a.Paragraphs, p) {
				t.Errorf("%s: story paragraph %q lost; paragraphs:\n%q", c.name, p, a.Paragraphs)
			}
		}
	}
}
