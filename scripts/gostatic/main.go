// Command gostatic serves one file's bytes from memory through Go's
// net/http and does nothing else: beside nginx, the ceiling for a page
// served by a Go program on the same machine (scripts/loadrun.sh).
//
//	go run ./scripts/gostatic -addr 127.0.0.1:18183 page.html
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18183", "address to listen on (loopback only)")
	flag.Parse()
	host, _, err := net.SplitHostPort(*addr)
	if err != nil || !net.ParseIP(host).IsLoopback() || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gostatic [-addr 127.0.0.1:PORT] FILE")
		os.Exit(2)
	}
	page, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gostatic:", err)
		os.Exit(1)
	}
	err = http.ListenAndServe(*addr, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}))
	fmt.Fprintln(os.Stderr, "gostatic:", err)
	os.Exit(1)
}
