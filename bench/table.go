package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// A table is a Markdown table whose columns are padded to line up, so that
// it reads as well in a terminal as in a rendered README. Its first Left
// columns and those listed in LeftCols are left-aligned, the others
// right-aligned.
type table struct {
	Left     int
	LeftCols []int
	Rows     [][]string // the first row is the header
}

// left reports whether column i is left-aligned.
func (t *table) left(i int) bool { return i < t.Left || slices.Contains(t.LeftCols, i) }

// newTable starts a table with its header.
func newTable(left int, header ...string) *table {
	t := &table{Left: left}
	t.Rows = append(t.Rows, nil)
	for _, h := range header {
		t.Rows[0] = append(t.Rows[0], escapeCell(h))
	}
	return t
}

// escapeCell keeps a cell's '|' from ending it.
func escapeCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// add appends a row; each cell is formatted with fmt.Sprint.
func (t *table) add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = escapeCell(fmt.Sprint(c))
	}
	t.Rows = append(t.Rows, row)
}

// write writes the table, then a blank line.
func (t *table) write(w io.Writer) {
	var widths []int
	for _, row := range t.Rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 3)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	line := func(row []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, width := range widths {
			cell := ""
			if i < len(row) {
				cell = row[i]
			}
			pad := strings.Repeat(" ", max(0, width-utf8.RuneCountInString(cell)))
			if t.left(i) {
				b.WriteString(" " + cell + pad + " |")
			} else {
				b.WriteString(" " + pad + cell + " |")
			}
		}
		fmt.Fprintln(w, b.String())
	}
	line(t.Rows[0])
	var sep strings.Builder
	sep.WriteString("|")
	for i, width := range widths {
		if t.left(i) {
			sep.WriteString(strings.Repeat("-", width+2) + "|")
		} else {
			sep.WriteString(strings.Repeat("-", width+1) + ":|")
		}
	}
	fmt.Fprintln(w, sep.String())
	for _, row := range t.Rows[1:] {
		line(row)
	}
	fmt.Fprintln(w)
}
