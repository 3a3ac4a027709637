package store_test

import (
	"context"
	"sync"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// signatures reads how many signature rows a petition holds, withdrawn
// ones included: a refused action must have stored nothing.
func signatureRows(t *testing.T, db *store.DB, id int64) int {
	t.Helper()
	v, err := db.Petition(context.Background(), &member.User{ID: 999, Roles: []member.Role{member.RoleObserver}}, id)
	if err != nil {
		t.Fatal(err)
	}
	return len(v.Signers)
}

// TestPetitionLifecycle: members start and sign a petition counted against
// the members in good standing at each moment; the threshold starts the
// officers' clock, tells them and is recorded; the officer gives notice
// from it in one step, and it closes.
func TestPetitionLifecycle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 10)
		rule, err := petition.ParseRule("30%", 14)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetPetitionRule(ctx, f.members[0], "c", rule); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member setting the rule: %v", err)
		}
		if err := db.SetPetitionRule(ctx, member.User{}, "c", rule); err != nil {
			t.Fatal(err)
		}
		if got, err := db.PetitionRule(ctx, "c"); err != nil || got != rule {
			t.Fatalf("rule %v, %v", got, err)
		}
		m := f.members
		if _, err := db.StartPetition(ctx, f.officer, store.NewPetition{DocumentSlug: "c", Kind: petition.KindReferendum, Question: "Elections?"}); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("an officer who is no member starting one: %v", err)
		}
		if _, err := db.StartPetition(ctx, m[0], store.NewPetition{DocumentSlug: "c", Kind: petition.KindReferendum, Question: " "}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("no question: %v", err)
		}
		p, err := db.StartPetition(ctx, m[0], store.NewPetition{DocumentSlug: "c", Kind: petition.KindReferendum, Question: "Shall we hold officer elections?"})
		if err != nil {
			t.Fatal(err)
		}
		if p.Signatures != 1 || p.Roll != 10 || p.Needed() != 3 || p.Status != petition.StatusOpen {
			t.Fatalf("started: %+v", p)
		}
		if _, err := db.SignPetition(ctx, m[0], p.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("the starter signing again: %v", err)
		}
		// A lapsed member's signature stops counting, and the roll shrinks.
		if _, err := db.SignPetition(ctx, m[1], p.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.SetStanding(ctx, 0, m[1].ID, false, "dues"); err != nil {
			t.Fatal(err)
		}
		lapsed := m[1]
		lapsed.GoodStanding = false
		if _, err := db.SignPetition(ctx, lapsed, p.ID); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("signing not in good standing: %v", err)
		}
		if _, err := db.WithdrawSignature(ctx, m[2], p.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("withdrawing an absent signature: %v", err)
		}
		if _, err := db.SignPetition(ctx, m[2], p.ID); err != nil {
			t.Fatal(err)
		}
		if p, err = db.WithdrawSignature(ctx, m[2], p.ID); err != nil || p.Signatures != 1 || p.Roll != 9 {
			t.Fatalf("withdrawn: %+v %v", p, err)
		}
		if p, err = db.SignPetition(ctx, m[2], p.ID); err != nil || p.Signatures != 2 || p.Status != petition.StatusOpen {
			t.Fatalf("signed again: %+v %v", p, err)
		}
		if p, err = db.SignPetition(ctx, m[3], p.ID); err != nil || p.Status != petition.StatusReached || p.Deadline == nil || !p.Deadline.Equal(f.clock.AddDate(0, 0, 14)) {
			t.Fatalf("reached: %+v %v", p, err)
		}
		before := signatureRows(t, db, p.ID)
		if _, err := db.WithdrawSignature(ctx, m[3], p.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("withdrawing after the threshold: %v", err)
		}
		if got := signatureRows(t, db, p.ID); got != before {
			t.Errorf("a refused withdrawal changed the signers: %d, want %d", got, before)
		}
		rows, err := db.QueuedForTest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var told []int64
		for _, r := range rows {
			if r.Kind == message.KindPetitionReached {
				told = append(told, r.UserID)
			}
		}
		if len(told) != 1 || told[0] != f.officer.ID {
			t.Errorf("petition mail to %v, want the officer %d", told, f.officer.ID)
		}
		events, err := db.AuditEvents(ctx, 20)
		if err != nil {
			t.Fatal(err)
		}
		var reached bool
		for _, e := range events {
			if e.Action == "petition.reached" {
				reached = e.ActorID == 0
			}
		}
		if !reached {
			t.Error("no petition.reached event recorded by the system")
		}
		home, err := db.Home(ctx, m[4], 10)
		if err != nil || len(home.Petitions) != 1 || home.Petitions[0].Missed(db.Now()) {
			t.Fatalf("home: %+v %v", home.Petitions, err)
		}
		*f.clock = f.clock.AddDate(0, 0, 15)
		if home, _ = db.Home(ctx, m[4], 10); !home.Petitions[0].Missed(db.Now()) {
			t.Error("a passed deadline not missed")
		}
		// Members, the admin: no names. Officers and observers: the names.
		for _, u := range []*member.User{nil, &m[4], {ID: 500, Roles: []member.Role{member.RoleAdmin}}} {
			if v, err := db.Petition(ctx, u, p.ID); err != nil || v.Signers != nil {
				t.Errorf("%v reads signers %v, %v", u, v.Signers, err)
			}
		}
		if v, err := db.Petition(ctx, &f.officer, p.ID); err != nil || len(v.Signers) != 3 || v.Signers[0] != m[0].Name {
			t.Errorf("the officer reads %v, %v", v.Signers, err)
		}
		if err := db.NoticeMeeting(ctx, f.officer, p.ID, "Hall B, 6 pm"); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a meeting's notice for a referendum: %v", err)
		}
		in := f.newBallot()
		in.Questions, in.DocumentSlug, in.PetitionID = nil, "", p.ID
		in.OpensAt, in.ClosesAt = f.clock.AddDate(0, 0, 30), f.clock.AddDate(0, 0, 31)
		if _, err := db.NoticeBallot(ctx, m[4], in); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member giving notice: %v", err)
		}
		b, err := db.NoticeBallot(ctx, f.officer, in)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Questions) != 1 || b.Questions[0].Kind != ballot.KindReferendum || b.Questions[0].Question != "Shall we hold officer elections?" {
			t.Errorf("noticed %+v", b.Questions)
		}
		v, err := db.Petition(ctx, nil, p.ID)
		if err != nil || v.Petition.Status != petition.StatusNoticed || v.Petition.BallotID != b.ID || v.Petition.Missed(db.Now()) {
			t.Fatalf("after notice: %+v %v", v.Petition, err)
		}
		if _, err := db.NoticeBallot(ctx, f.officer, in); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("a second notice: %v", err)
		}
		before = signatureRows(t, db, p.ID)
		if _, err := db.SignPetition(ctx, m[5], p.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("signing a closed petition: %v", err)
		}
		if got := signatureRows(t, db, p.ID); got != before {
			t.Errorf("a refused signature was stored: %d, want %d", got, before)
		}
		if _, err := db.SignPetition(ctx, m[5], 12345); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("no such petition: %v", err)
		}
	})
}

// TestPetitionAmendmentAndMeeting: an amendment petitioned for is put to
// ballot from the petition, and a meeting is noticed with its time and
// place.
func TestPetitionAmendmentAndMeeting(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 4)
		rule, _ := petition.ParseRule("2", 7)
		if err := db.SetPetitionRule(ctx, member.User{}, "c", rule); err != nil {
			t.Fatal(err)
		}
		a, err := db.StartPetition(ctx, f.members[1], store.NewPetition{DocumentSlug: "c", Kind: petition.KindAmendment, AmendmentID: f.amendment.ID})
		if err != nil || a.Question != f.amendment.Title {
			t.Fatalf("amendment petition %+v %v", a, err)
		}
		if _, err := db.StartPetition(ctx, f.members[1], store.NewPetition{DocumentSlug: "c", Kind: petition.KindAmendment, AmendmentID: 999}); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("no such amendment: %v", err)
		}
		if _, err := db.SignPetition(ctx, f.members[2], a.ID); err != nil {
			t.Fatal(err)
		}
		in := f.newBallot()
		in.Questions, in.PetitionID = nil, a.ID
		b, err := db.NoticeBallot(ctx, f.officer, in)
		if err != nil {
			t.Fatal(err)
		}
		if b.Questions[0].AmendmentID != f.amendment.ID {
			t.Errorf("noticed %+v", b.Questions)
		}
		am, err := db.Amendment(ctx, f.amendment.ID)
		if err != nil || am.Status != amendment.StatusNoticed {
			t.Errorf("amendment %v %v", am.Status, err)
		}
		m, err := db.StartPetition(ctx, f.members[0], store.NewPetition{DocumentSlug: "c", Kind: petition.KindMeeting, Question: "Discuss the contract offer"})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.NoticeMeeting(ctx, f.officer, m.ID, "Hall B"); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("notice before the threshold: %v", err)
		}
		if _, err := db.SignPetition(ctx, f.members[3], m.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.NoticeMeeting(ctx, f.members[3], m.ID, "Hall B"); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member giving notice: %v", err)
		}
		if err := db.NoticeMeeting(ctx, f.officer, m.ID, "Hall B, 12 May, 6 pm"); err != nil {
			t.Fatal(err)
		}
		v, err := db.Petition(ctx, nil, m.ID)
		if err != nil || v.Petition.Status != petition.StatusNoticed || v.Petition.MeetingNote != "Hall B, 12 May, 6 pm" {
			t.Errorf("meeting noticed: %+v %v", v.Petition, err)
		}
	})
}

// TestPetitionConcurrentSignatures: 50 signatures of one member at once
// store one; the others are refused as conflicts, never as errors of ours.
func TestPetitionConcurrentSignatures(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 30)
		p, err := db.StartPetition(ctx, f.members[0], store.NewPetition{DocumentSlug: "c", Kind: petition.KindReferendum, Question: "Strike?"})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 50)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = db.SignPetition(ctx, f.members[1], p.ID)
			}()
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			switch {
			case err == nil:
				ok++
			case charter.ErrorCode(err) != charter.ECONFLICT:
				t.Errorf("concurrent signature: %v", err)
			}
		}
		if ok != 1 {
			t.Errorf("%d signatures accepted, want 1", ok)
		}
		v, err := db.Petition(ctx, nil, p.ID)
		if err != nil || v.Petition.Signatures != 2 {
			t.Errorf("count %d, %v", v.Petition.Signatures, err)
		}
		if got := signatureRows(t, db, p.ID); got != 2 {
			t.Errorf("%d signers, want 2", got)
		}
	})
}
