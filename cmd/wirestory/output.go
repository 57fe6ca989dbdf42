package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/wirestory/wirestory"
)

// A line is one line of JSON Lines output: the input's name, the URL of a
// -lines record if it had one, and the article or the reason there is none.
type line struct {
	Input string `json:"input"`
	// InputBase64 is the name's bytes, base64-encoded (standard encoding,
	// with padding), when the name is not valid UTF-8: JSON strings hold
	// Unicode text, so Input then has U+FFFD in place of each bad byte.
	InputBase64 string             `json:"input_base64,omitempty"`
	URL         string             `json:"url,omitempty"`
	Article     *wirestory.Article `json:"article,omitempty"`
	Skipped     string             `json:"skipped,omitempty"`
	Error       string             `json:"error,omitempty"`
}

// render returns what to write to standard output for one input: in JSON
// Lines a line for every outcome, in the other formats the story a, or
// nothing when there is none. It fails only when a cannot be encoded.
func (o *options) render(r result, a *wirestory.Article) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if o.format != formatJSONL {
		if r.outcome != gotStory {
			return nil, nil
		}
		switch o.format {
		case formatText:
			b.WriteString("==> " + displayName(r.name) + " <==\n")
			writeText(&b, a)
			b.WriteByte('\n')
			return b.Bytes(), nil
		case formatNINJS:
			js, err := a.MarshalNINJS()
			if err != nil {
				return nil, err
			}
			return append(js, '\n'), nil
		case formatJSON:
			enc.SetIndent("", "  ")
		}
		if err := enc.Encode(a); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}

	l := line{Input: r.name, URL: r.url}
	if !utf8.ValidString(r.name) {
		l.InputBase64 = base64.StdEncoding.EncodeToString([]byte(r.name))
	}
	switch r.outcome {
	case gotStory:
		l.Article = a
	case skipped:
		l.Skipped = describe(r.err)
	case failure:
		l.Error = describe(r.err)
	}
	if err := enc.Encode(l); err != nil {
		b.Reset()
		l.Article, l.Error = nil, describe(err)
		enc.Encode(l) // strings and nil only: cannot fail
		return b.Bytes(), err
	}
	return b.Bytes(), nil
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
