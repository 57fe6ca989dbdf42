package wirestory

import (
	"hash/maphash"
	"slices"
	"strings"
)

// This file finds a story's lead: a paragraph set apart above the body (a
// standfirst, a "Vorspann", a summary in the page's header) that the page's
// own description repeats. Separated from the body by a byline or a date
// line, or kept in the header with the headline, it is not in the run of
// prose the body is; but a page that gives the same words as its summary
// says they open the story.

// minLeadWords is the fewest words a lead has: a label or a kicker is
// not one.
const minLeadWords = 6

// maxLeadReach is how many blocks above the body a lead is looked for when
// no headline marks the top of the story's head.
const maxLeadReach = 12

// maxDescriptionBytes bounds how much of the page's description is
// compared.
const maxDescriptionBytes = 4096

// leadBlocks returns the blocks between the headline (headlineAt, or -1
// when none was found) and the body's first block that are the story's
// lead, in order: unclaimed prose or heading blocks, which the body scorer
// takes for the story's (threshold), whose words the page's description
// repeats.
func leadBlocks(ss []slot, headlineAt, start int, description string, threshold float32) []int {
	if start <= 0 || description == "" {
		return nil
	}
	// The description's trigrams are made only for a page with a block
	// that could be a lead.
	var desc shingleSet
	from := max(headlineAt+1, start-maxLeadReach, 0)
	var leads []int
	for i := from; i < start; i++ {
		s := &ss[i]
		if s.role != roleUnknown || s.prob < threshold || s.f.words < minLeadWords || s.kind == kindCaption ||
			s.kind == kindLine {
			continue
		}
		if desc.set == nil {
			if desc.add(description); len(desc.set) == 0 {
				return nil
			}
		}
		if desc.repeats(s.text) {
			leads = append(leads, i)
		}
	}
	return leads
}

// addLeads puts the lead blocks at the head of the story's paragraphs,
// above the paragraph its dateline was read from, and marks them the
// story's; a lead the body repeats (a first paragraph printed twice) is
// left out.
func addLeads(a *Article, ss []slot, leads []int) {
	var ps []string
	for _, i := range leads {
		if slices.ContainsFunc(a.Paragraphs, func(p string) bool { return strings.Contains(p, ss[i].text) }) {
			continue
		}
		ss[i].role = roleBody
		ps = append(ps, ss[i].text)
	}
	if len(ps) == 0 {
		return
	}
	a.Paragraphs = append(ps, a.Paragraphs...)
	for k := range a.Subheads {
		a.Subheads[k] += len(ps)
	}
}

// A shingleSet holds the word trigrams of a text, hashed.
type shingleSet struct {
	seed maphash.Seed
	set  map[uint64]struct{}
}

// add adds the trigrams of the first maxDescriptionBytes of s.
func (d *shingleSet) add(s string) {
	d.addUpTo(s, maxDescriptionBytes)
}

// addUpTo adds the trigrams of the first limit bytes of s.
func (d *shingleSet) addUpTo(s string, limit int) {
	if len(s) > limit {
		s = s[:limit]
	}
	d.seed = maphash.MakeSeed()
	d.set = make(map[uint64]struct{})
	eachShingle(s, d.seed, func(h uint64) { d.set[h] = struct{}{} })
}

// repeats reports whether half of the trigrams of s, or of the set's when
// it has fewer (a description cut short), are in the set.
func (d *shingleSet) repeats(s string) bool {
	n, hit := 0, 0
	eachShingle(s, d.seed, func(h uint64) {
		n++
		if _, ok := d.set[h]; ok {
			hit++
		}
	})
	return n > 0 && hit*2 >= min(n, len(d.set))
}

// eachShingle calls f with the hash of every run of three words of s, in
// lower case; a word is a run of letters, digits and underscores.
func eachShingle(s string, seed maphash.Seed, f func(uint64)) {
	var w [3]string
	n := 0
	i := 0
	for i < len(s) {
		j := strings.IndexFunc(s[i:], isWordRune)
		if j < 0 {
			break
		}
		i += j
		k := strings.IndexFunc(s[i:], func(r rune) bool { return !isWordRune(r) })
		if k < 0 {
			k = len(s) - i
		}
		w[0], w[1], w[2] = w[1], w[2], s[i:i+k]
		i += k
		n++
		if n >= 3 {
			var h maphash.Hash
			h.SetSeed(seed)
			for _, x := range w {
				h.WriteString(strings.ToLower(x))
				h.WriteByte(0)
			}
			f(h.Sum64())
		}
	}
}
