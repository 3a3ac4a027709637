package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/redline"
)

type commentRow struct {
	ID                int64
	DocumentID        int64
	VersionID         int64
	ParentID          *int64
	AuthorID          int64
	Stance            string
	Body              string
	Language          string
	CreatedAt         time.Time
	EditedAt          *time.Time
	DeletedAt         *time.Time
	HiddenReason      string
	Disposition       string
	DispositionReason string
	DispositionBy     *int64
	DispositionAt     *time.Time

	DispositionAmendmentID *int64
	DispositionVersionID   *int64
	DispositionVersionNum  int `gorm:"->;column:disposition_version_number;-:migration"`
}

func (commentRow) TableName() string { return "comments" }

type placementRow struct {
	CommentID   int64 `gorm:"primaryKey;autoIncrement:false"`
	VersionID   int64 `gorm:"primaryKey;autoIncrement:false"`
	SectionKey  string
	Fate        string
	Quote       string
	QuoteBefore string
	QuoteAfter  string
	QuoteOffset int
}

func (placementRow) TableName() string { return "comment_placements" }

type supportRow struct {
	CommentID int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID    int64 `gorm:"primaryKey;autoIncrement:false"`
	CreatedAt time.Time
}

func (supportRow) TableName() string { return "comment_supports" }

func (p placementRow) domain() comment.Placement {
	pl := comment.Placement{VersionID: p.VersionID, SectionKey: p.SectionKey, Fate: redline.Fate(p.Fate)}
	if p.QuoteOffset >= 0 {
		pl.Anchor = &redline.Anchor{Quote: p.Quote, Before: p.QuoteBefore, After: p.QuoteAfter, Offset: p.QuoteOffset}
	}
	return pl
}

func placementOf(commentID int64, p comment.Placement) placementRow {
	row := placementRow{CommentID: commentID, VersionID: p.VersionID, SectionKey: p.SectionKey, Fate: string(p.Fate), QuoteOffset: -1}
	if p.Anchor != nil {
		row.Quote, row.QuoteBefore, row.QuoteAfter, row.QuoteOffset = p.Anchor.Quote, p.Anchor.Before, p.Anchor.After, p.Anchor.Offset
	}
	return row
}

func (r commentRow) domain() comment.Comment {
	c := comment.Comment{
		ID: r.ID, DocumentID: r.DocumentID, VersionID: r.VersionID, AuthorID: r.AuthorID, Stance: comment.Stance(r.Stance),
		Body: r.Body, Language: r.Language, CreatedAt: r.CreatedAt, EditedAt: r.EditedAt, Deleted: r.DeletedAt != nil, Hidden: r.HiddenReason,
		Disposition: comment.Disposition(r.Disposition), DispositionReason: r.DispositionReason,
	}
	if r.ParentID != nil {
		c.ParentID = *r.ParentID
	}
	if r.DispositionBy != nil {
		c.DispositionBy = *r.DispositionBy
	}
	if r.DispositionAmendmentID != nil {
		c.IncorporatedIn.AmendmentID = *r.DispositionAmendmentID
	}
	c.IncorporatedIn.VersionNumber = r.DispositionVersionNum
	return c
}

// withVersionNumber reads comments with the number of the version that
// incorporated them, if any.
func withVersionNumber(tx *gorm.DB) *gorm.DB {
	return tx.Table("comments").Select("comments.*, COALESCE(v.number, 0) AS disposition_version_number").
		Joins("LEFT JOIN versions v ON v.id = comments.disposition_version_id")
}

// NewComment is what posting a comment takes. A passage is given either by
// its byte range in the version (selected in the browser) or as pasted text,
// which must occur once in the section.
type NewComment struct {
	DocumentSlug         string
	VersionID            int64
	SectionKey           string
	QuoteStart, QuoteEnd int
	Quote                string
	Stance               comment.Stance
	Body                 string
	ParentID             int64
	Language             string // the language the member writes in
}

// PostComment stores a comment on the current version of a document, or a
// reply in a thread.
func (db *DB) PostComment(ctx context.Context, u member.User, in NewComment) (comment.Comment, error) {
	var out comment.Comment
	err := db.transact(ctx, "post comment", func(tx *gorm.DB) error {
		// A share lock on the document waits for a merge that is publishing
		// the next draft (it holds the row for update), so a comment is never
		// placed on a version as it is replaced and then left out of the new one.
		if _, err := documentBySlug(tx.Clauses(clause.Locking{Strength: clause.LockingStrengthShare}), in.DocumentSlug); err != nil {
			return err
		}
		doc, head, nodes, err := currentOutline(tx, in.DocumentSlug)
		if err != nil {
			return err
		}
		c := comment.Comment{DocumentID: doc.ID, VersionID: head.ID, SectionKey: in.SectionKey, Stance: in.Stance, Body: in.Body}
		if in.Language != "" {
			if in.Language, err = document.ValidateLanguage(in.Language); err != nil {
				return charter.Errorf(charter.EINVALID, "%q is not a language tag such as es or fr.", charter.Clip(in.Language, 40))
			}
		}
		if in.ParentID != 0 {
			var parent commentRow
			if err := tx.Where("id = ? AND document_id = ?", in.ParentID, doc.ID).Take(&parent).Error; err != nil {
				if isNotFound(err) {
					return charter.Errorf(charter.ENOTFOUND, "There is no comment %d on this document.", in.ParentID)
				}
				return err
			}
			if parent.DeletedAt != nil || parent.HiddenReason != "" {
				return charter.Errorf(charter.ECONFLICT, "That comment was deleted or hidden; it takes no replies.")
			}
			place, err := placementIn(tx, parent.ID, head.ID)
			if err != nil {
				return err
			}
			c.ParentID, c.SectionKey = parent.ID, place.SectionKey
		} else if in.VersionID != head.ID {
			// Only a real, earlier version of this document means the
			// member read a text since replaced; any other id is a bad request.
			if in.VersionID == 0 {
				return charter.Errorf(charter.EINVALID, "Say which version the comment is on: the version_id of the current version.")
			}
			if _, err := versionOf(tx, doc.ID, in.VersionID); err != nil {
				return err
			}
			return charter.Errorf(charter.ECONFLICT, "A newer version of this document was published; reload it and comment on the current text.")
		}
		start, end, err := passageOf(head, nodes, in)
		if err != nil {
			return err
		}
		if c, err = comment.New(&u, nodes, head.Markdown, c, start, end); err != nil {
			return err
		}
		row := commentRow{DocumentID: doc.ID, VersionID: head.ID, AuthorID: u.ID, Stance: string(c.Stance), Body: c.Body, Language: in.Language, CreatedAt: db.now()}
		if c.ParentID != 0 {
			row.ParentID = &c.ParentID
		}
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		place := comment.Placement{VersionID: head.ID, SectionKey: c.SectionKey, Anchor: c.Anchor, Fate: redline.Kept}
		if err := tx.Create(ptr(placementOf(row.ID, place))).Error; err != nil {
			return err
		}
		config, err := documentConfig(tx, head.DocumentID)
		if err != nil {
			return err
		}
		if err := indexComments(tx, []commentRow{row}, config); err != nil {
			return err
		}
		out = row.domain()
		out.SectionKey, out.Anchor = c.SectionKey, c.Anchor
		return db.announce(tx, TopicComments, doc.ID)
	})
	return out, err
}

func ptr[T any](v T) *T { return &v }

// passageOf is the byte range a new comment quotes: as given, or where the
// pasted quote stands in its section; none for a reply, which is on its
// thread rather than on a passage.
func passageOf(head versionRow, nodes []document.Node, in NewComment) (start, end int, err error) {
	if in.ParentID != 0 {
		return 0, 0, nil
	}
	if in.Quote == "" {
		return in.QuoteStart, in.QuoteEnd, nil
	}
	for _, n := range nodes {
		if n.Key == in.SectionKey {
			return comment.FindQuote(head.Markdown, n, in.Quote)
		}
	}
	return 0, 0, nil // no such section: comment.New says so
}

func placementIn(tx *gorm.DB, commentID, versionID int64) (comment.Placement, error) {
	var p placementRow
	err := tx.Where("comment_id = ? AND version_id = ?", commentID, versionID).Take(&p).Error
	if isNotFound(err) {
		return comment.Placement{}, charter.Errorf(charter.ENOTFOUND, "That comment has no place in this version.")
	}
	return p.domain(), err
}

// reanchorComments places every comment of the previous version in the new
// one, inside the transaction that publishes it.
func reanchorComments(tx *gorm.DB, prev versionRow, next versionRow, nodes []document.Node) error {
	var places []placementRow
	if err := tx.Where("version_id = ?", prev.ID).Order("comment_id").Find(&places).Error; err != nil {
		return err
	}
	if len(places) == 0 {
		return nil
	}
	pl := comment.NewPlacer(redline.NewMapping(prev.Markdown, next.Markdown), nodes, next.ID)
	rows := make([]placementRow, len(places))
	for i, p := range places {
		rows[i] = placementOf(p.CommentID, pl.Place(p.domain()))
	}
	return tx.CreateInBatches(rows, 500).Error
}

// CommentView is a comment as it stands in one version.
type CommentView struct {
	comment.Comment
	Place comment.Placement
}

// Comments lists all of a version's comments with their places, in order
// of posting: for tools and tests; pages and the API read a page or a
// section at a time.
func (db *DB) Comments(ctx context.Context, versionID int64) ([]CommentView, error) {
	return db.CommentsAfter(ctx, versionID, 0, -1)
}

// sectionViews reads the comments on one section of a version and the
// replies to them, wherever those are placed.
func sectionViews(tx *gorm.DB, versionID int64, key string) ([]CommentView, error) {
	var places []placementRow
	if err := tx.Where("version_id = ? AND section_key = ?", versionID, key).Find(&places).Error; err != nil {
		return nil, err
	}
	var elsewhere []placementRow
	if err := tx.Where("version_id = ? AND section_key <> ? AND comment_id IN (SELECT id FROM comments WHERE parent_id IN "+
		"(SELECT comment_id FROM comment_placements WHERE version_id = ? AND section_key = ?))", versionID, key, versionID, key).
		Find(&elsewhere).Error; err != nil {
		return nil, err
	}
	places = append(places, elsewhere...)
	sort.Slice(places, func(i, j int) bool { return places[i].CommentID < places[j].CommentID })
	return viewsOf(tx, places)
}

// CommentsAfter lists up to limit of a version's comments (all of them
// when limit is negative) with their places, in order of id from the first
// after the id given, for clients that page through tens of thousands.
func (db *DB) CommentsAfter(ctx context.Context, versionID, after int64, limit int) ([]CommentView, error) {
	var out []CommentView
	err := db.read(ctx, "list comments", func(tx *gorm.DB) error {
		var places []placementRow
		if err := tx.Where("version_id = ? AND comment_id > ?", versionID, after).Order("comment_id").Limit(limit).Find(&places).Error; err != nil {
			return err
		}
		var err error
		out, err = viewsOf(tx, places)
		return err
	})
	return out, err
}

// CommentQueue is one page of the committee's queue of a version: its open
// comments that start a thread and stand in the text, in the order they
// were posted (with answered, the disposition log of those answered), and
// how many there are in all; and, for the queue, every such comment that a
// change of the text set aside. Only the page is read: the queue of 45,000
// comments read whole took two seconds and made a page of 17 MB.
func (db *DB) CommentQueue(ctx context.Context, documentID, versionID int64, answered bool, offset, limit int) (page []CommentView, total int64, orphans []CommentView, err error) {
	err = db.read(ctx, "comment queue", func(tx *gorm.DB) error {
		standing := func() *gorm.DB {
			q := threadsIn(tx, documentID, versionID).Where("p.fate <> ?", string(redline.Removed))
			if answered {
				return q.Where("c.disposition <> ''")
			}
			return q.Where("c.disposition = ''")
		}
		if err := standing().Count(&total).Error; err != nil {
			return err
		}
		var places []placementRow
		if err := standing().Select("p.*").Order("c.id").Offset(offset).Limit(limit).Scan(&places).Error; err != nil {
			return err
		}
		var err error
		if page, err = viewsOf(tx, places); err != nil || answered {
			return err // the log shows no set-aside comments
		}
		var set []placementRow
		if err := threadsIn(tx, documentID, versionID).Where("p.fate = ?", string(redline.Removed)).Select("p.*").Order("c.id").Scan(&set).Error; err != nil {
			return err
		}
		orphans, err = viewsOf(tx, set)
		return err
	})
	return page, total, orphans, err
}

// viewsOf reads the comments placed by places, in that order, with their
// supports, 500 to a query.
func viewsOf(tx *gorm.DB, places []placementRow) ([]CommentView, error) {
	var rows []commentRow
	var counted []supportCount
	for lo := 0; lo < len(places); lo += 500 {
		ids := make([]int64, 0, 500)
		for _, p := range places[lo:min(lo+500, len(places))] {
			ids = append(ids, p.CommentID)
		}
		var some []commentRow
		if err := withVersionNumber(tx).Where("comments.id IN ?", ids).Find(&some).Error; err != nil {
			return nil, err
		}
		rows = append(rows, some...)
		var n []supportCount
		if err := tx.Model(&supportRow{}).Select("comment_id, COUNT(*) AS n").Where("comment_id IN ?", ids).Group("comment_id").Scan(&n).Error; err != nil {
			return nil, err
		}
		counted = append(counted, n...)
	}
	return assembleViews(places, rows, counted), nil
}

type supportCount struct {
	CommentID int64
	N         int
}

// assembleViews joins placements, comments and support counts, in the
// placements' order.
func assembleViews(places []placementRow, rows []commentRow, counted []supportCount) []CommentView {
	supports := make(map[int64]int, len(counted))
	for _, r := range counted {
		supports[r.CommentID] = r.N
	}
	byID := make(map[int64]commentRow, len(rows))
	for _, r := range rows {
		byID[r.ID] = r
	}
	out := make([]CommentView, 0, len(places))
	for _, p := range places {
		c := byID[p.CommentID].domain()
		c.Supports = supports[c.ID]
		pl := p.domain()
		c.SectionKey, c.Anchor = pl.SectionKey, pl.Anchor
		out = append(out, CommentView{Comment: c, Place: pl})
	}
	return out
}

func supportCounts(tx *gorm.DB, ids []int64) (map[int64]int, error) {
	var rows []struct {
		CommentID int64
		N         int
	}
	err := tx.Model(&supportRow{}).Select("comment_id, COUNT(*) AS n").Where("comment_id IN ?", ids).Group("comment_id").Scan(&rows).Error
	out := map[int64]int{}
	for _, r := range rows {
		out[r.CommentID] = r.N
	}
	return out, err
}

// Comment returns a comment with its place in the document's current version.
func (db *DB) Comment(ctx context.Context, id int64) (CommentView, error) {
	var v CommentView
	err := db.read(ctx, "get comment", func(tx *gorm.DB) error {
		var row commentRow
		if err := withVersionNumber(tx).Where("comments.id = ?", id).Take(&row).Error; err != nil {
			if isNotFound(err) {
				return charter.Errorf(charter.ENOTFOUND, "There is no comment %d.", id)
			}
			return err
		}
		head, err := headVersion(tx, row.DocumentID)
		if err != nil {
			return err
		}
		place, err := placementIn(tx, id, head.ID)
		if err != nil {
			return err
		}
		supports, err := supportCounts(tx, []int64{id})
		if err != nil {
			return err
		}
		v = CommentView{Comment: row.domain(), Place: place}
		v.Supports, v.SectionKey, v.Anchor = supports[id], place.SectionKey, place.Anchor
		return nil
	})
	return v, err
}

// SupportComment is a member's "+1", once per member.
func (db *DB) SupportComment(ctx context.Context, u member.User, id int64) error {
	if !comment.CanSupport(&u) {
		return charter.Errorf(charter.EFORBIDDEN, "Only members in good standing can support comments.")
	}
	return db.transact(ctx, "support comment", func(tx *gorm.DB) error {
		var row commentRow
		if err := tx.Where("id = ?", id).Take(&row).Error; err != nil {
			if isNotFound(err) {
				return charter.Errorf(charter.ENOTFOUND, "There is no comment %d.", id)
			}
			return err
		}
		if err := tx.Create(&supportRow{CommentID: id, UserID: u.ID, CreatedAt: db.now()}).Error; err != nil {
			if isDuplicate(err) {
				return charter.Errorf(charter.ECONFLICT, "You support this comment already.")
			}
			return err
		}
		if err := db.announce(tx, TopicComments, row.DocumentID); err != nil {
			return err
		}
		return nil
	})
}

// SetDisposition records the committee's answer to a comment, publicly and
// in the audit log. An incorporated comment names the amendment, or the
// number of the version, that took it in.
func (db *DB) SetDisposition(ctx context.Context, u member.User, id int64, d comment.Disposition, reason string, in comment.Incorporation) error {
	if !comment.CanAnswer(&u) {
		return charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee answers comments.")
	}
	if _, err := comment.ParseDisposition(string(d)); err != nil {
		return err
	}
	if reason = strings.TrimSpace(reason); reason == "" && d == comment.Declined {
		return charter.Errorf(charter.EINVALID, "Say why the comment is declined; the reason is published with it.")
	}
	if reason != "" {
		var err error
		if reason, err = comment.CleanBody(reason); err != nil {
			return err
		}
	}
	return db.transact(ctx, "set disposition", func(tx *gorm.DB) error {
		var row commentRow
		if err := tx.Where("id = ? AND parent_id IS NULL", id).Take(&row).Error; err != nil {
			if isNotFound(err) {
				return charter.Errorf(charter.ENOTFOUND, "There is no top-level comment %d.", id)
			}
			return err
		}
		var amendmentID, versionID *int64
		if d == comment.Incorporated {
			if in.AmendmentID == 0 && in.VersionNumber == 0 {
				return charter.Errorf(charter.EINVALID, "Name the amendment or the version that incorporated the comment.")
			}
			if in.AmendmentID != 0 {
				// An amendment its sponsor keeps private is no one's to name.
				a, err := amendmentByID(tx, in.AmendmentID)
				if err != nil || a.DocumentID != row.DocumentID || a.Private() {
					return charter.Errorf(charter.EINVALID, "Amendment %d is not an amendment of this document.", in.AmendmentID)
				}
				amendmentID = &in.AmendmentID
			}
			if in.VersionNumber != 0 {
				var v versionRow
				if err := tx.Select("id").Where("document_id = ? AND number = ?", row.DocumentID, in.VersionNumber).Take(&v).Error; err != nil {
					if isNotFound(err) {
						return charter.Errorf(charter.EINVALID, "This document has no version %d.", in.VersionNumber)
					}
					return err
				}
				versionID = &v.ID
			}
		}
		now := db.now()
		if err := tx.Model(&commentRow{}).Where("id = ?", id).Updates(map[string]any{
			"disposition": string(d), "disposition_reason": reason, "disposition_by": u.ID, "disposition_at": now,
			"disposition_amendment_id": amendmentID, "disposition_version_id": versionID,
		}).Error; err != nil {
			return err
		}
		answer := message.CommentAnswer{Disposition: string(d), Reason: reason}
		if d == comment.Incorporated {
			answer.AmendmentID, answer.VersionNumber = in.AmendmentID, in.VersionNumber
		}
		if err := db.queueAnswer(tx, row, answer, u.ID); err != nil {
			return err
		}
		if err := db.announce(tx, TopicComments, row.DocumentID); err != nil {
			return err
		}
		return db.record(tx, u.ID, "comment.disposition", fmt.Sprintf("comment:%d", id), fmt.Sprintf("%s: %s", d, reason))
	})
}

type editRow struct {
	ID         int64
	CommentID  int64
	Body       string
	ReplacedAt time.Time
}

func (editRow) TableName() string { return "comment_edits" }

type reportRow struct {
	CommentID int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID    int64 `gorm:"primaryKey;autoIncrement:false"`
	Reason    string
	CreatedAt time.Time
}

func (reportRow) TableName() string { return "comment_reports" }

// ownComment loads a comment its author may still change.
func ownComment(tx *gorm.DB, u member.User, id int64) (commentRow, error) {
	var row commentRow
	if err := tx.Where("id = ?", id).Take(&row).Error; err != nil {
		if isNotFound(err) {
			return row, charter.Errorf(charter.ENOTFOUND, "There is no comment %d.", id)
		}
		return row, err
	}
	if row.AuthorID != u.ID {
		return row, charter.Errorf(charter.EFORBIDDEN, "Only its author can change a comment.")
	}
	if row.DeletedAt != nil {
		return row, charter.Errorf(charter.ECONFLICT, "That comment was deleted.")
	}
	return row, nil
}

// EditComment replaces the body of the author's comment; the earlier text
// is kept, for the committee and observers to see.
func (db *DB) EditComment(ctx context.Context, u member.User, id int64, body string) error {
	body, err := comment.CleanBody(body)
	if err != nil {
		return err
	}
	return db.transact(ctx, "edit comment", func(tx *gorm.DB) error {
		row, err := ownComment(tx, u, id)
		if err != nil {
			return err
		}
		now := db.now()
		if err := tx.Create(&editRow{CommentID: id, Body: row.Body, ReplacedAt: now}).Error; err != nil {
			return err
		}
		if err := tx.Model(&commentRow{}).Where("id = ?", id).Updates(map[string]any{"body": body, "edited_at": now}).Error; err != nil {
			return err
		}
		if err := reindexComment(tx, id); err != nil {
			return err
		}
		return db.announce(tx, TopicComments, row.DocumentID)
	})
}

// DeleteComment withdraws the author's comment from other members' view.
// Its text stays on record for observers: nothing is lost.
func (db *DB) DeleteComment(ctx context.Context, u member.User, id int64) error {
	return db.transact(ctx, "delete comment", func(tx *gorm.DB) error {
		row, err := ownComment(tx, u, id)
		if err != nil {
			return err
		}
		if err := tx.Model(&commentRow{}).Where("id = ?", id).Update("deleted_at", db.now()).Error; err != nil {
			return err
		}
		if err := reindexComment(tx, id); err != nil {
			return err
		}
		return db.announce(tx, TopicComments, row.DocumentID)
	})
}

// commentEdits gives the earlier texts of each comment named, oldest
// first, in one query.
func commentEdits(tx *gorm.DB, ids []int64) (map[int64][]string, error) {
	out := map[int64][]string{}
	for lo := 0; lo < len(ids); lo += 500 {
		var rows []editRow
		if err := tx.Where("comment_id IN ?", ids[lo:min(lo+500, len(ids))]).Order("id").Find(&rows).Error; err != nil {
			return out, err
		}
		for _, r := range rows {
			out[r.CommentID] = append(out[r.CommentID], r.Body)
		}
	}
	return out, nil
}

// ReportComment records a member's report that a comment breaks a rule.
func (db *DB) ReportComment(ctx context.Context, u member.User, id int64, reason string) error {
	if !comment.CanReport(&u) {
		return charter.Errorf(charter.EFORBIDDEN, "Only members can report comments.")
	}
	reason, err := comment.CleanBody(reason)
	if err != nil {
		return err
	}
	return db.transact(ctx, "report comment", func(tx *gorm.DB) error {
		var row commentRow
		if err := tx.Where("id = ?", id).Take(&row).Error; err != nil {
			if isNotFound(err) {
				return charter.Errorf(charter.ENOTFOUND, "There is no comment %d.", id)
			}
			return err
		}
		if err := tx.Create(&reportRow{CommentID: id, UserID: u.ID, Reason: reason, CreatedAt: db.now()}).Error; err != nil {
			if isDuplicate(err) {
				return charter.Errorf(charter.ECONFLICT, "You reported this comment already.")
			}
			return err
		}
		if err := db.queueReported(tx, row, reason, u.ID); err != nil {
			return err
		}
		if err := db.announce(tx, TopicComments, row.DocumentID); err != nil {
			return err
		}
		return nil
	})
}

// HideComment hides a comment under a written rule, with a reason: its
// author and observers still see it and why; the action is audited.
func (db *DB) HideComment(ctx context.Context, u member.User, id int64, rule comment.Rule, reason string) error {
	if !comment.CanModerate(&u) {
		return charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee and admins moderate comments.")
	}
	if _, err := comment.ParseRule(string(rule)); err != nil {
		return err
	}
	if strings.TrimSpace(reason) == "" {
		return charter.Errorf(charter.EINVALID, "Say why the comment is hidden; the reason is shown with it.")
	}
	reason, err := comment.CleanBody(reason)
	if err != nil {
		return err
	}
	return db.transact(ctx, "hide comment", func(tx *gorm.DB) error {
		res := tx.Model(&commentRow{}).Where("id = ?", id).Update("hidden_reason", string(rule)+": "+reason)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != 1 {
			return charter.Errorf(charter.ENOTFOUND, "There is no comment %d.", id)
		}
		var documentID int64
		if err := tx.Model(&commentRow{}).Where("id = ?", id).Pluck("document_id", &documentID).Error; err != nil {
			return err
		}
		if err := reindexComment(tx, id); err != nil {
			return err
		}
		if err := db.announce(tx, TopicComments, documentID); err != nil {
			return err
		}
		return db.record(tx, u.ID, "comment.hide", fmt.Sprintf("comment:%d", id), string(rule)+": "+reason)
	})
}

func reportCounts(tx *gorm.DB, documentID int64) (map[int64]int, error) {
	var rows []struct {
		CommentID int64
		N         int
	}
	err := tx.Model(&reportRow{}).Select("comment_reports.comment_id, COUNT(*) AS n").
		Joins("JOIN comments ON comments.id = comment_reports.comment_id").
		Where("comments.document_id = ?", documentID).Group("comment_reports.comment_id").Scan(&rows).Error
	out := map[int64]int{}
	for _, r := range rows {
		out[r.CommentID] = r.N
	}
	return out, err
}

// CommentOrigin is where a comment was first written: its version's number
// and the section's number there, for "on draft 2 §4, now §5", and the
// words it quoted there, if any, which a later version may have changed.
type CommentOrigin struct {
	VersionNumber int
	SectionNumber string
	Quote         string
}

// CommentOrigins gives, for each of the comments named that was written
// on an earlier version than versionID, the version and section number it
// was on. It reads only those a page shows, not every comment of the
// document.
func (db *DB) CommentOrigins(ctx context.Context, versionID int64, ids []int64) (map[int64]CommentOrigin, error) {
	var out map[int64]CommentOrigin
	err := db.read(ctx, "comment origins", func(tx *gorm.DB) (err error) {
		out, err = commentOriginsOn(tx, versionID, ids)
		return err
	})
	return out, err
}

func commentOriginsOn(tx *gorm.DB, versionID int64, ids []int64) (map[int64]CommentOrigin, error) {
	out := map[int64]CommentOrigin{}
	for lo := 0; lo < len(ids); lo += 500 {
		if err := commentOrigins(tx, out, tx.Where("comments.id IN ? AND comments.version_id <> ?", ids[lo:min(lo+500, len(ids))], versionID)); err != nil {
			return out, err
		}
	}
	return out, nil
}

func commentOrigins(tx *gorm.DB, out map[int64]CommentOrigin, which *gorm.DB) error {
	var rows []struct {
		ID            int64
		VersionNumber int
		SectionNumber string
		Quote         string
	}
	err := tx.Table("comments").
		Select("comments.id, versions.number AS version_number, outline_nodes.number AS section_number, comment_placements.quote").
		Joins("JOIN versions ON versions.id = comments.version_id").
		Joins("JOIN comment_placements ON comment_placements.comment_id = comments.id AND comment_placements.version_id = comments.version_id").
		Joins("JOIN outline_nodes ON outline_nodes.version_id = comments.version_id AND outline_nodes.key = comment_placements.section_key").
		Where(which).Scan(&rows).Error
	for _, r := range rows {
		out[r.ID] = CommentOrigin{VersionNumber: r.VersionNumber, SectionNumber: r.SectionNumber, Quote: r.Quote}
	}
	return err
}

// CommentChange says what first moved a comment off its words: the version
// where its passage changed or went, and the merged amendment responsible,
// if that version merged one.
type CommentChange struct {
	Fate          redline.Fate
	VersionNumber int
	AmendmentID   int64
}

func commentChanges(tx *gorm.DB, documentID int64, commentIDs []int64) (map[int64]CommentChange, error) {
	out := map[int64]CommentChange{}
	if len(commentIDs) == 0 {
		return out, nil
	}
	var rows []struct {
		CommentID   int64
		VersionID   int64
		Number      int
		Fate        string
		SectionKey  string
		QuoteOffset int
		Quote       string
	}
	if err := tx.Table("comment_placements").
		Select("comment_placements.comment_id, comment_placements.version_id, versions.number, comment_placements.fate, comment_placements.section_key, comment_placements.quote_offset, comment_placements.quote").
		Joins("JOIN versions ON versions.id = comment_placements.version_id").
		Where("comment_placements.comment_id IN ? AND comment_placements.fate IN ?", commentIDs, []string{string(redline.Changed), string(redline.Removed)}).
		Order("comment_placements.comment_id, versions.number").Scan(&rows).Error; err != nil {
		return nil, err
	}
	changers := map[int64]map[string]int64{} // per version
	for _, r := range rows {
		if _, seen := out[r.CommentID]; seen {
			continue // only the first change counts
		}
		by, ok := changers[r.VersionID]
		if !ok {
			var err error
			if by, err = changedBy(tx, documentID, r.VersionID); err != nil {
				return nil, err
			}
			changers[r.VersionID] = by
		}
		id := by[r.SectionKey]
		if id == 0 && r.Quote != "" && len(by) > 0 {
			// A passage stays on the section it was written on; the
			// amendment changed the clause within it that holds it.
			var err error
			if id, err = changedWithin(tx, r.VersionID, r.QuoteOffset, by); err != nil {
				return nil, err
			}
		}
		out[r.CommentID] = CommentChange{Fate: redline.Fate(r.Fate), VersionNumber: r.Number, AmendmentID: id}
	}
	return out, nil
}

// changedWithin is the amendment of by that changed a section of the
// version holding offset, innermost first; 0 if none did.
func changedWithin(tx *gorm.DB, versionID int64, offset int, by map[string]int64) (int64, error) {
	var keys []string
	err := tx.Table("outline_nodes").Where("version_id = ? AND start_offset <= ? AND end_offset >= ?", versionID, offset, offset).
		Order("ordinal DESC").Pluck("key", &keys).Error
	for _, k := range keys {
		if id := by[k]; id != 0 {
			return id, err
		}
	}
	return 0, err
}
