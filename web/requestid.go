package web

import (
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"regexp"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/site"
)

// requestIDHeader names a request in the answer, and, from a trusted
// proxy, in the request: the proxy's own log and Charter's then share it.
const requestIDHeader = "X-Request-Id"

// proxyRequestID is what an id from a proxy may be: short, and nothing a
// log line or a page could be made to say more with.
var proxyRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// requestIDs are lowercase base 32, whose alphabet leaves out 0, 1, 8 and
// 9 (read as o, l, b and g): easy to read aloud or copy from a page.
var requestIDs = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// newRequestID is 12 characters, 60 random bits: unique enough among the
// lines an operator keeps, and nothing about who asked or when.
func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return requestIDs.EncodeToString(b)[:12]
}

// proxies parses the trusted proxies as gin does: addresses or networks.
func proxies(addrs []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, a := range addrs {
		a = strings.TrimSpace(a)
		if !strings.Contains(a, "/") {
			ip, err := netip.ParseAddr(a)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q: %w", a, err)
			}
			out = append(out, netip.PrefixFrom(ip.Unmap(), ip.Unmap().BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(a)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: %w", a, err)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// fromTrustedProxy says whether the request came straight from one of the
// proxies the operator named.
func fromTrustedProxy(c *gin.Context, trusted []netip.Prefix) bool {
	if len(trusted) == 0 {
		return false
	}
	host, _, err := net.SplitHostPort(c.Request.RemoteAddr)
	if err != nil {
		return false
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	ip = ip.Unmap()
	for _, p := range trusted {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// identify names the request (X-Request-Id in the answer, the id in its
// context for every line logged while it runs and for the error page) and
// logs one line for it once answered. The line holds the route's pattern,
// never the path, whose parameters may be secrets (an invitation's, an
// unsubscribe link's) or say what a member read; no query string, cookie
// or header; the client's address only if the operator asks
// (Config.LogClientAddress). Nor does it name the member: logs kept by the
// union or seized from it must not tell who read or did what.
func (s *Server) identify(trusted []netip.Prefix) gin.HandlerFunc {
	return func(c *gin.Context) {
		id := ""
		if fromTrustedProxy(c, trusted) {
			if h := c.GetHeader(requestIDHeader); proxyRequestID.MatchString(h) {
				id = h
			}
		}
		if id == "" {
			id = newRequestID()
		}
		ctx := site.WithRequestID(c.Request.Context(), id)
		c.Request = c.Request.WithContext(ctx)
		c.Header(requestIDHeader, id)
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched" // a 404: the path asked for may be anything
		}
		attrs := []slog.Attr{
			slog.String("method", c.Request.Method),
			slog.String("route", route),
			slog.Int("status", c.Writer.Status()),
			slog.Duration("duration", time.Since(start)),
			slog.Int("bytes", max(c.Writer.Size(), 0)),
		}
		if s.cfg.LogClientAddress {
			attrs = append(attrs, slog.String("client", c.ClientIP()))
		}
		s.log.LogAttrs(ctx, slog.LevelInfo, "request", attrs...)
	}
}
