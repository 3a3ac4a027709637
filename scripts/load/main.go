// Command load drives a running Charter on this machine with concurrent
// readers and reports throughput and latency. It is bounded in requests
// and time, and refuses any address off the loopback interface.
//
//	go run ./scripts/load -url http://127.0.0.1:18080 -email member@… -password …
//
// With -union (a union made by scripts/union), it reads the union's pages in
// phases and casts one ballot per member instead: see scripts/loadrun.sh.
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:18080", "Charter's address (loopback only)")
	email := flag.String("email", "", "login")
	password := flag.String("password", "", "password")
	paths := flag.String("paths", "/documents/constitution,/,/api/v1/documents", "comma-separated pages to read")
	workers := flag.Int("c", 8, "concurrent clients")
	total := flag.Int("n", 4000, "requests in all")
	limit := flag.Duration("max", 60*time.Second, "stop after this long whatever is left")
	var uf unionFlags
	addUnionFlags(&uf)
	flag.Parse()

	u, err := url.Parse(*base)
	if err != nil || !isLoopback(u.Hostname()) {
		fmt.Fprintln(os.Stderr, "load: -url must be on the loopback interface")
		os.Exit(2)
	}
	if uf.file != "" {
		uf.workers = *workers
		if err := runUnion(*base, uf); err != nil {
			fmt.Fprintln(os.Stderr, "load:", err)
			os.Exit(1)
		}
		return
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 30 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	if err := login(client, *base, *email, *password); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}

	targets := strings.Split(*paths, ",")
	jobs := make(chan string)
	type result struct {
		path    string
		latency time.Duration
		status  int
	}
	results := make(chan result, *total)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				start := time.Now()
				res, err := client.Get(*base + p)
				status := 0
				if err == nil {
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					status = res.StatusCode
				}
				results <- result{p, time.Since(start), status}
			}
		}()
	}
	began := time.Now()
	deadline := began.Add(*limit)
	sent := 0
	for ; sent < *total && time.Now().Before(deadline); sent++ {
		jobs <- targets[sent%len(targets)]
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(began)
	close(results)

	byPath := map[string][]time.Duration{}
	failures := 0
	for r := range results {
		if r.status != http.StatusOK {
			failures++
			continue
		}
		byPath[r.path] = append(byPath[r.path], r.latency)
	}
	fmt.Printf("%d requests by %d clients in %.2fs: %.0f requests/s, %d not 200\n", sent, *workers, elapsed.Seconds(), float64(sent)/elapsed.Seconds(), failures)
	fmt.Printf("%-28s %7s %9s %9s %9s\n", "page", "count", "p50", "p95", "p99")
	for _, p := range targets {
		l := byPath[p]
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		if len(l) == 0 {
			continue
		}
		q := func(f float64) time.Duration {
			return l[min(len(l)-1, int(f*float64(len(l))))].Round(10 * time.Microsecond)
		}
		fmt.Printf("%-28s %7d %9v %9v %9v\n", p, len(l), q(0.50), q(0.95), q(0.99))
	}
	if failures > 0 {
		os.Exit(1)
	}
}

var csrfInput = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

func login(c *http.Client, base, email, password string) error {
	res, err := c.Get(base + "/login")
	if err != nil {
		return err
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := csrfInput.FindSubmatch(body)
	if m == nil {
		return fmt.Errorf("no login form at %s", base)
	}
	res, err = c.PostForm(base+"/login", url.Values{"email": {email}, "password": {password}, "csrf_token": {string(m[1])}})
	if err != nil {
		return err
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		return fmt.Errorf("login as %s: status %d", email, res.StatusCode)
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
