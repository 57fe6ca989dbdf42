package wirestory

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A dateText is a date read from a line of a page.
type dateText struct {
	t  time.Time
	ok bool
}

// monthNames maps month names and abbreviations in the languages of the
// wires (English, French, Spanish, Italian, German, Portuguese) to months.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"janvier": 1, "janv": 1, "février": 2, "févr": 2, "fevrier": 2, "mars": 3, "avril": 4, "avr": 4,
	"mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
	"novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
	"julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
	"diciembre": 12, "dic": 12,
	"gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6,
	"luglio": 7, "lug": 7, "settembre": 9, "set": 9, "ottobre": 10, "ott": 10, "dicembre": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mär": 3, "juni": 6, "juli": 7, "oktober": 10,
	"okt": 10, "dezember": 12, "dez": 12,
	"janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
	"outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
	// Dutch, and the Scandinavian languages.
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "augusti": 8, "maj": 5,
	"desember": 12, "des": 12,
	// Polish, in the nominative and the genitive that dates use.
	"styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4,
	"kwietnia": 4, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8,
	"sierpnia": 8, "wrzesień": 9, "września": 9, "październik": 10, "października": 10, "listopad": 11,
	"listopada": 11, "grudzień": 12, "grudnia": 12,
	// Russian and Ukrainian, in the genitive that dates use.
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
	"сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
	"вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	// Turkish.
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
	"eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
	// Arabic: the names used in Egypt and the Gulf, and those of the Levant
	// and Iraq (a page may give both: "آب/أغسطس").
	"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
	"يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
	"okt.": 10,
}

// dateNoise are words that may surround a date on a dateline or a date
// line: weekdays, "Published", "Updated", "at", "on".
var dateNoise = setOf(append([]string{
	"published", "updated", "posted", "last", "modified", "date", "on", "at", "am", "pm", "a.m.", "p.m.",
	"de", "del", "le", "the", "of", "|", "-", "/", "•",
	"·", "et", "gmt", "utc", "z", "et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt", "bst",
	"cet", "cest", "jst", "kst", "ist", "hkt", "sgt", "aest", "aedt", "first", "originally", "created",
	"ago", "time", "hrs", "uhr", "h", "–", "—", ":", "·", "am", "um", "à", "a", "las", "alle", "om", "kl.", "kl",
	// "Published" and "updated" in the languages of the wires' clients.
	"publiziert", "veröffentlicht", "aktualisiert", "erstellt", "stand", "publié", "publie", "mis", "jour",
	"modifié", "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato", "gepubliceerd",
	"bijgewerkt", "publisert", "oppdatert", "sist", "publicerad", "uppdaterad", "opublikowano",
	"aktualizacja", "zaktualizowano", "yayınlanma", "güncelleme", "tarihi", "آخر", "تحديث", "نشر",
}, weekdayNames...)...)

// weekdayNames are the days of the week, lower case, as dates print them
// in the languages of the wires' clients.
var weekdayNames = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
	"wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
	"viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "mandag", "tirsdag",
	"onsdag", "torsdag", "fredag", "lørdag", "søndag", "poniedziałek", "wtorek", "środa", "czwartek",
	"piątek", "sobota", "niedziela", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
}

// zoneOffsets are the offsets, in hours east of UTC, of zone abbreviations
// met on news pages.
var zoneOffsets = map[string]float64{
	"gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
	"ist": 5.5, "sgt": 8, "hkt": 8, "jst": 9, "kst": 9, "aest": 10, "aedt": 11,
	"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}

// parseDateText reads a line that is a date and little else: "Jan. 9,
// 2020", "Published: January 9, 2020 at 5:03 p.m. EST", "19 NOV 2019",
// "2020-01-09T10:00:00+09:00", "Tuesday, 25 November 2014". A line with
// other words in it is not a date line.
//
// A line that holds two dates ("Published 12 April 2015 - Updated 13 April
// 2015") or a date beside a label ("Technology | Fri May 13, 2016", "16.05.2024
// • Reading time: 5 minutes") gives its first date.
func parseDateText(s string) dateText {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 160 || !hasYearDigits(s) {
		return dateText{}
	}
	s = closeSpacedDate(s)
	if d := parseDateFields(s); d.ok {
		return d
	}
	// The parts of a line cut at its separators, in order.
	start := 0
	for i := 0; i < len(s); {
		n := dateSepLen(s[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if d := parseDateFields(s[start:i]); d.ok {
			return d
		}
		i += n
		start = i
	}
	if start > 0 {
		return parseDateFields(s[start:])
	}
	return dateText{}
}

// dateSepLen returns the length of a separator between the parts of a date
// line at the start of s (" | ", " • ", " - ", " / ", an ideographic
// space), or 0.
func dateSepLen(s string) int {
	if s == "" || !dateSepFirst[s[0]] {
		return 0
	}
	for _, sep := range dateSeps {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	return 0
}

// dateSeps are the separators dateSepLen finds, and dateSepFirst their
// first bytes.
var (
	dateSeps     = []string{" | ", " • ", " · ", " - ", " – ", " — ", " / ", "\u3000", "•", "·"}
	dateSepFirst = firstBytes(dateSeps)
)

// firstBytes returns a set of the first bytes of ss.
func firstBytes(ss []string) (set [256]bool) {
	for _, s := range ss {
		set[s[0]] = true
	}
	return set
}

// parseDateFields reads a date line that is a date and nothing else but a
// stray word or two (one in five).
func parseDateFields(s string) dateText {
	return parseDateWords(s, false)
}

// parseDateWords reads a date line; when strict, every word of it must be
// part of the date.
func parseDateWords(s string, strict bool) dateText {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 || !hasYearDigits(s) {
		return dateText{}
	}
	if t, ok := parseISOTime(s); ok {
		return dateText{t: t, ok: true}
	}
	if d, ok := cjkFullDate(s); ok {
		return d
	}
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '(' || r == ')' || r == '،'
	})
	var (
		year, day  int
		month      time.Month
		hour, min  = -1, 0
		pm, am     bool
		zone       = -100.0
		known, all int
	)
	for _, f := range fields {
		l := strings.ToLower(strings.Trim(f, ":"))
		if l == "" {
			continue
		}
		all++
		lt := strings.TrimSuffix(l, ".")
		if m, ok := monthName(lt); ok && month == 0 {
			month = m
			known++
			continue
		}
		if off, ok := zoneOffset(lt); ok {
			zone = off
			known++
			continue
		}
		if dateNoise[l] || dateNoise[lt] {
			known++
			switch l {
			case "pm", "p.m.":
				pm = true
			case "am", "a.m.":
				am = true
			}
			continue
		}
		if h, m, ok := clockTime(l); ok {
			hour, min = h, m
			if strings.HasSuffix(l, "pm") || strings.HasSuffix(l, "p.m.") {
				pm = true
			}
			if strings.HasSuffix(l, "am") || strings.HasSuffix(l, "a.m.") {
				am = true
			}
			known++
			continue
		}
		if y, m, d, ok := numericDate(lt); ok {
			year, month, day = y, m, d
			known++
			continue
		}
		digits := strings.TrimRight(lt, "stndrh")
		if n, err := strconv.Atoi(digits); err == nil {
			switch {
			case len(digits) == 4 && n >= 1900 && n <= 2200 && year == 0:
				year = n
			case n >= 1 && n <= 31 && day == 0:
				day = n
			default:
				return dateText{}
			}
			known++
			continue
		}
		if strings.HasSuffix(l, ":") && (l == "published:" || l == "updated:" || l == "date:") {
			known++
		}
	}
	if year == 0 || month == 0 || day == 0 || known*10 < all*8 || strict && known < all {
		return dateText{}
	}
	if pm && hour >= 1 && hour < 12 {
		hour += 12
	}
	if am && hour == 12 {
		hour = 0
	}
	loc := time.UTC
	if zone != -100 {
		loc = time.FixedZone("", int(zone*3600))
	}
	if hour < 0 {
		hour = 0
	}
	t := time.Date(year, month, day, hour, min, 0, 0, loc)
	if t.Day() != day {
		return dateText{}
	}
	return dateText{t: t, ok: true}
}

// hasYearDigits reports whether s holds four digits in a row, ASCII or
// fullwidth: every date parseDateWords reads has its year so written, so a
// line without them is no date, and is not read further.
func hasYearDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			n++
		case c == 0xef && i+2 < len(s) && s[i+1] == 0xbc && 0x90 <= s[i+2] && s[i+2] <= 0x99:
			// '０' to '９': U+FF10 to U+FF19.
			n++
			i += 2
		default:
			n = 0
		}
		if n == 4 {
			return true
		}
	}
	return false
}

// monthName returns the month that w (in lower case) names, or that one
// of the names joined by a slash names: "aug", "آب/أغسطس".
func monthName(w string) (time.Month, bool) {
	if m, ok := monthNames[w]; ok {
		return m, true
	}
	if a, b, ok := strings.Cut(w, "/"); ok {
		ma, oka := monthNames[a]
		mb, okb := monthNames[b]
		if oka && okb && ma == mb {
			return ma, true
		}
	}
	return 0, false
}

// zoneOffset returns the offset in hours east of UTC of a zone (in lower
// case): an abbreviation ("est"), or an offset from GMT or UTC ("gmt+2",
// "gmt+0400", "utc-05:30").
func zoneOffset(z string) (float64, bool) {
	if off, ok := zoneOffsets[z]; ok {
		return off, true
	}
	rest, ok := strings.CutPrefix(z, "gmt")
	if !ok {
		rest, ok = strings.CutPrefix(z, "utc")
	}
	if !ok || len(rest) < 2 || rest[0] != '+' && rest[0] != '-' {
		return 0, false
	}
	sign := 1.0
	if rest[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(rest[1:], ":", "")
	if !isNumber(digits) {
		return 0, false
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h, _ = strconv.Atoi(digits)
	case 3, 4:
		h, _ = strconv.Atoi(digits[:len(digits)-2])
		m, _ = strconv.Atoi(digits[len(digits)-2:])
	default:
		return 0, false
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return sign * (float64(h) + float64(m)/60), true
}

// cjkFullDate reads a date in the Chinese and Japanese form, with the time
// after it: "2018年6月18日", "2018年6月18日 10:01".
func cjkFullDate(s string) (dateText, bool) {
	y := cjkNumberLen(s, 4)
	if y == 0 || !strings.HasPrefix(s[y:], "年") {
		return dateText{}, false
	}
	year, _ := strconv.Atoi(asciiDigits(s[:y]))
	rest := s[y+len("年"):]
	n := cjkDateLen(rest)
	if n == 0 || year < 1900 || year > 2200 {
		return dateText{}, false
	}
	mEnd := strings.Index(rest, "月")
	month, _ := strconv.Atoi(asciiDigits(rest[:mEnd]))
	day, _ := strconv.Atoi(asciiDigits(rest[mEnd+len("月") : n-len("日")]))
	hour, min := 0, 0
	after := strings.TrimSpace(rest[n:])
	// The time, after a space or glued to the date: "2018年6月18日23:52".
	if f := strings.Fields(after); len(f) > 0 {
		if h, m, ok := clockTime(asciiDigits(f[0])); ok {
			hour, min = h, m
			after = strings.TrimSpace(after[len(f[0]):])
		}
	}
	if after != "" || month < 1 || month > 12 {
		return dateText{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, min, 0, 0, time.UTC)
	if t.Day() != day {
		return dateText{}, false
	}
	return dateText{t: t, ok: true}, true
}

// asciiDigits returns s with fullwidth digits and colons made ASCII.
func asciiDigits(s string) string {
	if !strings.ContainsAny(s, "０１２３４５６７８９：") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case '０' <= r && r <= '９':
			return r - '０' + '0'
		case r == '：':
			return ':'
		}
		return r
	}, s)
}

// clockTime reads "5:03", "17:45:08", "5:03pm", "22h23".
func clockTime(s string) (h, m int, ok bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "pm"), "am"), "p.m.")
	s = strings.TrimSuffix(s, "a.m.")
	if i := strings.IndexByte(s, 'h'); i > 0 && i == len(s)-3 && !strings.Contains(s, ":") {
		// The French "22h23".
		s = s[:i] + ":" + s[i+1:]
	}
	hs, rest, found := strings.Cut(s, ":")
	if !found {
		return 0, 0, false
	}
	ms, _, _ := strings.Cut(rest, ":")
	hh, err1 := strconv.Atoi(hs)
	mm, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || hh > 23 || mm > 59 || len(ms) != 2 {
		return 0, 0, false
	}
	return hh, mm, true
}

// numericDate reads "2020-01-09", "2020/01/09", "09.01.2020" and
// "09/01/2020" (day first, as outside the United States; a first number
// above 12 settles it either way).
func numericDate(s string) (int, time.Month, int, bool) {
	sep := -1
	for _, c := range []byte{'-', '/', '.'} {
		if strings.Count(s, string(c)) == 2 {
			sep = int(c)
			break
		}
	}
	if sep < 0 {
		return 0, 0, 0, false
	}
	p := strings.Split(s, string(rune(sep)))
	n := make([]int, 3)
	for i, x := range p {
		v, err := strconv.Atoi(x)
		if err != nil {
			return 0, 0, 0, false
		}
		n[i] = v
	}
	var y, m, d int
	switch {
	case len(p[0]) == 4:
		y, m, d = n[0], n[1], n[2]
	case len(p[2]) == 4:
		y, d, m = n[2], n[0], n[1]
		if m > 12 && d <= 12 {
			d, m = m, d
		}
	default:
		return 0, 0, 0, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return 0, 0, 0, false
	}
	return y, time.Month(m), d, true
}

// parseISOTime reads the machine-readable times of HTML metadata:
// RFC 3339 and its common variants (no seconds, no zone, a zone without a
// colon, a space for the T).
func parseISOTime(s string) (time.Time, bool) {
	if len(s) < 10 || !isDigit(s[0]) || s[4] != '-' {
		return time.Time{}, false
	}
	for _, layout := range []string{
		time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05",
		"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05 -0700 MST", "2006-01-02T15:04:05.000Z0700", "2006-01-02",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// urlDate returns the date in the path of a story's address, as many sites
// file their stories: ".../2010-11-01/slug.html", ".../2019/11/20/slug",
// ".../20191120/slug"; or the zero Time. It is the last resort for a page
// that shows no date.
func urlDate(u string) time.Time {
	i := strings.Index(u, "://")
	if i < 0 {
		return time.Time{}
	}
	path := u[i+3:]
	if j := strings.IndexByte(path, '/'); j >= 0 {
		path = path[j:]
	} else {
		return time.Time{}
	}
	if j := strings.IndexAny(path, "?#"); j >= 0 {
		path = path[:j]
	}
	segs := strings.Split(path, "/")
	for k, seg := range segs {
		var y, m, d int
		switch {
		case len(seg) == 10 && seg[4] == '-' && seg[7] == '-':
			y, m, d = atoiOr(seg[:4]), atoiOr(seg[5:7]), atoiOr(seg[8:])
		case len(seg) == 8 && isNumber(seg):
			y, m, d = atoiOr(seg[:4]), atoiOr(seg[4:6]), atoiOr(seg[6:])
		case len(seg) == 4 && isNumber(seg) && k+2 < len(segs) && len(segs[k+1]) == 2 && len(segs[k+2]) == 2:
			y, m, d = atoiOr(seg), atoiOr(segs[k+1]), atoiOr(segs[k+2])
		default:
			continue
		}
		if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d {
			return t
		}
	}
	return time.Time{}
}

// atoiOr returns the number s spells, or -1.
func atoiOr(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// brokenDate reads a date that a page prints over the two or three short
// lines that end at block i ("November 20" / "15:23" / "2019"), and returns
// how many lines it takes, or 0. Lines already read as something else (a
// caption's date) are not joined.
func brokenDate(ss []slot, i int) (int, dateText) {
	joined := ss[i].text
	if len(joined) >= 40 {
		return 0, dateText{}
	}
	for n := 2; n <= 3 && i-n+1 >= 0; n++ {
		prev := ss[i-n+1].text
		if len(prev) >= 40 || ss[i-n+1].role != roleUnknown {
			break
		}
		joined = prev + " " + joined
		if d := parseDateText(joined); d.ok {
			return n, d
		}
	}
	return 0, dateText{}
}
