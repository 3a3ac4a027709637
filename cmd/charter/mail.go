package main

import (
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	charmail "github.com/charter-org/charter/mail"
	"github.com/charter-org/charter/store"
)

// mailFlags are serve's settings for mail: where it goes, from whom, how
// fast, and the public address its links point to.
type mailFlags struct {
	baseURL, host, user, passwordFile, security, from *string
	port, connections                                 *int
	rate                                              *float64
	reminder, lease                                   *time.Duration
}

func newMailFlags(fs *flag.FlagSet) *mailFlags {
	env := func(name, def string) string {
		if v := os.Getenv(name); v != "" {
			return v
		}
		return def
	}
	return &mailFlags{
		baseURL:      fs.String("base-url", env("CHARTER_BASE_URL", ""), "the public address members reach Charter at, as https://charter.example.org: links in messages point there (needed with -smtp-host)"),
		host:         fs.String("smtp-host", env("CHARTER_SMTP_HOST", ""), "the mail server that sends members' messages; none: messages wait in the outbox (/admin/outbox)"),
		port:         fs.Int("smtp-port", 587, "the mail server's port"),
		connections:  fs.Int("smtp-connections", 4, "connections to the mail server each instance sends over at once"),
		user:         fs.String("smtp-user", env("CHARTER_SMTP_USER", ""), "the login at the mail server, if it asks for one; the password is read from CHARTER_SMTP_PASSWORD or -smtp-password-file"),
		passwordFile: fs.String("smtp-password-file", "", "a file holding the mail server's password"),
		security:     fs.String("smtp-security", "starttls", "starttls (port 587), tls (port 465) or none (a server on this machine only)"),
		from:         fs.String("mail-from", env("CHARTER_MAIL_FROM", ""), "the sender of members' messages, as \"Local 12 <charter@local12.example.org>\""),
		rate:         fs.Float64("mail-rate", 20, "messages a second at most, as the mail provider allows (0: no limit)"),
		reminder:     fs.Duration("reminder", 48*time.Hour, "how long before a ballot closes its reminder goes to those on the roll who have not voted (0: none)"),
		lease:        fs.Duration("mail-lease", 5*time.Minute, "how long a batch of messages is one instance's to send: after a crash, what it had not sent goes this long later"),
	}
}

// mailSetup is the mail settings, checked.
type mailSetup struct {
	composer    charmail.Composer
	transport   *charmail.SMTP
	connections int
	rate        float64
	reminder    time.Duration
	lease       time.Duration
}

// setup checks the settings. Without -base-url, links point at this
// machine's listen address: enough for the demo's outbox page.
func (f *mailFlags) setup(listen string) (mailSetup, error) {
	var s mailSetup
	if _, port, err := net.SplitHostPort(listen); err == nil {
		s.composer.Site.URL = "http://localhost:" + port
	}
	if *f.baseURL != "" {
		u, err := url.Parse(*f.baseURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return s, fmt.Errorf("-base-url %q: give the address members open, as https://charter.example.org", *f.baseURL)
		}
		s.composer.Site.URL = strings.TrimSuffix(u.String(), "/")
	}
	from := *f.from
	if from == "" {
		from = "Charter <charter@localhost>"
	}
	addr, err := mail.ParseAddress(from)
	if err != nil {
		return s, fmt.Errorf("-mail-from %q: %v", from, err)
	}
	s.composer.From = *addr
	s.rate, s.reminder, s.lease, s.connections = *f.rate, *f.reminder, *f.lease, *f.connections
	if s.connections < 1 || s.connections > 50 {
		return s, fmt.Errorf("-smtp-connections %d: between 1 and 50", s.connections)
	}
	if s.lease < time.Second {
		return s, fmt.Errorf("-mail-lease %s: at least a second", s.lease)
	}
	if *f.host == "" {
		return s, nil
	}
	if *f.baseURL == "" {
		return s, fmt.Errorf("-smtp-host needs -base-url: the links in members' messages must point where they reach Charter")
	}
	if *f.from == "" {
		return s, fmt.Errorf("-smtp-host needs -mail-from: the address members' messages come from")
	}
	security, err := charmail.ParseSecurity(*f.security)
	if err != nil {
		return s, err
	}
	password := os.Getenv("CHARTER_SMTP_PASSWORD")
	if *f.passwordFile != "" {
		b, err := os.ReadFile(*f.passwordFile)
		if err != nil {
			return s, fmt.Errorf("-smtp-password-file: %w", err)
		}
		password = strings.TrimRight(string(b), "\r\n")
	}
	hello, _ := os.Hostname()
	// One message's delivery must end well within the lease, or another
	// instance could take the message while it is still going.
	s.transport = &charmail.SMTP{Host: *f.host, Port: *f.port, Username: *f.user, Password: password, Security: security, Hello: hello,
		Timeout: min(30*time.Second, s.lease/5)}
	return s, nil
}

// server names where mail goes, for the outbox page; "" for nowhere.
func (s mailSetup) server() string {
	if s.transport == nil {
		return ""
	}
	return net.JoinHostPort(s.transport.Host, strconv.Itoa(s.transport.Port))
}

// sender is the outbox's sender for this instance; nil without a mail
// server.
func (s mailSetup) sender(db *store.DB, composer charmail.Composer, log *slog.Logger) *charmail.Sender {
	if s.transport == nil {
		return nil
	}
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	host, _ := os.Hostname()
	connect := func() charmail.Transport { t := *s.transport; return &t }
	return &charmail.Sender{Outbox: db, Connect: connect, Connections: s.connections, Composer: composer, Rate: s.rate, ReminderLead: s.reminder, Lease: s.lease,
		Worker: fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b)), Log: log}
}
