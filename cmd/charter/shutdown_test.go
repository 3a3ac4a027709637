package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestGracefulShutdown sends SIGTERM to the real server while a member's
// upload is half sent: the server stops taking connections, waits for the
// rest of the upload, stores the comment, answers 201, and exits 0.
func TestGracefulShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	bin := buildCharter(t)
	addr := "sqlite:" + filepath.Join(t.TempDir(), "charter.db")
	s := newSite(t, addr)
	server := startCharter(t, bin, addr)
	host := strings.TrimPrefix(server.base, "http://")

	// The request's head asks for "100 Continue", which the server sends
	// only once the handler reads the body: then the request is in flight.
	const text = "Sent slowly, across the shutdown."
	body := fmt.Sprintf(`{"version_id": %d, "section_key": %q, "stance": "support", "body": %q}`, s.version.ID, s.section, text)
	conn, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/v1/documents/%s/comments HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n",
		siteSlug, host, s.token, len(body))
	r := bufio.NewReader(conn)
	if line, err := r.ReadString('\n'); err != nil || !strings.Contains(line, "100 Continue") {
		t.Fatalf("the server did not ask for the body: %q %v", line, err)
	}
	if _, err := r.ReadString('\n'); err != nil { // the blank line after 100 Continue
		t.Fatal(err)
	}
	half := len(body) / 2
	if _, err := conn.Write([]byte(body[:half])); err != nil {
		t.Fatal(err)
	}

	if err := server.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The rest of the body goes only once the server has stopped listening,
	// so the request is finished during the shutdown, not before it.
	refused := 0
	for deadline := time.Now().Add(30 * time.Second); ; refused++ {
		c, err := net.Dial("tcp", host)
		if err != nil {
			break
		}
		_ = c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the server still takes connections 30 s after SIGTERM")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := conn.Write([]byte(body[half:])); err != nil {
		t.Fatalf("the rest of the upload: %v", err)
	}
	res, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatalf("the request in flight at SIGTERM got no answer: %v", err)
	}
	_ = res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Errorf("the request in flight at SIGTERM: status %d", res.StatusCode)
	}
	select {
	case err := <-server.done:
		if err != nil {
			t.Errorf("charter serve after SIGTERM: %v; want exit status 0", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("charter serve did not exit after its last request")
	}
	if !s.commentBodies(t)[text] {
		t.Errorf("the comment sent across the shutdown was not stored")
	}
}
