package store

import (
	"gorm.io/gorm"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/message"
)

// queueMeetingNotice queues the notice of a meeting just scheduled to
// every member in good standing, each of whom may attend and vote: its
// agenda as frozen, each amendment with its motions and its snapshot's
// SHA-256, in the language of its document for those who chose none.
func (db *DB) queueMeetingNotice(tx *gorm.DB, row meetingRow, doc documentRow, items []meetingItemRow) (int, error) {
	quorum, err := ballot.ParseQuorum(row.Quorum)
	if err != nil {
		return 0, err
	}
	n := message.MeetingNotice{MeetingID: row.ID, Title: row.Title, Mode: meeting.Mode(row.Mode), Place: row.Place, StartsAt: row.StartsAt,
		NoticeAt: row.NoticeAt, DocumentTitle: doc.Title, Quorum: quorum}
	for _, r := range items {
		it := r.domain()
		hash := it.SnapshotSHA256
		if it.MinutesOf != 0 {
			hash = it.Text // the minutes' hash, as noticed
		}
		n.Items = append(n.Items, message.MeetingItem{Question: it.Question, Threshold: it.Rule.Threshold, Base: it.Rule.Base,
			Motions: it.NoticedMotions(), SHA256: hash})
	}
	return db.queueMail(tx, mailing{kind: message.KindMeetingNotice, facts: n, language: doc.Language}, inGoodStanding(tx))
}
