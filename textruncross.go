package wirestory

// crossListsUnderRun returns the end of a text page's body moved down over
// the list, table or last list item that goes on under it (keepListEnd,
// keepListRun, keepTableRun) and then, when one of them moved it, over the
// lists under that run that crossLists crosses under a paragraph. A story
// may set a table in its middle (a shopping list by quantity, a schedule)
// and go on under it with a short list (the spices, the extras) and then
// its paragraphs: the scorer doubts the table's rows, the body stops above
// the table, the table's keeper carries it to the table's last row, and
// crossLists, which ran before, never looked under the table. The HTML
// path keeps the whole in the element that holds the story. crossLists
// asks the same of the lines under the table as under a paragraph: a run
// of at most maxListLines lines that the scorer does not reject outright,
// followed by a paragraph of sentences it takes for the story's; a menu
// or a footer under a table scores far lower and stays out. Each keeper
// and crossLists are linear, and crossLists runs once more at most.
func crossListsUnderRun(ss []slot, p []float32, threshold float32, start, end, comments int) int {
	e0 := end
	end = keepListEnd(ss, p, threshold, start, end, comments)
	end = keepListRun(ss, start, end, comments)
	end = keepTableRun(ss, start, end, comments)
	if end != e0 {
		end = crossLists(ss, p, threshold, end, comments)
	}
	return end
}
