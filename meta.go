package wirestory

import (
	"encoding/json"
	"slices"
	"strings"
)

// articleTypes are the schema.org types of a story.
var articleTypes = setOf("newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
	"opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting",
	"socialmediaposting", "report", "scholarlyarticle", "techarticle", "satiricalarticle", "askpublicnewsarticle")

// maxJSONLD bounds the size of one JSON-LD script that is read, and
// maxJSONLDTotal the size of all the scripts of a page that are read: real
// pages carry a few kilobytes.
const (
	maxJSONLD      = 1 << 20
	maxJSONLDTotal = 4 << 20
)

// maxAuthors is the most people, and the most organizations, read from a
// page's metadata as its authors. Stories credit a few; a list of
// thousands is no byline, and reading it all would cost time.
const maxAuthors = 32

// readJSONLD reads the story's metadata from one JSON-LD script: the first
// object of an article type, found at the top, in an array or in @graph.
func readJSONLD(raw []byte, m *pageMeta) {
	if len(raw) == 0 || len(raw) > maxJSONLD || m.headline != "" && len(m.ldTypes) >= maxLDTypes {
		return
	}
	raw = []byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(string(raw)), "<!--"), "-->")))
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return
	}
	collectTypes(v, 0, m)
	if m.headline != "" {
		return
	}
	obj := findArticleObject(v, 0)
	if obj == nil {
		return
	}
	m.headline = Clean(jsonString(obj["headline"]))
	if m.headline == "" {
		m.headline = Clean(jsonString(obj["name"]))
	}
	m.section = Clean(jsonString(obj["articleSection"]))
	m.body = jsonString(obj["articleBody"])
	if t, ok := parseISOTime(strings.TrimSpace(jsonString(obj["datePublished"]))); ok {
		m.published = t
	} else if t, ok := parseISOTime(strings.TrimSpace(jsonString(obj["dateCreated"]))); ok {
		m.published = t
	}
	if u := jsonString(obj["url"]); strings.HasPrefix(u, "http") {
		m.url = Clean(u)
	} else if me, ok := obj["mainEntityOfPage"].(map[string]any); ok {
		if u := jsonString(me["@id"]); strings.HasPrefix(u, "http") {
			m.url = Clean(u)
		}
	} else if u := jsonString(obj["mainEntityOfPage"]); strings.HasPrefix(u, "http") {
		m.url = Clean(u)
	}
	if p, ok := obj["publisher"].(map[string]any); ok {
		m.site = Clean(jsonString(p["name"]))
	}
	if l := jsonString(obj["inLanguage"]); l != "" {
		m.language = Clean(l)
	}
	addAuthors(m, obj["author"])
	if len(m.authors) == 0 && len(m.orgs) == 0 {
		addAuthors(m, obj["creator"])
	}
}

// maxLDTypes bounds how many JSON-LD types are kept.
const maxLDTypes = 32

// collectTypes adds the @type of every object in v, at the top, in arrays
// and in @graph, to m.ldTypes.
func collectTypes(v any, depth int, m *pageMeta) {
	if depth > 8 || len(m.ldTypes) >= maxLDTypes {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectTypes(e, depth+1, m)
		}
	case map[string]any:
		switch t := x["@type"].(type) {
		case string:
			m.ldTypes = append(m.ldTypes, strings.ToLower(t))
		case []any:
			for _, e := range t {
				if s, ok := e.(string); ok && len(m.ldTypes) < maxLDTypes {
					m.ldTypes = append(m.ldTypes, strings.ToLower(s))
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			collectTypes(g, depth+1, m)
		}
		if me, ok := x["mainEntity"]; ok {
			collectTypes(me, depth+1, m)
		}
	}
}

// findArticleObject returns the first JSON object of an article type in v.
func findArticleObject(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if o := findArticleObject(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			return x
		}
		if g, ok := x["@graph"]; ok {
			return findArticleObject(g, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			return findArticleObject(me, depth+1)
		}
	}
	return nil
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// jsonString returns v as a string: a string itself, the first string of an
// array, or "".
func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				return s
			}
		}
	}
	return ""
}

// addAuthors adds the people and organizations of a JSON-LD author value.
func addAuthors(m *pageMeta, v any) {
	if len(m.authors) >= maxAuthors && len(m.orgs) >= maxAuthors {
		return
	}
	switch x := v.(type) {
	case string:
		addAuthorText(m, Clean(x))
	case []any:
		for _, e := range x {
			addAuthors(m, e)
		}
	case map[string]any:
		name := Clean(jsonString(x["name"]))
		if name == "" {
			return
		}
		if t := strings.ToLower(jsonString(x["@type"])); t == "organization" || t == "newsmediaorganization" || t == "corporation" {
			m.addOrg(name)
			return
		}
		addAuthorText(m, name)
	}
}

// addAuthorText adds the people or agencies named in an author string from
// metadata: "Jane Doe", "By Jane Doe and John Roe", "Reuters",
// "Associated Press".
func addAuthorText(m *pageMeta, s string) {
	if s == "" {
		return
	}
	if isAgencyOnly(s) {
		m.addOrg(s)
		return
	}
	if c, ok := parseCreditLine(s); ok {
		m.addPeople(c.people)
		if len(c.agencies) > 0 {
			m.addOrg(s)
		}
		return
	}
	if len(m.authors) >= maxAuthors {
		return
	}
	body, _ := cutByPrefix(s)
	for _, part := range splitCreditParts(body) {
		if len(m.authors) >= maxAuthors {
			break
		}
		if isPersonName(part) {
			m.addPeople([]string{part})
		}
	}
}

// addPeople adds names to the authors, each once (in any case), up to
// maxAuthors of them.
func (m *pageMeta) addPeople(names []string) {
	for _, n := range names {
		if len(m.authors) >= maxAuthors {
			return
		}
		if !slices.ContainsFunc(m.authors, func(x string) bool { return strings.EqualFold(x, n) }) {
			m.authors = append(m.authors, n)
		}
	}
}

// addOrg adds an organization to the authors, up to maxAuthors of them.
func (m *pageMeta) addOrg(name string) {
	if len(m.orgs) < maxAuthors {
		m.orgs = append(m.orgs, name)
	}
}
