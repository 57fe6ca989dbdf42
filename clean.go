package wirestory

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// maxCleanPasses bounds the number of times Clean re-runs its pipeline on
// its own output. One pass is enough for all but contrived input (text that
// was escaped or mis-decoded several times over); the bound keeps the cost
// linear whatever the input.
const maxCleanPasses = 6

// Clean normalizes story text. See the package documentation for what it
// changes and what it leaves alone. Clean is idempotent: Clean(Clean(s)) ==
// Clean(s). It is safe for concurrent use.
func Clean(s string) string { return clean(s, true) }

// cleanDecoded is Clean for text whose character references were decoded
// already, as the HTML tokenizer decodes those of a page's text and
// attributes: it decodes none ("&lt;" shown on a page stays "&lt;").
func cleanDecoded(s string) string { return clean(s, false) }

// clean is Clean, decoding character references if entities is set.
func clean(s string, entities bool) string {
	// Text cut from a page often has spaces at its ends and is otherwise
	// clean: cleaning gives it without them (the spaces are ASCII and take
	// part in no other change), and that is found without a pass.
	if t := strings.Trim(s, " \n"); len(t) < len(s) && !needsClean(t, entities) {
		return t
	}
	return cleanPasses(s, entities)
}

// cleanPasses runs cleanPass until the text stays the same.
func cleanPasses(s string, entities bool) string {
	for range maxCleanPasses {
		if !needsClean(s, entities) {
			return s
		}
		t := cleanPass(s, entities)
		if t == s {
			return s
		}
		s = t
	}
	return s
}

// needsClean reports whether s may change under cleanPass. It is a fast,
// conservative check: false means s is certainly clean.
func needsClean(s string, entities bool) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[0] == '\n' || s[len(s)-1] == ' ' || s[len(s)-1] == '\n' {
		return true
	}
	ascii := true
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ' ' < c && c < 0x7f && c != '&' {
			// Printable ASCII but for space and '&': most of a text.
			prev = c
			continue
		}
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case c == '&' && entities:
			return true
		case c < ' ' && c != '\n', c == 0x7f:
			return true
		case c == ' ' && (prev == ' ' || prev == '\n'):
			return true
		case c == '\n' && prev == ' ':
			return true
		case c == '\n' && prev == '\n' && i+1 < len(s) && s[i+1] == '\n':
			return true
		}
		prev = c
	}
	if ascii {
		return false
	}
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
		return true
	}
	// Mojibake needs a lead character ("Â", "Ã", "â" ...) and a
	// continuation character ("©", "€", "’" ...); either alone is text.
	lead, cont := false, false
	wide := keepsWide(s)
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if mapRune(r, wide) != r || r >= 0x80 && r < 0xa0 {
			return true
		}
		switch b := mojibakeByte(r); {
		case b >= 0xc2 && b <= 0xf4:
			lead = true
		case b >= 0x80 && b <= 0xbf:
			cont = true
		}
		if lead && cont {
			return true
		}
	}
	return false
}

// cleanPass runs the whole pipeline once.
func cleanPass(s string, entities bool) string {
	s = toValidUTF8(s)
	if entities {
		s = decodeEntities(s)
	}
	s = repairMojibake(s)
	s = foldRunes(s)
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
		// Composition can make characters that width folding or space
		// folding would change; fold once more.
		s = foldRunes(s)
	}
	return collapseSpace(s)
}

// toValidUTF8 returns s with every byte that is not part of a valid UTF-8
// sequence read as Windows-1252, the usual encoding of stray bytes in
// mislabelled Western pages.
func toValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			r = charmap.Windows1252.DecodeByte(s[i])
			n = 1
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// maxEntityLen is the longest character reference decodeEntities looks for,
// semicolon included ("&CounterClockwiseContourIntegral;" has 33 bytes).
const maxEntityLen = 34

// decodeEntities decodes HTML character references that end in a
// semicolon. A reference that decodes to "&" may start another reference
// ("&amp;amp;" decodes to "&"), so doubly escaped text comes out whole in one
// linear pass. References without a semicolon ("AT&T", "&copy 2020") are
// left alone.
func decodeEntities(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	amp := false // a decoded "&" is pending before s[i:]
	i := 0
	for i < len(s) {
		if !amp {
			j := strings.IndexByte(s[i:], '&')
			if j < 0 {
				b.WriteString(s[i:])
				break
			}
			b.WriteString(s[i : i+j])
			i += j + 1
		}
		amp = false
		// s[i:] follows an ampersand.
		n := entityLen(s[i:])
		if n == 0 {
			b.WriteByte('&')
			continue
		}
		dec := html.UnescapeString("&" + s[i:i+n])
		i += n
		if dec == "&" {
			amp = true
			continue
		}
		b.WriteString(dec)
	}
	if amp {
		b.WriteByte('&')
	}
	return b.String()
}

// entityLen returns the length of the character reference body at the start
// of s (after its ampersand), semicolon included, or 0 if there is none.
func entityLen(s string) int {
	if s == "" {
		return 0
	}
	i := 0
	if s[0] == '#' {
		i = 1
		hex := len(s) > 1 && (s[1] == 'x' || s[1] == 'X')
		if hex {
			i = 2
		}
		start := i
		for i < len(s) && i < maxEntityLen && (isDigit(s[i]) || hex && isHexLetter(s[i])) {
			i++
		}
		if i == start || i >= len(s) || s[i] != ';' {
			return 0
		}
		return i + 1
	}
	for i < len(s) && i < maxEntityLen && (isASCIILetter(s[i]) || i > 0 && isDigit(s[i])) {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ';' {
		return 0
	}
	// A known name decodes to one or two characters. The html package
	// also decodes a legacy name that needs no semicolon at the start of
	// a longer one ("&ampx;" gives "&x;", "&ampamp;" "&amp;"): that is
	// no reference to the longer name, and decoding it would leave a
	// reference for the next call to decode.
	ref := "&" + s[:i+1]
	if dec := html.UnescapeString(ref); dec == ref || utf8.RuneCountInString(dec) > 2 {
		return 0 // not a known name
	}
	return i + 1
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isHexLetter(c byte) bool   { return 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// hasDigit reports whether s holds an ASCII digit, as
// strings.ContainsAny(s, "0123456789") does, in a plain loop.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// mapRune returns the rune r becomes in clean text: -1 to drop it, ' ' or
// '\n' for spacing, its narrow form for a fullwidth ASCII variant unless
// keepWide is set, or r.
func mapRune(r rune, keepWide bool) rune {
	if ' ' <= r && r < 0x7f || plainRune(r) {
		return r
	}
	switch r {
	case '\n':
		return '\n'
	case '\t', '\v', '\f':
		return ' '
	case '\r':
		return -1 // CRLF and lone CR are handled by foldRunes
	case '\u2028', '\u2029', '\u0085':
		return '\n'
	case '\u00ad', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u180e', '\ufffe', '\uffff':
		// Soft hyphen, BOM and zero-width characters. ZWJ and ZWNJ are
		// invisible in Latin text but shape Indic scripts and emoji; they
		// are dropped only when Clean's caller cannot tell the script, which
		// is always: see the package documentation.
		return -1
	}
	if r < ' ' || r == 0x7f {
		// C0 controls. C1 controls (U+0080–U+009F) are kept here because
		// mojibake repair may need them (a UTF-8 byte 0x81 read as Latin-1
		// becomes U+0081); repairMojibake drops those that are left.
		return -1
	}
	if unicode.Is(unicode.Zs, r) {
		return ' '
	}
	if unicode.Is(unicode.Cf, r) && !isFormatKept(r) {
		return -1
	}
	if r >= 0xff01 && r <= 0xff5e && !keepWide {
		if f := width.LookupRune(r).Folded(); f != 0 {
			return f
		}
	}
	return r
}

// plainRune reports whether r lies in a stretch of letters and marks in
// which Unicode has no space separator (Zs) and no format character (Cf),
// so that mapRune keeps it without looking it up: Latin, Greek, Cyrillic,
// Hebrew, most of Arabic, the scripts of India and South-East Asia, dashes
// and quotation marks, and the CJK blocks but for their ideographic space.
// TestPlainRune holds this to the Unicode tables.
func plainRune(r rune) bool {
	switch {
	case r < 0xa1:
		return false
	case r < 0x600:
		return r != 0xad
	case r < 0x61d:
		return r > 0x605 && r != 0x61c
	case r < 0x6dd:
		return true
	case r >= 0x900 && r < 0x1680:
		return true
	case r >= 0x2010 && r < 0x2028:
		return true
	case r >= 0x2070 && r < 0xfeff:
		return r != 0x3000
	}
	return false
}

// isFormatKept reports whether a Unicode format character (category Cf) is
// kept: bidirectional marks, which change how right-to-left text reads, and
// the Arabic and Syriac signs that are part of the text.
func isFormatKept(r rune) bool {
	switch {
	case r >= 0x200e && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r >= 0x0600 && r <= 0x0605, r == 0x06dd, r == 0x070f, r == 0x08e2, r == 0x061c:
		return true
	}
	return false
}

// keepsWide reports whether the fullwidth forms of s are kept: s has
// Chinese, Japanese or Korean characters, whose text writes its punctuation
// and digits fullwidth ("，", "（１２日）"). In other text a fullwidth "ＡＰ"
// or "３００" is a CMS's slip and is folded to ASCII. The answer is the
// same before and after folding, so Clean stays idempotent.
func keepsWide(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && isCJK(r) {
			return true
		}
	}
	return false
}

// foldRunes maps every rune through mapRune and turns CRLF and lone CR
// into LF.
func foldRunes(s string) string {
	changed := false
	wide := keepsWide(s)
	for _, r := range s {
		if mapRune(r, wide) != r {
			changed = true
			break
		}
	}
	if !changed {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if r == '\r' {
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
			continue
		}
		if m := mapRune(r, wide); m >= 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// cp1252Special returns the Windows-1252 byte of a character that code page
// maps to 0x80–0x9F ("€", "’", "—" ...).
func cp1252Special(r rune) (byte, bool) {
	if r < 0x100 {
		return 0, false
	}
	b, ok := charmap.Windows1252.EncodeRune(r)
	if !ok || b < 0x80 || b >= 0xa0 {
		return 0, false
	}
	return b, true
}

// mojibakeByte returns the byte that r was decoded from if it is part of
// UTF-8 text that was read as Windows-1252 (or Latin-1, for the C1
// controls), or -1.
func mojibakeByte(r rune) int {
	if r >= 0x80 && r <= 0xff {
		return int(r)
	}
	if b, ok := cp1252Special(r); ok {
		return int(b)
	}
	return -1
}

// quoteLike are the continuation characters that also follow a capital or
// accented letter in real text ("CAFÉ”", "naïve’s", "cité »"): after a
// lead other than "Â" and "Ã" (and "â", the lead of the three-byte
// punctuation block) they block a repair, so that text which merely looks
// like mojibake is left alone.
func quoteLike(b int) bool {
	switch b {
	case 0x82, 0x84, 0x85, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x9b,
		0xa0, 0xa1, 0xa8, 0xaa, 0xab, 0xb0, 0xb4, 0xb7, 0xba, 0xbb, 0xbf:
		return true
	}
	return false
}

// repairMojibake repairs UTF-8 text that was decoded as Windows-1252:
// "â€™" becomes "’", "Ã©" becomes "é". It works as a shift-reduce pass over
// the runes, so text that was mis-decoded twice ("Ã¢â‚¬â„¢") is repaired too.
// A sequence is repaired only when its bytes form one valid UTF-8 character
// and the guard in quoteLike does not apply; everything else is left as it
// is. Leftover C1 control characters are dropped.
func repairMojibake(s string) string {
	hasLead := false
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f || r >= 0xc2 && r <= 0xf4 {
			hasLead = true
			break
		}
	}
	if !hasLead {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, r)
		for {
			n := reduceTail(out)
			if n == 0 {
				break
			}
			out = out[:len(out)-n+1]
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range out {
		if r >= 0x80 && r <= 0x9f {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// reduceTail tries to decode the last two to four runes of out as one UTF-8
// character. On success it stores the character in place of the first rune
// of the sequence and returns the sequence length; the caller truncates.
func reduceTail(out []rune) int {
	k := len(out)
	if k < 2 || !isCont(mojibakeByte(out[k-1])) {
		return 0
	}
	for n := 2; n <= 4 && n <= k; n++ {
		lead := mojibakeByte(out[k-n])
		if lead < 0 || leadLen(lead) != n {
			if isCont(lead) {
				continue
			}
			return 0
		}
		var buf [4]byte
		buf[0] = byte(lead)
		for i := 1; i < n; i++ {
			c := mojibakeByte(out[k-n+i])
			if !isCont(c) {
				return 0
			}
			buf[i] = byte(c)
		}
		r, size := utf8.DecodeRune(buf[:n])
		if r == utf8.RuneError || size != n {
			return 0
		}
		first := int(buf[1])
		switch {
		case lead == 0xc2 || lead == 0xc3:
			// "Â" and "Ã" lead all Latin-1 mojibake.
		case lead == 0xe2:
			if first == 0xa0 || n == 3 && buf[2] == 0xa0 {
				return 0
			}
		default:
			if quoteLike(first) {
				return 0
			}
			for i := 2; i < n; i++ {
				if buf[i] == 0xa0 {
					return 0
				}
			}
		}
		out[k-n] = r
		return n
	}
	return 0
}

func isCont(b int) bool { return b >= 0x80 && b <= 0xbf }

func leadLen(b int) int {
	switch {
	case b >= 0xc2 && b <= 0xdf:
		return 2
	case b >= 0xe0 && b <= 0xef:
		return 3
	case b >= 0xf0 && b <= 0xf4:
		return 4
	}
	return 0
}

// needsCollapse reports whether collapseSpace would change s.
func needsCollapse(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[0] == '\n' || s[len(s)-1] == ' ' || s[len(s)-1] == '\n' {
		return true
	}
	for i := 1; i < len(s); i++ {
		c, p := s[i], s[i-1]
		if c == ' ' && (p == ' ' || p == '\n') || c == '\n' && p == ' ' ||
			c == '\n' && p == '\n' && i+1 < len(s) && s[i+1] == '\n' {
			return true
		}
	}
	return false
}

// collapseSpace collapses runs of spaces to one, trims every line, and
// keeps at most one blank line between paragraphs. Leading and trailing
// blank lines are removed.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		line = strings.Trim(line, " ")
		if line == "" {
			if b.Len() > 0 {
				blank++
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		space := false
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c == ' ' {
				if space {
					continue
				}
				space = true
			} else {
				space = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}
