package web

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// showAccount lists a member's sessions and access tokens, never their
// secrets, with a way to end each and to log out everywhere: the member's
// own at /account, any member's for an admin at /admin/members/:id.
func (s *Server) showAccount(c *gin.Context) error {
	creds, page, err := s.credentials(c)
	if err != nil {
		return err
	}
	s.site.Render(c, "account", gin.H{"Owner": creds.User, "Own": creds.User.ID == site.User(c).ID,
		"Sessions": creds.Sessions, "Tokens": creds.Tokens, "Page": page})
	return nil
}

// credentials reads the sessions and tokens a request is about, with the
// session asking marked, and the page that lists them.
func (s *Server) credentials(c *gin.Context) (store.Credentials, string, error) {
	owner, page, err := credentialsOwner(c)
	if err != nil {
		return store.Credentials{}, "", err
	}
	current, _ := c.Cookie(site.SessionCookie)
	creds, err := s.db.Credentials(c.Request.Context(), owner, current)
	return creds, page, err
}

// credentialsOwner is whose sessions and tokens a request is about, and the
// page that lists them: the member's own, or, on the routes that name a
// member by id (which only admins reach), that member's.
func credentialsOwner(c *gin.Context) (int64, string, error) {
	u := site.User(c)
	raw := c.Param("id")
	if raw == "" {
		return u.ID, "/account", nil
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return 0, "", charter.Errorf(charter.ENOTFOUND, "There is no such account.")
	}
	if id != u.ID && !u.CanManageRoster() {
		return 0, "", onlyAdmins
	}
	return id, "/admin/members/" + raw, nil
}
