package page

import (
	"context"

	"github.com/charter-org/charter/audit"
	"github.com/charter-org/charter/web/site"
)

// Audit is the page of the audit log.
type Audit struct {
	site *site.Site
	db   AuditStore
}

// AuditStore is what the audit page reads.
type AuditStore interface {
	// AuditEvents reads the newest limit events, oldest first.
	AuditEvents(ctx context.Context, limit int) ([]audit.Event, error)
	// VerifyAudit checks the whole chain and counts its events: a
	// *charter.Error when the database failed and the chain was not
	// judged, any other error when the chain does not verify.
	VerifyAudit(ctx context.Context) (int, error)
}
