package wirestory

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds wirestory's knowledge of page chrome: the short lines that
// news sites put around and inside a story (navigation, share bars, promos,
// lists of other stories). The phrases are common across sites; none is
// taken from one page. A phrase only ever matches a short line, so a
// paragraph that happens to contain one is never dropped.

// chromeKey returns the form of a line the lexicon is matched against: lower
// case, with surrounding punctuation and symbols removed and inner space
// collapsed.
func chromeKey(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ToLower(s)
}

// appendChromeKey appends chromeKey(s) to buf: a key to look up in a set
// with nothing made when buf has room. It puts each rune in lower case as
// strings.ToLower does, a byte that is no UTF-8 as U+FFFD.
func appendChromeKey(buf []byte, s string) []byte {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, r := range s {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// chromeExact are lines that are chrome when they make up the whole block.
var chromeExact = setOf(
	"advertisement", "advertisements", "advertising", "ad", "sponsored", "sponsored content", "promoted",
	"paid content", "partner content", "story continues below", "article continues below",
	"story continues below advertisement", "story continues", "article continues", "continue story",
	"continue reading", "continue reading below", "leave a reply", "leave a comment below",
	"advertisement continue reading below", "scroll to continue with content", "read more", "read more below",
	"read more here", "more", "see more", "show more", "load more", "view more", "view all", "see all",
	"show all", "share", "share this", "share this article", "share this story", "share this post",
	"share on facebook", "share on twitter", "share via email", "share via", "tweet", "email", "e-mail",
	"print", "print this article", "copy", "copied", "copy url", "copy link", "link copied", "facebook", "twitter", "linkedin", "whatsapp",
	"pinterest", "reddit", "telegram", "flipboard", "comments", "comment", "view comments", "show comments",
	"hide comments", "leave a comment", "post a comment", "add a comment", "join the conversation",
	"join the discussion", "comments are closed", "image not available", "no image available", "image",
	"photo", "photos", "video", "videos", "gallery", "watch", "listen", "play", "pause", "close", "open",
	"menu", "main menu", "search", "home", "subscribe", "subscribe now", "sign up", "sign in", "log in",
	"login", "log out", "logout", "register", "my account", "account", "newsletter", "newsletters",
	"follow us", "follow", "following", "unfollow", "topics", "tags", "related topics", "filed under",
	"more on", "back to top", "top", "skip to content", "skip to main content", "skip navigation",
	"next", "previous", "prev", "next story", "previous story", "next article", "previous article",
	"up next", "enlarge image", "enlarge this image", "toggle caption", "hide caption", "show caption",
	"caption", "click to enlarge", "expand", "collapse", "back to gallery", "return to gallery",
	"privacy policy", "privacy", "terms of use", "terms of service", "terms and conditions",
	"terms & conditions", "contact us", "about us", "cookie policy", "cookie settings", "cookies",
	"accessibility", "sitemap", "site map", "careers", "feedback", "help", "faq", "rss", "rss feeds",
	"loading", "loading...", "please wait", "audio", "listen to this article", "listen to article",
	"text size", "font size", "a a", "aa", "save", "saved", "bookmark", "gift article", "gift this article",
	"advert", "adverts", "most popular", "most read", "most viewed", "most shared", "most emailed", "popular", "trending",
	"trending now", "trending stories", "latest", "latest news", "latest stories", "breaking news",
	"top stories", "top news", "recommended", "recommended for you", "recommended stories",
	"you may also like", "you might also like", "you may be interested in", "related", "related stories",
	"related articles", "related news", "related coverage", "related content", "related links",
	"related posts", "related reading", "see also", "also read", "also see", "read also", "read next",
	"what to read next", "editor's picks", "editors' picks", "editor's choice", "don't miss",
	"more stories", "more news", "more headlines", "more videos", "most recent", "recent posts",
	"in other news", "elsewhere", "around the web", "from the web", "promoted stories", "we recommend",
	"featured", "featured stories", "spotlight", "highlights", "more from", "more in",
	"sections", "all sections", "edition", "switch edition", "translate", "subscriber only",
	"subscribers only", "premium", "live updates", "updated", "published", "posted", "by",
	"about the author", "author", "authors", "contributors",
	"download the app", "get the app", "open in app", "report an error", "report a correction",
	"submit a correction", "corrections", "ethics policy", "our standards", "fact check",
)

// chromePrefixes open chrome lines; they match labels (lines that do not end
// like a sentence) of up to 14 words.
var chromePrefixes = []string{
	"advertisement ", "sponsored by", "presented by", "paid for by", "read more:", "read more at",
	"read more about", "read more from", "read the full", "read the latest", "see more ", "view all ",
	"view more ", "more from ", "more on ", "more in ", "more about ", "more stories from", "more news from",
	"share this ", "share on ", "share via ", "follow us on", "follow us ", "follow @", "like us on",
	"find us on", "sign up for", "sign up to", "subscribe to", "subscribe for", "subscribe now",
	"get the best of", "get our ", "get the latest", "get breaking news", "get unlimited", "get access",
	"download the ", "download our", "click here", "tap here", "filed under", "tagged ", "tags:",
	"topics:", "categories:", "category:", "posted in", "image credit", "photo credit", "image source",
	"image:", "photo:", "photos:", "video:", "watch:", "listen:", "credit:", "image 1 of", "photo 1 of",
	"you must log in", "you must be logged in", "log in to", "sign in to", "please log in",
	"please enable javascript", "enable javascript", "this video", "your browser", "we use cookies",
	"this site uses cookies", "by continuing to use", "our standards:", "back to ", "return to ",
	"go to ", "jump to", "skip to", "min read", "view comments", "comments (", "join the conversation",
	"have your say", "send us your", "got a news tip", "have a news tip", "support independent",
	"support our journalism", "support quality journalism", "become a member", "become a subscriber",
	"already a subscriber", "already have an account", "create an account", "create a free account",
	"start your free trial", "free trial", "for subscribers", "unlock this article", "recommended:",
	"related:", "see also:", "also read:", "read also:", "more:", "watch the video", "watch video",
	"watch live", "watch now", "listen now", "listen to ", "play video", "open image", "view gallery",
	"view image", "view photo", "enlarge ", "© copyright", "print this", "email this", "send this",
	"copy the link", "copy link", "bookmark this", "save this", "report this", "for more news",
	"for the latest", "stay up to date", "stay informed", "don't miss", "ad feedback",
}

// listHeadingsIntl are headings of lists of other stories in the languages
// other than English that wires and their clients publish in.
var listHeadingsIntl = setOf(
	// Spanish, Portuguese
	"lee también", "lea también", "leer más", "ver también", "noticias relacionadas", "te puede interesar",
	"también te puede interesar", "lo más leído", "más noticias", "más leídas", "relacionadas", "relacionados",
	"leia também", "leia mais", "veja também", "você pode gostar", "notícias relacionadas", "mais lidas",
	"mais notícias", "últimas notícias", "últimas noticias", "matérias relacionadas",
	// French, Italian, German
	"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "à découvrir", "a découvrir", "sur le même sujet", "articles liés",
	"les plus lus", "à lire également", "la rédaction vous conseille", "nos lecteurs ont lu", "sujets", "leggi anche", "potrebbe interessarti", "articoli correlati",
	"i più letti", "ti potrebbe interessare", "auch interessant", "mehr zum thema", "lesen sie auch",
	"meistgelesen", "häufig gelesen", "die redaktion empfiehlt", "das könnte sie auch interessieren", "weitere artikel", "ähnliche artikel",
	"weitere themen", "weitere informationen", "weitere nachrichten", "weitere beiträge",
	// Dutch, Norwegian, Danish, Swedish, Polish
	"lees ook", "lees meer", "lees meer over", "meer over dit onderwerp", "gerelateerde artikelen", "meest gelezen",
	"meer nieuws", "les også", "les mer", "mest lest", "læs også", "læs mere", "mest læste", "läs också", "läs mer",
	"mest läst", "czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także", "najczęściej czytane",
	// Russian, Indonesian, Turkish
	"читайте также", "похожие статьи", "популярное", "другие новости", "по теме", "самые популярные",
	"отзывы", "добавить отзыв", "baca juga", "berita terkait",
	"artikel terkait", "terpopuler", "ilgili haberler", "benzer haberler",
	// Japanese, Chinese, Korean
	"関連記事", "関連ニュース", "人気記事", "おすすめ記事", "あわせて読みたい", "こちらもおすすめ", "最新記事",
	"相关新闻", "相关文章", "相关阅读", "热门文章", "推荐阅读", "延伸阅读", "相關新聞", "延伸閱讀", "熱門新聞",
	"관련기사", "관련 기사", "많이 본 뉴스", "인기 기사", "추천 기사",
)

// chromeIntl are other chrome labels in those languages.
var chromeIntl = setOf(
	"publicidad", "compartir", "comparte", "comentarios", "publicidade", "compartilhe", "compartilhar",
	"comentários", "publicité", "passer la publicité", "afficher plus", "partager", "commentaires", "pubblicità", "condividi", "commenti", "anzeige",
	"werbung", "teilen", "kommentare", "реклама", "поделиться", "комментарии", "iklan", "bagikan", "komentar",
	"reklam", "paylaş", "yorumlar", "comentar", "commenter", "kommentieren", "skriv kommentar", "スポンサードリンク", "スポンサーリンク", "広告", "シェア", "コメント",
	"このブログの更新情報を配信しています", "广告", "分享", "评论", "廣告", "分享到", "광고", "공유", "댓글",
)

// chromeSentencePrefixes open promo sentences ("Sign up for our daily
// briefing.") of up to 14 words; no news sentence starts with them.
var chromeSentencePrefixes = []string{
	"read more:", "sign up for", "sign up to", "subscribe to", "subscribe now", "click here",
	"tap here", "follow us", "download the app", "download our", "you must log in",
	"you must be logged in", "please log in", "please enable javascript", "we use cookies",
	"this site uses cookies", "by continuing to use", "already a subscriber", "get the best of",
	"support independent", "support our journalism", "have a news tip", "got a news tip",
	"disclaimer:", "your email address will not be published", "join the discussion", "comments are moderated",
	"please keep comments", "also read", "be the first to comment", "no comments yet",
	"this slideshow requires", "this video requires", "this content requires", "javascript is required",
	"follow our full coverage", "follow our live coverage", "follow our coverage", "jetzt abonnieren",
	"jetzt registrieren", "abonnez-vous", "suscríbete", "assine já", "abbonati",
}

// chromePrefixIndex and chromeSentenceIndex hold chromePrefixes and
// chromeSentencePrefixes by their first byte, built once and only read.
var (
	chromePrefixIndex   = byFirstByte(chromePrefixes)
	chromeSentenceIndex = byFirstByte(chromeSentencePrefixes)
)

func byFirstByte(list []string) [256][]string {
	var idx [256][]string
	for _, p := range list {
		idx[p[0]] = append(idx[p[0]], p)
	}
	return idx
}

// chromeContains are promo phrases that make a line of up to 16 words
// chrome wherever they stand in it. They are specific enough never to occur
// in a news sentence.
var chromeContains = []string{
	"sign up for our", "subscribe to our", "follow us on", "download our app", "get our app", "click here",
	"log in to post", "log in to comment", "to post a comment", "enable javascript",
	"javascript is disabled", "your ad blocker", "disable your ad", "whitelist our site",
	"in your inbox", "delivered to your inbox", "straight to your inbox", "to your inbox",
	"this content is not available", "this video is not available", "image not available",
	"loading comments", "view all posts", "more articles by", "more stories by", "see all stories",
	"recommended for you", "you may also like", "you might also like", "sponsored content",
	"promoted content", "trust principles", "send us a news tip", "got a news tip",
	"our newsletter", "our newsletters", "free newsletter", "daily newsletter", "weekly newsletter",
	"min read", "minute read", "minutes read", "reading time",
}

// chromeContainsLabel are phrases that make a line chrome only when the
// line is a label rather than a sentence (it does not end like one), since
// news sentences use them too. "rss" counts only as a word of its own, not
// inside a name ("Larsson", "Pettersson").
var chromeContainsLabel = []string{
	"newsletter", "subscribe", "subscription", "sign up", "sign in", "log in", "download the app",
	"get the app", "privacy policy", "terms of use", "terms of service", "cookie", "click here",
	"tap here", "comments", "share this", "most popular", "most read", "trending", "latest news",
	"rss ", " rss", "rss-", "rss/", "podcast", "watch live", "live updates", "all rights reserved", "google news",
}

// chromeContainsSet and chromeContainsLabelSet find the phrases above in
// one pass.
var (
	chromeContainsSet      = newPhraseSet(chromeContains...)
	chromeContainsLabelSet = newPhraseSet(chromeContainsLabel...)
)

// listStarts and listEnds describe the headings of lists of other stories:
// "LATEST WORLD STORIES", "More from Business", "Top headlines".
var (
	listStarts = []string{
		"latest", "more", "top", "related", "recommended", "trending", "popular", "most", "other",
		"recent", "featured", "editor", "editors", "also", "further", "similar", "you may", "you might",
		"don't miss", "around", "elsewhere", "today's", "todays", "our", "best", "breaking", "hot",
		"what to", "read", "see", "explore", "must",
	}
	listEnds = []string{
		"stories", "story", "news", "articles", "article", "headlines", "posts", "reads", "read", "videos",
		"links", "coverage", "content", "picks", "topics", "updates", "reading", "from us", "for you",
		"like", "in", "on", "viewed", "shared", "popular", "emailed", "commented", "now", "next", "today",
		"this week", "stories:",
	}
)

// isChromeLine reports whether a block's text is page chrome by the
// lexicon: a known label, or a short line with a known promo phrase.
func isChromeLine(s string) bool {
	return isChromeText(s, endsLikeSentence(s))
}

// isChromeText is isChromeLine for a line whose shape is known: sentence
// tells whether it ends like a sentence.
func isChromeText(s string, sentence bool) bool {
	if len(s) > 200 {
		return false // longer than any chrome line the lexicon knows
	}
	return isChromeKey(s, chromeKey(s), sentence)
}

// isChromeKey is isChromeText of a line s of up to 200 bytes whose
// chromeKey is key.
func isChromeKey(s, key string, sentence bool) bool {
	return isChromeKeyBy(s, key, sentence, true)
}

// isChromeKeyBy is isChromeKey, with the label phrases (chromeContainsLabel)
// asked only when labels is set.
func isChromeKeyBy(s, key string, sentence, labels bool) bool {
	if key == "" {
		return false
	}
	if chromeExact[key] || chromeIntl[key] || listHeadingsIntl[key] {
		return true
	}
	n := wordCountUpTo(key, 21) // no test below asks beyond 20
	if n <= 14 {
		if !sentence {
			for _, p := range chromePrefixIndex[key[0]] {
				if strings.HasPrefix(key, p) || len(p) == len(key)+1 && p[len(key)] == ' ' && strings.HasPrefix(p, key) {
					return true
				}
			}
		}
		for _, p := range chromeSentenceIndex[key[0]] {
			if strings.HasPrefix(key, p) {
				return true
			}
		}
	}
	if n <= 16 {
		if chromeContainsSet.in(key) || labels && !sentence && chromeContainsLabelSet.in(key) {
			return true
		}
	}
	if isListHeadingKeyN(key, n) {
		return true
	}
	if n <= 20 && isEmbedLeadIn(s, key) {
		return true
	}
	return isGalleryCounter(key) || isInlineChrome(s, key, sentence)
}

// chromeLabelOnly returns the label phrase (chromeContainsLabel) that
// alone makes a line of up to 200 bytes, with chromeKey key, chrome by the
// lexicon, or "" when none does or another test of the lexicon does too.
func chromeLabelOnly(s, key string, sentence bool) string {
	if sentence || len(s) > 200 || wordCountUpTo(key, 17) > 16 || isChromeKeyBy(s, key, sentence, false) {
		return ""
	}
	for _, p := range chromeContainsLabel {
		if strings.Contains(key, p) {
			return p
		}
	}
	return ""
}

// isEmbedLeadIn reports whether s (with key its chromeKey) introduces a
// video that the page embeds after it: a line that ends with a colon and
// asks to watch ("For more on the plan, watch this video:", "Watch:").
func isEmbedLeadIn(s, key string) bool {
	if !strings.HasSuffix(strings.TrimSpace(s), ":") {
		return false
	}
	return strings.HasPrefix(key, "watch ") || strings.Contains(key, " watch this ") || strings.Contains(key, " watch the ") ||
		strings.HasSuffix(key, " video")
}

// listPrefixes open list headings whatever follows: "Most Read from
// Bloomberg", "More from The Times".
var listPrefixes = []string{"most read ", "most popular ", "most viewed ", "most shared ", "more from ", "latest from ",
	"more in ", "more on ", "more about ", "latest in ", "top stories ", "also on ", "recommended from ",
	"самые популярные ", "lo más leído ", "les plus lus ", "i più letti "}

// isListHeading reports whether s heads a list of other stories: "RELATED
// STORIES", "LATEST WORLD STORIES", "More from Business", "Most Popular".
func isListHeading(s string) bool {
	return isListHeadingKey(chromeKey(s))
}

// isListHeadingKey is isListHeading of a line whose chromeKey is key.
func isListHeadingKey(key string) bool {
	return isListHeadingKeyN(key, wordCountUpTo(key, 8))
}

// isListHeadingKeyN is isListHeadingKey of a key of n words, or of more
// than 7 words when n is over 7.
func isListHeadingKeyN(key string, n int) bool {
	if n == 0 || n > 7 || strings.ContainsAny(key, ".?!") {
		return false
	}
	if listHeadingsIntl[key] {
		return true
	}
	for _, p := range listPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	switch key {
	case "related", "related stories", "related articles", "related news", "related coverage",
		"related content", "related links", "related posts", "related reading", "more on", "more from",
		"more in", "see also", "also read", "read also", "read next", "up next", "most popular",
		"most read", "most viewed", "most shared", "most emailed", "trending", "trending now",
		"recommended", "recommended for you", "you may also like", "you might also like", "top stories",
		"latest", "latest news", "latest stories", "breaking news", "editor's picks", "more stories",
		"more news", "more headlines", "in other news", "don't miss", "what to read next",
		"popular", "featured", "around the web", "from the web", "we recommend", "more videos", "read more",
		"tags", "topics", "related topics", "filed under", "categories", "keywords", "see more", "more stories like this":
		return true
	}
	start := false
	for _, p := range listStarts {
		if len(key) > len(p) && (key[len(p)] == ' ' || key[len(p)] == '\'') && strings.HasPrefix(key, p) {
			start = true
			break
		}
	}
	if !start {
		return false
	}
	if strings.HasPrefix(key, "more from ") || strings.HasPrefix(key, "more in ") || strings.HasPrefix(key, "more on ") ||
		strings.HasPrefix(key, "more about ") || strings.HasPrefix(key, "latest from ") || strings.HasPrefix(key, "latest in ") {
		return true
	}
	for _, e := range listEnds {
		if len(key) > len(e) && strings.HasSuffix(key, e) && key[len(key)-len(e)-1] == ' ' {
			return true
		}
	}
	return false
}

// isGalleryCounter reports whether key is a gallery or pager label: "image 1
// of 5", "1 of 12", "page 2".
func isGalleryCounter(key string) bool {
	if !hasDigit(key) {
		return false // every counter has a number
	}
	f := strings.Fields(strings.ReplaceAll(key, " / ", " of "))
	switch {
	case len(f) == 3 && isNumber(f[0]) && f[1] == "of" && isNumber(f[2]):
		return true
	case len(f) == 4 && isNumber(f[1]) && f[2] == "of" && isNumber(f[3]):
		switch f[0] {
		case "image", "photo", "picture", "slide", "page", "item":
			return true
		}
	case len(f) == 2 && f[0] == "page" && isNumber(f[1]):
		return true
	case len(f) == 2 && isNumber(f[0]) && (f[1] == "comments" || f[1] == "comment" || f[1] == "shares" || f[1] == "photos" || f[1] == "images"):
		return true
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// wordCount returns the number of space-separated words in s, counting runs
// of CJK characters, which have no spaces, as one word per two characters.
func wordCount(s string) int {
	return wordCountUpTo(s, math.MaxInt)
}

// wordCountUpTo returns wordCount(s), or max when s has more words: it
// stops counting there.
func wordCountUpTo(s string, max int) int {
	n := 0
	in := false
	cjk := 0
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' {
			in = false
			continue
		}
		if isCJK(r) {
			cjk++
			in = false
		} else if !in {
			n++
			in = true
		} else {
			continue
		}
		if n+(cjk+1)/2 >= max {
			return max
		}
	}
	return n + (cjk+1)/2
}

// isCJK reports whether r is a Chinese, Japanese, Korean or Thai
// character: scripts written without spaces between words.
func isCJK(r rune) bool {
	// Below Thai, and between Thai and the Hangul jamo and between those
	// and the CJK radicals (Latin, punctuation, symbols) there are none.
	if r < 0x0e00 || r >= 0x0e80 && r < 0x1100 || r >= 0x1200 && r < 0x2e80 {
		return false
	}
	return isCJKScript(r)
}

// isCJKScript is isCJK by the Unicode tables alone.
func isCJKScript(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Thai, r)
}

// A phraseSet tells whether a text holds any of a list of phrases, in one
// pass over the text rather than one search for each phrase: the phrases
// are kept by their first byte, and a bit for each pair of bytes a phrase
// opens with lets most places of the text be passed over at a glance. It is
// built once and only read.
type phraseSet struct {
	byFirst [256][]string
	// pairs has the bit b0<<8|b1 set when a phrase opens with the bytes
	// b0, b1, or is b0 alone.
	pairs  [1 << 16 / 64]uint64
	single [256]bool // one-byte phrases
	empty  bool      // an empty phrase, which every text holds
	// foldFirst and foldPairs are byFirst and pairs for texts read with
	// their ASCII letters in either case (inLower): each phrase is kept
	// under its first byte in both cases too.
	foldFirst [256][]string
	foldPairs [1 << 16 / 64]uint64
}

func newPhraseSet(phrases ...string) *phraseSet {
	ps := &phraseSet{}
	for _, p := range phrases {
		if p == "" {
			ps.empty = true
			continue
		}
		ps.byFirst[p[0]] = append(ps.byFirst[p[0]], p)
		for _, c0 := range caseBytes(p[0]) {
			ps.foldFirst[c0] = append(ps.foldFirst[c0], p)
			if len(p) == 1 {
				for b := range 256 {
					k := int(c0)<<8 | b
					ps.foldPairs[k>>6] |= 1 << (k & 63)
				}
				continue
			}
			for _, c1 := range caseBytes(p[1]) {
				k := int(c0)<<8 | int(c1)
				ps.foldPairs[k>>6] |= 1 << (k & 63)
			}
		}
		if len(p) == 1 {
			ps.single[p[0]] = true
			for b := range 256 {
				k := int(p[0])<<8 | b
				ps.pairs[k>>6] |= 1 << (k & 63)
			}
			continue
		}
		k := int(p[0])<<8 | int(p[1])
		ps.pairs[k>>6] |= 1 << (k & 63)
	}
	return ps
}

// in reports whether s holds one of the phrases, as strings.Contains would
// find it.
func (ps *phraseSet) in(s string) bool {
	if ps.empty {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		if k := int(s[i])<<8 | int(s[i+1]); ps.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		rest := s[i:]
		for _, p := range ps.byFirst[s[i]] {
			if len(rest) >= len(p) && rest[:len(p)] == p {
				return true
			}
		}
	}
	// The last byte, which opens no pair.
	return len(s) > 0 && ps.single[s[len(s)-1]]
}

// inLower reports whether strings.ToLower(s) holds one of the phrases. A
// text whose only letters with a lower case are ASCII's is read as it
// stands, its ASCII upper case folded as it is read; another is lowered
// first.
func (ps *phraseSet) inLower(s string) bool {
	if !lowersAsASCII(s) {
		return ps.in(strings.ToLower(s))
	}
	if ps.empty {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		if k := int(s[i])<<8 | int(s[i+1]); ps.foldPairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, p := range ps.foldFirst[s[i]] {
			if len(s)-i >= len(p) && equalLowerASCII(s[i:i+len(p)], p) {
				return true
			}
		}
	}
	return len(s) > 0 && ps.single[lowerByte(s[len(s)-1])]
}

// caseBytes returns c, and its upper case when c is an ASCII lower-case
// letter.
func caseBytes(c byte) []byte {
	if 'a' <= c && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	return []byte{c}
}

// A phraseGroup is up to eight phrase sets read in one pass: lowerMask
// tells which of them strings.ToLower(s) holds a phrase of, as inLower of
// each would.
type phraseGroup struct {
	all    *phraseSet       // the phrases of every set
	maskOf map[string]uint8 // the sets each phrase is in, a bit a set
	full   uint8            // a bit for every set
}

func newPhraseGroup(sets ...[]string) *phraseGroup {
	g := &phraseGroup{maskOf: make(map[string]uint8)}
	var all []string
	for k, set := range sets {
		g.full |= 1 << k
		for _, p := range set {
			if g.maskOf[p] == 0 {
				all = append(all, p)
			}
			g.maskOf[p] |= 1 << k
		}
	}
	g.all = newPhraseSet(all...)
	return g
}

// lowerMask returns a bit for each set of which strings.ToLower(s) holds
// a phrase, bit k for the k-th set.
func (g *phraseGroup) lowerMask(s string) uint8 {
	if !lowersAsASCII(s) {
		// Lowered, s has no ASCII upper case left to fold.
		s = strings.ToLower(s)
	}
	ps := g.all
	mask := g.maskOf[""]
	for i := 0; i+1 < len(s) && mask != g.full; i++ {
		if k := int(s[i])<<8 | int(s[i+1]); ps.foldPairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, p := range ps.foldFirst[s[i]] {
			if len(s)-i >= len(p) && equalLowerASCII(s[i:i+len(p)], p) {
				mask |= g.maskOf[p]
			}
		}
	}
	if len(s) > 0 && ps.single[lowerByte(s[len(s)-1])] {
		mask |= g.maskOf[string(lowerByte(s[len(s)-1]))]
	}
	return mask
}

// lowerByte lowers an ASCII upper-case letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalLowerASCII reports whether s, its ASCII letters lowered, is p.
func equalLowerASCII(s, p string) bool {
	for j := 0; j < len(p); j++ {
		if lowerByte(s[j]) != p[j] {
			return false
		}
	}
	return true
}

// lowersAsASCII reports whether strings.ToLower(s) lowers s's ASCII
// letters only: s is valid UTF-8 and its other characters have no lower
// case of their own.
func lowersAsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x2000 && r < 0x2070 {
			// General punctuation (dashes, quotation marks), caseless.
			i += n - 1
			continue
		}
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n - 1
	}
	return true
}
