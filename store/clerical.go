package store

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

// A clerical change sets section numbers and cross-references right after
// a vote, changing no word (amendment.CheckClerical): the committee makes
// it as a version of its own, naming the certified ballot that authorised
// it (DESIGN rule 8).

// NewClerical is what a clerical change takes.
type NewClerical struct {
	Slug     string
	Base     int64 // the id of the version the text was written from, which must still be the head
	Markdown []byte
	BallotID int64 // the certified ballot that authorised it
	Reason   string
}

// MaxReasonRunes bounds a clerical change's reason.
const MaxReasonRunes = 500

// AuthorisingBallot is a certified ballot that adopted a change to a
// document: a vote that may authorise a clerical change to it.
type AuthorisingBallot struct {
	ID          int64
	Title       string
	CertifiedAt time.Time
}

// adoptedChange selects the certified ballots of a document with a
// question that adopted a change to it.
func adoptedChange(tx *gorm.DB, documentID int64) *gorm.DB {
	return tx.Model(&ballotRow{}).
		Where("ballots.document_id = ? AND ballots.status = ?", documentID, string(ballot.StatusCertified)).
		Where("EXISTS (SELECT 1 FROM ballot_questions q WHERE q.ballot_id = ballots.id AND q.adopted = ? AND q.adopted_version_id IS NOT NULL)", true)
}

// AuthorisingBallots lists, newest first, the certified ballots that
// adopted a change to a document.
func (db *DB) AuthorisingBallots(ctx context.Context, documentID int64) ([]AuthorisingBallot, error) {
	var rows []ballotRow
	if err := db.read(ctx, "authorising ballots", func(tx *gorm.DB) error {
		return adoptedChange(tx, documentID).Select("id", "title", "certified_at").Order("certified_at DESC, id DESC").Find(&rows).Error
	}); err != nil {
		return nil, err
	}
	out := make([]AuthorisingBallot, len(rows))
	for i, r := range rows {
		out[i] = AuthorisingBallot{ID: r.ID, Title: r.Title}
		if r.CertifiedAt != nil {
			out[i].CertifiedAt = *r.CertifiedAt
		}
	}
	return out, nil
}

// PublishClerical publishes a clerical change as the next version of a
// document, of the head's kind, naming the ballot that authorised it.
// Only the committee makes one (document.CanEdit); the ballot must be a
// certified one that adopted a change to this document; the text must
// differ from the head in numbers, references and list markers only. A
// text written from a version that is no longer the head is refused as
// PublishVersion refuses it.
func (db *DB) PublishClerical(ctx context.Context, u member.User, in NewClerical) (document.Version, error) {
	if !document.CanEdit(&u) {
		return document.Version{}, charter.Errorf(charter.EFORBIDDEN, "Only the drafting committee makes a clerical change.")
	}
	reason, err := charter.CleanLine(charter.Sprintf("The reason"), in.Reason)
	if err != nil {
		return document.Version{}, err
	}
	if reason == "" || utf8.RuneCountInString(reason) > MaxReasonRunes {
		return document.Version{}, charter.Errorf(charter.EINVALID, "Give the reason for the clerical change, in at most %d characters.", MaxReasonRunes)
	}
	var ver document.Version
	err = db.transact(ctx, "publish clerical change", func(tx *gorm.DB) error {
		doc, head, parsed, err := nextText(tx, in.Slug, in.Base, in.Markdown)
		if err != nil {
			return err
		}
		var n int64
		if err := adoptedChange(tx, doc.ID).Where("ballots.id = ?", in.BallotID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return charter.Errorf(charter.EINVALID, "Ballot %d is not a certified vote that adopted a change to %s: a clerical change names the vote that authorised it.", in.BallotID, doc.Slug)
		}
		current, err := restoreVersion(tx, head, document.Scheme(doc.Numbering))
		if err != nil {
			return err
		}
		if err := amendment.CheckClerical(current, parsed); err != nil {
			return err
		}
		if ver, err = db.publish(tx, doc, head, parsed, document.OriginClerical, u.ID); err != nil {
			return err
		}
		if err := tx.Model(&versionRow{}).Where("id = ?", ver.ID).Updates(map[string]any{
			"kind": head.Kind, "authorised_by": in.BallotID, "reason": reason,
		}).Error; err != nil {
			return err
		}
		ver.Kind, ver.AuthorisedBy, ver.Reason = document.VersionKind(head.Kind), in.BallotID, reason
		if err := db.rebasePending(tx, doc, head, ver, nil); err != nil {
			return err
		}
		if err := indexVersions(tx, doc.ID); err != nil {
			return err
		}
		return db.record(tx, u.ID, "version.clerical", "document:"+doc.Slug,
			fmt.Sprintf("clerical change in version %d (numbers and references only), authorised by ballot %d: %s", ver.Number, in.BallotID, reason))
	})
	return ver, db.explain(ctx, err)
}
