// Package storetest opens real databases for tests: a fresh SQLite file,
// and, when CHARTER_TEST_POSTGRES names a server, a fresh PostgreSQL
// database created for the test and dropped after it.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

// PostgresEnv names the variable holding a PostgreSQL server URL for tests.
const PostgresEnv = "CHARTER_TEST_POSTGRES"

// Each runs fn once on SQLite and once more on PostgreSQL when configured.
func Each(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	if os.Getenv(PostgresEnv) != "" {
		t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
	}
}

// EachPair is Each with the database opened twice, as two Charter
// instances behind a load balancer share one: what one writes, the other
// must enforce.
func EachPair(t *testing.T, fn func(t *testing.T, a, b *store.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		addr := "sqlite:" + filepath.Join(t.TempDir(), "charter.db")
		fn(t, open(t, addr), open(t, addr))
	})
	if os.Getenv(PostgresEnv) != "" {
		t.Run("postgres", func(t *testing.T) {
			addr, err := NewPostgresDatabase(t)
			if err != nil {
				t.Fatal(err)
			}
			fn(t, open(t, addr), open(t, addr))
		})
	}
}

// EachAddress runs fn once on SQLite and once more on PostgreSQL when
// configured, for tests that work from database addresses, as the
// commands do: fresh gives the address of another empty database on the
// engine, dropped or removed when the test ends.
func EachAddress(t *testing.T, fn func(t *testing.T, fresh func() string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		fn(t, func() string { return "sqlite:" + filepath.Join(t.TempDir(), "charter.db") })
	})
	if os.Getenv(PostgresEnv) != "" {
		t.Run("postgres", func(t *testing.T) {
			fn(t, func() string {
				addr, err := NewPostgresDatabase(t)
				if err != nil {
					t.Fatal(err)
				}
				return addr
			})
		})
	}
}

func open(t testing.TB, addr string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), addr)
	if err != nil {
		t.Fatalf("open %s: %v", strings.SplitN(addr, ":", 2)[0], err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// SQLite opens a new database file in the test's temporary directory.
func SQLite(t testing.TB) *store.DB {
	t.Helper()
	return open(t, "sqlite:"+filepath.Join(t.TempDir(), "charter.db"))
}

// Postgres creates a database of its own on the configured server.
func Postgres(t testing.TB) *store.DB {
	t.Helper()
	addr, err := NewPostgresDatabase(t)
	if err != nil {
		t.Fatal(err)
	}
	return open(t, addr)
}

// NewPostgresDatabase creates an empty database for one test, drops it when
// the test ends, and returns its URL.
func NewPostgresDatabase(t testing.TB) (string, error) {
	server := os.Getenv(PostgresEnv)
	if server == "" {
		t.Skip(PostgresEnv + " is not set")
	}
	admin, err := gorm.Open(postgres.Open(server), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return "", err
	}
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	name := "charter_test_" + hex.EncodeToString(b)
	if err := admin.Exec("CREATE DATABASE " + name).Error; err != nil {
		return "", err
	}
	t.Cleanup(func() {
		_ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").Error
		if sqlDB, err := admin.DB(); err == nil {
			_ = sqlDB.Close()
		}
	})
	u, err := url.Parse(server)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}

// Poll is a ballot open now: a referendum to a roll of voters, all in good
// standing, with the officer who gave its notice and three tellers, two of
// whom count it.
type Poll struct {
	Ballot  ballot.Ballot
	Officer member.User
	Voters  []member.User
	Tellers []Teller
}

// Teller is an account with the teller role and the key it was given.
type Teller struct {
	member.User
	Key string
}

// NewTellers makes n tellers, named after prefix, each with a key.
func NewTellers(tb testing.TB, db *store.DB, prefix string, n int) []Teller {
	tb.Helper()
	ctx := context.Background()
	out := make([]Teller, n)
	for i := range out {
		u, err := db.CreateUser(ctx, 0, store.NewUser{Email: fmt.Sprintf("%s%d@tellers.invalid", strings.ReplaceAll(strings.ToLower(prefix), " ", "-"), i), Name: fmt.Sprintf("%s %d", prefix, i),
			Roles: []member.Role{member.RoleTeller}, GoodStanding: true})
		if err != nil {
			tb.Fatal(err)
		}
		key, err := db.CreateTellerKey(ctx, u)
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = Teller{User: u, Key: key}
	}
	return out
}

// TellerIDs lists tellers' account ids, for a notice.
func TellerIDs(tellers []Teller) []int64 {
	ids := make([]int64, len(tellers))
	for i, t := range tellers {
		ids[i] = t.ID
	}
	return ids
}

// Count has the first tellers give their shares of a closed ballot, as
// many as it needs, and fails unless that counts it.
func Count(tb testing.TB, db *store.DB, id int64, tellers []Teller) {
	tb.Helper()
	var p store.CountProgress
	var err error
	for _, t := range tellers {
		if p, err = db.GiveShare(context.Background(), t.User, id, t.Key); err != nil {
			tb.Fatalf("%s gives their share: %v", t.Name, err)
		}
		if p.Counted {
			return
		}
	}
	tb.Fatalf("ballot %d not counted: %+v", id, p)
}

// CloseAndCount closes a poll at its announced time and counts it.
func (p Poll) CloseAndCount(tb testing.TB, db *store.DB) {
	tb.Helper()
	db.UseClock(func() time.Time { return p.Ballot.ClosesAt })
	if err := db.CloseBallot(context.Background(), p.Officer, p.Ballot.ID); err != nil {
		tb.Fatal(err)
	}
	Count(tb, db, p.Ballot.ID, p.Tellers)
}

// Decide opens the noticed ballot at its opening time, has every voter
// vote yes to every question, closes it at its closing time, has the
// tellers count it and the officer certify it, effective as given (""
// for at once), on the store's clock moved to each time.
func (p Poll) Decide(tb testing.TB, db *store.DB, effective string) store.Results {
	tb.Helper()
	ctx := context.Background()
	db.UseClock(func() time.Time { return p.Ballot.OpensAt })
	if err := db.OpenBallot(ctx, p.Officer, p.Ballot.ID); err != nil {
		tb.Fatal(err)
	}
	hashes := make([]string, len(p.Ballot.Questions))
	choices := make([]ballot.Choice, len(p.Ballot.Questions))
	for i, q := range p.Ballot.Questions {
		hashes[i], choices[i] = q.SHA256, ballot.Yes
	}
	for _, v := range p.Voters {
		if _, err := db.CastBallot(ctx, v, p.Ballot.ID, choices, hashes); err != nil {
			tb.Fatal(err)
		}
	}
	p.CloseAndCount(tb, db)
	res, err := db.CertifyBallot(ctx, p.Officer, p.Ballot.ID, effective)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// OpenPoll gives notice of a referendum to n new members and opens it. The
// notice is given on a clock set back two hours, so the ballot opens at
// once and closes in an hour; the store's clock is the real one afterwards.
func OpenPoll(tb testing.TB, db *store.DB, n int) Poll {
	tb.Helper()
	ctx := context.Background()
	// In microseconds, as PostgreSQL keeps times: an audit event sealed with
	// nanoseconds would not verify once read back.
	now := time.Now().UTC().Truncate(time.Microsecond)
	db.UseClock(func() time.Time { return now.Add(-2 * time.Hour) })
	defer db.UseClock(func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) })

	officer, err := db.CreateUser(ctx, 0, store.NewUser{Email: "officer@poll.invalid", Name: "Officer", Roles: []member.Role{member.RoleOfficer}, GoodStanding: true})
	if err != nil {
		tb.Fatal(err)
	}
	voters := Roster(tb, db, officer.ID, "Voter", n)
	rule, err := ballot.ParseRule("majority", "cast", "none", 0)
	if err != nil {
		tb.Fatal(err)
	}
	tellers := NewTellers(tb, db, "Poll teller", 3)
	b, err := db.NoticeBallot(ctx, officer, store.NewBallot{Title: "Poll", MinBallots: ballot.MinMinBallots,
		OpensAt: now.Add(-time.Hour), ClosesAt: now.Add(time.Hour), Tellers: TellerIDs(tellers), SharesNeeded: 2,
		Questions: []store.NewQuestion{{Kind: ballot.KindReferendum, Question: "Should the union hold officer elections?", Rule: &rule}}})
	if err != nil {
		tb.Fatal(err)
	}
	db.UseClock(func() time.Time { return now })
	if err := db.OpenBallot(ctx, officer, b.ID); err != nil {
		tb.Fatal(err)
	}
	return Poll{Ballot: b, Officer: officer, Tellers: tellers, Voters: voters}
}

// Roster imports n members in good standing, named after prefix, as the
// admin adminID does from a CSV, and returns every member who may vote
// then (those the roll of a ballot noticed now would hold), as Users
// lists them.
func Roster(tb testing.TB, db *store.DB, adminID int64, prefix string, n int) []member.User {
	tb.Helper()
	ctx := context.Background()
	lower := strings.ToLower(prefix)
	roster := make([]member.RosterEntry, n)
	for i := range roster {
		roster[i] = member.RosterEntry{Line: i + 2, Name: fmt.Sprintf("%s %d", prefix, i), Email: fmt.Sprintf("%s%d@roster.invalid", lower, i), GoodStanding: true}
	}
	if _, err := db.ImportRoster(ctx, adminID, roster); err != nil {
		tb.Fatal(err)
	}
	users, err := db.Users(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	var members []member.User
	for _, u := range users {
		if u.CanVote() {
			members = append(members, u)
		}
	}
	return members
}

// CitingRules cites its second article; CitingRulesAmended rewords the
// citing clause and adds an article before the one it cites, which leaves
// the citation pointing at the wrong article until a clerical change.
const CitingRules = `# Meetings

## Notice

1. Notice of a meeting is given as Article II, Section 1 requires.

# Notices

## Posting

1. Notices are posted thirty days before.
`

// CitingRulesAmended is CitingRules as its amendment would have it.
func CitingRulesAmended() string {
	return strings.Replace(strings.Replace(CitingRules, "is given as", "is given in writing as", 1),
		"# Notices", "# Quorum\n\n## Count\n\n1. Fifty members make a quorum.\n\n# Notices", 1)
}

// Adoption is a document whose amendment the members adopted by a
// certified ballot.
type Adoption struct {
	Ballot    ballot.Ballot
	Amendment amendment.Amendment
	Adopted   document.Version // the text the ballot made the text in force
	Officer   member.User
}

// Adopt creates document slug, numbered by articles, with text as its
// first version; has a member propose after as an amendment; gives notice
// of a ballot on it (by majority, without notice days, on a clock set back
// two hours so that it opens at once); has three members vote for it; has
// the tellers count it and the officer certify it. The store's clock is
// the real one afterwards.
func Adopt(tb testing.TB, db *store.DB, slug, text, after string) Adoption {
	tb.Helper()
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Microsecond)
	db.UseClock(func() time.Time { return now.Add(-2 * time.Hour) })
	defer db.UseClock(func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) })
	user := func(name string, role member.Role) member.User {
		u, err := db.CreateUser(ctx, 0, store.NewUser{Email: name + "@" + slug + ".invalid", Name: name, Roles: []member.Role{role}, GoodStanding: true})
		if err != nil {
			tb.Fatal(err)
		}
		return u
	}
	officer := user("officer", member.RoleOfficer)
	voters := []member.User{user("voter-a", member.RoleMember), user("voter-b", member.RoleMember), user("voter-c", member.RoleMember)}
	_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: slug, Title: slug, Numbering: document.SchemeArticle, Markdown: []byte(text)})
	if err != nil {
		tb.Fatal(err)
	}
	rule, err := ballot.ParseRule("majority", "cast", "none", 0)
	if err != nil {
		tb.Fatal(err)
	}
	if err := db.SetCosponsorsNeeded(ctx, 0, slug, 0); err != nil {
		tb.Fatal(err)
	}
	if err := db.SetVoteRule(ctx, member.User{}, slug, rule, "Article IX"); err != nil {
		tb.Fatal(err)
	}
	a, err := db.ProposeAmendment(ctx, voters[0], store.NewAmendment{DocumentSlug: slug, BaseVersionID: v1.ID, Title: "The change", Proposed: []byte(after), Submit: true})
	if err != nil {
		tb.Fatal(err)
	}
	tellers := NewTellers(tb, db, slug+" teller", 2)
	b, err := db.NoticeBallot(ctx, officer, store.NewBallot{DocumentSlug: slug, Title: "The change", MinBallots: ballot.MinMinBallots,
		OpensAt: now.Add(-time.Hour), ClosesAt: now.Add(time.Hour), Tellers: TellerIDs(tellers), SharesNeeded: 2,
		Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: a.ID}}})
	if err != nil {
		tb.Fatal(err)
	}
	res := Poll{Ballot: b, Officer: officer, Voters: voters, Tellers: tellers}.Decide(tb, db, "")
	head, err := db.HeadVersion(ctx, v1.DocumentID)
	if err != nil {
		tb.Fatal(err)
	}
	if head.BallotID != b.ID {
		tb.Fatalf("ballot %d did not adopt the amendment: the head is %+v", b.ID, head)
	}
	return Adoption{Ballot: res.Ballot, Amendment: a, Adopted: head, Officer: officer}
}
