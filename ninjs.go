package wirestory

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// This file writes an Article as an IPTC ninjs 3.1 news item
// (https://iptc.org/standards/ninjs/). ninjs 3.1 rejects properties it does
// not define, so everything the Article knows that ninjs has no place for
// is left out rather than put in an extension.

// MarshalNINJS returns the story as an IPTC ninjs 3.1 news item ("News in
// JSON", the news industry's JSON form of a story), JSON-encoded. It maps
// the Article's fields as follows; empty fields are left out:
//
//   - uri: the URL, when it is an absolute http or https URL (its path
//     percent-encoded and its host in ASCII as need be); otherwise
//     "urn:uuid:" and a name-based (version 5) UUID of the headline and
//     paragraphs, so that the same story always gets the same uri;
//   - type: "text"; standard: ninjs 3.1 and its schema;
//   - headlines: the headline, with role "main";
//   - by: the credit as printed, or else the byline's names joined;
//   - people: the byline's names, each with rel "author";
//   - infoSources: the agencies, each with its full name as name and its
//     code ("AP", "Reuters") as literal;
//   - located: the dateline's places joined by ", " ("KABUL,
//     Afghanistan"); ninjs has no place for the dateline's date and
//     agency, which are in the body's text;
//   - firstCreated: Published, in RFC 3339;
//   - language: the Language;
//   - bodies: one body with role "main" and contentType "text/plain": the
//     dateline and the paragraphs as the wire prints them, then the tail
//     lines other than copyright notices, one paragraph each, separated by
//     blank lines, with its charCount and wordCount;
//   - copyrightNotice: the tail's copyright lines, joined by a space;
//     copyrightHolder: the name of the first agency they name.
//
// Section, Subheads and Site have no counterpart in ninjs and are left out.
func (a *Article) MarshalNINJS() ([]byte, error) {
	return json.Marshal(a.ninjs())
}

// The ninjs 3.1 properties an Article fills, in the schema's names.
type ninjsItem struct {
	URI             string          `json:"uri"`
	Type            string          `json:"type"`
	Standard        ninjsStandard   `json:"standard"`
	FirstCreated    string          `json:"firstCreated,omitempty"`
	Language        string          `json:"language,omitempty"`
	CopyrightHolder string          `json:"copyrightHolder,omitempty"`
	CopyrightNotice string          `json:"copyrightNotice,omitempty"`
	Headlines       []ninjsText     `json:"headlines,omitempty"`
	By              string          `json:"by,omitempty"`
	People          []ninjsPerson   `json:"people,omitempty"`
	InfoSources     []ninjsSource   `json:"infoSources,omitempty"`
	Located         string          `json:"located,omitempty"`
	Bodies          []ninjsBodyText `json:"bodies,omitempty"`
}

type ninjsStandard struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
}

type ninjsText struct {
	Role  string `json:"role"`
	Value string `json:"value"`
}

type ninjsBodyText struct {
	Role        string `json:"role"`
	ContentType string `json:"contentType"`
	CharCount   int    `json:"charCount"`
	WordCount   int    `json:"wordCount"`
	Value       string `json:"value"`
}

type ninjsPerson struct {
	Name string `json:"name"`
	Rel  string `json:"rel"`
}

type ninjsSource struct {
	Name    string `json:"name"`
	Literal string `json:"literal"`
}

// ninjs maps the Article to a ninjs item; see MarshalNINJS.
func (a *Article) ninjs() *ninjsItem {
	it := &ninjsItem{
		URI:  ninjsURI(a),
		Type: "text",
		Standard: ninjsStandard{Name: "ninjs", Version: "3.1",
			Schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"},
		Language: a.Language,
		By:       a.Credit,
	}
	if !a.Published.IsZero() {
		it.FirstCreated = a.Published.Format(time.RFC3339)
	}
	if a.Headline != "" {
		it.Headlines = []ninjsText{{Role: "main", Value: a.Headline}}
	}
	if it.By == "" && len(a.Byline) > 0 {
		it.By = strings.Join(a.Byline, ", ")
	}
	for _, name := range a.Byline {
		it.People = append(it.People, ninjsPerson{Name: name, Rel: "author"})
	}
	for _, ag := range a.Agencies {
		it.InfoSources = append(it.InfoSources, ninjsSource{Name: ag.Name, Literal: ag.Code})
	}
	it.Located = strings.Join(a.Dateline.Places, ", ")

	var body []string
	for i, p := range a.Paragraphs {
		if i == 0 && a.Dateline.Text != "" {
			p = a.Dateline.Text + " " + p
		}
		body = append(body, p)
	}
	var notices []string
	for _, t := range a.Tail {
		k, ags := classifyTail(t)
		if k != tailCopyright {
			body = append(body, t)
			continue
		}
		notices = append(notices, t)
		if it.CopyrightHolder == "" && len(ags) > 0 {
			it.CopyrightHolder = ags[0].Name
		}
	}
	it.CopyrightNotice = strings.Join(notices, " ")
	if len(body) > 0 {
		text := strings.Join(body, "\n\n")
		it.Bodies = []ninjsBodyText{{Role: "main", ContentType: "text/plain",
			CharCount: utf8.RuneCountInString(text), WordCount: wordCount(text), Value: text}}
	}
	return it
}

// ninjsURI returns the uri of the Article's ninjs item: its URL as an
// absolute URI, or a urn:uuid: made from its text.
func ninjsURI(a *Article) string {
	if u := absoluteURI(a.URL); u != "" {
		return u
	}
	var b strings.Builder
	b.WriteString(a.Headline)
	for _, p := range a.Paragraphs {
		b.WriteByte('\n')
		b.WriteString(p)
	}
	return "urn:uuid:" + uuid5(ninjsNamespace, b.String())
}

// absoluteURI returns an http or https URL as an absolute URI of RFC 3986
// (non-ASCII in the path, query and fragment percent-encoded, an
// internationalized host name in its ASCII form), or "" when it is not
// one.
func absoluteURI(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ""
	}
	host := u.Hostname()
	if strings.Contains(host, ":") { // an IPv6 address
		host = "[" + host + "]"
	} else if host, err = idna.Lookup.ToASCII(host); err != nil || host == "" {
		return ""
	}
	if port := u.Port(); port != "" {
		host += ":" + port
	}
	u.Host = host
	u.RawQuery = escapeNonASCII(u.RawQuery)
	if u.Fragment != "" {
		u.RawFragment = escapeNonASCII(u.EscapedFragment())
	}
	out := u.String()
	for i := 0; i < len(out); i++ {
		if !isURIByte(out[i]) {
			return ""
		}
	}
	return out
}

// escapeNonASCII percent-encodes the bytes of s that are not ASCII or not
// allowed in a URI, leaving the rest (and existing escapes) alone.
func escapeNonASCII(s string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isURIByte(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

// isURIByte reports whether c may stand in a URI: an unreserved or
// reserved character of RFC 3986, or "%" of an escape.
func isURIByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%", c) >= 0
}

// ninjsNamespace is the namespace of the name-based UUIDs of stories with
// no URL: itself the version 5 UUID of the URL
// "https://github.com/wirestory/wirestory" in RFC 9562's URL namespace,
// bf17c1b6-cff2-503a-ab38-a2f31cd08adc.
const ninjsNamespace = "\xbf\x17\xc1\xb6\xcf\xf2\x50\x3a\xab\x38\xa2\xf3\x1c\xd0\x8a\xdc"

// uuid5 returns the name-based, SHA-1 (version 5) UUID of name in the
// namespace ns, as RFC 9562 defines it, in its 36-character text form.
func uuid5(ns, name string) string {
	h := sha1.New()
	h.Write([]byte(ns))
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // the RFC 9562 variant
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}
