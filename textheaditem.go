package wirestory

import "strings"

// maxItemReach is how many lines from a numbered line listItemHead looks
// for the item before or after it.
const maxItemReach = 200

// listItemNumber returns the number that s opens with as an item of a
// numbered list ("5. Name", "7 . Name", "2) Name"), or -1.
func listItemNumber(s string) int {
	n, i := 0, 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if i >= 2 {
			return -1
		}
	}
	if i == 0 {
		return -1
	}
	rest := strings.TrimLeft(s[i:], " ")
	if len(rest) < 3 || rest[0] != '.' && rest[0] != ')' || rest[1] != ' ' {
		return -1
	}
	return n
}

// listItemHead reports whether the line at i is an item of a numbered
// list, a guide's pick or step ("5. Example Camp: Low Fees"), and so no
// headline: it opens with a number, and a line within maxItemReach lines
// opens with the number before or after it. A headline that opens with a
// number and a full stop ("1. FC Example wins the cup") has no such
// neighbour.
func listItemHead(ss []slot, i int) bool {
	n := listItemNumber(ss[i].text)
	if n < 0 {
		return false
	}
	for j := max(0, i-maxItemReach); j < len(ss) && j <= i+maxItemReach; j++ {
		if j == i || ss[j].role == roleJunk {
			continue
		}
		if m := listItemNumber(ss[j].text); m == n-1 || m == n+1 {
			return true
		}
	}
	return false
}
