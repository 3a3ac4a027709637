package site

import (
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
)

// SessionCookie holds the secret of a browser's session.
const SessionCookie = "charter_session"

// SecureCookies: cookies carry the Secure flag except over plain HTTP on
// the loopback interface (a laptop demo), or when the operator says so.
// Links Charter gives out (invitations) use https under the same rule.
func (s *Site) SecureCookies(c *gin.Context) bool {
	if s.insecureCookies {
		return false
	}
	if c.Request.TLS != nil || c.GetHeader("X-Forwarded-Proto") == "https" {
		return true
	}
	host, _, err := net.SplitHostPort(c.Request.Host)
	if err != nil {
		host = c.Request.Host
	}
	if host == "localhost" {
		return false
	}
	ip := net.ParseIP(host)
	return ip == nil || !ip.IsLoopback()
}

// SetCookie sets a cookie for the whole site, out of scripts' reach.
func (s *Site) SetCookie(c *gin.Context, name, value string, maxAge int) {
	http.SetCookie(c.Writer, &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.SecureCookies(c), SameSite: http.SameSiteLaxMode,
	})
}

// ClearCookie tells the browser to forget a cookie.
func (s *Site) ClearCookie(c *gin.Context, name string) { s.SetCookie(c, name, "", -1) }

// SafeNext keeps a redirect after login (or after a form) on this site: it
// returns next as a browser would read it if that is a path of this site,
// and "/" otherwise. Browsers drop tabs and line breaks anywhere in a URL
// and control characters and spaces before it, and read a backslash as a
// slash, so "/\t/evil.example" and "/\\evil.example" both lead to
// evil.example: next is read that way before it is judged, and what is
// returned is what was judged.
func SafeNext(next string) string {
	next = strings.TrimLeftFunc(next, func(r rune) bool { return r <= ' ' })
	next = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return -1
		case r == '\\':
			return '/'
		}
		return r
	}, next)
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.ContainsFunc(next, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return "/"
	}
	return next
}
