package site

import (
	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/i18n"
)

// Keys of what the router's middleware finds out about a request.
const (
	ctxUser = "charter.user"
	ctxCSRF = "charter.csrf"
)

// LangCookie holds the interface language a visitor picked.
const LangCookie = "charter_lang"

// User is who is asking: the member the session or the token belongs to,
// or nil for a visitor who has not logged in.
func User(c *gin.Context) *member.User {
	if u, ok := c.Get(ctxUser); ok {
		return u.(*member.User)
	}
	return nil
}

// SetUser records who is asking, for the router's authentication.
func SetUser(c *gin.Context, u *member.User) { c.Set(ctxUser, u) }

// CSRFToken is the token of the request's session or visitor, which every
// form carries. A page rendered before the router found either (the error
// page of a database that could not be reached) gets none, and its forms
// are refused.
func CSRFToken(c *gin.Context) string { return c.GetString(ctxCSRF) }

// SetCSRFToken records the request's CSRF token, for the router.
func SetCSRFToken(c *gin.Context, token string) { c.Set(ctxCSRF, token) }

// Localizer speaks the member's language: the one they picked, else the
// browser's preference, else English.
func (s *Site) Localizer(c *gin.Context) *i18n.Localizer {
	var prefs []string
	if u := User(c); u != nil && u.Language != "" {
		prefs = append(prefs, u.Language)
	}
	if lang, err := c.Cookie(LangCookie); err == nil {
		prefs = append(prefs, lang)
	}
	prefs = append(prefs, c.GetHeader("Accept-Language"))
	return s.catalog.Localizer(prefs...)
}
