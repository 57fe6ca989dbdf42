package wirestory

import "testing"

// TestLabelledCredits checks that a picture's credit opened by another
// language's picture label ("Bild:", "Фото:"), on a line of its own in a
// text page's story, leaves the body with the caption above it, in
// German and Russian, bracketed or not; and that what only looks like it
// stays: a long paragraph of the story over a credit with no caption, and
// a line of the story that opens with the label but goes on as a sentence.
func TestLabelledCredits(t *testing.T) {
	ru := []string{
		"Портовое управление во вторник сообщило, что закроет старый паромный терминал на два года, пока бригады заменяют сваи, которые водолазы нашли гнилыми прошлой зимой.",
		"Паромы во время работ будут отходить от временного причала в километре к югу, сообщили в управлении, а тарифы для пассажиров и грузов не изменятся.",
		"Федеральное правительство в прошлом месяце согласилось оплатить половину стоимости ремонта в 48 миллионов, остальное область заплатит из дорожного бюджета.",
		"Пассажиры говорят, что путь до временного причала добавит десять минут к каждой поездке, и просят пустить автобус от стоянки старого терминала.",
		"Работы начнутся весной, когда лёд сойдёт с гавани, а терминал должен открыться до туристического сезона через два года.",
	}
	for _, c := range []struct {
		name, caption, credit, prose string
		story                        []string
	}{
		{"de", "Taucher prüfen die Pfähle unter dem alten Terminal", "Bild: Jane Roe/Agentur",
			"Bild: das alte Terminal im Winter, als die Taucher die Pfähle fanden.", entryStoryDE},
		{"de bracketed", "Taucher prüfen die Pfähle unter dem alten Terminal", "(Bildrechte: Agentur / Jane Roe)",
			"Bild: das alte Terminal im Winter, als die Taucher die Pfähle fanden.", entryStoryDE},
		{"ru", "Водолазы осматривают сваи под старым терминалом", "Фото: Иван Петров, Агентство",
			"Фото: старый терминал зимой, когда водолазы нашли гнилые сваи.", ru},
	} {
		p := c.story
		head := []string{"Ferry terminal to close for two years", "By Jane Roe", ""}
		foot := []string{"", "Privacy policy", "Terms of use", "© 2025 The Harbor Times"}
		// The caption, then its credit, between two paragraphs: both go.
		lines := append([]string{}, head...)
		lines = append(lines, p[0], "", p[1], "", c.caption, "", c.credit, "")
		lines = append(lines, withGaps(p[2:])...)
		lines = append(lines, foot...)
		got := parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" figure", "caption", got, p, []string{c.caption, c.credit})

		// A credit with no caption under a long paragraph: the paragraph
		// stays.
		long := p[1] + " " + p[3] + " " + p[4]
		lines = append([]string{}, head...)
		lines = append(lines, p[0], "", long, "", c.credit, "", p[2], "", p[3], "", p[4], "")
		lines = append(lines, foot...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" no caption", "credit", got, []string{p[0], long, p[2]}, []string{c.credit})

		// The label opening a sentence of the story: it stays.
		lines = append([]string{}, head...)
		lines = append(lines, p[0], "", p[1], "", c.prose, "")
		lines = append(lines, withGaps(p[2:])...)
		lines = append(lines, foot...)
		got = parseLines(t, lines).Paragraphs
		checkKeptOut(t, c.name+" prose", "line", got, append([]string{c.prose}, p...), nil)
	}
}

// TestIsLabelledCredit checks the reading of a labelled credit line.
func TestIsLabelledCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Bild: Agentur":                      true,
		"Bildrechte: imago images/Jane Roe":  true,
		"(Bild: Jane Roe / Agentur)":         true,
		"Photo : Agence":                     false, // English and French "photo" are markCaptions'
		"Kuva: Jane Roe":                     true,
		"Фото: Иван Петров":                  true,
		"Bild: sehr gut":                     false,
		"Bild:":                              false,
		"Foto: Die Kamera. Sie läuft.":       false,
		"Bilder: Wer hat sie gemacht?":       false,
		"Kilde: Jane Roe":                    false,
		"(Bild: Agentur) (Foto: Jane Roe)":   false,
		"Bildquelle: Agentur, Jane Roe 2024": true,
	} {
		if got := isLabelledCredit(s); got != want {
			t.Errorf("isLabelledCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
