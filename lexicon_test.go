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
	checkYesNo(t, "isChromeLine", isChromeLine, []string{
		"Follow our full coverage of the election here.",
		"For more on the budget talks, watch this video:",
		"Watch:",
		"Jetzt abonnieren und alle Artikel lesen.",
		"Comentar",
		"À découvrir",
	}, []string{
		"Investors will watch this week's jobs report closely, analysts said.",
		"The minister said: \"We will watch the situation.\"",
		"The video showed the suspect leaving the building.",
		"Follow-up talks are planned for March.",
		"Comentar el informe fue imposible, dijo el portavoz del gobierno regional.",
		"He told reporters what investors should watch:",
	})
}

// TestChromeRSSWord checks that "rss" marks a label as chrome only as a
// word of its own, not inside a surname.
func TestChromeRSSWord(t *testing.T) {
	for in, want := range map[string]bool{
		"RSS":               true,
		"RSS feed":          true,
		"RSS-Feed":          true,
		"Subscribe via RSS": true,
		"RSS/Atom":          true,
		"Leo Larsson":       false,
		"Karin Pettersson":  false,
		"Anna Andersson":    false,
	} {
		if got := isChromeText(in, false); got != want {
			t.Errorf("isChromeText(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPhraseSetIsContains checks that a phraseSet finds a phrase exactly
// where strings.Contains finds one, on the phrase lists it is built from
// and on texts made of their pieces (phrases cut anywhere, overlapping,
// at the very end, one byte short).
func TestPhraseSetIsContains(t *testing.T) {
	lists := [][]string{boilerSubstrings, photoWords, pictureCreditLabels, chromeContains, chromeContainsLabel, promoStems, commentStems, pictureWords, {"a", "ab", "b"}, {"é", "x"}, {"", "zz"}, {"q"}, {"abc", "c"}}
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

// TestPictureLabels checks that the picture labels keep to what
// endsWithPictureCreditN's reading in place needs, and that a label is
// found after a caption's last sentence in upper case, in title case and
// with a dotted capital I, and not when a word opens with it.
func TestPictureLabels(t *testing.T) {
	for _, p := range pictureLabels {
		if strings.ToLower(p) != p || !isASCII(p) || len(p) > 13 {
			t.Errorf("picture label %q is not lower-case ASCII of up to 13 bytes", p)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"The minister spoke in Paris. PHOTO: Jane Roe", true},
		{"The minister spoke in Paris. Photo credit: Jane Roe", true},
		{"The minister spoke in Paris. PİCTURE: Jane Roe", true},
		{"The minister spoke in Paris. Photographers waited outside the hall.", false},
	} {
		if got := endsWithPictureCredit(c.in); got != c.want {
			t.Errorf("endsWithPictureCredit(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
