package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/message"
)

// onRoll selects the accounts on a ballot's roll.
func onRoll(tx *gorm.DB, ballotID int64) *gorm.DB {
	return tx.Session(&gorm.Session{NewDB: true}).Table("ballot_roll").Select("user_id").Where("ballot_id = ?", ballotID)
}

// documentLanguage is the language of a ballot's document, for members who
// never chose one; "" for a ballot on questions in words only.
func documentLanguage(tx *gorm.DB, documentID *int64) (string, error) {
	if documentID == nil {
		return "", nil
	}
	var lang string
	err := tx.Table("documents").Where("id = ?", *documentID).Select("language").Scan(&lang).Error
	return lang, err
}

// queueNotice queues the notice of a ballot just noticed to every member
// on its roll.
func (db *DB) queueNotice(tx *gorm.DB, row ballotRow, doc documentRow, questions []questionRow, rules []ballot.Rule) (int, error) {
	n := message.BallotNotice{BallotID: row.ID, Title: row.Title, NoticeAt: row.NoticeAt, OpensAt: row.OpensAt, ClosesAt: row.ClosesAt,
		RollSize: row.RollSize, MinBallots: row.MinBallots, OnlineClause: row.OnlineClause}
	for i, q := range questions {
		nq := message.NoticeQuestion{Question: q.Question, DocumentTitle: doc.Title, SHA256: q.SnapshotSHA256, Rule: rules[i], DepartureReason: q.DepartureReason}
		if q.DocumentRule != "" {
			r, err := ballot.DecodeRule(q.DocumentRule)
			if err != nil {
				return 0, fmt.Errorf("question %d: document rule: %w", i+1, err)
			}
			nq.DocumentRule = &r
		}
		n.Questions = append(n.Questions, nq)
	}
	return db.queueMail(tx, mailing{kind: message.KindBallotNotice, facts: n, ballotID: row.ID, language: doc.Language}, onRoll(tx, row.ID))
}

// queueResult queues a certified result to every member on the roll.
func (db *DB) queueResult(tx *gorm.DB, res Results) (int, error) {
	b := res.Ballot
	r := message.BallotResult{BallotID: b.ID, Title: b.Title, Effective: b.Effective}
	for i, q := range b.Questions {
		r.Questions = append(r.Questions, message.ResultQuestion{Question: q.Question, Count: res.Results[i].Count, Roll: res.Results[i].Roll, Rule: q.Rule})
	}
	var docID *int64
	if b.DocumentID != 0 {
		docID = &b.DocumentID
	}
	lang, err := documentLanguage(tx, docID)
	if err != nil {
		return 0, err
	}
	return db.queueMail(tx, mailing{kind: message.KindBallotResult, facts: r, ballotID: b.ID, language: lang}, onRoll(tx, b.ID))
}

// QueueReminders queues, once per ballot, a reminder to each member on the
// roll of an open ballot who has not voted, when the ballot closes within
// lead. Every sender calls it now and then; whichever comes first queues
// a ballot's reminders, and the others find them queued. It returns how
// many messages it queued.
func (db *DB) QueueReminders(ctx context.Context, lead time.Duration) (int, error) {
	queued := 0
	err := db.transact(ctx, "queue reminders", func(tx *gorm.DB) error {
		queued = 0
		now := db.now()
		var due []ballotRow
		if err := tx.Where("status = ? AND reminded_at IS NULL AND closes_at > ? AND closes_at <= ?", string(ballot.StatusOpen), now, now.Add(lead)).
			Order("id").Find(&due).Error; err != nil {
			return err
		}
		for _, b := range due {
			taken := tx.Model(&ballotRow{}).Where("id = ? AND reminded_at IS NULL", b.ID).Update("reminded_at", now)
			if taken.Error != nil {
				return taken.Error
			}
			if taken.RowsAffected != 1 {
				continue
			}
			lang, err := documentLanguage(tx, b.DocumentID)
			if err != nil {
				return err
			}
			notVoted := onRoll(tx, b.ID).Where("voted = ?", false)
			n, err := db.queueMail(tx, mailing{kind: message.KindBallotReminder, ballotID: b.ID, language: lang,
				facts: message.BallotReminder{BallotID: b.ID, Title: b.Title, ClosesAt: b.ClosesAt}}, notVoted)
			if err != nil {
				return err
			}
			queued += n
			if err := db.record(tx, 0, "ballot.remind", fmt.Sprintf("ballot:%d", b.ID), fmt.Sprintf("reminder queued to the %d members on the roll who had not voted and receive reminders", n)); err != nil {
				return err
			}
		}
		return nil
	})
	return queued, err
}
