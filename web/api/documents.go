package api

import (
	"context"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// Documents are the handlers of documents, their versions, outlines,
// provenance, comparisons and merges.
type Documents struct {
	db DocumentStore
}

// DocumentStore is what the document handlers read and write. Besides the
// codes listed, every method may fail with EUNAVAILABLE, EFULL or
// EINTERNAL when the database does.
type DocumentStore interface {
	// Documents lists every document.
	Documents(ctx context.Context) ([]document.Document, error)
	// Document finds a document by its short name: ENOTFOUND.
	Document(ctx context.Context, slug string) (document.Document, error)
	// Versions lists a document's versions, newest first.
	Versions(ctx context.Context, documentID int64) ([]document.Version, error)
	// Version reads one version of a document: ENOTFOUND when the document
	// has no such version.
	Version(ctx context.Context, documentID, versionID int64) (document.Version, error)
	// Outline reads a version's stored sections, in order.
	Outline(ctx context.Context, versionID int64) ([]document.Node, error)
	// ProvenanceChain reads the versions up to versionID with what made
	// each: ENOTFOUND, EINVALID when versionID is not a version of the
	// document.
	ProvenanceChain(ctx context.Context, documentID, versionID int64) ([]amendment.Step, error)
	// VersionText reads a version's text with its stored outline: EINVALID
	// when versionID is not a version of the document.
	VersionText(ctx context.Context, documentID, versionID int64) (*document.Parsed, error)
	// CreateDocument imports a new document as its first version: EINVALID
	// or ETOOLARGE for a short name, title or text Charter refuses,
	// ECONFLICT when the short name is taken.
	CreateDocument(ctx context.Context, actorID int64, in store.NewDocument) (document.Document, document.Version, error)
	// PublishVersion publishes the next version of a document: ENOTFOUND,
	// EINVALID or ETOOLARGE for a text Charter refuses or a base that is
	// not the document's, ECONFLICT for a text identical to the head or,
	// as a *store.StaleError, one written from a version that is no
	// longer the head.
	PublishVersion(ctx context.Context, actorID int64, in store.NewVersion) (document.Version, error)
	// PublishClerical publishes a clerical change as the next version:
	// EFORBIDDEN (document.CanEdit), ENOTFOUND, EINVALID for a text that
	// changes words or sections (amendment.CheckClerical), a ballot that
	// did not adopt a change to the document or a missing reason,
	// ETOOLARGE, ECONFLICT as PublishVersion.
	PublishClerical(ctx context.Context, u member.User, in store.NewClerical) (document.Version, error)
	// PreviewMerge merges amendments into the head without publishing:
	// ENOTFOUND, EINVALID for an amendment that is not seconded or not the
	// document's, ECONFLICT.
	PreviewMerge(ctx context.Context, slug string, req store.MergeRequest) (store.MergeResult, error)
	// Merge publishes the merge as the next draft: as PreviewMerge, and
	// EFORBIDDEN to anyone but the committee (amendment.CanMerge),
	// ECONFLICT (a *store.StaleError) when the head moved.
	Merge(ctx context.Context, u member.User, slug string, req store.MergeRequest) (store.MergeResult, error)
}
