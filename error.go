// Package charter holds what every part of Charter shares: the error type
// that carries a code and a message safe to show a member, apart from the
// internal cause that only the logs see.
package charter

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Error codes. Each maps to one HTTP status in one place (package web).
const (
	EINVALID      = "invalid"       // the input is wrong; the message says how
	ENOTFOUND     = "not_found"     // no such thing, or the caller may not know it exists
	ECONFLICT     = "conflict"      // the thing exists already, or moved under the caller
	EUNAUTHORIZED = "unauthorized"  // not logged in, or bad credentials
	EFORBIDDEN    = "forbidden"     // logged in, but the role does not allow it
	ETOOLARGE     = "too_large"     // the input exceeds a size limit
	ETOOMANY      = "rate_limited"  // too many attempts; try later
	EINTERNAL     = "internal"      // a fault of ours; the cause is logged, never shown
	ECSRF         = "csrf_rejected" // the request did not come from Charter's own page
)

// Error is an application error: Code and Message may be shown to users;
// Cause is for the logs only.
type Error struct {
	Code    string
	Message string
	Cause   error

	// format and args are what Message was made from, so that the message
	// can be given again in the member's language.
	format string
	args   []any
}

func (e *Error) Error() string {
	if e.Cause != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Cause)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Cause }

// Errorf returns an Error with a code and a formatted safe message.
// An argument that is an *Error stands for its message.
func Errorf(code, format string, args ...any) *Error {
	shown := make([]any, len(args))
	for i, a := range args {
		if inner, ok := a.(*Error); ok {
			shown[i] = inner.Message
		} else {
			shown[i] = a
		}
	}
	return &Error{Code: code, Message: fmt.Sprintf(format, shown...), format: format, args: args}
}

// Translate gives err's safe message through translate, which maps an
// English format string to the member's language (false: not translated).
// Arguments that are errors themselves are translated the same way.
func Translate(err error, translate func(format string) (string, bool)) string {
	var e *Error
	if !errors.As(err, &e) || e.Code == EINTERNAL || e.format == "" {
		msg := ErrorMessage(err)
		if translated, ok := translate(msg); ok {
			return translated
		}
		return msg
	}
	format, ok := translate(e.format)
	if !ok {
		format = e.format
	}
	args := make([]any, len(e.args))
	for i, a := range e.args {
		if inner, isErr := a.(*Error); isErr {
			args[i] = Translate(inner, translate)
		} else {
			args[i] = a
		}
	}
	return fmt.Sprintf(format, args...)
}

// Internal wraps an unexpected failure: users see only that something went
// wrong on our side; the cause, with its context, goes to the logs.
func Internal(cause error) *Error {
	return &Error{Code: EINTERNAL, Message: InternalMessage, Cause: cause}
}

// InternalMessage is all a user is told of a fault of ours.
const InternalMessage = "Something went wrong on our side; nothing was changed."

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the safe message of err: the Message of an *Error,
// and a generic sentence for anything else, whose text may reveal internals.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return InternalMessage
}

// Clip shortens what a user typed before it is quoted back in a message,
// at a character boundary: a megabyte "slug" must not make a megabyte error.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
