package page

import (
	"context"
	"html/template"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

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
	// SectionThreads reads a section's comments and what goes with them
	// (authors, origins, changes, earlier texts, reports) at one moment,
	// from memory until the document's comments change. Shared: read it,
	// never change it.
	SectionThreads(ctx context.Context, documentID, versionID int64, key string) (*store.SectionThreads, error)
	// CommentsAround reads the same for comments a page lists.
	CommentsAround(ctx context.Context, documentID, versionID int64, views []store.CommentView) (*store.SectionThreads, error)
	// Comment reads a comment where it stands in the current version:
	// ENOTFOUND.
	Comment(ctx context.Context, id int64) (store.CommentView, error)
	// CommentQueue reads a page of the committee's queue (or of the
	// disposition log, answered), with the comments set aside.
	CommentQueue(ctx context.Context, documentID, versionID int64, answered bool, offset, limit int) (page []store.CommentView, total int64, orphans []store.CommentView, err error)
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
