// Package charter holds what every part of Charter shares: the error type
// that carries a code and a message safe to show a member, apart from the
// internal cause that only the logs see.
package charter

import (
	"errors"
	"fmt"
	"strings"
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
	EUNAVAILABLE  = "unavailable"   // the database cannot be reached; nothing was changed, try again
	EFULL         = "storage_full"  // the database's disk is full; reading works, writing does not
)

// Error is an application error: Code and Message may be shown to users;
// Cause is for the logs only.
type Error struct {
	Code    string
	Message string
	Cause   error

	text Text // what Message was made from, to give it in the reader's language
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
	t := Sprintf(format, args...)
	return &Error{Code: code, Message: t.String(), text: t}
}

// Translate gives err's safe message in the reader's language; see Text.
func Translate(err error, translate Translator) string {
	var e *Error
	if !errors.As(err, &e) || e.Code == EINTERNAL || e.text.Format == "" {
		return Text{Format: ErrorMessage(err)}.Translate(translate)
	}
	return e.text.Translate(translate)
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

// Translator maps an English format string to the reader's language;
// false when it has no translation.
type Translator func(format string) (string, bool)

// Text is a sentence kept as its English format and arguments, so that it
// can be given again in the reader's language. An argument that is itself a
// Text, an *Error or a []Text (joined by "; ") is translated too; other
// arguments, such as the words of a document, are shown as they are.
type Text struct {
	Format string
	Args   []any
}

// Sprintf makes a Text.
func Sprintf(format string, args ...any) Text { return Text{Format: format, Args: args} }

// String gives the Text in English.
func (t Text) String() string {
	return t.Translate(func(string) (string, bool) { return "", false })
}

// Translate gives the Text through translate.
func (t Text) Translate(translate Translator) string {
	format, ok := translate(t.Format)
	if !ok {
		format = t.Format
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		switch a := a.(type) {
		case Text:
			args[i] = a.Translate(translate)
		case *Error:
			args[i] = Translate(a, translate)
		case []Text:
			parts := make([]string, len(a))
			for k, p := range a {
				parts[k] = p.Translate(translate)
			}
			args[i] = strings.Join(parts, "; ")
		default:
			args[i] = a
		}
	}
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
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
