package wirestory

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"testing"
)

var debugPage = flag.String("debugpage", "", "print the blocks of this page with their roles (a debugging aid)")

// TestDebugPage prints how a page's blocks were read and classified. It
// runs only with -debugpage=FILE.
func TestDebugPage(t *testing.T) {
	if *debugPage == "" {
		t.Skip("no -debugpage")
	}
	data, err := os.ReadFile(*debugPage)
	if err != nil {
		t.Fatal(err)
	}
	var pg *page
	if looksHTML(data) {
		pg = parseHTMLPage(data, "")
	} else {
		pg = parseTextPage(data)
	}
	rs, rstart, rend := ruleBody(pg)
	p := trainedBody.blockProbs(rs, pg.isText, rstart, rend, commentsStart(rs, firstProse(rs)))
	ss, start, end := classifyPage(pg, &trainedBody)
	fmt.Printf("body %d..%d (rules %d..%d)\n", start, end, rstart, rend)
	for i, s := range ss {
		text := s.text
		if len(text) > 110 {
			text = text[:110]
		}
		m := " "
		if s.inMain {
			m = "M"
		}
		fmt.Printf("%4d %s %.2f %-8s k%d h%d b%v l%d p%v %q\n", i, m, p[i], roleNames[s.role], s.kind, s.hint, s.boiler, s.linkLen, s.f.prose, text)
	}
}

var roleNames = map[role]string{roleUnknown: "-", roleJunk: "junk", roleChrome: "chrome", roleTeaser: "teaser",
	roleCaption: "caption", roleBody: "body", roleSubhead: "subhead", roleTail: "tail", roleMeta: "meta"}

var debugHead = flag.String("debughead", "", "print the text headline candidates of this page with their scores (a debugging aid)")

// TestDebugHead prints the headline candidates of a text page, best
// first, with the scorer's value and the rules' choice. It runs only with
// -debughead=FILE.
func TestDebugHead(t *testing.T) {
	if *debugHead == "" {
		t.Skip("no -debughead")
	}
	data, err := os.ReadFile(*debugHead)
	if err != nil {
		t.Fatal(err)
	}
	pg := parseTextPage(data)
	m := &trainedBody
	ss, start, _ := classifyPage(pg, m)
	type cand struct {
		i int
		z float64
	}
	var cs []cand
	headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) {
		z := m.head.score(f)
		for _, tr := range m.headTrees {
			z += treeValue(tr, f[:])
		}
		cs = append(cs, cand{i, z})
	})
	sort.Slice(cs, func(a, b int) bool { return cs[a].z > cs[b].z })
	ri, rt, rs := textHeadlineScored(ss, start)
	fmt.Printf("body start %d; rules: line %d score %d %q\n", start, ri, rs, rt)
	for k, c := range cs {
		if k >= 8 {
			break
		}
		fmt.Printf("%7.2f %4d %q\n", c.z, c.i, shorten(ss[c.i].text, 100))
	}
}

var headRanks = flag.String("headranks", "", "print where the text headline scorer puts each page's known headline in this corpus (a debugging aid)")

// TestHeadRanks prints, for each text page of a corpus with a known
// headline, where the headline stands among the scorer's candidates. It
// runs only with -headranks=CORPUS (aeb, fundus, wcxb, stories).
func TestHeadRanks(t *testing.T) {
	if *headRanks == "" {
		t.Skip("no -headranks")
	}
	m := &trainedBody
	for _, dp := range loadDevPages(t) {
		if !dp.text || dp.title == "" || dp.corpus != *headRanks {
			continue
		}
		pg, err := pageOf(dp)
		if err != nil {
			t.Fatal(err)
		}
		ss, start, _ := classifyPage(pg, m)
		type cand struct {
			i    int
			z    float64
			good bool
		}
		var cs []cand
		headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) {
			z := m.head.score(f)
			for _, tr := range m.headTrees {
				z += treeValue(tr, f[:])
			}
			cs = append(cs, cand{i, z, sameTitle(ss[i].text, dp.title)})
		})
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].z > cs[b].z })
		where := -1
		for i := range ss {
			if sameTitle(ss[i].text, dp.title) {
				where = i
				break
			}
		}
		status := "absent"
		for r, c := range cs {
			if c.good {
				status = fmt.Sprintf("rank %d (%.2f under %.2f)", r, c.z, cs[0].z)
				break
			}
		}
		if status == "absent" && where >= 0 {
			status = fmt.Sprintf("outside (line %d, start %d)", where, start)
		}
		if len(cs) > 0 && cs[0].good {
			status = "ok"
		}
		top := ""
		if len(cs) > 0 {
			top = shorten(ss[cs[0].i].text, 70)
		}
		fmt.Printf("%s %-40s %-32s %q\n", half(dp.id), dp.id, status, top)
	}
}
