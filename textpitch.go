package wirestory

// This file drops, on a text page, the pitch of a sign-up box set into the
// story or under it: a sentence or two that speak to the reader about the
// site's mail or forum ("Every morning we send the day's news to your
// inbox"), printed as a paragraph right above the box's button or form,
// which the rules took for chrome. On an HTML page the box is an element
// of its own and the pitch goes with it; in a dump only the line under it
// tells it from the story.

// signupWords are the words of a sign-up box's button or label, in the
// languages of the eval corpora: the box asks the reader to subscribe,
// register or give a mail address.
var signupWords = newPhraseSet("subscribe", "sign up", "newsletter", "inbox", "e-mail alerts",
	"abonnieren", "registrieren", "anmelden", "abonnez", "inscrivez", "suscríbete", "suscribirse",
	"assine", "inscreva", "abbonati", "iscriviti")

// Pitch bounds: a pitch is a paragraph of at most maxPitchWords words and
// maxPitchBytes bytes (a line of CJK is one word), fewer than
// maxPitchShared tenths of whose content words the story's other
// paragraphs use.
const (
	maxPitchWords  = 30
	maxPitchBytes  = 480
	maxPitchShared = 3
)

// markSignupPitches marks as chrome each short paragraph of the body
// start..end that stands right above a line the rules took for chrome and
// that asks the reader to sign up (signupWords: the box's button, label or
// form), when the paragraph speaks of other things than the story does:
// few of its content words occur in the story's other paragraphs. The
// story's own paragraph over such a box speaks of what the story speaks
// of, and stays; so does any paragraph over chrome of another kind (a
// share bar, an advertisement label).
func markSignupPitches(ss []slot, start, end int) {
	if start < 0 {
		return
	}
	var uses map[string]int // in how many paragraphs each content word occurs
	for i := start; i < end; i++ {
		if !isFreeParagraph(ss, i) || ss[i].f.words > maxPitchWords || len(ss[i].text) > maxPitchBytes {
			continue
		}
		j := nextNonJunk(ss, i+1)
		if j < 0 || j > end || ss[j].role != roleChrome || !signupWords.inLower(ss[j].text) {
			continue
		}
		if uses == nil {
			uses = make(map[string]int)
			last := make(map[string]int) // the paragraph that counted w last, plus one
			for k := start; k <= end; k++ {
				if !isFreeParagraph(ss, k) {
					continue
				}
				for _, w := range contentWords(ss[k].text) {
					if last[w] != k+1 {
						last[w] = k + 1
						uses[w]++
					}
				}
			}
		}
		cw := distinctWords(contentWords(ss[i].text))
		shared := 0
		for _, w := range cw {
			if uses[w] > 1 {
				shared++
			}
		}
		if len(cw) > 0 && shared*10 < len(cw)*maxPitchShared {
			ss[i].role = roleChrome
		}
	}
}

// distinctWords returns ws without repeats, in their first order, reusing
// ws; it is for short lists (a pitch's words).
func distinctWords(ws []string) []string {
	out := ws[:0]
	for _, w := range ws {
		seen := false
		for _, v := range out {
			if v == w {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, w)
		}
	}
	return out
}
