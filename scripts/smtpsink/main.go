// Command smtpsink is the local mail server of a load run: it accepts every
// message over SMTP and forgets it, counting them, and tells the count
// over HTTP, so that the load generator can measure how fast Charter
// sends while it reads and votes. Both listen on the loopback interface.
//
//	go run ./scripts/smtpsink -smtp 127.0.0.1:2525 -http 127.0.0.1:2526
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/emersion/go-smtp"
)

var received atomic.Int64

type backend struct{}

func (backend) NewSession(*smtp.Conn) (smtp.Session, error) { return session{}, nil }

type session struct{}

func (session) Mail(string, *smtp.MailOptions) error { return nil }
func (session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (session) Reset()                               {}
func (session) Logout() error                        { return nil }

func (session) Data(r io.Reader) error {
	if _, err := io.Copy(io.Discard, r); err != nil {
		return err
	}
	received.Add(1)
	return nil
}

func main() {
	smtpAddr := flag.String("smtp", "127.0.0.1:2525", "SMTP address (loopback only)")
	httpAddr := flag.String("http", "127.0.0.1:2526", "address that answers the count (loopback only)")
	flag.Parse()
	for _, a := range []string{*smtpAddr, *httpAddr} {
		host, _, err := net.SplitHostPort(a)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			log.Fatalf("smtpsink: %s is not on the loopback interface", a)
		}
	}
	srv := smtp.NewServer(backend{})
	srv.Addr, srv.Domain, srv.AllowInsecureAuth = *smtpAddr, "localhost", true
	srv.MaxMessageBytes = 10 << 20
	go func() {
		http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, received.Load()) })
		log.Fatal(http.ListenAndServe(*httpAddr, nil))
	}()
	if err := srv.ListenAndServe(); err != nil && !strings.Contains(err.Error(), "closed") {
		log.Fatal(err)
	}
}
