package wirestory

import "testing"

// TestLineMemo checks that a lineMemo reads each line's fact once, keeps
// false as well as true, and that a nil memo (or a line past its end)
// reads every time.
func TestLineMemo(t *testing.T) {
	reads := 0
	read := func(v bool) func() bool {
		return func() bool { reads++; return v }
	}
	lm := make(lineMemo, 3)
	for range 3 {
		if !lm.get(0, read(true)) || lm.get(1, read(false)) {
			t.Fatal("memo changed a fact")
		}
	}
	if reads != 2 {
		t.Errorf("memo read %d times for two lines, want 2", reads)
	}
	reads = 0
	var none lineMemo
	none.get(0, read(true))
	none.get(0, read(true))
	lm.get(5, read(true))
	lm.get(-1, read(true))
	if reads != 4 {
		t.Errorf("nil memo and lines past its end read %d times, want 4", reads)
	}
}

// TestHeadMetaMemoFresh checks that a page's memo is made again for
// slots of another length, so a fact is never read off another line.
func TestHeadMetaMemoFresh(t *testing.T) {
	pg := &page{isText: true}
	a := pg.headMetaMemo(4)
	a.get(0, func() bool { return true })
	if b := pg.headMetaMemo(5); len(b) != 5 || b[0] != 0 {
		t.Errorf("memo for 5 slots = %v, want 5 unread lines", b)
	}
}
