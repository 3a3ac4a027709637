package api

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/audit"
)

// Audit is the handler of the audit log, for observers, officers and
// admins (member.User.CanReadAudit, checked by the router).
type Audit struct {
	db AuditStore
}

// AuditStore is what the audit handler reads. Both methods may fail with
// EUNAVAILABLE, EFULL or EINTERNAL when the database does.
type AuditStore interface {
	// AuditEvents reads the newest limit events, oldest first.
	AuditEvents(ctx context.Context, limit int) ([]audit.Event, error)
	// VerifyAudit checks the whole chain and counts its events: a
	// *charter.Error when the database failed and the chain was not
	// judged, any other error when the chain does not verify.
	VerifyAudit(ctx context.Context) (int, error)
}

// List returns the latest audit events, newest last, and whether the
// chain verifies.
func (h *Audit) List(c *gin.Context) error {
	ctx := c.Request.Context()
	events, err := h.db.AuditEvents(ctx, 500)
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
	count, verifyErr := h.db.VerifyAudit(ctx)
	var appErr *charter.Error
	if errors.As(verifyErr, &appErr) {
		return verifyErr // the database failed; the chain was not judged
	}
	c.JSON(http.StatusOK, gin.H{"events": out, "verified": verifyErr == nil, "chain_length": count})
	return nil
}
