package wirestory

import "strings"

// minLinkedLeadIn is the fewest words of a linked line inside a story
// that ends in a colon: a lead-in to the list or quote below it ("Per
// this library guide:"), as short as a line read as prose may be.
const minLinkedLeadIn = 5

// linkedWordsFloor is the fewest words liftLinkedSentences asks of a
// linked sentence: fewer for a lead-in ending in a colon.
func linkedWordsFloor(text string) int {
	if lastRune(strings.TrimRight(text, " ")) == ':' {
		return minLinkedLeadIn
	}
	return minLinkedWords
}
