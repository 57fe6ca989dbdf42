package wirestory

import "strings"

// trailMarks are the marks between the steps of a breadcrumb trail.
var trailMarks = []string{" » ", " > ", " › ", "/"}

// trailStepBelow returns the index of the line, one or two lines below
// the chosen headline at at, that prints alone the last step of the trail
// the chosen line is ("Home » Title", "Home /Title" above "Title"): the
// story's headline, which a page's trail ends with. The step must be of
// three words or more. Else it returns -1. (trailEndBelow reads trails of
// three steps or more, which the scorer's choice does not reach.)
func trailStepBelow(ss []slot, at int) int {
	if at < 0 || at >= len(ss) {
		return -1
	}
	t, cut := ss[at].text, false
	for _, mark := range trailMarks {
		if k := strings.LastIndex(t, mark); k >= 0 {
			t, cut = t[k+len(mark):], true
		}
	}
	t = strings.TrimSpace(t)
	if !cut || wordCount(t) < 3 {
		return -1
	}
	for j := at + 1; j < len(ss) && j <= at+2; j++ {
		if strings.TrimSpace(ss[j].text) == t {
			return j
		}
	}
	return -1
}
