package page

import (
	"context"
	"html/template"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Documents are the pages of documents: a version numbered with its
// table of contents, the list of versions, comparisons, a section's
// history, the import form and the committee's rules.
type Documents struct {
	site        *site.Site
	db          DocumentStore
	versions    *versions
	comparisons *compare.Cache
	bodies      *render.Bounded[render.Rendered] // rendered versions, by id, hash, numbering and links
	tocs        *render.Bounded[template.HTML]   // tables of contents with counts
	counts      *render.Shared[map[string]view.SectionCount]
	// Sections' counts of pending amendments, by version and amendments.
	amendmentTotals *render.Shared[map[string]int]
	changed         *render.Bounded[[]string] // sections each pending amendment changes
}

// DocumentStore is what the document pages read and write.
type DocumentStore interface {
	// Documents lists every document.
	Documents(ctx context.Context) ([]document.Document, error)
	// Document finds a document by its short name: ENOTFOUND.
	Document(ctx context.Context, slug string) (document.Document, error)
	// DocumentHead reads a document by its short name and its current
	// version, without the version's text: ENOTFOUND.
	DocumentHead(ctx context.Context, slug string) (document.Document, document.Version, error)
	// HeadVersions reads every document's current version, by document.
	HeadVersions(ctx context.Context) (map[int64]document.Version, error)
	// Versions lists a document's versions, newest first.
	Versions(ctx context.Context, documentID int64) ([]document.Version, error)
	// Version reads one version of a document: ENOTFOUND.
	Version(ctx context.Context, documentID, versionID int64) (document.Version, error)
	// VersionText reads a version's text with its stored outline: EINVALID
	// when versionID is not a version of the document.
	VersionText(ctx context.Context, documentID, versionID int64) (*document.Parsed, error)
	// ProvenanceChain reads the versions up to versionID with what made
	// each: ENOTFOUND, EINVALID.
	ProvenanceChain(ctx context.Context, documentID, versionID int64) ([]amendment.Step, error)
	// CommentsStamp names the state of a document's comments: any new,
	// deleted or hidden comment changes it.
	CommentsStamp(ctx context.Context, documentID int64) (string, error)
	// CommentCounts counts a version's visible comments by section and
	// stance.
	CommentCounts(ctx context.Context, documentID, versionID int64) ([]store.StanceCount, error)
	// PendingAmendments lists the amendments pending on a version, without
	// their texts.
	PendingAmendments(ctx context.Context, documentID, versionID int64) ([]store.PendingAmendment, error)
	// UserNames reads members' names by id.
	UserNames(ctx context.Context, ids []int64) (map[int64]string, error)
	// CreateDocument imports a new document: EINVALID or ETOOLARGE for a
	// short name, title or text Charter refuses, ECONFLICT when the short
	// name is taken.
	CreateDocument(ctx context.Context, actorID int64, in store.NewDocument) (document.Document, document.Version, error)
	// PublishVersion publishes the next version of a document: ENOTFOUND,
	// EINVALID or ETOOLARGE for a text Charter refuses, ECONFLICT for a
	// text identical to the head or, as a *store.StaleError, one written
	// from a version that is no longer the head.
	PublishVersion(ctx context.Context, actorID int64, in store.NewVersion) (document.Version, error)
	// AuthorisingBallots lists the certified ballots that adopted a change
	// to a document, newest first.
	AuthorisingBallots(ctx context.Context, documentID int64) ([]store.AuthorisingBallot, error)
	// PublishClerical publishes a clerical change as the next version:
	// EFORBIDDEN (document.CanEdit), ENOTFOUND, EINVALID for a text that
	// changes words or sections (amendment.CheckClerical), a ballot that
	// did not adopt a change to the document or a missing reason,
	// ETOOLARGE, ECONFLICT for a text identical to the head or, as a
	// *store.StaleError, one written from a version that is no longer the
	// head.
	PublishClerical(ctx context.Context, u member.User, in store.NewClerical) (document.Version, error)
	// SetCosponsorsNeeded records the document's rule for seconding:
	// ENOTFOUND, EINVALID for a number out of bounds.
	SetCosponsorsNeeded(ctx context.Context, actorID int64, slug string, n int) error
	// SetVoteRule records the document's rule for adopting amendments:
	// EFORBIDDEN (document.CanEdit), ENOTFOUND, EINVALID or ETOOLARGE for
	// a clause Charter refuses.
	SetVoteRule(ctx context.Context, u member.User, slug string, rule ballot.Rule, onlineClause string) error
	// SetPetitionRule records the document's rule for petitions:
	// EFORBIDDEN (document.CanEdit), ENOTFOUND.
	SetPetitionRule(ctx context.Context, u member.User, slug string, rule petition.Rule) error
	// SetRevisionRule records a document's rule for a complete revision,
	// or that it has none (nil): EFORBIDDEN, ENOTFOUND.
	SetRevisionRule(ctx context.Context, u member.User, slug string, rule *ballot.Rule) error
}
