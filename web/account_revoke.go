package web

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// A revocation ends some of owner's sessions or tokens, on behalf of the
// member asking; the page's forms and the API share each one.
type revocation func(s *Server, c *gin.Context, owner int64) (store.Revoked, error)

func revokeSession(s *Server, c *gin.Context, owner int64) (store.Revoked, error) {
	err := s.db.RevokeSession(c.Request.Context(), site.User(c).ID, owner, c.Param("session"))
	return store.Revoked{Sessions: 1}, err
}

func revokeToken(s *Server, c *gin.Context, owner int64) (store.Revoked, error) {
	id, err := strconv.ParseInt(c.Param("token"), 10, 64)
	if err != nil {
		return store.Revoked{}, charter.Errorf(charter.ENOTFOUND, "There is no such access token; it may have been revoked already.")
	}
	return store.Revoked{Tokens: 1}, s.db.RevokeToken(c.Request.Context(), site.User(c).ID, owner, id)
}

func logOutEverywhere(s *Server, c *gin.Context, owner int64) (store.Revoked, error) {
	return s.db.RevokeAll(c.Request.Context(), site.User(c).ID, owner)
}

// revokeForm runs a revocation from a page's form and returns to the list.
// A member who ended the session they were using finds, there, the login
// page: every request checks its session.
func (s *Server) revokeForm(do revocation) site.Func {
	return func(c *gin.Context) error {
		owner, page, err := credentialsOwner(c)
		if err == nil {
			_, err = do(s, c, owner)
		}
		if err != nil {
			return site.Back(err, page)
		}
		c.Redirect(http.StatusSeeOther, page)
		return nil
	}
}

// revokeAPI runs a revocation from the API and answers how many sessions
// and tokens it ended.
func (s *Server) revokeAPI(do revocation) site.Func {
	return func(c *gin.Context) error {
		owner, _, err := credentialsOwner(c)
		var done store.Revoked
		if err == nil {
			done, err = do(s, c, owner)
		}
		if err != nil {
			return err
		}
		c.JSON(http.StatusOK, gin.H{"revoked": gin.H{"sessions": done.Sessions, "tokens": done.Tokens}})
		return nil
	}
}
