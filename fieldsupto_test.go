package wirestory

import (
	"strings"
	"testing"
)

// TestFieldsUpTo checks that fieldsUpTo counts the fields strings.Fields
// splits, spaces of every kind and bytes that are no UTF-8 included, and
// stops at max.
func TestFieldsUpTo(t *testing.T) {
	for _, s := range []string{
		"", " ", "Jane", "Jane Roe", "  Jane\tRoe \n", "Jane\u00a0Roe", "Jane\u2003Roe\u3000Doe",
		"a\xffb c", "\xff \xfe", "Jane Roe and John Doe, Reuters, Nairobi", "José  María\u0085Pérez",
	} {
		want := len(strings.Fields(s))
		if got := fieldsUpTo(s, 100); got != want {
			t.Errorf("fieldsUpTo(%q, 100) = %d, want %d", s, got, want)
		}
		if got := fieldsUpTo(s, 2); got != min(want, 2) {
			t.Errorf("fieldsUpTo(%q, 2) = %d, want %d", s, got, min(want, 2))
		}
	}
}

// TestEdgeFields checks edgeFields' first and last field and count against
// strings.Fields, on the same kinds of strings as TestFieldsUpTo.
func TestEdgeFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "Jane", "Jane Roe", "  Jane\tRoe \n", "Jane\u00a0Roe", "Jane\u2003Roe\u3000Doe",
		"a\xffb c", "\xff \xfe", "Jane Roe and John Doe, Reuters, Nairobi", "José  María\u0085Pérez",
	} {
		f := strings.Fields(s)
		for _, max := range []int{1, 2, 3, 100} {
			first, last, n := edgeFields(s, max)
			if len(f) > max {
				if n != max+1 {
					t.Errorf("edgeFields(%q, %d) counts %d, want %d", s, max, n, max+1)
				}
				continue
			}
			wantFirst, wantLast := "", ""
			if len(f) > 0 {
				wantFirst, wantLast = f[0], f[len(f)-1]
			}
			if n != len(f) || first != wantFirst || last != wantLast {
				t.Errorf("edgeFields(%q, %d) = %q %q %d, want %q %q %d", s, max, first, last, n, wantFirst, wantLast, len(f))
			}
		}
	}
}

// TestAppendChromeKey checks appendChromeKey against chromeKey, with
// letters whose lower case is longer or shorter in UTF-8 and bytes that
// are no UTF-8.
func TestAppendChromeKey(t *testing.T) {
	for _, s := range []string{
		"", " - ", "Staff and Agencies", "  (AP) ", "wire", "İSTANBUL", "\u212Aelvin", "Ⱥb", "STRAẞE",
		"a\xffB", "\xff", "Ünal Öz, dpa", "ΣΟΦΙΑ", "5 DAYS AGO",
	} {
		var buf [4]byte
		if got, want := string(appendChromeKey(buf[:0], s)), chromeKey(s); got != want {
			t.Errorf("appendChromeKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCreditSeparatorWords checks hasCreditSeparator against
// creditSeparators: a line it finds no separator in is one the Replacer
// leaves as it is, and each separator is found.
func TestCreditSeparatorWords(t *testing.T) {
	for _, s := range []string{
		"Jane Roe", "Jane Roe and John Doe", "Jane Roe|dpa", "Jane Roe; AP", "Anna und Paul", "Jane Roe、新华社",
		"Example.fr avec AFP", "Band Andes", "Jane Roe,AP", "  ", "Ana y Juan", "Eve et Luc", "Ted e Ann",
		"Ole og Kari", "Ola och Kari", "Jan oraz Ewa", "Ali ve Can", "Jan met AP", "Juan con EFE", "Jane Roe with AP",
		"Jane & John", "JANE AND JOHN", "Jane | John", "Sandy Hook", "Mit Uns", "AP-ETC",
	} {
		if !hasCreditSeparator(s) && creditSeparators.Replace(s) != s {
			t.Errorf("hasCreditSeparator(%q) = false, but creditSeparators changes it", s)
		}
	}
	for _, sep := range creditSeparatorWords {
		if s := "Jane Roe" + sep + "AP"; !hasCreditSeparator(s) || creditSeparators.Replace(s) == s {
			t.Errorf("separator %q: hasCreditSeparator(%q) = %v, Replace gives %q", sep, s, hasCreditSeparator(s), creditSeparators.Replace(s))
		}
	}
}
