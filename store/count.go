package store

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log/slog"
	"math/big"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
)

// A count gathers the tellers' shares of a closed ballot's key. Each share
// is sealed, as it is given, to a count key whose private half lives only
// in the memory of the instance that made it (the holder, named in
// ballot_counts): the database never holds a share that anyone but a
// teller or that instance can open, so a copy of it, with fewer than the
// needed tellers' help, opens nothing. When enough shares are in, the
// holder rebuilds the ballot's key, opens the papers and publishes them in
// one transaction, and forgets both keys. The holder keeps a heartbeat; a
// count whose holder has stopped (a restart) starts again, and the tellers
// who had given their shares give them again.

type countRow struct {
	BallotID    int64 `gorm:"primaryKey;autoIncrement:false"`
	PublicKey   string
	Holder      string
	HeartbeatAt time.Time
}

func (countRow) TableName() string { return "ballot_counts" }

type countShareRow struct {
	BallotID    int64 `gorm:"primaryKey;autoIncrement:false"`
	UserID      int64 `gorm:"primaryKey;autoIncrement:false"`
	SealedShare string
}

func (countShareRow) TableName() string { return "ballot_count_shares" }

// How often a holder tells the others it is alive, and how long a silence
// makes its count a lost one. The heartbeat is wall-clock time, apart from
// the store's clock, which tests move by days.
// Tests shorten them (CountTimingForTest) while counts of earlier tests
// may still be beating, hence atomics; zero means the default.
var countTiming struct{ heartbeat, stale atomic.Int64 }

func countHeartbeat() time.Duration { return timing(&countTiming.heartbeat, 5*time.Second) }
func countStale() time.Duration     { return timing(&countTiming.stale, 30*time.Second) }

func timing(set *atomic.Int64, otherwise time.Duration) time.Duration {
	if d := set.Load(); d > 0 {
		return time.Duration(d)
	}
	return otherwise
}

// countKeys are the count keys this process holds, by ballot.
type countKeys struct {
	process string // names this process as a holder
	mu      sync.Mutex
	keys    map[int64]countKey
	stop    chan struct{}
	stopped sync.Once
}

type countKey struct{ public, private *ballot.Key }

func newCountKeys() *countKeys {
	return &countKeys{process: ballot.NewPaperID(), keys: map[int64]countKey{}, stop: make(chan struct{})}
}

func (k *countKeys) get(id int64) (countKey, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	key, ok := k.keys[id]
	return key, ok
}

func (k *countKeys) forget(id int64) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if key, ok := k.keys[id]; ok {
		clear(key.private[:])
		delete(k.keys, id)
	}
}

func (k *countKeys) close() {
	k.stopped.Do(func() { close(k.stop) })
}

// CountProgress is how far the count of a ballot has come: its tellers,
// which of them have given their share to the count under way, and how
// many shares it needs.
type CountProgress struct {
	Needed  int
	Tellers []TellerProgress
	Counted bool
}

// TellerProgress is one teller of a ballot, with the fingerprint of the
// key their share was sealed to, which they compare with their own.
type TellerProgress struct {
	Teller
	Given       bool
	TellerKey   string `gorm:"column:teller_key"`
	Fingerprint string `gorm:"-"`
}

// Given counts the shares given so far.
func (p CountProgress) Given() int {
	n := 0
	for _, t := range p.Tellers {
		if t.Given {
			n++
		}
	}
	return n
}

// Has tells whether id is one of the ballot's tellers.
func (p CountProgress) Has(id int64) (TellerProgress, bool) {
	for _, t := range p.Tellers {
		if t.ID == id {
			return t, true
		}
	}
	return TellerProgress{}, false
}

// BallotCount reads a ballot's tellers and the count's progress. The
// tellers' names are public: members know who holds the key to their
// papers.
func (db *DB) BallotCount(ctx context.Context, id int64) (CountProgress, error) {
	var p CountProgress
	err := db.read(ctx, "ballot count", func(tx *gorm.DB) error {
		var err error
		p, err = countProgress(tx, id)
		return err
	})
	return p, err
}

func countProgress(tx *gorm.DB, id int64) (CountProgress, error) {
	var b ballotRow
	if err := tx.Select("id", "shares_needed", "counted_at").Where("id = ?", id).Take(&b).Error; err != nil {
		if isNotFound(err) {
			return CountProgress{}, charter.Errorf(charter.ENOTFOUND, "There is no ballot %d.", id)
		}
		return CountProgress{}, err
	}
	p := CountProgress{Needed: b.SharesNeeded, Counted: b.CountedAt != nil}
	if err := tx.Table("ballot_tellers").Select("users.id", "users.name", "ballot_count_shares.user_id IS NOT NULL AS given", "ballot_tellers.teller_key").
		Joins("JOIN users ON users.id = ballot_tellers.user_id").
		Joins("LEFT JOIN ballot_count_shares ON ballot_count_shares.ballot_id = ballot_tellers.ballot_id AND ballot_count_shares.user_id = ballot_tellers.user_id").
		Where("ballot_tellers.ballot_id = ?", id).Order("users.name, users.id").Scan(&p.Tellers).Error; err != nil {
		return p, err
	}
	for i, t := range p.Tellers {
		if key, err := decodeKey(t.TellerKey); err == nil {
			p.Tellers[i].Fingerprint = ballot.Fingerprint(key)
		}
	}
	// Shares given to a count whose holder has fallen silent are lost with
	// its key: those tellers must give theirs again.
	var count countRow
	if err := tx.Where("ballot_id = ?", id).Limit(1).Find(&count).Error; err != nil {
		return p, err
	}
	if count.BallotID == 0 || time.Since(count.HeartbeatAt) >= countStale() {
		for i := range p.Tellers {
			p.Tellers[i].Given = false
		}
	}
	return p, nil
}

// GiveShare takes a teller's key, opens with it the teller's share of a
// closed ballot's key, and gives that share to the count, sealed to the
// count's key. With the last share needed, the count runs.
func (db *DB) GiveShare(ctx context.Context, teller member.User, id int64, tellerKey string) (CountProgress, error) {
	public, private, err := ballot.ParseTellerKey(tellerKey)
	if err != nil {
		return CountProgress{}, err
	}
	defer clear(private[:])
	var ready bool
	err = db.transact(ctx, "give share", func(tx *gorm.DB) error {
		b, err := lockedBallot(tx, id)
		if err != nil {
			return err
		}
		if err := db.announce(tx, TopicBallot, id); err != nil {
			return err
		}
		if err := b.CanCount(); err != nil {
			return err
		}
		var t ballotTellerRow
		if err := tx.Where("ballot_id = ? AND user_id = ?", id, teller.ID).Limit(1).Find(&t).Error; err != nil {
			return err
		}
		if t.UserID == 0 || t.SealedShare == nil {
			return charter.Errorf(charter.EFORBIDDEN, "You are not one of this ballot's tellers.")
		}
		sealed, err := base64.StdEncoding.DecodeString(*t.SealedShare)
		if err != nil {
			return fmt.Errorf("share of teller %d: %w", teller.ID, err)
		}
		share, err := ballot.OpenShare(public, private, sealed)
		if err != nil {
			return charter.Errorf(charter.EINVALID, "This key does not open your share of this ballot: give the teller key you had when its notice was given.")
		}
		count, err := db.countFor(tx, id)
		if err != nil {
			return err
		}
		resealed, err := ballot.SealShare(count, share)
		clear(share.Y)
		if err != nil {
			return err
		}
		if err := tx.Save(&countShareRow{BallotID: id, UserID: teller.ID, SealedShare: base64.StdEncoding.EncodeToString(resealed)}).Error; err != nil {
			return err
		}
		var given int64
		if err := tx.Model(&countShareRow{}).Where("ballot_id = ?", id).Count(&given).Error; err != nil {
			return err
		}
		_, holding := db.counts.get(id)
		ready = holding && int(given) >= b.SharesNeeded
		return db.record(tx, teller.ID, "ballot.share", fmt.Sprintf("ballot:%d", id), fmt.Sprintf("a teller gave their share to the count (%d of the %d needed)", given, b.SharesNeeded))
	})
	if err != nil {
		return CountProgress{}, err
	}
	if ready {
		if err := db.count(ctx, id); err != nil {
			return CountProgress{}, err
		}
	}
	return db.BallotCount(ctx, id)
}

// lockBallot makes an officer's step, a teller's share and the count take
// turns on a ballot, and wait for every vote in flight (which holds the
// row with lockBallotForVote): a close that read the roll while a vote
// was marking it would write the line back unmarked beside its sealed
// paper. SQLite's writers take turns anyway.
func lockBallot(tx *gorm.DB, id int64) error {
	return lockBallotRow(tx, id, clause.LockingStrengthUpdate)
}

// lockedBallot locks a ballot (lockBallot) and reads it with its turnout:
// what an officer's step, a teller's share and the count act on.
func lockedBallot(tx *gorm.DB, id int64) (ballot.Ballot, error) {
	if err := lockBallot(tx, id); err != nil {
		return ballot.Ballot{}, err
	}
	b, err := ballotByID(tx, id)
	if err == nil {
		err = countTurnout(tx, &b)
	}
	return b, err
}

// lockBallotForVote lets votes run side by side, but not beside a close.
func lockBallotForVote(tx *gorm.DB, id int64) error {
	return lockBallotRow(tx, id, "KEY SHARE")
}

func lockBallotRow(tx *gorm.DB, id int64, strength string) error {
	var row struct{ ID int64 }
	err := tx.Clauses(clause.Locking{Strength: strength}).Table("ballots").Select("id").Where("id = ?", id).Take(&row).Error
	if isNotFound(err) {
		return charter.Errorf(charter.ENOTFOUND, "There is no ballot %d.", id)
	}
	return err
}

// countFor returns the public key of the ballot's count under way, or
// starts one held by this process when there is none or its holder has
// fallen silent; the shares given to a lost count are dropped.
func (db *DB) countFor(tx *gorm.DB, id int64) (*ballot.Key, error) {
	var row countRow
	if err := tx.Where("ballot_id = ?", id).Limit(1).Find(&row).Error; err != nil {
		return nil, err
	}
	if row.BallotID != 0 {
		if key, ok := db.counts.get(id); ok && row.Holder == db.counts.process {
			return key.public, nil
		}
		if row.Holder != db.counts.process && time.Since(row.HeartbeatAt) < countStale() {
			return decodeKey(row.PublicKey)
		}
		if err := tx.Where("ballot_id = ?", id).Delete(&countShareRow{}).Error; err != nil {
			return nil, err
		}
	}
	public, private, err := ballot.NewKeyPair()
	if err != nil {
		return nil, err
	}
	row = countRow{BallotID: id, PublicKey: encodeKey(public), Holder: db.counts.process, HeartbeatAt: time.Now().UTC()}
	if err := tx.Save(&row).Error; err != nil {
		return nil, err
	}
	db.counts.mu.Lock()
	db.counts.keys[id] = countKey{public: public, private: private}
	db.counts.mu.Unlock()
	go db.holdCount(id)
	return public, nil
}

// holdCount keeps this process's count of a ballot alive, and runs it
// when shares given through other instances complete it.
func (db *DB) holdCount(id int64) {
	tick := time.NewTicker(countHeartbeat())
	defer tick.Stop()
	for {
		select {
		case <-db.counts.stop:
			return
		case <-tick.C:
		}
		key, ok := db.counts.get(id)
		if !ok {
			return
		}
		var ready, lost bool
		err := db.transact(context.Background(), "count heartbeat", func(tx *gorm.DB) error {
			res := tx.Model(&countRow{}).Where("ballot_id = ? AND holder = ? AND public_key = ?", id, db.counts.process, encodeKey(key.public)).
				Update("heartbeat_at", time.Now().UTC())
			if res.Error != nil || res.RowsAffected == 0 {
				lost = res.Error == nil
				return res.Error
			}
			var given int64
			var needed int
			if err := tx.Model(&countShareRow{}).Where("ballot_id = ?", id).Count(&given).Error; err != nil {
				return err
			}
			if err := tx.Model(&ballotRow{}).Where("id = ?", id).Select("shares_needed").Scan(&needed).Error; err != nil {
				return err
			}
			ready = int(given) >= needed
			return nil
		})
		switch {
		case lost:
			db.counts.forget(id)
			return
		case err != nil:
			slog.Warn("count heartbeat", "ballot", id, "err", err)
		case ready:
			if err := db.count(context.Background(), id); err != nil {
				slog.Error("count", "ballot", id, "err", err)
			}
		}
	}
}

// count opens a closed ballot's papers with the key its tellers' shares
// rebuild, and, in one transaction, writes them opened in a random order
// under new random ids, deletes the sealed papers, the shares and the
// count, and records who counted. Only the holder of the count's key can.
func (db *DB) count(ctx context.Context, id int64) error {
	key, ok := db.counts.get(id)
	if !ok {
		return nil
	}
	var counted bool
	err := db.transact(ctx, "count ballot", func(tx *gorm.DB) error {
		counted = false
		b, err := lockedBallot(tx, id)
		if err != nil {
			return err
		}
		if err := db.announce(tx, TopicBallot, id); err != nil {
			return err
		}
		var session countRow
		if err := tx.Where("ballot_id = ?", id).Limit(1).Find(&session).Error; err != nil {
			return err
		}
		if b.CanCount() != nil || session.Holder != db.counts.process || session.PublicKey != encodeKey(key.public) {
			return nil // counted already, or the count is no longer this process's
		}
		var given []countShareRow
		if err := tx.Where("ballot_id = ?", id).Order("user_id").Find(&given).Error; err != nil {
			return err
		}
		if len(given) < b.SharesNeeded {
			return nil
		}
		shares := make([]ballot.Share, len(given))
		tellers := make([]int64, len(given))
		for i, g := range given {
			sealed, err := base64.StdEncoding.DecodeString(g.SealedShare)
			if err == nil {
				shares[i], err = ballot.OpenShare(key.public, key.private, sealed)
			}
			if err != nil {
				return fmt.Errorf("count share of teller %d: %w", g.UserID, err)
			}
			tellers[i] = g.UserID
		}
		private, err := ballot.CombineKey(&b.PublicKey, shares)
		for _, s := range shares {
			clear(s.Y)
		}
		if err != nil {
			return err
		}
		defer clear(private[:])
		papers, err := openPapers(tx, b, private)
		if err != nil {
			return err
		}
		now := db.now()
		if err := tx.Model(&ballotRow{}).Where("id = ?", id).Updates(map[string]any{"status": string(ballot.StatusCounted), "counted_at": now}).Error; err != nil {
			return err
		}
		if err := tx.CreateInBatches(papers, 500).Error; err != nil {
			return err
		}
		for _, step := range []struct {
			table string
			value any
		}{{"sealed_papers", &sealedPaperRow{}}, {"ballot_count_shares", &countShareRow{}}, {"ballot_counts", &countRow{}}} {
			if err := tx.Where("ballot_id = ?", id).Delete(step.value).Error; err != nil {
				return fmt.Errorf("delete %s: %w", step.table, err)
			}
		}
		if err := tx.Model(&ballotTellerRow{}).Where("ballot_id = ?", id).Update("sealed_share", nil).Error; err != nil {
			return err
		}
		names, err := userNames(tx, tellers)
		if err != nil {
			return err
		}
		var who []string
		for _, t := range tellers {
			who = append(who, names[t])
		}
		counted = true
		if err := db.announceMeetingOf(tx, b); err != nil {
			return err
		}
		return db.record(tx, 0, "ballot.count", fmt.Sprintf("ballot:%d", id), fmt.Sprintf(
			"counted with the shares of %s: %d sealed papers opened and published in a random order; the sealed papers and the shares of the key destroyed; papers SHA-256 %s",
			strings.Join(who, ", "), len(papers), papersDigest(papers)))
	})
	if err == nil && counted {
		db.counts.forget(id)
	}
	if charter.ErrorCode(err) == charter.ECONFLICT {
		// The shares do not rebuild the key, or the papers do not match the
		// roll: giving the shares again would fail the same way. The count
		// is dropped, and the audit log tells the observers why.
		db.counts.forget(id)
		if dropErr := db.transact(ctx, "drop failed count", func(tx *gorm.DB) error {
			if err := tx.Where("ballot_id = ?", id).Delete(&countShareRow{}).Error; err != nil {
				return err
			}
			if err := tx.Where("ballot_id = ?", id).Delete(&countRow{}).Error; err != nil {
				return err
			}
			if err := db.announce(tx, TopicBallot, id); err != nil {
				return err
			}
			return db.record(tx, 0, "ballot.count_failed", fmt.Sprintf("ballot:%d", id), charter.ErrorMessage(err))
		}); dropErr != nil {
			slog.Error("drop failed count", "ballot", id, "err", dropErr)
		}
	}
	return err
}

// openPapers opens every sealed paper of a ballot and returns them as
// papers with new random ids, in a random order. A paper that does not
// open, or a number of papers other than the voters marked on the roll,
// stops the count: someone has written to the database behind Charter.
func openPapers(tx *gorm.DB, b ballot.Ballot, private *ballot.Key) ([]paperRow, error) {
	var sealed []sealedPaperRow
	if err := tx.Where("ballot_id = ?", b.ID).Find(&sealed).Error; err != nil {
		return nil, err
	}
	if len(sealed) != b.Turnout {
		return nil, charter.Errorf(charter.ECONFLICT, "The count stopped: there are %d sealed papers for %d members marked as having voted. Nothing was opened; tell the observers.", len(sealed), b.Turnout)
	}
	papers := make([]paperRow, len(sealed))
	for i, sp := range sealed {
		raw, err := base64.StdEncoding.DecodeString(sp.Sealed)
		var tracker string
		var choices []ballot.Choice
		if err == nil {
			tracker, choices, err = ballot.OpenPaper(&b.PublicKey, private, raw)
		}
		if err == nil && len(choices) != len(b.Questions) {
			err = fmt.Errorf("%d answers to %d questions", len(choices), len(b.Questions))
		}
		if err != nil {
			return nil, charter.Errorf(charter.ECONFLICT, "The count stopped: sealed paper %s does not open as a paper of this ballot. Nothing was published; tell the observers.", sp.ID)
		}
		encoded := ballot.EncodeChoices(choices)
		papers[i] = paperRow{BallotID: b.ID, ID: ballot.NewPaperID(), Tracker: &tracker, Choices: &encoded}
	}
	// Fisher-Yates with crypto/rand: the order written is the order a copy
	// of the database shows, and it must owe nothing to the order of votes.
	for i := len(papers) - 1; i > 0; i-- {
		j, err := rand.Int(rand.Reader, big.NewInt(int64(i+1)))
		if err != nil {
			return nil, err
		}
		papers[i], papers[j.Int64()] = papers[j.Int64()], papers[i]
	}
	return papers, nil
}

// papersDigest is ballot.PapersDigest of published papers as stored.
func papersDigest(papers []paperRow) string {
	lines := make([]string, len(papers))
	for i, p := range papers {
		lines[i] = *p.Tracker + " " + *p.Choices
	}
	return ballot.PapersDigest(lines)
}

// countedDigest reads the digest of a ballot's papers that its count
// recorded in the audit chain.
var countedDigest = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`papers SHA-256 ([0-9a-f]{64})`) })

// checkPublishedPapers compares a counted ballot's published papers with
// the digest its count recorded in the audit chain: a paper changed or
// added behind Charter's back after the count shows here.
func checkPublishedPapers(tx *gorm.DB, id int64) error {
	var event auditRow
	if err := tx.Where("subject = ? AND action = ?", fmt.Sprintf("ballot:%d", id), "ballot.count").Order("id DESC").Limit(1).Find(&event).Error; err != nil {
		return err
	}
	m := countedDigest().FindStringSubmatch(event.Detail)
	if m == nil {
		return nil // counted before the count recorded a digest
	}
	var papers []paperRow
	if err := tx.Where("ballot_id = ?", id).Find(&papers).Error; err != nil {
		return err
	}
	if papersDigest(papers) != m[1] {
		return charter.Errorf(charter.ECONFLICT, "The published papers of ballot %d are not those its count recorded in the audit log: they were changed after the count. Tell the observers.", id)
	}
	return nil
}
