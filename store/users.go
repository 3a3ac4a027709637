package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

type userRow struct {
	ID    int64
	Email *string // nil: a member without email, reached by post
	Name  string
	// MemberNumber is nil when the roster gave none: unique, like email.
	MemberNumber  *string
	PasswordHash  string
	GoodStanding  bool
	Language      string
	PostalAddress string
	Phone         string
	CreatedAt     time.Time
}

// user is the account a row holds, without its roles.
func (row userRow) user() member.User {
	u := member.User{ID: row.ID, Name: row.Name, GoodStanding: row.GoodStanding, Language: row.Language,
		PostalAddress: row.PostalAddress, Phone: row.Phone, HasPassword: row.PasswordHash != "", CreatedAt: row.CreatedAt}
	if row.Email != nil {
		u.Email = *row.Email
	}
	if row.MemberNumber != nil {
		u.MemberNumber = *row.MemberNumber
	}
	return u
}

func (userRow) TableName() string { return "users" }

type roleRow struct {
	UserID int64  `gorm:"primaryKey;autoIncrement:false"`
	Role   string `gorm:"primaryKey"`
}

func (roleRow) TableName() string { return "user_roles" }

// NewUser is what creating an account takes. An empty Password leaves the
// account waiting for its invitation to be accepted.
type NewUser struct {
	Email        string
	Name         string
	MemberNumber string
	Roles        []member.Role
	Password     string
	GoodStanding bool
}

// CreateUser adds an account.
func (db *DB) CreateUser(ctx context.Context, actorID int64, in NewUser) (member.User, error) {
	email, err := member.NormalizeEmail(in.Email)
	if err != nil {
		return member.User{}, err
	}
	name, err := member.ValidateName(in.Name)
	if err != nil {
		return member.User{}, err
	}
	number, err := member.ValidateMemberNumber(in.MemberNumber)
	if err != nil {
		return member.User{}, err
	}
	if len(in.Roles) == 0 {
		return member.User{}, charter.Errorf(charter.EINVALID, "Give the account at least one role.")
	}
	var hash string
	if in.Password != "" {
		if hash, err = member.HashPassword(in.Password); err != nil {
			return member.User{}, err
		}
	}
	var u member.User
	err = db.transact(ctx, "create user", func(tx *gorm.DB) error {
		row := userRow{Email: &email, Name: name, PasswordHash: hash, GoodStanding: in.GoodStanding, CreatedAt: db.now()}
		if number != "" {
			row.MemberNumber = &number
		}
		if err := tx.Create(&row).Error; err != nil {
			if isDuplicate(err) {
				return charter.Errorf(charter.ECONFLICT, "An account for %q (or member id %q) exists already.", email, number)
			}
			return err
		}
		if err := setRoles(tx, row.ID, in.Roles); err != nil {
			return err
		}
		var err error
		if u, err = userByID(tx, row.ID); err != nil {
			return err
		}
		return db.record(tx, actorID, "user.create", fmt.Sprintf("user:%d", row.ID),
			fmt.Sprintf("created account %s with roles %s", email, joinRoles(in.Roles)))
	})
	return u, err
}

func setRoles(tx *gorm.DB, userID int64, roles []member.Role) error {
	if err := tx.Where("user_id = ?", userID).Delete(&roleRow{}).Error; err != nil {
		return err
	}
	seen := map[member.Role]bool{}
	for _, r := range roles {
		if seen[r] {
			continue
		}
		seen[r] = true
		if err := tx.Create(&roleRow{UserID: userID, Role: string(r)}).Error; err != nil {
			return err
		}
	}
	return nil
}

func joinRoles(roles []member.Role) string {
	s := make([]string, len(roles))
	for i, r := range roles {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}

// User returns an account by id.
func (db *DB) User(ctx context.Context, id int64) (member.User, error) {
	var u member.User
	err := db.read(ctx, "get user", func(tx *gorm.DB) error {
		var err error
		u, err = userByID(tx, id)
		return err
	})
	return u, err
}

// UserByEmail returns an account by email address.
func (db *DB) UserByEmail(ctx context.Context, email string) (member.User, error) {
	var u member.User
	err := db.read(ctx, "get user by email", func(tx *gorm.DB) error {
		var row userRow
		// A member without email has NULL, which equals nothing: "" finds
		// no one.
		err := tx.Where("email = ? AND email IS NOT NULL", strings.ToLower(strings.TrimSpace(email))).Take(&row).Error
		if isNotFound(err) {
			return charter.Errorf(charter.ENOTFOUND, "There is no account for %s.", charter.Clip(email, 80))
		}
		if err != nil {
			return err
		}
		u, err = withRoles(tx, row)
		return err
	})
	return u, err
}

func userByID(tx *gorm.DB, id int64) (member.User, error) {
	var row userRow
	err := tx.Where("id = ?", id).Take(&row).Error
	if isNotFound(err) {
		return member.User{}, charter.Errorf(charter.ENOTFOUND, "There is no such account.")
	}
	if err != nil {
		return member.User{}, err
	}
	return withRoles(tx, row)
}

// userBy reads the account that which selects, with its roles, or fails
// with missing. A login's session or token is joined to its account in one
// query: every request asks, and each query costs SQLite's driver a parse.
func userBy(which *gorm.DB, missing error) (member.User, error) {
	var row userRow
	err := which.Select("users.*").Take(&row).Error
	if isNotFound(err) {
		return member.User{}, missing
	}
	if err != nil {
		return member.User{}, err
	}
	return withRoles(which.Session(&gorm.Session{NewDB: true}), row)
}

func withRoles(tx *gorm.DB, row userRow) (member.User, error) {
	var roles []roleRow
	if err := tx.Where("user_id = ?", row.ID).Find(&roles).Error; err != nil {
		return member.User{}, err
	}
	u := row.user()
	for _, r := range roles {
		u.Roles = append(u.Roles, member.Role(r.Role))
	}
	sort.Slice(u.Roles, func(i, j int) bool { return roleOrder(u.Roles[i]) < roleOrder(u.Roles[j]) })
	return u, nil
}

func roleOrder(r member.Role) int {
	for i, x := range member.Roles {
		if x == r {
			return i
		}
	}
	return len(member.Roles)
}

// Users lists every account by name.
func (db *DB) Users(ctx context.Context) ([]member.User, error) {
	var out []member.User
	err := db.read(ctx, "list users", func(tx *gorm.DB) error {
		var rows []userRow
		if err := tx.Order("name, id").Find(&rows).Error; err != nil {
			return err
		}
		var roles []roleRow
		if err := tx.Find(&roles).Error; err != nil {
			return err
		}
		byUser := map[int64][]member.Role{}
		for _, r := range roles {
			byUser[r.UserID] = append(byUser[r.UserID], member.Role(r.Role))
		}
		for _, row := range rows {
			u := row.user()
			u.Roles = byUser[row.ID]
			sort.Slice(u.Roles, func(i, j int) bool { return roleOrder(u.Roles[i]) < roleOrder(u.Roles[j]) })
			out = append(out, u)
		}
		return nil
	})
	return out, err
}

// CountUsers tells whether any account exists yet.
func (db *DB) CountUsers(ctx context.Context) (int64, error) {
	var n int64
	err := db.read(ctx, "count users", func(tx *gorm.DB) error {
		return tx.Model(&userRow{}).Count(&n).Error
	})
	return n, err
}

// SetStanding marks a member in or out of good standing, with the reason
// in the audit log.
func (db *DB) SetStanding(ctx context.Context, actorID, userID int64, good bool, reason string) error {
	reason, err := member.StandingReason(good, reason)
	if err != nil {
		return err
	}
	return db.transact(ctx, "set standing", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		// Sessions held in memory forget the account's roles and standing.
		if err := db.announce(tx, TopicUser, userID); err != nil {
			return err
		}
		if err := tx.Model(&userRow{}).Where("id = ?", userID).Update("good_standing", good).Error; err != nil {
			return err
		}
		state := "in good standing"
		if !good {
			state = "not in good standing"
		}
		return db.record(tx, actorID, "user.standing", fmt.Sprintf("user:%d", userID),
			fmt.Sprintf("%s marked %s: %s", u.Contact(), state, reason))
	})
}

// SetRoles replaces an account's roles.
func (db *DB) SetRoles(ctx context.Context, actorID, userID int64, roles []member.Role) error {
	if len(roles) == 0 {
		return charter.Errorf(charter.EINVALID, "Give the account at least one role.")
	}
	return db.transact(ctx, "set roles", func(tx *gorm.DB) error {
		u, err := userByID(tx, userID)
		if err != nil {
			return err
		}
		// Sessions held in memory forget the account's roles and standing.
		if err := db.announce(tx, TopicUser, userID); err != nil {
			return err
		}
		if err := setRoles(tx, userID, roles); err != nil {
			return err
		}
		return db.record(tx, actorID, "user.roles", fmt.Sprintf("user:%d", userID),
			fmt.Sprintf("%s roles %s → %s", u.Contact(), joinRoles(u.Roles), joinRoles(roles)))
	})
}

// SetLanguage records the interface language a member picked.
func (db *DB) SetLanguage(ctx context.Context, userID int64, lang string) error {
	return db.transact(ctx, "set language", func(tx *gorm.DB) error {
		if err := tx.Model(&userRow{}).Where("id = ?", userID).Update("language", lang).Error; err != nil {
			return err
		}
		return db.announce(tx, TopicUser, userID)
	})
}

// passwordHash reads the stored hash for a login attempt; "" when the
// account does not exist or has no password yet.
func (db *DB) passwordHash(ctx context.Context, email string) (int64, string, error) {
	var row userRow
	if email == "" {
		return 0, "", nil // a member without email never logs in
	}
	err := db.read(ctx, "read password hash", func(tx *gorm.DB) error {
		err := tx.Select("id", "password_hash").Where("email = ?", email).Take(&row).Error
		if isNotFound(err) {
			return nil
		}
		return err
	})
	return row.ID, row.PasswordHash, err
}

// UserNames maps account ids to names, for pages that list sponsors.
func (db *DB) UserNames(ctx context.Context, ids []int64) (map[int64]string, error) {
	names := map[int64]string{}
	if len(ids) == 0 {
		return names, nil
	}
	// Each id once, and a few hundred to a query: a page may name the
	// authors of tens of thousands of comments, and SQLite takes at most
	// 32,766 values in a statement (its Go driver binds them in time that
	// grows with their square).
	unique := make([]int64, 0, len(ids))
	seen := make(map[int64]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			unique = append(unique, id)
		}
	}
	err := db.read(ctx, "user names", func(tx *gorm.DB) (err error) {
		names, err = userNames(tx, unique)
		return err
	})
	return names, err
}

// userNames names the accounts, a few hundred to a query.
func userNames(tx *gorm.DB, ids []int64) (map[int64]string, error) {
	names := make(map[int64]string, len(ids))
	for lo := 0; lo < len(ids); lo += 500 {
		var rows []userRow
		if err := tx.Select("id", "name").Where("id IN ?", ids[lo:min(lo+500, len(ids))]).Find(&rows).Error; err != nil {
			return names, err
		}
		for _, r := range rows {
			names[r.ID] = r.Name
		}
	}
	return names, nil
}
