package wirestory

import (
	"flag"
	"fmt"
	"os"
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
