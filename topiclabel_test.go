package wirestory

import (
	"strings"
	"testing"
)

// topicPage is a story written for these tests that compares the plans of
// a language app: its paragraphs use "subscription" throughout, and short
// lines between them list the plans.
const topicPage = `<!doctype html><html lang="en"><head><title>What a year of language lessons costs - Example Review</title></head>
<body><nav><a href="/">Home</a> <a href="/apps">Apps</a></nav>
<article><h1>What a year of language lessons costs</h1>
<p>Most language apps now sell a subscription rather than a course, and the price of a subscription varies more than their lessons do.</p>
<p>We paid for every subscription ourselves over three months and compared what each plan gives a learner for the money.</p>
<h2>Plans</h2>
<ul><li>LINE1</li><li>LINE2</li><li>LINE3</li></ul>
<p>A yearly subscription was the cheapest way to learn on every app we tried, though only two of them refund the rest of a year.</p>
<p>PROMO</p>
<p>Families should look at shared plans, which cost less per learner than one subscription each after the second person.</p>
<p>Our advice is to start with the free lessons, then pay for a month before you commit to a longer plan of any kind.</p>
</article><footer><p>Copyright 2024 Example Review.</p></footer></body></html>`

// TestKeepTopicLabels checks that lines the lexicon takes for promos only
// for a label word ("subscription") stay in a story whose paragraphs are
// about that word, and what stays out: a line that is a promo for another
// reason, and the same lines in a story about something else.
func TestKeepTopicLabels(t *testing.T) {
	lines := []string{"Monthly subscription: 12 dollars", "Annual subscription: 80 dollars", "Family subscription: 120 dollars"}
	const promo = "Subscribe to our newsletter"
	page := strings.NewReplacer("LINE1", lines[0], "LINE2", lines[1], "LINE3", lines[2], "PROMO", promo).Replace(topicPage)
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs, "\n")
	for _, l := range lines {
		if !strings.Contains(body, l) {
			t.Errorf("plan line %q left out: %q", l, a.Paragraphs)
		}
	}
	if strings.Contains(body, promo) {
		t.Errorf("promo %q kept: %q", promo, a.Paragraphs)
	}
	if !strings.Contains(body, "Our advice is to start") {
		t.Errorf("the body lost its last paragraph: %q", a.Paragraphs)
	}

	// The same lines in a story whose paragraphs never say "subscription".
	other := strings.NewReplacer("subscription", "plan", "LINE1", lines[0], "LINE2", lines[1], "LINE3", lines[2], "PROMO", promo).Replace(topicPage)
	a, err = Parse(strings.NewReader(other))
	if err != nil {
		t.Fatal(err)
	}
	body = strings.Join(a.Paragraphs, "\n")
	for _, l := range lines {
		if strings.Contains(body, l) {
			t.Errorf("another story: label %q kept: %q", l, a.Paragraphs)
		}
	}
}

// TestChromeLabelOnly checks which lines the lexicon takes for chrome only
// for a label word.
func TestChromeLabelOnly(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Annual subscription: 80 dollars", "subscription"},
		{"Podcast equipment for beginners", "podcast"},
		{"Subscribe to our newsletter", ""},  // a promo by its opening words too
		{"Subscribe", ""},                    // a known label
		{"The subscription costs more.", ""}, // a sentence
		{"Harbour works start in May", ""},   // no label word
	} {
		s := c.line
		if got := chromeLabelOnly(s, chromeKey(s), endsLikeSentence(s)); got != c.want {
			t.Errorf("chromeLabelOnly(%q) = %q, want %q", s, got, c.want)
		}
	}
}
