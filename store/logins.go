package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net"
	"sort"
	"strconv"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

// The login throttle slows whoever guesses passwords without ever keeping
// a member out of their own account. Failures are counted per bucket:
//
//   - an attempt from a browser holding a device cookie of the account (a
//     browser the member has logged in from) counts only against that
//     device, so failures anywhere else never delay it;
//   - any other attempt counts against the account from its client address
//     and against the client address as a whole.
//
// No bucket is the account alone: that is the one an opponent could fill to
// keep a voter out. Past a bucket's free failures each further failure makes
// the next attempt wait twice as long as the last, up to the bucket's
// ceiling; a wait refuses the attempt without checking the password, and is
// never longer than the ceiling. Buckets live in the database, so every
// instance behind a load balancer enforces the same limits.
//
// A ThrottleRule is one kind of bucket's allowance.
type ThrottleRule struct {
	Free    int           // failures allowed before any wait
	Ceiling time.Duration // the longest wait
	refuse  func(wait charter.Text) *charter.Error
}

var (
	// DeviceRule: a member's own browser. Only someone holding its cookie
	// (the member, or whoever has their unlocked phone) fills it.
	DeviceRule = ThrottleRule{Free: 5, Ceiling: 15 * time.Minute,
		refuse: func(wait charter.Text) *charter.Error {
			return charter.Errorf(charter.ETOOMANY, "Too many wrong passwords for this account on this device. Try again in %s.", wait)
		}}
	// AccountClientRule: one account from one client address.
	AccountClientRule = ThrottleRule{Free: 5, Ceiling: 15 * time.Minute,
		refuse: func(wait charter.Text) *charter.Error {
			return charter.Errorf(charter.ETOOMANY, "Too many wrong passwords for this account from your network. Try again in %s; on a phone or computer you have logged in from before, this wait does not apply.", wait)
		}}
	// ClientRule: every account from one client address. A shift's shared
	// Wi-Fi sends many members' typos from one address, so it allows more
	// and waits less; it bounds how many accounts one address can try.
	ClientRule = ThrottleRule{Free: 30, Ceiling: 5 * time.Minute,
		refuse: func(wait charter.Text) *charter.Error {
			return charter.Errorf(charter.ETOOMANY, "Too many wrong passwords from your network. Try again in %s; on a phone or computer you have logged in from before, this wait does not apply.", wait)
		}}
)

// FirstWait is the wait after a bucket's free failures; each further
// failure doubles it. LoginMemory is how long a bucket remembers: one
// without a failure for that long starts over, and is deleted.
const (
	FirstWait   = time.Second
	LoginMemory = 24 * time.Hour
)

// Wait is how long after its last failure a bucket with that many
// failures makes the next attempt wait.
func (r ThrottleRule) Wait(failures int) time.Duration {
	if failures < r.Free {
		return 0
	}
	wait := FirstWait
	for n := r.Free; n < failures && wait < r.Ceiling; n++ {
		wait *= 2
	}
	return min(wait, r.Ceiling)
}

// Login is one attempt to log in, with what the throttle knows of where it
// comes from.
type Login struct {
	Email, Password string
	// Client is the client's address as the web server determined it.
	Client string
	// DeviceUser and Device come from a device cookie whose signature the
	// caller has checked: the account it was issued to, and its random id.
	// Zero and empty without one.
	DeviceUser int64
	Device     string
}

// Throttled refuses an attempt until Wait has passed. It unwraps to the
// *charter.Error a member reads.
type Throttled struct {
	Err  *charter.Error
	Wait time.Duration
}

func (t *Throttled) Error() string { return t.Err.Error() }
func (t *Throttled) Unwrap() error { return t.Err }

type throttleRow struct {
	Key      string `gorm:"primaryKey"`
	Failures int
	LastAt   time.Time
}

func (throttleRow) TableName() string { return "login_throttles" }

type bucket struct {
	key    string
	rule   ThrottleRule
	shared bool // counts other accounts' attempts too: the client address
}

// bucketKey names a bucket in the table. It is hashed so that the table
// shows no email or address at a glance; whoever holds the database could
// still test guesses against it, which is why a bucket is deleted once it
// has been quiet for LoginMemory.
func bucketKey(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// clientBucket is the address a client is counted under: an IPv4 address,
// or an IPv6 address's /64, since one subscriber is commonly given a whole
// /64 and could otherwise take a fresh address for every guess.
func clientBucket(addr string) string {
	ip := net.ParseIP(addr)
	if ip == nil {
		return addr
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// Authenticate checks an email and password. The throttle counts the
// attempt as a failure before the password is checked and takes it back
// once the password proves right: counted after, a burst of parallel
// guesses would all pass the check before any was counted. The password
// is checked outside any transaction, since hashing it takes tens of
// milliseconds that SQLite's one writer would spend waiting.
func (db *DB) Authenticate(ctx context.Context, in Login) (member.User, error) {
	email, _ := member.NormalizeEmail(in.Email) // an invalid address simply fails below
	id, hash, err := db.passwordHash(ctx, email)
	if err != nil {
		return member.User{}, err
	}
	var buckets []bucket
	if id != 0 && in.DeviceUser == id && in.Device != "" {
		buckets = []bucket{{key: bucketKey("device", strconv.FormatInt(id, 10), in.Device), rule: DeviceRule}}
	} else {
		// By email, not account id: an address without an account is
		// throttled exactly as one with, so the wait tells nothing.
		client := clientBucket(in.Client)
		buckets = []bucket{
			{key: bucketKey("account", email, client), rule: AccountClientRule},
			{key: bucketKey("client", client), rule: ClientRule, shared: true},
		}
	}
	taken, err := db.takeAttempt(ctx, buckets)
	if err != nil {
		return member.User{}, err
	}
	if !member.VerifyPassword(hash, in.Password) {
		return member.User{}, charter.Errorf(charter.EUNAUTHORIZED, "The email address or the password is wrong.")
	}
	if err := db.giveBack(ctx, buckets, taken); err != nil {
		return member.User{}, err
	}
	return db.User(ctx, id)
}

// takeAttempt refuses the attempt if any bucket makes it wait, and else
// counts it as a failure in every bucket. It sorts buckets, so that
// concurrent attempts lock their rows in one order, and returns each
// one's count before, for giveBack.
func (db *DB) takeAttempt(ctx context.Context, buckets []bucket) ([]int, error) {
	sort.Slice(buckets, func(i, j int) bool { return buckets[i].key < buckets[j].key })
	keys := make([]string, len(buckets))
	fresh := make([]throttleRow, len(buckets))
	for i, b := range buckets {
		keys[i] = b.key
		fresh[i] = throttleRow{Key: b.key}
	}
	before := make([]int, len(buckets))
	err := db.transact(ctx, "take login attempt", func(tx *gorm.DB) error {
		now := db.now()
		// Quiet buckets are swept here rather than by a background job,
		// which every instance would run.
		if err := tx.Where("last_at < ?", now.Add(-LoginMemory)).Delete(&throttleRow{}).Error; err != nil {
			return err
		}
		// Rows exist before they are locked, so that two first failures
		// at once on PostgreSQL queue on the row instead of one of them
		// failing on the key.
		for i := range fresh {
			fresh[i].LastAt = now
		}
		if err := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&fresh).Error; err != nil {
			return err
		}
		var rows []throttleRow
		if err := tx.Clauses(clause.Locking{Strength: clause.LockingStrengthUpdate}).Where("key IN ?", keys).Order("key").Find(&rows).Error; err != nil {
			return err
		}
		failures := map[string]throttleRow{}
		for _, r := range rows {
			failures[r.Key] = r
		}
		var refusal *Throttled
		for i, b := range buckets {
			r := failures[b.key]
			before[i] = r.Failures
			if left := r.LastAt.Add(b.rule.Wait(r.Failures)).Sub(now); left > 0 && (refusal == nil || left > refusal.Wait) {
				refusal = &Throttled{Err: b.rule.refuse(waitText(left)), Wait: left}
			}
		}
		if refusal != nil {
			return refusal
		}
		return tx.Model(&throttleRow{}).Where("key IN ?", keys).
			Updates(map[string]any{"failures": gorm.Expr("failures + 1"), "last_at": now}).Error
	})
	return before, err
}

// giveBack takes back the failure counted for a login that succeeded. The
// buckets of this account are emptied; a shared client address gets its
// count back unless other attempts counted on it meanwhile, when it only
// loses one.
func (db *DB) giveBack(ctx context.Context, buckets []bucket, before []int) error {
	return db.transact(ctx, "clear login failures", func(tx *gorm.DB) error {
		for i, b := range buckets {
			if !b.shared {
				if err := tx.Where("key = ?", b.key).Delete(&throttleRow{}).Error; err != nil {
					return err
				}
				continue
			}
			res := tx.Model(&throttleRow{}).Where("key = ? AND failures = ?", b.key, before[i]+1).Update("failures", before[i])
			if res.Error != nil {
				return res.Error
			}
			if res.RowsAffected == 0 {
				if err := tx.Model(&throttleRow{}).Where("key = ? AND failures > 0", b.key).
					Update("failures", gorm.Expr("failures - 1")).Error; err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// waitText says how long to wait, in the member's language, rounded up.
func waitText(d time.Duration) charter.Text {
	switch s := int((d + time.Second - 1) / time.Second); {
	case s <= 1:
		return charter.Sprintf("a second")
	case s < 120:
		return charter.Sprintf("%d seconds", s)
	default:
		return charter.Sprintf("%d minutes", (s+59)/60)
	}
}
