package wirestory

import "testing"

// TestMarkCaptionControls checks that a picture's control line printed
// over each caption leaves a text page's body, in Korean and Swedish; and
// what stays: a single such line, a label under each caption that heads
// what follows it, a counter with a number, and the captions and
// paragraphs themselves.
func TestMarkCaptionControls(t *testing.T) {
	for lang, l := range map[string]struct{ control, cap1, cap2, para string }{
		"ko": {"이미지 확대보기", "후보가 순천시 거리에서 연설하고 있다. 연합뉴스", "후보가 하동군 장터에서 인사하고 있다. 뉴시스",
			"이틀간의 영남 공략을 마친 후보는 15일 호남을 찾아 통합을 키워드로 표밭을 다졌다."},
		"sv": {"helskärm", "Kandidaten talar på torget i Umeå på torsdagen.", "Kandidaten hälsar på väljare vid rådhuset.",
			"Kandidaten tillbringade två dagar i söder innan han reste hem på torsdagen, där han talade om enighet."},
	} {
		for _, c := range []struct {
			name  string
			lines []string
			want  []bool // per slot: marked as chrome
		}{
			{"a control over each caption", []string{l.control, "", l.cap1, "", l.para, "", l.control, "", l.cap2, "", l.para},
				[]bool{true, false, false, true, false, false}},
			{"a single control line", []string{l.para, "", l.control, "", l.cap1, "", l.para}, []bool{false, false, false, false}},
			{"a label under each caption", []string{l.cap1, "", l.control, "", l.para, "", l.cap2, "", l.control, "", l.para},
				[]bool{false, false, false, false, false, false}},
			{"a counter over each caption", []string{"of 15", "", l.cap1, "", l.para, "", "of 15", "", l.cap2, "", l.para},
				[]bool{false, false, false, false, false, false}},
		} {
			ss := slotsOf(c.lines...)
			for i := range ss {
				if ss[i].text == l.cap1 || ss[i].text == l.cap2 {
					ss[i].role = roleCaption
				}
			}
			start := markCaptionControls(ss, 0, len(ss)-1)
			for i := range ss {
				if got := ss[i].role == roleChrome; got != c.want[i] {
					t.Errorf("%s, %s: line %d %q chrome=%v, want %v", lang, c.name, i, ss[i].text, got, c.want[i])
				}
			}
			if want := 0; c.want[0] {
				if start != 2 {
					t.Errorf("%s, %s: body starts at %d, want 2", lang, c.name, start)
				}
			} else if ss[0].role != roleCaption && start != want {
				t.Errorf("%s, %s: body starts at %d, want 0", lang, c.name, start)
			}
		}
	}
}
