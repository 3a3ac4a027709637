package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/crypto/acme"
	"golang.org/x/crypto/acme/autocert"
)

// letsEncryptStaging is Let's Encrypt's test directory, named in the flag's
// help: its certificates are not trusted, its rate limits are generous.
const letsEncryptStaging = "https://acme-staging-v02.api.letsencrypt.org/directory"

// httpsFlags are serve's settings for HTTPS without a reverse proxy: the
// domains to get certificates for over ACME, where to keep them, and the
// two ports.
type httpsFlags struct {
	domains, dir, email, directory, httpsAddr, httpAddr *string
}

func newHTTPSFlags(fs *flag.FlagSet) *httpsFlags {
	return &httpsFlags{
		domains:   fs.String("domain", "", "serve HTTPS for these comma-separated domain names, with certificates obtained and renewed over ACME (Let's Encrypt by default), without a reverse proxy; their DNS must point at this machine"),
		dir:       fs.String("acme-dir", "", "the directory the certificates and their private keys are kept in (default: acme beside the SQLite file; required with PostgreSQL)"),
		email:     fs.String("acme-email", "", "the address the certificate authority writes to about the certificates (expiry, incidents)"),
		directory: fs.String("acme-url", autocert.DefaultACMEDirectory, "the ACME directory of the certificate authority; to try a setup, Let's Encrypt's staging one: "+letsEncryptStaging),
		httpsAddr: fs.String("https-addr", ":443", "with -domain, the address HTTPS is served on"),
		httpAddr:  fs.String("http-addr", ":80", "with -domain, the address plain HTTP is served on: ACME's challenges, and a redirect to HTTPS for everything else"),
	}
}

// httpsSetup is the HTTPS settings, checked; nil without -domain, when
// Charter serves plain HTTP on -addr (alone, or behind a proxy).
type httpsSetup struct {
	domains             []string
	allowed             map[string]bool
	dir, directory      string
	httpsAddr, httpAddr string
	manager             *autocert.Manager
}

// setup checks the settings and prepares the certificates' directory. db
// is the database address, beside which the directory goes by default.
func (f *httpsFlags) setup(fs *flag.FlagSet, db string) (*httpsSetup, error) {
	if *f.domains == "" {
		return nil, nil
	}
	var addrGiven bool
	fs.Visit(func(fl *flag.Flag) { addrGiven = addrGiven || fl.Name == "addr" })
	if addrGiven {
		return nil, errors.New("-domain serves HTTPS on -https-addr and HTTP on -http-addr: drop -addr, which is for plain HTTP alone or behind a proxy")
	}
	s := &httpsSetup{allowed: map[string]bool{}, directory: *f.directory, httpsAddr: *f.httpsAddr, httpAddr: *f.httpAddr}
	for _, d := range strings.Split(*f.domains, ",") {
		d = strings.ToLower(strings.TrimSpace(d))
		if err := checkDomain(d); err != nil {
			return nil, fmt.Errorf("-domain %q: %w", d, err)
		}
		if !s.allowed[d] {
			s.domains = append(s.domains, d)
			s.allowed[d] = true
		}
	}
	s.dir = *f.dir
	if s.dir == "" {
		if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
			return nil, errors.New("-domain with a PostgreSQL database needs -acme-dir: the directory the certificates and their private keys are kept in")
		}
		s.dir = filepath.Join(filepath.Dir(strings.TrimPrefix(db, "sqlite:")), "acme")
	}
	if err := checkKeyDir(s.dir); err != nil {
		return nil, fmt.Errorf("-acme-dir %s: %w", s.dir, err)
	}
	s.manager = &autocert.Manager{
		// Serving -domain is accepting the authority's terms, which the
		// operator guide says.
		Prompt:     autocert.AcceptTOS,
		Cache:      autocert.DirCache(s.dir),
		HostPolicy: s.hostPolicy,
		Email:      *f.email,
		Client:     &acme.Client{DirectoryURL: *f.directory, UserAgent: "charter"},
	}
	return s, nil
}

// checkDomain accepts a host name as ACME certifies it: ASCII (an
// internationalised name in its xn-- form), with a dot, no port, no scheme.
func checkDomain(d string) error {
	if d == "" || net.ParseIP(d) != nil || !strings.Contains(d, ".") || strings.HasPrefix(d, ".") || strings.HasSuffix(d, ".") ||
		strings.ContainsFunc(d, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') }) {
		return errors.New("give a domain name such as charter.local12.org, in ASCII (xn-- for an international name), with no scheme or port")
	}
	return nil
}

// checkKeyDir makes the directory, readable by this user alone, and checks
// it can be written: a failure at the first renewal, months later, would
// be found only when the certificate expires.
func checkKeyDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	info, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("others may read it (mode %o), and it holds private keys: chmod 700 it", info.Mode().Perm())
	}
	f, err := os.CreateTemp(dir, ".charter-check-")
	if err != nil {
		return err
	}
	_ = f.Close()
	return os.Remove(f.Name())
}

// hostPolicy lets certificates be asked for only for the configured
// domains, whoever names another. Over HTTP the host may carry a port.
func (s *httpsSetup) hostPolicy(_ context.Context, host string) error {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if !s.allowed[strings.ToLower(host)] {
		return fmt.Errorf("charter: %q is not one of -domain", host)
	}
	return nil
}

// listen starts hs: with -domain over TLS on -https-addr, with HSTS, and
// on -http-addr a server of ACME's challenges that redirects everything
// else to HTTPS; without, on addr in plain HTTP. It returns the servers
// to shut down and where Charter serves, for the operator.
func (s *httpsSetup) listen(hs *http.Server, addr string, errc chan<- error, log *slog.Logger) ([]*http.Server, string, error) {
	if s == nil {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return nil, "", err
		}
		go func() { errc <- hs.Serve(l) }()
		return []*http.Server{hs}, whereServed(l.Addr().String(), addr), nil
	}
	tl, err := net.Listen("tcp", s.httpsAddr)
	if err != nil {
		return nil, "", fmt.Errorf("-https-addr: %w", err)
	}
	pl, err := net.Listen("tcp", s.httpAddr)
	if err != nil {
		_ = tl.Close()
		return nil, "", fmt.Errorf("-http-addr: %w", err)
	}
	_, port, _ := net.SplitHostPort(tl.Addr().String())
	hs.Handler = hsts(hs.Handler)
	hs.TLSConfig = s.manager.TLSConfig()
	plain := &http.Server{
		Handler:           s.manager.HTTPHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.redirect(w, r, port) })),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       30 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	go func() { errc <- hs.ServeTLS(tl, "", "") }()
	go func() { errc <- plain.Serve(pl) }()
	go s.prefetch(log)
	urls := make([]string, len(s.domains))
	for i, d := range s.domains {
		urls[i] = "https://" + withPort(d, port)
	}
	return []*http.Server{hs, plain}, fmt.Sprintf("%s (HTTPS on %s; HTTP on %s answers ACME's challenges and redirects to HTTPS; certificates from %s, kept in %s)",
		strings.Join(urls, " and "), tl.Addr(), pl.Addr(), s.directory, s.dir), nil
}

// redirect sends a plain-HTTP request to the same path over HTTPS, on a
// configured domain only: the Host header is the client's to write, and a
// redirect must not lead a member anywhere else.
func (s *httpsSetup) redirect(w http.ResponseWriter, r *http.Request, port string) {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(host)
	if !s.allowed[host] {
		http.Error(w, "This server does not serve that host name.", http.StatusMisdirectedRequest)
		return
	}
	http.Redirect(w, r, "https://"+withPort(host, port)+r.URL.RequestURI(), http.StatusMovedPermanently)
}

// withPort names host with the HTTPS port, unless it is the default one.
func withPort(host, port string) string {
	if port == "443" {
		return host
	}
	return net.JoinHostPort(host, port)
}

// prefetch gets each domain's certificate at start, rather than at the
// first member's visit: a mistake (DNS, a closed port) shows in the log
// at once, and the first visitor does not wait for the authority.
func (s *httpsSetup) prefetch(log *slog.Logger) {
	for _, d := range s.domains {
		// An ECDSA-capable client's hello, as browsers send: autocert
		// picks the key type from it.
		cert, err := s.manager.GetCertificate(&tls.ClientHelloInfo{
			ServerName:       d,
			SignatureSchemes: []tls.SignatureScheme{tls.ECDSAWithP256AndSHA256},
			SupportedCurves:  []tls.CurveID{tls.CurveP256},
			CipherSuites:     []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256},
		})
		if err != nil {
			log.Error("no HTTPS certificate yet: check that the domain's DNS points at this machine and that ports 80 and 443 are reachable; it is tried again at the next visit",
				"domain", d, "err", err)
			continue
		}
		log.Info("HTTPS certificate ready", "domain", d, "expires", cert.Leaf.NotAfter.Format(time.DateOnly))
	}
}

// hsts tells browsers to come back over HTTPS only, for a year: a member
// on a café's network is not downgraded to plain HTTP. No preload: that
// list is the operator's choice, hard to leave.
func hsts(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Strict-Transport-Security", "max-age=31536000")
		next.ServeHTTP(w, r)
	})
}

// shutdownAll stops every server together: each stops listening at once,
// then waits for its requests in flight.
func shutdownAll(ctx context.Context, servers []*http.Server) error {
	errs := make(chan error, len(servers))
	for _, hs := range servers {
		go func() { errs <- hs.Shutdown(ctx) }()
	}
	var all []error
	for range servers {
		all = append(all, <-errs)
	}
	return errors.Join(all...)
}
