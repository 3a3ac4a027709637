package i18n

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// RedlineMarkerCSS words the hidden start and end markers of struck and
// inserted text in each language of the catalogs, for screen readers,
// which read generated content but not <del> and <ins> themselves. The
// words live in the catalogs like every other string; CSS cannot look them
// up, so the rules are written once, at start-up, and appended to
// charter.css.
func (cat *Catalog) RedlineMarkerCSS() []byte {
	rule := func(l *i18n.Localizer, scope string) string {
		word := func(id string) string {
			s, err := l.Localize(&i18n.LocalizeConfig{MessageID: id})
			if err != nil {
				s = id // the catalog test reports it
			}
			return cssString(" " + s + " ")
		}
		return fmt.Sprintf("  %sdel::before { content: %s; }\n  %sdel::after { content: %s; }\n  %sins::before { content: %s; }\n  %sins::after { content: %s; }\n",
			scope, word("RedlineDeletionStart"), scope, word("RedlineDeletionEnd"),
			scope, word("RedlineInsertionStart"), scope, word("RedlineInsertionEnd"))
	}
	var b strings.Builder
	b.WriteString("\n/* Generated at start-up from locales/*.json (web/i18n/css.go). */\n@media not print {\n")
	b.WriteString(rule(i18n.NewLocalizer(cat.bundle, "en"), ""))
	// In sorted order, so that every instance of a release serves the same
	// bytes under the same hash.
	for _, tag := range cat.Tags() {
		if tag != "en" && cssIdent().MatchString(tag) {
			b.WriteString(rule(i18n.NewLocalizer(cat.bundle, tag), ":lang("+tag+") "))
		}
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

var cssIdent = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*$`) })

// cssString quotes s as a CSS string.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
