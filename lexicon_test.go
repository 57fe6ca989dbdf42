package wirestory

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// TestChromePromos checks the promos and comment labels that close a story
// in several languages, and the sentences of stories that look like them.
func TestChromePromos(t *testing.T) {
	for _, s := range []string{
		"Follow our full coverage of the election here.",
		"For more on the budget talks, watch this video:",
		"Watch:",
		"Jetzt abonnieren und alle Artikel lesen.",
		"Comentar",
		"À découvrir",
	} {
		if !isChromeLine(s) {
			t.Errorf("isChromeLine(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Investors will watch this week's jobs report closely, analysts said.",
		"The minister said: \"We will watch the situation.\"",
		"The video showed the suspect leaving the building.",
		"Follow-up talks are planned for March.",
		"Comentar el informe fue imposible, dijo el portavoz del gobierno regional.",
		"He told reporters what investors should watch:",
	} {
		if isChromeLine(s) {
			t.Errorf("isChromeLine(%q) = true, want false", s)
		}
	}
}

// TestPhraseSetIsContains checks that a phraseSet finds a phrase exactly
// where strings.Contains finds one, on the phrase lists it is built from
// and on texts made of their pieces (phrases cut anywhere, overlapping,
// at the very end, one byte short).
func TestPhraseSetIsContains(t *testing.T) {
	lists := [][]string{boilerSubstrings, photoWords, chromeContains, chromeContainsLabel, promoStems, commentStems, pictureWords, {"a", "ab", "b"}, {"é", "x"}, {"", "zz"}, {"q"}, {"abc", "c"}}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, list := range lists {
		ps := newPhraseSet(list...)
		var pieces []string
		for _, p := range list {
			for i := 0; i <= len(p); i++ {
				pieces = append(pieces, p[:i], p[i:])
			}
		}
		pieces = append(pieces, " ", "-", "\xff", "é", "“", "İ", "K", "ſ")
		for range 20000 {
			var b strings.Builder
			for range rng.IntN(6) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			text := b.String()
			want := false
			for _, p := range list {
				want = want || strings.Contains(text, p)
			}
			if got := ps.in(text); got != want {
				t.Fatalf("phrase set of %q: in(%q) = %v, want %v", list, text, got, want)
			}
			// The same text with letters in upper case, read by inLower.
			var u strings.Builder
			for _, r := range text {
				if rng.IntN(2) == 0 {
					r = unicode.ToUpper(r)
				}
				u.WriteRune(r)
			}
			upper := u.String()
			wantLower := false
			for _, p := range list {
				wantLower = wantLower || strings.Contains(strings.ToLower(upper), p)
			}
			if got := ps.inLower(upper); got != wantLower {
				t.Fatalf("phrase set of %q: inLower(%q) = %v, want %v", list, upper, got, wantLower)
			}
		}
	}
}

// TestIsCJKRanges checks isCJK's shortcut against the Unicode tables on
// every rune.
func TestIsCJKRanges(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isCJK(r) != isCJKScript(r) {
			t.Fatalf("isCJK(%U) = %v, the tables say %v", r, isCJK(r), isCJKScript(r))
		}
	}
}

// TestGeneralPunctuationCaseless checks lowersAsASCII's shortcut: no
// character of Unicode's General Punctuation block has a lower case.
func TestGeneralPunctuationCaseless(t *testing.T) {
	for r := rune(0x2000); r < 0x2070; r++ {
		if unicode.ToLower(r) != r {
			t.Errorf("%U has a lower case", r)
		}
	}
}

// TestWordCountUpTo checks that wordCountUpTo is wordCount capped at max,
// on texts of Latin and CJK words and spaces.
func TestWordCountUpTo(t *testing.T) {
	pieces := []string{"word", " ", "\n", "\t", "中", "文字", "ก", "é", "-", "  "}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, max := range []int{1, 3, 8, 21, 61} {
			if got, want := wordCountUpTo(s, max), min(wordCount(s), max); got != want {
				t.Fatalf("wordCountUpTo(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}

// TestPhraseGroupIsInLower checks that a phrase group's mask has the bit
// of each set whose inLower finds a phrase, on texts made of the sets'
// phrases cut anywhere, in mixed case, with non-ASCII letters.
func TestPhraseGroupIsInLower(t *testing.T) {
	sets := [][]string{pictureWords, promoStems, commentStems, {"q", ""}, {"zz"}}
	g := newPhraseGroup(sets...)
	var ps []*phraseSet
	var pieces []string
	for _, set := range sets {
		ps = append(ps, newPhraseSet(set...))
		for _, p := range set {
			for i := 0; i <= len(p); i++ {
				pieces = append(pieces, p[:i], p[i:], strings.ToUpper(p[:i]))
			}
		}
	}
	pieces = append(pieces, " ", "É", "K", "ſ", "“", "\xff")
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		var want uint8
		for k, p := range ps {
			if p.inLower(text) {
				want |= 1 << k
			}
		}
		if got := g.lowerMask(text); got != want {
			t.Fatalf("lowerMask(%q) = %05b, want %05b", text, got, want)
		}
	}
}

// TestHasPrefixLowerASCII checks hasPrefixLowerASCII against
// strings.ToLower on the picture labels, written in several cases and
// with look-alikes outside ASCII, and that the labels keep to what it
// needs.
func TestHasPrefixLowerASCII(t *testing.T) {
	for _, p := range pictureLabels {
		if strings.ToLower(p) != p || !isASCII(p) {
			t.Errorf("picture label %q is not lower-case ASCII", p)
		}
		for _, s := range []string{p, strings.ToUpper(p), strings.Title(p), p + " Jane Doe/AP", p[:len(p)-1],
			strings.Replace(strings.ToUpper(p), "I", "İ", 1), strings.Replace(p, "o", "\u212a", 1), "x" + p, "", "É"} {
			if got, want := hasPrefixLowerASCII(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
				t.Errorf("hasPrefixLowerASCII(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}
