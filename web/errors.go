package web

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
)

// statusOf maps an error code to its HTTP status: the one place they meet.
func statusOf(code string) int {
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

// classify turns transport errors (a body over the limit) into application
// errors, and logs what users must not see.
func (s *Server) classify(c *gin.Context, err error) (code, message string) {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		err = charter.Errorf(charter.ETOOLARGE, "The upload is larger than the %s Charter accepts.", humanSize(tooBig.Limit))
	}
	code = charter.ErrorCode(err)
	switch code {
	case charter.EINTERNAL, charter.EUNAVAILABLE, charter.EFULL:
		s.log.Error("request failed", "method", c.Request.Method, "path", c.Request.URL.Path, "code", code, "err", err)
	}
	if code == charter.EUNAVAILABLE {
		c.Header("Retry-After", "30") // a load balancer or a script may come back
	}
	var throttled *store.Throttled
	if errors.As(err, &throttled) {
		c.Header("Retry-After", strconv.Itoa(int((throttled.Wait+time.Second-1)/time.Second)))
	}
	return code, charter.Translate(err, s.localizerFor(c).ErrorFormat)
}

// fail renders an error page, with a way back when err carries one
// (withBack).
func (s *Server) fail(c *gin.Context, err error) {
	code, message := s.classify(c, err)
	href := ""
	if b := (*backError)(nil); errors.As(err, &b) {
		href = b.href
	}
	s.renderStatus(c, statusOf(code), "error", gin.H{"Message": message, "Code": code, "Back": href})
	c.Abort()
}

// apiFail writes the API's error shape: {"error": {"code", "message"}},
// with, when a write was built on a version that is no longer the head,
// what was published since (addStale).
func (s *Server) apiFail(c *gin.Context, err error) {
	code, message := s.classify(c, err)
	body := gin.H{"error": gin.H{"code": code, "message": message}}
	addStale(body, err)
	c.AbortWithStatusJSON(statusOf(code), body)
}

// reject answers an error in the form the caller reads: JSON under /api/,
// a page elsewhere.
func (s *Server) reject(c *gin.Context, err error) {
	if strings.HasPrefix(c.Request.URL.Path, "/api/") {
		s.apiFail(c, err)
		return
	}
	s.fail(c, err)
}

func (s *Server) notFound(c *gin.Context) {
	s.reject(c, charter.Errorf(charter.ENOTFOUND, "There is no such page."))
}

// recoverPanics turns a panic into the generic error page: the details go
// to the log, and the member is told nothing was changed.
func (s *Server) recoverPanics(c *gin.Context) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic", "path", c.Request.URL.Path, "panic", p)
			s.reject(c, charter.Internal(nil))
		}
	}()
	c.Next()
}

func humanSize(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// handlerFunc is how handlers are written: they answer the request, or
// return why they could not, for handle to answer.
type handlerFunc func(c *gin.Context) error

// handle makes h a Gin handler: an error h returns is answered here, once
// (reject): as the API's JSON error under /api/, as the error page
// elsewhere, with a way back when the error carries one (withBack).
func (s *Server) handle(h handlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			s.reject(c, err)
		}
	}
}

// handleScript is handle for the forms charter.js posts (X-Charter-Fragment):
// an error is answered to it with its message alone, which it shows beside
// the form; a form posted without it gets the error page.
func (s *Server) handleScript(h handlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			s.refuse(c, err)
		}
	}
}

// backError is an error answered with a way back to the page the member came
// from, such as the ballot whose vote was refused.
type backError struct {
	err  error
	href string
}

func (b *backError) Error() string { return b.err.Error() }
func (b *backError) Unwrap() error { return b.err }

// withBack gives err a way back to href on the error page.
func withBack(err error, href string) error {
	if err == nil {
		return nil
	}
	return &backError{err: err, href: href}
}
