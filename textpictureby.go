package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file marks a picture's credit that a dump sets on a line of its own
// in the story: "Image by Jane Roe Photography via Site", "Bild von Jane
// Roe". On an HTML page the credit sits in the figure's caption; in a dump
// the short capitalized line reads as a subhead of the story. Only the
// line itself is marked: the paragraph above it is the story's (the
// credit of a picture set between two sections has no caption above it).

// pictureByCues open a picture's credit line, lower case: "image by", "bild
// von", "imagen de". ("photo by" is read by isCreditOnly.)
var pictureByCues = []string{"image by ", "images by ", "picture by ", "pictures by ", "photograph by ",
	"photographs by ", "photography by ", "illustration by ", "bild von ", "bilder von ", "foto von ",
	"fotos von ", "imagen de ", "imágenes de ", "fotografía de ", "image de ", "immagine di ", "zdjęcie: "}

// maxPictureByWords is the most words of a credit line.
const maxPictureByWords = 10

// isPictureByLine reports whether a line is a picture's credit alone: a cue
// of pictureByCues, then a name whose words are capitalized but for the
// joiners between names ("via", "and", "&", "for", "/", name particles),
// in all at most maxPictureByWords words, with no question or exclamation.
// A story's sentence ("Image by image, the album tells ...") carries a
// word in lower case.
func isPictureByLine(s string) bool {
	l := strings.ToLower(s)
	rest := ""
	for _, c := range pictureByCues {
		if strings.HasPrefix(l, c) {
			rest = s[len(c):]
			break
		}
	}
	if rest == "" || strings.ContainsAny(rest, "?!") {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > maxPictureByWords-2 {
		return false
	}
	for k, w := range f {
		lw := strings.ToLower(w)
		if k > 0 && (lw == "via" || lw == "and" || lw == "&" || lw == "for" || lw == "/" || lw == "und" ||
			lw == "y" || lw == "e" || lw == "con" || lw == "mit" || nameParticles[lw]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// markPictureByLines marks as captions the lines of the body start..end of
// a text page that no rule claimed and that are a picture's credit alone
// (isPictureByLine).
func markPictureByLines(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	for i := start; i <= end && i < len(ss); i++ {
		s := &ss[i]
		if s.role == roleUnknown && s.kind == kindLine && s.f.words <= maxPictureByWords && isPictureByLine(s.text) {
			s.role = roleCaption
		}
	}
}
