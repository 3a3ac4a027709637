package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func TestPublishClerical(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		adopted := storetest.Adopt(t, db, "rules", storetest.CitingRules, storetest.CitingRulesAmended())
		committee, err := db.CreateUser(ctx, 0, store.NewUser{Email: "committee@example.org", Name: "Committee", Roles: []member.Role{member.RoleMember, member.RoleCommittee}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		head := adopted.Adopted
		fixed := strings.Replace(head.Markdown, "Article II, Section 1", "Article III, Section 1", 1)
		change := store.NewClerical{Slug: "rules", Base: head.ID, Markdown: []byte(fixed), BallotID: adopted.Ballot.ID, Reason: "The new Article II moved Notices to Article III."}

		// Refusals: nothing is published.
		other, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "other", Title: "Other", Numbering: document.SchemeArticle, Markdown: []byte(storetest.CitingRules)})
		if err != nil {
			t.Fatal(err)
		}
		otherHead, _ := db.HeadVersion(ctx, other.ID)
		for _, c := range []struct {
			name string
			who  member.User
			edit func(*store.NewClerical)
			code string
			want string
		}{
			{"an officer", adopted.Officer, func(*store.NewClerical) {}, charter.EFORBIDDEN, "drafting committee"},
			{"no reason", committee, func(in *store.NewClerical) { in.Reason = " " }, charter.EINVALID, "reason"},
			{"a ballot that does not exist", committee, func(in *store.NewClerical) { in.BallotID += 1000 }, charter.EINVALID, "not a certified vote"},
			{"another document's ballot", committee, func(in *store.NewClerical) {
				in.Slug, in.Base, in.Markdown = "other", otherHead.ID, []byte(strings.Replace(storetest.CitingRules, "Article II, Section 1", "Article III, Section 1", 1))
			}, charter.EINVALID, "not a certified vote that adopted a change to other"},
			{"a word changed", committee, func(in *store.NewClerical) {
				in.Markdown = []byte(strings.Replace(fixed, "thirty", "sixty", 1))
			}, charter.EINVALID, "Words changed in Article III, Section 1(a) (Notices are posted thirty days before.): “thirty” became “sixty”"},
			{"the same text", committee, func(in *store.NewClerical) { in.Markdown = []byte(head.Markdown) }, charter.ECONFLICT, "identical"},
		} {
			in := change
			c.edit(&in)
			_, err := db.PublishClerical(ctx, c.who, in)
			if charter.ErrorCode(err) != c.code || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: %v, want %s holding %q", c.name, err, c.code, c.want)
			}
		}
		if now, _ := db.HeadVersion(ctx, head.DocumentID); now.ID != head.ID {
			t.Fatalf("a refused clerical change published version %d", now.Number)
		}

		// A ballot noticed but not certified authorises nothing.
		pending, err := db.ProposeAmendment(ctx, committee, store.NewAmendment{DocumentSlug: "rules", BaseVersionID: head.ID, Title: "Forty",
			Proposed: []byte(strings.Replace(head.Markdown, "Fifty", "Forty", 1)), Submit: true})
		if err != nil {
			t.Fatal(err)
		}
		if ballots, err := db.AuthorisingBallots(ctx, head.DocumentID); err != nil || len(ballots) != 1 || ballots[0].ID != adopted.Ballot.ID || ballots[0].CertifiedAt.IsZero() {
			t.Errorf("authorising ballots: %+v, %v; want ballot %d", ballots, err, adopted.Ballot.ID)
		}

		ver, err := db.PublishClerical(ctx, committee, change)
		if err != nil {
			t.Fatal(err)
		}
		if ver.Origin != document.OriginClerical || ver.Kind != document.KindAdopted || ver.AuthorisedBy != adopted.Ballot.ID || ver.BallotID != 0 || ver.Number != head.Number+1 {
			t.Errorf("the clerical change: %+v", ver)
		}
		listed, _ := db.Versions(ctx, head.DocumentID)
		if v := listed[0]; v.ID != ver.ID || v.AuthorisedBy != adopted.Ballot.ID || v.Reason != change.Reason || v.Origin != document.OriginClerical {
			t.Errorf("the list of versions: %+v", v)
		}
		// The pending amendment moved onto the corrected text.
		if a, _ := db.Amendment(ctx, pending.ID); a.BaseVersionID != ver.ID || !strings.Contains(a.Proposed, "Article III, Section 1") || !strings.Contains(a.Proposed, "Forty") {
			t.Errorf("the pending amendment after the clerical change: base %d, %q", a.BaseVersionID, a.Proposed)
		}

		// The clause keeps the amendment and the vote that gave its wording.
		chain, err := db.ProvenanceChain(ctx, head.DocumentID, ver.ID)
		if err != nil {
			t.Fatal(err)
		}
		last := chain[len(chain)-1].Text
		notice, _ := last.Outline.Lookup("Article I, Section 1(a)")
		src := amendment.Provenance(chain)[notice.Key]
		if src.AmendmentID != adopted.Amendment.ID || src.BallotID != adopted.Ballot.ID || src.VersionID != head.ID {
			t.Errorf("the clause's wording: %+v, want amendment %d adopted by ballot %d in version %d", src, adopted.Amendment.ID, adopted.Ballot.ID, head.Number)
		}
		if src.Clerical == nil || src.Clerical.VersionID != ver.ID || src.Clerical.BallotID != adopted.Ballot.ID {
			t.Errorf("the clause's clerical change: %+v", src.Clerical)
		}

		events, _ := db.AuditEvents(ctx, 0)
		found := false
		for _, e := range events {
			if e.Action == "version.clerical" && e.ActorID == committee.ID && e.Subject == "document:rules" &&
				strings.Contains(e.Detail, "authorised by ballot") && strings.Contains(e.Detail, change.Reason) {
				found = true
			}
		}
		if !found {
			t.Error("no audit event records the clerical change and the ballot that authorised it")
		}
		if _, err := db.VerifyAudit(ctx); err != nil {
			t.Error(err)
		}

		// Written from the version before it: refused as stale.
		again := change
		again.Markdown = []byte(strings.Replace(fixed, "1. Fifty", "2. Fifty", 1))
		_, err = db.PublishClerical(ctx, committee, again)
		var stale *store.StaleError
		if !errors.As(err, &stale) || charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("a clerical change written from an older version: %v", err)
		}
	})
}
