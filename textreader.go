package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file ends a text page's body above the site's appeal to its reader
// set under the story: a paragraph or three in which the site speaks to
// the reader about itself ("We rely on readers like you", "Testen Sie uns
// zwei Wochen"), often under a heading ("Support our newsroom", "Jetzt
// testen", a writer's name). On an HTML page the appeal is a box of its own and goes
// with it; in a dump it reads as the story's last section. A news story
// does not speak to its reader, so the story above is the measure: when
// its paragraphs do not, and the closing section does and speaks of other
// things than the story, the section is the site's.

// Appeal bounds: the closing section has at most maxAppealParagraphs
// paragraphs, each of which speaks to the reader or of the site, and one
// says "you"; its heading, if any, and the lines under it, are runs of at
// most maxAppealHeads short lines. The story above has at least minAppealStory
// paragraphs and minAppealStoryWords words, minAppealRatio times the
// section's words; at most maxAppealAddressed tenths of its paragraphs
// speak to the reader; fewer than maxPitchShared tenths of the section's
// content words are the story's.
const (
	maxAppealParagraphs = 3
	maxAppealHeads      = 6
	minAppealStory      = 3
	minAppealStoryWords = 250
	minAppealRatio      = 4
	maxAppealAddressed  = 1
)

// youWords and weWords are the words by which a site speaks to its reader
// (you, your) and of itself (we, our), in the languages of the eval
// corpora: none of them is a common word of another of these languages
// ("du" is French, "vi" Italian, "din" Romanian; "sie", "ihr" are German's
// "she", "they", "her", which the formal "Sie" is only when capitalised
// inside a sentence: formalYouWords).
var (
	youWords = []string{"you", "your", "yours", "yourself", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner",
		"euch", "euer", "eure", "vous", "votre", "usted", "ustedes", "você", "vocês", "voi", "vostro", "vostra",
		"dig", "ditt", "dere", "jij", "jouw"}
	weWords = []string{"we", "our", "ours", "us", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer",
		"nous", "notre", "nos", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "nosso", "nossa", "nossos",
		"nossas", "noi", "nostro", "nostra", "oss", "vår", "vårt", "våre", "wij", "onze"}
	formalYouWords = []string{"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"}
)

// readerAddress reports whether paragraph s speaks to its reader (says
// "you", or the formal German "Sie" inside a sentence) and whether it
// speaks of its writers (says "we"). A word counts in lower case or with
// a capital first letter only, so "US" is no "us".
func readerAddress(s string) (you, we bool) {
	prev := ' '    // the last rune before the word that is no space
	var quote rune // the mark that opened the quotation the word is in, or 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) {
				prev = r
			}
			quote = quoteMark(quote, r)
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		w := s[i:j]
		if quote != 0 {
			// A speaker's words, not the writer's.
			prev, _ = utf8.DecodeLastRuneInString(w)
			i = j
			continue
		}
		if !you && (unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == ',') && inWords(formalYouWords, w, false) {
			you = true
		}
		you = you || inWords(youWords, w, true)
		we = we || inWords(weWords, w, true)
		if you && we {
			return
		}
		prev, _ = utf8.DecodeLastRuneInString(w)
		i = j
	}
	return
}

// quoteMark returns the mark that opened the quotation a text is in after
// rune r, given the one it was in before r (0: none). Quotation marks
// open and close in the pairs of the corpora's languages: "…", “…”, „…“,
// „…”, «…», »…«.
func quoteMark(open, r rune) rune {
	switch {
	case open == 0 && strings.ContainsRune("\"“„«»", r):
		return r
	case open == '"' && r == '"', open == '“' && r == '”', open == '„' && (r == '“' || r == '”'),
		open == '«' && r == '»', open == '»' && r == '«':
		return 0
	}
	return open
}

// inWords reports whether w is one of ws (all lower case): exactly, or,
// with fold, also with its first letter a capital and the rest lower case.
func inWords(ws []string, w string, fold bool) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
		if fold && len(w) == len(x) {
			r, n := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) && string(unicode.ToLower(r)) == x[:n] && w[n:] == x[n:] {
				return true
			}
		}
	}
	return false
}

// cutReaderAppeal returns the end of a text page's body cut above the
// site's appeal to its reader under the story (see the file's comment): a
// few paragraphs closing the body, under a run of headings or right under
// the story's last paragraph, each of which speaks to the reader or of the
// site, one saying "you", under a story
// that hardly speaks to its reader, that is much longer than the section
// and that uses few of its content words (the bounds above). A story's own
// closing section speaks of the story; a writer who speaks to the reader
// does so all through the story; a short story's words are too few to tell
// what it speaks of, and a guide's closing advice may be as long as a
// short story.
func cutReaderAppeal(ss []slot, start, end int) int {
	if start < 0 || end-start < minAppealStory+1 {
		return end
	}
	// Up from the end over the lines under the section (a button, a
	// form's first field) and its paragraphs, to its heading or to the
	// story's last paragraph.
	i := end
	for tail := 0; i > start && !isFreeParagraph(ss, i); i-- {
		if ss[i].role == roleUnknown {
			if tail++; tail > maxAppealHeads {
				return end
			}
		}
	}
	paras, addressed, saysYou := 0, 0, false
	for ; i > start; i-- {
		s := &ss[i]
		if s.role != roleUnknown {
			continue // junk, or a line the rules claimed (a button, a label)
		}
		if !s.f.prose {
			break
		}
		if you, we := readerAddress(s.text); !you && !we && paras > 0 {
			break // the story's last paragraph, with no heading between
		}
		paras++
		if paras > maxAppealParagraphs {
			return end
		}
		you, we := readerAddress(s.text)
		if you || we {
			addressed++
		}
		saysYou = saysYou || you
	}
	if paras == 0 || i <= start || !saysYou || addressed < paras {
		return end
	}
	// Up over the run of headings to the story's last paragraph.
	for heads := 0; i > start && !isFreeParagraph(ss, i); i-- {
		if ss[i].role == roleUnknown {
			if heads++; heads > maxAppealHeads {
				return end
			}
		}
	}
	last := i
	if !isFreeParagraph(ss, last) {
		return end
	}
	sectionWords := 0
	for k := last + 1; k <= end; k++ {
		if isFreeParagraph(ss, k) {
			sectionWords += ss[k].f.words
		}
	}
	story, storyWords, storyAddressed := 0, 0, 0
	for k := start; k <= last; k++ {
		if isFreeParagraph(ss, k) {
			story++
			storyWords += ss[k].f.words
		}
	}
	if story < minAppealStory || storyWords < minAppealStoryWords || storyWords < sectionWords*minAppealRatio {
		return end
	}
	for k := start; k <= last; k++ {
		if !isFreeParagraph(ss, k) {
			continue
		}
		if you, we := readerAddress(ss[k].text); you || we {
			if storyAddressed++; storyAddressed*10 > story*maxAppealAddressed {
				return end
			}
		}
	}
	words := make(map[string]bool)
	for k := start; k <= last; k++ {
		if isFreeParagraph(ss, k) {
			for _, w := range contentWords(ss[k].text) {
				words[w] = true
			}
		}
	}
	seen := make(map[string]bool)
	shared := 0
	for k := last + 1; k <= end; k++ {
		if !isFreeParagraph(ss, k) {
			continue
		}
		for _, w := range contentWords(ss[k].text) {
			if !seen[w] {
				seen[w] = true
				if words[w] {
					shared++
				}
			}
		}
	}
	if len(seen) == 0 || shared*10 >= len(seen)*maxPitchShared {
		return end
	}
	return last
}
