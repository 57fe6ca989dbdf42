package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// leadPage is a staff story written for these tests: a standfirst under
// the headline, which the page's description repeats, set apart from the
// body by the byline and the date.
const leadPage = `<!doctype html><html lang="en"><head><title>Harbour bridge to close for repairs - Example News</title>
<meta property="og:title" content="Harbour bridge to close for repairs">
<meta property="og:description" content="DESCRIPTION">
</head><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>Harbour bridge to close for repairs</h1>
<p class="standfirst">The city's oldest bridge will shut for six months from March while engineers replace its rusted cables, officials said on Tuesday.</p>
<p class="byline">By Jane Doe</p><p><time>March 3, 2024</time></p>
<div>
<p>FIRST</p>
<p>The bridge, opened in 1911, carries some forty thousand cars a day. Inspectors found last year that several of its main cables had corroded faster than expected.</p>
<p>Work crews will start by building a scaffold beneath the deck, and the replacement of the cables themselves is due to begin in April, the office said.</p>
<p>Local shop owners said they feared losing trade during the closure and asked the council for help with rents while the detour is in place.</p>
</div></article><footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>`

const (
	leadText  = "The city's oldest bridge will shut for six months from March while engineers replace its rusted cables, officials said on Tuesday."
	leadFirst = "Drivers will be sent on a detour through the eastern tunnel, which the transport office expects to add about twenty minutes to a crossing at rush hour."
)

// TestLead checks that a standfirst the page's description repeats opens
// the story, above its first paragraph; that one the description does not
// repeat stays out, as does the outlet's standfirst over an agency's
// story; and that a lead the body repeats is not given twice.
func TestLead(t *testing.T) {
	page := func(desc, first string) string {
		return strings.NewReplacer("DESCRIPTION", desc, "FIRST", first).Replace(leadPage)
	}
	for _, c := range []struct {
		name, desc, first string
		want              []string // the first paragraphs
	}{
		{"repeated by the description", leadText, leadFirst, []string{leadText, leadFirst}},
		{"description cut short", "The city's oldest bridge will shut for six months from March while…", leadFirst, []string{leadText, leadFirst}},
		{"another description", "Read the latest news from the city and the region.", leadFirst, []string{leadFirst}},
		{"an agency's story", leadText, "LONDON (AP) — " + leadFirst, []string{leadFirst}},
		{"repeated by the body", leadText, leadText + " " + leadFirst, []string{leadText + " " + leadFirst}},
	} {
		a, err := Parse(strings.NewReader(page(c.desc, c.first)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(a.Paragraphs) < len(c.want)+3 || !slices.Equal(a.Paragraphs[:len(c.want)], c.want) {
			t.Errorf("%s: paragraphs %q, want them to open with %q", c.name, a.Paragraphs, c.want)
		}
		if n := strings.Count(strings.Join(a.Paragraphs, "\n"), leadText); n > 1 {
			t.Errorf("%s: the lead is given %d times", c.name, n)
		}
	}
}

// TestLeadBlocks checks which blocks between the headline and the body are
// taken for the lead: unclaimed blocks the scorer takes for the story's,
// of six words or more, that the description repeats; never the headline
// or what stands above it, a caption or a block another rule claimed.
func TestLeadBlocks(t *testing.T) {
	const desc = "Rescuers pulled eleven miners from a flooded shaft on Sunday after three days underground."
	mk := func(text string, kind blockKind, r role, prob float32) slot {
		b := &block{text: text, kind: kind}
		b.measure()
		return slot{block: b, role: r, prob: prob}
	}
	ss := []slot{
		mk(desc, kindPara, roleUnknown, 0.9),                                                                             // 0: above the headline
		mk("Miners rescued", kindHeading, roleMeta, 0.3),                                                                 // 1: the headline
		mk(desc, kindHeading, roleUnknown, 0.7),                                                                          // 2: the lead, as a heading
		mk(desc, kindCaption, roleUnknown, 0.7),                                                                          // 3: a caption
		mk("By Ana Ruiz", kindPara, roleMeta, 0.1),                                                                       // 4: the byline
		mk("Rescuers pulled eleven miners from a flooded shaft", kindPara, roleChrome, 0.9),                              // 5: claimed
		mk("Rescuers pulled eleven miners", kindPara, roleUnknown, 0.9),                                                  // 6: too short
		mk("Rescuers pulled eleven miners from a flooded shaft on Sunday.", kindPara, roleUnknown, 0.2),                  // 7: the scorer says no
		mk("The mine's owner said pumps had failed after heavy rain on Thursday night.", kindPara, roleUnknown, 0.9),     // 8: another text
		mk(desc+" All were taken to hospital, where doctors said they were in good health.", kindPara, roleUnknown, 0.9), // 9: longer than the description
		mk("The body's first paragraph.", kindPara, roleUnknown, 0.9),                                                    // 10: the body
	}
	if got, want := leadBlocks(ss, 1, 10, desc, 0.5), []int{2, 9}; !slices.Equal(got, want) {
		t.Errorf("leadBlocks = %v, want %v", got, want)
	}
	if got := leadBlocks(ss, 1, 10, "", 0.5); got != nil {
		t.Errorf("with no description: %v, want none", got)
	}
	// With no headline found, the look reaches maxLeadReach blocks up.
	if got, want := leadBlocks(ss, -1, 10, desc, 0.5), []int{0, 2, 9}; !slices.Equal(got, want) {
		t.Errorf("with no headline: %v, want %v", got, want)
	}
}

// TestShingleRepeats checks how a text is compared with a description:
// half of the trigrams of the shorter of the two, in any case.
func TestShingleRepeats(t *testing.T) {
	var d shingleSet
	d.add("Rescuers pulled eleven miners from a flooded shaft on Sunday after three days underground.")
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"RESCUERS pulled eleven miners from a flooded shaft on Sunday after three days underground", true},
		{"Rescuers pulled eleven miners from a flooded shaft on Sunday after three days underground. All were taken to hospital.", true},
		{"Rescuers pulled eleven miners from a flooded shaft", true},
		{"Eleven miners were pulled from a shaft by rescuers", false},
		{"Rescuers pulled", false},
		{"", false},
	} {
		if got := d.repeats(c.s); got != c.want {
			t.Errorf("repeats(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// linkedPage is a story written for these tests whose third paragraph is
// mostly a link to an earlier story; a skip link all link text and a
// linked headline stand between later paragraphs.
const linkedPage = `<!doctype html><html lang="en"><head><title>Council votes to keep night buses</title></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>Council votes to keep night buses</h1>
<p class="byline">By Tom Reyes</p>
<p>The city council voted on Thursday to keep the night bus network running for another two years, after a campaign by shift workers and students.</p>
<p>The vote was 31 to 12, with most of the opposition coming from members who wanted the money spent on daytime routes instead.</p>
<p>Transport <a href="/2023/night-buses-review">chiefs had warned last year that the network lost money on nine of its fourteen routes and proposed</a> cutting it.</p>
<p>Campaigners said the service was a lifeline for nurses, cleaners and bar staff who finish work after the last trains have gone.</p>
<p><a href="#after-embed">The following content is embedded from another site, skip it here.</a></p>
<p>Bus drivers' union leaders welcomed the decision but said more staff would be needed to keep the buses on time through the winter.</p>
<p><a href="/2024/tram-extension">Tram extension to open in the spring</a></p>
<p>The council will review passenger numbers again next year before deciding on the routes with the fewest riders.</p>
</article><footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>`

// TestLinkedSentence checks that a sentence inside a story keeps its place
// when most of its text is a link, and that a skip link all link text and
// a linked headline between the same paragraphs stay out.
func TestLinkedSentence(t *testing.T) {
	a, err := Parse(strings.NewReader(linkedPage))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs, "\n")
	if !strings.Contains(body, "had warned last year that the network lost money") {
		t.Errorf("the linked sentence is dropped: %q", a.Paragraphs)
	}
	for _, out := range []string{"embedded from another site", "Tram extension"} {
		if strings.Contains(body, out) {
			t.Errorf("paragraphs hold %q: %q", out, a.Paragraphs)
		}
	}
	if len(a.Paragraphs) != 6 {
		t.Errorf("%d paragraphs, want the story's 6: %q", len(a.Paragraphs), a.Paragraphs)
	}
}
