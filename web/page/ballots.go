package page

import (
	"context"
	"html/template"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Ballots are the pages of ballots: the list, a ballot with its questions,
// voting form, officer's actions, count and results; notice; the teller's
// key.
type Ballots struct {
	site *site.Site
	db   BallotStore
	// The ballot's redlines as noticed, by snapshot hash and language.
	snapshots *render.Bounded[template.HTML]
	// Ballot questions' snapshots, decoded, by their hash.
	snapshotTexts *render.Bounded[ballot.Snapshot]
	words         *sectionWords // frozen translations, rendered by their hash
	// letterFont is the TrueType font letters are printed in; nil for the
	// PDF's own Helvetica (Windows-1252 only).
	letterFont []byte
	// links is where the emailed notices' links point (serve -base-url),
	// which letters print the same; "" for the address a request came to.
	links message.Site
}

// BallotStore is what the ballot pages read and write.
type BallotStore interface {
	// BallotPage reads what a ballot's page may show, at one moment:
	// ENOTFOUND.
	BallotPage(ctx context.Context, u member.User, id int64) (store.BallotPage, error)
	// Ballots lists every ballot, without their snapshots.
	Ballots(ctx context.Context) ([]ballot.Ballot, error)
	// QuestionSnapshot reads a question's snapshot as sealed: ENOTFOUND.
	QuestionSnapshot(ctx context.Context, ballotID, questionID int64) (string, error)
	// DocumentByID finds a document by its id: ENOTFOUND.
	DocumentByID(ctx context.Context, id int64) (document.Document, error)
	// NoticeChoices reads, by document, the amendments and versions the
	// notice form offers.
	NoticeChoices(ctx context.Context) ([]store.NoticeChoice, error)
	// FindForRoll finds members by name, email or member number, with
	// where each stands on a ballot's roll.
	FindForRoll(ctx context.Context, ballotID int64, query string, limit int) ([]store.RollCandidate, error)
	// Tellers lists the members who hold the teller role and their keys.
	Tellers(ctx context.Context) ([]store.Teller, error)
	// NoticeBallot gives notice of a ballot: EFORBIDDEN (ballot.CanRun),
	// ENOTFOUND, EINVALID or ETOOLARGE, ECONFLICT.
	NoticeBallot(ctx context.Context, officer member.User, in store.NewBallot) (ballot.Ballot, error)
	// CastBallot records a voter's paper: ENOTFOUND, EINVALID, ECONFLICT,
	// EFORBIDDEN off the roll.
	CastBallot(ctx context.Context, voter member.User, id int64, choices []ballot.Choice, hashes []string) (store.Receipt, error)
	// OpenBallot opens a noticed ballot: EFORBIDDEN (ballot.CanRun),
	// ENOTFOUND, ECONFLICT (Ballot.CanOpen).
	OpenBallot(ctx context.Context, officer member.User, id int64) error
	// CloseBallot closes an open ballot: EFORBIDDEN, ENOTFOUND, ECONFLICT
	// (Ballot.CanClose).
	CloseBallot(ctx context.Context, officer member.User, id int64) error
	// CertifyBallot certifies a counted ballot's result: EFORBIDDEN,
	// ENOTFOUND, EINVALID for the effective date, ECONFLICT.
	CertifyBallot(ctx context.Context, officer member.User, id int64, effective string) (store.Results, error)
	// ChangeRoll adds a member to a ballot's roll or takes one off:
	// EFORBIDDEN, ENOTFOUND, EINVALID, ECONFLICT.
	ChangeRoll(ctx context.Context, officer member.User, id, userID int64, add bool, reason string) error
	// GiveShare gives a teller's share to the count: ENOTFOUND, ECONFLICT,
	// EFORBIDDEN, EINVALID for a key that does not open the share.
	GiveShare(ctx context.Context, teller member.User, id int64, tellerKey string) (store.CountProgress, error)
	// PresentTellerKey says whether a teller has a key, and its
	// fingerprint.
	PresentTellerKey(ctx context.Context, teller member.User) (store.TellerKey, error)
	// CreateTellerKey makes a teller's key and returns its private half:
	// EFORBIDDEN, ECONFLICT while a share is sealed to the present key.
	CreateTellerKey(ctx context.Context, teller member.User) (string, error)
	// NoticeReport reads how notice of a ballot reached each member on
	// its roll: EFORBIDDEN (ballot.CanReadNoticeReport), ENOTFOUND.
	NoticeReport(ctx context.Context, u member.User, id int64) (store.NoticeReport, error)
	// NoticeLetters reads a ballot's notice and the members of scope who
	// get a letter: EFORBIDDEN (ballot.CanRun), ENOTFOUND, ECONFLICT.
	NoticeLetters(ctx context.Context, officer member.User, id int64, scope store.LetterScope) (store.NoticeLetters, error)
	// RecordLetters records the letters prepared: EFORBIDDEN, ENOTFOUND,
	// EINVALID.
	RecordLetters(ctx context.Context, officer member.User, id, contentID int64, format string, to []store.LetterRecipient) error
	// Now is the store's clock, which ballots' times are judged by.
	Now() time.Time
}
