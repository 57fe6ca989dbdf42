// Package crawl reads web crawls stored as WARC files (ISO 28500; .warc.gz
// compressed per record as crawlers write them, or plain .warc) and parses
// the news pages in them with wirestory, for the wirestory command and the
// Beam pipeline. It parses WARC with github.com/nlnwa/gowarc/v3 and adds
// what a crawl of millions of records needs around it: offsets, streaming
// with flat memory, records too large to hold skipped unread, reading that
// goes on after a truncated or corrupt gzip member, and a time budget per
// page.
//
//	rd := crawl.NewReader(f, "crawl.warc.gz")
//	var p crawl.Processor
//	for {
//		rec, err := rd.Next()
//		var re *crawl.RecordError
//		var pg *crawl.Page
//		switch {
//		case err == io.EOF:
//			return nil
//		case errors.As(err, &re):
//			pg = crawl.BrokenPage(re) // a broken record: report it and go on
//		case err != nil:
//			return err // the file cannot be read on
//		default:
//			var skip crawl.Skip
//			pg, skip = p.Load("crawl.warc.gz", rec)
//			if skip == crawl.NotResponse {
//				continue // a request, metadata ...: no page
//			}
//			p.Parse(ctx, pg) // a page skipped by Load is left as it is
//		}
//		line, _ := pg.MarshalLine()
//		os.Stdout.Write(line)
//	}
package crawl

import (
	"errors"

	"github.com/wirestory/wirestory"
)

// Counts tallies what a crawl read gave. Every record read counts in
// Records and in exactly one of Stories, NotStories, Skipped and Errors.
type Counts struct {
	Records    int64 `json:"records"`     // records read, broken ones included
	Pages      int64 `json:"pages"`       // HTML pages parsed or tried: Stories + NotStories + page errors
	Stories    int64 `json:"stories"`     // pages that gave an Article
	NotStories int64 `json:"not_stories"` // pages with no story (wirestory.ErrNoArticle)
	Skipped    int64 `json:"skipped"`     // records that are not pages (see Skip)
	Errors     int64 `json:"errors"`      // broken records, pages too large or over their time budget, bad payloads
}

// An Outcome is what became of one record, as Counts tallies it.
type Outcome int

// The outcomes of a record.
const (
	Story Outcome = iota
	NotStory
	Skipped
	PageError    // a page that could not be read or parsed
	BrokenRecord // a record that could not be read
)

// Outcome returns what became of the record pg came from: after Parse,
// or after Load for a record that is no page, or from BrokenPage.
func (pg *Page) Outcome() Outcome {
	switch {
	case pg.broken:
		return BrokenRecord
	case errors.Is(pg.Err, wirestory.ErrNoArticle):
		return NotStory
	case pg.Err != nil:
		return PageError
	case pg.Skipped != "":
		return Skipped
	}
	return Story
}

// Add counts one record's outcome.
func (c *Counts) Add(o Outcome) {
	c.Records++
	switch o {
	case Story:
		c.Pages++
		c.Stories++
	case NotStory:
		c.Pages++
		c.NotStories++
	case Skipped:
		c.Skipped++
	case PageError:
		c.Pages++
		c.Errors++
	case BrokenRecord:
		c.Errors++
	}
}
