package wirestory

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// This file holds hostileShapes, pages built to make a careless parser do
// more than linear work, and the test that Parse's time and allocations
// grow at most linearly on every one of them. BenchmarkParseHostile times
// them, and BenchmarkParsePeakMemory measures Parse's peak memory on each
// at the largest size Parse reads.

// A shape is a family of pages: page(size) is a page of about size bytes,
// the larger the more of its hostile part it holds.
type shape struct {
	name string
	page func(size int) []byte
}

// grow returns head, then unit repeated until the page is about size bytes
// long (at least once), then tail.
func grow(head, unit, tail string, size int) []byte {
	n := max(1, (size-len(head)-len(tail))/len(unit))
	var b bytes.Buffer
	b.Grow(len(head) + n*len(unit) + len(tail))
	b.WriteString(head)
	for range n {
		b.WriteString(unit)
	}
	b.WriteString(tail)
	return b.Bytes()
}

// units returns how many times unit fits in size bytes, at least once.
func units(unit string, size int) int { return max(1, size/len(unit)) }

// personName returns the k-th of a series of distinct names that read as
// a person's: "Mara Lenbcd".
func personName(k int) string {
	var b strings.Builder
	b.WriteString("Mara Len")
	for {
		b.WriteByte(byte('a' + k%26))
		k /= 26
		if k == 0 {
			return b.String()
		}
	}
}

// names returns distinct person names joined by sep, about size bytes in
// all.
func names(sep string, size int) string {
	var b strings.Builder
	for k := 0; b.Len() < size; k++ {
		if k > 0 {
			b.WriteString(sep)
		}
		b.WriteString(personName(k))
	}
	return b.String()
}

// jsonAuthors returns a JSON-LD article whose author array holds the
// people personName(*next), personName(*next+1) ..., about size bytes
// long; headline is its headline, if not empty.
func jsonAuthors(headline string, next *int, size int) string {
	var b strings.Builder
	b.WriteString(`{"@context":"https://schema.org","@type":"NewsArticle",`)
	if headline != "" {
		b.WriteString(`"headline":"` + headline + `",`)
	}
	b.WriteString(`"author":[`)
	for k := 0; b.Len() < size; k++ {
		if k > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"@type":"Person","name":"` + personName(*next) + `"}`)
		*next++
	}
	b.WriteString("]}")
	return b.String()
}

// crLines returns s with its line ends written as bare carriage returns.
func crLines(s []byte) []byte { return bytes.ReplaceAll(s, []byte("\n"), []byte("\r")) }

// shortPage is a short HTML story; hostile parts go before or after it,
// or in its head (withHead).
var shortPage = string(htmlStory(5, "", ""))

// withHead returns shortPage with head added to its <head>.
func withHead(head string) []byte {
	const open = "<!DOCTYPE html><html><head>"
	return []byte(open + head + strings.TrimPrefix(shortPage, open))
}

// scriptShell starts a page that says it is an article but shows no story:
// its scripts are read for one.
const scriptShell = `<html><head><meta property="og:type" content="article"></head><body><div id="app"></div><script>`

// hostileShapes are the page shapes that once cost, or could cost, more
// than linear time or memory: every list heading reading all that follows
// it, every text node or block walking up a thousand levels of nesting,
// every start tag rescanning the page, every name compared with every
// other, every empty element kept in memory.
var hostileShapes = []shape{
	// Text pages.
	{"text story", func(size int) []byte { return textStory(units(storyLine(10), size)) }},
	// A dump that is mojibake, line after line and on one long line
	// (every line is encoded in each charset tried).
	{"text mojibake", func(size int) []byte { return grow("", gbkMojibake(dumpChinese), "", size) }},
	{"text mojibake line", func(size int) []byte {
		return grow(gbkMojibake(dumpChinese), gbkMojibake("合作项目今年将扩大。"), "\n", size)
	}},
	{"list headings", func(size int) []byte {
		return grow(string(textStory(5)), "RELATED STORIES\n", "", size)
	}},
	{"junk after list headings", func(size int) []byte {
		// Every list heading may read what follows it, up to the end.
		return grow(string(textStory(5)), strings.Repeat("RELATED STORIES\n", 50)+"Council Extends Water Program\n"+
			strings.Repeat("-\n", 1000), storyLine(3)+"\n", size)
	}},
	{"twin headline lines", func(size int) []byte {
		// A headline behind a section's name, and the headline printed
		// alone again and again: the name is looked for once, not once
		// a line.
		return grow("Home\n\nKultur : Council extends water program\n\n"+strings.Repeat(storyLine(10)+"\n\n", 4), "Council extends water program\n", "", size)
	}},
	{"junk lines", func(size int) []byte { return grow(string(textStory(5)), "-\n", "", size) }},
	// Author boxes told in the first person, box under box
	// (textboxself.go reads the story above each).
	{"self-intro boxes", func(size int) []byte {
		var b strings.Builder
		b.Write(textStory(5))
		for k := 0; b.Len() < size; k++ {
			name := personName(k)
			first, _, _ := strings.Cut(name, " ")
			fmt.Fprintf(&b, "\n%s\n\nHi, I'm %s! I write about the harbor and its ferries, %s said.\n", name, first, name[len("Mara "):])
		}
		return []byte(b.String())
	}},
	// Readers' comments under dated headers of one form, each writer's
	// name another (textdatedthread.go compares each header with those
	// before it), and one dated header printed again and again.
	{"dated comment headers", func(size int) []byte {
		var b strings.Builder
		b.Write(textStory(5))
		for k := 0; b.Len() < size; k++ {
			fmt.Fprintf(&b, "\nPosted by: %s at May %d, 2024 09:12 AM\n%s\nReply\n", personName(k), 1+k%28, storyLine(2))
		}
		return []byte(b.String())
	}},
	// Cards of other stories, each closed by the same link, under a list
	// heading again and again (textcardlabel.go counts the story's words
	// above each run of cards).
	{"labelled cards", func(size int) []byte {
		return grow(string(textStory(5)), "More articles\nCouncil extends water program\n"+storyLine(1)+"\nRead more\n"+
			"Harbor ferry fares rise\nRead more\n", "", size)
	}},
	// Boxes of cards under a list heading, each card closed by the same
	// link, a paragraph of the story under each box (textcardlabel.go
	// reads the story's words above each box and looks for the story
	// under it once, not once a box).
	{"labelled cards under the story", func(size int) []byte {
		var b strings.Builder
		b.WriteString("Harbor terminal to close for two years\n\n")
		for k := 0; k < 8; k++ {
			fmt.Fprintf(&b, "%s\n\n", storyLine(k))
		}
		for k := 0; b.Len() < size; k++ {
			fmt.Fprintf(&b, "More articles\nStadium roof %d to be replaced\nThe city will replace roof %d of its stadium.\n\nRead more\n\n"+
				"Will bridge tolls rise %d times\nDrivers may pay %d dollars more to cross.\n\nRead more\n\n"+
				"New bus lines for suburb %d\nBus line %d will link the suburbs with the piers.\n\nRead more\n\n%s Riders were told %d times.\n\n",
				k, k, k, k, k, k, storyLine(k), k)
		}
		return []byte(b.String())
	}},
	// Links to the previous and next post, pair under pair, a back link
	// alone between them (textpostnav.go reads the first pair only).
	{"post links", func(size int) []byte {
		return grow(string(textStory(5)), "← Older post\nNewer post →\n← Older post\n", "", size)
	}},
	{"one dated header", func(size int) []byte {
		return grow(string(textStory(5)), "Posted by: Mara Len at May 6, 2024 09:12 AM | 1 2 3 4 5 6 7 8 9 10 11 12\n", "", size)
	}},
	{"one long line", func(size int) []byte { return grow(string(textStory(5)), "THE COUNCIL ", "", size) }},
	{"one long word", func(size int) []byte { return grow(string(textStory(5)), "x", "\n\n"+storyLine(9), size) }},
	{"CR lines", func(size int) []byte { return crLines(textStory(units(storyLine(10), size))) }},
	{"CR junk lines", func(size int) []byte { return grow(string(crLines(textStory(5))), "-\r", "", size) }},
	{"entities", func(size int) []byte {
		return grow(string(textStory(5)), "&amp;amp;lt;&#8217;&ampampamp;", "\n", size)
	}},
	{"mojibake", func(size int) []byte {
		return grow(string(textStory(5)), "â€™Ã©Ã¢â‚¬â„¢ ", "\n", size)
	}},
	{"UTF-16 text", func(size int) []byte { return utf16LE(string(textStory(units(storyLine(10), size/2)))) }},

	// HTML pages.
	{"html story", func(size int) []byte { return htmlStory(units(storyLine(10), size), "", "") }},
	{"UTF-16 html", func(size int) []byte { return utf16LE(string(htmlStory(units(storyLine(10), size/2), "", ""))) }},
	{"script start tags", func(size int) []byte {
		// Every "<script" but the first is inside the first's start tag.
		return grow(shortPage, "<script ", "ld+json>", size)
	}},
	{"scripts", func(size int) []byte { return grow(shortPage, "<script>var x = '<p>no</p>';</script>", "", size) }},
	{"unclosed scripts", func(size int) []byte { return grow(shortPage, "<script>x</SCRIPT>", "</script>", size) }},
	{"JSON-LD", func(size int) []byte {
		var next int
		return withHead(`<script type="application/ld+json">` + jsonAuthors("Council extends water program", &next, size) + "</script>")
	}},
	{"JSON-LD scripts", func(size int) []byte {
		// Scripts of 16 KiB, with no headline (so every one is read),
		// each naming other people.
		var b strings.Builder
		var next int
		for b.Len() < size {
			b.WriteString(`<script type="application/ld+json">` + jsonAuthors("", &next, 16<<10) + "</script>")
		}
		return withHead(b.String())
	}},
	{"JSON-LD headline", func(size int) []byte {
		return withHead(string(grow(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"`,
			"Council extends water program ", `"}</script>`, size)))
	}},
	{"JSON-LD articleBody", func(size int) []byte {
		// No story shows; the JSON-LD carries it, one paragraph a line.
		return grow(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council extends water program","articleBody":"`,
			storyLine(1)+`\n`, `"}</script></head><body><p>Subscribe</p></body></html>`, size)
	}},
	{"script state story", func(size int) []byte {
		// No story shows; a script's JSON state holds its HTML, escaped.
		return grow(scriptShell+`window.__S={"body":"`,
			`\u003cp\u003e`+storyLine(1)+`\u003c/p\u003e`, `"}</script></body></html>`, size)
	}},
	{"script strings", func(size int) []byte {
		// Many strings long enough to be decoded, none a story.
		return grow(scriptShell+`var s=[`,
			`"\u003cp\u003eAd\u003c/p\u003e\u003cp\u003eSubscribe\u003c/p\u003e`+strings.Repeat(`\u0026nbsp;`, 70)+`",`,
			`0]</script></body></html>`, size)
	}},
	{"unterminated script string", func(size int) []byte {
		return grow(scriptShell+`x="`, `\u003c/p\u003e \"`, "", size)
	}},
	{"deep script escapes", func(size int) []byte {
		// Backslashes doubled at every level, as strings in strings are
		// written; every level is decoded up to maxScriptDepth.
		return grow(scriptShell+`x="`, `\\\\\\\"</p>\\\\u003c/p\\u003e`, `"</script></body></html>`, size)
	}},
	{"hidden story", func(size int) []byte {
		// The story is in hidden elements: the page is read twice.
		return grow(`<html><body><div hidden>`, "<p>"+storyLine(1)+"</p>", "</div></body></html>", size)
	}},
	{"meta author names", func(size int) []byte {
		return withHead(`<meta name="author" content="` + names(", ", size) + `">`)
	}},
	{"metas", func(size int) []byte {
		var b strings.Builder
		for k := 0; b.Len() < size; k++ {
			fmt.Fprintf(&b, `<meta name="m%d" content="council %d">`, k, k)
		}
		return withHead(b.String())
	}},
	{"long meta content", func(size int) []byte {
		return withHead(string(grow(`<meta property="og:title" content="`, "Council extends water program ", `">`, size)))
	}},
	{"long title", func(size int) []byte {
		return withHead(string(grow("<title>", "Council extends water program ", "</title>", size)))
	}},
	{"bare start tags", func(size int) []byte { return grow(shortPage, "<p>", "", size) }},
	{"tiny paragraphs", func(size int) []byte { return grow(shortPage, "<p>a", "", size) }},
	{"table cells", func(size int) []byte { return grow(shortPage, "<tr><td>a<td>b", "", size) }},
	{"line breaks", func(size int) []byte { return grow(shortPage, "x<br>", "", size) }},
	{"empty inline", func(size int) []byte { return grow(shortPage, "<b></b>", "", size) }},
	{"links", func(size int) []byte { return grow(shortPage+"<p>", `<a href="/x">council</a> `, "</p>", size) }},
	{"teaser list", func(size int) []byte {
		return grow(shortPage+"<h2>Related stories</h2><ul>", `<li><a href="/x">Council extends water program again</a></li>`, "</ul>", size)
	}},
	{"attributes", func(size int) []byte {
		return grow("<html><body><div ", `data-x="council" class="share" `, ">"+shortPage, size)
	}},
	{"class words", func(size int) []byte {
		var b strings.Builder
		b.WriteString(`<html><body><div class="`)
		for k := 0; b.Len() < size; k++ {
			fmt.Fprintf(&b, "share-bar-x%s ", personName(k)[len("Mara Len"):])
		}
		return []byte(b.String() + `">` + shortPage + "</div>")
	}},
	{"comments", func(size int) []byte { return grow(shortPage, "<!-- <p>no</p> -->", "", size) }},
	{"story bodies", func(size int) []byte {
		return grow(shortPage, "<div itemprop=articleBody><p>"+storyLine(1)+"</p></div>", "", size)
	}},
	{"nested blocks", func(size int) []byte {
		k := units("<div></div>", size)
		return htmlStory(5, strings.Repeat("<div>", k), strings.Repeat("</div>", k))
	}},
	{"nested unclosed", func(size int) []byte {
		return htmlStory(5, strings.Repeat("<div><span><b>", units("<div><span><b>", size)), "")
	}},
	{"deep inline", func(size int) []byte {
		return htmlStory(5, strings.Repeat("<b>", 1000), strings.Repeat("x<br>", units("x<br>", size)))
	}},
	{"deep blocks", func(size int) []byte {
		return htmlStory(5, "<nav>"+strings.Repeat("<div>", 1000), strings.Repeat("<p>x</p>", units("<p>x</p>", size)))
	}},
}

// parseCost parses data and returns the processor time it took and how
// many bytes and allocations it allocated. The collector is stopped
// while it parses.
func parseCost(data []byte) (time.Duration, uint64, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	// No collection runs during the parse: how often the collector runs
	// depends on the heap's size against a floor of a few megabytes, so
	// a small page may be parsed without one and a page four times as
	// large with several, which would read as a cost that grows faster
	// than the input. The parse's own work is what is measured.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.ReadMemStats(&before)
	start := cpuTime()
	Parse(bytes.NewReader(data))
	d := cpuTime() - start
	runtime.ReadMemStats(&after)
	return d, after.TotalAlloc - before.TotalAlloc, after.Mallocs - before.Mallocs
}

// A cost is the least time, bytes and allocations of several parses.
type cost struct {
	d     time.Duration
	b, n  uint64
	valid bool
}

func (c *cost) add(d time.Duration, b, n uint64) {
	if !c.valid || d < c.d {
		c.d = d
	}
	if !c.valid || b < c.b {
		c.b = b
	}
	if !c.valid || n < c.n {
		c.n = n
	}
	c.valid = true
}

// TestParseScaling checks that Parse's time and allocations grow at most
// linearly with its input, on every shape of hostileShapes: each is parsed
// at n and 4n bytes, and the time must grow less than 8-fold, the
// allocated bytes and the number of allocations less than 5-fold. A cost
// that grew with the square of the input would grow 16-fold.
//
// The time is the processor time of the process (cpuTime), which other
// processes on a busy machine do not inflate as they do the time on the
// clock, with the collector stopped during the parse (parseCost); it is
// the least of several runs, the two sizes taking turns, and
// a ratio over the bound is measured again, once at n and 4n and once at
// 4n and 16n, before the test fails: a cost that grows too fast fails
// every time, noise and the caches seldom. The
// allocations do not depend on the machine. With -short (the race run) n is half as large
// (smaller pages are dominated by the story around the hostile part).
func TestParseScaling(t *testing.T) {
	n, runs := 64<<10, 5
	if testing.Short() {
		n, runs = 32<<10, 3
	}
	for _, s := range hostileShapes {
		t.Run(s.name, func(t *testing.T) {
			small, large := s.page(n), s.page(4*n)
			if r := float64(len(large)) / float64(len(small)); r < 3.5 || r > 4.5 {
				t.Fatalf("pages of %d and %d bytes: the shape does not grow fourfold", len(small), len(large))
			}
			var rd float64
			for attempt := range 3 {
				if attempt == 2 {
					// The last try is a size up: a page of a few
					// hundred kilobytes may outgrow the processor's
					// caches at 4n (its time doubling when other
					// processes share the caches), one of 16n has
					// outgrown them already, and a cost that grows
					// with the square of the input still grows 16-fold.
					small, large = large, s.page(16*n)
				}
				var c1, c4 cost
				for range runs {
					c1.add(parseCost(small))
					c4.add(parseCost(large))
				}
				rd = float64(c4.d) / float64(c1.d)
				rb, rn := float64(c4.b)/float64(c1.b), float64(c4.n)/float64(c1.n)
				t.Logf("%d bytes: %v, %d bytes in %d allocations; %d bytes: %v, %d bytes in %d allocations; ratios %.1f, %.1f, %.1f",
					len(small), c1.d, c1.b, c1.n, len(large), c4.d, c4.b, c4.n, rd, rb, rn)
				if attempt == 0 {
					if rb >= 5 {
						t.Errorf("4x the input allocates %.1fx the bytes, want less than 5x", rb)
					}
					if rn >= 5 {
						t.Errorf("4x the input makes %.1fx the allocations, want less than 5x", rn)
					}
				}
				if rd < 8 {
					return
				}
			}
			t.Errorf("4x the input takes %.1fx the time, want less than 8x", rd)
		})
	}
}
