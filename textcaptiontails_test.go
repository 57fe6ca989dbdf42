package wirestory

import "testing"

// TestMarkCaptionTails checks that two captions with different credits
// run into their ends leave a text page's body, in Korean and English,
// the first at the body's top; and what stays: a single line that goes
// on after its sentence (a sign-off), a paragraph closed by the paper's
// initials, a deck, a dateline lead and a paragraph that names a
// photographer.
func TestMarkCaptionTails(t *testing.T) {
	for lang, l := range map[string]struct{ cap1, cap2, para, deck, dateline, named, initials string }{
		"ko": {
			"김 후보가 15일 순천시 거리에서 열린 유세에서 연설하고 있다. 연합뉴스",
			"김 후보가 15일 하동군 장터 입구에서 시민들과 인사하고 있다. 홍길동 기자",
			"이틀간의 영남 공략을 마친 김 후보는 15일 호남을 찾아 통합을 키워드로 표밭을 다졌다. 경상도에서 전라도를 가로지르는 유세다.",
			"김 후보 호남 찾아 빗속 유세. 국민끼리 싸우는 시대 끝내겠다",
			"서울=연합뉴스 김 후보는 15일 호남을 찾아 통합을 강조했다.",
			"사진작가 홍길동씨는 이날 유세 현장을 20년째 기록하고 있다고 말했다.",
			"김 후보는 유세를 마치고 상경했다. KT",
		},
		"en": {
			"The candidate speaks at a rally in the market square on Thursday. Agency One",
			"The candidate greets voters outside the old town hall. Jane Roe",
			"The candidate spent two days in the south before heading to his home region on Thursday, where he spoke of unity.",
			"The candidate took his campaign south. He says the regions must stop fighting",
			"SEOUL (AP) — The candidate spent Thursday in his home region, speaking of unity.",
			"Photographer Jane Roe has followed the campaign for twenty years, she said.",
			"Together these steps can build a region that works for all. DM",
		},
	} {
		for _, c := range []struct {
			name  string
			lines []string
			want  []bool
		}{
			{"two captions", []string{l.cap1, "", l.para, "", l.cap2, "", l.para}, []bool{true, false, true, false}},
			{"one tailed line", []string{l.para, "", l.cap1, "", l.para}, []bool{false, false, false}},
			{"initials and a caption", []string{l.para, "", l.cap1, "", l.initials}, []bool{false, false, false}},
			{"a deck, a dateline lead, a named photographer", []string{l.deck, "", l.dateline, "", l.named, "", l.cap1, "", l.cap2},
				[]bool{false, false, false, true, true}},
		} {
			ss := slotsOf(c.lines...)
			start := markCaptionTails(ss, 0, len(ss)-1)
			for i := range ss {
				if got := ss[i].role == roleCaption; got != c.want[i] {
					t.Errorf("%s, %s: line %d %q caption=%v, want %v", lang, c.name, i, ss[i].text, got, c.want[i])
				}
			}
			first := 0
			for first < len(c.want) && c.want[first] {
				first++
			}
			if start != first {
				t.Errorf("%s, %s: body starts at %d, want %d", lang, c.name, start, first)
			}
		}
	}
}
