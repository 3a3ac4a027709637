package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/site"
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

// Credentials lists a member's live sessions and access tokens, without
// their secrets: the caller's own, or any member's for an admin.
func (h *Accounts) Credentials(c *gin.Context) error {
	creds, _, err := account.Credentials(c, h.db)
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

// Revoke runs a revocation and answers how many sessions and tokens it
// ended.
func (h *Accounts) Revoke(do account.Revocation) site.Func {
	return func(c *gin.Context) error {
		owner, _, err := account.Owner(c)
		var done store.Revoked
		if err == nil {
			done, err = do(c, h.db, owner)
		}
		if err != nil {
			return err
		}
		c.JSON(http.StatusOK, gin.H{"revoked": gin.H{"sessions": done.Sessions, "tokens": done.Tokens}})
		return nil
	}
}
