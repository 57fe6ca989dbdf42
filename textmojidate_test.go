package wirestory

import (
	"strings"
	"testing"
	"time"
)

// TestMojibakeDateSigns checks that a date whose signs a GBK mojibake cut
// comes back whole from the repair of a Chinese and of a Japanese dump,
// and is the story's date; and that a hole after digits that is no such
// date (a year alone, a measure word) stays a "�".
func TestMojibakeDateSigns(t *testing.T) {
	for _, c := range []struct {
		name, headline, date, want string
		story                      []string
		published                  time.Time
	}{
		{"zh", "市政府宣布扩大城市合作项目", "2024年04月24日 23:52 | 来源：新华网", "2024年04月24日 23:52", []string{
			"新华社北京4月24日电 记者从市政府获悉，全面、务实的合作项目今年将扩大到十个城市，涉及交通、能源和教育等领域。",
			"一位研究人员表示，这是一个好机会，各方将继续加强交流与合作，共同推动科技发展和人才培养。",
			"据介绍，新的合作项目将在明年春天全面启动，首批参与的城市已经完成了前期的准备工作。",
			"市政府有关负责人说，今后还将根据各地的实际情况，逐步扩大合作的范围，让更多市民受益。",
		}, time.Date(2024, 4, 24, 23, 52, 0, 0, time.UTC)},
		{"ja", "東京都が新しい交通計画を発表", "2024年12月3日 23:17 港町新聞", "2024年12月3日 23:17", []string{
			"東京都は三日、新しい交通計画を発表した。来年の春から工事を始め、五年後の完成を目指す予定だという。",
			"専門家は「市内の交通事情は大きく改善するだろう」と話しており、利用者の期待も高まっている。",
			"計画では、都心と郊外を結ぶ新しい路線を整備するほか、駅の周辺の道路も広げることになっている。",
			"都の担当者は「住民の声を聞きながら、丁寧に工事を進めていきたい」と説明し、理解を求めた。",
		}, time.Date(2024, 12, 3, 23, 17, 0, 0, time.UTC)},
	} {
		page := c.headline + "\n" + c.date + "\n\n" + strings.Join(c.story, "\n\n") + "\n"
		m := gbkMojibake(page)
		if strings.Contains(m, "年") {
			t.Fatalf("%s: the mojibake keeps the year's sign", c.name)
		}
		got := repairDumpMojibake(m)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: repaired date line not found: %q", c.name, got)
		}
		if strings.ContainsAny(got, "\ufdd0\ufdd1\ufdd2") {
			t.Errorf("%s: a mark is left: %q", c.name, got)
		}
		a, err := Parse(strings.NewReader(m))
		if err != nil {
			t.Fatal(err)
		}
		if !a.Published.Equal(c.published) {
			t.Errorf("%s: Published = %v, want %v", c.name, a.Published, c.published)
		}
	}
	// A year alone and a measure word after a number: holes stay holes.
	page := strings.Replace(dumpChinese, "责任编辑：王明\n", "2024年 计划\n共3幅 图片\n责任编辑：王明\n", 1)
	got := repairDumpMojibake(gbkMojibake(page))
	for _, w := range []string{"2024\ufffd 计划", "3\ufffd 图片"} {
		if !strings.Contains(got, w) {
			t.Errorf("hole not kept: want %q in %q", w, got)
		}
	}
}
