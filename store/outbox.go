package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/message"
)

// The outbox holds every message an event causes, written in the event's
// own transaction: a message is queued if and only if the event happened.
// A sender claims due messages for a lease, delivers them, and marks each
// sent once the mail server has accepted it. If the sender dies between
// the acceptance and the mark, the lease runs out and the message goes
// again, under the same Message-ID (message_key), so that a recipient's
// mail program shows it once.

type mailContentRow struct {
	ID        int64
	Kind      string
	Facts     string
	BallotID  *int64
	CreatedAt time.Time
}

func (mailContentRow) TableName() string { return "mail_contents" }

type outboxRow struct {
	ID           int64
	ContentID    int64
	UserID       *int64
	Address      string
	Language     string
	Personal     string
	MessageKey   string
	Digest       bool
	FoldedInto   *int64
	CreatedAt    time.Time
	DueAt        time.Time
	Attempts     int
	ClaimedBy    string
	ClaimedUntil *time.Time
	SentAt       *time.Time
	FailedAt     *time.Time
	Error        string
}

func (outboxRow) TableName() string { return "outbox" }

type mailChoiceRow struct {
	UserID int64 `gorm:"primaryKey;autoIncrement:false"`
	Kind   string
	Choice string
}

func (mailChoiceRow) TableName() string { return "mail_choices" }

// MaxMailAttempts bounds the tries of one message: after the last, the
// message is marked failed and reported to the admins, never tried again.
const MaxMailAttempts = 8

// mailing is what an event tells some members: its kind, its facts as at
// the event, and, for a ballot's messages, the ballot, which the notice
// report finds them by.
type mailing struct {
	kind     message.Kind
	facts    any
	ballotID int64
	// language is the one used for a member who never chose one: the
	// language of the document the message is about.
	language string
	// personal gives a recipient's own part of the message, by account;
	// nil when the message is the same for all.
	personal func(userID int64) personalPart
}

// personalPart is what an outbox row holds of its recipient's own: their
// name and, for an invitation, which one (by its hash) the link is made
// for when the message is sent.
type personalPart struct {
	message.Recipient
	Invitation string `json:"invitation,omitempty"`
}

type mailRecipientRow struct {
	ID     int64
	Email  string
	Name   string
	Choice string
}

// queueMail queues m, in the caller's transaction, for the accounts that
// recipients (a query of users.id) selects, except those who turned its
// kind off (a required kind goes to all) and those without an address. It
// returns how many it queued.
func (db *DB) queueMail(tx *gorm.DB, m mailing, recipients *gorm.DB) (int, error) {
	var to []mailRecipientRow
	if err := tx.Table("users").
		Select("users.id, COALESCE(users.email, '') AS email, users.name, COALESCE(mail_choices.choice, '') AS choice").
		Joins("LEFT JOIN mail_choices ON mail_choices.user_id = users.id AND mail_choices.kind = ?", string(m.kind)).
		Where("users.id IN (?)", recipients).Order("users.id").Scan(&to).Error; err != nil {
		return 0, fmt.Errorf("queue %s: recipients: %w", m.kind, err)
	}
	facts, err := message.Facts(m.facts)
	if err != nil {
		return 0, fmt.Errorf("queue %s: %w", m.kind, err)
	}
	content := mailContentRow{Kind: string(m.kind), Facts: facts, CreatedAt: db.now()}
	if m.ballotID != 0 {
		content.BallotID = &m.ballotID
	}
	if err := tx.Create(&content).Error; err != nil {
		return 0, fmt.Errorf("queue %s: %w", m.kind, err)
	}
	now := db.now()
	rows := make([]outboxRow, 0, len(to))
	for _, r := range to {
		choice := message.Choice(r.Choice)
		if r.Email == "" || (!m.kind.Required() && choice == message.ChoiceNone) {
			continue
		}
		who := personalPart{Recipient: message.Recipient{Name: r.Name}}
		if m.personal != nil {
			who = m.personal(r.ID)
		}
		personal, err := json.Marshal(who)
		if err != nil {
			return 0, err
		}
		key, err := messageKey()
		if err != nil {
			return 0, err
		}
		id := r.ID
		rows = append(rows, outboxRow{ContentID: content.ID, UserID: &id, Address: r.Email, Language: m.language, Personal: string(personal),
			MessageKey: key, Digest: choice == message.ChoiceDigest, CreatedAt: now, DueAt: now})
	}
	if len(rows) == 0 {
		return 0, nil
	}
	// Fifty rows (700 parameters) a statement: SQLite's driver binds a
	// statement's parameters in time that grows faster than their count. A
	// notice to 10,000 members was queued in 1.1 s at 500 rows a statement,
	// 0.5–0.7 s at 25–50 (BenchmarkNoticeToRoll).
	if err := tx.CreateInBatches(rows, 50).Error; err != nil {
		return 0, fmt.Errorf("queue %s: %w", m.kind, err)
	}
	return len(rows), db.announce(tx, TopicMail, content.ID)
}

// messageKey is a message's own name, the left part of its Message-ID.
func messageKey() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// Outgoing is a message claimed for sending.
type Outgoing struct {
	ID         int64
	ContentID  int64
	UserID     int64
	Address    string
	Language   string
	Recipient  message.Recipient
	MessageKey string
	Attempts   int       // including this one
	CreatedAt  time.Time // when it was queued: its Date on every try
}

// MailContent is what a message says as at its event.
type MailContent struct {
	ID    int64
	Kind  message.Kind
	Facts []byte
}

// ClaimMail claims up to limit messages that are due, for worker, until
// lease runs out: no other sender takes them meanwhile. On PostgreSQL
// several instances claim at once and skip each other's rows; on SQLite
// the write lock makes them take turns.
func (db *DB) ClaimMail(ctx context.Context, worker string, limit int, lease time.Duration) ([]Outgoing, error) {
	var out []Outgoing
	err := db.transact(ctx, "claim mail", func(tx *gorm.DB) error {
		now := db.now()
		var rows []outboxRow
		if err := tx.Clauses(clause.Locking{Strength: "UPDATE", Options: "SKIP LOCKED"}).
			Where("sent_at IS NULL AND failed_at IS NULL AND folded_into IS NULL AND NOT digest AND due_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)", now, now).
			Order("due_at, id").Limit(limit).Find(&rows).Error; err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		ids := make([]int64, len(rows))
		for i, r := range rows {
			ids[i] = r.ID
		}
		if err := tx.Model(&outboxRow{}).Where("id IN ?", ids).Updates(map[string]any{
			"claimed_by": worker, "claimed_until": now.Add(lease), "attempts": gorm.Expr("attempts + 1"),
		}).Error; err != nil {
			return err
		}
		// A member who picks a language after the event reads the message
		// in it: the language queued is the document's, for those who
		// never picked one.
		var langs []struct {
			ID       int64
			Language string
		}
		if err := tx.Table("users").Select("id, language").Where("id IN (?) AND language <> ''",
			tx.Session(&gorm.Session{NewDB: true}).Table("outbox").Select("user_id").Where("id IN ?", ids)).Scan(&langs).Error; err != nil {
			return err
		}
		picked := make(map[int64]string, len(langs))
		for _, l := range langs {
			picked[l.ID] = l.Language
		}
		out = make([]Outgoing, 0, len(rows))
		for _, r := range rows {
			o := Outgoing{ID: r.ID, ContentID: r.ContentID, Address: r.Address, Language: r.Language, MessageKey: r.MessageKey, Attempts: r.Attempts + 1, CreatedAt: r.CreatedAt}
			if r.UserID != nil {
				o.UserID = *r.UserID
				if lang, ok := picked[o.UserID]; ok {
					o.Language = lang
				}
			}
			var part personalPart
			if err := json.Unmarshal([]byte(r.Personal), &part); err != nil {
				return fmt.Errorf("outbox %d: personal part: %w", r.ID, err)
			}
			o.Recipient = part.Recipient
			if part.Invitation != "" {
				secret, err := db.mailLink(tx, part.Invitation, now)
				if errors.Is(err, errInvitationGone) {
					if err := tx.Model(&outboxRow{}).Where("id = ?", r.ID).Updates(map[string]any{
						"claimed_until": nil, "failed_at": now, "personal": "", "error": charter.ErrorMessage(err)}).Error; err != nil {
						return err
					}
					continue
				}
				if err != nil {
					return fmt.Errorf("outbox %d: %w", r.ID, err)
				}
				o.Recipient.Secret = secret
			}
			out = append(out, o)
		}
		return nil
	})
	return out, err
}

// MailContent reads what a message says.
func (db *DB) MailContent(ctx context.Context, id int64) (MailContent, error) {
	var row mailContentRow
	err := db.read(ctx, "mail content", func(tx *gorm.DB) error {
		return tx.Where("id = ?", id).Take(&row).Error
	})
	return MailContent{ID: row.ID, Kind: message.Kind(row.Kind), Facts: []byte(row.Facts)}, err
}

// MailSent marks messages sent once the mail server has accepted them,
// and forgets their recipients' own parts (an invitation's secret). It
// returns how many it marked: fewer when worker's lease on some had run
// out and another sender took them.
func (db *DB) MailSent(ctx context.Context, worker string, ids []int64) (int, error) {
	var marked int
	err := db.transact(ctx, "mail sent", func(tx *gorm.DB) error {
		res := tx.Model(&outboxRow{}).Where("id IN ? AND claimed_by = ? AND sent_at IS NULL", ids, worker).
			Updates(map[string]any{"sent_at": db.now(), "personal": "", "claimed_until": nil, "error": ""})
		marked = int(res.RowsAffected)
		return res.Error
	})
	return marked, err
}

// MailFailed records a try that failed. A permanent failure (the server
// refused the address), or the last try, marks the message failed for the
// admins to see; otherwise it is due again at retry.
func (db *DB) MailFailed(ctx context.Context, id int64, worker, reason string, permanent bool, retry time.Time) error {
	return db.transact(ctx, "mail failed", func(tx *gorm.DB) error {
		var row outboxRow
		if err := tx.Where("id = ? AND claimed_by = ? AND sent_at IS NULL", id, worker).Take(&row).Error; err != nil {
			if isNotFound(err) {
				return nil // another sender took it
			}
			return err
		}
		update := map[string]any{"claimed_until": nil, "error": charter.Clip(reason, 500)}
		if permanent || row.Attempts >= MaxMailAttempts {
			update["failed_at"], update["personal"] = db.now(), ""
		} else {
			update["due_at"] = retry
		}
		if err := tx.Model(&outboxRow{}).Where("id = ?", id).Updates(update).Error; err != nil {
			return err
		}
		return db.announce(tx, TopicMail, row.ContentID)
	})
}

// ReleaseMail gives back the messages worker claimed and did not try, as
// a sender stops: another takes them at once rather than after the lease.
func (db *DB) ReleaseMail(ctx context.Context, worker string, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	return db.transact(ctx, "release mail", func(tx *gorm.DB) error {
		return tx.Model(&outboxRow{}).Where("id IN ? AND claimed_by = ? AND sent_at IS NULL", ids, worker).
			Updates(map[string]any{"claimed_until": nil, "attempts": gorm.Expr("attempts - 1")}).Error
	})
}

// OutboxEntry is one message as the admins' outbox page lists it.
type OutboxEntry struct {
	ID        int64
	Kind      message.Kind
	UserID    int64
	Name      string
	Address   string
	CreatedAt time.Time
	Attempts  int
	SentAt    *time.Time
	FailedAt  *time.Time
	Error     string
	Digest    bool
}

// OutboxPage is the admins' view of the outbox: how many messages wait,
// went and failed; every failure not yet seen to; the latest messages.
type OutboxPage struct {
	Waiting, Sent, Failed int64
	Failures              []OutboxEntry
	Latest                []OutboxEntry
}

// outboxEntryRow spells out outboxRow's columns rather than embedding it:
// gorm's Scan of a joined query leaves an embedded struct empty (tried,
// with and without the embedded tag).
type outboxEntryRow struct {
	ID         int64
	ContentID  int64
	UserID     *int64
	Address    string
	Language   string
	Personal   string
	MessageKey string
	Digest     bool
	CreatedAt  time.Time
	Attempts   int
	SentAt     *time.Time
	FailedAt   *time.Time
	Error      string
	Kind       string
	Name       string
}

// outboxEntries selects outbox rows with their kind and recipient's name.
func outboxEntries(tx *gorm.DB) *gorm.DB {
	return tx.Table("outbox").Select("outbox.id, outbox.content_id, outbox.user_id, outbox.address, " +
		"COALESCE(NULLIF(users.language, ''), outbox.language) AS language, outbox.personal, " +
		"outbox.message_key, outbox.digest, outbox.created_at, outbox.attempts, outbox.sent_at, outbox.failed_at, outbox.error, " +
		"mail_contents.kind, COALESCE(users.name, '') AS name").
		Joins("JOIN mail_contents ON mail_contents.id = outbox.content_id").
		Joins("LEFT JOIN users ON users.id = outbox.user_id")
}

// Outbox reads the admins' outbox page: the counts, the latest failures
// and the latest messages, limit of each.
func (db *DB) Outbox(ctx context.Context, limit int) (OutboxPage, error) {
	var p OutboxPage
	err := db.view(ctx, "outbox", func(tx *gorm.DB) error {
		var counts struct{ Waiting, Sent, Failed int64 }
		if err := tx.Model(&outboxRow{}).Select(
			"COUNT(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL AND folded_into IS NULL) AS waiting, " +
				"COUNT(sent_at) AS sent, COUNT(failed_at) AS failed").Scan(&counts).Error; err != nil {
			return err
		}
		p.Waiting, p.Sent, p.Failed = counts.Waiting, counts.Sent, counts.Failed
		entries := func(where string) ([]OutboxEntry, error) {
			var rows []outboxEntryRow
			err := outboxEntries(tx).Where(where).Order("outbox.id DESC").Limit(limit).Scan(&rows).Error
			out := make([]OutboxEntry, len(rows))
			for i, r := range rows {
				out[i] = r.entry()
			}
			return out, err
		}
		var err error
		if p.Failures, err = entries("outbox.failed_at IS NOT NULL"); err != nil {
			return err
		}
		p.Latest, err = entries("outbox.folded_into IS NULL")
		return err
	})
	return p, err
}

func (r outboxEntryRow) entry() OutboxEntry {
	e := OutboxEntry{ID: r.ID, Kind: message.Kind(r.Kind), Name: r.Name, Address: r.Address, CreatedAt: r.CreatedAt,
		Attempts: r.Attempts, SentAt: r.SentAt, FailedAt: r.FailedAt, Error: r.Error, Digest: r.Digest}
	if r.UserID != nil {
		e.UserID = *r.UserID
	}
	return e
}

// SecretNotKept stands, in the admins' view of an invitation, for the link's
// secret: made as the message is sent and kept only as a hash.
const SecretNotKept = "NOT-KEPT"

// OutboxMessage reads one message of the outbox, with what it says, for
// the admins to read as it is, or would be, sent.
func (db *DB) OutboxMessage(ctx context.Context, id int64) (OutboxEntry, Outgoing, MailContent, error) {
	var row outboxEntryRow
	var content mailContentRow
	err := db.view(ctx, "outbox message", func(tx *gorm.DB) error {
		err := outboxEntries(tx).Where("outbox.id = ?", id).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "There is no such message in the outbox.")
		}
		if err != nil {
			return err
		}
		return tx.Where("id = ?", row.ContentID).Take(&content).Error
	})
	if err != nil {
		return OutboxEntry{}, Outgoing{}, MailContent{}, err
	}
	o := Outgoing{ID: row.ID, ContentID: row.ContentID, Address: row.Address, Language: row.Language, MessageKey: row.MessageKey,
		Attempts: row.Attempts, CreatedAt: row.CreatedAt}
	if row.UserID != nil {
		o.UserID = *row.UserID
	}
	if row.Personal != "" {
		if err := json.Unmarshal([]byte(row.Personal), &o.Recipient); err != nil {
			return OutboxEntry{}, Outgoing{}, MailContent{}, fmt.Errorf("outbox %d: personal part: %w", id, err)
		}
	} else {
		o.Recipient.Name = row.Name
	}
	if message.Kind(content.Kind) == message.KindInvitation && o.Recipient.Secret == "" {
		o.Recipient.Secret = SecretNotKept
	}
	return row.entry(), o, MailContent{ID: content.ID, Kind: message.Kind(content.Kind), Facts: []byte(content.Facts)}, nil
}
