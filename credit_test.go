package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// codesOf returns the codes of ags.
func codesOf(ags []Agency) []string {
	var out []string
	for _, a := range ags {
		out = append(out, a.Code)
	}
	return out
}

// creditLines has one case per rule of classifyCreditLine, in lines
// written for this test in the styles of the wires and their clients.
var creditLines = []struct {
	rule, in string
	kind     string
	codes    []string
}{
	// Bylines.
	{"byline", "By Jane Doe", kindByline, nil},
	{"byline with agency", "By JANE DOE and JOHN ROE, Associated Press", kindByline, []string{"AP"}},
	{"byline with job title", "Robert Roe, AP Science Writer", kindByline, []string{"AP"}},
	{"pipe byline with title and relative time", "Jane Doe | Staff Writer | 3 days ago", kindByline, nil},
	{"pipe byline, lower-case prefix, weekday date", "Maria deLuca | Contributing Editor | Monday, 4 March 2024", kindByline, nil},
	{"ANPA markers around a byline", "^By JOHN ROE, Associated Press=", kindByline, []string{"AP"}},
	{"IPTC 7901 byline end", "By dpa correspondents =", kindByline, []string{"dpa"}},
	{"placeholder byline", "Staff Report", kindByline, nil},
	// Source credits, combined and vague.
	{"hyphenated agencies", "AFP-JIJI", kindCredit, []string{"AFP", "Jiji"}},
	{"slashed agencies", "Reuters/Kyodo", kindCredit, []string{"Reuters", "Kyodo"}},
	{"listed agencies", "AP, Reuters", kindCredit, []string{"AP", "Reuters"}},
	{"with an agency", "with AFP", kindCredit, []string{"AFP"}},
	{"from two agencies", "From Reuters and AP", kindCredit, []string{"Reuters", "AP"}},
	{"vague agencies", "Agencies", kindCredit, nil},
	{"staff and agencies", "Staff and agencies", kindCredit, nil},
	{"labelled source", "Source: Xinhua", kindCredit, []string{"Xinhua"}},
	{"labelled source, no agency", "Credit: NOAA", kindCredit, nil},
	{"agency's other name", "Source: Focus Taiwan", kindCredit, []string{"CNA"}},
	{"Dutch source label", "Bron: BELGA", kindCredit, []string{"Belga"}},
	{"Polish source label", "Źródło: PAP", kindCredit, []string{"PAP"}},
	{"Chinese source label", "来源：新华社", kindCredit, []string{"Xinhua"}},
	{"spaced colon", "Source : AFP", kindCredit, []string{"AFP"}},
	{"site with its address and an agency", "Example.fr avec AFP", kindCredit, []string{"AFP"}},
	{"paper's name, French byline word and an agency", "Par La Gazette et AFP", kindCredit, []string{"AFP"}},
	{"source sentence", "This story was provided by Reuters.", kindCredit, []string{"Reuters"}},
	{"agency after a headline", "Stocks slip as rates rise (Reuters)", kindCredit, []string{"Reuters"}},
	{"agency after a caption's pipe", "Flood waters recede in the old town. | KYODO", kindCredit, []string{"Kyodo"}},
	{"agency in brackets", "[ AFP ]", kindCredit, []string{"AFP"}},
	{"agency alone in parentheses", "(Associated Press)", kindCredit, []string{"AP"}},
	// Picture credits.
	{"AP photo", "(AP Photo/Jane Doe)", kindCredit, []string{"AP"}},
	{"agency slash photographer", "REUTERS/John Roe/File Photo", kindCredit, []string{"Reuters"}},
	{"photographer slash agency", "Jane Doe/AFP via Getty Images", kindCredit, []string{"AFP", "Getty Images"}},
	{"spaced slash in a caption", "Una vista de la plaza. EFE / Juan Pérez.", kindCredit, []string{"EFE"}},
	{"picture label", "Photo: Kyodo", kindCredit, []string{"Kyodo"}},
	{"picture id", "Mandatory Credit: John Roe-USA TODAY Sports - RTR7ABC12", kindCredit, []string{"USA Today Sports", "Reuters"}},
	{"copyright sign and picture source", "© privat", kindCredit, nil},
	// Tails.
	{"Reuters reporting line", "(Reporting by Jane Doe; Editing by John Roe)", kindTail, []string{"Reuters"}},
	{"Reuters reporting line with commas", "(Reporting by Jane Doe, editing by John Roe)", kindTail, []string{"Reuters"}},
	{"AP contributor line", "Associated Press writer Jane Doe in Rome contributed to this report.", kindTail, []string{"AP"}},
	{"agency possessive contributor", "CNN's Jane Doe and John Roe contributed to this report.", kindTail, []string{"CNN"}},
	{"agency possessive report", "AFP's John Roe reports.", kindTail, []string{"AFP"}},
	{"dash signature", "— Reuters", kindTail, []string{"Reuters"}},
	{"end mark", "(END)", kindTail, nil},
	{"inputs from an agency", "(With inputs from PTI)", kindTail, []string{"PTI"}},
	{"inputs in HTML", "<div><i>(with inputs from IANS)</i></div>", kindTail, []string{"IANS"}},
	{"inputs from agencies", "(with inputs from agencies)", kindTail, nil},
	{"agency and a desk's initials", "SDA/xy", kindTail, []string{"SDA"}},
	{"desk's initials and agency", "abc/dpa", kindTail, []string{"dpa"}},
	{"editor's line, Chinese", "责任编辑：王明", kindTail, nil},
	{"source and editor, Chinese", "本文来源：新华社 责任编辑：王明_NB123", kindTail, []string{"Xinhua"}},
	{"reporters after a house byline", "--Jane Doe and John Roe, with assistance from Ann Lee in Tokyo. Editors: Ben Ray.", kindTail, nil},
	{"author's initials", "Autor: abc//xyz", kindTail, nil},
	{"syndicated link back", "Source link", kindTail, nil},
	{"agency and editors' initials", "dpa abc xy", kindTail, []string{"dpa"}},
	{"old sign-off spelling", "REUTER", kindTail, []string{"Reuters"}},
	{"editor's initials", "(Fdm)", kindTail, nil},
	{"contact line", "To contact the reporter on this story: Jane Doe in Tokyo at jdoe@bloomberg.net", kindTail, []string{"Bloomberg"}},
	{"syndication disclaimer", "Xinhua does not vouch for the accuracy of this report.", kindTail, []string{"Xinhua"}},
	{"filing stamp", "UPI-NY-03-04-21 1830GMT", kindTail, []string{"UPI"}},
	{"blog footer", "Posted by ,\nFiled under: Politics", kindTail, nil},
	{"continuation marker", "W300 Full Story", kindTail, nil},
	// Copyright notices.
	{"AP notice", "© 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", kindCopyright, []string{"AP"}},
	{"sign and agency", "© Reuters", kindCopyright, []string{"Reuters"}},
	{"site notice", "Copyright 2022 Example Daily. All rights reserved.", kindCopyright, nil},
	{"(c) notice", "(c) Copyright Thomson Reuters 2020.", kindCopyright, []string{"Reuters"}},
	// Corrections.
	{"dated correction", "Correction, March 3, 2021: An earlier version misspelled the minister's name.", kindCorrection, nil},
	{"clarification", "Clarification: The report was published in May, not June.", kindCorrection, nil},
	{"Reuters slug", "CORRECTED-Oil prices climb as supply tightens", kindCorrection, []string{"Reuters"}},
	// None of these.
	{"sentence", "The minister said the plan would be ready by June.", "", nil},
	{"promo", "Sign up for our morning newsletter", "", nil},
	{"empty", "", "", nil},
	{"tags only", "<p></p>", "", nil},
}

func TestClassifyCreditLine(t *testing.T) {
	for _, c := range creditLines {
		t.Run(c.rule, func(t *testing.T) {
			kind, ags := classifyCreditLine(c.in)
			if kind != c.kind || !slices.Equal(codesOf(ags), c.codes) {
				t.Errorf("classifyCreditLine(%q) = %q %q, want %q %q", c.in, kind, codesOf(ags), c.kind, c.codes)
			}
		})
	}
}

// TestAgencyCJK checks that agencies named in Chinese or Japanese
// characters are found inside a run of text with no spaces, and only there.
func TestAgencyCJK(t *testing.T) {
	for _, c := range []struct {
		in    string
		codes []string
	}{
		{"新华社东京3月4日电", []string{"Xinhua"}},
		{"来源：新华网", []string{"Xinhua"}},
		{"据法新社报道，会谈将于周五举行。", []string{"AFP"}},
		{"路透社与美联社均报道了此事", []string{"Reuters", "AP"}},
		{"共同通信によると", []string{"Kyodo"}},
		{"両国は共同で声明を出した", nil}, // "jointly", not the agency
		{"新闻社会版", nil},
	} {
		if got := codesOf(findAgencies(c.in, false)); !slices.Equal(got, c.codes) {
			t.Errorf("findAgencies(%q) = %q, want %q", c.in, got, c.codes)
		}
	}
}

func TestIsPhotoCredit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Jane Doe/AP", true},
		{"AP/Jane Doe", true},
		{"EFE / Juan Pérez", true},
		{"(Kyodo)", false},
		{"Dow Jones/AP", false},
		{"Reuters/Kyodo", false},
		{"By Jane Doe, Reuters", false},
		{"AFP via Getty Images", true},
		{"abc/dpa", false},
		{"Quelle: example.de, abc/dpa", false},
		{"SDA/xy", false},
		{"Jane Doe/dpa", true},
		{"| Efe", true},
		{"| Reuters", true},
		{"| Politics", false},
	} {
		if got := isPhotoCredit(c.in); got != c.want {
			t.Errorf("isPhotoCredit(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestSplitSignature(t *testing.T) {
	for _, c := range []struct{ in, body, sig string }{
		{"Talks will resume next week, officials said. PTI", "Talks will resume next week, officials said.", "PTI"},
		{"El acuerdo se firmará en Lima. EFE", "El acuerdo se firmará en Lima.", "EFE"},
		{"Il ministro ha parlato a Milano (ANSA).", "Il ministro ha parlato a Milano.", "(ANSA)"},
		{"Il ministro ha parlato a Milano. (ANSA)", "Il ministro ha parlato a Milano.", "(ANSA)"},
		{"Es war das zweite Mal in diesem Jahr. dpa", "Es war das zweite Mal in diesem Jahr.", "dpa"},
		{"Exports grew in the first quarter. Kyodo", "Exports grew in the first quarter.", "Kyodo"},
		{"The deal was signed by the CEO", "The deal was signed by the CEO", ""},
		{"He called it a (Ticker).", "He called it a (Ticker).", ""},
		{"It rose again (see chart).", "It rose again (see chart).", ""},
		{"She joined the company in 2019 as CEO.", "She joined the company in 2019 as CEO.", ""},
		{"会談は来週再開される見通しだ。(c)AFP/Jane DOE", "会談は来週再開される見通しだ。", "(c)AFP/Jane DOE"},
		{"Talks resume next week. ©AFP", "Talks resume next week.", "©AFP"},
		{"The firm said (c) marks its own work", "The firm said (c) marks its own work", ""},
		{"Talks resume next week. (c)Example/Jane DOE", "Talks resume next week. (c)Example/Jane DOE", ""},
	} {
		body, sig := splitSignature(c.in)
		if body != c.body || sig != c.sig {
			t.Errorf("splitSignature(%q) = %q, %q, want %q, %q", c.in, body, sig, c.body, c.sig)
		}
	}
}

// TestAgencyTable checks the table itself: codes are unique, and every
// spelling of a row, alone, names that row's agency.
func TestAgencyTable(t *testing.T) {
	seen := map[string]bool{}
	for _, def := range agencies {
		if seen[strings.ToLower(def.code)] {
			t.Errorf("code %q appears twice", def.code)
		}
		seen[strings.ToLower(def.code)] = true
		if a, ok := agencyByCode(def.code); !ok || a.Name != def.name {
			t.Errorf("agencyByCode(%q) = %v, %v", def.code, a, ok)
		}
		for _, list := range [][]string{def.cased, def.folded, def.weak, def.cjk} {
			for _, sp := range list {
				got := codesOf(findAgencies(sp, true))
				if len(got) != 1 || got[0] != def.code {
					t.Errorf("spelling %q of %s names %q", sp, def.code, got)
				}
			}
		}
	}
}

// TestReadMetaLine checks the lines above a story that hold a credit, a
// date or both, written for this test in the styles of news sites.
func TestReadMetaLine(t *testing.T) {
	for _, c := range []struct {
		in     string
		ok     bool
		credit string
		people []string
		codes  []string
		date   string
	}{
		{"By Jane Doe, Reuters Published 10:52 am CST, Tuesday, January 14, 2020", true,
			"By Jane Doe, Reuters", []string{"Jane Doe"}, []string{"Reuters"}, "2020-01-14"},
		{"Von dpa 12.03.2022, 08:15", true, "Von dpa", nil, []string{"dpa"}, "2022-03-12"},
		{"By Bloomberg News - Mon Nov 02 21:05:00 GMT 2015", true, "By Bloomberg News", nil, []string{"Bloomberg"}, "2015-11-02"},
		{"Last Updated : Mar 09, 2021 06:10 PM IST | Source: PTI", true, "Source: PTI", nil, []string{"PTI"}, "2021-03-09"},
		{"2021-06-01 10:20:30 来源: 新华社 举报", true, "来源: 新华社 举报", nil, []string{"Xinhua"}, "2021-06-01"},
		{"2021/10/13 09:31山田 太郎", true, "", []string{"山田 太郎"}, nil, "2021-10-13"},
		{"Jane Doe | Palma de Mallorca | 08/01/2014", true, "Jane Doe | Palma de Mallorca | 08/01/2014", []string{"Jane Doe"}, nil, "2014-01-08"},
		{"Politics | Fri May 13, 2016 12:43pm EDT", true, "", nil, nil, "2016-05-13"},
		{"May 4, 2016 This story originally appeared on Reuters", true, "", nil, nil, "2016-05-04"},
		{"By Jane Doe", true, "By Jane Doe", []string{"Jane Doe"}, nil, ""},
		// Not meta lines.
		{"The minister said on May 4, 2016 that the talks would resume next week.", false, "", nil, nil, ""},
		{"Home | News | World", false, "", nil, nil, ""},
		{"Photo: Jane Doe/AP", false, "", nil, nil, ""},
	} {
		ml, ok := readMetaLine(c.in)
		date := ""
		if ml.date.ok {
			date = ml.date.t.Format("2006-01-02")
		}
		people := ml.people
		if len(people) == 0 {
			people = ml.credit.people
		}
		if ok != c.ok || ml.creditText != c.credit || !slices.Equal(people, c.people) ||
			!slices.Equal(codesOf(ml.credit.agencies), c.codes) || date != c.date {
			t.Errorf("readMetaLine(%q) = %v credit %q people %q agencies %q date %q, want %v %q %q %q %q",
				c.in, ok, ml.creditText, people, codesOf(ml.credit.agencies), date, c.ok, c.credit, c.people, c.codes, c.date)
		}
	}
}

func TestSignaturePeople(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"(c)AFP/Jane DOE", []string{"Jane DOE"}},
		{"©AFP", nil},
		{"(c)AFP/ab", nil},
	} {
		if got := signaturePeople(c.in); !slices.Equal(got, c.want) {
			t.Errorf("signaturePeople(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsPictureAgencyLine(t *testing.T) {
	for _, c := range []struct {
		prev, line string
		want       bool
	}{
		{"The mayor (left) and her deputy at the pier", "AP", true},
		{"The mayor (left) and her deputy at the pier", "Jane Doe", false},
		{"By Jane Doe", "Associated Press", false},
		{"Harbor ferry returns after two-year pause", "Reuters", false},
	} {
		if got := isPictureAgencyLine(c.prev, c.line); got != c.want {
			t.Errorf("isPictureAgencyLine(%q, %q) = %v, want %v", c.prev, c.line, got, c.want)
		}
	}
}
