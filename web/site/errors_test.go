package site_test

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/web/i18n"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// newSite is a Site over the embedded templates and catalogs, as web.New
// makes it, with a hook that marks the API's errors.
func newSite(t *testing.T) *site.Site {
	t.Helper()
	cat, err := i18n.Load(os.DirFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := view.Parse(os.DirFS(".."), cat, func(name string) (string, error) { return "/static/" + name, nil })
	if err != nil {
		t.Fatal(err)
	}
	return site.New(site.Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Catalog: cat, Templates: pages,
		APIErrorFields: func(body gin.H, err error) { body["extra"] = err.Error() }})
}

// TestHandleAnswersErrors: the one adapter answers a handler's error as the
// error page, with a way back when the error carries one, as the API's JSON
// under /api/, and as the bare message to charter.js on the forms it posts;
// a handler that answered itself is left alone.
func TestHandleAnswersErrors(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	s := newSite(t)
	conflict := charter.Errorf(charter.ECONFLICT, "This ballot is closed.")
	r := gin.New()
	fail := func(err error) site.Func { return func(*gin.Context) error { return err } }
	r.GET("/page", s.Handle(fail(conflict)))
	r.GET("/back", s.Handle(fail(site.Back(conflict, "/ballots/7"))))
	r.GET("/api/v1/thing", s.Handle(fail(charter.Errorf(charter.ENOTFOUND, "There is no ballot %q.", "x"))))
	r.GET("/internal", s.Handle(fail(errors.New("disk on fire"))))
	r.POST("/script", s.HandleScript(fail(conflict)))
	r.GET("/ok", s.Handle(func(c *gin.Context) error { c.String(http.StatusTeapot, "fine"); return nil }))
	get := func(method, path string, header ...string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		w := httptest.NewRecorder()
		r.ServeHTTP(w, req)
		return w
	}

	w := get("GET", "/page")
	if w.Code != http.StatusConflict || !strings.Contains(w.Body.String(), `data-code="conflict"`) || !strings.Contains(w.Body.String(), "This ballot is closed.") || strings.Contains(w.Body.String(), "/ballots/7") {
		t.Errorf("error page: %d %s", w.Code, w.Body)
	}
	if w := get("GET", "/back"); w.Code != http.StatusConflict || !strings.Contains(w.Body.String(), `href="/ballots/7"`) {
		t.Errorf("error page with a way back: %d %s", w.Code, w.Body)
	}
	w = get("GET", "/api/v1/thing")
	var body struct {
		Error struct{ Code, Message string }
		Extra string
	}
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || w.Code != http.StatusNotFound || body.Error.Code != charter.ENOTFOUND ||
		body.Error.Message != `There is no ballot "x".` || body.Extra == "" {
		t.Errorf("API error: %d %s (%v)", w.Code, w.Body, err)
	}
	if w := get("GET", "/internal"); w.Code != http.StatusInternalServerError || strings.Contains(w.Body.String(), "disk on fire") {
		t.Errorf("an internal error shows its cause: %d %s", w.Code, w.Body)
	}
	if w := get("POST", "/script", "X-Charter-Fragment", "1"); w.Code != http.StatusConflict || w.Body.String() != "This ballot is closed." ||
		!strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain") {
		t.Errorf("charter.js's answer: %d %q %s", w.Code, w.Body, w.Header().Get("Content-Type"))
	}
	if w := get("POST", "/script"); w.Code != http.StatusConflict || !strings.Contains(w.Body.String(), `data-code="conflict"`) {
		t.Errorf("the form posted without charter.js: %d %s", w.Code, w.Body)
	}
	if w := get("GET", "/ok"); w.Code != http.StatusTeapot || w.Body.String() != "fine" {
		t.Errorf("a handler's own answer: %d %s", w.Code, w.Body)
	}
	if site.Back(nil, "/x") != nil {
		t.Error("Back(nil) is not nil")
	}
}
