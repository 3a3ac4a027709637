package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

// Login rate limits. Failures are counted in the database, not in memory,
// so that every instance behind a load balancer enforces the same limit.
const (
	LoginWindow         = 15 * time.Minute
	MaxFailuresPerEmail = 5
	MaxFailuresPerIP    = 30
)

type loginFailureRow struct {
	ID        int64
	Key       string
	CreatedAt time.Time
}

func (loginFailureRow) TableName() string { return "login_failures" }

// Authenticate checks an email and password from the client at ip. After
// too many failures for the address or from the ip it refuses to check at
// all until the window has passed.
func (db *DB) Authenticate(ctx context.Context, email, password, ip string) (member.User, error) {
	email, _ = member.NormalizeEmail(email) // an invalid address simply fails below
	keys := []string{"email:" + email, "ip:" + ip}
	limits := []int64{MaxFailuresPerEmail, MaxFailuresPerIP}
	since := db.now().Add(-LoginWindow)
	for i, key := range keys {
		var n int64
		if err := db.read(ctx, "count login failures", func(tx *gorm.DB) error {
			return tx.Model(&loginFailureRow{}).Where("key = ? AND created_at > ?", key, since).Count(&n).Error
		}); err != nil {
			return member.User{}, err
		}
		if n >= limits[i] {
			return member.User{}, charter.Errorf(charter.ETOOMANY,
				"Too many failed logins. Wait %d minutes and try again, or ask an admin for a new invitation link.", int(LoginWindow.Minutes()))
		}
	}
	id, hash, err := db.passwordHash(ctx, email)
	if err != nil {
		return member.User{}, err
	}
	if !member.VerifyPassword(hash, password) {
		now := db.now()
		if err := db.transact(ctx, "record login failure", func(tx *gorm.DB) error {
			if err := tx.Where("created_at < ?", now.Add(-24*time.Hour)).Delete(&loginFailureRow{}).Error; err != nil {
				return err
			}
			for _, key := range keys {
				if err := tx.Create(&loginFailureRow{Key: key, CreatedAt: now}).Error; err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return member.User{}, err
		}
		return member.User{}, charter.Errorf(charter.EUNAUTHORIZED, "The email address or the password is wrong.")
	}
	if err := db.read(ctx, "clear login failures", func(tx *gorm.DB) error {
		return tx.Where("key = ?", keys[0]).Delete(&loginFailureRow{}).Error
	}); err != nil {
		return member.User{}, err
	}
	return db.User(ctx, id)
}
