package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file takes out of a text page's body a picture's caption in a
// script without case (Japanese, Chinese, Korean) whose credit closes the
// line the way those papers print it: after a full-width equals sign
// ("...見る国民＝ＡＰ", "...＝共同"), in brackets naming who supplied or
// shot the picture ("...技官（警視庁提供）", "（代表撮影）",
// "（新华社记者 摄）", "(사진 제공)"), or after a copyright mark
// ("...（Ｃ）共同通信社").
// On an HTML page the caption is a figure's; a dump writes it as a line,
// often right under the headline, where it reads as the story's first
// paragraph. A paragraph of the story in these scripts closes its last
// sentence (。, 다.); a caption does not, and what closes it is the credit.
// A dateline opens the paragraph with its equals sign ("【ソウル＝…】")
// and a programme's facts ("会場＝東京ドーム", "日時＝3月1日") are short
// lines whose part after the sign is a place or a date: the caption
// describes the picture first (minCJKCaptionRunes), and the name after
// the sign is letters only.

// minCJKCaptionRunes is the fewest letters of a caption before its
// credit: a picture's description, not a fact's label.
const minCJKCaptionRunes = 12

// maxCJKCreditRunes is the most characters of a credit's name after an
// equals sign or a copyright mark.
const maxCJKCreditRunes = 10

// cjkCreditWords are the words that close a bracketed credit: supplied
// by (提供, 제공), shot by (撮影, 摄, 攝).
var cjkCreditWords = []string{"提供", "撮影", "摄", "攝", "제공"}

// closesWithCJKCredit reports whether s is a caption that ends with its
// picture's credit in one of the shapes the file's comment gives, what
// comes before the credit ending no sentence and holding at least
// minCJKCaptionRunes letters of a script without case.
func closesWithCJKCredit(s string) bool {
	head := -1
	last, size := utf8.DecodeLastRuneInString(s)
	if last == ')' || last == '）' {
		open := strings.LastIndexAny(s, "(（")
		if open < 0 {
			return false
		}
		_, osize := utf8.DecodeRuneInString(s[open:])
		inner := strings.TrimSpace(s[open+osize : len(s)-size])
		for _, w := range cjkCreditWords {
			if strings.HasSuffix(inner, w) {
				head = open
				break
			}
		}
	} else {
		for _, mark := range []string{"＝", "（Ｃ）", "(C)", "©"} {
			i := strings.LastIndex(s, mark)
			if i < 0 {
				continue
			}
			name := s[i+len(mark):]
			if n := utf8.RuneCountInString(name); n >= 1 && n <= maxCJKCreditRunes && strings.IndexFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
				head = i
			}
			break
		}
	}
	if head <= 0 {
		return false
	}
	h := s[:head]
	if r := lastRune(h); strings.ContainsRune("。．.!?！？「」『』\"", r) {
		return false
	}
	n := 0
	for _, r := range h {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) {
			n++
		}
	}
	return n >= minCJKCaptionRunes
}

// markCJKCreditCaptions marks as captions, in the body start..end of a
// text page, the lines no rule claimed, at most maxCaptionWords words,
// that close with their picture's credit (closesWithCJKCredit). It
// returns the body's start moved past those that open it.
func markCJKCreditCaptions(ss []slot, start, end int) int {
	if start < 0 {
		return start
	}
	top := start
	for i := start; i <= end && i < len(ss); i++ {
		if s := &ss[i]; s.role == roleUnknown && s.kind == kindLine && s.f.words <= maxCaptionWords && closesWithCJKCredit(s.text) {
			s.role = roleCaption
			if i == top && top < end {
				top++
			}
		}
	}
	return top
}
