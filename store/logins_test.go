package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

const voterPassword = "solidarity forever"

// clock is a store clock that moves only when told.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock(dbs ...*store.DB) *clock {
	c := &clock{now: time.Date(2026, 11, 3, 6, 0, 0, 0, time.UTC)}
	for _, db := range dbs {
		db.UseClock(c.read)
	}
	return c
}

func (c *clock) read() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func newVoter(t *testing.T, db *store.DB, email string) member.User {
	t.Helper()
	u, err := db.CreateUser(context.Background(), 0, store.NewUser{Email: email, Name: "Voter", Roles: []member.Role{member.RoleMember}, Password: voterPassword, GoodStanding: true})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// waitOf is how long a refused attempt was told to wait; it fails the test
// for any other outcome.
func waitOf(t *testing.T, err error) time.Duration {
	t.Helper()
	var th *store.Throttled
	if !errors.As(err, &th) || charter.ErrorCode(err) != charter.ETOOMANY {
		t.Fatalf("error = %v, want a throttled attempt", err)
	}
	return th.Wait
}

// TestNoVoterLockedOutBySomeoneElse: failures from elsewhere never delay a
// member on a device they have logged in from, the attacker's waits grow
// but never become a lockout, and the member without their device is
// delayed only where the attacker is.
func TestNoVoterLockedOutBySomeoneElse(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		clk := newClock(db)
		voter := newVoter(t, db, "voter@example.org")
		const home, wifi, elsewhere = "198.51.100.7", "203.0.113.9", "192.0.2.44"
		phone := store.Login{Email: "voter@example.org", Password: voterPassword, Client: wifi, DeviceUser: voter.ID, Device: "phone"}
		guess := store.Login{Email: "voter@example.org", Password: "wrong guess 1", Client: wifi}

		for i := 0; i < store.AccountClientRule.Free; i++ {
			_, err := db.Authenticate(ctx, guess)
			wantCode(t, err, charter.EUNAUTHORIZED)
		}
		if wait := waitOf(t, mustFail(db.Authenticate(ctx, guess))); wait != store.FirstWait {
			t.Errorf("first wait %v, want %v", wait, store.FirstWait)
		}
		// The member's own phone, on the same Wi-Fi, is let in; so is the
		// member from another network on a new device.
		if u, err := db.Authenticate(ctx, phone); err != nil || u.ID != voter.ID {
			t.Fatalf("voter on their phone: %v", err)
		}
		if _, err := db.Authenticate(ctx, store.Login{Email: "VOTER@example.org", Password: voterPassword, Client: home}); err != nil {
			t.Fatalf("voter from home: %v", err)
		}
		// A device cookie of another account is no device of this one.
		stranger := newVoter(t, db, "stranger@example.org")
		borrowed := phone
		borrowed.DeviceUser = stranger.ID
		waitOf(t, mustFail(db.Authenticate(ctx, borrowed)))

		// The attacker's waits double up to the ceiling and stay there: a
		// delay, never a lockout. A refused attempt is not checked, even
		// with the right password, and does not lengthen the wait.
		var waits []time.Duration
		for failures := store.AccountClientRule.Free; failures < store.AccountClientRule.Free+14; failures++ {
			wait := waitOf(t, mustFail(db.Authenticate(ctx, guess)))
			if want := store.AccountClientRule.Wait(failures); wait != want {
				t.Fatalf("after %d failures: wait %v, want %v", failures, wait, want)
			}
			waits = append(waits, wait)
			clk.advance(wait / 2)
			if again := waitOf(t, mustFail(db.Authenticate(ctx, store.Login{Email: "voter@example.org", Password: voterPassword, Client: wifi}))); again != wait-wait/2 {
				t.Fatalf("a refused attempt changed the wait: %v, then %v after %v", wait, again, wait/2)
			}
			clk.advance(wait - wait/2)
			_, err := db.Authenticate(ctx, guess)
			wantCode(t, err, charter.EUNAUTHORIZED)
		}
		if waits[1] != 2*waits[0] || waits[len(waits)-1] != store.AccountClientRule.Ceiling || waits[len(waits)-2] != store.AccountClientRule.Ceiling {
			t.Errorf("waits %v: want them doubling from %v to %v", waits, store.FirstWait, store.AccountClientRule.Ceiling)
		}
		// Once the wait has passed, the right password opens the account
		// even from the attacker's network.
		clk.advance(waitOf(t, mustFail(db.Authenticate(ctx, guess))))
		if _, err := db.Authenticate(ctx, store.Login{Email: "voter@example.org", Password: voterPassword, Client: wifi}); err != nil {
			t.Fatalf("voter after the wait: %v", err)
		}
		// The phone was never delayed.
		if _, err := db.Authenticate(ctx, phone); err != nil {
			t.Fatalf("voter on their phone at the end: %v", err)
		}
		// Nor was another account on the same Wi-Fi, whose own bucket is
		// empty and whose network's is under its allowance.
		if _, err := db.Authenticate(ctx, store.Login{Email: "stranger@example.org", Password: voterPassword, Client: wifi}); err != nil {
			t.Fatalf("another member on the Wi-Fi: %v", err)
		}
	})
}

// TestOneAddressCannotTryEveryAccount: every account tried from one client
// address counts against it, with an IPv6 client counted by its /64, and
// addresses without an account count like any other; a member's device is
// spared.
func TestOneAddressCannotTryEveryAccount(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		newClock(db)
		voter := newVoter(t, db, "voter@example.org")
		for i := 0; i < store.ClientRule.Free; i++ {
			_, err := db.Authenticate(ctx, store.Login{Email: fmt.Sprintf("nobody%d@example.org", i), Password: "a wrong guess", Client: fmt.Sprintf("2001:db8:1:2::%x", i+1)})
			wantCode(t, err, charter.EUNAUTHORIZED)
		}
		right := store.Login{Email: "voter@example.org", Password: voterPassword, Client: "2001:db8:1:2:ffff::9"}
		if wait := waitOf(t, mustFail(db.Authenticate(ctx, right))); wait != store.FirstWait {
			t.Errorf("wait %v", wait)
		}
		elsewhere := right
		elsewhere.Client = "2001:db8:1:3::1" // another /64
		if _, err := db.Authenticate(ctx, elsewhere); err != nil {
			t.Errorf("another network: %v", err)
		}
		device := right
		device.DeviceUser, device.Device = voter.ID, "laptop"
		if _, err := db.Authenticate(ctx, device); err != nil {
			t.Errorf("voter's own device on the same network: %v", err)
		}
		// An address without an account is throttled like one with.
		for i := 0; i < store.AccountClientRule.Free; i++ {
			_, err := db.Authenticate(ctx, store.Login{Email: "ghost@example.org", Password: "a wrong guess", Client: "192.0.2.1"})
			wantCode(t, err, charter.EUNAUTHORIZED)
		}
		waitOf(t, mustFail(db.Authenticate(ctx, store.Login{Email: "ghost@example.org", Password: "a wrong guess", Client: "192.0.2.1"})))
	})
}

// TestLoginLimitsHoldOnEveryInstance: the buckets are in the database, so
// failures counted through one instance are enforced by another; guesses
// sent at once are counted one by one, so a burst gets no more tries than
// a patient attacker.
func TestLoginLimitsHoldOnEveryInstance(t *testing.T) {
	storetest.EachPair(t, func(t *testing.T, a, b *store.DB) {
		ctx := context.Background()
		newClock(a, b)
		newVoter(t, a, "voter@example.org")
		guess := store.Login{Email: "voter@example.org", Password: "a wrong guess", Client: "203.0.113.9"}
		results := make(chan error, 4*store.AccountClientRule.Free)
		var wg sync.WaitGroup
		for i := 0; i < cap(results); i++ {
			wg.Add(1)
			go func(db *store.DB) {
				defer wg.Done()
				_, err := db.Authenticate(ctx, guess)
				results <- err
			}([]*store.DB{a, b}[i%2])
		}
		wg.Wait()
		close(results)
		checked := 0
		for err := range results {
			switch charter.ErrorCode(err) {
			case charter.EUNAUTHORIZED:
				checked++
			case charter.ETOOMANY:
			default:
				t.Errorf("attempt: %v", err)
			}
		}
		if checked != store.AccountClientRule.Free {
			t.Errorf("%d of %d simultaneous guesses were checked, want %d", checked, cap(results), store.AccountClientRule.Free)
		}
		for _, db := range []*store.DB{a, b} {
			waitOf(t, mustFail(db.Authenticate(ctx, guess)))
		}
	})
}

func mustFail(_ member.User, err error) error { return err }
