package store_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// BenchmarkMeetingCheckIn checks in one member per operation, each in its
// own durable transaction holding the meeting's row, as the doors and the
// phones do when a hall fills: one by one, and from 32 at once. With
// check-ins, it hands each member a paper ballot during a secret vote,
// which marks the vote's roll under the same lock.
func BenchmarkMeetingCheckIn(b *testing.B) {
	dbs := map[string]func(testing.TB) *store.DB{"sqlite": storetest.SQLite}
	if os.Getenv(storetest.PostgresEnv) != "" {
		dbs["postgres"] = storetest.Postgres
	}
	for name, open := range dbs {
		for _, step := range []string{"check-in", "paper"} {
			for _, clients := range []int{1, 32} {
				b.Run(fmt.Sprintf("%s/%s/clients=%d", name, step, clients), func(b *testing.B) {
					db := open(b)
					m, members, teller := benchMeeting(b, db, b.N+1)
					ctx := context.Background()
					do := func(u member.User) error { return db.CheckIn(ctx, u, m.ID, u.ID) }
					if step == "paper" {
						for _, u := range members {
							if err := do(u); err != nil {
								b.Fatal(err)
							}
						}
						chair := members[0]
						if err := db.CallToOrder(ctx, chair, m.ID); err != nil {
							b.Fatal(err)
						}
						if err := db.TakeUp(ctx, chair, m.ID, m.Items[0].ID); err != nil {
							b.Fatal(err)
						}
						if err := db.OpenVote(ctx, chair, m.ID, m.Items[0].ID, meeting.MethodSecret); err != nil {
							b.Fatal(err)
						}
						do = func(u member.User) error { return db.IssuePaper(ctx, teller, m.ID, u.ID) }
					}
					var next atomic.Int64
					one := func() {
						if err := do(members[next.Add(1)]); err != nil {
							b.Error(err)
						}
					}
					b.ResetTimer()
					if clients == 1 {
						for range b.N {
							one()
						}
						return
					}
					b.SetParallelism((clients + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
					b.RunParallel(func(pb *testing.PB) {
						for pb.Next() {
							one()
						}
					})
				})
			}
		}
	}
}

// benchMeeting notices a hybrid meeting on a question, chaired by the
// first of n members, for now: check-in is open.
func benchMeeting(b *testing.B, db *store.DB, n int) (meeting.Meeting, []member.User, member.User) {
	b.Helper()
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Microsecond)
	db.UseClock(func() time.Time { return now.Add(-time.Hour) })
	officer, err := db.CreateUser(ctx, 0, store.NewUser{Email: "officer@meeting.invalid", Name: "Officer", Roles: []member.Role{member.RoleOfficer}, GoodStanding: true})
	if err != nil {
		b.Fatal(err)
	}
	members := storetest.Roster(b, db, officer.ID, "Member", n)
	tellers := storetest.NewTellers(b, db, "Meeting teller", 2)
	m, err := db.ScheduleMeeting(ctx, officer, store.NewMeeting{Title: "Hall", Mode: meeting.ModeHybrid, Place: "Hall", StartsAt: now,
		ChairID: members[0].ID, Tellers: storetest.TellerIDs(tellers), SharesNeeded: 2, MinBallots: 3,
		Items: []store.NewItem{{Kind: meeting.KindQuestion, Question: "Strike?"}}})
	if err != nil {
		b.Fatal(err)
	}
	db.UseClock(func() time.Time { return now })
	return m, members, tellers[0].User
}
