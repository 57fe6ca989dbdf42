package wirestory

// leadOverTable returns the start of a text page's body carried up over a
// table the story prints between its first paragraphs and the rest (a
// standings table, a schedule): the scorer reads a table's rows, short
// lines of names and figures, as no story's, and starts the body under
// the table. Above start stand at least minShapeRun table rows (see
// isTableRow) that no rule took for anything else, and above the rows one
// paragraph or more that the scorer takes for the story's (the
// threshold); the body then opens with those paragraphs and keeps the
// table's rows, as the HTML path keeps a table in the element that holds
// the story.
func leadOverTable(ss []slot, p []float32, threshold float32, start int) int {
	if start <= 0 || opensWithDateline(ss[start].text) {
		return start
	}
	j, rows := start-1, 0
	// A note under the table ("* Figures as of May").
	for ; j >= 0 && ss[j].role == roleJunk; j-- {
	}
	if j > 0 && !ss[j].row && ss[j].role == roleUnknown && !ss[j].f.prose {
		j--
	}
	for ; j >= 0 && (ss[j].role == roleJunk || ss[j].row && ss[j].role == roleUnknown); j-- {
		if ss[j].row {
			rows++
		}
	}
	if rows < minShapeRun {
		return start
	}
	top := -1
	for ; j >= 0 && (ss[j].role == roleJunk || isFreeParagraph(ss, j) && p[j] >= threshold); j-- {
		if ss[j].role != roleJunk {
			top = j
		}
	}
	if top < 0 {
		return start
	}
	return top
}

// maxTableBreak is the most lines that are no table row keepTableRun
// crosses between a body's end and a table, or between two of a table's
// rows (a heading over a group of rows, a cell the dump broke off).
const maxTableBreak = 2

// keepTableRun returns the end of a text page's body moved down over a
// table that goes on under it: at least minShapeRun table rows (see
// isTableRow) and the cells the dump set on lines of their own (a header
// row's, see cellBreak), with no more than maxTableBreak other lines
// above the first or between two, none of which listRunStop stops at. The body ends
// with the table's last row. The cost is linear in the table's length.
func keepTableRun(ss []slot, start, end, comments int) int {
	if start < 0 || end < start {
		return end
	}
	last, rows, other := end, 0, 0
	for j := end + 1; j < len(ss) && other <= maxTableBreak; j++ {
		if ss[j].role == roleJunk {
			continue
		}
		if listRunStop(ss, j, comments, false) {
			break
		}
		if !ss[j].row && !ss[j].cell {
			other++
			continue
		}
		if ss[j].row { // a cell line crosses, but the body ends with a row
			rows++
			last = j
		}
		other = 0
	}
	if rows < minShapeRun {
		return end
	}
	return last
}
