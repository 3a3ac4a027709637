// Package i18n holds every interface string of Charter in each language
// it speaks: the message catalogs (locales/LANG.json, read with go-i18n)
// and the translations of the sentences Charter generates — errors,
// motions, warnings — keyed by their English format
// (locales/messages.LANG.json). A Localizer speaks one reader's language.
package i18n

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Catalog holds every interface string, per language, from locales/*.json.
type Catalog struct {
	bundle *i18n.Bundle
	langs  []language.Tag
	names  map[string]string // "fr" → "Français", for the language picker
	ids    map[string]bool   // message ids of the default (English) catalog
	// errors maps, per language, the English format of a generated message
	// (an error, a motion, a warning) to its translation:
	// locales/messages.LANG.json.
	errors map[string]map[string]string
	// matcher picks a reader's language among langs; made once.
	matcher language.Matcher
	// memo keeps each message of the catalog asked for without arguments,
	// per language ("fr\x00Contents" → "Sommaire"): the catalogs never
	// change while Charter runs, and a page asks for hundreds of them.
	memo *sync.Map
}

// Load reads the catalogs under locales/ in fsys, once, at start-up.
func Load(fsys fs.FS) (*Catalog, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	files, err := fs.Glob(fsys, "locales/*.json")
	if err != nil {
		return nil, err
	}
	cat := &Catalog{bundle: b, names: map[string]string{}, ids: map[string]bool{}, errors: map[string]map[string]string{}}
	for _, f := range files {
		if lang, ok := strings.CutPrefix(strings.TrimSuffix(path.Base(f), ".json"), "messages."); ok {
			data, err := fs.ReadFile(fsys, f)
			if err != nil {
				return nil, err
			}
			m := map[string]string{}
			if err := json.Unmarshal(data, &m); err != nil {
				return nil, fmt.Errorf("error catalog %s: %w", f, err)
			}
			cat.errors[lang] = m
			continue
		}
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		mf, err := b.ParseMessageFileBytes(data, path.Base(f))
		if err != nil {
			return nil, fmt.Errorf("message catalog %s: %w", f, err)
		}
		for _, m := range mf.Messages {
			if m.ID == "LanguageName" {
				cat.names[mf.Tag.String()] = m.Other
			}
			if mf.Tag == language.English {
				cat.ids[m.ID] = true
			}
		}
	}
	cat.langs = b.LanguageTags()
	cat.matcher = language.NewMatcher(cat.langs)
	cat.memo = &sync.Map{}
	return cat, nil
}

// Names are the languages Charter speaks, by tag, each named in itself,
// for the language picker.
func (cat *Catalog) Names() map[string]string { return cat.names }

// Name is a language's name in itself when Charter speaks it, else its tag.
func (cat *Catalog) Name(tag string) string {
	if n, ok := cat.names[tag]; ok {
		return n
	}
	return tag
}

// Tags are the languages Charter speaks, sorted, so that what is built
// from them is the same on every instance.
func (cat *Catalog) Tags() []string {
	tags := make([]string, 0, len(cat.langs))
	for _, t := range cat.langs {
		tags = append(tags, t.String())
	}
	sort.Strings(tags)
	return tags
}

// Supported says whether Charter speaks lang.
func (cat *Catalog) Supported(lang string) bool {
	for _, t := range cat.langs {
		if strings.EqualFold(t.String(), lang) {
			return true
		}
	}
	return false
}

// Localizer speaks a reader's language: the first of prefs (language tags
// or Accept-Language values, most preferred first) that Charter speaks,
// else English.
func (cat *Catalog) Localizer(prefs ...string) *Localizer {
	tag, _ := language.MatchStrings(cat.matcher, prefs...)
	base, _ := tag.Base()
	return &Localizer{l: i18n.NewLocalizer(cat.bundle, base.String()), tag: base.String(), errors: cat.errors[base.String()], memo: cat.memo, known: cat.ids}
}

// Localizer speaks one reader's language.
type Localizer struct {
	l      *i18n.Localizer
	tag    string
	errors map[string]string
	memo   *sync.Map
	known  map[string]bool // ids of the catalog: only those are kept in memo
}

// Tag is the language spoken, as a BCP 47 tag ("en", "fr").
func (l *Localizer) Tag() string { return l.tag }

// ErrorFormat translates the English format of a generated message: it is
// a charter.Translator.
func (l *Localizer) ErrorFormat(format string) (string, bool) {
	t, ok := l.errors[format]
	return t, ok && t != ""
}

// T translates a message id; pairs of arguments fill its {{.Name}} slots.
// A missing id shows itself, which the catalog test catches.
func (l *Localizer) T(id string, pairs ...any) string {
	if len(pairs) == 0 && l.memo != nil && l.known[id] {
		if s, ok := l.memo.Load(l.tag + "\x00" + id); ok {
			return s.(string)
		}
		s := l.translate(id, nil)
		l.memo.Store(l.tag+"\x00"+id, s)
		return s
	}
	return l.translate(id, pairs)
}

// Page is T for a page, which returns HTML when it fills in text: each
// string filled into the message (a member's name, a title, a clause, a
// date) is escaped and set apart in <bdi>, so that a right-to-left name,
// or one holding a bidi override such as U+202E, never runs on into the
// words of the sentence around it. HTML filled in (a message Page made) is
// kept as it is; numbers, and a plural's Count, are filled in as T does.
func (l *Localizer) Page(id string, pairs ...any) any {
	var fills []string // placeholder, HTML, placeholder, HTML…
	var args []any
	for i := 1; i < len(pairs); i += 2 {
		var h string
		switch v := pairs[i].(type) {
		case string:
			h = "<bdi>" + template.HTMLEscapeString(v) + "</bdi>"
		case template.HTML:
			h = string(v)
		}
		if h == "" || pairs[i-1] == "Count" {
			continue
		}
		if args == nil {
			args = slices.Clone(pairs)
		}
		// Private-use characters mark where each goes: go-i18n fills them
		// in as they are, and escaping leaves them alone.
		mark := "\uE000" + strconv.Itoa(len(fills)/2) + "\uE001"
		args[i], fills = mark, append(fills, mark, h)
	}
	if args == nil {
		return l.T(id, pairs...)
	}
	return template.HTML(strings.NewReplacer(fills...).Replace(template.HTMLEscapeString(l.T(id, args...))))
}

func (l *Localizer) translate(id string, pairs []any) string {
	var data map[string]any
	if len(pairs) > 0 {
		data = map[string]any{}
		for i := 0; i+1 < len(pairs); i += 2 {
			data[fmt.Sprint(pairs[i])] = pairs[i+1]
		}
	}
	var count any
	if n, ok := data["Count"]; ok {
		count = n
	}
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil && s == "" {
		return id
	}
	return s
}
