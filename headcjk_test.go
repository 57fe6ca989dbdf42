package wirestory

import (
	"slices"
	"testing"
)

// TestContentWordsCJK checks that a run of characters of a script written
// without spaces gives its pairs of characters, so that a headline and
// its story share words, and that words of spaced scripts stay whole.
func TestContentWordsCJK(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"停戦合意", []string{"停戦", "戦合", "合意"}},                             // Japanese, Chinese
		{"港の新ターミナル", []string{"港の", "の新", "新タ", "ター", "ーミ", "ミナ", "ナル"}}, // "ー" joins the run
		{"市长 访问", []string{"市长", "访问"}},
		{"雨 Rain falls", []string{"雨", "rain", "falls"}}, // a lone character stands
		{"시장은 방문했다", []string{"시장", "장은", "방문", "문했", "했다"}},
		{"ตลาดปลา", []string{"ตล", "ลา", "าด", "ดป", "ปล", "ลา"}},        // Thai
		{"Harbor ferry returns", []string{"harbor", "ferry", "returns"}}, // unchanged
		{"Der Hafen öffnet", []string{"hafen", "öffnet"}},
		{"ABCD東京EFGH", []string{"abcd", "東京", "efgh"}},
	} {
		if got := contentWords(c.in); !slices.Equal(got, c.want) {
			t.Errorf("contentWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// headSharedWords returns the hSharedWords feature of line i of a text
// page, or -1 when the line is no candidate.
func headSharedWords(t *testing.T, page string, i int) float64 {
	t.Helper()
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start <= i {
		t.Fatalf("body starts at %d, not below line %d: the test needs another page", start, i)
	}
	got := -1.0
	headFeatures(ss, start, func(j int, f *[numHeadFeatures]float64) {
		if j == i {
			got = f[hSharedWords]
		}
	})
	return got
}

// TestHeadSharesCJKWords checks that a Japanese or Chinese headline
// shares its words with the story below it, as an English one does, and
// that a label above it whose words the story does not use does not.
func TestHeadSharesCJKWords(t *testing.T) {
	for _, c := range []struct {
		name, page  string
		head, label int
	}{
		{"ja", `トップ
特集
季節の便り
港の新ターミナルが完成 来月から運用開始
山田花子
2025年1月14日 21時17分

港湾局は14日、港の新ターミナルが完成したと発表した。来月から運用を開始する。
新ターミナルは大型客船が接岸でき、年間50万人の利用を見込む。港湾局は運用開始に向けて準備を進めている。
`, 3, 2},
		{"zh", `首页
专题
城市观察
市政府发布新版公交线路规划 明年起实施
记者 王明
2025年1月14日 21:17

市政府14日发布新版公交线路规划，新规划将于明年起实施。
根据规划，全市将新增公交线路二十条，并调整部分线路的站点设置。市政府表示，新规划实施后市民出行将更加便利。
`, 3, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := headSharedWords(t, c.page, c.head); got < 0.5 {
				t.Errorf("headline %d shares %.2f of its words with the story, want >= 0.5", c.head, got)
			}
			if got := headSharedWords(t, c.page, c.label); got > 0.2 {
				t.Errorf("label %d shares %.2f of its words with the story, want <= 0.2", c.label, got)
			}
		})
	}
}

// TestBracketedAside checks that a line standing wholly in brackets (a
// note giving the original title, an update mark) is no headline
// candidate, and that a headline opening with a bracket still is.
func TestBracketedAside(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"(Original title: Council approves the new harbor budget)", true},
		{"（原标题：市政府发布新版公交线路规划）", true},
		{"【更新】市政府发布新版公交线路规划", false},
		{"[Aktualisiert] Der Hafen öffnet wieder", false},
		{"(Update) Council approves the new harbor budget", false},
		{"(1) Harbor opens (2) ferry returns", false},
		{"Council approves the budget (again)", false},
		{"()", false},
	} {
		if got := isBracketed(c.s); got != c.want {
			t.Errorf("isBracketed(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	page := `Home
News
Council approves the new harbor budget
By Jane Roe
May 12, 2024
(Original title: Harbor budget passes after long debate in the council)

The city council approved the new harbor budget on Tuesday after a debate that lasted well into the night.
The budget pays for a new dock and two ferries, the mayor said after the vote.
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start != 6 {
		t.Fatalf("body starts at %d, want 6: the test needs another page", start)
	}
	headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) {
		if isBracketed(ss[i].text) {
			t.Errorf("line %d %q is a headline candidate", i, ss[i].text)
		}
	})
}

// TestLongCJKHead checks that a long headline in a script without spaces
// reads to the headline scorer as a headline, not as the paragraph its
// estimated word count makes it, and that paragraphs (a sentence ends in
// them or at their end), overlong lines and spaced scripts keep their
// reading.
func TestLongCJKHead(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		// Japanese, 48 characters, a "！" inside.
		{"港湾局が新ターミナルの完成を発表！大型客船の寄港で地元商店街にも期待が広がる一方、渋滞対策は課題として残る見通し", true},
		// Chinese, 50 characters.
		{"市政府发布新版公交线路规划明年起实施全市将新增公交线路二十条并调整部分线路站点设置以方便市民出行和换乘需求", true},
		// Japanese paragraphs: a sentence ends at the end, or inside.
		{"港湾局は十四日、港の新ターミナルが完成したと発表した。来月から運用を開始し、年間五十万人の利用を見込んでいる。", false},
		{"港湾局は十四日、港の新ターミナルが完成したと発表した。来月から運用を開始し、年間五十万人の利用を見込んでいる", false},
		// Too long for a headline.
		{"港湾局は十四日港の新ターミナルが完成したと発表し来月から運用を開始して年間五十万人の利用を見込んでいるほか大型客船の寄港による地元商店街への経済効果についても期待を示している", false},
		// A short Japanese headline is title-like already.
		{"港の新ターミナルが完成", false},
		// A spaced script is read by its words.
		{"The harbor authority said on Tuesday that the new terminal would open next month and would serve half a million passengers a year", false},
	} {
		s := slot{block: &block{text: c.s}}
		s.f = featuresOf(c.s)
		if got := longCJKHead(&s); got != c.want {
			t.Errorf("longCJKHead(%q) = %v, want %v (features %+v)", c.s, got, c.want, s.f)
		}
	}
	page := `トップ
スポーツ
港湾局が新ターミナルの完成を発表！大型客船の寄港で地元商店街にも期待が広がる一方、渋滞対策は課題として残る見通し
2025年1月14日 21時17分

港湾局は14日、港の新ターミナルが完成したと発表した。来月から運用を開始する。
新ターミナルは大型客船が接岸でき、年間50万人の利用を見込む。港湾局は運用開始に向けて準備を進めている。
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start <= 2 || !ss[2].f.prose {
		t.Fatalf("body starts at %d, line 2 prose %v: the test needs another page", start, ss[2].f.prose)
	}
	seen := false
	headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) {
		if i == 2 {
			seen = true
			if f[hTitleLike] != 1 || f[hProse] != 0 {
				t.Errorf("headline: title-like %v, prose %v; want 1, 0", f[hTitleLike], f[hProse])
			}
		}
	})
	if !seen {
		t.Error("the headline is no candidate")
	}
}

// TestFullWidthAskEnds checks that a headline ending with a full-width
// question or exclamation mark (Japanese, Chinese) is shaped like a
// headline as one ending with "?" or "!" is, though such a line reads as
// a sentence, and that the head scorer sees the mark.
func TestFullWidthAskEnds(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"港の新ターミナルは本当に必要なのか？", true},
		{"新ターミナルがついに完成！", true},
		{"公交新规划明年起实施，你准备好了吗？", true},
		{"Is the new harbor terminal really needed?", true},
		{"港湾局は十四日、港の新ターミナルが完成したと発表した。", false},
	} {
		s := slot{block: &block{text: c.s}}
		s.f = featuresOf(c.s)
		if got := headlineShaped(&s); got != c.want {
			t.Errorf("headlineShaped(%q) = %v, want %v (features %+v)", c.s, got, c.want, s.f)
		}
	}
	page := `トップ
社会
港の新ターミナルは本当に必要なのか？
2025年1月14日 21時17分

港湾局は14日、港の新ターミナルが完成したと発表した。来月から運用を開始する。
新ターミナルは大型客船が接岸でき、年間50万人の利用を見込む。港湾局は運用開始に向けて準備を進めている。
`
	ss, start, _ := classifyPage(parseTextPage([]byte(page)), &trainedBody)
	if start <= 2 {
		t.Fatalf("body starts at %d: the test needs another page", start)
	}
	seen := false
	headFeatures(ss, start, func(i int, f *[numHeadFeatures]float64) {
		if i == 2 {
			seen = true
			if f[hEndsAsk] != 1 {
				t.Errorf("headline: ends-ask %v, want 1", f[hEndsAsk])
			}
		}
	})
	if !seen {
		t.Error("the headline is no candidate")
	}
}
