package site

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/view"
)

// Func is how handlers are written: they answer the request, or return
// why they could not, for Handle to answer.
type Func func(c *gin.Context) error

// Handle makes h a Gin handler: an error h returns is answered here, once
// (Reject): as the API's JSON error under /api/, as the error page
// elsewhere, with a way back when the error carries one (Back).
func (s *Site) Handle(h Func) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			s.Reject(c, err)
		}
	}
}

// HandleScript is Handle for the forms charter.js posts with the
// X-Charter-Fragment header: an error is answered to it with its message
// alone, which it shows beside the form; a form posted without the header
// gets the error page.
func (s *Site) HandleScript(h Func) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			s.refuse(c, err)
		}
	}
}

// Status maps an error code to its HTTP status: the one place they meet.
func Status(code string) int {
	switch code {
	case charter.EINVALID:
		return http.StatusBadRequest
	case charter.ENOTFOUND:
		return http.StatusNotFound
	case charter.ECONFLICT:
		return http.StatusConflict
	case charter.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case charter.EFORBIDDEN, charter.ECSRF:
		return http.StatusForbidden
	case charter.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case charter.ETOOMANY:
		return http.StatusTooManyRequests
	case charter.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	case charter.EFULL:
		return http.StatusInsufficientStorage
	}
	return http.StatusInternalServerError
}

// Classify turns transport errors (a body over the limit) into application
// errors, logs what users must not see, and gives the error's code and its
// message in the reader's language. A handler that shows the message on
// its own page (a form given back with what went wrong) calls it; Reject
// does for the rest.
func (s *Site) Classify(c *gin.Context, err error) (code, message string) {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		err = charter.Errorf(charter.ETOOLARGE, "The upload is larger than the %s Charter accepts.", humanSize(tooBig.Limit))
	}
	code = charter.ErrorCode(err)
	switch code {
	case charter.EINTERNAL, charter.EUNAVAILABLE, charter.EFULL:
		// The route, not the path, which may hold a secret; the error, never
		// the request's body. The store's errors name the use case and the
		// database's own message, without the query's values (wrap).
		s.log.ErrorContext(c.Request.Context(), "request failed", "method", c.Request.Method, "route", c.FullPath(), "code", code, "err", err)
	}
	if code == charter.EUNAVAILABLE {
		c.Header("Retry-After", "30") // a load balancer or a script may come back
	}
	var throttled *store.Throttled
	if errors.As(err, &throttled) {
		c.Header("Retry-After", strconv.Itoa(int((throttled.Wait+time.Second-1)/time.Second)))
	}
	return code, charter.Translate(err, s.Localizer(c).ErrorFormat)
}

// Reject answers an error in the form the caller reads: JSON under /api/,
// a page elsewhere.
func (s *Site) Reject(c *gin.Context, err error) {
	if strings.HasPrefix(c.Request.URL.Path, "/api/") {
		s.FailJSON(c, err)
		return
	}
	s.Fail(c, err)
}

// Fail renders the error page, with a way back when err carries one
// (Back), and stops the request there.
func (s *Site) Fail(c *gin.Context, err error) {
	code, message := s.Classify(c, err)
	href := ""
	if b := (*backError)(nil); errors.As(err, &b) {
		href = b.href
	}
	// The reference is the request's id, which the member can quote to an
	// admin, who finds the request's log lines by it.
	s.RenderStatus(c, Status(code), "error", &view.Error{Message: message, Code: code, Back: href, Reference: RequestID(c.Request.Context())})
	c.Abort()
}

// FailJSON writes the API's error shape, {"error": {"code", "message"}},
// with what else the error carries (Options.APIErrorFields), and stops the
// request there.
func (s *Site) FailJSON(c *gin.Context, err error) {
	code, message := s.Classify(c, err)
	body := gin.H{"error": gin.H{"code": code, "message": message}}
	if s.apiErrorFields != nil {
		s.apiErrorFields(body, err)
	}
	c.AbortWithStatusJSON(Status(code), body)
}

// refuse answers an error as the caller reads it: the bare message to
// charter.js, which shows it beside the form, an error page otherwise.
func (s *Site) refuse(c *gin.Context, err error) {
	if !WantsFragment(c) {
		s.Fail(c, err)
		return
	}
	code, message := s.Classify(c, err)
	c.Data(Status(code), "text/plain; charset=utf-8", []byte(message))
	c.Abort()
}

// backError is an error answered with a way back to the page the member
// came from, such as the ballot whose vote was refused.
type backError struct {
	err  error
	href string
}

func (b *backError) Error() string { return b.err.Error() }
func (b *backError) Unwrap() error { return b.err }

// Back gives err a way back to href on the error page; nil stays nil.
func Back(err error, href string) error {
	if err == nil {
		return nil
	}
	return &backError{err: err, href: href}
}

func humanSize(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}
