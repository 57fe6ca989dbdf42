package wirestory

import (
	"strings"
	"unicode/utf8"
)

// This file gives back the signs of a date in Chinese or Japanese that a
// dump's mojibake cut. A page in UTF-8 that the browser read as GBK loses
// every character whose last byte, read with the next byte, makes no
// character of GBK: a "年", "月" or "日" before a digit or a space always
// is, since no character of GBK ends in a byte below 0x40. So
// "2024年04月24日 23:52" is dumped as "2024骞�04鏈�24鏃� 23:52", and
// repairDumpMojibake, which undoes the rest, can only leave a "�" for
// each sign: "2024�04�24� 23:52", a date no reader takes. The bytes of a
// cut character that came before the "�" are known, though: those of
// "年" (E5 B9), "月" (E6 9C) and "日" (E6 97) start 64 characters each,
// so a hole is given back as the sign only where its bytes start it and
// the three stand in a date's order between its digits: a year of four,
// then a month and a day of one or two. Elsewhere the hole stays a "�".

// The marks stand, in a repaired line, for a hole whose cut bytes start
// "年", "月" or "日": noncharacters, which no text holds.
const (
	markYear  = '\ufdd0'
	markMonth = '\ufdd1'
	markDay   = '\ufdd2'
)

// cutMark returns the rune written for a hole whose cut character began
// with the bytes cut: one of the marks when they start a date's sign,
// "�" otherwise.
func cutMark(cut []byte) rune {
	if len(cut) != 2 {
		return utf8.RuneError
	}
	switch {
	case cut[0] == 0xe5 && cut[1] == 0xb9:
		return markYear
	case cut[0] == 0xe6 && cut[1] == 0x9c:
		return markMonth
	case cut[0] == 0xe6 && cut[1] == 0x97:
		return markDay
	}
	return utf8.RuneError
}

// restoreDateSigns returns the repaired line s with each run of a year
// of four digits, its mark, a month of one or two digits, its mark, a day
// of one or two digits and its mark given back as "年", "月" and "日", and
// every other mark as "�". It reads each byte of s a bounded number of
// times: a date is looked for only where a run of digits starts, and no
// further than its longest form.
func restoreDateSigns(s string) string {
	if !strings.ContainsRune(s, markYear) && !strings.ContainsRune(s, markMonth) && !strings.ContainsRune(s, markDay) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) {
			if n := markedDateLen(s[i:]); n > 0 {
				for _, r := range s[i : i+n] {
					switch r {
					case markYear:
						r = '年'
					case markMonth:
						r = '月'
					case markDay:
						r = '日'
					}
					b.WriteRune(r)
				}
				i += n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == markYear || r == markMonth || r == markDay {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// markedDateLen returns the length of the marked date that s opens with,
// "2024\ufdd004\ufdd124\ufdd2", or 0.
func markedDateLen(s string) int {
	j := 0
	for _, part := range [...]struct {
		min, max int
		mark     rune
	}{{4, 4, markYear}, {1, 2, markMonth}, {1, 2, markDay}} {
		k := 0
		for j+k < len(s) && k <= part.max && isDigit(s[j+k]) {
			k++
		}
		if k < part.min || k > part.max {
			return 0
		}
		j += k
		r, size := utf8.DecodeRuneInString(s[j:])
		if r != part.mark {
			return 0
		}
		j += size
	}
	return j
}
