package main

import (
	"bytes"
	"fmt"
	"net/url"
	"slices"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/wirestory/wirestory"
	"golang.org/x/net/html"
)

// An extraction is what one extractor made of one page: the body text to
// score and, for wirestory, the whole Article.
type extraction struct {
	Body    string
	Article *wirestory.Article
}

// An extractor turns a page's bytes into an article body. HTML is nil for
// one that cannot read HTML and Text for one that cannot read plain text.
// Quality is false for a baseline that is only timed.
type extractor struct {
	Name    string
	Quality bool
	// Fields says that the extractor gives wirestory's Article, whose
	// fields (headline, byline ...) are checked too.
	Fields bool
	HTML   func(data []byte, u *url.URL) (extraction, error)
	Text   func(data []byte) (extraction, error)
}

// reads returns the function that reads input ("html" or "text"), or nil.
func (e *extractor) reads(input string) func(data []byte, u *url.URL) (extraction, error) {
	if input == inputHTML {
		return e.HTML
	}
	if e.Text == nil {
		return nil
	}
	return func(data []byte, _ *url.URL) (extraction, error) { return e.Text(data) }
}

// Extractor names.
const (
	nameWirestory   = "wirestory"
	nameTrafilatura = "go-trafilatura"
	nameReadability = "go-readability"
	nameHTMLParse   = "html.Parse only"
	nameWholeDump   = "whole dump"
)

// extractors returns every contender and baseline, in table order.
// trafilaturaFallback sets go-trafilatura's EnableFallback, which the
// benchmark's own runner sets.
func extractors(trafilaturaFallback bool) []extractor {
	parse := func(data []byte) (extraction, error) {
		a, err := wirestory.Parse(bytes.NewReader(data))
		if err != nil {
			return extraction{}, err
		}
		return extraction{Body: strings.Join(a.Paragraphs, "\n"), Article: a}, nil
	}
	return []extractor{
		{
			Name: nameWirestory, Quality: true, Fields: true,
			HTML: func(data []byte, _ *url.URL) (extraction, error) { return parse(data) },
			Text: parse,
		},
		{
			Name: nameTrafilatura, Quality: true,
			HTML: func(data []byte, u *url.URL) (extraction, error) {
				r, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
					OriginalURL:    u,
					EnableFallback: trafilaturaFallback,
				})
				if err != nil {
					return extraction{}, err
				}
				return extraction{Body: r.ContentText}, nil
			},
		},
		{
			Name: nameReadability, Quality: true,
			HTML: func(data []byte, u *url.URL) (extraction, error) {
				parser := readability.NewParser()
				a, err := parser.Parse(bytes.NewReader(data), u)
				if err != nil || a.Node == nil {
					return extraction{}, err
				}
				var b strings.Builder
				err = a.RenderText(&b)
				return extraction{Body: b.String()}, err
			},
		},
		{
			Name: nameHTMLParse,
			HTML: func(data []byte, _ *url.URL) (extraction, error) {
				_, err := html.Parse(bytes.NewReader(data))
				return extraction{}, err
			},
		},
		{
			Name: nameWholeDump, Quality: true,
			Text: func(data []byte) (extraction, error) { return extraction{Body: string(data)}, nil },
		},
	}
}

// selectExtractors keeps the extractors named in names, a comma-separated
// list of names or of their first words ("html" for "html.Parse only",
// "whole" for "whole dump"); "all" or "" keeps every one. The order is
// always the table order.
func selectExtractors(all []extractor, names string) ([]extractor, error) {
	if names == "" || names == "all" {
		return all, nil
	}
	keep := make([]bool, len(all))
	for name := range strings.SplitSeq(names, ",") {
		name = strings.TrimSpace(name)
		i := slices.IndexFunc(all, func(e extractor) bool {
			return strings.EqualFold(e.Name, name) || strings.EqualFold(strings.FieldsFunc(e.Name, isNameSep)[0], name)
		})
		if i < 0 {
			return nil, fmt.Errorf("unknown extractor %q", name)
		}
		keep[i] = true
	}
	var out []extractor
	for i, e := range all {
		if keep[i] {
			out = append(out, e)
		}
	}
	return out, nil
}

func isNameSep(r rune) bool { return r == ' ' || r == '.' }
