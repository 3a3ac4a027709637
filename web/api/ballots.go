package api

import (
	"context"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Ballots are the handlers of ballots: notice, reading, votes, results,
// tellers' shares and keys.
type Ballots struct {
	site *site.Site
	db   BallotStore
}

// BallotStore is what the ballot handlers read and write. Besides the
// codes listed, every method may fail with EUNAVAILABLE, EFULL or
// EINTERNAL when the database does.
type BallotStore interface {
	// NoticeBallot gives notice of a ballot: EFORBIDDEN to anyone but an
	// officer (ballot.CanRun), ENOTFOUND for a document or amendment that
	// is not there, EINVALID or ETOOLARGE for a ballot Charter refuses
	// (title, questions, times, rule, tellers), ECONFLICT for an amendment
	// that is not seconded or an empty roll.
	NoticeBallot(ctx context.Context, officer member.User, in store.NewBallot) (ballot.Ballot, error)
	// Ballot reads a ballot with its questions as noticed: ENOTFOUND.
	Ballot(ctx context.Context, id int64) (ballot.Ballot, error)
	// BallotCount reads a ballot's tellers and the count's progress.
	BallotCount(ctx context.Context, id int64) (store.CountProgress, error)
	// CastBallot records a voter's paper: ENOTFOUND, EINVALID for a paper
	// that does not answer each question (ballot.ParseChoices,
	// Ballot.CheckPaper), ECONFLICT for a ballot not open, a question not
	// the one read or a second vote, EFORBIDDEN off the roll.
	CastBallot(ctx context.Context, voter member.User, id int64, choices []ballot.Choice, hashes []string) (store.Receipt, error)
	// BallotResults counts a ballot's opened papers: ENOTFOUND, ECONFLICT
	// before the count or under the minimum (Ballot.CanShowResults).
	BallotResults(ctx context.Context, id int64) (store.Results, error)
	// GiveShare gives a teller's share to the count: ENOTFOUND, ECONFLICT
	// when the ballot cannot be counted (Ballot.CanCount), EFORBIDDEN to
	// anyone but its tellers, EINVALID for a key that does not open the
	// share.
	GiveShare(ctx context.Context, teller member.User, id int64, tellerKey string) (store.CountProgress, error)
	// CreateTellerKey makes a teller's key and returns its private half:
	// EFORBIDDEN to anyone but a teller, ECONFLICT while a share is sealed
	// to the present key.
	CreateTellerKey(ctx context.Context, teller member.User) (string, error)
}
