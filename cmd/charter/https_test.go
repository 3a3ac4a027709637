package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"io/fs"
	"math/big"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
)

// TestHTTPSWithACME runs the real binary with --domain against Pebble, Let's
// Encrypt's test ACME server, whose validation authority really connects
// back to Charter. Only TLS-ALPN-01 can succeed (Pebble's HTTP port is
// closed). The certificates name the domains and chain to Pebble's root,
// every answer carries HSTS, the session cookie is Secure, plain HTTP is
// redirected for the domains alone, the cache is private, SIGTERM stops
// both listeners, and a restart serves the cached certificate without a
// new order.
func TestHTTPSWithACME(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary and Pebble")
	}
	a := newACMETest(t, false)
	run(t, sitePassword+"\n", "user", "add", "--db", a.db, "--email", "ada@union.test", "--name", "Ada", "--role", "member", "--password-stdin")
	server := a.start(t, "union.test,www.union.test")
	if out := server.started; !strings.Contains(out, "https://union.test:"+a.httpsPort+" and https://www.union.test:"+a.httpsPort) {
		t.Errorf("the start line does not name the domains: %q", out)
	}

	jar, _ := cookiejar.New(nil)
	client := a.client(jar)
	base := "https://union.test:" + a.httpsPort
	res := get(t, client, base+"/login")
	serial := a.checkCertificate(t, res, "union.test")
	if hsts := res.Header.Get("Strict-Transport-Security"); hsts != "max-age=31536000" {
		t.Errorf("Strict-Transport-Security: %q", hsts)
	}
	a.checkCertificate(t, get(t, client, "https://www.union.test:"+a.httpsPort+"/login"), "www.union.test")

	// Logging in over this TLS gives a Secure session cookie.
	m := csrfInput.FindStringSubmatch(res.body)
	if m == nil {
		t.Fatal("the login page has no CSRF token")
	}
	login, err := client.PostForm(base+"/login", url.Values{"csrf_token": {m[1]}, "email": {"ada@union.test"}, "password": {sitePassword}, "next": {"/"}})
	if err != nil {
		t.Fatal(err)
	}
	_ = login.Body.Close()
	var session *http.Cookie
	for _, c := range login.Cookies() {
		if c.Name == "charter_session" {
			session = c
		}
	}
	if login.StatusCode != http.StatusSeeOther || session == nil || !session.Secure {
		t.Errorf("log in over HTTPS: status %d, session cookie %v", login.StatusCode, session)
	}
	if hsts := login.Header.Get("Strict-Transport-Security"); hsts == "" {
		t.Error("no Strict-Transport-Security on the login's answer")
	}

	// Plain HTTP: a redirect to the same place over HTTPS for the domains,
	// nothing for another host, ACME's path left to ACME.
	plain := "http://union.test:" + a.httpPort
	if res := get(t, client, plain+"/documents/bylaws?version=2"); res.StatusCode != http.StatusMovedPermanently ||
		res.Header.Get("Location") != base+"/documents/bylaws?version=2" {
		t.Errorf("plain HTTP: status %d, Location %q", res.StatusCode, res.Header.Get("Location"))
	}
	if res := get(t, client, "http://WWW.union.test:"+a.httpPort+"/"); res.StatusCode != http.StatusMovedPermanently ||
		res.Header.Get("Location") != "https://www.union.test:"+a.httpsPort+"/" {
		t.Errorf("plain HTTP to the second domain: status %d, Location %q", res.StatusCode, res.Header.Get("Location"))
	}
	for _, host := range []string{"evil.example", "union.test.evil.example", "127.0.0.1"} {
		req, _ := http.NewRequest(http.MethodGet, plain+"/login", nil)
		req.Host = host
		res := fetchWhole(t, client, req)
		if res.StatusCode != http.StatusMisdirectedRequest && res.StatusCode != http.StatusBadRequest || res.Header.Get("Location") != "" {
			t.Errorf("plain HTTP for host %q: status %d, Location %q", host, res.StatusCode, res.Header.Get("Location"))
		}
	}
	if res := get(t, client, plain+"/.well-known/acme-challenge/nothing-pending"); res.StatusCode != http.StatusNotFound {
		t.Errorf("an unknown ACME challenge: status %d", res.StatusCode)
	}

	// The cache holds the account's and the certificates' keys: this user's
	// alone.
	if err := filepath.WalkDir(a.acmeDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		want := fs.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s: mode %o, want %o", path, info.Mode().Perm(), want)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n := a.pebble.orders(); n != 2 {
		t.Errorf("Pebble received %d orders for two domains", n)
	}

	server.stop(t)
	for _, addr := range []string{a.httpsAddr, a.httpAddr} {
		if c, err := net.Dial("tcp", addr); err == nil {
			_ = c.Close()
			t.Errorf("%s still takes connections after SIGTERM", addr)
		}
	}

	// A restart serves the cached certificate: no new order.
	server = a.start(t, "union.test,www.union.test")
	if again := a.checkCertificate(t, get(t, a.client(nil), base+"/login"), "union.test"); again.Cmp(serial) != 0 {
		t.Errorf("after a restart, certificate %x; before, %x", again, serial)
	}
	if n := a.pebble.orders(); n != 2 {
		t.Errorf("after a restart Pebble has %d orders, want the 2 of the first start", n)
	}
	if log := server.stderr.String(); !strings.Contains(log, "HTTPS certificate ready") {
		t.Errorf("the log does not say the certificate is ready:\n%s", log)
	}
	server.stop(t)
}

// TestHTTPSOverHTTP01: where TLS-ALPN-01 cannot reach Charter (Pebble's TLS
// port is closed), the certificate comes through the HTTP-01 challenge on
// --http-addr.
func TestHTTPSOverHTTP01(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary and Pebble")
	}
	a := newACMETest(t, true)
	server := a.start(t, "union.test")
	a.checkCertificate(t, get(t, a.client(nil), "https://union.test:"+a.httpsPort+"/login"), "union.test")
	if log := a.pebble.log.String(); !strings.Contains(log, "Attempting to validate w/ HTTP: http://union.test:"+a.httpPort+"/.well-known/acme-challenge/") {
		t.Errorf("Pebble did not validate over HTTP:\n%s", log)
	}
	server.stop(t)
}

// TestHTTPSFlags: --domain's settings are checked before anything starts.
func TestHTTPSFlags(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "charter.db")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--domain", "union.example", "--addr", ":8080"}, "drop -addr"},
		{[]string{"--domain", "https://union.example"}, "give a domain name"},
		{[]string{"--domain", "union.example:443"}, "give a domain name"},
		{[]string{"--domain", "localhost"}, "give a domain name"},
		{[]string{"--domain", "127.0.0.1"}, "give a domain name"},
		{[]string{"--domain", "union.example", "--db", "postgres://charter@db.example/charter"}, "needs -acme-dir"},
	} {
		args := append([]string{"serve", "--db", db}, c.args...)
		if _, err := run(t, "", args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: %v, want %q", c.args, err, c.want)
		}
	}
	open := filepath.Join(t.TempDir(), "acme")
	if err := os.Mkdir(open, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, "", "serve", "--db", db, "--domain", "union.example", "--acme-dir", open); err == nil || !strings.Contains(err.Error(), "chmod 700") {
		t.Errorf("a cache others may read: %v", err)
	}
}

// TestHTTPSServeInProcess: with --domain, serve needs no --base-url for mail
// (links point at the first domain), says where it serves, logs why it has
// no certificate when the authority cannot be reached, and stops both
// listeners when its context ends.
func TestHTTPSServeInProcess(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--db", "sqlite:" + filepath.Join(dir, "charter.db"), "--domain", "union.example",
			"--https-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0", "--acme-url", "https://127.0.0.1:1/directory",
			"--smtp-host", "127.0.0.1", "--mail-from", "Local 12 <charter@union.example>"}, nil, &out, &out)
	}()
	waitFor(t, "the server to start", func() bool {
		select {
		case err := <-done:
			t.Fatalf("serve ended: %v\n%s", err, out.String())
		default:
		}
		return strings.Contains(out.String(), "Charter is serving")
	})
	waitFor(t, "the certificate's failure to be logged", func() bool { return strings.Contains(out.String(), "no HTTPS certificate yet") })
	if !strings.Contains(out.String(), "Charter is serving https://union.example:") || !strings.Contains(out.String(), "kept in "+filepath.Join(dir, "acme")) {
		t.Errorf("the start line:\n%s", out.String())
	}
	if info, err := os.Stat(filepath.Join(dir, "acme")); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("the default cache beside the database: %v %v", info, err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v\n%s", err, out.String())
	}
}

// acmeTest is a Pebble server and what a Charter needs to get its
// certificates from it.
type acmeTest struct {
	bin, db, acmeDir    string
	httpsAddr, httpAddr string
	httpsPort, httpPort string
	pebble              *pebble
	roots               *x509.CertPool // Pebble's issuing root
}

// newACMETest starts Pebble, validating over TLS-ALPN-01 on Charter's HTTPS
// port, or with overHTTP over HTTP-01 on its HTTP port; the other
// challenge's port is closed.
func newACMETest(t *testing.T, overHTTP bool) *acmeTest {
	t.Helper()
	// Five ports at once: taken one by one, the kernel may hand out the
	// same port twice (it did in CI, and Pebble could not listen).
	addrs := freeAddrs(t, 5)
	a := &acmeTest{bin: buildCharter(t), httpsAddr: addrs[0], httpAddr: addrs[1]}
	dir := t.TempDir()
	a.db, a.acmeDir = "sqlite:"+filepath.Join(dir, "charter.db"), filepath.Join(dir, "acme")
	_, a.httpsPort, _ = net.SplitHostPort(a.httpsAddr)
	_, a.httpPort, _ = net.SplitHostPort(a.httpAddr)
	_, closed, _ := net.SplitHostPort(addrs[2])
	if overHTTP {
		a.pebble = startPebble(t, addrs[3], addrs[4], a.httpPort, closed)
	} else {
		a.pebble = startPebble(t, addrs[3], addrs[4], closed, a.httpsPort)
	}
	a.roots = x509.NewCertPool()
	root := get(t, a.pebble.management(), "https://"+a.pebble.managementAddr+"/roots/0")
	if block, _ := pem.Decode([]byte(root.body)); block == nil || !a.roots.AppendCertsFromPEM([]byte(root.body)) {
		t.Fatalf("Pebble's root: status %d %q", root.StatusCode, root.body)
	}
	return a
}

// start runs charter serve for domains, trusting Pebble's API through
// SSL_CERT_FILE as a private ACME server would be trusted.
func (a *acmeTest) start(t *testing.T, domains string) *charterProcess {
	t.Helper()
	cmd := exec.Command(a.bin, "serve", "--db", a.db, "--domain", domains, "--https-addr", a.httpsAddr, "--http-addr", a.httpAddr,
		"--acme-url", "https://"+a.pebble.addr+"/dir", "--acme-email", "it@union.test")
	cmd.Env = append(os.Environ(), "SSL_CERT_FILE="+a.pebble.apiCA)
	return runCharter(t, cmd, "https://"+strings.SplitN(domains, ",", 2)[0]+":"+a.httpsPort)
}

// client reaches every domain at Charter's loopback ports, trusting
// Pebble's root alone and following no redirect.
func (a *acmeTest) client(jar http.CookieJar) *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	return &http.Client{
		Jar:     jar,
		Timeout: 2 * time.Minute, // the first request may wait for the certificate
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: a.roots},
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				_, port, err := net.SplitHostPort(addr)
				if err != nil {
					return nil, err
				}
				return dialer.DialContext(ctx, network, net.JoinHostPort("127.0.0.1", port))
			},
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// checkCertificate checks the answer came over TLS with a certificate
// for domain that Pebble issued, and returns its serial number.
func (a *acmeTest) checkCertificate(t *testing.T, res response, domain string) *big.Int {
	t.Helper()
	if res.TLS == nil || len(res.TLS.PeerCertificates) == 0 {
		t.Fatalf("%s: not over TLS", domain)
	}
	leaf := res.TLS.PeerCertificates[0]
	if err := leaf.VerifyHostname(domain); err != nil {
		t.Errorf("%s: %v", domain, err)
	}
	if !strings.Contains(leaf.Issuer.CommonName, "Pebble") {
		t.Errorf("%s: issued by %q, not Pebble", domain, leaf.Issuer.CommonName)
	}
	if res.StatusCode != http.StatusOK {
		t.Errorf("%s: status %d", domain, res.StatusCode)
	}
	return leaf.SerialNumber
}

// response is an HTTP response with its body read.
type response struct {
	*http.Response
	body string
}

func fetchWhole(t *testing.T, client *http.Client, req *http.Request) response {
	t.Helper()
	res, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", req.Method, req.URL, err)
	}
	return response{res, string(body)}
}

func get(t *testing.T, client *http.Client, url string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return fetchWhole(t, client, req)
}

// freeAddr is a loopback address with a port free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	return freeAddrs(t, 1)[0]
}

// freeAddrs is n loopback addresses with distinct ports free a moment
// ago: every listener is held until all are open.
func freeAddrs(t *testing.T, n int) []string {
	t.Helper()
	addrs := make([]string, n)
	for i := range addrs {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		addrs[i] = l.Addr().String()
	}
	return addrs
}

// pebble is a running Pebble ACME server.
type pebble struct {
	addr, managementAddr string
	apiCA                string // the file of the CA that signed Pebble's own HTTPS certificate
	log                  *syncBuffer
}

// startPebble builds and starts Pebble on addr, with its management API on
// managementAddr, validating challenges on these ports of whatever address
// the domains resolve to: 127.0.0.1, for every name under .test, through a
// DNS server of the test's own.
func startPebble(t *testing.T, addr, managementAddr, httpPort, tlsPort string) *pebble {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH to build Pebble with")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "pebble")
	if out, err := exec.Command(goTool, "build", "-o", bin, "github.com/letsencrypt/pebble/v2/cmd/pebble").CombinedOutput(); err != nil {
		t.Skipf("Pebble, the test ACME server, cannot be built: %v\n%s", err, out)
	}
	module, err := exec.Command(goTool, "list", "-m", "-f", "{{.Dir}}", "github.com/letsencrypt/pebble/v2").Output()
	if err != nil {
		t.Fatalf("where is Pebble's module: %v", err)
	}
	certs := filepath.Join(strings.TrimSpace(string(module)), "test", "certs")
	p := &pebble{addr: addr, managementAddr: managementAddr, apiCA: filepath.Join(certs, "pebble.minica.pem"), log: &syncBuffer{}}
	var config struct {
		Pebble map[string]any `json:"pebble"`
	}
	config.Pebble = map[string]any{
		"listenAddress":           p.addr,
		"managementListenAddress": p.managementAddr,
		"certificate":             filepath.Join(certs, "localhost", "cert.pem"),
		"privateKey":              filepath.Join(certs, "localhost", "key.pem"),
		"httpPort":                json.Number(httpPort),
		"tlsPort":                 json.Number(tlsPort),
		"keyAlgorithm":            "ecdsa",
	}
	configFile := filepath.Join(dir, "pebble.json")
	b, _ := json.Marshal(config)
	if err := os.WriteFile(configFile, b, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-config", configFile, "-dnsserver", testDNS(t))
	// No random sleeps; and a real validation, whatever the environment.
	cmd.Env = append(os.Environ(), "PEBBLE_VA_NOSLEEP=1", "PEBBLE_VA_ALWAYS_VALID=0")
	cmd.Stdout, cmd.Stderr = p.log, p.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("Pebble's log:\n%s", p.log.String())
		}
	})
	waitFor(t, "Pebble to listen", func() bool {
		for _, addr := range []string{p.addr, p.managementAddr} {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				return false
			}
			_ = c.Close()
		}
		return true
	})
	if strings.Contains(p.log.String(), "VA always returns valid") {
		t.Fatal("Pebble does not validate challenges")
	}
	return p
}

// management is a client of Pebble's management API.
func (p *pebble) management() *http.Client {
	pool := x509.NewCertPool()
	if b, err := os.ReadFile(p.apiCA); err == nil {
		pool.AppendCertsFromPEM(b)
	}
	return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
}

// orders counts the certificate orders Pebble received.
func (p *pebble) orders() int { return strings.Count(p.log.String(), "Added order") }

// testDNS answers Pebble's questions: every name under .test is
// 127.0.0.1, with no IPv6 address and no other record.
func testDNS(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	server := &dns.Server{Listener: l, Handler: dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(q)
		for _, question := range q.Question {
			if question.Qtype == dns.TypeA && strings.HasSuffix(question.Name, ".test.") {
				m.Answer = append(m.Answer, &dns.A{Hdr: dns.RR_Header{Name: question.Name, Rrtype: dns.TypeA, Class: dns.ClassINET, Ttl: 60}, A: net.IPv4(127, 0, 0, 1)})
			}
		}
		_ = w.WriteMsg(m)
	})}
	go func() { _ = server.ActivateAndServe() }()
	t.Cleanup(func() { _ = server.Shutdown() })
	return l.Addr().String()
}
