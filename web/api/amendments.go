package api

import (
	"context"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/compare"
)

// Amendments are the handlers of amendments: proposing, reading with their
// changes, redlines, seconds and changes of status.
type Amendments struct {
	db          AmendmentStore
	comparisons *compare.Cache
}

// AmendmentStore is what the amendment handlers write; they read through
// the comparisons (compare.Store). Besides the codes listed, every method
// may fail with EUNAVAILABLE, EFULL or EINTERNAL when the database does.
type AmendmentStore interface {
	// ProposeAmendment stores a draft or a submitted amendment: EFORBIDDEN
	// to a member not in good standing (amendment.CanPropose), ENOTFOUND
	// for a document or a parent that is not there, EINVALID or ETOOLARGE
	// for a text, title or rationale Charter refuses, a third degree or a
	// base other than the parent's, ECONFLICT for a parent no longer
	// pending.
	ProposeAmendment(ctx context.Context, sponsor member.User, in store.NewAmendment) (amendment.Amendment, error)
	// Cosponsor records u's second: ENOTFOUND (amendment.VisibleTo),
	// EFORBIDDEN, EINVALID or ECONFLICT as amendment.CanCosponsor says.
	Cosponsor(ctx context.Context, u member.User, id int64) (amendment.Amendment, error)
	// SetAmendmentStatus moves an amendment along its lifecycle: ENOTFOUND,
	// EFORBIDDEN or ECONFLICT as amendment.CheckTransition says, EINVALID
	// for a reason Charter refuses, ECONFLICT when it changed meanwhile.
	SetAmendmentStatus(ctx context.Context, u member.User, id int64, to amendment.Status, reason string) (amendment.Amendment, error)
}
