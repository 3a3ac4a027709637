package page

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// ImportRoster creates or updates accounts from a CSV and shows the
// invitation links once: only their hashes are kept.
func (h *Members) ImportRoster(c *gin.Context) error {
	fh, err := c.FormFile("roster")
	if err != nil {
		return h.membersWithError(c, charter.Errorf(charter.EINVALID, "Choose the roster CSV file."))
	}
	f, err := fh.Open()
	if err != nil {
		return charter.Internal(err)
	}
	defer f.Close()
	entries, err := member.ParseRoster(f)
	if err != nil {
		return h.membersWithError(c, err)
	}
	res, err := h.db.ImportRoster(c.Request.Context(), site.User(c).ID, entries)
	if err != nil {
		return h.membersWithError(c, err)
	}
	return h.showMembers(c, http.StatusOK, &view.Members{Result: &res, Links: h.invitationLinks(c, res.Invitations)})
}

// invitationLinks gives each invitation its link, shown once: only its
// hash is kept.
func (h *Members) invitationLinks(c *gin.Context, invs []store.Invitation) []view.InvitationLink {
	base := siteURL(h.site, c)
	out := make([]view.InvitationLink, len(invs))
	for i, inv := range invs {
		out[i] = view.InvitationLink{Name: inv.User.Name, Email: inv.User.Email, URL: base + "/invitations/" + inv.Secret}
	}
	return out
}
