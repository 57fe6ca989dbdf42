package main

import "testing"

func TestWS(t *testing.T) {
	tests := map[string]string{
		"  a\u00a0 b\n\tc ":      "a b c",
		"a\x1cb\x1fc":            "a b c",    // Python splits at the ASCII separators
		"a\u200bb":               "a\u200bb", // a zero-width space is not white space
		"a\u2028b\u3000c\u202fd": "a b c d",
		"":                       "",
	}
	for in, want := range tests {
		if got := ws(in); got != want {
			t.Errorf("ws(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNorm(t *testing.T) {
	tests := map[string]string{
		"soft\u00adhyphen":    "softhyphen",
		"cafe\u0301  au lait": "caf\u00e9 au lait", // NFC
		" Q&amp;A ":           "Q&amp;A",           // entities stay: wsscore does not decode them
	}
	for in, want := range tests {
		if got := norm(in); got != want {
			t.Errorf("norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPyLower(t *testing.T) {
	// The expected values are CPython 3.11's str.lower().
	tests := map[string]string{
		"Hello ÄÖÜ":       "hello äöü",
		"İstanbul":        "i\u0307stanbul",
		"ΟΔΟΣ":            "οδος",
		"ΟΔΟΣ ΚΑΙ":        "οδος και",
		"Σ":               "σ", // no cased letter before it
		"ΑΣΑ":             "ασα",
		"ΑΣ.":             "ας.",
		"ΑΣ'Α":            "ασ'α", // the apostrophe is case-ignorable: a letter follows
		"Α'Σ":             "α'ς",
		"ΑΣ\u0313Α":       "ασ\u0313α", // so is a combining mark
		"1Σ":              "1σ",
		"ΑΣ1":             "ας1",
		"Σ.Σ":             "σ.ς",
		"\u212a (Kelvin)": "k (kelvin)",
	}
	for in, want := range tests {
		if got := pyLower(in); got != want {
			t.Errorf("pyLower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPyUpper(t *testing.T) {
	tests := map[string]string{
		"Jane Doe": "JANE DOE",
		"Strauß":   "STRAUSS",
		"ﬁne":      "FINE",
		"reuters":  "REUTERS",
	}
	for in, want := range tests {
		if got := pyUpper(in); got != want {
			t.Errorf("pyUpper(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPyIsLower(t *testing.T) {
	tests := map[string]bool{
		"kesm":      true,
		"van der x": true,
		"Kesm":      false,
		"kesM":      false,
		"123":       false, // no cased character
		"abc1":      true,
		"ª":         true,  // Other_Lowercase
		"ǅ":         false, // title case
		"":          false,
	}
	for in, want := range tests {
		if got := pyIsLower(in); got != want {
			t.Errorf("pyIsLower(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPyPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"2024-05-03T15:47:42Z", 10, "2024-05-03"},
		{"2024", 10, "2024"},
		{"", 10, ""},
		{"äöüäöüäöüäöü", 3, "äöü"},
	}
	for _, tt := range tests {
		if got := pyPrefix(tt.s, tt.n); got != tt.want {
			t.Errorf("pyPrefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
	if n := pyLen("äöü"); n != 3 {
		t.Errorf("pyLen(äöü) = %d, want 3", n)
	}
}
