package page

import (
	"context"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Petitions are the pages of petitions: the list with the form to start
// one, a petition with its count, Sign and Withdraw, and the officer's
// notice from it.
type Petitions struct {
	site *site.Site
	db   PetitionStore
}

// PetitionStore is what the petition pages read and write.
type PetitionStore interface {
	// Petitions lists every petition with its count.
	Petitions(ctx context.Context) ([]petition.Petition, error)
	// Petition reads a petition for a reader, with the signers' names only
	// for petition.CanSeeSigners: ENOTFOUND.
	Petition(ctx context.Context, u *member.User, id int64) (store.PetitionView, error)
	// Documents lists every document.
	Documents(ctx context.Context) ([]document.Document, error)
	// StartPetition: EFORBIDDEN (petition.CanStart), ENOTFOUND, EINVALID,
	// ETOOLARGE, ECONFLICT (an amendment that cannot be put to ballot).
	StartPetition(ctx context.Context, u member.User, in store.NewPetition) (petition.Petition, error)
	// SignPetition: EFORBIDDEN (petition.CanSign), ENOTFOUND, ECONFLICT
	// (signed already, closed).
	SignPetition(ctx context.Context, u member.User, id int64) (petition.Petition, error)
	// WithdrawSignature: ENOTFOUND, ECONFLICT (not signed, reached).
	WithdrawSignature(ctx context.Context, u member.User, id int64) (petition.Petition, error)
	// NoticeBallot gives notice of a ballot, from a petition when
	// PetitionID is set: EFORBIDDEN, ENOTFOUND, EINVALID, ECONFLICT.
	NoticeBallot(ctx context.Context, officer member.User, in store.NewBallot) (ballot.Ballot, error)
	// NoticeMeeting gives notice of a petition's meeting: EFORBIDDEN,
	// ENOTFOUND, EINVALID, ETOOLARGE, ECONFLICT.
	NoticeMeeting(ctx context.Context, officer member.User, id int64, note string) error
	// Tellers lists the members who hold the teller role and their keys.
	Tellers(ctx context.Context) ([]store.Teller, error)
	// Now is the store's time, which a petition's deadline is compared with.
	Now() time.Time
}
