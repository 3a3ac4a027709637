package page

import (
	"html/template"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// TellerKey tells a teller whether they have a key, and offers to make
// one.
func (h *Ballots) TellerKey(c *gin.Context) error {
	present, err := h.db.PresentTellerKey(c.Request.Context(), *site.User(c))
	if err != nil {
		return err
	}
	h.site.Render(c, "teller_key", &view.TellerKey{Present: present})
	return nil
}

// CreateTellerKey makes a teller's key and shows its private half, once:
// Charter keeps only the public half, so the page is not behind a redirect
// that a reload or a cache could show again.
func (h *Ballots) CreateTellerKey(c *gin.Context) error {
	u := site.User(c)
	key, err := h.db.CreateTellerKey(c.Request.Context(), *u)
	var present store.TellerKey
	if err == nil {
		present, err = h.db.PresentTellerKey(c.Request.Context(), *u)
	}
	if err != nil {
		return site.Back(err, "/teller-key")
	}
	c.Header("Cache-Control", "no-store")
	// The key is Charter's own text (base 32 and dashes), never a
	// member's, so the download link may carry it as a data URL.
	download := template.URL("data:text/plain;charset=utf-8," + url.PathEscape(key+"\n"))
	h.site.RenderStatus(c, http.StatusCreated, "teller_key", &view.TellerKey{Key: key, Download: download, Present: present})
	return nil
}
