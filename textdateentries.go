package wirestory

import "time"

// This file keeps a text page from taking the date of another piece for
// the story's. When the story's head shows no date, pageDate takes the
// date line nearest the body's start, up to maxDateReach blocks away; on a
// text page the lists of other pieces stand within that reach (related
// stories, most read, a writer's latest posts), each entry with its date:
// "Chippy faces a struggle" / "13 May 2024" / "Recession explained" / "10
// May 2024". A date line that has, within entryDateSpan blocks, another
// short line giving a date of another day is one entry of such a list,
// and says nothing of when the story was published: the story is dated
// once, and its head's dates (published, updated) are read before this
// last resort. Dates of the same day stay: a story's closing stamp with a
// related piece of the same day under it, a diary's entries of one day.
// An update's date and a caption's are the story's own or a picture's and
// mark no list.

// entryDateSpan is how many blocks above and below a date line
// amongOtherDays reads.
const entryDateSpan = 6

// amongOtherDays reports whether the date line i, which gives the day of
// t, has within entryDateSpan blocks another short line (at most 12 words,
// not prose unless it is a date alone) that gives a date of another day,
// not as an update's or a caption's: the date of one entry of a list of
// other pieces. It reads at most 2*entryDateSpan lines.
func amongOtherDays(ss []slot, i int, t time.Time) bool {
	y, m, d := t.Date()
	for k := max(0, i-entryDateSpan); k < len(ss) && k <= i+entryDateSpan; k++ {
		s := &ss[k]
		if k == i || s.role == roleJunk || s.f.words > 12 || s.f.prose && !parseDateText(s.text).ok {
			continue
		}
		u, ok := findDate(s.text)
		if !ok || isUpdatedDate(s.text) || isCaptionDate(s.text) {
			continue
		}
		if uy, um, ud := u.Date(); uy != y || um != m || ud != d {
			return true
		}
	}
	return false
}
