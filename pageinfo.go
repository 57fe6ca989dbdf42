package wirestory

import (
	"bytes"
	"errors"
	"mime"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// A PageInfo holds what the caller knows about one page besides its bytes,
// for [ParsePage] and [Parser.ParsePage]. It is given with each page, so one
// Parser serves pages from many addresses and servers. Its zero value adds
// nothing: ParsePage with a zero PageInfo is Parse.
type PageInfo struct {
	// URL is the address the page was fetched from
	// ("https://example.com/world/2024/03/05/story.html"). It becomes the
	// Article's URL when the page names no canonical address of its own
	// (text pages never do), and a date in the path of either address
	// ("/2024/03/05/", "-2024-03-05") gives the Article's Published day,
	// at 00:00 UTC, when the page shows no date.
	URL string

	// ContentType is the HTTP Content-Type header the page was served with
	// ("text/html; charset=Shift_JIS", "text/plain; charset=EUC-KR"). When
	// set it takes the place of the Parser's ContentType for this page:
	// its charset decides how a text page is decoded, and takes precedence
	// over an HTML page's <meta> declaration. A byte-order mark takes
	// precedence over it.
	ContentType string
}

// errNilReader is returned for a nil io.Reader.
var errNilReader = errors.New("wirestory: nil io.Reader")

// fill sets what the page did not say about itself from what the caller
// knows: the URL, and the day in it.
func (info PageInfo) fill(a *Article) {
	if a.URL == "" {
		if u := Clean(info.URL); utf8.ValidString(u) && !strings.ContainsAny(u, " \n") {
			a.URL = u
		}
	}
	if a.Published.IsZero() {
		for _, u := range []string{a.URL, info.URL} {
			if t, ok := dateInURL(u); ok {
				a.Published = t
				break
			}
		}
	}
}

// decodeTextCharset converts a text page to UTF-8 from the charset its
// Content-Type declares. A page that starts with a byte-order mark, a
// Content-Type with no charset or one that cannot be read, and UTF-8 leave
// the bytes as they are (decodeText then reads them as UTF-8, or UTF-16 by
// the byte-order mark).
func decodeTextCharset(data []byte, contentType string) []byte {
	if contentType == "" || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) ||
		bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return data
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return data
	}
	enc, name := charset.Lookup(params["charset"])
	if enc == nil || name == "utf-8" {
		return data
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return data
	}
	return out
}

// dateInURL returns the day a URL's path names, as news sites write it:
// "/2024/03/05/" (year, month and day as path segments, the day maybe
// followed by a slug) or "2024-03-05" (also with "_" or "/" between, inside
// a segment: "story-2024-03-05.html"). The year must be between 1990 and
// 2099 and the day must exist. Query and fragment are not read.
func dateInURL(u string) (time.Time, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:] // the path
		} else {
			return time.Time{}, false
		}
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for i := 0; i+8 <= len(u); i++ {
		if i > 0 && isDigit(u[i-1]) || !isDigit(u[i]) {
			continue
		}
		if t, ok := dateAt(u[i:]); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateAt reads a date at the start of s: four digits of year, a separator
// ("/", "-" or "_"), one or two digits of month, the same separator, one or
// two digits of day, and then no further digit.
func dateAt(s string) (time.Time, bool) {
	year, n := leadingNumber(s, 4)
	if n != 4 || n >= len(s) {
		return time.Time{}, false
	}
	sep := s[n]
	if sep != '/' && sep != '-' && sep != '_' {
		return time.Time{}, false
	}
	s = s[n+1:]
	month, n := leadingNumber(s, 2)
	if n == 0 || n >= len(s) || s[n] != sep {
		return time.Time{}, false
	}
	s = s[n+1:]
	day, n := leadingNumber(s, 2)
	if n == 0 || n < len(s) && isDigit(s[n]) {
		return time.Time{}, false
	}
	if year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // 30 February
		return time.Time{}, false
	}
	return t, true
}

// leadingNumber reads up to max digits at the start of s and returns their
// value and how many there were.
func leadingNumber(s string, max int) (int, int) {
	v, n := 0, 0
	for n < len(s) && n < max && isDigit(s[n]) {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}
