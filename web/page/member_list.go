package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// List is the roster: every account, with its roles, standing and
// invitation, and the roster import.
func (h *Members) List(c *gin.Context) error {
	return h.showMembers(c, http.StatusOK, &view.Members{})
}

// showMembers renders the roster page with whatever an action adds to m:
// a result, invitation links, an error.
func (h *Members) showMembers(c *gin.Context, status int, m *view.Members) error {
	users, err := h.db.Users(c.Request.Context())
	if err != nil {
		return err
	}
	m.Members, m.AllRoles = users, member.Roles
	if m.Translators, err = h.db.Translators(c.Request.Context()); err != nil {
		return err
	}
	h.site.RenderStatus(c, status, "members", m)
	return nil
}

// membersWithError shows the roster page with what went wrong.
func (h *Members) membersWithError(c *gin.Context, err error) error {
	code, message := h.site.Classify(c, err)
	return h.showMembers(c, site.Status(code), &view.Members{Error: message})
}
