package wirestory

// This file ends a text page's body above the sign-up box that closes it:
// a line or two asking the reader to subscribe to the site's mail, the
// form's fields and button, the consent sentence under them ("By
// subscribing you agree to our terms"). On an HTML page the box is a form
// and leaves with it; in a browser's dump its sentences read like the
// story's closing paragraphs.

// Sign-up box bounds: the box holds at most maxSignupBlocks blocks and
// maxSignupWords words of paragraphs, and its asking line at most
// maxPitchWords words.
const (
	maxSignupBlocks = 10
	maxSignupWords  = 60
)

// cutSignupTail returns the end of a text page's body start..end cut above
// a sign-up box among its last maxSignupBlocks blocks: from a short line
// or paragraph that asks the reader to sign up (signupWords, at most
// maxPitchWords words) to the body's end, with a line of the form the
// rules took for chrome ("Submit", "Email address") in the asking line's
// place or in the two under it (chromeNear), no teaser of another story (a box set among the page's lists, with
// the story going on under them), and no more than maxSignupWords words
// of paragraphs. A box heading
// right above the asking line ("Get more travel news") goes with it. The
// story above must hold three times the box's words: a story about a
// newsletter, which speaks of signing up all through, stays whole.
func cutSignupTail(ss []slot, start, end int) int {
	if start < 0 || end <= start {
		return end
	}
	for i := max(start+1, end-maxSignupBlocks+1); i <= end; i++ {
		s := &ss[i]
		if s.role == roleJunk || s.f.words == 0 || s.f.words > maxPitchWords || !signupWords.inLower(s.text) {
			continue
		}
		if !chromeNear(ss, i) || teaserIn(ss, i, end) {
			return end
		}
		box := paragraphWordsIn(ss, i, end)
		if box > maxSignupWords {
			return end
		}
		top := i
		if j := prevNonJunk(ss, i-1); j > start && !ss[j].f.prose && ss[j].f.words <= maxEntryLineWords {
			top = j
		}
		last := prevParagraph(ss, top-1, start)
		if last < 0 || paragraphWordsIn(ss, start, last) < 3*max(box, 1) {
			return end
		}
		return last
	}
	return end
}

// teaserIn reports whether a line from i to j is one the rules took for a
// teaser of another story.
func teaserIn(ss []slot, i, j int) bool {
	for ; i <= j; i++ {
		if ss[i].role == roleTeaser {
			return true
		}
	}
	return false
}

// formWords are the words of a sign-up form's field or button other than
// signupWords, in the languages of the eval corpora.
var formWords = newPhraseSet("submit", "email", "e-mail", "absenden", "envoyer", "enviar", "invia")

// chromeNear reports whether block i or one of the two blocks under it
// (junk aside) is a sign-up box's button or field: a line the rules took
// for chrome that holds a sign-up or form word ("Subscribe", "Submit",
// "Email address"). A site's footer under a story's last paragraph holds
// none.
func chromeNear(ss []slot, i int) bool {
	for k := 0; k < 3 && i >= 0; k++ {
		if s := &ss[i]; s.role == roleChrome && (signupWords.inLower(s.text) || formWords.inLower(s.text)) {
			return true
		}
		i = nextNonJunk(ss, i+1)
	}
	return false
}
