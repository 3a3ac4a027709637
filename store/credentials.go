package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

// SessionInfo is a live session as a list shows it: when it began and when
// it ends, never what its cookie holds.
type SessionInfo struct {
	ID        string
	CreatedAt time.Time
	ExpiresAt time.Time
	Current   bool // the session that asks
}

// TokenInfo is an access token as a list shows it, without its secret.
type TokenInfo struct {
	ID        int64
	Name      string
	CreatedAt time.Time
}

// Credentials are a member's ways in: live sessions and access tokens,
// newest first.
type Credentials struct {
	User     member.User
	Sessions []SessionInfo
	Tokens   []TokenInfo
}

// Credentials lists a member's live sessions and access tokens. current is
// the secret of the session asking, marked in the list; "" for none.
func (db *DB) Credentials(ctx context.Context, userID int64, current string) (Credentials, error) {
	var out Credentials
	err := db.read(ctx, "list credentials", func(tx *gorm.DB) error {
		var err error
		if out.User, err = userByID(tx, userID); err != nil {
			return err
		}
		var sessions []sessionRow
		if err := tx.Where("user_id = ? AND expires_at > ?", userID, db.now()).Order("created_at DESC, public_id").Find(&sessions).Error; err != nil {
			return err
		}
		var tokens []apiTokenRow
		if err := tx.Where("user_id = ?", userID).Order("id DESC").Find(&tokens).Error; err != nil {
			return err
		}
		mine := ""
		if current != "" {
			mine = member.SecretHash(current)
		}
		for _, s := range sessions {
			out.Sessions = append(out.Sessions, SessionInfo{ID: s.PublicID, CreatedAt: s.CreatedAt, ExpiresAt: s.ExpiresAt, Current: s.TokenHash == mine})
		}
		for _, t := range tokens {
			out.Tokens = append(out.Tokens, TokenInfo{ID: t.ID, Name: t.Name, CreatedAt: t.CreatedAt})
		}
		return nil
	})
	return out, err
}

// RevokeSession ends one of a member's sessions, on every instance at once:
// each request looks its session up.
func (db *DB) RevokeSession(ctx context.Context, actorID, userID int64, sessionID string) error {
	return db.transact(ctx, "revoke session", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		// Sessions held in memory forget the account's roles and standing.
		if err := db.announce(tx, TopicUser, userID); err != nil {
			return err
		}
		var row sessionRow
		err = tx.Where("user_id = ? AND public_id = ? AND expires_at > ?", userID, sessionID, db.now()).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "There is no such session; it may have ended already.")
		}
		if err != nil {
			return err
		}
		if err := tx.Where("token_hash = ?", row.TokenHash).Delete(&sessionRow{}).Error; err != nil {
			return err
		}
		return db.record(tx, actorID, "session.revoke", fmt.Sprintf("user:%d", userID),
			fmt.Sprintf("a session of %s, started %s, ended", u.Contact(), row.CreatedAt.UTC().Format("2006-01-02 15:04 UTC")))
	})
}

// RevokeToken revokes one of a member's access tokens.
func (db *DB) RevokeToken(ctx context.Context, actorID, userID, tokenID int64) error {
	return db.transact(ctx, "revoke token", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		// Sessions held in memory forget the account's roles and standing.
		if err := db.announce(tx, TopicUser, userID); err != nil {
			return err
		}
		var row apiTokenRow
		err = tx.Where("user_id = ? AND id = ?", userID, tokenID).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "There is no such access token; it may have been revoked already.")
		}
		if err != nil {
			return err
		}
		if err := tx.Where("id = ?", row.ID).Delete(&apiTokenRow{}).Error; err != nil {
			return err
		}
		return db.record(tx, actorID, "token.revoke", fmt.Sprintf("user:%d", userID), fmt.Sprintf("access token %q of %s revoked", row.Name, u.Contact()))
	})
}

// Revoked counts what RevokeAll ended.
type Revoked struct{ Sessions, Tokens int }

// RevokeAll logs a member out everywhere: every session ends and every
// access token is revoked.
func (db *DB) RevokeAll(ctx context.Context, actorID, userID int64) (Revoked, error) {
	var out Revoked
	err := db.transact(ctx, "revoke all credentials", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		// Sessions held in memory forget the account's roles and standing.
		if err := db.announce(tx, TopicUser, userID); err != nil {
			return err
		}
		now := db.now()
		live := tx.Where("user_id = ? AND expires_at > ?", userID, now).Delete(&sessionRow{})
		if live.Error != nil {
			return live.Error
		}
		if err := tx.Where("user_id = ?", userID).Delete(&sessionRow{}).Error; err != nil { // expired ones, uncounted
			return err
		}
		tokens := tx.Where("user_id = ?", userID).Delete(&apiTokenRow{})
		if tokens.Error != nil {
			return tokens.Error
		}
		out = Revoked{Sessions: int(live.RowsAffected), Tokens: int(tokens.RowsAffected)}
		return db.record(tx, actorID, "user.logout_everywhere", fmt.Sprintf("user:%d", userID),
			fmt.Sprintf("%s logged out everywhere: %d sessions ended, %d access tokens revoked", u.Contact(), out.Sessions, out.Tokens))
	})
	return out, err
}
