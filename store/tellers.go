package store

import (
	"context"
	"encoding/base64"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
)

// tellerKeyRow is the public half of a teller's key; the private half was
// shown to the teller once and is kept by no one else.
type tellerKeyRow struct {
	UserID    int64 `gorm:"primaryKey;autoIncrement:false"`
	PublicKey string
	CreatedAt time.Time
}

func (tellerKeyRow) TableName() string { return "teller_keys" }

// ballotTellerRow names one teller of a ballot, with their share of the
// ballot's key sealed to their own key until the count clears it.
type ballotTellerRow struct {
	BallotID    int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID      int64 `gorm:"primaryKey;autoIncrement:false"`
	SealedShare *string
	TellerKey   string // the public key the share was sealed to
}

func (ballotTellerRow) TableName() string { return "ballot_tellers" }

func encodeKey(k *ballot.Key) string { return base64.StdEncoding.EncodeToString(k[:]) }

func decodeKey(s string) (*ballot.Key, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != len(ballot.Key{}) {
		return nil, fmt.Errorf("a key of %d bytes: %v", len(b), err)
	}
	var k ballot.Key
	copy(k[:], b)
	return &k, nil
}

// CreateTellerKey makes a teller's key and returns its private half, as
// text to show the teller once; only the public half is stored. A teller
// who holds a share of a ballot not yet counted keeps the key that share
// is sealed to.
func (db *DB) CreateTellerKey(ctx context.Context, teller member.User) (string, error) {
	if !teller.CanHoldTellerKey() {
		return "", charter.Errorf(charter.EFORBIDDEN, "Only a teller holds a teller key; an admin gives the teller role.")
	}
	public, text, err := ballot.NewTellerKey()
	if err != nil {
		return "", charter.Internal(err)
	}
	err = db.transact(ctx, "create teller key", func(tx *gorm.DB) error {
		// A notice naming this teller holds their key's row until it has
		// sealed their share: the check below then sees the share.
		var present tellerKeyRow
		if err := tx.Clauses(clause.Locking{Strength: clause.LockingStrengthUpdate}).Where("user_id = ?", teller.ID).Limit(1).Find(&present).Error; err != nil {
			return err
		}
		var pending []int64
		if err := tx.Table("ballot_tellers").Where("user_id = ? AND sealed_share IS NOT NULL", teller.ID).Order("ballot_id").Pluck("ballot_id", &pending).Error; err != nil {
			return err
		}
		if len(pending) > 0 {
			return charter.Errorf(charter.ECONFLICT, "You hold a share of ballot %d, sealed to your present key: keep that key until the ballot is counted.", pending[0])
		}
		row := tellerKeyRow{UserID: teller.ID, PublicKey: encodeKey(public), CreatedAt: db.now()}
		if err := tx.Save(&row).Error; err != nil {
			return err
		}
		return db.record(tx, teller.ID, "teller.key", fmt.Sprintf("user:%d", teller.ID), "teller key made, fingerprint "+ballot.Fingerprint(public))
	})
	if err != nil {
		return "", err
	}
	return text, nil
}

// TellerKey is what Charter keeps of a teller's present key: when it was
// made, and its public half's fingerprint, which ballots show beside the
// teller's name. Made is zero when they have none.
type TellerKey struct {
	Made        time.Time
	Fingerprint string
}

// PresentTellerKey reads what Charter keeps of the teller's present key.
func (db *DB) PresentTellerKey(ctx context.Context, teller member.User) (TellerKey, error) {
	var row tellerKeyRow
	err := db.read(ctx, "teller key", func(tx *gorm.DB) error {
		return tx.Where("user_id = ?", teller.ID).Limit(1).Find(&row).Error
	})
	if err != nil || row.UserID == 0 {
		return TellerKey{}, err
	}
	public, err := decodeKey(row.PublicKey)
	if err != nil {
		return TellerKey{}, charter.Internal(err)
	}
	return TellerKey{Made: row.CreatedAt, Fingerprint: ballot.Fingerprint(public)}, nil
}

// Teller is someone an officer may name to hold a share of a ballot's key.
type Teller struct {
	ID   int64
	Name string
}

// Tellers lists the accounts with the teller role and a teller key: those
// an officer may name at notice.
func (db *DB) Tellers(ctx context.Context) ([]Teller, error) {
	var out []Teller
	err := db.read(ctx, "tellers", func(tx *gorm.DB) error {
		return tx.Table("users").Select("users.id", "users.name").
			Joins("JOIN teller_keys ON teller_keys.user_id = users.id").
			Joins("JOIN user_roles ON user_roles.user_id = users.id AND user_roles.role = ?", string(member.RoleTeller)).
			Order("users.name, users.id").Scan(&out).Error
	})
	return out, err
}

// tellerKeys reads the public keys of the tellers named at notice, in
// order; each must hold the teller role and a key.
func tellerKeys(tx *gorm.DB, ids []int64) ([]*ballot.Key, error) {
	var rows []struct {
		UserID    int64
		PublicKey string
	}
	if err := tx.Clauses(clause.Locking{Strength: clause.LockingStrengthShare, Table: clause.Table{Name: "teller_keys"}}).Table("teller_keys").Select("teller_keys.user_id", "teller_keys.public_key").
		Joins("JOIN user_roles ON user_roles.user_id = teller_keys.user_id AND user_roles.role = ?", string(member.RoleTeller)).
		Where("teller_keys.user_id IN ?", ids).Scan(&rows).Error; err != nil {
		return nil, err
	}
	byUser := map[int64]string{}
	for _, r := range rows {
		byUser[r.UserID] = r.PublicKey
	}
	keys := make([]*ballot.Key, len(ids))
	for i, id := range ids {
		k, err := decodeKey(byUser[id])
		if err != nil {
			return nil, charter.Errorf(charter.EINVALID, "Account %d is not a teller with a teller key: an admin gives the role, and the teller makes their key on the teller page.", id)
		}
		keys[i] = k
	}
	return keys, nil
}
