// Package wirestory turns one scraped news page that carries wire-agency
// copy (AP, Reuters, AFP, Kyodo, Jiji, Xinhua, Bloomberg, dpa, Yonhap, PTI
// ...) into a clean, structured story.
//
// A page is either HTML or the plain text a scraper dumped, one visible
// block per line; [Parse] tells them apart and returns an [*Article], or
// [ErrNoArticle] for a page that carries no story:
//
//	a, err := wirestory.Parse(r)
//	if errors.Is(err, wirestory.ErrNoArticle) {
//		return nil // not a story page: skip it
//	}
//	if err != nil {
//		return err
//	}
//	fmt.Println(a.Headline, a.Credit, a.Dateline.Text)
//	for _, p := range a.Paragraphs {
//		fmt.Println(p)
//	}
//
// [ParsePage] takes what the caller knows about the page besides its
// bytes, in a [PageInfo]: the URL it came from and the Content-Type it was
// served with. An Article marshals to JSON in its own shape, and
// [Article.MarshalNINJS] writes it as an IPTC ninjs 3.1 news item.
//
// Parse finds the section label, headline, byline (people only), the credit
// as printed and the agencies it names, the dateline at the head of the
// first paragraph, the body paragraphs in order, and the tail lines that
// close a wire story ("(Reporting by ...; Editing by ...)", copyright
// notices). It drops the site's chrome wherever it stands, inside the body
// too: navigation, "Related stories" boxes, teaser lists, promos, share
// bars, captions, readers' comments. When in doubt it keeps a line: losing a
// paragraph is worse than keeping a stray label.
//
// Rules classify a page's blocks (lines of a text page, block elements of
// an HTML page); scorers learned from real pages in many languages then
// choose the story's body among them, the headline of a text page, and
// whether an HTML page is a story at all: a product page, a list of links,
// a forum thread or a shop's landing page gives [ErrNoArticle]. The
// scorers' weights are fixed in the package; Parse learns nothing as it
// runs, and the same page always gives the same Article.
//
// Parse reads HTML in the encoding its byte-order mark, the page's
// Content-Type or its <meta> tag declares; plain text is read as UTF-8
// unless the Content-Type names another charset; a text page that is
// mojibake of a browser that read UTF-8 as GBK, Shift-JIS, EUC-KR or
// Windows-1251 ("棣栭〉" for "首页") is repaired line by line, when enough
// of its lines give back plausible text (Clean does not do this: it needs
// the whole page to be sure). It does no network or
// file I/O of its own: callers pass an [io.Reader]. A [Parser] sets limits
// and a default Content-Type; its zero value is ready to use and it may be
// shared by goroutines.
//
// # Limits and broken input
//
// Parse is made for crawls of millions of pages, many of them broken, huge
// or hostile. On any input it returns an Article or an error, without
// panicking, in time and memory linear in the input's length:
//   - input longer than [Parser.MaxSize] ([DefaultMaxSize], 16 MiB, unless
//     set) gives [ErrTooLarge] after reading MaxSize+1 bytes; Parse holds
//     the whole input in memory;
//   - empty input, binary input (a known magic number such as PNG's or
//     gzip's, or NUL bytes or many control characters in the first 4 KiB),
//     pages with no run of prose (script-only pages, lists of links) and
//     HTML pages that read as another kind of page give [ErrNoArticle]; a
//     page whose story only a script would show is read again with its
//     hidden elements, then from its JSON-LD articleBody, then, when it
//     declares itself an article, from HTML in a string of its scripts;
//   - a reader's error is returned wrapped: [errors.Is] finds it;
//   - bytes that are not UTF-8 are read as Windows-1252, in text pages and
//     in HTML pages that declare UTF-8; a valid UTF-8 page is read as UTF-8
//     whatever its <meta> tag declares, but a charset in the Content-Type
//     ([PageInfo.ContentType], or else [Parser.ContentType]) is obeyed as
//     given, in HTML and text pages alike;
//   - a nil [io.Reader] is an error;
//   - HTML is read as a browser would read it where that matters: an
//     unclosed tag ends where its parent does, and an unclosed comment or
//     <script> hides the rest of the page;
//   - fields too long to be what they hold (metadata may hold anything)
//     are cut or dropped: a headline over 400 characters is cut at a
//     word; a byline name over 100 characters, a credit, section or site
//     name over 200, a URL over 4096 and a language tag over 35 are
//     dropped; metadata names at most 32 authors, and at most 4 MiB of
//     JSON-LD is read (1 MiB a script);
//   - elements nested more than 1024 levels deep are read as children of
//     the 1024th: their text is kept, their markup ignored;
//   - Parse reads the first 262,144 blocks of a page (lines of a text
//     page, paragraphs and other block elements of an HTML page) and
//     ignores the rest: real pages have a few thousand, and a page of
//     millions of one-character lines would otherwise cost gigabytes. On
//     an HTML page it also stops after 1,048,576 elements that hold text
//     or hold elements that do; empty elements ("<p><p><p>") cost
//     nothing.
//
// Parse, Clean and ParseDateline keep no state between calls and are safe
// to call from many goroutines at once.
//
// # Clean
//
// [Clean] is the text normalization Parse applies to every field (to the
// text of an HTML page without decoding character references again: the
// HTML parser has decoded them once, as a browser does). It changes:
//   - Unicode to NFC;
//   - HTML character references with a semicolon ("&amp;", "&#8217;",
//     "&amp;amp;") to the characters they stand for;
//   - UTF-8 that was read as Windows-1252 ("â€™", "Ã©") back to what was
//     meant ("’", "é"), where the repair is unambiguous;
//   - bytes that are not UTF-8 to the Windows-1252 characters they most
//     likely were;
//   - zero-width characters, soft hyphens, byte-order marks and control
//     characters other than newline: removed;
//   - non-breaking and other Unicode spaces and tabs to a plain space, and
//     fullwidth ASCII ("ＡＢＣ１２３") to ASCII in text that has no Chinese,
//     Japanese or Korean characters;
//   - runs of spaces to one space, each line trimmed, CRLF and CR to LF, and
//     more than one blank line to one.
//
// It leaves alone: case, wording and spelling (it never corrects a word),
// typography such as curly quotes, dashes and ellipses, accents, scripts
// other than Latin, the fullwidth punctuation and digits of Chinese and
// Japanese text ("１２日，（共同）"), bidirectional marks, and text that
// merely looks like mojibake. Clean is idempotent.
//
// # Datelines
//
// [ParseDateline] reads the dateline at the head of a paragraph:
// "KABUL, Afghanistan (AP) —", "BEIJING, Jan 8 (Reuters) -", "TOKYO (Kyodo)
// --", "NEW DELHI:". Parse uses it on the first paragraph and keeps what it
// finds in [Article.Dateline].
package wirestory
