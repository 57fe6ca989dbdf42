package wirestory

import (
	"go/ast"
	"go/parser"
	"go/token"
	"golang.org/x/net/html/atom"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestTailPhrasesListed checks that every phrase classifyTail looks for
// with has is in tailPhrases: has finds only those.
func TestTailPhrasesListed(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "tail.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "has" || len(call.Args) != 1 {
			return true
		}
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok {
			t.Errorf("has called with %T, not a phrase", call.Args[0])
			return true
		}
		p, _ := strconv.Unquote(lit.Value)
		n++
		if !slices.Contains(tailPhrases, p) {
			t.Errorf("classifyTail looks for %q, which tailPhrases lacks", p)
		}
		return true
	})
	if n < 10 {
		t.Errorf("found %d calls of has in tail.go; the test reads the wrong file", n)
	}
}

// TestMayOpenWithAgency checks mayOpenWithAgency against agencyMatches: it
// may say yes when no mention opens the text, never no when one does.
func TestMayOpenWithAgency(t *testing.T) {
	found := 0
	for _, s := range []string{
		"AP's Jane Doe contributed.", "Associated Press writer Jane Doe", "The Associated Press", "Reuters",
		"REUTERS/Jane Doe", "Agence France-Presse's Jane Doe reports.", "dpa", "Jiji Press", "新华社记者",
		"共同通信", "(AP)", " AP", "Jane Doe's report", "Apple's results", "", "’s", "AFP’s Jane Doe reports",
		"Xinhua's Jane Doe", "PTI", "Efe", "ANSA's story", "Kyodo News", "Yonhap's reporter",
	} {
		ms := agencyMatches(s, true)
		opens := len(ms) > 0 && ms[0].start == 0
		if opens {
			found++
		}
		if opens && !mayOpenWithAgency(s) {
			t.Errorf("mayOpenWithAgency(%q) = false; agencyMatches finds %v at its start", s, ms[0])
		}
	}
	if found < 10 {
		t.Errorf("agencyMatches finds an agency at the start of %d texts; the cases test nothing", found)
	}
	for _, s := range []string{"Jane Doe's report", "(AP)", " AP", "", "Mayor Jane Doe's office"} {
		if mayOpenWithAgency(s) {
			t.Errorf("mayOpenWithAgency(%q) = true; no agency's name opens it", s)
		}
	}
}

// TestMonthYearShapes checks monthYearShapes against the scanners it
// spares: whenever scanner 3 or 4 of findDate matches a line, the line has
// that scanner's shape. The lines are dates in many spellings, and random
// strings of the pieces dates are made of.
func TestMonthYearShapes(t *testing.T) {
	lines := dateLines()
	res := dateScanners()
	matched := [2]int{}
	spared := 0
	for _, s := range lines {
		dayMonth, monthDay := monthYearShapes(s)
		if res[3].MatchString(s) {
			matched[0]++
			if !dayMonth {
				t.Errorf("%q: scanner 3 matches, but monthYearShapes finds no day-month shape", s)
			}
		}
		if res[4].MatchString(s) {
			matched[1]++
			if !monthDay {
				t.Errorf("%q: scanner 4 matches, but monthYearShapes finds no month-day shape", s)
			}
		}
		if !dayMonth || !monthDay {
			spared++
		}
	}
	t.Logf("scanner 3 matched %d lines, scanner 4 %d; %d spared one", matched[0], matched[1], spared)
	if matched[0] < 40 || matched[1] < 40 || spared < 1000 {
		t.Errorf("scanner 3 matched %d lines, scanner 4 %d, and %d lines spared one: the lines test too little",
			matched[0], matched[1], spared)
	}
	for _, c := range []struct {
		s                  string
		dayMonth, monthDay bool
	}{
		{"19 November 2019", true, false},
		{"Nov. 19, 2019", false, true},
		{"March 1st, 2020", true, true},
		{"march 3ſt 2020", true, true},
		{"Nov 3 2020", false, true},
		{"Copyright 2019", true, false},
		{"Updated at 12:30, 2019 edition", false, false},
	} {
		if dm, md := monthYearShapes(c.s); dm != c.dayMonth || md != c.monthDay {
			t.Errorf("monthYearShapes(%q) = %v, %v; want %v, %v", c.s, dm, md, c.dayMonth, c.monthDay)
		}
	}
}

// dateLines returns dates in many spellings, and lines built the way
// scanners 3 and 4 of findDate read dates, with near misses.
func dateLines() []string {
	lines := []string{
		"Nov. 19, 2019 8:03 am ET", "Updated 1:39 am EST, Wednesday, November 20, 2019", "19 November 2019",
		"sexta-feira, 22 de outubro de 2010 às 20:13", "3. Juli 2024", "1er juin 2024", "March 1st, 2020",
		"MARCH 2ND 2020", "march 3ſt 2020", "Nov 20 20194:29 AM", "14:53 GMT +320 November 2019",
		"Posted: 18 Nov 2019 8:11 pm", "24 сентября 2018", "3 okt. 2024", "3 okt.. 2024", "May 4,\t2016",
		"Apr. 28 2023", "on 12 May, 2021", "20 , 2019", "Nov 201 2019", "July 3rd,  2024", "2 de março de 2024",
		"Published Wed, Nov 20 2019", "December\n25\n2024", "5 mai\f2024", "Januar 2024", "June 2024 12 2025",
	}
	// Lines built as the two scanners read dates, each slot filled from
	// a few spellings (some that no scanner takes), and one slot in four
	// replaced by any piece: near misses beside matches.
	pieces := []string{"1", "12", "3", "2024", "1999", " ", "  ", "\t", ",", ".", "de", "er", "st", "ND", "rd",
		"Th", "ſt", "june", "Nov", "okt.", "MAI", "März", "sept", "x", "ab", "é", "-", "/", "(", "12345", ""}
	day := []string{"1", "12", "3", "123", "x"}
	month := []string{"june", "Nov", "okt.", "MAI", "März", "sept", "SEPTEMBER", "foo"}
	ws := []string{" ", "  ", "\t", "\n", "", "-"}
	opt := func(p ...string) []string { return append(p, "", "") }
	year := []string{"2024", "1999", "20245", "202"}
	edge := []string{"", "", "On ", "x", "é", ", ", " 9:30", "("}
	templates := [][][]string{
		{edge, day, opt("."), opt("er", "ER"), ws, opt("de "), month, opt("."), opt(","), ws, opt("de "), year, edge},
		{edge, month, opt("."), ws, day, opt("st", "nd", "RD", "Th", "ſt", "xx"), opt(","), ws, year, edge},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		var b strings.Builder
		for _, slot := range templates[rng.IntN(len(templates))] {
			if rng.IntN(4) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			} else {
				b.WriteString(slot[rng.IntN(len(slot))])
			}
		}
		lines = append(lines, b.String())
	}
	return lines
}

// TestFindMonthDate checks findMonthDate against the scanners it stands
// for: the same match, offsets and groups, on every line of dateLines.
func TestFindMonthDate(t *testing.T) {
	res := dateScanners()
	found := 0
	for _, s := range append(dateLines(), "", "x", "3", " 3 May 2024", "é3 May 2024", "\xff3 May 2024", "May 3\xff, 2024",
		"1 2 3 May 2024", "May May 3, 2024", "ab3 May 2024 4 June 2025") {
		for k := 3; k <= 4; k++ {
			want := res[k].FindStringSubmatchIndex(s)
			if got := findMonthDate(k, s, len(s)); !slices.Equal(got, want) {
				t.Errorf("findMonthDate(%d, %q) = %v; the scanner finds %v", k, s, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found < 200 {
		t.Errorf("the scanners match %d lines: the lines test too little", found)
	}
}

// TestMayHoldCreditLabel checks that every label of pictureCreditLabels,
// in any case and with any text around it, passes mayHoldCreditLabel.
func TestMayHoldCreditLabel(t *testing.T) {
	for _, l := range pictureCreditLabels {
		if !strings.Contains(l, ":") && !strings.Contains(l, " by ") {
			t.Errorf("label %q has neither a colon nor \" by \": mayHoldCreditLabel would miss it", l)
		}
		for _, s := range []string{l, strings.ToUpper(l), alternateCase(l, 0), alternateCase(l, 1), "A caption." + strings.ToUpper(l[:3]) + l[3:] + "Jane Roe/AP",
			"Ünïcödé." + l + "Jane Roe"} {
			if creditLabelSet.inLower(s) && !mayHoldCreditLabel(s) {
				t.Errorf("mayHoldCreditLabel(%q) = false; it holds %q", s, l)
			}
		}
	}
	for _, s := range []string{"The minister spoke in Paris on Tuesday.", "Photo courtesy of the family"} {
		if mayHoldCreditLabel(s) {
			t.Errorf("mayHoldCreditLabel(%q) = true; it has no colon and no \"by\"", s)
		}
	}
}

// alternateCase returns s with its ASCII letters in upper and lower case by
// turns, the first upper when first is 0.
func alternateCase(s string, first int) string {
	b := []byte(s)
	for i, c := range b {
		if (i+first)%2 == 0 {
			b[i] = byte(unicode.ToUpper(rune(c)))
		} else {
			b[i] = byte(unicode.ToLower(rune(c)))
		}
	}
	return string(b)
}

// TestClassParts checks classParts against the three sets it merges.
func TestClassParts(t *testing.T) {
	keys := []string{"", "story", "sidebarx"}
	for _, m := range []map[string]bool{settingParts, boilerParts} {
		for k := range m {
			keys = append(keys, k)
		}
	}
	for k := range markWords {
		keys = append(keys, k)
	}
	if len(keys) < 20 {
		t.Fatalf("%d keys: the sets are empty", len(keys))
	}
	for _, k := range keys {
		want := classPart{marks: markWords[k], setting: settingParts[k], boiler: boilerParts[k]}
		if got := classParts[k]; got != want {
			t.Errorf("classParts[%q] = %+v; the sets say %+v", k, got, want)
		}
	}
}

// TestTagKindTable checks tagKinds against the four sets of tags it
// holds, for the tags in them and for others.
func TestTagKindTable(t *testing.T) {
	tags := []atom.Atom{0, atom.Span, atom.A, atom.B, atom.Em, atom.Img, atom.Svg, atom.Math, atom.Template, atom.Body}
	n := 0
	for _, set := range []map[atom.Atom]bool{blockTags, skipTags, rawTextTags, voidTags} {
		for a := range set {
			tags = append(tags, a)
			n++
		}
	}
	if n < 20 {
		t.Fatalf("the sets hold %d tags", n)
	}
	for _, a := range tags {
		var want tagKind
		if blockTags[a] {
			want |= tagBlock
		}
		if skipTags[a] {
			want |= tagSkip
		}
		if rawTextTags[a] {
			want |= tagRawText
		}
		if voidTags[a] {
			want |= tagVoid
		}
		if got := tagKinds.of(a); got != want {
			t.Errorf("tagKinds.of(%v) = %b; the sets say %b", a, got, want)
		}
	}
}

// TestHasDigit checks hasDigit against strings.ContainsAny.
func TestHasDigit(t *testing.T) {
	for _, s := range []string{"", "a", "0", "abc9", "١٢٣", "x 2 days ago", "no digits here", "٣ ago", "\xff7"} {
		if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("hasDigit(%q) = %v; want %v", s, got, want)
		}
	}
}
