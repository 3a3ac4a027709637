package page

import (
	"context"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/wording"
)

// Amendments are the pages of amendments: the list, the form, an
// amendment with its redlines, its actions, and the committee's merge.
type Amendments struct {
	site        *site.Site
	db          AmendmentStore
	versions    *versions
	comparisons *compare.Cache
	// What an amendment's page shows of its comparison, by texts compared
	// and language, 48 MB at most.
	amendmentPages *render.Bounded[*amendmentPage]
	// Texts read into clauses for the form in plain words, by content.
	wordings *render.Bounded[*wording.Text]
}

// AmendmentStore is what the amendment pages read and write.
type AmendmentStore interface {
	// Document finds a document by its short name: ENOTFOUND.
	Document(ctx context.Context, slug string) (document.Document, error)
	// DocumentByID finds a document by its id: ENOTFOUND.
	DocumentByID(ctx context.Context, id int64) (document.Document, error)
	// HeadVersion reads a document's current version: ENOTFOUND.
	HeadVersion(ctx context.Context, documentID int64) (document.Version, error)
	// Version reads one version of a document: ENOTFOUND.
	Version(ctx context.Context, documentID, versionID int64) (document.Version, error)
	// VersionText reads a version's text with its stored outline: EINVALID.
	VersionText(ctx context.Context, documentID, versionID int64) (*document.Parsed, error)
	// Outline reads a version's stored sections, in order.
	Outline(ctx context.Context, versionID int64) ([]document.Node, error)
	// VoteRule reads a document's rule for adopting amendments and the
	// clause authorising online ballots: ENOTFOUND.
	VoteRule(ctx context.Context, slug string) (ballot.Rule, string, error)
	// PetitionRule is the document's rule for petitions: ENOTFOUND.
	PetitionRule(ctx context.Context, slug string) (petition.Rule, error)
	// RevisionRule reads a document's rule for a complete revision; nil
	// when it has none of its own: ENOTFOUND.
	RevisionRule(ctx context.Context, slug string) (*ballot.Rule, error)
	// UserNames reads members' names by id.
	UserNames(ctx context.Context, ids []int64) (map[int64]string, error)
	// Amendments lists a document's amendments that viewer may see
	// (amendment.VisibleTo).
	Amendments(ctx context.Context, viewer member.User, documentID int64) ([]amendment.Amendment, error)
	// AmendmentFor reads an amendment as viewer may see it: ENOTFOUND.
	AmendmentFor(ctx context.Context, viewer member.User, id int64) (amendment.Amendment, error)
	// AmendmentBase is the text a secondary amendment changes: ENOTFOUND,
	// EINVALID.
	AmendmentBase(ctx context.Context, a amendment.Amendment) (*document.Parsed, error)
	// RebaseText is the sponsor's draft of an amendment whose changes
	// overlapped a new draft, with the overlap marked: ENOTFOUND,
	// EINVALID.
	RebaseText(ctx context.Context, id int64) (string, error)
	// ProposeAmendment stores a new amendment: EFORBIDDEN
	// (amendment.CanPropose), ENOTFOUND, EINVALID or ETOOLARGE, ECONFLICT
	// for a parent no longer pending.
	ProposeAmendment(ctx context.Context, sponsor member.User, in store.NewAmendment) (amendment.Amendment, error)
	// EditDraft changes the sponsor's draft, or submits it: EFORBIDDEN to
	// anyone else, ENOTFOUND, EINVALID or ETOOLARGE, ECONFLICT for an
	// amendment no longer a draft.
	EditDraft(ctx context.Context, sponsor member.User, id int64, in store.DraftEdit) (amendment.Amendment, error)
	// Cosponsor records u's second: ENOTFOUND, and EFORBIDDEN, EINVALID or
	// ECONFLICT as amendment.CanCosponsor says.
	Cosponsor(ctx context.Context, u member.User, id int64) (amendment.Amendment, error)
	// SetAmendmentStatus moves an amendment along its lifecycle: ENOTFOUND,
	// EFORBIDDEN or ECONFLICT as amendment.CheckTransition says, EINVALID.
	SetAmendmentStatus(ctx context.Context, u member.User, id int64, to amendment.Status, reason string) (amendment.Amendment, error)
	// ResolveRebase takes the sponsor's text for an amendment whose
	// changes overlapped a new draft: EFORBIDDEN, ENOTFOUND, EINVALID or
	// ECONFLICT.
	ResolveRebase(ctx context.Context, sponsor member.User, id int64, text []byte) (amendment.Amendment, error)
	// PreviewMerge merges amendments into the head without publishing:
	// ENOTFOUND, EINVALID, ECONFLICT.
	PreviewMerge(ctx context.Context, slug string, req store.MergeRequest) (store.MergeResult, error)
	// Merge publishes the merge as the next draft: as PreviewMerge, and
	// EFORBIDDEN (amendment.CanMerge), ECONFLICT (a *store.StaleError)
	// when the head moved.
	Merge(ctx context.Context, u member.User, slug string, req store.MergeRequest) (store.MergeResult, error)
}
