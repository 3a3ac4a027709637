package api

import (
	"context"
	"time"

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

type apiAmendment struct {
	ID             int64        `json:"id"`
	BaseVersionID  int64        `json:"base_version_id"`
	ParentID       int64        `json:"parent_id,omitempty"`
	Title          string       `json:"title"`
	Rationale      string       `json:"rationale"`
	SponsorID      int64        `json:"sponsor_id"`
	Cosponsors     []int64      `json:"cosponsors"`
	Status         string       `json:"status"`
	ProposedSHA256 string       `json:"proposed_sha256"`
	CreatedAt      time.Time    `json:"created_at"`
	Changes        []apiChange  `json:"changes,omitempty"`
	Warnings       []apiWarning `json:"warnings,omitempty"`
}

type apiWarning struct {
	In      string `json:"in"`
	Quote   string `json:"quote"`
	Message string `json:"message"`
}

type apiChange struct {
	Key         string `json:"key"`
	Number      string `json:"number,omitempty"`
	NewNumber   string `json:"new_number,omitempty"`
	Form        string `json:"form"`
	Description string `json:"description"`
	Current     string `json:"current"`
	Proposed    string `json:"proposed"`
}

func toAPIChange(c amendment.Change) apiChange {
	return apiChange{Key: c.Key, Number: c.Number, NewNumber: c.NewNumber, Form: string(c.Form), Description: c.Description, Current: c.Old, Proposed: c.New}
}

func toAPIAmendment(a amendment.Amendment, cmp *amendment.Comparison) apiAmendment {
	out := apiAmendment{
		ID: a.ID, BaseVersionID: a.BaseVersionID, ParentID: a.ParentID, Title: a.Title, Rationale: a.Rationale,
		SponsorID: a.SponsorID, Cosponsors: a.Cosponsors, Status: string(a.Status), ProposedSHA256: a.ProposedSHA, CreatedAt: a.CreatedAt,
	}
	if out.Cosponsors == nil {
		out.Cosponsors = []int64{}
	}
	if cmp == nil {
		return out
	}
	for _, c := range cmp.Changes {
		out.Changes = append(out.Changes, toAPIChange(c))
	}
	for _, w := range amendment.CrossReferences(cmp) {
		out.Warnings = append(out.Warnings, apiWarning{In: w.In, Quote: w.Quote, Message: w.Message})
	}
	return out
}
