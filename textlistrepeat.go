package wirestory

// This file ends a text page's body before a list of other pieces set
// under it whose entries are paragraphs, each with its share bar: a page
// of quotes, poems or recipes, where the scorer takes the entries for the
// story's paragraphs.

// minListRepeats is the fewest times a line repeats under a list heading
// for the list's entries to be other pieces, each with its own bar.
const minListRepeats = 3

// maxBarWords is the most words of the bar under each entry of a list.
const maxBarWords = 8

// cutRepeatedList returns the end of a text page's body cut before a list
// heading inside it ("You may also like") under which every paragraph is
// set apart from the next by one short line printed word for word each
// time, minListRepeats times or more: the share bar or the link that each
// entry of a list of other pieces carries (quotes, poems, recipes). A
// story's paragraphs carry no such line, and a list heading inside a story
// heads a box of headlines, not paragraphs each under its own bar.
func cutRepeatedList(ss []slot, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	for k := start + 1; k < end; k++ {
		if ss[k].role != roleChrome || !ss[k].listHead {
			continue
		}
		bar, bars, paras := "", 0, 0
		ok := true
		prevPara := false
		i := k + 1
		for ; i <= end && ok; i++ {
			s := &ss[i]
			switch {
			case s.role == roleJunk:
			case s.role == roleUnknown && (s.f.prose || s.f.ellipsis) && s.f.words > maxBarWords:
				if prevPara {
					ok = false
				}
				prevPara = true
				paras++
			case s.f.words <= maxBarWords && !s.f.prose:
				if bar == "" {
					bar = s.text
				}
				if s.text != bar {
					ok = false
				}
				bars++
				prevPara = false
			default:
				ok = false
			}
		}
		if !ok {
			// A list heading between k and the line that failed reads
			// the same lines to the same failure: the search goes on
			// from that line, once over the body.
			k = i - 2
			continue
		}
		if bars < minListRepeats || paras < minListRepeats {
			return end
		}
		if j := prevParagraph(ss, k-1, start); j >= 0 {
			return j
		}
		return end
	}
	return end
}
