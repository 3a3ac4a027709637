package api

import (
	"context"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// Comments are the handlers of members' comments: listing a version's,
// posting, reading, answering and supporting one.
type Comments struct {
	db CommentStore
}

// CommentStore is what the comment handlers read and write. Besides the
// codes listed, every method may fail with EUNAVAILABLE, EFULL or
// EINTERNAL when the database does.
type CommentStore interface {
	// Document finds a document by its short name: ENOTFOUND.
	Document(ctx context.Context, slug string) (document.Document, error)
	// Version reads one version of a document: ENOTFOUND.
	Version(ctx context.Context, documentID, versionID int64) (document.Version, error)
	// HeadVersion reads a document's current version: ENOTFOUND when it has
	// none yet.
	HeadVersion(ctx context.Context, documentID int64) (document.Version, error)
	// CommentsAfter lists up to limit comments of a version after the
	// comment after, in order of id.
	CommentsAfter(ctx context.Context, versionID, after int64, limit int) ([]store.CommentView, error)
	// PostComment stores a comment or a reply: EFORBIDDEN to a member not
	// in good standing (comment.CanPost), ENOTFOUND for a document,
	// section or parent that is not there, EINVALID or ETOOLARGE for a
	// body, stance or passage Charter refuses, ECONFLICT for a version
	// that is no longer current or a parent deleted or hidden.
	PostComment(ctx context.Context, u member.User, in store.NewComment) (comment.Comment, error)
	// Comment reads a comment where it stands in the current version:
	// ENOTFOUND.
	Comment(ctx context.Context, id int64) (store.CommentView, error)
	// SetDisposition records the committee's answer: EFORBIDDEN to anyone
	// else (comment.CanAnswer), ENOTFOUND for a comment that is not a
	// top-level one, EINVALID for a disposition, reason or incorporation
	// Charter refuses.
	SetDisposition(ctx context.Context, u member.User, id int64, d comment.Disposition, reason string, in comment.Incorporation) error
	// SupportComment records a member's support: EFORBIDDEN
	// (comment.CanSupport), ENOTFOUND, ECONFLICT when given already.
	SupportComment(ctx context.Context, u member.User, id int64) error
}
