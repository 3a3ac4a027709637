package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
)

// A member without email, or whose notice email failed, is given notice by
// post: an officer downloads the letters (or a mailing house's list) and
// each download records a letter per member, so that the notice report
// tells how every member on the roll was reached.

type letterRow struct {
	ID        int64
	ContentID int64
	UserID    int64
	Address   string
	OfficerID int64
	Format    string
	CreatedAt time.Time
}

func (letterRow) TableName() string { return "letters" }

// LetterScope is which members on a ballot's roll a download of letters
// is for.
type LetterScope string

const (
	// LettersDue: those the notice email has not reached (no email, none
	// queued, or failed) and who have no letter yet.
	LettersDue LetterScope = "due"
	// LettersAgain: the same, with those who had a letter already.
	LettersAgain LetterScope = "again"
	// LettersRoll: every member on the roll.
	LettersRoll LetterScope = "roll"
)

// ParseLetterScope reads a scope from a form; "" is LettersDue.
func ParseLetterScope(s string) (LetterScope, error) {
	switch sc := LetterScope(s); sc {
	case "":
		return LettersDue, nil
	case LettersDue, LettersAgain, LettersRoll:
		return sc, nil
	}
	return "", charter.Errorf(charter.EINVALID, "Choose whom the letters are for.")
}

// Letter formats: a PDF to print, or a CSV for a mailing house.
const (
	LetterPDF = "pdf"
	LetterCSV = "csv"
)

// NoticeContent is a ballot's notice as given, with what a letter is
// composed from.
type NoticeContent struct {
	BallotID  int64
	Title     string
	Status    ballot.Status
	ContentID int64 // 0 when the ballot's notice was given before Charter kept its words
	Facts     []byte
	// Language is the ballot's document's, for members who chose none.
	Language string
}

// LetterRecipient is a member a letter goes to.
type LetterRecipient struct {
	UserID       int64
	Name         string
	MemberNumber string
	Address      string // lines apart by "\n"
	Language     string // the member's, or "" when they chose none
}

// NoticeLetters is what a download of notice letters holds.
type NoticeLetters struct {
	Notice     NoticeContent
	Recipients []LetterRecipient
	// WithoutAddress counts the members of the scope with no postal
	// address on file, who get no letter.
	WithoutAddress int
}

type noticeHeaderRow struct {
	ID        int64
	Title     string
	Status    string
	ContentID *int64
	Language  string
}

// noticeHeader reads a ballot with its notice's content id and its
// document's language, in one query: ENOTFOUND.
func noticeHeader(tx *gorm.DB, ballotID int64) (NoticeContent, error) {
	var rows []noticeHeaderRow
	if err := tx.Raw(`SELECT b.id, b.title, b.status, COALESCE(d.language, '') AS language,
			(SELECT MIN(c.id) FROM mail_contents c WHERE c.ballot_id = b.id AND c.kind = ?) AS content_id
		FROM ballots b LEFT JOIN documents d ON d.id = b.document_id WHERE b.id = ?`, string(message.KindBallotNotice), ballotID).
		Scan(&rows).Error; err != nil {
		return NoticeContent{}, err
	}
	if len(rows) == 0 {
		return NoticeContent{}, charter.Errorf(charter.ENOTFOUND, "There is no such ballot.")
	}
	r := rows[0]
	n := NoticeContent{BallotID: r.ID, Title: r.Title, Status: ballot.Status(r.Status), Language: r.Language}
	if r.ContentID != nil {
		n.ContentID = *r.ContentID
	}
	return n, nil
}

// NoticeLetters reads, for an officer, the notice of a ballot and the
// members of scope on its roll who have a postal address, by name.
// EFORBIDDEN (ballot.CanRun), ENOTFOUND, ECONFLICT when the ballot's
// notice was given before Charter kept its words.
func (db *DB) NoticeLetters(ctx context.Context, officer member.User, ballotID int64, scope LetterScope) (NoticeLetters, error) {
	if !ballot.CanRun(&officer) {
		return NoticeLetters{}, charter.Errorf(charter.EFORBIDDEN, "Only an election officer can prepare notice letters.")
	}
	var out NoticeLetters
	err := db.view(ctx, "notice letters", func(tx *gorm.DB) error {
		n, err := noticeHeader(tx, ballotID)
		if err != nil {
			return err
		}
		if n.ContentID == 0 {
			return charter.Errorf(charter.ECONFLICT, "This ballot's notice was given before Charter kept the words of notices: no letter can be made from it.")
		}
		var content mailContentRow
		if err := tx.Where("id = ?", n.ContentID).Take(&content).Error; err != nil {
			return err
		}
		n.Facts = []byte(content.Facts)
		q := tx.Table("ballot_roll r").
			Select("u.id AS user_id, u.name, COALESCE(u.member_number, '') AS member_number, u.postal_address AS address, u.language").
			Joins("JOIN users u ON u.id = r.user_id").
			Joins("LEFT JOIN outbox o ON o.id = (SELECT MAX(x.id) FROM outbox x WHERE x.content_id = ? AND x.user_id = r.user_id)", n.ContentID).
			Where("r.ballot_id = ?", ballotID)
		if scope != LettersRoll {
			q = q.Where("u.email IS NULL OR o.id IS NULL OR o.failed_at IS NOT NULL")
		}
		if scope == LettersDue {
			q = q.Where("NOT EXISTS (SELECT 1 FROM letters l WHERE l.content_id = ? AND l.user_id = r.user_id)", n.ContentID)
		}
		var all []LetterRecipient
		if err := q.Order("u.name, u.id").Scan(&all).Error; err != nil {
			return err
		}
		out = NoticeLetters{Notice: n}
		for _, r := range all {
			if r.Address == "" {
				out.WithoutAddress++
				continue
			}
			out.Recipients = append(out.Recipients, r)
		}
		return nil
	})
	return out, err
}

// RecordLetters records, in one transaction, a letter per recipient of a
// ballot's notice, prepared by officer in format, and the download in the
// audit log. EFORBIDDEN, ENOTFOUND, EINVALID for a member off the roll.
func (db *DB) RecordLetters(ctx context.Context, officer member.User, ballotID, contentID int64, format string, to []LetterRecipient) error {
	if !ballot.CanRun(&officer) {
		return charter.Errorf(charter.EFORBIDDEN, "Only an election officer can prepare notice letters.")
	}
	if format != LetterPDF && format != LetterCSV {
		return fmt.Errorf("record letters: unknown format %q", format)
	}
	return db.transact(ctx, "record letters", func(tx *gorm.DB) error {
		n, err := noticeHeader(tx, ballotID)
		if err != nil {
			return err
		}
		if n.ContentID != contentID || contentID == 0 {
			return charter.Errorf(charter.ENOTFOUND, "That is not this ballot's notice.")
		}
		now := db.now()
		rows := make([]letterRow, len(to))
		ids := make([]int64, len(to))
		for i, r := range to {
			rows[i] = letterRow{ContentID: contentID, UserID: r.UserID, Address: r.Address, OfficerID: officer.ID, Format: format, CreatedAt: now}
			ids[i] = r.UserID
		}
		for lo := 0; lo < len(ids); lo += 500 {
			part := ids[lo:min(lo+500, len(ids))]
			var on int64
			if err := tx.Model(&rollRow{}).Where("ballot_id = ? AND user_id IN ?", ballotID, part).Count(&on).Error; err != nil {
				return err
			}
			if on != int64(len(part)) {
				return charter.Errorf(charter.EINVALID, "A letter is for a member who is not on this ballot's roll.")
			}
		}
		if len(rows) > 0 {
			if err := tx.CreateInBatches(rows, 500).Error; err != nil {
				return err
			}
		}
		return db.record(tx, officer.ID, "ballot.letters", fmt.Sprintf("ballot:%d", ballotID),
			fmt.Sprintf("notice by post: %d letters prepared as %s", len(rows), format))
	})
}
