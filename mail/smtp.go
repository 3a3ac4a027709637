package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/smtp"
	"net/textproto"
	"strconv"
	"time"
)

// Security is how the connection to the mail server is protected.
type Security string

const (
	StartTLS Security = "starttls" // plain connection upgraded before anything is said (port 587)
	TLS      Security = "tls"      // TLS from the first byte (port 465)
	Plain    Security = "none"     // no encryption: a server on this machine only
)

// ParseSecurity reads the -smtp-security setting.
func ParseSecurity(s string) (Security, error) {
	switch Security(s) {
	case StartTLS, TLS, Plain:
		return Security(s), nil
	}
	return "", fmt.Errorf("smtp security %q: use starttls, tls or none", s)
}

// SMTP delivers over one connection to a mail server, kept open from one
// message to the next and opened again after a failure.
type SMTP struct {
	Host     string
	Port     int
	Username string
	Password string
	Security Security
	// TLSConfig, when set, replaces the default (the system's roots,
	// Host as the server name): for a server with a private CA.
	TLSConfig *tls.Config
	// Hello is the name this machine gives itself; "localhost" by default.
	Hello   string
	Timeout time.Duration // per message; 30 s by default

	client *smtp.Client
	conn   net.Conn
}

// Failure is a delivery that failed. Permanent means the server refused
// the message or its address for good (a 5xx reply): trying again cannot
// help. Unreachable means no message could be handed over at all (the
// server is down, or refuses this sender's login): the message is not at
// fault, and waits without spending a try.
type Failure struct {
	Permanent   bool
	Unreachable bool
	Err         error
}

func (f *Failure) Error() string { return f.Err.Error() }
func (f *Failure) Unwrap() error { return f.Err }

// Send delivers msg from the envelope sender to one recipient. It returns
// nil only once the server has accepted the message.
func (s *SMTP) Send(ctx context.Context, from, to string, msg []byte) error {
	if s.client == nil {
		if err := s.dial(ctx); err != nil {
			return &Failure{Unreachable: true, Err: err}
		}
	}
	timeout := s.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	deadline := time.Now().Add(timeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	_ = s.conn.SetDeadline(deadline)
	err := s.transaction(from, to, msg)
	if err == nil {
		return nil
	}
	var reply *textproto.Error
	if errors.As(err, &reply) {
		// The server answered: the connection is sound, and the next
		// message starts afresh.
		if rerr := s.client.Reset(); rerr != nil {
			s.Close()
		}
		return &Failure{Permanent: reply.Code >= 500, Err: err}
	}
	s.Close() // the connection broke: the next message dials again
	return &Failure{Err: err}
}

func (s *SMTP) transaction(from, to string, msg []byte) error {
	if err := s.client.Mail(from); err != nil {
		return err
	}
	if err := s.client.Rcpt(to); err != nil {
		return err
	}
	w, err := s.client.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	// Close sends the final dot and reads the server's reply: only a 250
	// here means the server took the message.
	return w.Close()
}

func (s *SMTP) dial(ctx context.Context) error {
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	dialer := &net.Dialer{Timeout: 30 * time.Second}
	cfg := s.TLSConfig
	if cfg == nil {
		cfg = &tls.Config{ServerName: s.Host, MinVersion: tls.VersionTLS12}
	}
	var conn net.Conn
	var err error
	if s.Security == TLS {
		conn, err = (&tls.Dialer{NetDialer: dialer, Config: cfg}).DialContext(ctx, "tcp", addr)
	} else {
		conn, err = dialer.DialContext(ctx, "tcp", addr)
	}
	if err != nil {
		return fmt.Errorf("connect to the mail server %s: %w", addr, err)
	}
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	c, err := smtp.NewClient(conn, s.Host)
	if err != nil {
		conn.Close()
		return fmt.Errorf("mail server %s: %w", addr, err)
	}
	hello := s.Hello
	if hello == "" {
		hello = "localhost"
	}
	if err := c.Hello(hello); err != nil {
		c.Close()
		return fmt.Errorf("mail server %s: HELO: %w", addr, err)
	}
	if s.Security == StartTLS {
		// Never fall back to plain text when the operator asked for
		// STARTTLS: a stripped offer is the attack it defends against.
		if ok, _ := c.Extension("STARTTLS"); !ok {
			c.Close()
			return fmt.Errorf("mail server %s does not offer STARTTLS", addr)
		}
		if err := c.StartTLS(cfg); err != nil {
			c.Close()
			return fmt.Errorf("mail server %s: STARTTLS: %w", addr, err)
		}
	}
	if s.Username != "" {
		// PlainAuth refuses to send the password over a connection that is
		// neither encrypted nor to this machine.
		if err := c.Auth(smtp.PlainAuth("", s.Username, s.Password, s.Host)); err != nil {
			c.Close()
			return fmt.Errorf("mail server %s: AUTH: %w", addr, err)
		}
	}
	s.client, s.conn = c, conn
	return nil
}

// Close says goodbye to the server, if connected.
func (s *SMTP) Close() error {
	if s.client == nil {
		return nil
	}
	err := s.client.Quit()
	if err != nil {
		s.client.Close()
	}
	s.client, s.conn = nil, nil
	return err
}
