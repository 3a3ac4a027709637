package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"

	website "github.com/charter-org/charter/web/site" // the tests have a type site
)

// logFlags are serve's settings for its log, which goes to stderr: the
// service manager (journald) keeps it.
type logFlags struct {
	format, level *string
	clientAddress *bool
}

func newLogFlags(fs *flag.FlagSet) *logFlags {
	return &logFlags{
		format:        fs.String("log-format", "text", "text (key=value lines) or json (one object a line, for a log collector)"),
		level:         fs.String("log-level", "info", "debug, info, warn or error: the least severe lines written"),
		clientAddress: fs.Bool("log-client-address", false, "add the client's address to each request's line; off, the log does not tell who asked for what (docs/operator-guide.md, \"Logs\")"),
	}
}

// logger makes the one logger of the process: the requests, the mail
// sender and the store (through slog's default) write to it, and lines
// logged during a request carry its id (site.LogHandler).
func (f *logFlags) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(*f.level)); err != nil {
		return nil, fmt.Errorf("-log-level %q: debug, info, warn or error", *f.level)
	}
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler
	switch *f.format {
	case "text":
		h = slog.NewTextHandler(w, opts)
	case "json":
		h = slog.NewJSONHandler(w, opts)
	default:
		return nil, fmt.Errorf("-log-format %q: text or json", *f.format)
	}
	return slog.New(website.LogHandler(h)), nil
}
