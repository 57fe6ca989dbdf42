package wirestory

import (
	"math"
	"strings"
)

// This file tells a story from the other pages a crawl meets: a product's
// page, a shop's or service's landing page, a list of links, a forum
// thread, a piece of documentation. Each has a body of sorts, and the body
// rules alone would dress it up as a story. A learned scorer weighs what
// the page declares (og:type, JSON-LD types) and what its body looks like
// (length, paragraphs, links, a date, a byline, comments); pages it finds
// unlikely to be stories give ErrNoArticle. Only HTML pages are judged:
// a text dump declares nothing. The weights are learned by TestTrainBody
// (train_test.go) and written to bodyweights.go.

// Features of a page for the story scorer.
const (
	kBias         = iota
	kOGArticle    // og:type is article
	kOGWebsite    // og:type is website
	kOGProduct    // og:type names a product
	kLDArticle    // JSON-LD declares an article type
	kLDProduct    // JSON-LD declares a product or offer
	kLDForum      // JSON-LD declares a forum post, question or Q&A page
	kLDList       // JSON-LD declares an item list or collection page
	kLDOther      // JSON-LD declares only other types
	kLogWords     // log(1+words of the body)
	kLogParas     // log(1+paragraphs)
	kBodyShare    // the body's share of the page's words
	kParaWords    // log(1+mean words of a paragraph)
	kProseShare   // share of the paragraphs that are prose
	kPublished    // a publication date is known
	kByline       // a byline is known
	kDateline     // the story opens with a dateline
	kMetaHeadline // the metadata names a headline
	kLinkShare    // share of the page's text inside links
	kItemShare    // share of the body's blocks that are list items
	kHeadings     // headings in the body over paragraphs
	kComments     // log(1+comment headers on the page)
	kURLDate      // the page's address holds a date
	kBodyProb     // mean body probability of the body's blocks
	kPrices       // log(1+prices in the body)
	kURLDocs      // the address's path reads as documentation: /docs/, /api/, /help/
	kURLShop      // as a shop: /product/, /shop/, /store/
	kURLForum     // as a forum: /forum/, /thread/, /questions/
	kURLList      // as a list: /category/, /tag/, /search
	kURLNews      // as a story: /news/, /article/, /story/, /blog/
	numKindFeatures
)

// A kindModel is the weights of the story scorer.
type kindModel [numKindFeatures]float64

// kindFeatures returns the features of an HTML page read into a.
func kindFeatures(pg *page, a *Article, ss []slot, start, end int) [numKindFeatures]float64 {
	var f [numKindFeatures]float64
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	m := &pg.meta
	f[kBias] = 1
	f[kOGArticle] = b2f(m.ogType == "article" || strings.HasPrefix(m.ogType, "article"))
	f[kOGWebsite] = b2f(m.ogType == "website")
	f[kOGProduct] = b2f(strings.Contains(m.ogType, "product") || strings.Contains(m.ogType, "item"))
	other := false
	for _, t := range m.ldTypes {
		switch {
		case articleTypes[t]:
			f[kLDArticle] = 1
		case t == "product" || t == "offer" || t == "aggregateoffer" || t == "productgroup":
			f[kLDProduct] = 1
		case t == "discussionforumposting" || t == "qapage" || t == "question" || t == "answer":
			f[kLDForum] = 1
		case t == "itemlist" || t == "collectionpage" || t == "searchresultspage" || t == "offercatalog":
			f[kLDList] = 1
		case t != "webpage" && t != "website" && t != "organization" && t != "breadcrumblist" && t != "listitem" &&
			t != "person" && t != "imageobject" && t != "searchaction" && t != "readaction" && t != "entrypoint":
			other = true
		}
	}
	f[kLDOther] = b2f(other && f[kLDArticle] == 0)
	words, all, links, bytes, items, heads, prose, paras, prices := 0, 0, 0, 0, 0, 0, 0, 0, 0
	probs := 0.0
	for i := range ss {
		s := &ss[i]
		if s.role == roleJunk {
			continue
		}
		all += s.f.words
		links += s.linkLen
		bytes += len(s.text)
	}
	for i := max(start, 0); i <= end && i < len(ss); i++ {
		s := &ss[i]
		if s.role != roleBody && s.role != roleSubhead {
			continue
		}
		words += s.f.words
		paras++
		probs += float64(s.prob)
		if s.f.prose {
			prose++
		}
		if s.kind == kindItem {
			items++
		}
		if s.kind == kindHeading || s.role == roleSubhead {
			heads++
		}
		prices += strings.Count(s.text, "$") + strings.Count(s.text, "€") + strings.Count(s.text, "£")
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	f[kLogWords] = math.Log1p(float64(words)) / 6
	f[kLogParas] = math.Log1p(float64(paras)) / 3
	f[kBodyShare] = ratio(words, all)
	f[kParaWords] = math.Log1p(ratio(words, paras)) / 4
	f[kProseShare] = ratio(prose, paras)
	f[kPublished] = b2f(!a.Published.IsZero())
	f[kByline] = b2f(len(a.Byline) > 0)
	f[kDateline] = b2f(a.Dateline.Text != "")
	f[kMetaHeadline] = b2f(m.headline != "")
	f[kLinkShare] = ratio(links, bytes)
	f[kItemShare] = ratio(items, paras)
	f[kHeadings] = ratio(heads, paras)
	comments := 0
	for i := range ss {
		if isCommentHeader(ss, i) {
			comments++
		}
	}
	f[kComments] = math.Log1p(float64(comments)) / 3
	f[kURLDate] = b2f(urlHasDate(a.URL))
	f[kBodyProb] = ratio(0, 1)
	if paras > 0 {
		f[kBodyProb] = probs / float64(paras)
	}
	f[kPrices] = math.Log1p(float64(prices)) / 3
	path := urlPath(a.URL)
	for k, words := range urlKinds {
		for _, w := range words {
			if strings.Contains(path, w) {
				f[k] = 1
				break
			}
		}
	}
	return f
}

// urlKinds are the path segments that say what kind of page an address
// leads to, by the feature they set: conventions of web software, not of
// one site.
var urlKinds = map[int][]string{
	kURLDocs:  {"/docs/", "/doc/", "/documentation/", "/api/", "/reference/", "/manual/", "/help/", "/guide/", "/guides/", "/wiki/"},
	kURLShop:  {"/product/", "/products/", "/shop/", "/store/", "/item/", "/dp/", "/buy/", "/cart"},
	kURLForum: {"/forum/", "/forums/", "/thread/", "/threads/", "/topic/", "/questions/", "/community/", "/t/"},
	kURLList:  {"/category/", "/categories/", "/tag/", "/tags/", "/topics/", "/search", "/archive/", "/collections/"},
	kURLNews:  {"/news/", "/article/", "/articles/", "/story/", "/stories/", "/blog/", "/politics/", "/world/"},
}

// urlPath returns the lower-cased path of an address, with a slash at its
// end, or "".
func urlPath(u string) string {
	i := strings.Index(u, "://")
	if i < 0 {
		return ""
	}
	rest := u[i+3:]
	j := strings.IndexByte(rest, '/')
	if j < 0 {
		return "/"
	}
	path := rest[j:]
	if k := strings.IndexAny(path, "?#"); k >= 0 {
		path = path[:k]
	}
	return strings.ToLower(path) + "/"
}

// urlHasDate reports whether an address holds a date in its path:
// "/2024/03/05/", "-20240305-", "/2024-03-05/".
func urlHasDate(u string) bool {
	_, ok := dateInURL(u)
	return ok
}

// storyLikelihood returns the scorer's log-odds that an HTML page read into
// a is a story.
func (m *kindModel) storyLikelihood(pg *page, a *Article, ss []slot, start, end int) float64 {
	f := kindFeatures(pg, a, ss, start, end)
	z := 0.0
	for k, x := range f {
		z += m[k] * x
	}
	return z
}
