package wirestory

import "testing"

// TestMarkCJKCreditCaptions checks that a caption closed by its credit in
// the shapes Japanese, Chinese and Korean papers print leaves a text
// page's body, at its top and inside it; and what stays: a paragraph
// that ends its sentence, a dateline lead, a programme's fact lines, a
// deck, a paragraph that names a photographer and a line in Latin script
// with a copyright mark.
func TestMarkCJKCreditCaptions(t *testing.T) {
	cut := []string{
		"新型無線機を搭載したパトカーで通話試験を行う技官（警視庁提供）",
		"大統領の発言をテレビで見る市民（ソウルで、３日）＝ＡＰ",
		"記者会見で質問に答える会社の社長ら＝共同",
		"日本代表の（左から）西田、小野寺、高橋、石川（Ｃ）共同通信社",
		"移送のため警視庁を出る容疑者＝13日、東京・霞ケ関で（山田太郎撮影）",
		"工人们在港口码头装卸集装箱货物的场景（新华社记者 王明 摄）",
		"후보가 15일 순천시 거리에서 열린 유세에서 연설하고 있다(사진 제공)",
	}
	keep := []string{
		"昨年の元日に起きた地震を受け、警察の情報通信環境の整備が全国で進められている。",
		"【ソウル＝小池和樹】韓国の大統領は３日夜、緊急談話を出した。",
		"会場＝東京ドーム",
		"日時＝3月1日午後6時",
		"小笠原諸島の警察無線「不感地帯」解消　以前は電波を探し警察官が往復",
		"写真家の山田太郎さんは、この港を二十年にわたり撮影してきた。",
		"工人们在港口码头装卸集装箱货物，记者王明拍摄了这一场景。",
		"Workers unload containers at the port on Monday (C) Acme",
		"A crane at the port on Monday ©Acme",
	}
	para := "港湾当局は火曜日、古いフェリーターミナルを二年間閉鎖すると発表した。"
	for _, c := range cut {
		for _, top := range []bool{true, false} {
			lines := []string{c, "", para, "", para}
			want := 0
			if !top {
				lines = []string{para, "", c, "", para}
				want = 1
			}
			ss := slotsOf(lines...)
			start := markCJKCreditCaptions(ss, 0, len(ss)-1)
			if ss[want].role != roleCaption {
				t.Errorf("%q: not taken for a caption", c)
			}
			if top && start != 1 || !top && start != 0 {
				t.Errorf("%q (top %v): body starts at %d", c, top, start)
			}
			if ss[1-want].role != roleUnknown || ss[2].role != roleUnknown {
				t.Errorf("%q: a paragraph of the story was taken", c)
			}
		}
	}
	for _, k := range keep {
		ss := slotsOf(k, "", para, "", para)
		if start := markCJKCreditCaptions(ss, 0, len(ss)-1); ss[0].role != roleUnknown || start != 0 {
			t.Errorf("%q: taken for a caption", k)
		}
	}
}
