package wirestory

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file finds a date inside a short line of a story's head, where
// pages print it with other words around it: "Stand: 08.07.2026 05:00 Uhr",
// "Publié le 12 avril 2015 à 22h23", "By Jane Roe published 19 May 2026",
// "2025年1月14日 20:00", "PUBLISHED FRI, APR 28 2023 2:23 PM EDT".
// parseDateText reads lines that are a date and nothing else; findDate
// finds the first date in a line.

// dateScanners are the regular expressions of findDate, compiled on first
// use. findDate's need list, which says when each one can match, follows
// their order: a scanner added here is added there too.
var dateScanners = sync.OnceValue(func() []*regexp.Regexp {
	p := monthPatterns()
	return []*regexp.Regexp{
		// 2024-07-03, 2024/07/03, 2024.07.03, 03.07.2024, 03/07/2024.
		regexp.MustCompile(`(?:^|[^\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$)`),
		regexp.MustCompile(`(?:^|[^\d])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})`),
		// 2024年7月3日, 2024년 7월 3일.
		regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`),
		// 3 July 2024, 3. Juli 2024, 3 de julio de 2024.
		regexp.MustCompile(`(?i)(?:^|` + p[0].before + `)` + p[0].rest),
		// July 3, 2024, Apr. 28 2023.
		regexp.MustCompile(`(?i)(?:^|` + p[1].before + `)` + p[1].rest),
		// 03.07.24, 3.7.24: a year of two digits, with dots only.
		regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?:[^\d.]|\.?$)`),
	}
})

// A monthPattern is a scanner of month names (3 or 4) in two parts: the
// character that must stand before a date that does not open the line,
// and the date.
type monthPattern struct{ before, rest string }

// monthPatterns returns the patterns of scanners 3 and 4.
func monthPatterns() [2]monthPattern {
	var names []string
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first, so that "june" is not read as "jun".
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	month := `(` + strings.Join(names, "|") + `)\.?`
	return [2]monthPattern{
		{`[^\pL\d]`, `(\d{1,2})\.?(?:er)?\s+(?:de\s+)?` + month + `,?\s+(?:de\s+)?(\d{4})`},
		{`[^\pL]`, month + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`},
	}
}

// anchoredMonthScanners are scanners 3 and 4 anchored where they start:
// at the start of a line (first), or at the character before a date that
// does not open the line (later, given the line from that character on).
var anchoredMonthScanners = sync.OnceValue(func() [2]struct{ first, later *regexp.Regexp } {
	var out [2]struct{ first, later *regexp.Regexp }
	for i, p := range monthPatterns() {
		out[i].first = regexp.MustCompile(`(?i)\A(?:^|` + p.before + `)` + p.rest)
		out[i].later = regexp.MustCompile(`(?i)\A` + p.before + p.rest)
	}
	return out
})

// monthInitials has the ASCII letters that may open a month's name in a
// regular expression with the flag i: the names' first letters and what
// they fold to.
var monthInitials = func() (set [utf8.RuneSelf]bool) {
	for n := range monthNames {
		r, _ := utf8.DecodeRuneInString(n)
		for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				set[f] = true
			}
			if f == r {
				break
			}
		}
	}
	return set
}()

// findMonthDate is dateScanners()[k].FindStringSubmatchIndex(s) for a
// scanner of month names (k is 3 or 4), but for a match that starts at or
// after end, which it may leave out. A match starts at the line's start or
// at a character that is no letter (for scanner 3, nor digit) before the
// date, whose first character is a digit (3) or may open a month's name
// (4). The anchored scanners are tried at each such place in order: the
// first match is the leftmost, as the search finds it, which starts a
// reading of all the month names at every byte of the line.
func findMonthDate(k int, s string, end int) []int {
	sc := anchoredMonthScanners()[k-3]
	if loc := sc.first.FindStringSubmatchIndex(s); loc != nil {
		return loc
	}
	for q := 0; q < len(s) && q < end; {
		r, n := utf8.DecodeRuneInString(s[q:])
		if q == 0 || unicode.IsLetter(r) || k == 3 && isDigit(s[q]) || q+n >= len(s) {
			q += n
			continue
		}
		var opens bool
		if k == 3 {
			opens = isDigit(s[q+n])
		} else {
			next, _ := utf8.DecodeRuneInString(s[q+n:])
			opens = next >= utf8.RuneSelf || monthInitials[next]
		}
		if opens {
			if loc := sc.later.FindStringSubmatchIndex(s[q:]); loc != nil {
				for i := range loc {
					if loc[i] >= 0 {
						loc[i] += q
					}
				}
				return loc
			}
		}
		q += n
	}
	return nil
}

// asciiMonthNames are the month names in ASCII letters, for findDate's
// check that a line may name a month.
var asciiMonthNames = newPhraseSet(asciiKeys(monthNames)...)

// asciiKeys returns the keys of m that are all ASCII.
func asciiKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		if isASCII(k) {
			out = append(out, k)
		}
	}
	return out
}

// clockAfter finds a time of day after a date: "05:00", "11.08 Uhr",
// "22h23", "2:23 PM".
var clockAfter = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[^\d])(\d{1,2})\s?[:h.]\s?(\d{2})(?:\s*(a\.?m\.?|p\.?m\.?))?`)
})

// monthYearShapes tells which of findDate's scanners of month names (3
// and 4) may match s, from what stands before a year of four digits after
// white space: a letter, perhaps with a dot and a comma after it, for "3
// July 2024" (the month's last letter, or "de"; a character outside ASCII
// may fold to one); a day of one or two digits after white space, perhaps
// with "st", "nd", "rd" or "th" and a comma, for "July 3, 2024". Each
// scanner needs its shape, so a scanner whose shape is missing cannot
// match: the regular expressions, which cost most of findDate, read the
// whole line to find nothing.
func monthYearShapes(s string) (dayMonth, monthDay bool) {
	for i := 1; i+4 <= len(s) && !(dayMonth && monthDay); i++ {
		if !isSpaceRE(s[i-1]) || !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		// s[w:i] is the white space before the year, all of the \s+ of
		// either expression.
		w := i - 1
		for w > 0 && isSpaceRE(s[w-1]) {
			w--
		}
		if w > 0 && s[w-1] == ',' {
			w--
		}
		monthDay = monthDay || dayEndsAt(s, w)
		k := w
		for n := 0; n < 2 && k > 0 && s[k-1] == '.'; n++ {
			k-- // the expression's dot, and the one of a name ("okt.")
		}
		dayMonth = dayMonth || k > 0 && (isASCIILetter(s[k-1]) || s[k-1] >= utf8.RuneSelf)
	}
	return dayMonth, monthDay
}

// dayEndsAt reports whether s[:j] ends in white space and a day of one or
// two digits, perhaps with an ordinal's letters after it in any case
// (scanner 4's `\s+(\d{1,2})(?:st|nd|rd|th)?`).
func dayEndsAt(s string, j int) bool {
	digitsAt := func(k int) bool {
		n := 0
		for n < k && isDigit(s[k-n-1]) {
			n++
		}
		return n >= 1 && n <= 2 && k-n-1 >= 0 && isSpaceRE(s[k-n-1])
	}
	if digitsAt(j) {
		return true
	}
	r2, n2 := utf8.DecodeLastRuneInString(s[:j])
	r1, n1 := utf8.DecodeLastRuneInString(s[:j-n2])
	for _, o := range [...]string{"st", "nd", "rd", "th"} {
		if foldsTo(r1, rune(o[0])) && foldsTo(r2, rune(o[1])) {
			return digitsAt(j - n2 - n1)
		}
	}
	return false
}

// foldsTo reports whether r matches the letter c in a regular expression
// with the flag i, as strings.EqualFold matches them: whether r is in c's
// orbit of simple case folding (for 's' that holds 'ſ').
func foldsTo(r, c rune) bool {
	for f := c; ; {
		if f == r {
			return true
		}
		if f = unicode.SimpleFold(f); f == c {
			return false
		}
	}
}

// isSpaceRE reports whether c is white space as \s reads it in a regular
// expression.
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// maxDateLine is the longest line, in bytes, findDate reads.
const maxDateLine = 200

// findDate returns the first date in a short line, with its time of day
// when one follows it, in UTC (a page that prints no zone gives none). A
// year of two digits is read only in a date written with dots ("25.4.24",
// as German and Nordic pages print it), as of 2000.
func findDate(s string) (time.Time, bool) {
	if len(s) > maxDateLine || !hasYear(s) && !strings.Contains(s, ".") {
		return time.Time{}, false
	}
	s = closeSpacedDate(unglueCapsMonth(unglue(s)))
	// What each scanner needs for a match, found in one pass: four digits
	// before a separator (0), after one (1), after a space (3, 4), the CJK
	// year sign (2), or a dot between digits (5). A scanner whose need is
	// not met is not run.
	var yearSep, sepYear, spaceYear, digitDot bool
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			digitDot = true
		}
		if i+4 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		if i > 0 {
			switch s[i-1] {
			case '-', '/', '.':
				sepYear = true
			case ' ', '\t', '\n', '\f', '\r':
				spaceYear = true
			}
		}
		if i+4 < len(s) && (s[i+4] == '-' || s[i+4] == '/' || s[i+4] == '.') {
			yearSep = true
		}
	}
	// The scanners of month names (3, 4) need one. In a line whose letters
	// are all ASCII only an ASCII name can match, and case folds as
	// ASCII's does.
	monthWord := spaceYear && (hasNonASCIILetter(s) || asciiMonthNames.in(strings.ToLower(s)))
	var dayMonth, monthDay bool
	if monthWord {
		dayMonth, monthDay = monthYearShapes(s)
	}
	need := [...]bool{yearSep, sepYear, strings.Contains(s, "年") || strings.Contains(s, "년"), dayMonth, monthDay, digitDot}
	bestAt, bestEnd := -1, 0
	var y, d int
	var m time.Month
	for k, re := range dateScanners() {
		if !need[k] {
			continue
		}
		var loc []int
		if k == 3 || k == 4 {
			end := len(s)
			if bestAt >= 0 {
				end = bestAt
			}
			loc = findMonthDate(k, s, end)
		} else {
			loc = re.FindStringSubmatchIndex(s)
		}
		if loc == nil || bestAt >= 0 && loc[0] >= bestAt {
			continue
		}
		g := func(i int) string { return s[loc[2*i]:loc[2*i+1]] }
		var yy, mm, dd int
		switch k {
		case 0, 2:
			yy, mm, dd = atoi(g(1)), atoi(g(2)), atoi(g(3))
		case 1:
			dd, mm, yy = atoi(g(1)), atoi(g(2)), atoi(g(3))
			if mm > 12 && dd <= 12 {
				dd, mm = mm, dd
			}
		case 3:
			dd, mm, yy = atoi(g(1)), int(monthNames[strings.ToLower(g(2))]), atoi(g(3))
		case 4:
			mm, dd, yy = int(monthNames[strings.ToLower(g(1))]), atoi(g(2)), atoi(g(3))
		case 5:
			dd, mm, yy = atoi(g(1)), atoi(g(2)), 2000+atoi(g(3))
		}
		if yy < 1990 || yy > 2100 || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
			continue
		}
		bestAt, bestEnd = loc[0], loc[1]
		y, m, d = yy, time.Month(mm), dd
	}
	if bestAt < 0 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	// A time of day close after the date.
	rest := s[bestEnd:]
	if i := strings.IndexAny(rest, "|•·"); i >= 0 {
		rest = rest[:i]
	}
	if len(rest) > 24 {
		rest = rest[:24]
	}
	if c := clockAfter().FindStringSubmatch(rest); c != nil {
		h, mi := atoi(c[1]), atoi(c[2])
		if h <= 23 && mi <= 59 {
			ampm := strings.ToLower(strings.ReplaceAll(c[3], ".", ""))
			if ampm == "pm" && h < 12 {
				h += 12
			}
			if ampm == "am" && h == 12 {
				h = 0
			}
			t = time.Date(y, m, d, h, mi, 0, 0, time.UTC)
		}
	}
	return t, true
}

// unglue puts a space where a scraper ran words together: a lower-case
// letter before a capital ("readApril"), a letter before a digit
// ("Publiziert17").
func unglue(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if prev != 0 && (unicode.IsLower(prev) && unicode.IsUpper(r) || unicode.IsLetter(prev) && unicode.IsDigit(r) && !isCJK(prev)) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// unglueCapsMonth puts a space between a label in capitals and the
// month's name in capitals glued after it, before the day: "GEARAPR 28,
// 2024" gives "GEAR APR 28, 2024". The label has two letters or more, the
// month three or more; s is returned as it is when no word is so made.
func unglueCapsMonth(s string) string {
	if !hasCapsRun(s, 5) {
		// No word of five capitals: most lines, read without splitting.
		return s
	}
	f := strings.Fields(s)
	for k := 0; k+1 < len(f); k++ {
		w := f[k]
		if len(w) < 5 || !hasCapsRun(w, len(w)) || !isNumber(strings.TrimRight(f[k+1], ",.")) {
			continue
		}
		for n := 3; n <= len(w)-2 && n <= 9; n++ {
			m := w[len(w)-n:]
			if _, ok := monthNames[strings.ToLower(m)]; ok {
				f[k] = w[:len(w)-n] + " " + m
				return strings.Join(f, " ")
			}
		}
	}
	return s
}

// hasCapsRun reports whether s holds n ASCII capitals in a row.
func hasCapsRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s) && run < n; i++ {
		if isUpperASCII(s[i]) {
			run++
		} else {
			run = 0
		}
	}
	return run >= n
}

// hasYear reports whether s holds four digits in a row, as every date
// findDate reads does.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// updatedWords mark a date as the time of an update rather than of
// publication.
var updatedWords = []string{"updated", "update", "aktualisiert", "mis à jour", "actualizado", "atualizado",
	"aggiornato", "oppdatert", "uppdaterad", "opdateret", "bijgewerkt", "zaktualizowano", "last modified"}

// isUpdatedDate reports whether the date in a line is introduced as an
// update: "Updated 5:02 a.m.", "Aktualisiert am ...".
func isUpdatedDate(s string) bool {
	l := strings.ToLower(s)
	for _, w := range updatedWords {
		if i := strings.Index(l, w); i >= 0 && i < 12 {
			return true
		}
	}
	return false
}

// A shownDate collects the dates a story's head shows, to choose the
// publication date among them.
type shownDate struct {
	published, updated time.Time
	// text is set on a text page, where a caption closed by its
	// picture's place and date in brackets dates nothing
	// (isBracketedCaptionDate).
	text bool
}

// consider reads a date from a short line that is not a paragraph, a
// teaser's (unless the line is a date alone) or a caption's.
func (d *shownDate) consider(s *slot) {
	if !d.published.IsZero() || s.f.words > 24 || s.f.prose && s.f.words > 12 || s.role == roleCaption ||
		s.role == roleTeaser && !parseDateText(s.text).ok {
		return
	}
	t, ok := findDate(s.text)
	switch {
	case !ok || isPostSignature(s.text) || d.text && isBracketedCaptionDate(s.text):
	case isUpdatedDate(s.text):
		if d.updated.IsZero() {
			d.updated = t
		}
	default:
		d.published = t
	}
}

// best returns the publication date, or the update's when no other is
// shown.
func (d *shownDate) best() time.Time {
	if !d.published.IsZero() {
		return d.published
	}
	return d.updated
}

// publishedWords introduce a publication date, in several languages.
var publishedWords = []string{"published", "posted", "publié", "publiziert", "veröffentlicht", "publisert",
	"publicerad", "publiceret", "publicado", "pubblicato", "gepubliceerd", "opublikowano", "publikacja",
	"erschienen", "first published", "date published"}

// saysPublished reports whether a line introduces its date as the
// publication's, near its start: "Veröffentlicht am 27.04.24", "Published:
// May 4, 2016".
func saysPublished(s string) bool {
	l := strings.ToLower(s)
	for _, w := range publishedWords {
		if i := strings.Index(l, w); i >= 0 && i < 24 {
			return !isUpdatedDate(s)
		}
	}
	return false
}

// pageDate finds the publication date of a page whose head shows none
// where readHead looks: the first line anywhere that introduces a date as
// the publication's ("Published Jun 04, 2026", "Publisert 05.08.2024"), or
// else the date line nearest the body's start, within maxDateReach blocks.
// The readers' comments below the body are not looked into: a comment's
// date is when a reader wrote, not when the story was published. On a
// text page (text), a date line among dates of other days is an entry of
// a list of other pieces and is passed over (amongOtherDays).
func pageDate(ss []slot, start int, text bool) time.Time {
	if start >= 0 && start < len(ss) {
		if c := commentsStart(ss, start); c > start {
			ss = ss[:c]
		}
	}
	for i := range ss {
		s := &ss[i]
		if s.role == roleJunk || s.f.words > 24 || s.role == roleTeaser {
			continue
		}
		l := strings.ToLower(s.text)
		for _, w := range publishedWords {
			if strings.Contains(l, w) {
				if t, ok := findDate(s.text); ok {
					return t
				}
				break
			}
		}
	}
	for d := 1; d <= maxDateReach; d++ {
		for _, i := range []int{start - d, start + d} {
			if i < 0 || i >= len(ss) {
				continue
			}
			s := &ss[i]
			if s.role == roleJunk || s.role == roleTeaser || s.f.words > 12 || s.f.prose && !parseDateText(s.text).ok {
				continue
			}
			if t, ok := findDate(s.text); ok && !isUpdatedDate(s.text) && !isCaptionDate(s.text) && !isPostSignature(s.text) &&
				!(text && amongOtherDays(ss, i, t)) {
				return t
			}
		}
	}
	return time.Time{}
}

// maxDateReach is how many blocks from the body's start pageDate looks for a
// bare date line.
const maxDateReach = 60

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasNonASCIILetter reports whether s holds a letter outside ASCII.
func hasNonASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return true
		}
		i += n - 1
	}
	return false
}

// closeSpacedDate closes up a numeric date written with a space after each
// dot, as Czech, Slovak and some German pages print it ("28. 4. 2023",
// often with a no-break or thin space): it gives "28.4.2023", which the
// readers of numeric dates take. Only a day and month of one or two digits
// followed by a year of four are so closed; s is returned as it is when it
// holds none.
func closeSpacedDate(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i := 1; i < len(s); i++ {
		if s[i] != '.' || !isDigit(s[i-1]) {
			continue
		}
		// Back to the day's first digit: the day has one or two.
		from := i - 1
		if from > 0 && isDigit(s[from-1]) {
			from--
		}
		if from > 0 && isDigit(s[from-1]) || from < done {
			continue
		}
		n := spacedDateLen(s, i)
		if n == 0 {
			continue
		}
		b.WriteString(s[done:from])
		for _, r := range s[from : i+n] {
			if !isDateSpace(r) {
				b.WriteRune(r)
			}
		}
		done = i + n
		i = done - 1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// spacedDateLen returns the length of ". 4. 2023" at s[i] (a dot, a space,
// one or two digits, a dot, a space, four digits followed by no other digit
// or letter), or 0.
func spacedDateLen(s string, i int) int {
	j := i + 1
	sp := func() bool {
		r, size := utf8.DecodeRuneInString(s[j:])
		if size == 0 || !isDateSpace(r) {
			return false
		}
		j += size
		return true
	}
	digits := func(min, max int) bool {
		k := j
		for j < len(s) && isDigit(s[j]) && j-k < max {
			j++
		}
		return j-k >= min && (j == len(s) || !isDigit(s[j]))
	}
	if !sp() || !digits(1, 2) || j >= len(s) || s[j] != '.' {
		return 0
	}
	j++
	if !sp() || !digits(4, 4) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) {
		// "2000er": not a year.
		return 0
	}
	return j - i
}

// isDateSpace reports whether r is a space that may follow a dot in a
// date: an ASCII space, a no-break space or a thin space.
func isDateSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f'
}

// minCaptionWords is the fewest words before the date of a caption that
// isCaptionDate sees.
const minCaptionWords = 3

// isCaptionDate reports whether s is a phrase of minCaptionWords words or
// more that ends in a date after a comma, as a caption's "Soldiers near the
// front, 24 April 2023" does: the date is when the picture was taken, not
// when the story was published.
func isCaptionDate(s string) bool {
	i := strings.LastIndexByte(s, ',')
	if i <= 0 || len(strings.Fields(s[:i])) < minCaptionWords {
		// "Sunday, 31.03.2019": a weekday, or a label, before the date.
		return false
	}
	return !parseDateText(s).ok && parseDateText(s[i+1:]).ok
}

// isPostSignature reports whether s is the signature under an embedded
// social post, a handle in brackets before its date: "— Jane Roe
// (@janeroe) March 3, 2024". The date is the post's, not the story's.
func isPostSignature(s string) bool {
	i := strings.Index(s, "(@")
	if i < 0 {
		return false
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 0 || strings.ContainsAny(s[i+2:i+j], " \t") {
		return false
	}
	_, ok := findDate(s[i+j+1:])
	return ok
}
