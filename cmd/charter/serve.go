package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/demo"
	"github.com/charter-org/charter/letter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, dbAddr := newFlags("serve")
	addr := fs.String("addr", ":8080", "address to listen on")
	seed := fs.Bool("demo", false, "on an empty database, add a sample constitution, one account per role and members enough to try every step")
	proxies := fs.String("trusted-proxies", "", "comma-separated addresses of reverse proxies whose X-Forwarded-For is believed")
	insecure := fs.Bool("insecure-cookies", false, "send cookies without the Secure flag (plain-HTTP testing off the loopback interface only)")
	grace := fs.Duration("shutdown-timeout", 30*time.Second, "on SIGTERM, how long requests in flight may take to finish")
	conns := fs.Int("db-conns", store.DefaultPostgresConns, "connections to PostgreSQL this instance may open; all instances together must stay under the server's max_connections")
	letterFont := fs.String("letter-font", "", "a TrueType font (such as /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf, Debian's fonts-dejavu-core) to print notice letters and PDF exports in; without it letters hold only Western European characters, and exports use DejaVu Sans if installed")
	memory := fs.Int("memory-limit", 128, "MiB of memory past which the garbage collector works harder to stay under (0: none; GOMEMLIMIT, if set, wins)")
	mailFlags := newMailFlags(fs)
	httpsFlags := newHTTPSFlags(fs)
	logFlags := newLogFlags(fs)
	backupFlags := newBackupFlags(fs)
	metricsFlags := newMetricsFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log, err := logFlags.logger(stderr)
	if err != nil {
		return err
	}
	// The store logs through slog's default: the same logger.
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(log)
	https, err := httpsFlags.setup(fs, *dbAddr)
	if err != nil {
		return err
	}
	if https != nil && *mailFlags.baseURL == "" {
		*mailFlags.baseURL = "https://" + https.domains[0] // links in messages lead where members are served
	}
	mailSetup, err := mailFlags.setup(*addr)
	if err != nil {
		return err
	}
	// The caches hold about 60 MB of live values under a union's load; by
	// default the collector lets the heap double before collecting, which
	// left the server over 200 MB at the end of a load run (168 MB with
	// this limit). A soft limit keeps it nearer what it holds, at the cost
	// of more frequent collections when close to it.
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set && *memory > 0 {
		debug.SetMemoryLimit(int64(*memory) << 20)
	}
	db, err := store.Open(ctx, *dbAddr)
	if err != nil {
		return err
	}
	defer db.Close()
	if db.Dialect == store.Postgres {
		db.LimitConnections(*conns)
	}
	schedule, err := backupFlags.schedule(*dbAddr, db, log)
	if err != nil {
		return err
	}

	if *seed {
		logins, err := demo.Seed(ctx, db)
		switch {
		case errors.Is(err, demo.ErrNotEmpty):
			fmt.Fprintln(stdout, "Demo: the database is not empty, so nothing was added; the demo logins were printed when it was first seeded.")
		case err != nil:
			return err
		default:
			fmt.Fprintln(stdout, "Demo: added a sample constitution and these accounts. Log in with an email and its password (shown only now):")
			for _, l := range logins {
				fmt.Fprintf(stdout, "  %-10s %-16s %-30s %s\n", l.Role, l.Name, l.Email, l.Password)
				if l.TellerKey != "" {
					fmt.Fprintf(stdout, "  %-10s %-16s teller key: %s\n", "", "", l.TellerKey)
				}
			}
			fmt.Fprintf(stdout, "The whole story: a member proposes an amendment and %d others co-sponsor it; the officer gives notice\n"+
				"(with a minimum of %d ballots and tellers named), opens and closes the ballot; members vote; two tellers\n"+
				"give their keys to count it; the officer certifies the result.\n", demo.CosponsorsNeeded, ballot.MinMinBallots)
		}
	} else if n, err := db.CountUsers(ctx); err == nil && n == 0 {
		fmt.Fprintln(stdout, "No account exists yet. Create the first admin with:\n  charter user add --role admin --email ADDRESS --name NAME")
	}

	cfg := web.Config{InsecureCookies: *insecure, Mail: mailSetup.composer, MailServer: mailSetup.server(), LogClientAddress: *logFlags.clientAddress}
	measured := metricsFlags.instrument(db, &cfg)
	if *letterFont != "" {
		if cfg.LetterFont, err = os.ReadFile(*letterFont); err != nil {
			return fmt.Errorf("-letter-font: %w", err)
		}
		if err := letter.CheckFont(cfg.LetterFont); err != nil {
			return fmt.Errorf("-letter-font %s: not a TrueType font letters can be printed in: %w", *letterFont, err)
		}
	}
	if *proxies != "" {
		cfg.TrustedProxies = strings.Split(*proxies, ",")
	}
	srv, err := web.New(ctx, db, cfg, log)
	if err != nil {
		return err
	}
	handler, err := srv.Handler()
	if err != nil {
		return err
	}
	hs := &http.Server{
		Addr:              *addr,
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn), // one format on stderr
	}
	hs.RegisterOnShutdown(srv.Shutdown)
	stopMetrics, err := metricsFlags.serve(measured, srv, stdout, log)
	if err != nil {
		return err
	}
	defer stopMetrics()
	// Listen before saying so: whoever reads the line may connect at once.
	errc := make(chan error, 2)
	servers, where, err := https.listen(hs, *addr, errc, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Charter is serving %s (database: %s)\n", where, db.Dialect)
	if sender := mailSetup.sender(db, srv.Composer(), log); sender != nil {
		fmt.Fprintf(stdout, "Mail goes through %s, %g messages a second at most.\n", mailSetup.server(), sender.Rate)
		stopped := make(chan struct{})
		sending, stopSending := context.WithCancel(context.WithoutCancel(ctx))
		go func() { defer close(stopped); sender.Run(sending) }()
		// The sender stops after the last request, before the database
		// closes; a message the server accepted is marked first.
		defer func() { stopSending(); <-stopped }()
	} else {
		fmt.Fprintln(stdout, "No mail server is configured (-smtp-host): messages wait in the outbox, which admins read at /admin/outbox.")
	}
	if schedule != nil {
		// Stopped, and a backup under way abandoned, before the database closes.
		backups, stopBackups := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { defer close(done); schedule.Run(backups) }()
		defer func() { stopBackups(); <-done }()
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		// Stop listening, let the requests in flight finish, then return
		// (and close the database) with nothing half-written.
		log.Info("shutting down: finishing the requests in flight", "timeout", *grace)
		shutdown, cancel := context.WithTimeout(context.Background(), *grace)
		defer cancel()
		return shutdownAll(shutdown, servers)
	}
}

// whereServed says where the server listens, and the URL to open: on every
// interface when the operator gave only a port (":8080", as by default),
// reachable from other machines too, with the port actually bound (":0"
// picks one).
func whereServed(bound, asked string) string {
	host, _, err := net.SplitHostPort(asked)
	if _, port, perr := net.SplitHostPort(bound); err == nil && perr == nil && (host == "" || host == "0.0.0.0" || host == "::") {
		return fmt.Sprintf("on every network interface, port %s: open http://localhost:%s on this machine", port, port)
	}
	return "on http://" + bound
}
