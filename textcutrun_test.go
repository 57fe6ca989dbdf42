package wirestory

import (
	"slices"
	"testing"
)

// TestMarkCutRuns checks that a text page's body loses a box of other
// stories whose headlines were cut short ("..", "…"), and the site's lines
// under it, in three languages; and that it keeps a box's neighbours when
// the story goes on under the box, two cut lines, cut lines set apart by
// blank lines (dialogue trailing off), and a word or two trailing off.
func TestMarkCutRuns(t *testing.T) {
	for lang, c := range map[string]struct {
		story, more []string // the story's paragraphs, and one more that goes on with it
		cut         []string // other stories' headlines cut short
		site        string   // the site's notice under the box
		dialogue    []string // lines of the story that trail off
	}{
		"en": {
			story: []string{
				"The harbor authority said Tuesday it would close the old ferry terminal for two years while crews replace its rotten wooden pilings.",
				"Work on the ferry terminal is to start in the spring, once the ice is gone from the harbor, the authority said in a statement.",
			},
			more:     []string{"Riders of the harbor ferry will board at a temporary pier north of the old terminal until the work on the pilings is done next year."},
			cut:      []string{"City council votes on new bus la..", "Storm knocks out power across the..", "Why the bridge toll is going up..", "Schools to open an hour later next.."},
			site:     "All content on this site is protected by copyright law and may not be copied, shared or sold without the written consent of the publisher and its partners.",
			dialogue: []string{"I thought we had more time…", "We never had much time, did we…", "Not since the winter came early…"},
		},
		"de": {
			story: []string{
				"Die Hafenbehörde teilte am Dienstag mit, sie werde das alte Fährterminal für zwei Jahre schließen, während Arbeiter die morschen Pfähle ersetzen.",
				"Die Arbeiten am Fährterminal sollen im Frühjahr beginnen, sobald das Eis aus dem Hafen verschwunden ist, teilte die Hafenbehörde weiter mit.",
			},
			more:     []string{"Fahrgäste der Hafenfähre steigen bis zum Ende der Arbeiten an den Pfählen an einem provisorischen Anleger nördlich vom alten Fährterminal ein und aus."},
			cut:      []string{"Stadtrat beschließt neue Busspuren in der..", "Sturm legt Strom im ganzen Tal..", "Warum die Brückenmaut wieder steigt und..", "Schulen öffnen künftig eine Stunde.."},
			site:     "Alle Inhalte dieser Seite sind urheberrechtlich geschützt und dürfen ohne schriftliche Zustimmung des Verlags und seiner Partner weder kopiert noch weitergegeben werden.",
			dialogue: []string{"Ich dachte, wir hätten mehr Zeit…", "Wir hatten nie viel Zeit, oder…", "Nicht seit der Winter so früh kam…"},
		},
		"ko": {
			story: []string{
				"항만청은 화요일 낡은 여객선 터미널의 썩은 나무 말뚝을 교체하는 동안 터미널을 2년 동안 폐쇄한다고 밝혔다. 공사 기간 동안 승객들은 임시 부두를 이용해야 하며 항만청은 안내문을 곳곳에 붙이겠다고 덧붙였다.",
				"여객선 터미널 공사는 항구의 얼음이 모두 녹는 봄에 시작될 예정이라고 항만청은 성명에서 밝혔다. 항만청은 공사가 끝나는 대로 터미널을 다시 열고 새 대기실도 함께 선보이겠다고 말했다.",
			},
			more:     []string{"여객선 승객들은 말뚝 공사가 끝나는 내년까지 낡은 터미널 북쪽의 임시 부두에서 여객선을 타고 내리게 된다고 항만청은 밝혔다. 항만청은 임시 부두까지 셔틀 버스도 운행하겠다고 덧붙였다."},
			cut:      []string{"시의회, 도심 버스 전용차로 신설 의..", "폭풍에 계곡 전역 정전 사태 이..", "다리 통행료가 또 오르는 이유와..", "학교 등교 시간 한 시간 늦춰..."},
			site:     "이 사이트의 모든 콘텐츠는 저작권법의 보호를 받으며 발행인과 협력사의 서면 동의 없이 복사하거나 배포하거나 판매하는 것을 금지합니다 모든 권리는 발행인에게 있습니다.",
			dialogue: []string{"시간이 더 있을 줄 알았어…", "우리에게 시간은 늘 없었지, 그렇지…", "겨울이 일찍 온 뒤로는 줄곧…"},
		},
	} {
		// body lays out the story, then the given lines tight together
		// (with blank lines between them when apart), then after.
		body := func(lines []string, apart bool, after ...string) []string {
			var l []string
			for _, p := range c.story {
				l = append(l, p, "")
			}
			for _, x := range lines {
				l = append(l, x)
				if apart {
					l = append(l, "")
				}
			}
			return append(append(l, ""), after...)
		}
		for _, tc := range []struct {
			name   string
			lines  []string
			cutEnd bool // the body ends above the lines
			gone   bool // the lines leave the body
		}{
			{"a box under the story, the site's notice under it", body(c.cut, false, c.site), true, true},
			{"a box with the story going on under it", body(c.cut, false, c.more...), false, true},
			{"two cut lines", body(c.cut[:2], false, c.site), false, false},
			{"cut lines set apart", body(c.cut, true, c.site), false, false},
			{"dialogue set apart", body(c.dialogue, true, c.more...), false, false},
			{"a word trailing off", body([]string{"Wait…", "No..", "Why…"}, false, c.site), false, false},
		} {
			ss := slotsOf(tc.lines...)
			end := len(ss) - 1
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.8
			}
			got := markCutRuns(ss, p, 0.5, 0, end)
			first := len(c.story) // the first line after the story's paragraphs
			wantEnd := end
			if tc.cutEnd {
				wantEnd = first - 1
			}
			if got != wantEnd {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, wantEnd)
			}
			for i := range c.story {
				if ss[i].role != roleUnknown {
					t.Errorf("%s, %s: the story's paragraph %d lost (%v)", lang, tc.name, i, ss[i].role)
				}
			}
			for i := first; i <= end; i++ {
				isRun := slices.Contains(c.cut, ss[i].text)
				if gone := ss[i].role == roleTeaser; isRun && gone != tc.gone || !isRun && gone {
					t.Errorf("%s, %s: line %q role %v", lang, tc.name, ss[i].text, ss[i].role)
				}
			}
		}
	}
}
