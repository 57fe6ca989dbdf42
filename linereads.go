package wirestory

// A lineReads keeps, for one text page, what the head's readers made of
// the lines they read (readHeadLine, readMetaLine, headByline), keyed by
// the line, so that a line the head's walks and scorers look at again and
// again is read once a page. It keeps at most limit lines of each kind
// (a few a block: linear in the page), and reads the rest afresh. A nil
// lineReads keeps nothing. The slices it hands out are capped at their
// length, so a caller that appends to one copies it.
type lineReads struct {
	head, meta map[string]metaRead
	names      map[string]namesRead
	credits    map[string]creditRead
	limit      int
}

// A metaRead is what readHeadLine or readMetaLine returned.
type metaRead struct {
	ml metaLine
	ok bool
}

// A creditRead is what parseCreditLine returned.
type creditRead struct {
	c  credit
	ok bool
}

// A namesRead is what headByline returned.
type namesRead struct {
	people   []string
	labelled bool
}

// lineReads returns pg's memo of the head's readings, made on first use;
// nil for an HTML page, whose head is read from few lines.
func (pg *page) lineReads() *lineReads {
	if !pg.isText {
		return nil
	}
	if pg.reads == nil {
		pg.reads = &lineReads{limit: 4*len(pg.blocks) + 16}
	}
	return pg.reads
}

// headLine is readHeadLine(s), read once.
func (lr *lineReads) headLine(s string) (metaLine, bool) {
	if lr == nil {
		return readHeadLineWith(nil, s)
	}
	if r, ok := lr.head[s]; ok {
		return r.ml, r.ok
	}
	ml, ok := readHeadLineWith(lr, s)
	ml = capMeta(ml)
	lr.head = keepRead(lr.head, lr.limit, s, metaRead{ml, ok})
	return ml, ok
}

// metaLine is readMetaLine(s), read once.
func (lr *lineReads) metaLine(s string) (metaLine, bool) {
	if lr == nil {
		return readMetaLine(s)
	}
	if r, ok := lr.meta[s]; ok {
		return r.ml, r.ok
	}
	ml, ok := readMetaLineWith(lr, s)
	ml = capMeta(ml)
	lr.meta = keepRead(lr.meta, lr.limit, s, metaRead{ml, ok})
	return ml, ok
}

// byline is headByline(s), read once.
func (lr *lineReads) byline(s string) ([]string, bool) {
	if lr == nil {
		return headByline(s)
	}
	if r, ok := lr.names[s]; ok {
		return r.people, r.labelled
	}
	p, labelled := headByline(s)
	p = p[:len(p):len(p)]
	lr.names = keepRead(lr.names, lr.limit, s, namesRead{p, labelled})
	return p, labelled
}

// credit is parseCreditLine(s), read once.
func (lr *lineReads) credit(s string) (credit, bool) {
	if lr == nil {
		return parseCreditLine(s)
	}
	if r, ok := lr.credits[s]; ok {
		return r.c, r.ok
	}
	c, ok := parseCreditLine(s)
	c.people = c.people[:len(c.people):len(c.people)]
	c.agencies = c.agencies[:len(c.agencies):len(c.agencies)]
	lr.credits = keepRead(lr.credits, lr.limit, s, creditRead{c, ok})
	return c, ok
}

// sizeCredits makes room for n lines' credits.
func (lr *lineReads) sizeCredits(n int) {
	if lr != nil && lr.credits == nil {
		lr.credits = make(map[string]creditRead, min(n, lr.limit))
	}
}

// isMetaLine is isMetaLine(s), its credit read once.
func (lr *lineReads) isMetaLine(s string) bool {
	if _, ok := lr.credit(s); ok {
		return true
	}
	return parseDateText(s).ok
}

// keepRead adds s's reading to m, made on first use, unless m holds limit
// lines already.
func keepRead[V any](m map[string]V, limit int, s string, v V) map[string]V {
	if m == nil {
		m = make(map[string]V)
	}
	if len(m) < limit {
		m[s] = v
	}
	return m
}

// capMeta caps ml's slices at their length.
func capMeta(ml metaLine) metaLine {
	ml.people = ml.people[:len(ml.people):len(ml.people)]
	ml.credit.people = ml.credit.people[:len(ml.credit.people):len(ml.credit.people)]
	ml.credit.agencies = ml.credit.agencies[:len(ml.credit.agencies):len(ml.credit.agencies)]
	return ml
}
