package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads an author box whose biography opens with the writer's
// title instead of the name: "Jane Roe" / "Executive Editor at the Harbor
// Weekly. Covering the port since 2008, ...", "Redakteurin beim
// Hafenblatt ...". A dump sets the box's name line and its biography one
// under the other, as it does a box whose biography opens with the name
// (authorBoxAt).

// titlePrepositions link a writer's title to the outlet: "Editor at",
// "Redakteurin beim", "Rédactrice chez".
var titlePrepositions = setOf("at", "for", "of", "with", "bei", "beim", "für", "chez", "de", "del", "di", "en", "w")

// titleTrades are writers' trades in other languages than writerRoles'
// and bioRoles', lower case: "Redakteurin beim Hafenblatt".
var titleTrades = setOf("redakteur", "redakteurin", "journalistin", "autorin", "korrespondent", "korrespondentin",
	"chefredakteur", "chefredakteurin", "rédacteur", "rédactrice", "journaliste", "periodista", "redactor",
	"redactora", "giornalista", "redattore", "redattrice", "dziennikarz", "dziennikarka", "redaktor", "redaktorka")

// opensWithTitle reports whether the paragraph p opens with a writer's
// title and the outlet it works for: up to two capitalized words, then a
// writer's trade (namesTrade, titleTrades), capitalized, then a
// preposition of titlePrepositions; only the paragraph's first four words
// are read. A story's paragraph may open the same way ("Editor at the
// paper since 2008, Jane Roe said ..."): authorBoxAt reads this only right
// under a name line, and only when the story above does not name the
// person (namedInStory).
func opensWithTitle(p string) bool {
	var pw []string // the paragraph's first four words
	for w := range strings.FieldsSeq(p) {
		if pw = append(pw, w); len(pw) == 4 {
			break
		}
	}
	for k := 0; k < min(len(pw)-1, 3); k++ {
		r, _ := utf8.DecodeRuneInString(pw[k])
		if !unicode.IsUpper(r) {
			return false
		}
		w := strings.ToLower(pw[k])
		if (namesTrade(w) || titleTrades[w]) && titlePrepositions[strings.ToLower(pw[k+1])] {
			return true
		}
	}
	return false
}
