package wirestory

import "strings"

// This file takes out of a text page's body the lines that hold nothing
// but a clock's reading: a player's time and length ("0:00 / 0:00",
// "00:00"), a video's length under its title ("50:55"), the time a page
// prints by its date line or a teaser ("16:30"). On an HTML page they are
// a player's controls or a span of the head; a browser's innerText writes
// each as a line of its own, and the body's first or middle lines carry
// it. No story says a time and nothing else: its own times stand in
// sentences, and a live page's entries carry their time with words
// ("16:30 Police close the bridge", "16:30 Uhr"), which stay.

// isClockLine reports whether s is a clock's reading and nothing else:
// one or two readings of one or two digits, a colon and two digits
// (a second such group for the seconds, "1:02:03"), two of them joined
// by a slash ("0:00 / 0:00").
func isClockLine(s string) bool {
	s = strings.TrimSpace(s)
	a, b, two := strings.Cut(s, "/")
	if !two {
		return isClockReading(s)
	}
	return isClockReading(strings.TrimSpace(a)) && isClockReading(strings.TrimSpace(b))
}

// isClockReading reports whether s is "m:ss", "mm:ss" or "h:mm:ss" (the
// first group one or two digits, each later group two).
func isClockReading(s string) bool {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for k, p := range parts {
		if !isNumber(p) || len(p) > 2 || k > 0 && len(p) != 2 {
			return false
		}
	}
	return true
}

// markClockLines marks as chrome the lines of a text page's body
// start..end that no rule claimed and that are a clock's reading
// (isClockLine). It runs once the head is read: a time printed under the
// writer's name is the head's date line, which the byline reader reads.
func markClockLines(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	for i := start; i <= end && i < len(ss); i++ {
		if s := &ss[i]; s.role == roleUnknown && s.kind == kindLine && len(s.text) <= 24 && isClockLine(s.text) {
			s.role = roleChrome
		}
	}
}
