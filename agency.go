package wirestory

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An agencyDef is one row of the agency table: an agency and the ways its
// name is written in credits, datelines and tails.
type agencyDef struct {
	code, name string
	// cased are spellings matched with their case as given: codes such as
	// "AP" or "dpa" that are ordinary words or abbreviations in another
	// case.
	cased []string
	// folded are spellings matched in any case: full names and codes that
	// are no English word ("Reuters", "Kyodo").
	folded []string
	// weak are spellings that are also common abbreviations ("PA" is
	// Pennsylvania, "AA" a rating): they count only where nothing but an
	// agency can stand, inside a dateline's parentheses or in a credit line
	// made of agency names alone.
	weak []string
	// cjk are names in Chinese or Japanese characters ("新华社"). Those
	// scripts put no space between words, so they are matched anywhere in
	// a run of text, not as whole words.
	cjk []string
	// picture is set for agencies that supply pictures, not text: named
	// beside a text agency ("(EFE-EPA)"), they did not write the story.
	picture bool
}

// agencies is the agency table. A new agency is one row. Codes follow the
// agencies' own usage.
var agencies = []agencyDef{
	{code: "AP", name: "The Associated Press", cased: []string{"AP", "A.P."}, folded: []string{"Associated Press", "AP News"}, cjk: []string{"美联社", "美聯社"}},
	{code: "Reuters", name: "Reuters", folded: []string{"Reuters", "Thomson Reuters", "Reuter"}, cjk: []string{"路透社"}},
	{code: "AFP", name: "Agence France-Presse", cased: []string{"AFP"}, folded: []string{"Agence France-Presse", "Agence France Presse"}, cjk: []string{"法新社"}},
	{code: "Xinhua", name: "Xinhua News Agency", folded: []string{"Xinhua", "Xinhuanet", "Xinhua News Agency", "Xinhaunet"}, cjk: []string{"新华社", "新華社", "新华网", "新華網"}},
	{code: "Yonhap", name: "Yonhap News Agency", folded: []string{"Yonhap", "연합뉴스"}, cjk: []string{"韩联社", "韓聯社"}},
	{code: "Kyodo", name: "Kyodo News", folded: []string{"Kyodo", "Kyodo News"}, cjk: []string{"共同通信", "共同社"}},
	{code: "Jiji", name: "Jiji Press", folded: []string{"Jiji", "Jiji Press"}, cjk: []string{"時事通信", "时事社"}},
	{code: "Bernama", name: "Malaysian National News Agency", folded: []string{"Bernama", "Pertubuhan Berita Nasional Malaysia", "Malaysian National News Agency"}},
	{code: "PTI", name: "Press Trust of India", cased: []string{"PTI"}, folded: []string{"Press Trust of India"}},
	{code: "IANS", name: "Indo-Asian News Service", cased: []string{"IANS"}, folded: []string{"Indo-Asian News Service"}},
	{code: "ANI", name: "Asian News International", cased: []string{"ANI"}, folded: []string{"Asian News International"}},
	{code: "UPI", name: "United Press International", cased: []string{"UPI"}, folded: []string{"United Press International", "UPI.com"}},
	{code: "Bloomberg", name: "Bloomberg News", folded: []string{"Bloomberg", "Bloomberg News"}, cjk: []string{"彭博社"}},
	{code: "CNA", name: "Central News Agency", folded: []string{"Central News Agency", "Focus Taiwan"}, weak: []string{"CNA"}},
	{code: "CP", name: "The Canadian Press", folded: []string{"Canadian Press", "La Presse Canadienne"}, weak: []string{"CP"}},
	{code: "dpa", name: "Deutsche Presse-Agentur", cased: []string{"dpa", "DPA"}, folded: []string{"Deutsche Presse-Agentur", "dpa-tns"}, cjk: []string{"德新社"}},
	{code: "ANSA", name: "Agenzia Nazionale Stampa Associata", cased: []string{"ANSA"}, folded: []string{"Agenzia Nazionale Stampa Associata"}},
	{code: "askanews", name: "askanews", folded: []string{"askanews"}},
	{code: "Agenzia Nova", name: "Agenzia Nova", folded: []string{"Agenzia Nova"}},
	{code: "Adnkronos", name: "Adnkronos", folded: []string{"Adnkronos"}},
	{code: "EFE", name: "Agencia EFE", cased: []string{"EFE"}, folded: []string{"Agencia EFE"}},
	{code: "TASS", name: "TASS Russian News Agency", cased: []string{"TASS", "Tass"}, folded: []string{"ITAR-TASS"}},
	{code: "Interfax", name: "Interfax", folded: []string{"Interfax"}},
	{code: "IRNA", name: "Islamic Republic News Agency", cased: []string{"IRNA"}, folded: []string{"Islamic Republic News Agency"}},
	{code: "MNA", name: "Mehr News Agency", folded: []string{"Mehr News Agency"}, weak: []string{"MNA"}},
	{code: "Antara", name: "Antara News Agency", folded: []string{"Antara News"}, weak: []string{"Antara"}},
	{code: "AAP", name: "Australian Associated Press", cased: []string{"AAP"}, folded: []string{"Australian Associated Press"}},
	{code: "Anadolu", name: "Anadolu Agency", folded: []string{"Anadolu Agency", "Anadolu Ajansi", "Anadolu Ajansı", "Anadolu"}, weak: []string{"AA"}},
	{code: "PA", name: "PA Media", folded: []string{"PA Media", "Press Association"}, weak: []string{"PA"}},
	{code: "NNN", name: "Non-Aligned News Network", folded: []string{"Non-Aligned News Network"}, weak: []string{"NNN"}},
	{code: "IRIN", name: "IRIN", weak: []string{"IRIN"}},
	{code: "PID", name: "Press Information Department", folded: []string{"Press Information Department"}, weak: []string{"PID"}},
	{code: "SADA", name: "SADA", weak: []string{"SADA"}},
	{code: "VNA", name: "Vietnam News Agency", folded: []string{"Vietnam News Agency"}, weak: []string{"VNA"}},
	{code: "AGI", name: "Agenzia Giornalistica Italia", folded: []string{"Agenzia Giornalistica Italia"}, weak: []string{"AGI"}},
	{code: "Dow Jones", name: "Dow Jones Newswires", folded: []string{"Dow Jones", "DowJones", "Dow Jones Newswires", "DowJonesAP"}},
	{code: "AFX", name: "AFX News", cased: []string{"AFX"}, folded: []string{"AFX News"}},
	{code: "TCA", name: "Tribune Content Agency", cased: []string{"TCA", "tca"}, folded: []string{"Tribune Content Agency", "Tribune News Service"}},
	{code: "KRT", name: "Knight Ridder/Tribune News Service", cased: []string{"KRT"}, folded: []string{"Knight Ridder"}},
	{code: "Canwest News Service", name: "Canwest News Service", folded: []string{"Canwest News Service", "Canwest"}},
	{code: "The Sports Network", name: "The Sports Network", folded: []string{"The Sports Network", "Sports Network"}},
	{code: "The Ticker", name: "The Ticker", weak: []string{"Ticker"}},
	{code: "CBS MarketWatch", name: "CBS MarketWatch", folded: []string{"CBS MarketWatch", "CBS.MW"}},
	{code: "CNS", name: "Catholic News Service", folded: []string{"Catholic News Service"}, weak: []string{"CNS"}},
	{code: "U-WIRE", name: "U-WIRE", folded: []string{"U-WIRE"}},
	{code: "IDG News Service", name: "IDG News Service", folded: []string{"IDG News Service"}},
	{code: "Business Wire", name: "Business Wire", folded: []string{"Business Wire"}},
	{code: "BusinessDesk", name: "BusinessDesk", folded: []string{"BusinessDesk"}},
	{code: "Gracenote", name: "Gracenote Sports", folded: []string{"Gracenote"}},
	{code: "Opta", name: "Opta Sports", folded: []string{"Opta"}},
	{code: "CNN", name: "CNN", cased: []string{"CNN"}},
	{code: "Getty Images", name: "Getty Images", folded: []string{"Getty Images", "Getty"}, picture: true},
	{code: "WireImage", name: "WireImage", folded: []string{"WireImage"}, picture: true},
	{code: "WENN", name: "WENN", folded: []string{"WENN"}},
	{code: "USA Today Sports", name: "USA Today Sports Images", folded: []string{"USA Today Sports", "USA Today Sports Images", "Imagn Images"}, picture: true},
	{code: "PR Newswire", name: "PR Newswire", folded: []string{"PR Newswire", "PRNewswire"}},
	{code: "Globe Newswire", name: "Globe Newswire", folded: []string{"Globe Newswire", "GlobeNewswire"}},
	{code: "EPA", name: "European Pressphoto Agency", cased: []string{"EPA", "EPA-EFE"}, picture: true},
	{code: "ABC", name: "Australian Broadcasting Corporation", weak: []string{"ABC"}},
	{code: "NHK", name: "NHK", cased: []string{"NHK"}},
	{code: "China News Service", name: "China News Service", folded: []string{"China News Service"}},
	{code: "BSS", name: "Bangladesh Sangbad Sangstha", folded: []string{"Bangladesh Sangbad Sangstha"}, weak: []string{"BSS"}},
	{code: "APP", name: "Associated Press of Pakistan", folded: []string{"Associated Press of Pakistan"}, weak: []string{"APP"}},
	{code: "WAM", name: "Emirates News Agency", folded: []string{"Emirates News Agency"}, weak: []string{"WAM"}},
	{code: "SPA", name: "Saudi Press Agency", folded: []string{"Saudi Press Agency"}, weak: []string{"SPA"}},
	{code: "KUNA", name: "Kuwait News Agency", cased: []string{"KUNA"}, folded: []string{"Kuwait News Agency"}},
	{code: "MENA", name: "Middle East News Agency", cased: []string{"MENA"}, folded: []string{"Middle East News Agency"}},
	{code: "PAP", name: "Polish Press Agency", folded: []string{"Polish Press Agency", "Polska Agencja Prasowa"}, weak: []string{"PAP"}},
	{code: "CTK", name: "Czech News Agency", folded: []string{"Czech News Agency", "ČTK"}, weak: []string{"CTK"}},
	{code: "SDA", name: "Keystone-SDA", folded: []string{"Keystone-SDA", "Schweizerische Depeschenagentur", "Keystone-ATS", "Agence télégraphique suisse"}, weak: []string{"SDA"}},
	{code: "APA", name: "Austria Presse Agentur", folded: []string{"Austria Presse Agentur"}, weak: []string{"APA"}},
	{code: "Belga", name: "Belga", folded: []string{"Belga"}},
	{code: "ANP", name: "Algemeen Nederlands Persbureau", weak: []string{"ANP"}},
	{code: "NTB", name: "Norsk Telegrambyrå", weak: []string{"NTB"}},
	{code: "TT", name: "Tidningarnas Telegrambyrå", weak: []string{"TT"}},
	{code: "Ritzau", name: "Ritzau", folded: []string{"Ritzau"}},
	{code: "STT", name: "Finnish News Agency", weak: []string{"STT"}},
	{code: "Lusa", name: "Agência Lusa", folded: []string{"Lusa", "Agência Lusa"}},
	{code: "Ukrinform", name: "Ukrinform", folded: []string{"Ukrinform"}},
	{code: "RIA Novosti", name: "RIA Novosti", folded: []string{"RIA Novosti"}},
	{code: "Notimex", name: "Notimex", folded: []string{"Notimex"}},
	{code: "Télam", name: "Télam", folded: []string{"Télam", "Telam"}},
	{code: "Prensa Latina", name: "Prensa Latina", folded: []string{"Prensa Latina"}},
	{code: "Europa Press", name: "Europa Press", folded: []string{"Europa Press"}},
	{code: "KCNA", name: "Korean Central News Agency", cased: []string{"KCNA"}, folded: []string{"Korean Central News Agency"}},
	{code: "UNI", name: "United News of India", folded: []string{"United News of India"}, weak: []string{"UNI"}},
	{code: "Newsis", name: "Newsis", folded: []string{"Newsis"}},
	{code: "News1", name: "News1", folded: []string{"News1"}},
	{code: "Tribune News Service", name: "Tribune News Service", cased: []string{"TNS"}},
}

// agencyByCode returns the agency of the agency with the given code.
func agencyByCode(code string) (Agency, bool) {
	for i := range agencies {
		if strings.EqualFold(agencies[i].code, code) {
			return Agency{Code: agencies[i].code, Name: agencies[i].name}, true
		}
	}
	return Agency{}, false
}

// isPictureAgency reports whether the agency with the given code supplies
// pictures, not text.
func isPictureAgency(code string) bool {
	for i := range agencies {
		if agencies[i].code == code {
			return agencies[i].picture
		}
	}
	return false
}

// An agencyMatch is one mention of an agency in a text.
type agencyMatch struct {
	def        *agencyDef
	start, end int // byte offsets in the text
}

func (m agencyMatch) agency() Agency { return Agency{Code: m.def.code, Name: m.def.name} }

// findAgencies returns the agencies named in s, in order of their first
// mention and without repeats. Weak spellings count only when weak is true.
func findAgencies(s string, weak bool) []Agency {
	var out []Agency
	for _, m := range agencyMatches(s, weak) {
		out = addAgency(out, m.agency())
	}
	return out
}

// addAgency appends a to list unless an agency with its code is there.
func addAgency(list []Agency, a ...Agency) []Agency {
	for _, x := range a {
		if !slices.ContainsFunc(list, func(y Agency) bool { return y.Code == x.Code }) {
			list = append(list, x)
		}
	}
	return list
}

// agencyMatches returns every mention of an agency in s, ordered by
// position; where mentions overlap the longest wins ("Jiji Press" over
// "Jiji", "Associated Press of Pakistan" over "Associated Press").
//
// It reads s once, word by word, and looks each word up in agencyIndex, so
// its cost does not grow with the size of the agency table.
func agencyMatches(s string, weak bool) []agencyMatch {
	var ms []agencyMatch
	var buf [48]byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		// s[i:j] is a word; cjk is set when it has Chinese or Japanese
		// characters.
		j := i + n
		cjk := r >= 0x2e80
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			cjk = cjk || r >= 0x2e80
			j += n
		}
		if cjk {
			ms = appendCJKMatches(ms, s, i, j)
		}
		if cands := agencyIndex[string(lowerWord(buf[:0], s[i:j]))]; len(cands) > 0 {
			for _, sp := range cands {
				if sp.weak && !weak {
					continue
				}
				end := i + len(sp.text)
				if end > len(s) || !isWordBoundary(s, i, end) {
					continue
				}
				if sp.fold && !strings.EqualFold(s[i:end], sp.text) || !sp.fold && s[i:end] != sp.text {
					continue
				}
				ms = append(ms, agencyMatch{def: sp.def, start: i, end: end})
			}
		}
		i = j
	}
	if len(ms) == 0 {
		return nil
	}
	slices.SortStableFunc(ms, func(a, b agencyMatch) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	// Drop matches inside an earlier, longer one.
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.start < end {
			continue
		}
		out = append(out, m)
		end = m.end
	}
	return out
}

// mayOpenWithAgency reports whether agencyMatches(s, ...) may find a
// mention at the start of s: its first word opens a spelling of an
// agency, or has CJK characters. It is false when no mention can start
// there.
func mayOpenWithAgency(s string) bool {
	j := 0 // the end of the first word
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		if r >= 0x2e80 {
			return true
		}
		j += n
	}
	if j == 0 {
		return false
	}
	var buf [48]byte
	return len(agencyIndex[string(lowerWord(buf[:0], s[:j]))]) > 0
}

// appendCJKMatches appends the mentions of agencies by their CJK names
// inside the run of letters s[i:j].
func appendCJKMatches(ms []agencyMatch, s string, i, j int) []agencyMatch {
	word := s[i:j]
	for _, sp := range cjkSpellings {
		for off := 0; off < len(word); {
			x := strings.Index(word[off:], sp.text)
			if x < 0 {
				break
			}
			start := i + off + x
			ms = append(ms, agencyMatch{def: sp.def, start: start, end: start + len(sp.text)})
			off += x + len(sp.text)
		}
	}
	return ms
}

// cjkSpellings are the CJK names of the agency table. They are built once
// and only read.
var cjkSpellings = func() []spelling {
	var out []spelling
	for i := range agencies {
		for _, name := range agencies[i].cjk {
			out = append(out, spelling{def: &agencies[i], text: name})
		}
	}
	return out
}()

// A spelling is one way of writing an agency's name, as agencyIndex keeps
// it.
type spelling struct {
	def  *agencyDef
	text string
	fold bool // matched in any case
	weak bool // counts only where nothing but an agency can stand
}

// agencyIndex maps the first word of every spelling in the agency table,
// in lower case, to the spellings that start with it. It is built once and
// only read.
var agencyIndex = func() map[string][]spelling {
	idx := make(map[string][]spelling)
	add := func(def *agencyDef, text string, fold, weak bool) {
		first := text
		for k, r := range text {
			if !isWordRune(r) {
				first = text[:k]
				break
			}
		}
		key := strings.ToLower(first)
		idx[key] = append(idx[key], spelling{def: def, text: text, fold: fold, weak: weak})
	}
	for i := range agencies {
		def := &agencies[i]
		for _, sp := range def.cased {
			add(def, sp, false, false)
		}
		for _, sp := range def.weak {
			add(def, sp, false, true)
		}
		for _, sp := range def.folded {
			add(def, sp, true, false)
		}
	}
	return idx
}()

// lowerWord appends w in lower case to buf. For short ASCII words it
// allocates nothing, and a map lookup with string(result) does not either.
func lowerWord(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// isWordBoundary reports whether s[start:end] is a whole word: not preceded
// or followed by a letter or digit.
func isWordBoundary(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if isWordRune(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
}

// isPhotoCredit reports whether a line credits a picture rather than a
// story: "(AP Photo/Evan Vucci)", "REUTERS/Jane Doe", "Photo: X, AP",
// "AFP via Getty Images", "Image: ...". Agencies named in such a line are
// not the story's.
func isPhotoCredit(s string) bool {
	if rest, ok := strings.CutPrefix(strings.TrimSpace(s), "|"); ok && (isAgencyOnly(rest) || isAgencyOnly(strings.ToUpper(rest))) {
		// "| Efe" on the line under a caption.
		return true
	}
	if photoWordSet.inLower(s) {
		return true
	}
	if endsWithPictureCredit(s) {
		return true
	}
	// "REUTERS/Brendan McDermid", "EFE / Jane Doe", "Jane Doe/AP": an
	// agency, a slash and a name, or a name, a slash and an agency. Two
	// agencies either side of a slash are a combined credit, "Dow
	// Jones/AP", "Reuters/Kyodo".
	ms := agencyMatches(s, false)
	for k, m := range ms {
		if len(deskAgencies(tokenAt(s, m.start))) > 0 {
			// A desk's signature, "abc/dpa", "SDA/xy": initials, not a
			// photographer's name.
			continue
		}
		if j := slashAfter(s, m.end); j > 0 && j < len(s) && isUpperASCII(s[j]) && (k+1 == len(ms) || ms[k+1].start != j) {
			return true
		}
		if j := slashBefore(s, m.start); j >= 0 && (k == 0 || ms[k-1].end != j) {
			return true
		}
	}
	return false
}

// tokenAt returns the run of s between spaces and commas around offset i.
func tokenAt(s string, i int) string {
	start := strings.LastIndexAny(s[:i], " ,") + 1
	end := strings.IndexAny(s[i:], " ,")
	if end < 0 {
		return s[start:]
	}
	return s[start : i+end]
}

// endsWithPictureCredit reports whether s is a picture caption that ends
// with its credit: "... of Titan. (NASA/JPL-Caltech/ASU)", "... in Tokyo
// on Saturday. | JIJI", "... in Hanoi. (AP Photo/Hau Dinh)", "...
// November 18, 2019. REUTERS/Brendan McDermid".
func endsWithPictureCredit(s string) bool {
	// endsWithPictureCreditN asks whether the words are over 60 or up to
	// 45: they are counted up to 61.
	return endsWithPictureCreditN(s, wordCountUpTo(s, 61))
}

// endsWithPictureCreditN is endsWithPictureCredit for a text of the given
// word count (wordCount(s), as a block's features hold it).
func endsWithPictureCreditN(s string, words int) bool {
	if words > 60 {
		return false
	}
	if !strings.HasSuffix(s, ")") {
	} else if i := strings.LastIndexByte(s, '('); i >= 0 {
		inner := s[i+1 : len(s)-1]
		l := strings.ToLower(inner)
		if strings.HasPrefix(l, "photo") || strings.HasPrefix(l, "image") || strings.HasPrefix(l, "credit") ||
			strings.HasPrefix(l, "picture") || strings.Contains(l, " photo/") || strings.Contains(l, "/getty") {
			return true
		}
		if inner != "" && strings.Contains(inner, "/") && !strings.Contains(inner, " / ") && wordCount(inner) <= 6 &&
			isUpperASCII(inner[0]) {
			return true
		}
	}
	if strings.IndexByte(s, '|') < 0 {
	} else if i := strings.LastIndex(s, " | "); i > 0 && isAgencyOnly(s[i+3:]) {
		return true
	}
	if creditAfterSentence(s) {
		return true
	}
	// After the caption's last sentence: "AGENCY/Photographer Name",
	// "Photo: Name/AGENCY", "(AGENCY)" or "(Source Name)".
	if i := lastSentenceEnd(s); i > 0 {
		last := s[i+2:]
		if j := strings.IndexByte(last, '/'); j > 0 && wordCount(last) <= 6 && isAgencyOnly(last[:j]) {
			return true
		}
		// The labels are ASCII of up to 13 bytes: after as many ASCII
		// bytes, the text's lower case is that of its ASCII letters.
		if isASCII(last[:min(len(last), 13)]) {
			for _, p := range pictureLabels {
				if len(last) >= len(p) && equalLowerASCII(last[:len(p)], p) && wordCount(last) <= 8 {
					return true
				}
			}
		} else {
			l := strings.ToLower(last)
			for _, p := range pictureLabels {
				if strings.HasPrefix(l, p) && wordCount(last) <= 8 {
					return true
				}
			}
		}
		if strings.HasPrefix(last, "(") && strings.HasSuffix(last, ")") && words <= 45 && isSourceName(last[1:len(last)-1]) {
			return true
		}
	}
	return false
}

// lastSentenceEnd returns strings.LastIndex(s, ". "), found from the end
// byte by byte: the last full stop of a paragraph is near its end.
func lastSentenceEnd(s string) int {
	for j := len(s); ; {
		i := strings.LastIndexByte(s[:j], '.')
		if i < 0 || i+1 < len(s) && s[i+1] == ' ' {
			return i
		}
		j = i
	}
}

// creditAfterSentence reports whether s ends with a picture's credit after
// its last sentence, however that sentence closes (a quotation's closing
// mark too): "... easy.” Photographer: Jane Roe/Agency", "... in the
// province. — © AGENCY".
func creditAfterSentence(s string) bool {
	// The labels are sought after the last sentence only in a text whose
	// lower case holds one.
	if mayHoldCreditLabel(s) && creditLabelSet.inLower(s) && creditLabelAfterSentence(s) {
		return true
	}
	return creditMarkAfterSentence(s)
}

// mayHoldCreditLabel is a quick check that s may hold one of
// pictureCreditLabels in any case: each has a colon or " by ", and
// strings.ToLower makes no ASCII colon, space, 'b' or 'y' of another
// character.
func mayHoldCreditLabel(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, " by ") || strings.Contains(s, " By ") ||
		strings.Contains(s, " BY ") || strings.Contains(s, " bY ")
}

// pictureCreditLabels are the labels of a picture's credit after a
// caption's sentence, and creditLabelSet finds them in one pass.
var (
	pictureCreditLabels = []string{" photographer: ", " photographers: ", " photo: ", " photos: ", " photo by ", " image: ", " picture: ", " foto: "}
	creditLabelSet      = newPhraseSet(pictureCreditLabels...)
)

// creditLabelAfterSentence is creditAfterSentence's reading of labels:
// "... easy.” Photographer: Jane Roe/Agency".
func creditLabelAfterSentence(s string) bool {
	l := strings.ToLower(s)
	for _, p := range pictureCreditLabels {
		i := strings.LastIndex(l, p)
		if i > 0 && endsLikeSentence(strings.TrimSpace(s[:i])) && wordCount(s[i:]) <= 8 {
			return true
		}
	}
	return false
}

// creditMarkAfterSentence is creditAfterSentence's reading of a copyright
// mark: "... in the province. — © AGENCY".
func creditMarkAfterSentence(s string) bool {
	// "— © AGENCY", "- © Jane Roe": a copyright mark that credits the
	// picture, set after a dash at the end of the caption.
	if !strings.Contains(s, "©") {
		return false // strings.LastIndex reads a byte at a time
	}
	i := strings.LastIndex(s, "©")
	if i <= 0 {
		return false
	}
	before := strings.TrimRight(s[:i], " ")
	if !strings.HasSuffix(before, "—") && !strings.HasSuffix(before, "–") && !strings.HasSuffix(before, " -") {
		return false
	}
	before = strings.TrimRight(strings.TrimRight(before, "—–-"), " ")
	return endsLikeSentence(before) && isSourceName(strings.TrimSpace(s[i+len("©"):]))
}

// isSourceName reports whether s can name a picture's source: an agency,
// or one to five capitalized words ("Nordic Marine Institute", "Kyodo").
func isSourceName(s string) bool {
	if isAgencyOnly(s) {
		return true
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if nameParticles[w] || w == "of" || w == "and" || w == "the" || w == "for" {
			continue
		}
		if !isUpperASCII(w[0]) {
			return false
		}
	}
	return true
}

// slashAfter returns the offset after a slash (and a space) that follows
// offset i in s, or -1.
func slashAfter(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "/"):
		return i + 1
	case strings.HasPrefix(s[i:], " / "):
		return i + 3
	}
	return -1
}

// slashBefore returns the offset where a slash (and a space) before offset
// i in s starts, or -1.
func slashBefore(s string, i int) int {
	switch {
	case strings.HasSuffix(s[:i], " / "):
		return i - 3
	case strings.HasSuffix(s[:i], "/"):
		return i - 1
	}
	return -1
}

var photoWords = []string{
	"photo:", "photo/", "photo by", "photos by", "photograph:", "photographer", "picture:", "pictures:", "image:",
	"images:", "image credit", "photo credit", "via getty", "getty images", "ap photo", "afp photo", "afp/getty",
	"reuters photo", "file photo", "(photo", "/pool", "pool photo", "handout", "illustration:", "video:",
	"mandatory credit", "wireimage", "/ photo", "photo /", "photo courtesy", "courtesy of", "shutterstock",
	"istock", "kyodo via", "via ap", "epa-efe",
}

// pictureLabels open the credit after a caption's last sentence: lower-case
// ASCII of up to 13 bytes ("İ" and the Kelvin sign lower to ASCII, so a
// text is read in place only after that many ASCII bytes).
var pictureLabels = []string{"photo:", "photo by ", "photos:", "photograph:", "picture:", "image:", "credit:", "foto:",
	"photo credit:"}

// photoWordSet finds photoWords in one pass.
var photoWordSet = newPhraseSet(photoWords...)

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
