package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
)

// InvitationLifetime is how long an invitation link works.
const InvitationLifetime = 30 * 24 * time.Hour

type invitationRow struct {
	TokenHash string `gorm:"primaryKey"`
	UserID    int64
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
}

func (invitationRow) TableName() string { return "invitations" }

// Invitation is a link secret issued to a member to set their password.
type Invitation struct {
	User   member.User
	Secret string
}

// invite issues a link to set the member's password and revokes the
// earlier links not yet used: the member or the admin who asks again for
// one may have lost the last to someone else. It returns the new link's
// secret and how many it revoked.
func (db *DB) invite(tx *gorm.DB, userID int64) (string, int64, error) {
	secret, err := member.NewSecret(member.PrefixInvitation)
	if err != nil {
		return "", 0, err
	}
	revoked := tx.Where("user_id = ? AND used_at IS NULL", userID).Delete(&invitationRow{})
	if revoked.Error != nil {
		return "", 0, revoked.Error
	}
	now := db.now()
	return secret, revoked.RowsAffected, tx.Create(&invitationRow{TokenHash: member.SecretHash(secret), UserID: userID, CreatedAt: now, ExpiresAt: now.Add(InvitationLifetime)}).Error
}

// Invite issues a new invitation link to an existing account.
func (db *DB) Invite(ctx context.Context, actorID, userID int64) (Invitation, error) {
	var inv Invitation
	err := db.transact(ctx, "invite", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		if u.Email == "" {
			return charter.Errorf(charter.EINVALID, "%s has no email address: they cannot log in, and are reached by post. Give an address in the roster first.", u.Name)
		}
		secret, revoked, err := db.invite(tx, userID)
		if err != nil {
			return err
		}
		inv = Invitation{User: u, Secret: secret}
		if err := db.queueInvitations(tx, []Invitation{inv}); err != nil {
			return err
		}
		detail := "invitation issued to " + u.Contact()
		if revoked > 0 {
			detail += fmt.Sprintf("; %d earlier unused links revoked", revoked)
		}
		return db.record(tx, actorID, "user.invite", fmt.Sprintf("user:%d", userID), detail)
	})
	return inv, err
}

// InvitationUser returns the member a live invitation is for.
func (db *DB) InvitationUser(ctx context.Context, secret string) (member.User, error) {
	var u member.User
	err := db.read(ctx, "invitation user", func(tx *gorm.DB) error {
		row, err := liveInvitation(tx, secret, db.now())
		if err != nil {
			return err
		}
		u, err = userByID(tx, row.UserID)
		return err
	})
	return u, err
}

func liveInvitation(tx *gorm.DB, secret string, now time.Time) (invitationRow, error) {
	var row invitationRow
	err := tx.Where("token_hash = ? AND used_at IS NULL AND expires_at > ?", member.SecretHash(secret), now).Take(&row).Error
	if isNotFound(err) {
		return row, charter.Errorf(charter.ENOTFOUND, "This invitation link is not valid: it was used already, it expired, or it was mistyped. Ask an admin for a new one.")
	}
	return row, err
}

// AcceptInvitation sets the member's password, spends the link, and ends
// every other session of theirs.
func (db *DB) AcceptInvitation(ctx context.Context, secret, password string) (member.User, error) {
	hash, err := member.HashPassword(password)
	if err != nil {
		return member.User{}, err
	}
	var u member.User
	err = db.transact(ctx, "accept invitation", func(tx *gorm.DB) error {
		now := db.now()
		row, err := liveInvitation(tx, secret, now)
		if err != nil {
			return err
		}
		spent := tx.Model(&invitationRow{}).Where("token_hash = ? AND used_at IS NULL", row.TokenHash).Update("used_at", now)
		if spent.Error != nil {
			return spent.Error
		}
		if spent.RowsAffected != 1 {
			return charter.Errorf(charter.ECONFLICT, "This invitation link was just used.")
		}
		// Every other unused link of the member's dies with this one: a
		// database from before new links revoked old ones may hold several.
		if err := tx.Where("user_id = ? AND used_at IS NULL", row.UserID).Delete(&invitationRow{}).Error; err != nil {
			return err
		}
		if err := tx.Model(&userRow{}).Where("id = ?", row.UserID).Update("password_hash", hash).Error; err != nil {
			return err
		}
		if err := tx.Where("user_id = ?", row.UserID).Delete(&sessionRow{}).Error; err != nil {
			return err
		}
		if err := db.announce(tx, TopicUser, row.UserID); err != nil {
			return err
		}
		if u, err = userByID(tx, row.UserID); err != nil {
			return err
		}
		return db.record(tx, row.UserID, "user.password", fmt.Sprintf("user:%d", row.UserID), u.Contact()+" set a password through an invitation")
	})
	return u, err
}

// RosterResult says what a roster import did.
type RosterResult struct {
	Created, Updated int
	Invitations      []Invitation // for new accounts, and existing ones without a password, that have email
	ByPost           int          // members without email: no invitation, reached by post
}

// ImportRoster creates or updates an account for every row, all or nothing.
// New accounts get the member role; existing ones keep their roles and
// password, and take the roster's name, member id, standing, and address
// and phone when the roster has those columns. An account is found by its
// email, or, for a row without one, by its member id. Accounts without a
// password get an invitation link, unless they have no email: they cannot
// log in, and are reached by post.
func (db *DB) ImportRoster(ctx context.Context, actorID int64, entries []member.RosterEntry) (RosterResult, error) {
	var res RosterResult
	err := db.transact(ctx, "import roster", func(tx *gorm.DB) error {
		res = RosterResult{}
		// Names and standing of any account may change: everything held of
		// every account is forgotten (subject 0).
		if err := db.announce(tx, TopicUser, 0); err != nil {
			return err
		}
		byPost := 0
		for _, e := range entries {
			var row userRow
			var err error
			if e.Email != "" {
				err = tx.Where("email = ?", e.Email).Take(&row).Error
			}
			if e.Email == "" || isNotFound(err) && e.MemberNumber != "" {
				// A member reached by post until now may have given an
				// address: their account, found by member id, takes it.
				err = tx.Where("member_number = ? AND (email IS NULL OR ? = '')", e.MemberNumber, e.Email).Take(&row).Error
				if err == nil && row.Email == nil && e.Email != "" {
					row.Email = &e.Email
					if err = tx.Model(&userRow{}).Where("id = ?", row.ID).Update("email", e.Email).Error; err != nil {
						return rosterRowError(e, err)
					}
				}
			}
			var number, email *string
			if e.MemberNumber != "" {
				number = &e.MemberNumber
			}
			if e.Email != "" {
				email = &e.Email
			}
			switch {
			case isNotFound(err):
				row = userRow{Email: email, Name: e.Name, MemberNumber: number, GoodStanding: e.GoodStanding,
					PostalAddress: e.PostalAddress, Phone: e.Phone, CreatedAt: db.now()}
				if err := tx.Create(&row).Error; err != nil {
					return rosterRowError(e, err)
				}
				if err := setRoles(tx, row.ID, []member.Role{member.RoleMember}); err != nil {
					return err
				}
				res.Created++
			case err != nil:
				return err
			default:
				update := map[string]any{"name": e.Name, "member_number": number, "good_standing": e.GoodStanding}
				if e.HasAddress {
					update["postal_address"] = e.PostalAddress
				}
				if e.HasPhone {
					update["phone"] = e.Phone
				}
				if err := tx.Model(&userRow{}).Where("id = ?", row.ID).Updates(update).Error; err != nil {
					return rosterRowError(e, err)
				}
				res.Updated++
			}
			if row.Email == nil {
				byPost++
				continue
			}
			if row.PasswordHash == "" {
				secret, _, err := db.invite(tx, row.ID)
				if err != nil {
					return err
				}
				u, err := userByID(tx, row.ID)
				if err != nil {
					return err
				}
				res.Invitations = append(res.Invitations, Invitation{User: u, Secret: secret})
			}
		}
		res.ByPost = byPost
		if err := db.queueInvitations(tx, res.Invitations); err != nil {
			return err
		}
		return db.record(tx, actorID, "roster.import", "roster",
			fmt.Sprintf("imported %d rows: %d accounts created, %d updated, %d invitations issued, %d members without email", len(entries), res.Created, res.Updated, len(res.Invitations), byPost))
	})
	return res, err
}

func rosterRowError(e member.RosterEntry, err error) error {
	if isDuplicate(err) {
		return charter.Errorf(charter.ECONFLICT, "Roster line %d: member id %s belongs to another account already; nothing was imported.", e.Line, e.MemberNumber)
	}
	return err
}

// queueInvitations queues a message to each invited member. The outbox
// row names the invitation by its hash, never by its secret: the link it
// carries is made as the message is claimed for sending (mailLink), so
// whoever reads the database or a backup meanwhile finds no link that
// opens an account.
func (db *DB) queueInvitations(tx *gorm.DB, invs []Invitation) error {
	if len(invs) == 0 {
		return nil
	}
	ids := make([]int64, len(invs))
	parts := make(map[int64]personalPart, len(invs))
	for i, inv := range invs {
		ids[i] = inv.User.ID
		parts[inv.User.ID] = personalPart{Recipient: message.Recipient{Name: inv.User.Name}, Invitation: member.SecretHash(inv.Secret)}
	}
	_, err := db.queueMail(tx, mailing{kind: message.KindInvitation, facts: message.Invitation{},
		personal: func(id int64) personalPart { return parts[id] }}, tx.Session(&gorm.Session{NewDB: true}).Table("users").Select("id").Where("id IN ?", ids))
	return err
}

// errInvitationGone says the invitation a queued message was for was used,
// replaced or expired before the message went: it is not sent.
var errInvitationGone = charter.Errorf(charter.ECONFLICT, "Not sent: the invitation was used, replaced by a newer one, or expired before it could be sent.")

// mailLink makes the link an invitation's message carries, as it is
// claimed: a new secret of its own beside the one the admin was shown,
// for as long as the invitation it stands for lives. A message sent twice
// (its sender died before marking it) carries two links, either of which
// works once, and using one spends the other.
func (db *DB) mailLink(tx *gorm.DB, invitationHash string, now time.Time) (string, error) {
	var inv invitationRow
	err := tx.Where("token_hash = ? AND used_at IS NULL AND expires_at > ?", invitationHash, now).Take(&inv).Error
	if isNotFound(err) {
		return "", errInvitationGone
	}
	if err != nil {
		return "", err
	}
	secret, err := member.NewSecret(member.PrefixInvitation)
	if err != nil {
		return "", err
	}
	return secret, tx.Create(&invitationRow{TokenHash: member.SecretHash(secret), UserID: inv.UserID, CreatedAt: now, ExpiresAt: inv.ExpiresAt}).Error
}

// fillInvitationHashes (migration 31) rewrites the outbox rows queued
// before it, whose personal part holds an invitation link's secret, as
// queueInvitations writes them now: the invitation named by its hash, the
// link made as the message is claimed (mailLink). The secret, which opens
// an account, then no longer sits in the database and its backups; the
// member still gets a working link, unless the invitation was used or
// expired meanwhile, when the message is not sent (errInvitationGone).
func fillInvitationHashes(tx *gorm.DB) error {
	var rows []outboxRow
	if err := tx.Select("id", "personal").Where("personal LIKE ?", `%"secret"%`).Find(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		var part personalPart
		if err := json.Unmarshal([]byte(r.Personal), &part); err != nil {
			return fmt.Errorf("outbox %d: personal part: %w", r.ID, err)
		}
		if part.Secret == "" {
			continue
		}
		part.Invitation, part.Secret = member.SecretHash(part.Secret), ""
		personal, err := json.Marshal(part)
		if err != nil {
			return err
		}
		if err := tx.Model(&outboxRow{}).Where("id = ?", r.ID).Update("personal", string(personal)).Error; err != nil {
			return err
		}
	}
	return nil
}
