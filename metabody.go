package wirestory

// This file widens an HTML page's body to the paragraphs right below it
// that the page's own copy of the story repeats. Some pages carry the
// whole story in their metadata (JSON-LD articleBody, or a description
// that is the full text), and some split the story's last paragraphs into
// a box of their own, which the scorer, seeing prose outside the story's
// element, doubts: the copy says they are the story's.

// metaReach is how many blocks below the body the story's paragraphs that
// the page's metadata repeats are looked for.
const metaReach = 12

// maxMetaCopyBytes bounds how much of the page's copy of the story is
// compared.
const maxMetaCopyBytes = 64 << 10

// extendByMetadata returns the end of an HTML page's body widened to the
// paragraphs below it, unclaimed, of six words or more, that the page's
// metadata (articleBody, then the description) repeats, when it also
// repeats the body's last paragraph: the copy then runs on from where the
// body stops. Only headings, chrome, teasers and captions may stand
// between; a paragraph the copy does not hold (another story, a promo),
// a tail line, the comments or a paragraph the body already has (a second
// copy of the story) ends the look.
func extendByMetadata(ss []slot, start, end, comments int, meta *pageMeta) int {
	if start < 0 || end+1 >= len(ss) {
		return end
	}
	last := -1
	for i := end; i >= start; i-- {
		if ss[i].role == roleUnknown && ss[i].f.prose {
			last = i
			break
		}
	}
	if last < 0 {
		return end
	}
	var copySet shingleSet
	for _, text := range []string{meta.body, meta.ldDescription, meta.description} {
		if text == "" {
			continue
		}
		copySet = shingleSet{}
		copySet.addUpTo(text, maxMetaCopyBytes)
		if len(copySet.set) > 0 && copySet.repeats(ss[last].text) {
			break
		}
		copySet.set = nil
	}
	if copySet.set == nil {
		return end
	}
	next := end
	for i := end + 1; i < len(ss) && i <= end+metaReach; i++ {
		s := &ss[i]
		if i == comments || isBarrier(s) {
			break
		}
		if s.role != roleUnknown || s.kind == kindHeading || s.f.words < minLeadWords {
			continue
		}
		if !copySet.repeats(s.text) || inBody(ss, start, end, s.text) {
			break
		}
		next = i
	}
	return next
}

// inBody reports whether a block of the body start..end has text t.
func inBody(ss []slot, start, end int, t string) bool {
	for i := start; i <= end; i++ {
		if ss[i].text == t {
			return true
		}
	}
	return false
}
