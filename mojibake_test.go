package wirestory

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Dumps written for these tests, a few lines in each language.
var (
	dumpChinese = "首页\n新闻 | 国际 | 财经\n" +
		"　　新华社北京4月24日电 记者从市政府获悉，全面、务实的合作项目今年将扩大到十个城市。\n" +
		"　　“这是一个好机会。”一位研究人员表示，各方将继续加强交流与合作，共同推动科技发展。\n" +
		"面、线、点三个层次的合作都在推进。\n" +
		"责任编辑：王明\n"
	dumpTraditional = "首頁\n國際新聞\n本報記者報導，市政府今天宣布新的交通計畫，預計明年開始施工。\n" +
		"專家表示，這項計畫將大幅改善市區的交通狀況。\n"
	dumpJapanese = "トップ\nニュース一覧\n東京都は二十四日、新しい交通計画を発表した。来年から工事を始める予定だ。\n" +
		"専門家は「市内の交通事情は大きく改善するだろう」と話している。\n"
	dumpKorean = "홈\n뉴스 목록\n서울시는 24일 새로운 교통 계획을 발표했다. 내년부터 공사를 시작할 예정이다.\n" +
		"전문가들은 시내 교통 상황이 크게 개선될 것이라고 말했다.\n"
	dumpRussian = "Главная\nНовости\nМэрия города объявила о новом транспортном плане, работы начнутся в следующем году.\n" +
		"По словам экспертов, ситуация на дорогах заметно улучшится.\n"
)

// mojibakeOf returns s as a browser shows it after decoding its UTF-8
// bytes in enc.
func mojibakeOf(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	m, err := enc.NewDecoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// gbkMojibake returns s as a browser shows it after decoding its UTF-8
// bytes in GBK.
func gbkMojibake(s string) string {
	m, _ := simplifiedchinese.GBK.NewDecoder().String(s)
	return m
}

// TestRepairDumpMojibake checks that a dump in each charset's languages
// that a browser decoded in that charset is given back whole.
func TestRepairDumpMojibake(t *testing.T) {
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
		dump string
	}{
		{"GBK", simplifiedchinese.GBK, dumpChinese},
		{"GB18030", simplifiedchinese.GB18030, dumpChinese},
		{"Shift-JIS", japanese.ShiftJIS, dumpJapanese},
		{"EUC-KR", korean.EUCKR, dumpKorean},
		{"Windows-1251", charmap.Windows1251, dumpRussian},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mojibakeOf(t, c.enc, c.dump)
			if m == c.dump {
				t.Fatal("the dump reads the same in the charset")
			}
			if got := repairDumpMojibake(m); strings.Count(m, "\uFFFD") == 0 && got != c.dump {
				t.Errorf("repairDumpMojibake(%q)\n = %q\nwant %q", m, got, c.dump)
			} else if got != c.dump {
				checkHoles(t, c.dump, got)
			}
		})
	}
}

// checkHoles checks that got is want with a few characters lost, each
// loss marked by a "�", and nothing else changed.
func checkHoles(t *testing.T, want, got string) {
	t.Helper()
	wantLines, gotLines := strings.Split(want, "\n"), strings.Split(got, "\n")
	if len(wantLines) != len(gotLines) {
		t.Fatalf("got %d lines, want %d:\n%s", len(gotLines), len(wantLines), got)
	}
	for i, g := range gotLines {
		w := wantLines[i]
		holes := strings.Count(g, "\uFFFD")
		kept, at := 0, 0
		for part := range strings.SplitSeq(g, "\uFFFD") {
			k := strings.Index(w[at:], part)
			if k < 0 {
				t.Errorf("line %d: %q is not in %q", i, part, w[at:])
				break
			}
			at += k + len(part)
			kept += utf8.RuneCountInString(part)
		}
		if lost := utf8.RuneCountInString(w) - kept; lost > 2*holes {
			t.Errorf("line %d: %q lost %d characters at %d holes, want %q", i, g, lost, holes, w)
		}
	}
}

// TestRepairDumpMojibakeHoles checks that the lines of a dump that lost
// bytes in the browser, which left a "�" for them, are repaired around
// the holes, the characters cut by them lost.
func TestRepairDumpMojibakeHoles(t *testing.T) {
	m := mojibakeOf(t, simplifiedchinese.GBK, dumpChinese)
	// Cut every line in its middle, where the browser met bytes the
	// charset does not have (and at the end of the second line).
	var b strings.Builder
	for line := range strings.Lines(m) {
		rs := []rune(strings.TrimSuffix(line, "\n"))
		if len(rs) > 4 {
			rs[len(rs)/2] = utf8.RuneError
		}
		if len(rs) == 6 {
			rs[len(rs)-1] = utf8.RuneError
		}
		b.WriteString(string(rs) + "\n")
	}
	m = b.String()
	got := repairDumpMojibake(m)
	checkHoles(t, dumpChinese, got)
	if !strings.Contains(got, "全面、务实的合作") {
		t.Errorf("the paragraph is not repaired:\n%s", got)
	}
}

// TestRepairDumpMojibakeGB18030 checks the characters that browsers decode
// from other bytes than the encoder of golang.org/x/text gives.
func TestRepairDumpMojibakeGB18030(t *testing.T) {
	// "　" (E3 80 80) reads "銆€", with "€" for byte 0x80; "面、" (E9 9D
	// A2 E3 80 81) at the start of a line reads "闈€€", with "€" for A2
	// E3 first.
	m := mojibakeOf(t, simplifiedchinese.GBK, dumpChinese)
	if !strings.Contains(m, "銆€") || !strings.Contains(m, "闈€€") {
		t.Fatalf("the dump does not read as expected in GBK:\n%s", m)
	}
	got := repairDumpMojibake(m)
	checkHoles(t, dumpChinese, got)
	for _, want := range []string{"\n　　新华社北", "\n面、线、点三个层"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q is not repaired:\n%s", want, got)
		}
	}

	// GBK's user-defined areas read as private-use characters.
	for _, c := range []struct {
		r    rune
		b    [2]byte
		kind string
	}{
		{0xe000, [2]byte{0xaa, 0xa1}, "first of AA–AF"},
		{0xe044, [2]byte{0xaa, 0xe5}, "AA–AF"},
		{0xe234, [2]byte{0xf8, 0xa1}, "first of F8–FE"},
		{0xe4c5, [2]byte{0xfe, 0xfe}, "last of F8–FE"},
		{0xe4c6, [2]byte{0xa1, 0x40}, "first of A1–A7"},
		{0xe4c6 + 0x3f, [2]byte{0xa1, 0x80}, "A1–A7 past 0x7F"},
		{0xe6fb, [2]byte{0xa6, 0x96}, "A1–A7"},
	} {
		if b, n := gb18030Special(c.r); n != 2 || b != c.b {
			t.Errorf("gb18030Special(%U) = % x, want % x (%s)", c.r, b[:n], c.b, c.kind)
		}
	}
	// A line of mojibake with such characters: "个人问题" (E4 B8 AA E4
	// BA BA E9 97 AE E9 A2 98) reads "涓" (E4 B8), U+E043 (AA E4), "汉"
	// (BA BA), "闂" (E9 97), U+E1C0 (AE E9) and U+E57D (A2 98).
	pua := strings.Repeat("涓\ue043汉闂\ue1c0\ue57d\n", 4)
	if got, want := repairDumpMojibake(pua), strings.Repeat("个人问题\n", 4); got != want {
		t.Errorf("private-use characters: got %q, want %q", got, want)
	}

	// A no-break space is the page's "&nbsp;": kept between repaired
	// runs, in a dump that is mojibake.
	nbsp := strings.Replace(m, " | ", "\u00a0|\u00a0", 1)
	want := strings.Replace(dumpChinese, " | ", "\u00a0|\u00a0", 1)
	if got := repairDumpMojibake(nbsp); !strings.HasPrefix(got, "首页\n新闻\u00a0|\u00a0国际 | 财经\n") {
		t.Errorf("with no-break spaces: got %q", got)
	} else {
		checkHoles(t, want, got)
	}
}

// TestRepairDumpMojibakeKeeps checks that genuine text in many languages,
// text with characters that mojibake is made of, and a line or two that
// would read as other text when encoded are left alone.
func TestRepairDumpMojibakeKeeps(t *testing.T) {
	for _, dump := range []string{
		"Startseite\nDer Bürgermeister äußerte sich heute zur Lage: „Wir müssen größer denken.“\nÖffnungszeiten: Mo–Fr\n",
		"Portada\nEl presidente Cortés dijo que la decisión llegará el próximo año, según fuentes oficiales.\n¿Qué pasará?\n",
		"Accueil\nLe ministre a déclaré à la presse : « Nous ne céderons pas », a-t-il ajouté à Genève.\n",
		"São Paulo: a política econômica não mudará, disse o ministro à imprensa.\n",
		dumpChinese, dumpTraditional, dumpJapanese, dumpKorean, dumpRussian,
		// Text with the characters of Latin mojibake (Clean repairs
		// those) and odd symbols.
		"Prices in Ã and Â columns: 5 € — see © notes ™ and ½ ¼ • ‰\nCortÃ©s isnâ€™t here\n",
		// Japanese words whose Shift-JIS or EUC-KR or GBK bytes are
		// valid UTF-8 of other scripts, line after line.
		strings.Repeat("富山\n兵庫\n岡山\n山口\n電機\n印刷\n食品\n注目\n私見卓見\n", 20),
		// Japanese words that read as Arabic and N'Ko in EUC-KR, on
		// one line: valid UTF-8 of 8 characters, but implausible.
		strings.Repeat("富山 兵庫 岡山 山口\n", 5),
		// Chinese words that read as Cyrillic and phonetic signs.
		strings.Repeat("图片\n4小时前\n校园\n", 30),
		// Russian words with "Р" and "С", the leads of Cyrillic
		// mojibake in Windows-1251.
		strings.Repeat("РСФСР и СССР: Р. Сидоров, С. Рябов\n", 10),
		"¥ 11,060\nEntrance fees were under ¥1,000 ($10).\n",
		"책\n한국어 책 소개\n",
		// Mixed scripts on one line.
		strings.Repeat("Tokyo 東京 Seoul 서울 Moskva Москва Beijing 北京\n", 10),
	} {
		if got := repairDumpMojibake(dump); got != dump {
			t.Errorf("repairDumpMojibake changed %q\nto %q", dump, got)
		}
	}

	// Mojibake of a script that no page in the charset's languages
	// writes (Tifinagh read as GBK) is left alone.
	other := strings.Repeat(gbkMojibake("ⴰⵣⵓⵍ ⴰⵣⵓⵍ\n"), 3)
	if got := repairDumpMojibake(other); got != other {
		t.Errorf("repairDumpMojibake(%q) = %q, from a script GBK's pages do not write", other, got)
	}

	// A line or two that would read as a few characters is too little
	// to tell mojibake from text that happens to round-trip.
	few := "News\n" + gbkMojibake("国际新闻\n") + "Home\n"
	if few == "News\n国际新闻\nHome\n" {
		t.Fatal("the words read the same in GBK")
	}
	if got := repairDumpMojibake(few); got != few {
		t.Errorf("one short line: repairDumpMojibake(%q) = %q", few, got)
	}
}

// TestRepairDumpMojibakeAllocs checks that a dump that is not mojibake
// costs no allocation for each line: none at all in Latin script, and as
// many for a long dump as for a short one in scripts that could be.
func TestRepairDumpMojibakeAllocs(t *testing.T) {
	latin := strings.Repeat("Der Bürgermeister äußerte sich heute zur Lage.\n", 50)
	if n := testing.AllocsPerRun(10, func() { repairDumpMojibake(latin) }); n != 0 {
		t.Errorf("Latin dump: %v allocations, want 0", n)
	}
	for _, dump := range []string{dumpChinese, dumpJapanese, dumpKorean, dumpRussian} {
		short := testing.AllocsPerRun(10, func() { repairDumpMojibake(dump) })
		long := strings.Repeat(dump, 50)
		if n := testing.AllocsPerRun(10, func() { repairDumpMojibake(long) }); n != short {
			t.Errorf("%.20q: %v allocations for 50 copies, %v for one", dump, n, short)
		}
	}
}

// TestParseTextMojibake checks that a text page that is mojibake is read
// repaired.
func TestParseTextMojibake(t *testing.T) {
	m := mojibakeOf(t, simplifiedchinese.GBK, dumpChinese)
	pg := parseTextPage([]byte(m))
	var found bool
	for _, b := range pg.blocks {
		found = found || strings.Contains(b.text, "全面、务实的合作项目今年将扩大到十个城市")
	}
	if !found {
		t.Errorf("the paragraph was not repaired")
	}
}

// FuzzRepairDumpMojibake checks that repairDumpMojibake gives valid UTF-8
// for valid UTF-8, keeps the dump's lines and leaves a dump with no
// character outside ASCII alone.
func FuzzRepairDumpMojibake(f *testing.F) {
	for _, dump := range []string{dumpChinese, dumpJapanese, dumpKorean, dumpRussian, "plain\ntext\n"} {
		f.Add(dump)
		f.Add(gbkMojibake(dump))
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := repairDumpMojibake(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("repairDumpMojibake(%q) = %q is not valid UTF-8", s, got)
		}
		if strings.Count(got, "\n") != strings.Count(s, "\n") {
			t.Fatalf("repairDumpMojibake(%q) = %q has other lines", s, got)
		}
		if !mayBeMojibake(s) && got != s {
			t.Fatalf("repairDumpMojibake(%q) = %q changed a dump it cannot repair", s, got)
		}
	})
}

// BenchmarkRepairDumpMojibake times the repair against reading the dump,
// on genuine Japanese text (which each charset rejects within a character
// or two) and on Chinese mojibake.
func BenchmarkRepairDumpMojibake(b *testing.B) {
	for _, c := range []struct{ name, dump string }{
		{"genuine", strings.Repeat(dumpJapanese+dumpChinese, 20)},
		{"mojibake", strings.Repeat(gbkMojibake(dumpChinese), 20)},
	} {
		b.Run(c.name+"/repair", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				repairDumpMojibake(c.dump)
			}
		})
		b.Run(c.name+"/parseTextPage", func(b *testing.B) {
			b.ReportAllocs()
			data := []byte(c.dump)
			for b.Loop() {
				parseTextPage(data)
			}
		})
	}
}
