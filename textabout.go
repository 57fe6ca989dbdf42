package wirestory

import "strings"

// maxAboutReach is how many words into its biography an author box
// labelled "About Jane Roe" names the writer.
const maxAboutReach = 25

// isAboutLabel reports whether a line labels an author box with an about
// word before the name ("About Jane Roe", "Sobre Jane Roe").
func isAboutLabel(s string) bool {
	_, ok := cutAbout(s)
	return ok
}

// namesEarly reports whether the paragraph p names the whole name within
// its first maxAboutReach words (namedAt): a biography under an "About"
// label may open with what the writer is ("Father of two and teacher,
// Jane Roe ..."), where a biography under a bare name opens with the name.
func namesEarly(p, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	pw := strings.Fields(p)
	for k := 0; k+len(f) <= len(pw) && k < maxAboutReach; k++ {
		if namedAt(pw, f, k) {
			return true
		}
	}
	return false
}
