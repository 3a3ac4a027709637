package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
)

// NoticeHow is how notice reached a member, the first that holds of:
// the email was sent; a letter was prepared; the email failed; the email
// waits to be sent; nothing yet.
type NoticeHow string

const (
	NoticeSent    NoticeHow = "sent"
	NoticeLetter  NoticeHow = "letter"
	NoticeFailed  NoticeHow = "failed"
	NoticeQueued  NoticeHow = "queued"
	NoticeNothing NoticeHow = "nothing"
)

// NoticeLine is how notice of a ballot reached one member on its roll.
type NoticeLine struct {
	UserID       int64
	Name         string
	MemberNumber string
	HasEmail     bool
	HasAddress   bool
	QueuedAt     *time.Time
	SentAt       *time.Time
	FailedAt     *time.Time
	Error        string // why the email failed: for officers only (it may name the address)
	LetterAt     *time.Time
	LetterBy     string // the officer who prepared the latest letter
	LetterFormat string
	How          NoticeHow
}

// NoticeCounts count the roll by how notice reached each member; they add
// up to the roll. NoAddress counts those not reached by email who have no
// postal address either.
type NoticeCounts struct {
	Sent, Letter, Failed, Queued, Nothing, NoAddress int
}

// NoticeReport is how notice of a ballot was given to each member on its
// roll.
type NoticeReport struct {
	Notice NoticeContent // without its facts
	Lines  []NoticeLine
	Counts NoticeCounts
}

// NoticeReport reads the notice report of a ballot, for officers,
// observers and admins (ballot.CanReadNoticeReport), in one read
// transaction of two queries, whatever the size of the roll: EFORBIDDEN,
// ENOTFOUND.
func (db *DB) NoticeReport(ctx context.Context, u member.User, ballotID int64) (NoticeReport, error) {
	if !ballot.CanReadNoticeReport(&u) {
		return NoticeReport{}, charter.Errorf(charter.EFORBIDDEN, "Only officers, observers and admins can read how notice was given.")
	}
	var rep NoticeReport
	err := db.view(ctx, "notice report", func(tx *gorm.DB) error {
		n, err := noticeHeader(tx, ballotID)
		if err != nil {
			return err
		}
		rep = NoticeReport{Notice: n}
		if err := tx.Raw(`SELECT u.id AS user_id, u.name, COALESCE(u.member_number, '') AS member_number,
				CASE WHEN u.email IS NULL THEN 0 ELSE 1 END AS has_email,
				CASE WHEN u.postal_address = '' THEN 0 ELSE 1 END AS has_address,
				o.created_at AS queued_at, o.sent_at, o.failed_at, COALESCE(o.error, '') AS error,
				l.created_at AS letter_at, COALESCE(l.format, '') AS letter_format, COALESCE(officer.name, '') AS letter_by
			FROM ballot_roll r
			JOIN users u ON u.id = r.user_id
			LEFT JOIN outbox o ON o.id = (SELECT MAX(x.id) FROM outbox x WHERE x.content_id = ? AND x.user_id = r.user_id)
			LEFT JOIN letters l ON l.id = (SELECT MAX(y.id) FROM letters y WHERE y.content_id = ? AND y.user_id = r.user_id)
			LEFT JOIN users officer ON officer.id = l.officer_id
			WHERE r.ballot_id = ?
			ORDER BY u.name, u.id`, n.ContentID, n.ContentID, ballotID).Scan(&rep.Lines).Error; err != nil {
			return err
		}
		for i := range rep.Lines {
			l := &rep.Lines[i]
			switch {
			case l.SentAt != nil:
				l.How = NoticeSent
				rep.Counts.Sent++
			case l.LetterAt != nil:
				l.How = NoticeLetter
				rep.Counts.Letter++
			case l.FailedAt != nil:
				l.How = NoticeFailed
				rep.Counts.Failed++
			case l.QueuedAt != nil:
				l.How = NoticeQueued
				rep.Counts.Queued++
			default:
				l.How = NoticeNothing
				rep.Counts.Nothing++
			}
			if (l.How == NoticeFailed || l.How == NoticeNothing) && !l.HasAddress {
				rep.Counts.NoAddress++
			}
			if !ballot.CanRun(&u) {
				l.Error = ""
			}
		}
		return nil
	})
	return rep, err
}
