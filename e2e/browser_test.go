// Package e2e drives Debian's Chromium, headless, through whole stories
// against the real server on a temporary SQLite file: each user in a
// browser context of their own, with their own cookies.
package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web"
)

// chromium finds the browser: CHARTER_CHROMIUM, or Debian's package.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHARTER_CHROMIUM"), "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no Chromium found: install Debian's chromium package (apt-get install -y chromium) or set CHARTER_CHROMIUM to run the browser tests")
	return ""
}

// site is the real server on a temporary SQLite file, with a clock the
// story moves forward through notice periods.
type site struct {
	t        *testing.T
	db       *store.DB
	url      string
	chromium string
	shift    atomic.Int64 // nanoseconds added to the real time
}

func newSite(t *testing.T) *site {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "charter.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	s := &site{t: t, db: db}
	db.UseClock(func() time.Time {
		return time.Now().UTC().Add(time.Duration(s.shift.Load())).Truncate(time.Microsecond)
	})
	srv, err := web.New(ctx, db, web.Config{}, slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		t.Fatal(err)
	}
	h, err := srv.Handler()
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	t.Cleanup(srv.Shutdown) // before the server closes: it waits for open event streams
	s.url = ts.URL

	s.chromium = chromium(t)
	return s
}

// browser starts a Chromium of its own, with a fresh profile: nothing is
// shared between two users' sessions.
func (s *site) newBrowser(t *testing.T) context.Context {
	t.Helper()
	profile, err := os.MkdirTemp("", "charter-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(s.chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(profile),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		_ = chromedp.Cancel(browser)
		cancelBrowser()
		cancelAlloc()
		// Chromium may still be flushing its cache as it exits.
		for range 10 {
			if os.RemoveAll(profile) == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	return browser
}

// advance moves the store's clock forward.
func (s *site) advance(d time.Duration) { s.shift.Add(int64(d)) }

// account creates a user as `charter user add` does, with a password.
func (s *site) account(email, name string, roles ...member.Role) member.User {
	s.t.Helper()
	u, err := s.db.CreateUser(context.Background(), 0, store.NewUser{Email: email, Name: name, Roles: roles, Password: password, GoodStanding: true})
	if err != nil {
		s.t.Fatal(err)
	}
	return u
}

const password = "correct horse battery staple"

// user is one person's browser session: a browser context of its own, so
// cookies are never shared, on a desktop or a phone viewport, with or
// without JavaScript.
type user struct {
	s      *site
	t      *testing.T
	name   string
	ctx    context.Context
	js     bool        // the browser runs the page's scripts
	dialog atomic.Bool // a JavaScript dialog opened: never expected
}

type viewport struct {
	width, height int64
	mobile        bool
}

var (
	desktop = viewport{1280, 900, false}
	phone   = viewport{360, 740, true}
)

func (s *site) user(t *testing.T, name string, vp viewport, javascript bool) *user {
	t.Helper()
	ctx := s.newBrowser(t)
	u := &user{s: s, t: t, name: name, ctx: ctx, js: javascript}
	chromedp.ListenTarget(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			u.dialog.Store(true)
			go func() {
				c := chromedp.FromContext(ctx)
				_ = page.HandleJavaScriptDialog(false).Do(cdp.WithExecutor(ctx, c.Target))
			}()
		}
	})
	actions := []chromedp.Action{u.viewport(vp)}
	if !javascript {
		actions = append(actions, emulation.SetScriptExecutionDisabled(true))
	}
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatalf("%s's browser: %v", name, err)
	}
	return u
}

func (u *user) viewport(vp viewport) chromedp.Action {
	if vp.mobile {
		return chromedp.EmulateViewport(vp.width, vp.height, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(2))
	}
	return chromedp.EmulateViewport(vp.width, vp.height)
}

// run performs actions, failing the test with the page's screenshots.
func (u *user) run(step string, actions ...chromedp.Action) {
	u.t.Helper()
	ctx, cancel := context.WithTimeout(u.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		u.failed(step, err)
	}
}

// open loads a page and checks its status.
func (u *user) open(path string) {
	u.t.Helper()
	u.navigate("open "+path, 200, chromedp.Navigate(u.s.url+path))
}

// click follows a link or submits a form by its button, and checks the
// status of the page it lands on (after redirects).
func (u *user) click(selector string, status int64) {
	u.t.Helper()
	u.navigate("click "+selector, status, chromedp.Click(selector, chromedp.ByQuery, chromedp.NodeVisible))
}

func (u *user) navigate(step string, status int64, action chromedp.Action) {
	u.t.Helper()
	ctx, cancel := context.WithTimeout(u.ctx, 20*time.Second)
	defer cancel()
	res, err := chromedp.RunResponse(ctx, action)
	if err == nil && res == nil {
		err = fmt.Errorf("no page loaded")
	}
	if err == nil && res.Status != status {
		err = fmt.Errorf("status %d, want %d", res.Status, status)
	}
	if err != nil {
		u.failed(step, err)
	}
}

// fill sets form fields by selector.
func (u *user) fill(fields map[string]string) {
	u.t.Helper()
	var actions []chromedp.Action
	for sel, value := range fields {
		actions = append(actions, chromedp.SetValue(sel, value, chromedp.ByQuery))
	}
	u.run("fill a form", actions...)
}

// text returns the text of the first element matching selector.
func (u *user) text(selector string) string {
	u.t.Helper()
	var out string
	u.run("read "+selector, chromedp.Text(selector, &out, chromedp.ByQuery, chromedp.NodeReady))
	return out
}

// attr returns an attribute of the first element matching selector.
func (u *user) attr(selector, name string) string {
	u.t.Helper()
	var value string
	var ok bool
	u.run("read "+selector+"@"+name, chromedp.AttributeValue(selector, name, &value, &ok, chromedp.ByQuery, chromedp.NodeReady))
	return value
}

func (u *user) count(selector string) int {
	u.t.Helper()
	var nodes []*cdp.Node
	u.run("count "+selector, chromedp.Nodes(selector, &nodes, chromedp.ByQueryAll, chromedp.AtLeast(0)))
	return len(nodes)
}

func (u *user) expectText(selector, want string) {
	u.t.Helper()
	if got := u.text(selector); !strings.Contains(got, want) {
		u.failed("expect "+selector, fmt.Errorf("%q does not contain %q", got, want))
	}
}

// failed saves the page at 360 and 1280 px wide under the test's output
// directory, then fails.
func (u *user) failed(step string, err error) {
	u.t.Helper()
	dir := os.Getenv("CHARTER_E2E_OUT")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "charter-e2e")
	}
	name := strings.NewReplacer("/", "_", " ", "_").Replace(u.t.Name() + "-" + u.name)
	var saved []string
	for _, vp := range []viewport{phone, desktop} {
		var png []byte
		ctx, cancel := context.WithTimeout(u.ctx, 10*time.Second)
		if chromedp.Run(ctx, u.viewport(vp), chromedp.FullScreenshot(&png, 100)) == nil {
			path := filepath.Join(dir, fmt.Sprintf("%s-%d.png", name, vp.width))
			if os.MkdirAll(dir, 0o755) == nil && os.WriteFile(path, png, 0o644) == nil {
				saved = append(saved, path)
			}
		}
		cancel()
	}
	var url string
	_ = chromedp.Run(u.ctx, chromedp.Location(&url))
	u.t.Fatalf("%s, at %s: %s: %v (screenshots: %s)", u.name, url, step, err, strings.Join(saved, ", "))
}

// testLog sends the server's log to the test's.
type testLog struct{ t *testing.T }

var logMu sync.Mutex

func (l testLog) Write(p []byte) (int, error) {
	logMu.Lock()
	defer logMu.Unlock()
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}
