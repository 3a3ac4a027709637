package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
)

// invitationForm asks the invited member for a password.
func (s *Server) invitationForm(c *gin.Context) {
	u, err := s.db.InvitationUser(c.Request.Context(), c.Param("secret"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, "invitation", gin.H{"Invitee": u})
}

func (s *Server) acceptInvitation(c *gin.Context) {
	ctx := c.Request.Context()
	secret := c.Param("secret")
	password := c.PostForm("password")
	if password != c.PostForm("confirm") {
		u, err := s.db.InvitationUser(ctx, secret)
		if err != nil {
			s.fail(c, err)
			return
		}
		s.renderStatus(c, http.StatusBadRequest, "invitation", gin.H{"Invitee": u, "Error": charter.ErrorMessage(charter.Errorf(charter.EINVALID, "The two passwords differ."))})
		return
	}
	u, err := s.db.AcceptInvitation(ctx, secret, password)
	if err != nil {
		if charter.ErrorCode(err) == charter.EINVALID {
			invitee, lookupErr := s.db.InvitationUser(ctx, secret)
			if lookupErr == nil {
				s.renderStatus(c, http.StatusBadRequest, "invitation", gin.H{"Invitee": invitee, "Error": charter.ErrorMessage(err)})
				return
			}
		}
		s.fail(c, err)
		return
	}
	session, err := s.db.CreateSession(ctx, u.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.setCookie(c, sessionCookie, session, 0)
	c.Redirect(http.StatusSeeOther, "/")
}
