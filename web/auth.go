package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
)

const (
	// anonCookie binds the CSRF token of a visitor who is not logged in
	// (the login and invitation forms), so that login itself cannot be forged.
	anonCookie = "charter_visitor"
	// deviceCookie marks a browser an account has logged in from: its
	// attempts to log in to that account are throttled apart from everyone
	// else's (store.Login).
	deviceCookie   = "charter_device"
	deviceLifetime = 400 * 24 * 3600 // the longest browsers keep a cookie
	csrfField      = "csrf_token"
	csrfHeader     = "X-CSRF-Token"

	ctxBinder = "charter.csrf_binding"
	ctxBearer = "charter.bearer"
)

// securityHeaders: no script runs but Charter's own files; no page is framed.
func securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	c.Next()
}

func (s *Server) limitBody(c *gin.Context) {
	if c.Request.Body != nil {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.cfg.MaxBodyBytes)
	}
	c.Next()
}

// authenticate finds who is asking: a bearer token (API clients) or a
// session cookie (browsers). It never rejects; the route groups do.
func (s *Server) authenticate(c *gin.Context) {
	ctx := c.Request.Context()
	if auth := c.GetHeader("Authorization"); auth != "" {
		token, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok {
			s.site.FailJSON(c, charter.Errorf(charter.EUNAUTHORIZED, "Send the access token as: Authorization: Bearer TOKEN."))
			return
		}
		u, err := s.db.TokenUser(ctx, strings.TrimSpace(token))
		if err != nil {
			s.site.FailJSON(c, err)
			return
		}
		site.SetUser(c, &u)
		c.Set(ctxBearer, true)
		c.Next()
		return
	}
	if secret, err := c.Cookie(site.SessionCookie); err == nil && secret != "" {
		u, err := s.db.SessionUser(ctx, secret)
		switch charter.ErrorCode(err) {
		case "":
			site.SetUser(c, &u)
			s.bindCSRF(c, "session:"+member.SecretHash(secret))
		case charter.EUNAUTHORIZED:
			s.site.ClearCookie(c, site.SessionCookie) // expired or logged out elsewhere
		default:
			s.site.Fail(c, err)
			return
		}
	}
	if _, ok := c.Get(ctxBinder); !ok {
		cookie, _ := c.Cookie(anonCookie)
		visitor, ok := s.verify("visitor", cookie)
		if !ok {
			// Only a value Charter signed is taken: one planted in the
			// browser by someone else would fix the login form's token.
			nonce, err := member.NewSecret("")
			if err != nil {
				s.site.Fail(c, charter.Internal(err))
				return
			}
			visitor = nonce
			s.site.SetCookie(c, anonCookie, s.signed("visitor", nonce), 0)
		}
		s.bindCSRF(c, "visitor:"+visitor)
	}
	c.Next()
}

// bindCSRF binds the request's CSRF token to its session or visitor: the
// token is the server's signature of the binding, which every form of the
// pages carries (site.CSRFToken) and checkCSRF expects back.
func (s *Server) bindCSRF(c *gin.Context, binding string) {
	c.Set(ctxBinder, binding)
	site.SetCSRFToken(c, s.mac("csrf", binding))
}

// mac is the server's signature of value for one purpose; purposes never
// share a signature.
func (s *Server) mac(purpose, value string) string {
	m := hmac.New(sha256.New, s.csrfKey)
	m.Write([]byte(purpose + "\x00" + value))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// signed is value with its signature, for a cookie.
func (s *Server) signed(purpose, value string) string {
	return value + "." + s.mac(purpose, value)
}

// verify returns the value of a signed cookie, if the signature is the
// server's for that purpose.
func (s *Server) verify(purpose, cookie string) (string, bool) {
	value, sig, ok := strings.Cut(cookie, ".")
	if !ok || value == "" || !hmac.Equal([]byte(sig), []byte(s.mac(purpose, value))) {
		return "", false
	}
	return value, true
}

// device reads the browser's device cookie: the account it was issued to
// and its id, or 0 and "" without a valid one.
func (s *Server) device(c *gin.Context) (int64, string) {
	cookie, _ := c.Cookie(deviceCookie)
	value, ok := s.verify("device", cookie)
	if !ok {
		return 0, ""
	}
	user, id, _ := strings.Cut(value, ":")
	uid, err := strconv.ParseInt(user, 10, 64)
	if err != nil || id == "" {
		return 0, ""
	}
	return uid, id
}

// rememberDevice gives the browser that has just logged in to an account a
// device cookie for it, keeping its id if it had one for the same account.
// A browser holds one: logging in to another account on it replaces it.
func (s *Server) rememberDevice(c *gin.Context, userID int64) error {
	uid, id := s.device(c)
	if uid != userID {
		var err error
		if id, err = member.NewSecret(""); err != nil {
			return charter.Internal(err)
		}
	}
	s.site.SetCookie(c, deviceCookie, s.signed("device", strconv.FormatInt(userID, 10)+":"+id), deviceLifetime)
	return nil
}

// checkCSRF refuses any state-changing browser request without the token
// of its own session. API calls with a bearer token carry no cookie a
// forged page could ride on, so they need none.
func (s *Server) checkCSRF(c *gin.Context) {
	switch c.Request.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		c.Next()
		return
	}
	if _, bearer := c.Get(ctxBearer); bearer || oneClickUnsubscribe(c.Request) {
		c.Next()
		return
	}
	// An API call with neither a session nor a token is refused as such,
	// as the API's own routes would, rather than as a forged form.
	if site.User(c) == nil && strings.HasPrefix(c.Request.URL.Path, "/api/") {
		s.site.FailJSON(c, logInFirst)
		return
	}
	got := c.GetHeader(csrfHeader)
	if got == "" {
		if err := parseForm(c.Request); err != nil {
			s.site.Reject(c, err)
			return
		}
		got = c.Request.PostFormValue(csrfField)
	}
	if want := site.CSRFToken(c); want == "" || !hmac.Equal([]byte(got), []byte(want)) {
		s.site.Reject(c, charter.Errorf(charter.ECSRF, "This form has expired or did not come from Charter. Go back, reload the page and try again."))
		return
	}
	c.Next()
}

// unsubscribePath is where an unsubscribe link leads: the sender writes
// links as the site's address, this path and message.UnsubscribeToken.
const unsubscribePath = "/mail/unsubscribe/"

// oneClickUnsubscribe says whether r is the POST of an unsubscribe link,
// the one state-changing request that carries no CSRF token: mail
// providers post it from their own servers (RFC 8058), with no session
// and no form of ours. The token in its path, a MAC under a server secret
// of one account and one kind, is what authorises it, and all it can do
// is turn that kind off for that account; a forged page that posts it
// already holds the member's own link.
func oneClickUnsubscribe(r *http.Request) bool {
	rest, ok := strings.CutPrefix(r.URL.Path, unsubscribePath)
	return ok && r.Method == http.MethodPost && rest != "" && !strings.Contains(rest, "/")
}

// parseForm reads a form body once, so that a body over the size limit is
// reported as such rather than as a form without its token.
func parseForm(r *http.Request) error {
	// ParseForm first: ParseMultipartForm drops its error on a url-encoded
	// body, and a form over the limit would read as one without its token.
	err := r.ParseForm()
	if err == nil {
		err = r.ParseMultipartForm(8 << 20)
	}
	if err == nil || errors.Is(err, http.ErrNotMultipart) {
		return nil
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return err
	}
	return charter.Errorf(charter.EINVALID, "The form could not be read; reload the page and try again.")
}

func (s *Server) requireUser(c *gin.Context) {
	if site.User(c) == nil {
		c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(site.SafeNext(c.Request.URL.RequestURI())))
		c.Abort()
		return
	}
	c.Next()
}

var logInFirst = charter.Errorf(charter.EUNAUTHORIZED, "Log in, or send a personal access token as: Authorization: Bearer TOKEN.")

func (s *Server) requireAPIUser(c *gin.Context) {
	if site.User(c) == nil {
		s.site.FailJSON(c, logInFirst)
		return
	}
	c.Next()
}

func (s *Server) requireRole(c *gin.Context, allowed func(*member.User) bool, refusal *charter.Error) {
	if !allowed(site.User(c)) {
		s.site.Reject(c, refusal)
		return
	}
	c.Next()
}

var (
	onlyEditors  = charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee and admins can do this.")
	onlyAdmins   = charter.Errorf(charter.EFORBIDDEN, "Only admins can do this.")
	onlyAuditors = charter.Errorf(charter.EFORBIDDEN, "Only observers, officers and admins can read the audit log.")
	onlyOfficers = charter.Errorf(charter.EFORBIDDEN, "Only an election officer can do this.")
	onlyTellers  = charter.Errorf(charter.EFORBIDDEN, "Only a teller holds a teller key; an admin gives the teller role.")
)

func (s *Server) requireTeller(c *gin.Context) {
	s.requireRole(c, (*member.User).CanHoldTellerKey, onlyTellers)
}

func (s *Server) requireOfficer(c *gin.Context) {
	s.requireRole(c, ballot.CanRun, onlyOfficers)
}

func (s *Server) requireDocumentEditor(c *gin.Context) {
	s.requireRole(c, document.CanEdit, onlyEditors)
}

func (s *Server) requireAdmin(c *gin.Context) {
	s.requireRole(c, (*member.User).CanManageRoster, onlyAdmins)
}

func (s *Server) requireAuditReader(c *gin.Context) {
	s.requireRole(c, (*member.User).CanReadAudit, onlyAuditors)
}
