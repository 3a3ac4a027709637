package page

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// List lists every petition, with the form to start one.
func (h *Petitions) List(c *gin.Context) error { return h.showList(c, http.StatusOK, "") }

func (h *Petitions) showList(c *gin.Context, status int, errMsg string) error {
	ctx := c.Request.Context()
	list, err := h.db.Petitions(ctx)
	if err != nil {
		return err
	}
	docs, err := h.db.Documents(ctx)
	if err != nil {
		return err
	}
	h.site.RenderStatus(c, status, "petitions", &view.Petitions{Petitions: list, Now: h.db.Now(), Documents: docs,
		CanStart: petition.CanStart(site.User(c)), Error: errMsg})
	return nil
}

// Start starts a petition, signed by the member who starts it.
func (h *Petitions) Start(c *gin.Context) error {
	in := store.NewPetition{DocumentSlug: c.PostForm("document"), Kind: petition.Kind(c.PostForm("kind")), Question: c.PostForm("question")}
	if in.Kind == petition.KindAmendment {
		in.AmendmentID, _ = strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(c.PostForm("amendment")), "#"), 10, 64)
	}
	p, err := h.db.StartPetition(c.Request.Context(), *site.User(c), in)
	if err != nil {
		code, message := h.site.Classify(c, err)
		return h.showList(c, site.Status(code), message)
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/petitions/%d", p.ID))
	return nil
}
