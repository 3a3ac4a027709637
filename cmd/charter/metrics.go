package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/charter-org/charter/metrics"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web"
)

// metricsFlags are serve's settings for metrics: the address of a listener
// of their own, apart from the one members reach.
type metricsFlags struct {
	addr *string
}

func newMetricsFlags(fs *flag.FlagSet) *metricsFlags {
	return &metricsFlags{
		addr: fs.String("metrics-addr", "", "serve Prometheus metrics at /metrics on this address only, as 127.0.0.1:9100 (none: no metrics); keep it off the network members reach"),
	}
}

// instrument makes the metrics over db and has the router report to them;
// nil without -metrics-addr, when nothing is measured.
func (f *metricsFlags) instrument(db *store.DB, cfg *web.Config) *metrics.Metrics {
	if *f.addr == "" {
		return nil
	}
	m := metrics.New(db)
	cfg.Requests = m
	return m
}

// serve listens on -metrics-addr and serves m there until stop, which the
// caller defers so that the listener closes with the server.
func (f *metricsFlags) serve(m *metrics.Metrics, srv *web.Server, stdout io.Writer, log *slog.Logger) (stop func(), err error) {
	if m == nil {
		return func() {}, nil
	}
	m.Caches(srv.Caches())
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: 120 * time.Second}
	l, err := net.Listen("tcp", *f.addr)
	if err != nil {
		return nil, fmt.Errorf("-metrics-addr: %w", err)
	}
	go func() {
		if err := hs.Serve(l); !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics listener", "err", err)
		}
	}()
	fmt.Fprintf(stdout, "Metrics are served on http://%s/metrics\n", l.Addr())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(ctx)
	}, nil
}
