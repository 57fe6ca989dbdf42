package wirestory

import (
	"strings"
	"testing"
)

// tableSlots reads lines as a text page does, so that a line with tabs
// between its cells is a table's row.
func tableSlots(lines ...string) []slot {
	pg := parseTextPage([]byte(strings.Join(lines, "\n")))
	ss := make([]slot, len(pg.blocks))
	for i := range pg.blocks {
		ss[i] = slot{block: &pg.blocks[i]}
	}
	return ss
}

// TestIsTableRow checks which lines of a dump are a table's rows: cells
// parted by tabs, at least two of them holding text; and that the row's
// text keeps its cells, parted by spaces.
func TestIsTableRow(t *testing.T) {
	for line, want := range map[string]bool{
		"Pos.\tDriver\tPoints":        true,
		"1\tJane Roe\t5040\r\n":       true,
		"  Onions\t\t3\t6":            true,
		"Zwiebeln\t1 ½\t3":            true,
		"\tAmounts per person":        false, // one cell, indented
		"Ingredients\t":               false,
		"Ingredients\t \t":            false,
		"The minister said: no table": false,
		"By Jane Roe  Halifax":        false,
	} {
		if got := isTableRow(line); got != want {
			t.Errorf("isTableRow(%q) = %v, want %v", line, got, want)
		}
	}
	ss := tableSlots("Ferry fares for 2025", "", "Adult\t4,50 €\t9,00 €", "Child\t2,00 €\t4,00 €")
	if len(ss) != 3 || ss[0].row || !ss[1].row || !ss[2].row {
		t.Fatalf("rows not marked: %d blocks", len(ss))
	}
	if ss[1].text != "Adult 4,50 € 9,00 €" {
		t.Errorf("row text %q", ss[1].text)
	}
}

// TestTableRowNoHeadline checks that a table's row is never a text page's
// headline, while the same words on a line with no tabs may be, in
// English and in German.
func TestTableRowNoHeadline(t *testing.T) {
	for _, cells := range [][]string{
		{"Harbor Ferries", "Winter Timetable", "From Monday"},
		{"Hafenfähren fahren", "nach neuem Fahrplan", "ab Montag"},
	} {
		ss := tableSlots(strings.Join(cells, "\t"), strings.Join(cells, " "))
		if !ss[0].row || ss[1].row {
			t.Fatalf("%v: rows marked %v %v", cells, ss[0].row, ss[1].row)
		}
		if !notHeadline(&ss[0]) || headlineShaped(&ss[0]) {
			t.Errorf("%v: a table's row may head the page", cells)
		}
		if notHeadline(&ss[1]) || !headlineShaped(&ss[1]) {
			t.Errorf("%v: the line with no tabs may not head the page", cells)
		}
		// A page laid out in a table sets its headline in a cell.
		ss = tableSlots("Home\tNews", "\t", strings.Join(cells, " "), "\t")
		if !ss[1].cell || ss[1].row || notHeadline(&ss[1]) || !headlineShaped(&ss[1]) {
			t.Errorf("%v: a layout cell may not head the page", cells)
		}
	}
}

// TestLeadOverTable checks that a text page's body that starts under a
// table takes the table and the paragraphs over it that the scorer takes
// for the story's, a note under the table too (in English and in
// Italian); and that it starts where it did when the rows are too few,
// the lines are no table's, or the paragraph over the table is one the
// scorer doubts.
func TestLeadOverTable(t *testing.T) {
	for lang, c := range map[string]struct{ intro, note, after string }{
		"en": {storyLines[1], "* Figures as of Monday", storyLines[4]},
		"it": {storyLinesIT[0], "* Dati aggiornati a lunedì", storyLinesIT[2]},
	} {
		rows := []string{"Port\tRiders\tChange", "North\t5040\t+2%", "South\t4980\t-1%", "East\t2310\t0%"}
		plain := make([]string, len(rows))
		for i, r := range rows {
			plain[i] = strings.ReplaceAll(r, "\t", " ")
		}
		for _, tc := range []struct {
			name   string
			table  []string
			introP float32 // the scorer's for the intro
			note   bool    // a note stands under the table
			want   int     // the start; 0 is the intro, the last line the body's start before the rule
		}{
			{"a table", rows, 0.8, false, 0},
			{"a table and its note", rows, 0.8, true, 0},
			{"two rows", rows[:2], 0.8, false, 3},
			{"no tabs", plain, 0.8, false, 5},
			{"an intro the scorer doubts", rows, 0.3, false, 5},
		} {
			lines := append([]string{"Menu", "", c.intro, ""}, tc.table...)
			if tc.note {
				lines = append(lines, "", c.note)
			}
			lines = append(lines, "", c.after)
			ss := tableSlots(lines...)
			p := make([]float32, len(ss))
			for i := range p {
				p[i] = 0.2
			}
			p[1], p[len(ss)-1] = tc.introP, 0.9
			start := len(ss) - 1
			want := start
			if tc.want == 0 {
				want = 1
			}
			if got := leadOverTable(ss, p, 0.5, start); got != want {
				t.Errorf("%s, %s: start %d, want %d", lang, tc.name, got, want)
			}
		}
	}
}

// TestKeepTableRun checks that a text page's body takes a table that goes
// on under it, across a heading over a group of rows and a header row
// whose cells the dump set on lines of their own (in English and in
// French), and keeps what it kept; and that it takes nothing when the
// rows are too few, the lines are no table's (header cells with no tab
// line between them among them), or the comments start under the body.
func TestKeepTableRun(t *testing.T) {
	for lang, c := range map[string]struct{ lead, group string }{
		"en": {"The shopping list for one week:", "Vegetables"},
		"fr": {"La liste des courses pour une semaine :", "Légumes"},
	} {
		rows := []string{"Onions\t3\t6", "Carrots\t4\t8", "Garlic\t6\t12", "Leeks\t2\t4"}
		plain := make([]string, len(rows))
		for i, r := range rows {
			plain[i] = strings.ReplaceAll(r, "\t", " ")
		}
		for _, tc := range []struct {
			name     string
			below    []string
			comments bool
			want     int // lines of below the body takes
		}{
			{"a table", rows, false, 4},
			{"a table under a heading", append([]string{c.group, ""}, rows...), false, 5},
			{"a group heading inside", append(append(rows[:2:2], "", c.group, ""), rows[2:]...), false, 5},
			{"a header row's cells on lines of their own", append([]string{"Week 1", "", c.group, "\t", "Week 2", "\t", "Week 3", "", c.group, ""}, rows...), false, 9},
			// Cells of a layout under the table's last row: the body ends with the row.
			{"a layout's cells under the table", append(rows[:4:4], "", "Bridge tolls to rise in the new year", "\t", "Harbor seals return to the old pier"), false, 4},
			{"header cells with no tabs", append([]string{"Week 1", "", c.group, "", "Week 2", "", "Week 3", "", c.group, ""}, rows...), false, 0},
			{"two rows", rows[:2], false, 0},
			{"no tabs", plain, false, 0},
			{"the comments", rows, true, 0},
		} {
			body := []string{storyLines[0], "", storyLines[1], "", c.lead}
			ss := tableSlots(append(append(body[:len(body):len(body)], tc.below...), "", "Privacy policy")...)
			end := 2
			comments := -1
			if tc.comments {
				comments = end + 1
			}
			if got := keepTableRun(ss, 0, end, comments); got != end+tc.want {
				t.Errorf("%s, %s: end %d, want %d", lang, tc.name, got, end+tc.want)
			}
			for i := 0; i <= end; i++ {
				if ss[i].role != roleUnknown {
					t.Errorf("%s, %s: line %d's role %v", lang, tc.name, i, ss[i].role)
				}
			}
		}
	}
}
