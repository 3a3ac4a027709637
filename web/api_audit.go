package web

import (
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
)

// apiAudit returns the latest audit events, newest last, and whether the
// chain verifies.
func (s *Server) apiAudit(c *gin.Context) error {
	ctx := c.Request.Context()
	events, err := s.db.AuditEvents(ctx, 500)
	if err != nil {
		return err
	}
	type apiEvent struct {
		ID       int64     `json:"id"`
		At       time.Time `json:"at"`
		ActorID  int64     `json:"actor_id"`
		Action   string    `json:"action"`
		Subject  string    `json:"subject"`
		Detail   string    `json:"detail"`
		PrevHash string    `json:"prev_hash"`
		Hash     string    `json:"hash"`
	}
	out := make([]apiEvent, len(events))
	for i, e := range events {
		out[i] = apiEvent{ID: e.ID, At: e.At, ActorID: e.ActorID, Action: e.Action, Subject: e.Subject, Detail: e.Detail, PrevHash: e.PrevHash, Hash: e.Hash}
	}
	count, verifyErr := s.db.VerifyAudit(ctx)
	var appErr *charter.Error
	if errors.As(verifyErr, &appErr) {
		return verifyErr // the database failed; the chain was not judged
	}
	c.JSON(http.StatusOK, gin.H{"events": out, "verified": verifyErr == nil, "chain_length": count})
	return nil
}
