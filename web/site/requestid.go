package site

import (
	"context"
	"log/slog"
)

// requestIDKey is the context key of a request's id.
type requestIDKey struct{}

// WithRequestID returns ctx carrying the id of the request it serves: every
// line logged with that context names it (LogHandler), and so does the
// error page.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID is the id of the request ctx serves; "" outside a request.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// LogHandler makes h add request_id to each record logged with a request's
// context. The id travels in the context, not in a logger kept there:
// the pages, the API, the mail sender and the store each hold the one
// logger already, and need only pass the context they have to
// ErrorContext and the like for their lines to be found by the id. A
// handler already wrapped is given back as it is.
func LogHandler(h slog.Handler) slog.Handler {
	if _, ok := h.(requestIDHandler); ok {
		return h
	}
	return requestIDHandler{h}
}

type requestIDHandler struct{ slog.Handler }

func (h requestIDHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := RequestID(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, r)
}

func (h requestIDHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return requestIDHandler{h.Handler.WithAttrs(attrs)}
}

func (h requestIDHandler) WithGroup(name string) slog.Handler {
	return requestIDHandler{h.Handler.WithGroup(name)}
}
