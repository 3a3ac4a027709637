package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// queued reads the outbox rows after the first skip, as "kind:name" (with
// "+digest" for a digest row), in the order queued, for a comparison.
func queued(t *testing.T, db *store.DB, names map[int64]string, skip int) ([]string, []store.QueuedMail) {
	t.Helper()
	rows, err := db.QueuedForTest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	rows = rows[skip:]
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = string(r.Kind) + ":" + names[r.UserID]
		if r.Digest {
			out[i] += "+digest"
		}
	}
	return out, rows
}

// TestMembersMail: each event of members' and the committee's work queues
// its message, in its own transaction, to exactly its recipients: never
// the member who acted, never one who turned the kind off, as a digest row
// for one who chose the digest; a refused or failed event queues nothing.
func TestMembersMail(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		users := map[string]member.User{}
		names := map[int64]string{}
		for _, u := range []struct {
			name string
			role member.Role
		}{{"ana", member.RoleMember}, {"ben", member.RoleMember}, {"cat", member.RoleMember}, {"gil", member.RoleMember},
			{"dee", member.RoleCommittee}, {"eve", member.RoleCommittee}, {"fay", member.RoleCommittee}} {
			created, err := db.CreateUser(ctx, 0, store.NewUser{Email: u.name + "@example.org", Name: u.name, Roles: []member.Role{u.role}, GoodStanding: true})
			if err != nil {
				t.Fatal(err)
			}
			users[u.name], names[created.ID] = created, u.name
		}
		choose := func(name string, kind message.Kind, c message.Choice) {
			if err := db.SetMailChoices(ctx, users[name].ID, map[message.Kind]message.Choice{kind: c}); err != nil {
				t.Fatal(err)
			}
		}
		choose("ben", message.KindSponsor, message.ChoiceNone)
		choose("eve", message.KindCommittee, message.ChoiceDigest)
		choose("fay", message.KindCommittee, message.ChoiceNone)
		_, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "Constitution", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetCosponsorsNeeded(ctx, 0, "c", 3); err != nil {
			t.Fatal(err)
		}
		seen := 0
		expect := func(step string, want ...string) []store.QueuedMail {
			t.Helper()
			got, rows := queued(t, db, names, seen)
			seen += len(rows)
			if !slices.Equal(got, want) {
				t.Errorf("%s queued %q, want %q", step, got, want)
			}
			return rows
		}

		propose := func(who, from, to string, submit bool) amendment.Amendment {
			t.Helper()
			a, err := db.ProposeAmendment(ctx, users[who], store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: "Dues " + to,
				Proposed: []byte(strings.Replace(draft1, from, to, 1)), Submit: submit})
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		a := propose("ana", "two dollars", "three dollars", true)
		rows := expect("proposing", "committee:dee", "committee:eve+digest")
		var c message.Committee
		if err := json.Unmarshal([]byte(rows[0].Facts), &c); err != nil || c.Proposed == nil || c.Proposed.Sponsor != "ana" || c.Proposed.AmendmentID != a.ID {
			t.Errorf("proposed facts %s: %v", rows[0].Facts, err)
		}
		draft := propose("cat", "two dollars", "five dollars", false)
		expect("keeping a draft")
		if _, err := db.SetAmendmentStatus(ctx, users["cat"], draft.ID, amendment.StatusSubmitted, ""); err != nil {
			t.Fatal(err)
		}
		expect("submitting the draft", "committee:dee", "committee:eve+digest")
		declined := propose("gil", "the city", "the town", true)
		expect("proposing again", "committee:dee", "committee:eve+digest")

		for _, who := range []string{"ben", "gil"} {
			if _, err := db.Cosponsor(ctx, users[who], a.ID); err != nil {
				t.Fatal(err)
			}
		}
		expect("co-sponsors short of the rule")
		if _, err := db.Cosponsor(ctx, users["ben"], a.ID); err == nil {
			t.Fatal("co-sponsoring twice")
		}
		expect("a refused co-sponsor")
		if a, err = db.Cosponsor(ctx, users["cat"], a.ID); err != nil || a.Status != amendment.StatusSeconded {
			t.Fatalf("third co-sponsor: %+v %v", a, err)
		}
		// ben turned the sponsor's messages off; cat made the number.
		rows = expect("seconding", "amendment.sponsor:ana", "amendment.sponsor:gil")
		if !strings.Contains(rows[0].Facts, `"Event":"seconded"`) || !strings.Contains(rows[0].Facts, `"Cosponsors":3`) {
			t.Errorf("seconded facts: %s", rows[0].Facts)
		}

		if _, err := db.SetAmendmentStatus(ctx, users["dee"], declined.ID, amendment.StatusDeclined, ""); err == nil {
			t.Fatal("declined without a reason")
		}
		expect("a refused decline")
		if _, err := db.SetAmendmentStatus(ctx, users["dee"], declined.ID, amendment.StatusDeclined, "Out of <scope>."); err != nil {
			t.Fatal(err)
		}
		rows = expect("declining", "amendment.sponsor:gil")
		if !strings.Contains(rows[0].Facts, `Out of \u003cscope\u003e.`) {
			t.Errorf("declined facts: %s", rows[0].Facts)
		}

		nodes, _ := db.Outline(ctx, v1.ID)
		key := map[string]string{}
		for _, n := range nodes {
			key[n.Number] = n.Key
		}
		dues := key["Article II, Section 1(a)"]
		post := func(who, body string) comment.Comment {
			t.Helper()
			cm, err := db.PostComment(ctx, users[who], store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Stance: comment.Concern, Body: body})
			if err != nil {
				t.Fatal(err)
			}
			return cm
		}
		bens := post("ben", "<script>alert(1)</script> Too little.")
		expect("commenting")
		if err := db.SetDisposition(ctx, users["dee"], bens.ID, comment.Declined, "", comment.Incorporation{}); err == nil {
			t.Fatal("declined without a reason")
		}
		expect("a refused answer")
		if err := db.SetDisposition(ctx, users["dee"], bens.ID, comment.Declined, "Dues are set by the convention.", comment.Incorporation{}); err != nil {
			t.Fatal(err)
		}
		rows = expect("answering", "comment.answer:ben")
		var answer message.CommentAnswer
		if err := json.Unmarshal([]byte(rows[0].Facts), &answer); err != nil || answer.Reason != "Dues are set by the convention." ||
			answer.Place.Section != "Article II, Section 1(a)" || answer.Place.SectionKey != dues || answer.Body != bens.Body || answer.Disposition != "declined" {
			t.Errorf("answer facts %+v: %v", answer, err)
		}
		dees := post("ana", "A question.")
		if err := db.SetDisposition(ctx, users["ana"], dees.ID, comment.Answered, "x", comment.Incorporation{}); err == nil {
			t.Fatal("a member answered")
		}
		// The committee's member answering their own comment is not told.
		own, err := db.PostComment(ctx, member.User{ID: users["dee"].ID, Roles: []member.Role{member.RoleMember, member.RoleCommittee}, GoodStanding: true},
			store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Stance: comment.Question, Body: "Mine."})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetDisposition(ctx, users["dee"], own.ID, comment.Answered, "Answered.", comment.Incorporation{}); err != nil {
			t.Fatal(err)
		}
		expect("answering one's own comment")

		if err := db.ReportComment(ctx, users["cat"], bens.ID, "Rude."); err != nil {
			t.Fatal(err)
		}
		rows = expect("reporting", "committee:dee", "committee:eve+digest")
		if err := json.Unmarshal([]byte(rows[0].Facts), &c); err != nil || c.Reported == nil || c.Reported.Reason != "Rude." || strings.Contains(rows[0].Facts, "cat") {
			t.Errorf("reported facts %s: %v", rows[0].Facts, err)
		}
		if err := db.ReportComment(ctx, users["cat"], bens.ID, "Again."); err == nil {
			t.Fatal("reported twice")
		}
		if err := db.ReportThenFailForTest(ctx, bens.ID, users["cat"].ID); err == nil {
			t.Fatal("the failing transaction did not fail")
		}
		expect("a report refused, and one rolled back")

		res, err := db.Merge(ctx, users["dee"], "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID}})
		if err != nil || res.Version.ID == 0 {
			t.Fatalf("merge: %+v %v", res, err)
		}
		// The merge tells ana and her co-sponsors (but ben) and, as its
		// draft overlaps cat's amendment, cat, who must resolve it.
		rows = expect("merging", "amendment.sponsor:ana", "amendment.sponsor:cat", "amendment.sponsor:gil", "amendment.sponsor:cat")
		if !strings.Contains(rows[1].Facts, `"Event":"merged"`) || !strings.Contains(rows[3].Facts, `"Event":"conflict"`) ||
			!strings.Contains(rows[3].Facts, fmt.Sprintf(`"AmendmentID":%d`, draft.ID)) {
			t.Errorf("merge facts: %s / %s", rows[1].Facts, rows[3].Facts)
		}
		if _, err := db.Merge(ctx, users["dee"], "c", store.MergeRequest{ExpectedHead: v1.ID, AmendmentIDs: []int64{a.ID}}); err == nil {
			t.Fatal("merged twice")
		}
		expect("a refused merge")
	})
}

// TestGatherDigests: a member's digest rows are folded into one message
// once the oldest is a day old, each row once, even when several
// instances gather at the same moment; members who get each message are
// untouched.
func TestGatherDigests(t *testing.T) {
	storetest.EachPair(t, func(t *testing.T, a, b *store.DB) {
		ctx := context.Background()
		start := time.Now().UTC().Truncate(time.Second)
		clock := start
		a.UseClock(func() time.Time { return clock })
		mk := func(name string, roles ...member.Role) member.User {
			u, err := a.CreateUser(ctx, 0, store.NewUser{Email: name + "@example.org", Name: name, Roles: roles, GoodStanding: true})
			if err != nil {
				t.Fatal(err)
			}
			return u
		}
		sponsor := mk("sponsor", member.RoleMember)
		var digesters []member.User
		for i := range 6 {
			u := mk(fmt.Sprintf("committee%d", i), member.RoleCommittee)
			if err := a.SetMailChoices(ctx, u.ID, map[message.Kind]message.Choice{message.KindCommittee: message.ChoiceDigest}); err != nil {
				t.Fatal(err)
			}
			digesters = append(digesters, u)
		}
		each := mk("each", member.RoleCommittee)
		_, v1, err := a.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		propose := func(to string) {
			t.Helper()
			if _, err := a.ProposeAmendment(ctx, sponsor, store.NewAmendment{DocumentSlug: "c", BaseVersionID: v1.ID, Title: to,
				Proposed: []byte(strings.Replace(draft1, "two dollars", to, 1)), Submit: true}); err != nil {
				t.Fatal(err)
			}
		}
		propose("three dollars")
		clock = start.Add(3 * time.Hour)
		propose("four dollars")

		if n, err := a.GatherDigests(ctx, start.Add(23*time.Hour)); err != nil || n != 0 {
			t.Fatalf("before a day: %d digests, %v", n, err)
		}
		// Two instances gather at the same moment, a day after the first.
		due := start.Add(message.DigestWindow)
		var wg sync.WaitGroup
		counts := make([]int, 4)
		errs := make([]error, 4)
		for i := range counts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				db := a
				if i%2 == 1 {
					db = b
				}
				counts[i], errs[i] = db.GatherDigests(ctx, due)
			}()
		}
		wg.Wait()
		total := 0
		for i := range counts {
			// Each member's lock keeps gatherings apart: none fails.
			if errs[i] != nil {
				t.Fatalf("gathering %d: %v", i, errs[i])
			}
			total += counts[i]
		}
		// Whatever one gathering skipped, another took: nothing is left.
		more, err := a.GatherDigests(ctx, due)
		if err != nil {
			t.Fatal(err)
		}
		if total != len(digesters) || more != 0 {
			t.Errorf("%d + %d digests, want %d", total, more, len(digesters))
		}
		rows, err := a.QueuedForTest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		digests := map[int64]store.QueuedMail{}
		folded := map[int64][]int64{}
		for _, r := range rows {
			switch {
			case r.Kind == message.KindDigest:
				if _, twice := digests[r.UserID]; twice || r.Digest {
					t.Errorf("member %d: a second digest, or one held as a digest row: %+v", r.UserID, r)
				}
				digests[r.UserID] = r
			case r.Digest:
				folded[r.UserID] = append(folded[r.UserID], r.FoldedInto)
			case r.UserID == each.ID:
			default:
				t.Errorf("unexpected row %+v", r)
			}
		}
		for _, u := range digesters {
			d, ok := digests[u.ID]
			if !ok {
				t.Errorf("%s has no digest", u.Name)
				continue
			}
			if len(folded[u.ID]) != 2 || folded[u.ID][0] != d.ID || folded[u.ID][1] != d.ID {
				t.Errorf("%s: rows folded into %v, want both into %d", u.Name, folded[u.ID], d.ID)
			}
			var facts message.Digest
			if err := json.Unmarshal([]byte(d.Facts), &facts); err != nil || len(facts.Items) != 2 || facts.Items[0].Kind != message.KindCommittee ||
				!strings.Contains(string(facts.Items[1].Facts), "four dollars") {
				t.Errorf("%s's digest %s: %v", u.Name, d.Facts, err)
			}
		}
		if _, ok := digests[each.ID]; ok {
			t.Error("a member who gets each message got a digest")
		}
		// The digest is sent like any message; the rows it folded never are.
		clock = due
		out, err := a.ClaimMail(ctx, "worker", 100, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != len(digesters)+2 {
			t.Errorf("claimed %d messages, want %d digests and %s's 2", len(out), len(digesters), each.Name)
		}
		if n, err := a.GatherDigests(ctx, due.Add(time.Hour)); err != nil || n != 0 {
			t.Errorf("gathering again: %d, %v", n, err)
		}
	})
}
