package wirestory

import (
	"testing"
	"time"
)

// TestParseDateText has one case per form of date line, written for this
// test in the styles of news pages in several languages. want is the time
// in RFC 3339, or "" for a line that is no date line.
func TestParseDateText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Jan. 9, 2020", "2020-01-09T00:00:00Z"},
		{"Published: January 9, 2020 at 5:03 p.m. EST", "2020-01-09T17:03:00-05:00"},
		{"19 NOV 2019", "2019-11-19T00:00:00Z"},
		{"Mon Nov 02 21:05:00 GMT 2015", "2015-11-02T21:05:00Z"},
		{"Last Updated : Mar 09, 2021 06:10 PM IST", "2021-03-09T18:10:00+05:30"},
		{"March 3, 2017 at 11:40 PM GMT+2", "2017-03-03T23:40:00+02:00"},
		{"Sept. 4, 2018 – 2:15 PM", "2018-09-04T14:15:00Z"},
		// Labels and a second date beside the first.
		{"Business | Tue Jun 7, 2016 9:12am EDT", "2016-06-07T09:12:00-04:00"},
		{"June 3, 2018 | 6:10am | Updated June 3, 2018 | 8:02pm", "2018-06-03T00:00:00Z"},
		{"07.03.2022, 14:05 Uhr • Lesezeit: 3 Minuten", "2022-03-07T14:05:00Z"},
		{"5 Mart 2024•Güncelleme: 6 Mart 2024", "2024-03-05T00:00:00Z"},
		// Other languages.
		{"Publiziert: 04.02.2021, 09:30", "2021-02-04T09:30:00Z"},
		{"Publié le 3 mai 2016 à 08h05 - Mis à jour le 4 mai 2016 à 10h00", "2016-05-03T08:05:00Z"},
		{"Publisert 02.03.2024 - 11:10", "2024-03-02T11:10:00Z"},
		{"7 października 2019, 18:45", "2019-10-07T18:45:00Z"},
		{"12 mei 2022", "2022-05-12T00:00:00Z"},
		{"5 Ağustos 2020", "2020-08-05T00:00:00Z"},
		{"miércoles, 05 marzo 2014 - 09:15 h", "2014-03-05T09:15:00Z"},
		{"الخميس، 14 آذار/مارس 2019، آخر تحديث 09:30 (GMT+0300)", "2019-03-14T09:30:00+03:00"},
		{"2019年4月2日 08:15", "2019-04-02T08:15:00Z"},
		{"２０１９年４月２日", "2019-04-02T00:00:00Z"},
		{"2019年04月02日23:52", "2019-04-02T23:52:00Z"},
		{"2019年04月02日23:52 | 来源：新华网", "2019-04-02T23:52:00Z"},
		{"2021-06-01 10:20:30\u3000来源：新华网", "2021-06-01T10:20:30Z"},
		// Not date lines.
		{"The vote was held on March 3, 2020, after a long debate in parliament.", ""},
		{"Lesezeit: 3 Minuten", ""},
		{"2019年", ""},
		{"Jane Doe", ""},
		{"", ""},
	} {
		d := parseDateText(c.in)
		got := ""
		if d.ok {
			got = d.t.Format(time.RFC3339)
		}
		if got != c.want {
			t.Errorf("parseDateText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestZoneOffset(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"est", -5, true}, {"gmt+2", 2, true}, {"gmt+0400", 4, true}, {"utc-05:30", -5.5, true},
		{"gmt+99", 0, false}, {"gmt", 0, true}, {"gmtx", 0, false}, {"utc+", 0, false},
	} {
		got, ok := zoneOffset(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("zoneOffset(%q) = %v, %v, want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestURLDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://example.com/news/2010-11-01/port-reopens.html", "2010-11-01"},
		{"https://example.com/2019/11/20/port-reopens/", "2019-11-20"},
		{"https://example.com/world/20191120/port-reopens", "2019-11-20"},
		{"https://example.com/2019/11/port-reopens", ""},
		{"https://example.com/item/12345678/port", ""},
		{"https://example.com/port-reopens?d=2019-11-20", ""},
		{"not a url 2019-11-20", ""},
		{"", ""},
	} {
		got := ""
		if d := urlDate(c.in); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("urlDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBrokenDate(t *testing.T) {
	mk := func(lines ...string) []slot {
		ss := make([]slot, len(lines))
		for i, l := range lines {
			ss[i] = slot{block: &block{text: l, kind: kindLine}}
		}
		return ss
	}
	for _, c := range []struct {
		lines []string
		n     int
		want  string
	}{
		{[]string{"Headline here", "November 20", "15:23", "2019"}, 3, "2019-11-20"},
		{[]string{"November 20", "15:23 2019"}, 2, "2019-11-20"},
		{[]string{"Headline here", "2019"}, 0, ""},
	} {
		ss := mk(c.lines...)
		n, d := brokenDate(ss, len(ss)-1)
		got := ""
		if d.ok {
			got = d.t.Format("2006-01-02")
		}
		if n != c.n || got != c.want {
			t.Errorf("brokenDate(%q) = %d %q, want %d %q", c.lines, n, got, c.n, c.want)
		}
	}
}

// TestHasYearDigits checks the prefilter that spares parseDateText lines
// without a year: four digits in a row, ASCII or fullwidth, and not fewer.
func TestHasYearDigits(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Jan. 9, 2020", true},
		{"２０１９年４月２日", true},
		{"1２34", true},
		{"07.03.22, 14:05", false},
		{"Lesezeit: 3 Minuten", false},
		{"123 456", false},
		{"", false},
	} {
		if got := hasYearDigits(c.in); got != c.want {
			t.Errorf("hasYearDigits(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestFindDateGermanMonthAbbreviations(t *testing.T) {
	for s, want := range map[string]string{"12. MÄR 2025 18:03": "2025-03-12", "3. Mär. 2024": "2024-03-03", "5. Okt 2023 09:10": "2023-10-05"} {
		got, ok := findDate(s)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("findDate(%q) = %v %v, want %s", s, got, ok, want)
		}
	}
}
