package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/account"
)

type apiSession struct {
	ID        string    `json:"id"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
	Current   bool      `json:"current"`
}

type apiToken struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	CreatedAt time.Time `json:"created_at"`
}

// apiCredentials lists a member's live sessions and access tokens, without
// their secrets: the caller's own, or any member's for an admin.
func (s *Server) apiCredentials(c *gin.Context) error {
	creds, _, err := account.Credentials(c, s.db)
	if err != nil {
		return err
	}
	sessions := make([]apiSession, len(creds.Sessions))
	for i, x := range creds.Sessions {
		sessions[i] = apiSession{ID: x.ID, CreatedAt: x.CreatedAt, ExpiresAt: x.ExpiresAt, Current: x.Current}
	}
	tokens := make([]apiToken, len(creds.Tokens))
	for i, x := range creds.Tokens {
		tokens[i] = apiToken{ID: x.ID, Name: x.Name, CreatedAt: x.CreatedAt}
	}
	c.JSON(http.StatusOK, gin.H{"user": gin.H{"id": creds.User.ID, "email": creds.User.Email, "name": creds.User.Name}, "sessions": sessions, "tokens": tokens})
	return nil
}
