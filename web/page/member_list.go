package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/site"
)

func (h *Members) List(c *gin.Context) error {
	return h.showMembers(c, http.StatusOK, nil)
}

// showMembers renders the roster page with whatever an action adds to it:
// a result, invitation links, an error.
func (h *Members) showMembers(c *gin.Context, status int, extra gin.H) error {
	users, err := h.db.Users(c.Request.Context())
	if err != nil {
		return err
	}
	data := gin.H{"Members": users, "AllRoles": member.Roles}
	for k, v := range extra {
		data[k] = v
	}
	h.site.RenderStatus(c, status, "members", data)
	return nil
}

// membersWithError shows the roster page with what went wrong.
func (h *Members) membersWithError(c *gin.Context, err error) error {
	code, message := h.site.Classify(c, err)
	return h.showMembers(c, site.Status(code), gin.H{"Error": message})
}
