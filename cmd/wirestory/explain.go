package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/wirestory/wirestory"
)

// explainWidth is how many characters of a block's text -explain shows
// (-v shows all).
const explainWidth = 60

// runExplain prints how each block of the page named by -explain was read:
// its number, role, kind, text and the reason for its role, as a table.
func (o *options) runExplain(stdin io.Reader, stdout, stderr io.Writer) int {
	name := o.explain
	open := func() (io.ReadCloser, error) { return os.Open(name) }
	if name == "-" {
		name = stdinName
		open = func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }
	}
	blocks, err := explainFile(&wirestory.Parser{MaxSize: o.maxSize}, open)
	switch {
	case errors.Is(err, wirestory.ErrNoArticle):
		fmt.Fprintf(stderr, "wirestory: %s: no blocks: the page is empty or not text\n", displayName(name))
		return exitOK
	case err != nil:
		fmt.Fprintf(stderr, "wirestory: %s: %s\n", displayName(name), describe(err))
		return exitFailed
	}
	writeExplain(stdout, name, blocks, o.verbose)
	return exitOK
}

// explainFile explains the page that open gives, decompressing it if need
// be.
func explainFile(p *wirestory.Parser, open func() (io.ReadCloser, error)) ([]wirestory.Block, error) {
	f, err := open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := decompress(f)
	if err != nil {
		return nil, err
	}
	return p.Explain(r, wirestory.PageInfo{})
}

// writeExplain writes the table of a page's blocks, after a line that
// counts them by role.
func writeExplain(w io.Writer, name string, blocks []wirestory.Block, full bool) {
	roles := []wirestory.Role{wirestory.RoleHead, wirestory.RoleBody, wirestory.RoleSubhead, wirestory.RoleTail,
		wirestory.RoleChrome, wirestory.RoleTeaser, wirestory.RoleCaption, wirestory.RoleJunk, wirestory.RoleOther}
	count := make(map[wirestory.Role]int)
	for _, b := range blocks {
		count[b.Role]++
	}
	var parts []string
	for _, r := range roles {
		if count[r] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[r], r))
		}
	}
	fmt.Fprintf(w, "%s: %s: %s\n", displayName(name), plural(len(blocks), "block", "blocks"), strings.Join(parts, ", "))
	if count[wirestory.RoleBody] == 0 {
		fmt.Fprintln(w, "No story: no block was taken for the body.")
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tROLE\tKIND\tSCORE\tTEXT\tWHY")
	for i, b := range blocks {
		text := displayText(b.Text)
		if !full {
			text = shorten(text, explainWidth)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.2f\t%s\t%s\n", i+1, b.Role, b.Kind, b.Score, text, b.Reason)
	}
	tw.Flush()
}

// shorten cuts s to at most n characters, marking a cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n-1 {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
