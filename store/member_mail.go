package store

import (
	"gorm.io/gorm"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
)

// The messages members' and the committee's own work causes: the answer to
// a comment, what befalls an amendment, and what the committee has to look
// at. Each is queued by its event's use case, in its transaction, from the
// facts as they stand then.

// accounts selects the accounts named, less except (the member who acted,
// who knows what they did).
func accounts(tx *gorm.DB, ids []int64, except int64) *gorm.DB {
	return tx.Session(&gorm.Session{NewDB: true}).Table("users").Select("id").Where("id IN ? AND id <> ?", ids, except)
}

// committee selects the drafting committee, less except.
func committee(tx *gorm.DB, except int64) *gorm.DB {
	return tx.Session(&gorm.Session{NewDB: true}).Table("user_roles").Select("user_id").
		Where("role = ? AND user_id <> ?", string(member.RoleCommittee), except)
}

// commentPlace reads a comment's document and where the comment stands in
// its current version, with its section's number there.
func commentPlace(tx *gorm.DB, c commentRow) (documentRow, message.Place, error) {
	var doc documentRow
	if err := tx.Where("id = ?", c.DocumentID).Take(&doc).Error; err != nil {
		return doc, message.Place{}, err
	}
	p := message.Place{DocumentSlug: doc.Slug, DocumentTitle: doc.Title}
	head, err := headVersion(tx, doc.ID)
	if err != nil {
		return doc, p, err
	}
	place, err := placementIn(tx, c.ID, head.ID)
	if err != nil {
		return doc, p, err
	}
	p.SectionKey = place.SectionKey
	var numbers []string
	if err := tx.Model(&outlineNodeRow{}).Where("version_id = ? AND key = ?", head.ID, place.SectionKey).Limit(1).Pluck("number", &numbers).Error; err != nil {
		return doc, p, err
	}
	if len(numbers) > 0 {
		p.Section = numbers[0]
	}
	return doc, p, nil
}

// queueAnswer tells a comment's author the committee's answer, unless the
// author answered it themselves or withdrew it.
func (db *DB) queueAnswer(tx *gorm.DB, row commentRow, answer message.CommentAnswer, actorID int64) error {
	if row.AuthorID == actorID || row.DeletedAt != nil {
		return nil
	}
	doc, place, err := commentPlace(tx, row)
	if err != nil {
		return err
	}
	answer.CommentID, answer.Place, answer.Body = row.ID, place, row.Body
	_, err = db.queueMail(tx, mailing{kind: message.KindCommentAnswer, facts: answer, language: doc.Language}, accounts(tx, []int64{row.AuthorID}, 0))
	return err
}

// queueReported tells the committee that a member reported a comment.
func (db *DB) queueReported(tx *gorm.DB, row commentRow, reason string, reporterID int64) error {
	doc, place, err := commentPlace(tx, row)
	if err != nil {
		return err
	}
	facts := message.Committee{Reported: &message.CommentReported{CommentID: row.ID, Place: place, Reason: reason}}
	_, err = db.queueMail(tx, mailing{kind: message.KindCommittee, facts: facts, language: doc.Language}, committee(tx, reporterID))
	return err
}

// queueProposed tells the committee of an amendment as it is first
// submitted: a draft is its sponsor's alone (amendment.Private), so the
// committee hears of it when members may read it, once.
func (db *DB) queueProposed(tx *gorm.DB, a amendment.Amendment, doc documentRow, sponsor string) error {
	facts := message.Committee{Proposed: &message.AmendmentProposed{AmendmentID: a.ID, Title: a.Title, DocumentTitle: doc.Title,
		Sponsor: sponsor, Secondary: a.Secondary(), Revision: a.Revision}}
	_, err := db.queueMail(tx, mailing{kind: message.KindCommittee, facts: facts, language: doc.Language}, committee(tx, a.SponsorID))
	return err
}

// queueSponsor tells an amendment's sponsor, and with cosponsors its
// co-sponsors too, what befell it; never the member who caused it.
func (db *DB) queueSponsor(tx *gorm.DB, a amendment.Amendment, news message.SponsorNews, cosponsors bool, actorID int64) error {
	var doc documentRow
	if err := tx.Where("id = ?", a.DocumentID).Take(&doc).Error; err != nil {
		return err
	}
	news.AmendmentID, news.Title, news.DocumentTitle = a.ID, a.Title, doc.Title
	to := []int64{a.SponsorID}
	if cosponsors {
		to = append(to, a.Cosponsors...)
	}
	_, err := db.queueMail(tx, mailing{kind: message.KindSponsor, facts: news, language: doc.Language}, accounts(tx, to, actorID))
	return err
}
