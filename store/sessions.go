package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

// SessionLifetime is how long a login lasts.
const SessionLifetime = 14 * 24 * time.Hour

type sessionRow struct {
	TokenHash string `gorm:"primaryKey"`
	PublicID  string // names the session on pages and in the API; not a secret
	UserID    int64
	CreatedAt time.Time
	ExpiresAt time.Time
}

func (sessionRow) TableName() string { return "sessions" }

type apiTokenRow struct {
	ID        int64
	UserID    int64
	TokenHash string
	Name      string
	CreatedAt time.Time
}

func (apiTokenRow) TableName() string { return "api_tokens" }

// CreateSession starts a login and returns the secret for the cookie.
func (db *DB) CreateSession(ctx context.Context, userID int64) (string, error) {
	secret, err := member.NewSecret(member.PrefixSession)
	if err != nil {
		return "", charter.Internal(err)
	}
	id := make([]byte, 16)
	if _, err := rand.Read(id); err != nil {
		return "", charter.Internal(err)
	}
	now := db.now()
	err = db.transact(ctx, "create session", func(tx *gorm.DB) error {
		// Expired sessions are swept here rather than by a background job,
		// which two instances would both run.
		if err := tx.Where("expires_at < ?", now).Delete(&sessionRow{}).Error; err != nil {
			return err
		}
		return tx.Create(&sessionRow{TokenHash: member.SecretHash(secret), PublicID: hex.EncodeToString(id), UserID: userID, CreatedAt: now, ExpiresAt: now.Add(SessionLifetime)}).Error
	})
	return secret, err
}

// SessionUser returns the member a live session belongs to: from memory
// after the first request, until a change to the account, its roles or
// its sessions is told (TopicUser) or the session expires.
func (db *DB) SessionUser(ctx context.Context, secret string) (member.User, error) {
	ended := charter.Errorf(charter.EUNAUTHORIZED, "Your session has ended; log in again.")
	return db.credentialUser(ctx, "session:"+member.SecretHash(secret), ended, func(tx *gorm.DB) (int64, time.Time, error) {
		var row sessionRow
		err := tx.Where("token_hash = ? AND expires_at > ?", member.SecretHash(secret), db.now()).Limit(1).Find(&row).Error
		return row.UserID, row.ExpiresAt, err
	})
}

// credentialUser answers the account behind a session or token, from
// memory or, the first time, by find (which gives the account's id, 0 if
// none, and when the credential expires) and the account.
func (db *DB) credentialUser(ctx context.Context, key string, missing error, find func(tx *gorm.DB) (int64, time.Time, error)) (member.User, error) {
	c, err := db.held.credentials.get(key, func() (credential, int64, error) {
		var c credential
		err := db.read(ctx, "credential user", func(tx *gorm.DB) error {
			id, expires, err := find(tx)
			if err != nil {
				return err
			}
			if id == 0 {
				return missing
			}
			c.expires = expires
			c.user, err = userByID(tx, id)
			return err
		})
		return c, c.user.ID, err
	})
	if err != nil {
		return member.User{}, err
	}
	if !c.expires.IsZero() && !db.now().Before(c.expires) {
		db.held.credentials.drop(key)
		return member.User{}, missing
	}
	return c.user, nil
}

// DeleteSession ends a login.
func (db *DB) DeleteSession(ctx context.Context, secret string) error {
	return db.transact(ctx, "delete session", func(tx *gorm.DB) error {
		var row sessionRow
		if err := tx.Where("token_hash = ?", member.SecretHash(secret)).Limit(1).Find(&row).Error; err != nil || row.UserID == 0 {
			return err
		}
		if err := tx.Where("token_hash = ?", row.TokenHash).Delete(&sessionRow{}).Error; err != nil {
			return err
		}
		return db.announce(tx, TopicUser, row.UserID)
	})
}

// CreateToken issues a personal access token for the API and returns it;
// only its hash is kept, so it is shown once.
func (db *DB) CreateToken(ctx context.Context, actorID, userID int64, name string) (string, error) {
	name, err := charter.CleanLine(charter.Sprintf("The token name"), name)
	if err != nil {
		return "", err
	}
	if name == "" {
		name = "token"
	}
	if len(name) > 100 {
		return "", charter.Errorf(charter.EINVALID, "The token name must be at most 100 characters.")
	}
	secret, err := member.NewSecret(member.PrefixToken)
	if err != nil {
		return "", charter.Internal(err)
	}
	err = db.transact(ctx, "create token", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		if err := tx.Create(&apiTokenRow{UserID: userID, TokenHash: member.SecretHash(secret), Name: name, CreatedAt: db.now()}).Error; err != nil {
			return err
		}
		return db.record(tx, actorID, "token.create", fmt.Sprintf("user:%d", userID), fmt.Sprintf("access token %q issued to %s", name, u.Contact()))
	})
	return secret, err
}

// TokenUser returns the member an access token belongs to.
func (db *DB) TokenUser(ctx context.Context, secret string) (member.User, error) {
	invalid := charter.Errorf(charter.EUNAUTHORIZED, "The access token is not valid.")
	return db.credentialUser(ctx, "token:"+member.SecretHash(secret), invalid, func(tx *gorm.DB) (int64, time.Time, error) {
		var row apiTokenRow
		err := tx.Where("token_hash = ?", member.SecretHash(secret)).Limit(1).Find(&row).Error
		return row.UserID, time.Time{}, err
	})
}

type settingRow struct {
	Name  string `gorm:"primaryKey"`
	Value string
}

func (settingRow) TableName() string { return "settings" }

// Secret returns a named server secret, creating it on first use. It lives
// in the database so that every instance behind a load balancer agrees.
func (db *DB) Secret(ctx context.Context, name string) ([]byte, error) {
	var row settingRow
	err := db.transact(ctx, "server secret", func(tx *gorm.DB) error {
		err := tx.Where("name = ?", name).Take(&row).Error
		if !isNotFound(err) {
			return err
		}
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		row = settingRow{Name: name, Value: hex.EncodeToString(b)}
		return tx.Create(&row).Error
	})
	if err != nil {
		return nil, err
	}
	return hex.DecodeString(row.Value)
}
