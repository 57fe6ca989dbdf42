package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/wirestory/wirestory"
)

// A line is one line of JSON Lines output: the input's name, the URL of a
// -lines record if it had one, and the article or the reason there is none.
type line struct {
	Input   string             `json:"input"`
	URL     string             `json:"url,omitempty"`
	Article *wirestory.Article `json:"article,omitempty"`
	Error   string             `json:"error,omitempty"`
}

// format returns what to write to standard output for one input, named
// name (and url, for a -lines record): its story a, or, when err says why
// there is none, an error line in JSON Lines and nothing otherwise. It
// returns err, or the error encoding a when that fails.
func (o *options) format(name, url string, a *wirestory.Article, err error, single bool) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	switch {
	case err != nil && (single || o.text):
		return nil, err
	case o.text:
		if !single {
			fmt.Fprintf(&b, "==> %s <==\n", name)
		}
		writeText(&b, a)
		if !single {
			b.WriteByte('\n')
		}
		return b.Bytes(), nil
	case single:
		enc.SetIndent("", "  ")
		if err := enc.Encode(a); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	l := line{Input: name, URL: url, Article: a}
	if err != nil {
		l.Error = describe(err)
	}
	if encErr := enc.Encode(l); encErr != nil {
		b.Reset()
		l.Article, l.Error = nil, describe(encErr)
		enc.Encode(l) // strings and nil only: cannot fail
		return b.Bytes(), encErr
	}
	return b.Bytes(), err
}

// writeText writes a story as plain text: the headline, the credit (or the
// byline), then the paragraphs with the dateline opening the first, then
// the tail, with blank lines between paragraphs.
func writeText(b *bytes.Buffer, a *wirestory.Article) {
	if a.Headline != "" {
		b.WriteString(a.Headline + "\n")
	}
	switch {
	case a.Credit != "":
		b.WriteString(a.Credit + "\n")
	case len(a.Byline) > 0:
		b.WriteString("By " + strings.Join(a.Byline, ", ") + "\n")
	}
	for i, p := range a.Paragraphs {
		if i == 0 && a.Dateline.Text != "" {
			p = a.Dateline.Text + " " + p
		}
		b.WriteString("\n" + p + "\n")
	}
	if len(a.Tail) > 0 {
		b.WriteString("\n" + strings.Join(a.Tail, "\n") + "\n")
	}
}
