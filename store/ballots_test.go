package store_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// ballotFixture is a document with one seconded amendment, an officer, and
// n members in good standing, on a clock the test moves.
type ballotFixture struct {
	db        *store.DB
	officer   member.User
	members   []member.User
	amendment amendment.Amendment
	v1        document.Version
	clock     *time.Time
	tellers   []storetest.Teller
}

func newBallotFixture(t *testing.T, db *store.DB, n int) *ballotFixture {
	t.Helper()
	ctx := context.Background()
	clock := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	db.UseClock(func() time.Time { return clock })
	f := &ballotFixture{db: db, clock: &clock}
	user := func(email string, roles ...member.Role) member.User {
		u, err := db.CreateUser(ctx, 0, store.NewUser{Email: email, Name: strings.Split(email, "@")[0], Roles: roles, Password: "a long enough password", GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	f.officer = user("officer@example.org", member.RoleOfficer)
	f.tellers = storetest.NewTellers(t, db, "Teller", 3)
	for i := range n {
		f.members = append(f.members, user(fmt.Sprintf("member%d@example.org", i), member.RoleMember))
	}
	_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(mergeBase)})
	if err != nil {
		t.Fatal(err)
	}
	f.v1 = v1
	if err := db.SetCosponsorsNeeded(ctx, 0, "c", 0); err != nil {
		t.Fatal(err)
	}
	rule, err := ballot.ParseRule("2/3", "cast", "50%", 30)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetVoteRule(ctx, member.User{}, "c", rule, "Article IX, Section 3"); err != nil {
		t.Fatal(err)
	}
	f.amendment, err = db.ProposeAmendment(ctx, f.members[0], store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "sixty days",
		Proposed: []byte(strings.Replace(mergeBase, "thirty days", "sixty days", 1)), Submit: true})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// notice gives notice of a ballot on the amendment, opening after 30 days
// and closing a day later.
func (f *ballotFixture) notice(t *testing.T) ballot.Ballot {
	t.Helper()
	b, err := f.db.NoticeBallot(context.Background(), f.officer, f.newBallot())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// newBallot is the notice of a ballot on the amendment, opening after 30
// days and closing a day later, counted by two of three tellers.
func (f *ballotFixture) newBallot() store.NewBallot {
	return store.NewBallot{DocumentSlug: "c", Title: "Notice period", MinBallots: 3,
		OpensAt: f.clock.AddDate(0, 0, 30), ClosesAt: f.clock.AddDate(0, 0, 31),
		Questions: []store.NewQuestion{{Kind: ballot.KindAmendment, AmendmentID: f.amendment.ID}},
		Tellers:   storetest.TellerIDs(f.tellers), SharesNeeded: 2}
}

// closeAndCount closes the ballot at its announced time and has the
// tellers count it.
func (f *ballotFixture) closeAndCount(t *testing.T, b ballot.Ballot) {
	t.Helper()
	*f.clock = b.ClosesAt
	if err := f.db.CloseBallot(context.Background(), f.officer, b.ID); err != nil {
		t.Fatal(err)
	}
	storetest.Count(t, f.db, b.ID, f.tellers)
}

func (f *ballotFixture) open(t *testing.T, b ballot.Ballot) {
	t.Helper()
	*f.clock = b.OpensAt
	if err := f.db.OpenBallot(context.Background(), f.officer, b.ID); err != nil {
		t.Fatal(err)
	}
}

func hashes(b ballot.Ballot) []string {
	var out []string
	for _, q := range b.Questions {
		out = append(out, q.SHA256)
	}
	return out
}

func TestBallotLifecycle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 5)
		short := f.newBallot()
		short.OpensAt = f.clock.AddDate(0, 0, 29)
		if _, err := db.NoticeBallot(ctx, f.officer, short); charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(err.Error(), "30 days") {
			t.Errorf("notice shorter than the rule: %v", err)
		}
		if _, err := db.NoticeBallot(ctx, f.members[1], short); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("a member giving notice: %v", err)
		}
		b := f.notice(t)
		if b.RollSize != 5 || b.Status != ballot.StatusNoticed || len(b.Questions) != 1 || len(b.Questions[0].SHA256) != 64 || b.OnlineClause != "Article IX, Section 3" ||
			len(b.Questions[0].Departures()) != 0 {
			t.Fatalf("noticed: %+v", b)
		}
		if q := b.Questions[0]; q.Rule.Threshold != ballot.TwoThirds || !strings.Contains(q.Snapshot, "{~~thirty~>sixty~~}") || !strings.Contains(q.Snapshot, `"sponsors":["member0"]`) {
			t.Errorf("question: %+v", q)
		}
		if a, _ := db.Amendment(ctx, f.amendment.ID); a.Status != amendment.StatusNoticed {
			t.Errorf("amendment after notice: %s", a.Status)
		}
		yes := []ballot.Choice{ballot.Yes}
		if _, err := db.CastBallot(ctx, f.members[0], b.ID, yes, hashes(b)); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("voting before the ballot opens: %v", err)
		}
		if err := db.OpenBallot(ctx, f.officer, b.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("opening before the notice has run: %v", err)
		}
		f.open(t, b)

		// A member who joins after notice is not on the frozen roll.
		late, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "late@example.org", Name: "Late", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: true})
		if _, err := db.CastBallot(ctx, late, b.ID, yes, hashes(b)); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("voting off the roll: %v", err)
		}
		if _, err := db.CastBallot(ctx, f.members[0], b.ID, yes, []string{strings.Repeat("0", 64)}); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("voting on a snapshot that is not the notice's: %v", err)
		}
		if _, err := db.CastBallot(ctx, f.members[0], b.ID, []ballot.Choice{"maybe"}, hashes(b)); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("an unknown choice: %v", err)
		}
		if _, err := db.CastBallot(ctx, f.members[0], b.ID, nil, nil); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("no answer: %v", err)
		}
		receipts := map[string]ballot.Choice{}
		for i, ch := range []ballot.Choice{ballot.Yes, ballot.Yes, ballot.Yes, ballot.No} {
			r, err := db.CastBallot(ctx, f.members[i], b.ID, []ballot.Choice{ch}, hashes(b))
			if err != nil {
				t.Fatal(err)
			}
			receipts[r.Tracker] = ch
		}
		if _, err := db.CastBallot(ctx, f.members[0], b.ID, yes, hashes(b)); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("voting twice: %v", err)
		}
		if err := db.ChangeRoll(ctx, f.officer, b.ID, f.members[0].ID, false, "left the union"); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("taking a voter off the roll: %v", err)
		}
		// Only members in good standing are on a roll.
		observer, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "observer@example.org", Name: "Observer", Roles: []member.Role{member.RoleObserver}, Password: "a long enough password", GoodStanding: true})
		lapsed, _ := db.CreateUser(ctx, 0, store.NewUser{Email: "lapsed@example.org", Name: "Lapsed", Roles: []member.Role{member.RoleMember}, Password: "a long enough password", GoodStanding: false})
		for _, who := range []member.User{f.officer, observer, lapsed} {
			if err := db.ChangeRoll(ctx, f.officer, b.ID, who.ID, true, "asked to vote"); charter.ErrorCode(err) != charter.ECONFLICT || !strings.Contains(err.Error(), "good standing") {
				t.Errorf("adding %s to the roll: %v", who.Name, err)
			}
			if _, err := db.CastBallot(ctx, who, b.ID, yes, hashes(b)); charter.ErrorCode(err) != charter.EFORBIDDEN {
				t.Errorf("%s voting: %v", who.Name, err)
			}
		}
		if err := db.ChangeRoll(ctx, f.officer, b.ID, late.ID, true, "dues paid before notice; the roster was late"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.CastBallot(ctx, late, b.ID, []ballot.Choice{ballot.Abstain}, hashes(b)); err != nil {
			t.Errorf("voting once added to the roll: %v", err)
		}
		if changes, _ := db.RollChanges(ctx, b.ID); len(changes) != 1 || changes[0].Name != "Late" || changes[0].Change != "added" {
			t.Errorf("roll changes: %+v", changes)
		}
		if _, err := db.BallotResults(ctx, b.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("results while open: %v", err)
		}
		if err := db.CloseBallot(ctx, f.officer, b.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("closing before the announced time: %v", err)
		}
		*f.clock = b.ClosesAt
		if _, err := db.CastBallot(ctx, f.members[4], b.ID, yes, hashes(b)); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("voting after the close: %v", err)
		}
		if err := db.CloseBallot(ctx, f.officer, b.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.BallotResults(ctx, b.ID); charter.ErrorCode(err) != charter.ECONFLICT || !strings.Contains(err.Error(), "sealed") {
			t.Errorf("results before the tellers count: %v", err)
		}
		if _, err := db.CertifyBallot(ctx, f.officer, b.ID, ""); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("certifying before the count: %v", err)
		}
		storetest.Count(t, db, b.ID, f.tellers)
		res, err := db.BallotResults(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		r := res.Results[0]
		if r.Yes != 3 || r.No != 1 || r.Abstain != 1 || r.Roll != 6 || !r.Adopted || !r.QuorumMet {
			t.Errorf("result: %+v", r)
		}
		if got := r.Arithmetic[0].String(); got != "3 yes of 4 votes cast = 75.0 %, at least two-thirds required: adopted" {
			t.Errorf("arithmetic: %q", got)
		}
		if len(res.Papers) != 5 {
			t.Fatalf("%d papers published", len(res.Papers))
		}
		for _, p := range res.Papers {
			if want, ok := receipts[p.Tracker]; ok && p.Choices[0] != want {
				t.Errorf("tracker %s shows %s, the voter chose %s", p.Tracker, p.Choices[0], want)
			}
			delete(receipts, p.Tracker)
		}
		if len(receipts) != 0 {
			t.Errorf("trackers missing from the published list: %v", receipts)
		}

		res, err = db.CertifyBallot(ctx, f.officer, b.ID, "2027-01-01")
		if err != nil {
			t.Fatal(err)
		}
		if res.Ballot.Status != ballot.StatusCertified {
			t.Errorf("certified: %s", res.Ballot.Status)
		}
		if a, _ := db.Amendment(ctx, f.amendment.ID); a.Status != amendment.StatusAdopted {
			t.Errorf("amendment after the vote: %s", a.Status)
		}
		head, _ := db.HeadVersion(ctx, f.v1.DocumentID)
		if head.Kind != document.KindAdopted || head.Origin != document.OriginBallot || head.BallotID != b.ID || !strings.Contains(head.Markdown, "Notice is sixty days.") {
			t.Errorf("adopted text: %+v", head)
		}
		steps, err := db.ProvenanceChain(ctx, f.v1.DocumentID, head.ID)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, src := range amendment.Provenance(steps) {
			if src.BallotID == b.ID && src.AmendmentID == f.amendment.ID {
				found = true
			}
		}
		if !found {
			t.Error("no clause names the ballot and amendment that gave it its wording")
		}
		if _, err := db.CertifyBallot(ctx, f.officer, b.ID, ""); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("certifying twice: %v", err)
		}
		if _, err := db.VerifyAudit(ctx); err != nil {
			t.Error(err)
		}
	})
}

// TestUnderTheMinimumThePapersStaySealed: a ballot with fewer returned
// papers than its minimum is never counted, so no copy of the database
// ever holds its choices in the clear, and no result is shown.
func TestUnderTheMinimumThePapersStaySealed(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 4)
		b := f.notice(t)
		f.open(t, b)
		for _, m := range f.members[:2] {
			if _, err := db.CastBallot(ctx, m, b.ID, []ballot.Choice{ballot.Yes}, hashes(b)); err != nil {
				t.Fatal(err)
			}
		}
		*f.clock = b.ClosesAt
		if err := db.CloseBallot(ctx, f.officer, b.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.GiveShare(ctx, f.tellers[0].User, b.ID, f.tellers[0].Key); charter.ErrorCode(err) != charter.ECONFLICT || !strings.Contains(err.Error(), "stay sealed") {
			t.Errorf("a teller counting two ballots: %v", err)
		}
		if _, err := db.BallotResults(ctx, b.ID); charter.ErrorCode(err) != charter.ECONFLICT || !strings.Contains(err.Error(), "Only 2 ballots") {
			t.Errorf("results of two ballots: %v", err)
		}
		dump, err := db.DumpForTest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(dump["ballot_papers"]) != 0 || len(dump["sealed_papers"]) != 2 || len(dump["ballot_count_shares"]) != 0 {
			t.Errorf("%d papers in the clear, %d sealed, %d shares given", len(dump["ballot_papers"]), len(dump["sealed_papers"]), len(dump["ballot_count_shares"]))
		}
	})
}

// TestConcurrentVotes: the same member voting 50 times at once gets one
// ballot; 20 members voting at once all get theirs, each on its own paper.
func TestConcurrentVotes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 20)
		b := f.notice(t)
		f.open(t, b)
		var wg sync.WaitGroup
		errs := make(chan error, 70)
		for range 50 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := db.CastBallot(ctx, f.members[0], b.ID, []ballot.Choice{ballot.Yes}, hashes(b))
				errs <- err
			}()
		}
		for _, m := range f.members[1:] {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := db.CastBallot(ctx, m, b.ID, []ballot.Choice{ballot.No}, hashes(b))
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		ok, twice := 0, 0
		for err := range errs {
			switch {
			case err == nil:
				ok++
			case charter.ErrorCode(err) == charter.ECONFLICT && strings.Contains(err.Error(), "already voted"):
				twice++
			default:
				t.Errorf("vote: %v", err)
			}
		}
		if ok != 20 || twice != 49 {
			t.Errorf("%d ballots accepted, %d refused as second votes; want 20 and 49", ok, twice)
		}
		f.closeAndCount(t, b)
		res, err := db.BallotResults(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if r := res.Results[0]; r.Yes != 1 || r.No != 19 || len(res.Papers) != 20 || res.Ballot.Turnout != 20 {
			t.Errorf("count: %+v, %d papers, turnout %d", r.Count, len(res.Papers), res.Ballot.Turnout)
		}
	})
}

// TestWholeRollVotesAtOnce has every voter on the roll vote from 32 clients
// at once: every vote is sealed and counted.
const pollSize = 1000

func TestWholeRollVotesAtOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, pollSize)
		hashes := hashes(poll.Ballot)
		voters := make(chan member.User)
		var wg sync.WaitGroup
		for range 32 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for v := range voters {
					if _, err := db.CastBallot(ctx, v, poll.Ballot.ID, []ballot.Choice{ballot.Yes}, hashes); err != nil {
						t.Errorf("%s: %v", v.Email, err)
					}
				}
			}()
		}
		for _, v := range poll.Voters {
			voters <- v
		}
		close(voters)
		wg.Wait()
		poll.CloseAndCount(t, db)
		res, err := db.BallotResults(ctx, poll.Ballot.ID)
		if err != nil {
			t.Fatal(err)
		}
		if res.Results[0].Yes != pollSize || len(res.Papers) != pollSize {
			t.Errorf("%d yes on %d papers; want %d", res.Results[0].Yes, len(res.Papers), pollSize)
		}
	})
}

// TestBallotRecordsKept deletes a ballot's records behind the store's back:
// the database refuses the sealed papers until the count, and the ballot's
// records until their retention date has passed.
func TestBallotRecordsKept(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 5)
		id := poll.Ballot.ID
		for _, v := range poll.Voters[:3] {
			if _, err := db.CastBallot(ctx, v, id, []ballot.Choice{ballot.Yes}, hashes(poll.Ballot)); err != nil {
				t.Fatal(err)
			}
		}
		// Taking a member who has not voted off the roll removes their
		// line: it is not a record of the vote.
		if err := db.ChangeRoll(ctx, poll.Officer, id, poll.Voters[4].ID, false, "left the bargaining unit"); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteFromForTest(ctx, "sealed_papers", id); err == nil || !strings.Contains(err.Error(), "kept until their ballot is counted") {
			t.Errorf("deleting sealed papers before the count: %v", err)
		}
		if db.Dialect == store.Postgres {
			if err := db.TruncateForTest(ctx, "sealed_papers"); err == nil || !strings.Contains(err.Error(), "kept until") {
				t.Errorf("truncating sealed papers: %v", err)
			}
		}
		poll.CloseAndCount(t, db)
		for _, table := range store.BallotTables {
			if err := db.DeleteFromForTest(ctx, table, id); err == nil || !strings.Contains(err.Error(), "kept until") {
				t.Errorf("deleting from %s: %v", table, err)
			}
			if db.Dialect == store.Postgres {
				if err := db.TruncateForTest(ctx, table); err == nil || !strings.Contains(err.Error(), "kept until") {
					t.Errorf("truncating %s: %v", table, err)
				}
			}
		}
		if res, err := db.BallotResults(ctx, id); err != nil || len(res.Papers) != 3 || res.Ballot.RollSize != 4 {
			t.Fatalf("after the count: %+v %v", res, err)
		}
		if err := db.ExpireRetentionForTest(ctx, id); err != nil {
			t.Fatal(err)
		}
		for _, table := range store.BallotTables {
			if err := db.DeleteFromForTest(ctx, table, id); err != nil {
				t.Errorf("deleting from %s after retention: %v", table, err)
			}
		}
	})
}

// TestDepartureFromTheDocumentsRuleIsGivenAReason: an officer may depart
// from the amendment article's rule only with a reason, which the ballot
// keeps beside the departure and the audit log records; a quorum larger
// than the roll is refused.
func TestDepartureFromTheDocumentsRuleIsGivenAReason(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 4)
		rush, err := ballot.ParseRule("2/3", "cast", "none", 0)
		if err != nil {
			t.Fatal(err)
		}
		in := f.newBallot()
		in.OpensAt = f.clock.Add(time.Hour)
		in.Questions[0].Rule = &rush
		_, err = db.NoticeBallot(ctx, f.officer, in)
		if charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(err.Error(), "a quorum of none instead of 50.0 % of the roll; 0 days' notice instead of 30") {
			t.Fatalf("a departure without a reason: %v", err)
		}
		big, _ := ballot.ParseRule("2/3", "cast", "5", 30)
		impossible := f.newBallot()
		impossible.Questions[0].Rule, impossible.Questions[0].DepartureReason = &big, "a round number"
		if _, err := db.NoticeBallot(ctx, f.officer, impossible); charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(err.Error(), "more than the 4 on the roll") {
			t.Errorf("a quorum of 5 on a roll of 4: %v", err)
		}
		in.Questions[0].DepartureReason = "The employer announced the closure of the site; the members must decide before it."
		b, err := db.NoticeBallot(ctx, f.officer, in)
		if err != nil {
			t.Fatal(err)
		}
		q := b.Questions[0]
		if q.DepartureReason != in.Questions[0].DepartureReason || len(q.Departures()) != 2 || q.DocumentRule == nil || q.DocumentRule.NoticeDays != 30 {
			t.Errorf("the question as noticed: %+v, departures %v", q, q.Departures())
		}
		events, _ := db.AuditEvents(ctx, 0)
		found := false
		for _, e := range events {
			found = found || e.Action == "ballot.departure" && strings.Contains(e.Detail, "0 days' notice instead of 30") && strings.Contains(e.Detail, "closure of the site")
		}
		if !found {
			t.Error("no audit event records the departure and its reason")
		}
	})
}

// TestBallotTextIsCleanedBeforeStorage: a NUL or invalid UTF-8 in a
// ballot's title, question, departure reason, roll reason or the
// document's online clause is refused with a clear message on both
// databases (PostgreSQL answered 500), and notice of another member's
// private draft finds no amendment.
func TestBallotTextIsCleanedBeforeStorage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 3)
		rush, _ := ballot.ParseRule("2/3", "cast", "none", 30)
		for name, mangle := range map[string]func(in *store.NewBallot){
			"title":    func(in *store.NewBallot) { in.Title = "Vote\x00" },
			"question": func(in *store.NewBallot) { in.Questions[0].Question = "Adopt \xff it?" },
			"departure reason": func(in *store.NewBallot) {
				in.Questions[0].Rule, in.Questions[0].DepartureReason = &rush, "because\x00"
			},
		} {
			in := f.newBallot()
			mangle(&in)
			if _, err := db.NoticeBallot(ctx, f.officer, in); charter.ErrorCode(err) != charter.EINVALID {
				t.Errorf("a %s holding a control byte: %v", name, err)
			}
		}
		if err := db.SetVoteRule(ctx, member.User{}, "c", ballot.Rule{Threshold: ballot.TwoThirds, Base: ballot.BaseCast}, "Article IX\x00"); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("an online clause holding NUL: %v", err)
		}
		draft, err := db.ProposeAmendment(ctx, f.members[1], store.NewAmendment{DocumentSlug: "c", BaseVersionID: f.v1.ID, Title: "secret draft",
			Proposed: []byte(strings.Replace(mergeBase, "thirty days", "ten days", 1))})
		if err != nil {
			t.Fatal(err)
		}
		in := f.newBallot()
		in.Questions[0].AmendmentID = draft.ID
		if _, err := db.NoticeBallot(ctx, f.officer, in); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("notice of a member's private draft: %v", err)
		}
		b := f.notice(t)
		if err := db.ChangeRoll(ctx, f.officer, b.ID, f.members[0].ID, false, "moved\x00away"); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("a roll reason holding NUL: %v", err)
		}
	})
}
