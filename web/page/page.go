// Package page serves Charter's HTML pages: one file per action, grouped
// by what they show (Home, Documents, Comments, Amendments, Ballots,
// Members, Accounts, Audit). Each group reads and writes the store through
// an interface of its own, listing only what it needs and the error codes
// each method returns; *store.DB satisfies them all. Handlers read the
// request, call the store, and render a template of web/view; they return
// an error, which site.Handle answers with the error page. Pages keep in
// memory only what is keyed by content (a version's hash, an amendment's
// text, the counts themselves), so nothing they keep goes stale.
package page

import (
	"context"
	"html/template"
	"time"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/audit"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/account"
	"github.com/charter-org/charter/web/compare"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Store is every group's store together: what the pages need of
// *store.DB.
type Store interface {
	HomeStore
	DocumentStore
	CommentStore
	AmendmentStore
	BallotStore
	MemberStore
	AuditStore
	account.Store
	versionStore
}

// Pages are the handlers, by group, for the router to name.
type Pages struct {
	Home       *Home
	Documents  *Documents
	Comments   *Comments
	Amendments *Amendments
	Ballots    *Ballots
	Members    *Members
	Accounts   *Accounts
	Audit      *Audit
}

// New gives the pages' handlers over db, sharing the comparisons of
// amendments with the API. Their caches are made here, once.
func New(s *site.Site, db Store, comparisons *compare.Cache) *Pages {
	versions := newVersions(db)
	return &Pages{
		Home: &Home{site: s, db: db},
		Documents: &Documents{site: s, db: db, versions: versions, comparisons: comparisons,
			bodies: render.NewBounded[render.Rendered](256), tocs: render.NewBounded[template.HTML](256),
			counts: render.NewShared[map[string]view.SectionCount](1024), amendmentTotals: render.NewShared[map[string]int](256),
			changed: render.NewBounded[[]string](10000)},
		Comments: &Comments{site: s, db: db, versions: versions,
			sectionTexts: render.NewWeighed(8<<20, func(h template.HTML) int { return len(h) + 64 })},
		Amendments: &Amendments{site: s, db: db, versions: versions, comparisons: comparisons,
			amendmentPages: render.NewWeighed(48<<20, (*amendmentPage).weight)},
		Ballots:  &Ballots{site: s, db: db, snapshots: render.NewBounded[template.HTML](256), snapshotTexts: render.NewBounded[ballot.Snapshot](32)},
		Members:  &Members{site: s, db: db},
		Accounts: &Accounts{site: s, db: db},
		Audit:    &Audit{site: s, db: db},
	}
}

// Besides the codes each method's comment lists, every method of the
// interfaces below may fail with EUNAVAILABLE, EFULL or EINTERNAL when the
// database does; the error page says so without the details, which go to
// the log.

// Home is the front page.
type Home struct {
	site *site.Site
	db   HomeStore
}

// HomeStore is what the front page reads.
type HomeStore interface {
	// Documents lists every document.
	Documents(ctx context.Context) ([]document.Document, error)
	// Ballots lists every ballot, without their snapshots.
	Ballots(ctx context.Context) ([]ballot.Ballot, error)
	// Agenda lists what is waiting for the members, and for u.
	Agenda(ctx context.Context, u member.User, limit int) (store.Agenda, error)
	// Voted tells whether u is on a ballot's roll and has voted.
	Voted(ctx context.Context, u member.User, id int64) (onRoll, voted bool, err error)
	// BallotCount reads a ballot's tellers and the count's progress.
	BallotCount(ctx context.Context, id int64) (store.CountProgress, error)
	// Now is the store's clock, which ballots' times are judged by.
	Now() time.Time
}

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
	// SetCosponsorsNeeded records the document's rule for seconding:
	// ENOTFOUND, EINVALID for a number out of bounds.
	SetCosponsorsNeeded(ctx context.Context, actorID int64, slug string, n int) error
	// SetVoteRule records the document's rule for adopting amendments:
	// EFORBIDDEN (document.CanEdit), ENOTFOUND, EINVALID or ETOOLARGE for
	// a clause Charter refuses.
	SetVoteRule(ctx context.Context, u member.User, slug string, rule ballot.Rule, onlineClause string) error
}

// Comments are the pages of members' comments: a section with its
// comments, posting, the committee's queue and answers, and moderation.
type Comments struct {
	site     *site.Site
	db       CommentStore
	versions *versions
	// A section's own text as its page shows it, by version and key.
	sectionTexts *render.Bounded[template.HTML]
}

// CommentStore is what the comment pages read and write.
type CommentStore interface {
	// SectionComments lists the comments standing in a section of a
	// version, replies included.
	SectionComments(ctx context.Context, versionID int64, key string) ([]store.CommentView, error)
	// Comment reads a comment where it stands in the current version:
	// ENOTFOUND.
	Comment(ctx context.Context, id int64) (store.CommentView, error)
	// CommentQueue reads a page of the committee's queue (or of the
	// disposition log, answered), with the comments set aside.
	CommentQueue(ctx context.Context, documentID, versionID int64, answered bool, offset, limit int) (page []store.CommentView, total int64, orphans []store.CommentView, err error)
	// CommentChanges says, for comments moved off their words, what first
	// moved each: ENOTFOUND.
	CommentChanges(ctx context.Context, documentID int64, commentIDs []int64) (map[int64]store.CommentChange, error)
	// CommentOrigins says where comments were written, for those written
	// on a version before versionID.
	CommentOrigins(ctx context.Context, versionID int64, ids []int64) (map[int64]store.CommentOrigin, error)
	// CommentEdits reads a comment's earlier texts.
	CommentEdits(ctx context.Context, id int64) ([]string, error)
	// ReportCounts counts members' reports of a document's comments.
	ReportCounts(ctx context.Context, documentID int64) (map[int64]int, error)
	// UserNames reads members' names by id.
	UserNames(ctx context.Context, ids []int64) (map[int64]string, error)
	// PostComment stores a comment or a reply: EFORBIDDEN (comment.CanPost),
	// ENOTFOUND for a document, section or parent that is not there,
	// EINVALID or ETOOLARGE for what Charter refuses, ECONFLICT for a
	// version no longer current or a parent deleted or hidden.
	PostComment(ctx context.Context, u member.User, in store.NewComment) (comment.Comment, error)
	// SupportComment records a member's support: EFORBIDDEN
	// (comment.CanSupport), ENOTFOUND, ECONFLICT when given already.
	SupportComment(ctx context.Context, u member.User, id int64) error
	// SetDisposition records the committee's answer: EFORBIDDEN
	// (comment.CanAnswer), ENOTFOUND, EINVALID.
	SetDisposition(ctx context.Context, u member.User, id int64, d comment.Disposition, reason string, in comment.Incorporation) error
	// EditComment changes the author's text: EFORBIDDEN to anyone else,
	// ENOTFOUND, ECONFLICT for a comment deleted or hidden, EINVALID or
	// ETOOLARGE for a text Charter refuses.
	EditComment(ctx context.Context, u member.User, id int64, body string) error
	// DeleteComment deletes the author's comment, kept on record:
	// EFORBIDDEN, ENOTFOUND, ECONFLICT.
	DeleteComment(ctx context.Context, u member.User, id int64) error
	// ReportComment records a member's report: EFORBIDDEN
	// (comment.CanReport), ENOTFOUND, ECONFLICT when made already, EINVALID
	// or ETOOLARGE for the reason.
	ReportComment(ctx context.Context, u member.User, id int64, reason string) error
	// HideComment hides a comment under a written rule: EFORBIDDEN
	// (comment.CanModerate), ENOTFOUND, EINVALID or ETOOLARGE for the rule
	// or reason.
	HideComment(ctx context.Context, u member.User, id int64, rule comment.Rule, reason string) error
}

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
}

// BallotStore is what the ballot pages read and write.
type BallotStore interface {
	// Ballots lists every ballot, without their snapshots.
	Ballots(ctx context.Context) ([]ballot.Ballot, error)
	// BallotRules reads a ballot and its questions' rules and hashes,
	// without the snapshots' texts or the turnout: ENOTFOUND.
	BallotRules(ctx context.Context, id int64) (ballot.Ballot, error)
	// QuestionSnapshot reads a question's snapshot as sealed: ENOTFOUND.
	QuestionSnapshot(ctx context.Context, ballotID, questionID int64) (string, error)
	// Turnout counts the members who have voted.
	Turnout(ctx context.Context, id int64) (int, error)
	// Voted tells whether u is on a ballot's roll and has voted.
	Voted(ctx context.Context, u member.User, id int64) (onRoll, voted bool, err error)
	// BallotCount reads a ballot's tellers and the count's progress.
	BallotCount(ctx context.Context, id int64) (store.CountProgress, error)
	// RollChanges lists the changes to a ballot's roll with their reasons.
	RollChanges(ctx context.Context, id int64) ([]store.RollChange, error)
	// BallotResults counts a ballot's opened papers: ENOTFOUND, ECONFLICT
	// before the count or under the minimum.
	BallotResults(ctx context.Context, id int64) (store.Results, error)
	// DocumentByID finds a document by its id: ENOTFOUND.
	DocumentByID(ctx context.Context, id int64) (document.Document, error)
	// Documents lists every document.
	Documents(ctx context.Context) ([]document.Document, error)
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
	// Now is the store's clock, which ballots' times are judged by.
	Now() time.Time
}

// Members are the admins' pages of the roster: accounts, roles, standing,
// invitations and the roster import.
type Members struct {
	site *site.Site
	db   MemberStore
}

// MemberStore is what the roster pages read and write.
type MemberStore interface {
	// Users lists every account.
	Users(ctx context.Context) ([]member.User, error)
	// ImportRoster creates or updates accounts from a roster: ENOTFOUND,
	// ECONFLICT.
	ImportRoster(ctx context.Context, actorID int64, entries []member.RosterEntry) (store.RosterResult, error)
	// Invite issues a fresh invitation link: ENOTFOUND.
	Invite(ctx context.Context, actorID, userID int64) (store.Invitation, error)
	// SetRoles replaces a member's roles: ENOTFOUND, EINVALID.
	SetRoles(ctx context.Context, actorID, userID int64, roles []member.Role) error
	// SetStanding marks a member in or out of good standing: ENOTFOUND,
	// EINVALID for the reason.
	SetStanding(ctx context.Context, actorID, userID int64, good bool, reason string) error
}

// Accounts are the pages of a member's sessions and access tokens: the
// member's own, or any member's for an admin.
type Accounts struct {
	site *site.Site
	db   account.Store
}

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
