package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
)

type amendmentRow struct {
	ID              int64
	DocumentID      int64
	BaseVersionID   int64
	ParentID        *int64
	Revision        bool
	Title           string
	Rationale       string
	SponsorID       int64
	Proposed        string
	ProposedSHA256  string `gorm:"column:proposed_sha256"`
	Status          string
	CreatedAt       time.Time
	UpdatedAt       time.Time
	MergedVersionID *int64
	RebaseConflict  string
	SubmittedAt     *time.Time
}

func (amendmentRow) TableName() string { return "amendments" }

type cosponsorRow struct {
	AmendmentID int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID      int64 `gorm:"primaryKey;autoIncrement:false"`
	CreatedAt   time.Time
}

func (cosponsorRow) TableName() string { return "amendment_cosponsors" }

func (r amendmentRow) domain(cosponsors []int64) amendment.Amendment {
	a := amendment.Amendment{
		ID: r.ID, DocumentID: r.DocumentID, BaseVersionID: r.BaseVersionID, Title: r.Title, Rationale: r.Rationale,
		SponsorID: r.SponsorID, Proposed: r.Proposed, ProposedSHA: r.ProposedSHA256, Status: amendment.Status(r.Status),
		Cosponsors: cosponsors, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, RebaseConflict: r.RebaseConflict,
		SubmittedAt: r.SubmittedAt, Revision: r.Revision,
	}
	if r.ParentID != nil {
		a.ParentID = *r.ParentID
	}
	if r.MergedVersionID != nil {
		a.MergedVersionID = *r.MergedVersionID
	}
	return a
}

// NewAmendment is what proposing an amendment takes. The sponsor is always
// the member who proposes it: no one proposes on another's behalf.
type NewAmendment struct {
	DocumentSlug  string
	BaseVersionID int64
	ParentID      int64
	Title         string
	Rationale     string
	Proposed      []byte
	Submit        bool // submit at once, rather than keep as a draft
	// Revision: a complete revision, replacing the whole text, voted under
	// the document's revision rule; a secondary amendment cannot be one.
	Revision bool
}

// ProposeAmendment stores a member's amendment to a version of a document,
// or, with ParentID, to a pending amendment.
func (db *DB) ProposeAmendment(ctx context.Context, sponsor member.User, in NewAmendment) (amendment.Amendment, error) {
	if err := amendment.CanPropose(&sponsor); err != nil {
		return amendment.Amendment{}, err
	}
	title, rationale, src, err := readProposal(in.Title, in.Rationale, in.Proposed)
	if err != nil {
		return amendment.Amendment{}, err
	}
	var out amendment.Amendment
	err = db.transact(ctx, "propose amendment", func(tx *gorm.DB) error {
		doc, err := documentBySlug(tx, in.DocumentSlug)
		if err != nil {
			return err
		}
		base, err := versionOf(tx, doc.ID, in.BaseVersionID)
		if err != nil {
			return err
		}
		baseText := base.Markdown
		var parentID *int64
		if in.Revision && in.ParentID != 0 {
			return charter.Errorf(charter.EINVALID, "A complete revision replaces the whole text; an amendment to an amendment cannot be one.")
		}
		if in.ParentID != 0 {
			parent, err := visibleAmendment(tx, sponsor, in.ParentID)
			if err != nil {
				return err
			}
			if parent.DocumentID != doc.ID || parent.BaseVersionID != base.ID {
				return charter.Errorf(charter.EINVALID, "Amendment %d amends another version; a secondary amendment must start from its primary's base version.", in.ParentID)
			}
			if err := amendment.CheckDegree(&parent); err != nil {
				return err
			}
			baseText, parentID = parent.Proposed, &in.ParentID
		}
		if err := checkAgainstBase(src, baseText, document.Scheme(doc.Numbering)); err != nil {
			return err
		}
		status := amendment.StatusDraft
		now := db.now()
		var submitted *time.Time
		if in.Submit {
			status, submitted = amendment.StatusSubmitted, &now
		}
		row := amendmentRow{
			DocumentID: doc.ID, BaseVersionID: base.ID, ParentID: parentID, Revision: in.Revision, Title: title, Rationale: rationale,
			SponsorID: sponsor.ID, Proposed: string(src.Text), ProposedSHA256: document.Hash(src.Text),
			Status: string(status), CreatedAt: now, UpdatedAt: now, SubmittedAt: submitted,
		}
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		if err := indexAmendment(tx, row.ID); err != nil {
			return err
		}
		if status == amendment.StatusSubmitted {
			if err := secondIfEnough(tx, &row, doc.CosponsorsNeeded, 0, now); err != nil {
				return err
			}
		}
		out = row.domain(nil)
		if in.Submit {
			if err := db.queueProposed(tx, out, doc, sponsor.Name); err != nil {
				return err
			}
		}
		return db.announce(tx, TopicAmendments, doc.ID)
	})
	return out, err
}

// versionOf finds a version of a document; one of another document is not
// this document's, whatever its id.
func versionOf(tx *gorm.DB, documentID, versionID int64) (versionRow, error) {
	var v versionRow
	err := tx.Where("id = ? AND document_id = ?", versionID, documentID).Take(&v).Error
	if isNotFound(err) {
		return v, charter.Errorf(charter.EINVALID, "Version %d is not a version of this document.", versionID)
	}
	return v, err
}

func amendmentByID(tx *gorm.DB, id int64) (amendment.Amendment, error) {
	var row amendmentRow
	err := tx.Where("id = ?", id).Take(&row).Error
	if isNotFound(err) {
		return amendment.Amendment{}, charter.Errorf(charter.ENOTFOUND, "There is no amendment %d.", id)
	}
	if err != nil {
		return amendment.Amendment{}, err
	}
	var cos []cosponsorRow
	if err := tx.Where("amendment_id = ?", id).Order("created_at, user_id").Find(&cos).Error; err != nil {
		return amendment.Amendment{}, err
	}
	ids := make([]int64, len(cos))
	for i, c := range cos {
		ids[i] = c.UserID
	}
	return row.domain(ids), nil
}

// visibleAmendment loads an amendment as u may know it: one that
// amendment.VisibleTo hides from u is not found, as if it did not exist.
func visibleAmendment(tx *gorm.DB, u member.User, id int64) (amendment.Amendment, error) {
	a, err := amendmentByID(tx, id)
	if err == nil && !amendment.VisibleTo(&a, &u) {
		return amendment.Amendment{}, charter.Errorf(charter.ENOTFOUND, "There is no amendment %d.", id)
	}
	return a, err
}

// secondIfEnough moves a submitted amendment to seconded once it has the
// co-sponsors the document's rule asks for.
func secondIfEnough(tx *gorm.DB, row *amendmentRow, needed, have int, now time.Time) error {
	if row.Status != string(amendment.StatusSubmitted) || have < needed {
		return nil
	}
	row.Status, row.UpdatedAt = string(amendment.StatusSeconded), now
	return tx.Model(&amendmentRow{}).Where("id = ?", row.ID).Updates(map[string]any{"status": row.Status, "updated_at": now}).Error
}

// Amendment returns an amendment with its co-sponsors, whoever may see it:
// for Charter's own steps, tools and tests. What a member asks for is read
// with AmendmentFor.
func (db *DB) Amendment(ctx context.Context, id int64) (amendment.Amendment, error) {
	var a amendment.Amendment
	err := db.read(ctx, "get amendment", func(tx *gorm.DB) error {
		var err error
		a, err = amendmentByID(tx, id)
		return err
	})
	return a, err
}

// AmendmentFor returns an amendment with its co-sponsors if viewer may see
// it (amendment.VisibleTo); not found otherwise, as if it did not exist.
func (db *DB) AmendmentFor(ctx context.Context, viewer member.User, id int64) (amendment.Amendment, error) {
	var a amendment.Amendment
	err := db.read(ctx, "get amendment", func(tx *gorm.DB) error {
		var err error
		a, err = visibleAmendment(tx, viewer, id)
		return err
	})
	return a, err
}

// Amendments lists the amendments of a document that viewer may see,
// newest first, without texts: other members' drafts are left out.
func (db *DB) Amendments(ctx context.Context, viewer member.User, documentID int64) ([]amendment.Amendment, error) {
	var rows []amendmentRow
	if err := db.read(ctx, "list amendments", func(tx *gorm.DB) error {
		return tx.Omit("proposed").Where("document_id = ?", documentID).Order("id DESC").Find(&rows).Error
	}); err != nil {
		return nil, err
	}
	out := make([]amendment.Amendment, 0, len(rows))
	for _, r := range rows {
		if a := r.domain(nil); amendment.VisibleTo(&a, &viewer) {
			out = append(out, a)
		}
	}
	return out, nil
}

// Cosponsor adds a member as co-sponsor, and seconds the amendment when
// that makes enough.
func (db *DB) Cosponsor(ctx context.Context, u member.User, id int64) (amendment.Amendment, error) {
	var out amendment.Amendment
	err := db.transact(ctx, "cosponsor amendment", func(tx *gorm.DB) error {
		a, err := visibleAmendment(tx, u, id)
		if err != nil {
			return err
		}
		if err := amendment.CanCosponsor(&a, &u); err != nil {
			return err
		}
		now := db.now()
		if err := tx.Create(&cosponsorRow{AmendmentID: id, UserID: u.ID, CreatedAt: now}).Error; err != nil {
			if isDuplicate(err) {
				return charter.Errorf(charter.ECONFLICT, "You co-sponsor this amendment already.")
			}
			return err
		}
		var doc documentRow
		if err := tx.Where("id = ?", a.DocumentID).Take(&doc).Error; err != nil {
			return err
		}
		var row amendmentRow
		if err := tx.Where("id = ?", id).Take(&row).Error; err != nil {
			return err
		}
		if err := secondIfEnough(tx, &row, doc.CosponsorsNeeded, len(a.Cosponsors)+1, now); err != nil {
			return err
		}
		if out, err = amendmentByID(tx, id); err != nil {
			return err
		}
		// This co-sponsor made the number: the amendment moved from
		// submitted to seconded here, which happens once.
		if a.Status == amendment.StatusSubmitted && out.Status == amendment.StatusSeconded {
			news := message.SponsorNews{Event: message.EventSeconded, Cosponsors: len(out.Cosponsors)}
			if err := db.queueSponsor(tx, out, news, true, u.ID); err != nil {
				return err
			}
		}
		return db.announce(tx, TopicAmendments, out.DocumentID)
	})
	return out, err
}

// SetAmendmentStatus moves an amendment through its life, as the rules of
// package amendment allow for u. The committee's and officers' moves are
// audited.
func (db *DB) SetAmendmentStatus(ctx context.Context, u member.User, id int64, to amendment.Status, reason string) (amendment.Amendment, error) {
	reason, err := amendment.CleanReason(to, reason)
	if err != nil {
		return amendment.Amendment{}, err
	}
	var out amendment.Amendment
	err = db.transact(ctx, "set amendment status", func(tx *gorm.DB) error {
		a, err := visibleAmendment(tx, u, id)
		if err != nil {
			return err
		}
		if err := amendment.CheckTransition(&a, to, &u); err != nil {
			return err
		}
		now := db.now()
		update := map[string]any{"status": string(to), "updated_at": now}
		if to == amendment.StatusSubmitted && a.SubmittedAt == nil {
			update["submitted_at"] = now
		}
		res := tx.Model(&amendmentRow{}).Where("id = ? AND status = ?", id, string(a.Status)).Updates(update)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != 1 {
			return charter.Errorf(charter.ECONFLICT, "The amendment changed meanwhile; reload and try again.")
		}
		if to == amendment.StatusSubmitted {
			var doc documentRow
			if err := tx.Where("id = ?", a.DocumentID).Take(&doc).Error; err != nil {
				return err
			}
			row := amendmentRow{ID: id, Status: string(to)}
			if err := secondIfEnough(tx, &row, doc.CosponsorsNeeded, len(a.Cosponsors), now); err != nil {
				return err
			}
		}
		if u.ID != a.SponsorID {
			detail := fmt.Sprintf("amendment %d %q: %s → %s", id, a.Title, a.Status, to)
			if reason != "" {
				detail += ": " + reason
			}
			if err := db.record(tx, u.ID, "amendment.status", fmt.Sprintf("amendment:%d", id), detail); err != nil {
				return err
			}
		}
		if out, err = amendmentByID(tx, id); err != nil {
			return err
		}
		if err := db.queueStatusMail(tx, a, out, to, reason, u); err != nil {
			return err
		}
		if out.Private() != a.Private() {
			if err := indexAmendment(tx, id); err != nil {
				return err
			}
		}
		return db.announce(tx, TopicAmendments, out.DocumentID)
	})
	return out, err
}

// AmendmentBase is the text an amendment changes, keyed as stored: its base
// version, or for a secondary amendment, its primary's proposed text.
func (db *DB) AmendmentBase(ctx context.Context, a amendment.Amendment) (*document.Parsed, error) {
	var base *document.Parsed
	err := db.read(ctx, "amendment base", func(tx *gorm.DB) error {
		var err error
		base, err = amendmentBaseText(tx, a)
		return err
	})
	return base, err
}

// VersionText returns a version keyed as stored, for comparisons.
func (db *DB) VersionText(ctx context.Context, documentID, versionID int64) (*document.Parsed, error) {
	var p *document.Parsed
	err := db.read(ctx, "version text", func(tx *gorm.DB) error {
		var err error
		p, err = versionText(tx, documentID, versionID)
		return err
	})
	return p, err
}

func versionText(tx *gorm.DB, documentID, versionID int64) (*document.Parsed, error) {
	var doc documentRow
	if err := tx.Where("id = ?", documentID).Take(&doc).Error; err != nil {
		return nil, err
	}
	v, err := versionOf(tx, documentID, versionID)
	if err != nil {
		return nil, err
	}
	return restoreVersion(tx, v, document.Scheme(doc.Numbering))
}

// DraftEdit is what editing a draft amendment takes.
type DraftEdit struct {
	Title, Rationale string
	Proposed         []byte
	Submit           bool
}

// EditDraft replaces a draft amendment's text, title and rationale; only
// its sponsor may, and only while it is a draft: once submitted, what
// members seconded does not change under them.
func (db *DB) EditDraft(ctx context.Context, sponsor member.User, id int64, in DraftEdit) (amendment.Amendment, error) {
	title, rationale, src, err := readProposal(in.Title, in.Rationale, in.Proposed)
	if err != nil {
		return amendment.Amendment{}, err
	}
	var out amendment.Amendment
	err = db.transact(ctx, "edit draft amendment", func(tx *gorm.DB) error {
		a, err := visibleAmendment(tx, sponsor, id)
		if err != nil {
			return err
		}
		if a.SponsorID != sponsor.ID {
			return charter.Errorf(charter.EFORBIDDEN, "Only the sponsor can edit an amendment.")
		}
		if a.Status != amendment.StatusDraft {
			return charter.Errorf(charter.ECONFLICT, "Only a draft can be edited; this amendment is %s.", a.Status)
		}
		base, err := versionText(tx, a.DocumentID, a.BaseVersionID)
		if err != nil {
			return err
		}
		baseText := string(base.Source.Text)
		if a.ParentID != 0 {
			parent, err := amendmentByID(tx, a.ParentID)
			if err != nil {
				return err
			}
			baseText = parent.Proposed
		}
		if err := checkAgainstBase(src, baseText, base.Outline.Scheme); err != nil {
			return err
		}
		now := db.now()
		status := amendment.StatusDraft
		if in.Submit {
			status = amendment.StatusSubmitted
		}
		row := amendmentRow{ID: id, Status: string(status)}
		update := map[string]any{
			"title": title, "rationale": rationale, "proposed": string(src.Text), "proposed_sha256": document.Hash(src.Text),
			"status": row.Status, "updated_at": now,
		}
		if in.Submit {
			update["submitted_at"] = now
		}
		if err := tx.Model(&amendmentRow{}).Where("id = ? AND status = ?", id, string(amendment.StatusDraft)).Updates(update).Error; err != nil {
			return err
		}
		if in.Submit {
			var doc documentRow
			if err := tx.Where("id = ?", a.DocumentID).Take(&doc).Error; err != nil {
				return err
			}
			if err := secondIfEnough(tx, &row, doc.CosponsorsNeeded, len(a.Cosponsors), now); err != nil {
				return err
			}
		}
		if err := indexAmendment(tx, id); err != nil {
			return err
		}
		if out, err = amendmentByID(tx, id); err != nil {
			return err
		}
		if in.Submit && a.SubmittedAt == nil {
			var doc documentRow
			if err := tx.Where("id = ?", a.DocumentID).Take(&doc).Error; err != nil {
				return err
			}
			if err := db.queueProposed(tx, out, doc, sponsor.Name); err != nil {
				return err
			}
		}
		return db.announce(tx, TopicAmendments, out.DocumentID)
	})
	return out, err
}

// queueStatusMail queues what a move through an amendment's life tells:
// the committee of its first submission, its sponsor and co-sponsors of
// the committee's refusal.
func (db *DB) queueStatusMail(tx *gorm.DB, before, after amendment.Amendment, to amendment.Status, reason string, u member.User) error {
	switch {
	case to == amendment.StatusSubmitted && before.SubmittedAt == nil:
		var doc documentRow
		if err := tx.Where("id = ?", after.DocumentID).Take(&doc).Error; err != nil {
			return err
		}
		var sponsor string
		if err := tx.Model(&userRow{}).Where("id = ?", after.SponsorID).Select("name").Scan(&sponsor).Error; err != nil {
			return err
		}
		return db.queueProposed(tx, after, doc, sponsor)
	case to == amendment.StatusDeclined:
		return db.queueSponsor(tx, after, message.SponsorNews{Event: message.EventDeclined, Reason: reason}, true, u.ID)
	}
	return nil
}

// readProposal checks what a sponsor wrote, before any transaction.
func readProposal(title, rationale string, proposed []byte) (string, string, document.Source, error) {
	title, rationale, err := amendment.ValidateText(title, rationale)
	if err != nil {
		return "", "", document.Source{}, err
	}
	src, err := document.ReadSource(proposed)
	return title, rationale, src, err
}

// checkAgainstBase: a proposed text must be a document of the scheme, and
// must change something.
func checkAgainstBase(src document.Source, baseText string, scheme document.Scheme) error {
	if _, err := document.Prepare(src.Text, scheme, nil); err != nil {
		return err
	}
	if string(src.Text) == baseText {
		return charter.Errorf(charter.EINVALID, "The proposed text is the same as the text it amends; there is nothing to amend.")
	}
	return nil
}
