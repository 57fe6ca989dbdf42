package wirestory

import (
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" for no date
	}{
		{"Stand: 08.07.2026 05:00 Uhr", "2026-07-08 05:00"},
		{"18.07.2024, 11.08 Uhr  7 min", "2024-07-18 11:08"},
		{"Publié le 12 avril 2015 à 22h23 - Mis à jour le 13 avril 2015 à 12h28", "2015-04-12 22:23"},
		{"By Jane Roe published 19 May 2026", "2026-05-19 00:00"},
		{"2025年1月14日 20:00", "2025-01-14 20:00"},
		{"입력 2026.07.12 22:09", "2026-07-12 22:09"},
		{"PUBLISHED FRI, APR 28 2023 2:23 PM EDT", "2023-04-28 14:23"},
		{"2 minute readApril 25, 20232:26 PM GMT+2", "2023-04-25 14:26"},
		{"Publiziert17. Dezember 2024, 12:17", "2024-12-17 12:17"},
		{"10/07/2026 00:50 Actualizado a 10/07/2026 22:39", "2026-07-10 00:50"},
		{"söndag 2 augusti 2026", "2026-08-02 00:00"},
		{"3 de julio de 2024", "2024-07-03 00:00"},
		{"Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, 27 April 2024", "2024-04-27 00:00"},
		{"The council met on Tuesday and voted.", ""},
		{"Call 555-12-2024 now", ""},
		{"31.02.2024", ""},
	} {
		got, ok := findDate(c.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02 15:04")
		}
		if s != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.in, s, c.want)
		}
	}
	if _, ok := findDate(string(make([]byte, maxDateLine+1))); ok {
		t.Error("a line longer than maxDateLine gave a date")
	}
	_ = time.UTC
}
