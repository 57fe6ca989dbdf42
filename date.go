package wirestory

import (
	"strconv"
	"strings"
	"time"
	"unicode"
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
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
	"okt": 10, "dezember": 12, "dez": 12,
	"janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
	"outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
	// Dutch, Scandinavian, Polish (genitive, as dates print them).
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "augusti": 8, "desember": 12,
	"maj": 5, "okt.": 10, "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}

// dateNoise are words that may surround a date on a dateline or a date
// line: weekdays, "Published", "Updated", "at", "on".
var dateNoise = setOf(
	"published", "updated", "posted", "last", "modified", "date", "on", "at", "am", "pm", "a.m.", "p.m.",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
	"wed", "thu", "thur", "thurs", "fri", "sat", "sun", "de", "del", "le", "the", "of", "|", "-", "/", "•",
	"·", "et", "gmt", "utc", "z", "et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt", "bst",
	"cet", "cest", "jst", "kst", "ist", "hkt", "sgt", "aest", "aedt", "first", "originally", "created",
	"ago", "time", "hrs", "uhr", "h",
)

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
func parseDateText(s string) dateText {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return dateText{}
	}
	if t, ok := parseISOTime(s); ok {
		return dateText{t: t, ok: true}
	}
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '(' || r == ')'
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
		all++
		l := strings.ToLower(strings.Trim(f, ":"))
		lt := strings.TrimSuffix(l, ".")
		if m, ok := monthNames[lt]; ok && month == 0 {
			month = m
			known++
			continue
		}
		if off, ok := zoneOffsets[lt]; ok {
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
	if year == 0 || month == 0 || day == 0 || known*10 < all*8 {
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

// clockTime reads "5:03", "17:45:08", "5:03pm", "10.20".
func clockTime(s string) (h, m int, ok bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "pm"), "am"), "p.m.")
	s = strings.TrimSuffix(s, "a.m.")
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
