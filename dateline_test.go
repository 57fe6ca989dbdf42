package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// datelineStyles has one case per dateline style ParseDateline reads, in
// made-up stories written for this test. want is the dateline text, then
// the places, date and agencies; lede is the start of the lede.
var datelineStyles = []struct {
	style, in string
	text      string
	places    []string
	date      string
	agencies  []string
	lede      string
}{
	{"caps, em dash", "WASHINGTON — Lawmakers returned to the Capitol on Monday.",
		"WASHINGTON —", []string{"WASHINGTON"}, "", nil, "Lawmakers returned"},
	{"caps, en dash", "BOSTON – The city's harbor reopened after the storm.",
		"BOSTON –", []string{"BOSTON"}, "", nil, "The city's harbor"},
	{"caps, double hyphen", "DENVER -- Snow closed the interstate for a second day.",
		"DENVER --", []string{"DENVER"}, "", nil, "Snow closed"},
	{"double hyphen glued", "CHICAGO--Shares of the airline fell in early trading.",
		"CHICAGO--", []string{"CHICAGO"}, "", nil, "Shares of"},
	{"caps, hyphen", "LONDON - Rail workers voted to strike in March.",
		"LONDON -", []string{"LONDON"}, "", nil, "Rail workers"},
	{"AP wire underscore", "PHOENIX (AP) _ A judge on Tuesday blocked the new rule.",
		"PHOENIX (AP) _", []string{"PHOENIX"}, "", []string{"AP"}, "A judge"},
	{"state abbreviation", "LA CROSSE, Wis. (AP) — The river crested overnight.",
		"LA CROSSE, Wis. (AP) —", []string{"LA CROSSE", "Wis."}, "", []string{"AP"}, "The river"},
	{"country", "KABUL, Afghanistan (AP) — Talks resumed on Sunday.",
		"KABUL, Afghanistan (AP) —", []string{"KABUL", "Afghanistan"}, "", []string{"AP"}, "Talks resumed"},
	{"region with particle, glued", "PORT LOUIS, Trinidad and Tobago--Officials met on Friday.",
		"PORT LOUIS, Trinidad and Tobago--", []string{"PORT LOUIS", "Trinidad and Tobago"}, "", nil, "Officials met"},
	{"abbreviated place name", "ST. CLOUD, Minn. (AP) — A bridge was closed.",
		"ST. CLOUD, Minn. (AP) —", []string{"ST. CLOUD", "Minn."}, "", []string{"AP"}, "A bridge"},
	{"hyphenated place", "AL-MUKALLA, Yemen (AP) — Fishermen returned to port.",
		"AL-MUKALLA, Yemen (AP) —", []string{"AL-MUKALLA", "Yemen"}, "", []string{"AP"}, "Fishermen"},
	{"accented capitals", "SÃO PAULO (AP) — Coffee prices climbed.",
		"SÃO PAULO (AP) —", []string{"SÃO PAULO"}, "", []string{"AP"}, "Coffee prices"},
	{"Mon D", "BEIJING, Jan 8 (Reuters) - Factory output grew in December.",
		"BEIJING, Jan 8 (Reuters) -", []string{"BEIJING"}, "Jan 8", []string{"Reuters"}, "Factory output"},
	{"Mon. D", "SEOUL, Jan. 9 (Yonhap) -- The central bank held rates.",
		"SEOUL, Jan. 9 (Yonhap) --", []string{"SEOUL"}, "Jan. 9", []string{"Yonhap"}, "The central bank"},
	{"Sept. D after country", "AMMAN, Jordan, Sept. 20 (UPI) -- Aid trucks crossed the border.",
		"AMMAN, Jordan, Sept. 20 (UPI) --", []string{"AMMAN", "Jordan"}, "Sept. 20", []string{"UPI"}, "Aid trucks"},
	{"D Month", "PARIS, 8 January (AFP) - Unions called a new strike.",
		"PARIS, 8 January (AFP) -", []string{"PARIS"}, "8 January", []string{"AFP"}, "Unions called"},
	{"D Mon", "IPOH, 13 Jan (Bernama) -- Floods forced hundreds from their homes.",
		"IPOH, 13 Jan (Bernama) --", []string{"IPOH"}, "13 Jan", []string{"Bernama"}, "Floods forced"},
	{"French month", "GENÈVE, 10 août (Xinhua) -- La conférence s'est ouverte lundi.",
		"GENÈVE, 10 août (Xinhua) --", []string{"GENÈVE"}, "10 août", []string{"Xinhua"}, "La conférence"},
	{"Spanish D de Month", "Osaka, 4 de marzo (Jiji Press)—El banco anunció un plan.",
		"Osaka, 4 de marzo (Jiji Press)—", []string{"Osaka"}, "4 de marzo", []string{"Jiji Press"}, "El banco"},
	{"Italian abbreviated month", "Milano, 14 giu. (askanews) – La borsa ha chiuso in rialzo.",
		"Milano, 14 giu. (askanews) –", []string{"Milano"}, "14 giu.", []string{"askanews"}, "La borsa"},
	{"Month D, YYYY first, colon", "March 2, 2015: Shares opened higher on Monday.",
		"March 2, 2015:", nil, "March 2, 2015", nil, "Shares opened"},
	{"date first with agency", "Nov 3 (Reuters) - The retailer cut its forecast.",
		"Nov 3 (Reuters) -", nil, "Nov 3", []string{"Reuters"}, "The retailer"},
	{"two-digit day, spaced colon", "LAHORE, Pakistan : Sep 07 (APP) - The cabinet met on Monday.",
		"LAHORE, Pakistan : Sep 07 (APP) -", []string{"LAHORE", "Pakistan"}, "Sep 07", []string{"APP"}, "The cabinet"},
	{"TASS", "MINSK, October 5. /TASS/. Talks will continue next week.",
		"MINSK, October 5. /TASS/.", []string{"MINSK"}, "October 5", []string{"TASS"}, "Talks will"},
	{"agency first", "(Reuters) - The carmaker recalled 40,000 vehicles.",
		"(Reuters) -", nil, "", []string{"Reuters"}, "The carmaker"},
	{"agency first, then place and date", "(ANSA) - Milano, 3 marzo - Il governo ha approvato il decreto.",
		"(ANSA) - Milano, 3 marzo -", []string{"Milano"}, "3 marzo", []string{"ANSA"}, "Il governo"},
	{"two agencies", "(CBS/AP) A jury returned its verdict on Friday.",
		"(CBS/AP)", nil, "", []string{"CBS", "AP"}, "A jury"},
	{"bare agency code", "PERTH, Feb 3 AAP - Bushfire crews worked through the night.",
		"PERTH, Feb 3 AAP -", []string{"PERTH"}, "Feb 3", []string{"AAP"}, "Bushfire crews"},
	{"agency between separators", "TAMPA, Fla. - (KRT) - The team signed a new coach.",
		"TAMPA, Fla. - (KRT) -", []string{"TAMPA", "Fla."}, "", []string{"KRT"}, "The team"},
	{"colon, known city", "NEW DELHI: The court will hear the case next week.",
		"NEW DELHI:", []string{"NEW DELHI"}, "", nil, "The court"},
	{"colon, mixed case city", "Mumbai: Commuters faced delays after heavy rain.",
		"Mumbai:", []string{"Mumbai"}, "", nil, "Commuters faced"},
	{"colon, region in parentheses", "Lucknow (Uttar Pradesh): The state cabinet met on Monday.",
		"Lucknow (Uttar Pradesh):", []string{"Lucknow", "Uttar Pradesh"}, "", nil, "The state cabinet"},
	{"ANI", "Kochi [India], March 3 (ANI): The port handled record cargo.",
		"Kochi [India], March 3 (ANI):", []string{"Kochi", "India"}, "March 3", []string{"ANI"}, "The port"},
	{"EFE dot-dash", "Lima (EFE).- El Congreso aprobó la reforma.",
		"Lima (EFE).-", []string{"Lima"}, "", []string{"EFE"}, "El Congreso"},
	{"lower-case agencies with a picture agency", "Madrid, Mar 3 (efe-epa).- The government approved the plan.",
		"Madrid, Mar 3 (efe-epa).-", []string{"Madrid"}, "Mar 3", []string{"efe-epa"}, "The government"},
	{"dot-en-dash", "Buenos Aires.– La inflación bajó en marzo.",
		"Buenos Aires.–", []string{"Buenos Aires"}, "", nil, "La inflación"},
	{"German full stop", "Köln. Die Stadt plant einen neuen Radweg.",
		"Köln.", []string{"Köln"}, "", nil, "Die Stadt"},
	{"German full stop, a city's German name", "Riad. Die Gespräche sollen am Montag beginnen.",
		"Riad.", []string{"Riad"}, "", nil, "Die Gespräche"},
	{"two places, German names, spaced hyphen", "London/Teheran - Die Regierung wies den Bericht zurück.",
		"London/Teheran -", []string{"London", "Teheran"}, "", nil, "Die Regierung"},
	{"German full stop after initials", "Mainz (ab/cd). Der Landtag hat beschlossen.",
		"Mainz (ab/cd).", []string{"Mainz"}, "", []string{"ab", "cd"}, "Der Landtag"},
	{"AFP pipe date", "Lima (AFP) | 04/05/2026 - 09:12:30 | Peru names new minister",
		"Lima (AFP) | 04/05/2026 - 09:12:30 |", []string{"Lima"}, "04/05/2026 - 09:12:30", []string{"AFP"}, "Peru names"},
	{"CJK brackets", "【3月5日 AFP】東京で会議が開かれた。",
		"【3月5日 AFP】", nil, "3月5日", []string{"AFP"}, "東京で"},
	{"CJK brackets, correspondent", "【ロンドン＝山田花子】英政府は１０日、新たな方針を示した。",
		"【ロンドン＝山田花子】", []string{"ロンドン"}, "", nil, "英政府は"},
	{"Chinese wire, space", "新华社上海3月4日电 上海市政府4日宣布了新的措施。",
		"新华社上海3月4日电", []string{"上海"}, "3月4日", []string{"新华社"}, "上海市政府"},
	{"Chinese wire, reporter", "新华社东京１１月２日电（记者王明）日本政府２日决定……",
		"新华社东京１１月２日电（记者王明）", []string{"东京"}, "１１月２日", []string{"新华社"}, "日本政府"},
	{"Chinese wire, no date", "新华社南京电 (记者 李华 张强) 江苏省今年将新建学校。",
		"新华社南京电 (记者 李华 张强)", []string{"南京"}, "", []string{"新华社"}, "江苏省"},
	{"no separator after agency", "Taichung, March 3 (CNA) Exports rose 4 percent.",
		"Taichung, March 3 (CNA)", []string{"Taichung"}, "March 3", []string{"CNA"}, "Exports rose"},
	{"unknown source after a date", "DOHA, May 4 (GulfWire) - Talks resumed.",
		"DOHA, May 4 (GulfWire) -", []string{"DOHA"}, "May 4", []string{"GulfWire"}, "Talks resumed"},
	{"web address as agency", "NAIROBI (Example.com) -- Tea exports rose.",
		"NAIROBI (Example.com) --", []string{"NAIROBI"}, "", []string{"Example.com"}, "Tea exports"},
	{"byline then spaces", "By JANE ROE     OMAHA, Neb. (AP) -- Farmers waited for rain.",
		"OMAHA, Neb. (AP) --", []string{"OMAHA", "Neb."}, "", []string{"AP"}, "Farmers waited"},
	{"byline then known city", "By Ravi Kumar Chennai, Jan 5 (PTI) The metro line opened.",
		"Chennai, Jan 5 (PTI)", []string{"Chennai"}, "Jan 5", []string{"PTI"}, "The metro line"},
	{"feed name first", "Canadian Press - HALIFAX (CP) - The ferry resumed service.",
		"Canadian Press - HALIFAX (CP) -", []string{"HALIFAX"}, "", []string{"Canadian Press", "CP"}, "The ferry"},
	{"feed name alone", "AP - Shares of the chipmaker jumped.",
		"AP -", nil, "", []string{"AP"}, "Shares of"},
	{"site address alone", "Example.com - The company filed its report.",
		"Example.com -", nil, "", []string{"Example.com"}, "The company"},
	{"picture credit glued", "Jane Doe/Getty Images(WASHINGTON) -- The Senate adjourned.",
		"(WASHINGTON) --", []string{"WASHINGTON"}, "", nil, "The Senate"},
	{"Arabic with Arabic comma", "القاهرة، مصر (CNN) -- أعلنت الحكومة خطة جديدة",
		"القاهرة، مصر (CNN) --", []string{"القاهرة", "مصر"}, "", []string{"CNN"}, "أعلنت"},
	{"line of its own", "Cleveland\n\nThe Browns won in overtime.",
		"Cleveland", []string{"Cleveland"}, "", nil, "The Browns"},
	{"two places", "MOSCOW/KYIV, March 3 (Reuters) - Shelling continued.",
		"MOSCOW/KYIV, March 3 (Reuters) -", []string{"MOSCOW", "KYIV"}, "March 3", []string{"Reuters"}, "Shelling"},
	{"mixed case with state", "Tucson, Ariz. — The monsoon arrived early.",
		"Tucson, Ariz. —", []string{"Tucson", "Ariz."}, "", nil, "The monsoon"},
	{"mixed case with country", "Perugia, Italy — Students returned to class.",
		"Perugia, Italy —", []string{"Perugia", "Italy"}, "", nil, "Students returned"},
	{"mixed case known city", "Beirut — Power cuts lasted 20 hours.",
		"Beirut —", []string{"Beirut"}, "", nil, "Power cuts"},
	{"agency with a year in the lede", "London (dpa) - 2024 war ein gutes Jahr.",
		"London (dpa) -", []string{"London"}, "", []string{"dpa"}, "2024 war"},
	{"quote opens the lede", "Jan. 5 (Bloomberg) -- “We are not done,” the chairman said.",
		"Jan. 5 (Bloomberg) --", nil, "Jan. 5", []string{"Bloomberg"}, "“We are"},
	{"unknown source before a separator", "BOISE, Idaho (IdahoNewsNow) - Crews contained the fire.",
		"BOISE, Idaho (IdahoNewsNow) -", []string{"BOISE", "Idaho"}, "", []string{"IdahoNewsNow"}, "Crews contained"},
	{"place and country on a line of their own", "ZUG, SWITZERLAND\n\nThe company announced a new product.",
		"ZUG, SWITZERLAND", []string{"ZUG", "SWITZERLAND"}, "", nil, "The company"},
	{"dateline on a line of its own, as story.go probes it", "SPRINGVILLE — x",
		"SPRINGVILLE —", []string{"SPRINGVILLE"}, "", nil, "x"},
	{"entities and odd spaces", "TOKYO&nbsp;(Kyodo)  --  Exports rose.",
		"TOKYO (Kyodo) --", []string{"TOKYO"}, "", []string{"Kyodo"}, "Exports rose"},
}

func TestParseDatelineStyles(t *testing.T) {
	for _, c := range datelineStyles {
		t.Run(c.style, func(t *testing.T) {
			d, lede, ok := ParseDateline(c.in)
			if !ok {
				t.Fatalf("ParseDateline(%q): no dateline", c.in)
			}
			if d.Text != c.text {
				t.Errorf("Text = %q, want %q", d.Text, c.text)
			}
			if !slices.Equal(d.Places, c.places) {
				t.Errorf("Places = %q, want %q", d.Places, c.places)
			}
			if d.Date != c.date {
				t.Errorf("Date = %q, want %q", d.Date, c.date)
			}
			if !slices.Equal(d.Agencies, c.agencies) {
				t.Errorf("Agencies = %q, want %q", d.Agencies, c.agencies)
			}
			if !strings.HasPrefix(lede, c.lede) {
				t.Errorf("lede = %q, want it to start %q", lede, c.lede)
			}
		})
	}
}

// datelineLookAlikes open like a dateline and are not one.
var datelineLookAlikes = []struct{ why, in string }{
	{"headline prefix", "UPDATE 2 – Oil prices extend gains on supply worries"},
	{"headline prefix glued", "UPDATE 1-Oil prices extend gains"},
	{"factbox slug", "FACTBOX-Key facts about the election"},
	{"advice column", "DEAR ABBY: My sister never returns my calls."},
	{"time stamp", "10:45am: Police said the road would reopen soon."},
	{"speaker in capitals", "MARY SMITH: I think the answer is obvious."},
	{"kicker label in capitals", "LE POINT SUR LA SITUATION - «Nous avons fait échouer leur campagne», a dit le ministre."},
	{"kicker label in capitals, English", "THE STATE OF PLAY - Ministers met again on Friday to end the strike."},
	{"speaker in mixed case", "Jennifer: Thanks for having me on the show."},
	{"speaker named like a city", "Charlotte: I never expected to win."},
	{"country as a label", "Jordan: The kingdom's economy at a glance"},
	{"label with colon", "Warning: This video contains graphic images."},
	{"form field", "Reviewed by: Tom Baker"},
	{"video label", "WATCH | Highlights from last night's game"},
	{"section head on its own line", "GIRLS SOCCER\n\nNorth beat South 2-1 on Friday."},
	{"word on its own line", "Verdict\n\nThe claim is false."},
	{"capitals throughout", "TRADE TALKS - MINISTER SAYS DEAL IS CLOSE"},
	{"date without an agency", "May 5 - The company said profits rose."},
	{"timeline item", "- Jan 1-25 - MEXICO - Floods hit the coast."},
	{"ordinary sentence", "The mayor said on Monday that the bridge would reopen."},
	{"sentence with a city", "The prime minister flew to Washington on Tuesday for talks."},
	{"names before a dash", "Jones, Smith — a partnership that lasted 30 years."},
	{"newspaper before a dash", "The Daily Bugle - Some readers wrote in."},
	{"lower-case lede after colon", "Lieblingsort: die Altstadt von Bamberg."},
	{"capitals then lower case", "A HUNTER who lost his way was found alive."},
	{"acronym in parentheses", "AUDIT COMMITTEE (at the main office)\n\nTuesday, 9 a.m."},
	{"ticker", "+++ 13.08 Uhr: Minister tritt zurück +++"},
	{"ticker symbol", "Tesla (TSLA) - shares jumped after the report."},
	{"company and ticker", "Acme Corp (ACME) - The company said sales rose."},
	{"unknown paren with mixed-case place", "Springfield (Elm Street) - The parade starts at noon."},
	{"acronym and dash", "EU - the bloc's budget rules"},
	{"short acronym and expansion", "ECB – European Central Bank"},
	{"empty", ""},
	{"dateline with no lede", "CHICAGO —"},
	{"only spaces", "   \n  "},
	{"bracket without agency", "【3月5日 東京】会議が開かれた。"},
	{"bracket, date and name", "【3月5日＝山田】会議が開かれた。"},
	{"agency's name in a sentence", "新华社发布的报告显示，今年的经济增长超过预期。"},
	{"agency's television", "新华社电视台报道了这一消息。"},
	{"feed name with lower-case lede", "Reuters - shares fell"},
}

// TestDatelineReporters checks the reporters read from a dateline that
// names them.
func TestDatelineReporters(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"新华社东京１１月２日电（记者王明）", []string{"王明"}},
		{"新华社南京电 (记者 李华 张强)", []string{"李华", "张强"}},
		{"新华社北京3月4日电（记者李华、张强）", []string{"李华", "张强"}},
		{"【ニューヨーク＝山田花子】", []string{"山田花子"}},
		{"新华社上海3月4日电", nil},
		{"【3月5日 AFP】", nil},
		{"WASHINGTON (AP) —", nil},
		{"LONDON (Jane Doe) -", nil},
	} {
		if got := datelineReporters(c.in); !slices.Equal(got, c.want) {
			t.Errorf("datelineReporters(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseDatelineLookAlikes(t *testing.T) {
	for _, c := range datelineLookAlikes {
		t.Run(c.why, func(t *testing.T) {
			d, lede, ok := ParseDateline(c.in)
			if ok {
				t.Errorf("ParseDateline(%q) = %+v, want no dateline", c.in, d)
			}
			if !ok && (lede != Clean(c.in) || d.Text != "" || d.Places != nil || d.Date != "" || d.Agencies != nil) {
				t.Errorf("ParseDateline(%q) = %+v, %q on failure, want the zero Dateline and Clean(s)", c.in, d, lede)
			}
		})
	}
}

// TestParseDatelineLedeSuffix checks the contract: the lede is always a
// suffix of Clean(s), on every input of the tables and on variants of them.
func TestParseDatelineLedeSuffix(t *testing.T) {
	var inputs []string
	for _, c := range datelineStyles {
		inputs = append(inputs, c.in)
	}
	for _, c := range datelineLookAlikes {
		inputs = append(inputs, c.in)
	}
	n := len(inputs)
	for _, in := range inputs[:n] {
		inputs = append(inputs, "  "+in+"  ", strings.ToUpper(in), strings.ToLower(in), in[:len(in)/2],
			strings.ReplaceAll(in, " ", "\u00a0"), strings.ReplaceAll(in, " ", "  "), in+"\xff\xfe", "\x00"+in)
	}
	for _, in := range inputs {
		d, lede, ok := ParseDateline(in)
		c := Clean(in)
		if !strings.HasSuffix(c, lede) {
			t.Errorf("ParseDateline(%q): lede %q is not a suffix of Clean(s) %q", in, lede, c)
		}
		if ok && (d.Text == "" || !strings.HasPrefix(c[:len(c)-len(lede)], "")) {
			t.Errorf("ParseDateline(%q): dateline with no text", in)
		}
		if ok && !strings.Contains(c[:len(c)-len(lede)], d.Text) {
			t.Errorf("ParseDateline(%q): Text %q is not in the text before the lede %q", in, d.Text, c[:len(c)-len(lede)])
		}
		if !ok && lede != c {
			t.Errorf("ParseDateline(%q) failed but returned lede %q, want Clean(s)", in, lede)
		}
	}
}

// TestParseDatelineLongInput checks that a huge paragraph is handled, and
// that only its head is read: a dateline past the first few hundred bytes
// is no dateline.
func TestParseDatelineLongInput(t *testing.T) {
	body := strings.Repeat("The council met again and adjourned. ", 100000)
	d, lede, ok := ParseDateline("WASHINGTON (AP) — " + body)
	if !ok || d.Text != "WASHINGTON (AP) —" || !strings.HasPrefix(lede, "The council") {
		t.Errorf("long paragraph: got %+v, ok %v", d, ok)
	}
	if _, _, ok := ParseDateline(strings.Repeat("A", 1<<20) + " — text"); ok {
		t.Error("a megabyte of capitals read as a place")
	}
	if _, _, ok := ParseDateline(strings.Repeat("By JOHN ", 1000) + "DOE WASHINGTON (AP) — Text"); ok {
		t.Error("dateline found after a thousand-word byline")
	}
}

// TestMarkupDateline checks a dateline that only the markup sets apart
// from the lede: an inline element marked as the story's location.
func TestMarkupDateline(t *testing.T) {
	page := `<html><head><title>Council backs bridge plan</title></head><body><article>
<h1>Council backs bridge plan</h1>
<p><span class="article-location">SAN DIEGO</span> The city council voted on Tuesday to fund a new bridge over the bay, ending a decade of debate.</p>
<p>Work is to begin next spring and take three years, the mayor said after the vote in a packed chamber.</p>
<p>Opponents said they would take the matter to court, arguing that the plan had skipped a required study.</p>
</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline.Text != "SAN DIEGO" || !strings.HasPrefix(a.Paragraphs[0], "The city council") {
		t.Errorf("dateline %q, first paragraph %q", a.Dateline.Text, a.Paragraphs[0])
	}
	// A location element that is no dateline is left in the text.
	if got := markupDateline([]byte("Main Street Bakery opened its doors."), len("Main Street")); got != "Main Street Bakery opened its doors." {
		t.Errorf("markupDateline changed a sentence: %q", got)
	}
}

func TestDatelineAgencies(t *testing.T) {
	for _, c := range []struct {
		in    string
		codes []string
	}{
		{"efe-epa", []string{"EFE"}},
		{"Reuters", []string{"Reuters"}},
		{"dpa", []string{"dpa"}},
		{"afp", []string{"AFP"}},
		{"EPA", []string{"EPA"}},
		{"Dow Jones", []string{"Dow Jones"}},
		{"GulfWire", nil},
	} {
		if got := codesOf(datelineAgencies(c.in)); !slices.Equal(got, c.codes) {
			t.Errorf("datelineAgencies(%q) = %q, want %q", c.in, got, c.codes)
		}
	}
}

// TestDatelineOnItsLine checks the line above a first paragraph that is a
// dateline of its own, and what joins it to the paragraph.
func TestDatelineOnItsLine(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"WASHINGTON (AP) —", "WASHINGTON (AP) — ", true},
		{"Ankara", "Ankara\n\n", true},
		{"BEIRUT, Lebanon", "BEIRUT, Lebanon\n\n", true},
		{"Beirut, Lebanon", "", false}, // mixed case with a region: too like a label
		{"World", "", false},
		{"Jordan", "", false},
		{"Gallery", "", false},
	} {
		got, ok := datelineOnItsLine(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("datelineOnItsLine(%q) = %q, %v, want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
