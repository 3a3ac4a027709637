package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/web/view"
)

// invitationForm asks the invited member for a password.
func (s *Server) invitationForm(c *gin.Context) error {
	u, err := s.db.InvitationUser(c.Request.Context(), c.Param("secret"))
	if err != nil {
		return err
	}
	s.site.Render(c, "invitation", &view.Invitation{Invitee: u})
	return nil
}

func (s *Server) acceptInvitation(c *gin.Context) error {
	ctx := c.Request.Context()
	secret := c.Param("secret")
	password := c.PostForm("password")
	var u member.User
	var err error
	if password != c.PostForm("confirm") {
		err = charter.Errorf(charter.EINVALID, "The two passwords differ.")
	} else {
		u, err = s.db.AcceptInvitation(ctx, secret, password)
	}
	if charter.ErrorCode(err) == charter.EINVALID {
		// Ask again, on the same form, while the link is still good.
		invitee, lookupErr := s.db.InvitationUser(ctx, secret)
		if lookupErr != nil {
			return lookupErr
		}
		_, message := s.site.Classify(c, err)
		s.site.RenderStatus(c, http.StatusBadRequest, "invitation", &view.Invitation{Invitee: invitee, Error: message})
		return nil
	}
	if err != nil {
		return err
	}
	if err := s.startSession(c, u.ID); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/")
	return nil
}
