package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/redline"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

func TestComments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		mk := func(email string, role member.Role, good bool) member.User {
			u, err := db.CreateUser(ctx, 0, store.NewUser{Email: email, Name: email, Roles: []member.Role{role}, Password: "a long enough password", GoodStanding: good})
			if err != nil {
				t.Fatal(err)
			}
			return u
		}
		ana, ben, cam, dee := mk("ana@example.org", member.RoleMember, true), mk("ben@example.org", member.RoleMember, true), mk("cam@example.org", member.RoleMember, false), mk("dee@example.org", member.RoleCommittee, true)
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "c", Title: "C", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := db.Outline(ctx, v1.ID)
		key := map[string]string{}
		for _, n := range nodes {
			key[n.Number] = n.Key
		}
		dues := key["Article II, Section 1(a)"]
		onPassage, err := db.PostComment(ctx, ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Quote: "two dollars", Stance: comment.Oppose, Body: "Too little for a strike fund."})
		if err != nil || onPassage.Anchor == nil || onPassage.Anchor.Quote != "two dollars" {
			t.Fatalf("comment on a passage: %+v %v", onPassage, err)
		}
		onSection, err := db.PostComment(ctx, ben, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: key["Article I, Section 1(b)"], Stance: comment.Question, Body: "Which city?"})
		if err != nil {
			t.Fatal(err)
		}
		reply, err := db.PostComment(ctx, ben, store.NewComment{DocumentSlug: "c", ParentID: onPassage.ID, Body: "Agreed."})
		if err != nil || reply.SectionKey != dues || reply.Stance != "" {
			t.Fatalf("reply: %+v %v", reply, err)
		}
		bad := map[string]struct {
			u    member.User
			in   store.NewComment
			code string
		}{
			"no such section":      {ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: "snothere", Stance: comment.Support, Body: "x"}, charter.ENOTFOUND},
			"quote not in section": {ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Quote: "Local 1", Stance: comment.Support, Body: "x"}, charter.EINVALID},
			"no stance":            {ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Body: "x"}, charter.EINVALID},
			"empty body":           {ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Stance: comment.Support}, charter.EINVALID},
			"huge body":            {ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Stance: comment.Support, Body: strings.Repeat("x", comment.MaxBody+1)}, charter.ETOOLARGE},
			"not in good standing": {cam, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Stance: comment.Support, Body: "x"}, charter.EFORBIDDEN},
			"reply elsewhere":      {ana, store.NewComment{DocumentSlug: "c", ParentID: 9999, Body: "x"}, charter.ENOTFOUND},
		}
		for name, b := range bad {
			if _, err := db.PostComment(ctx, b.u, b.in); charter.ErrorCode(err) != b.code {
				t.Errorf("%s: %v, want %s", name, err, b.code)
			}
		}
		if err := db.SupportComment(ctx, ben, onPassage.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.SupportComment(ctx, ben, onPassage.ID); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("second +1: %v", err)
		}
		if err := db.SetDisposition(ctx, ana, onPassage.ID, comment.Answered, "x", comment.Incorporation{}); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Errorf("disposition by a member: %v", err)
		}
		if err := db.SetDisposition(ctx, dee, onPassage.ID, comment.Declined, "", comment.Incorporation{}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("declined without reason: %v", err)
		}
		if err := db.SetDisposition(ctx, dee, onPassage.ID, comment.Incorporated, "", comment.Incorporation{}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("incorporated without naming where: %v", err)
		}
		if err := db.SetDisposition(ctx, dee, onPassage.ID, comment.Incorporated, "", comment.Incorporation{VersionNumber: 9}); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("incorporated in a version that does not exist: %v", err)
		}
		if err := db.SetDisposition(ctx, dee, onSection.ID, comment.Incorporated, "Taken up.", comment.Incorporation{VersionNumber: 1}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDisposition(ctx, dee, onPassage.ID, comment.Declined, "Dues are set by referendum.", comment.Incorporation{}); err != nil {
			t.Fatal(err)
		}

		// Publish draft 2: a new article before Dues, and the town.
		v2, err := db.PublishVersion(ctx, dee.ID, store.NewVersion{Slug: "c", Base: v1.ID, Markdown: []byte(draft2), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.PostComment(ctx, ana, store.NewComment{DocumentSlug: "c", VersionID: v1.ID, SectionKey: dues, Stance: comment.Support, Body: "late"}); charter.ErrorCode(err) != charter.ECONFLICT {
			t.Errorf("comment on an old version: %v", err)
		}
		views, err := db.Comments(ctx, v2.ID)
		if err != nil || len(views) != 3 {
			t.Fatalf("comments on v2: %d %v", len(views), err)
		}
		for _, v := range views {
			switch v.ID {
			case onPassage.ID:
				if v.Place.Fate != redline.Kept || v.Anchor.Quote != "two dollars" || v.SectionKey != dues || v.Supports != 1 || v.Disposition != comment.Declined {
					t.Errorf("passage comment in v2: %+v", v)
				}
			case onSection.ID:
				if v.Place.Fate != redline.Kept || v.SectionKey != key["Article I, Section 1(b)"] || v.IncorporatedIn.VersionNumber != 1 || v.Disposition != comment.Incorporated {
					t.Errorf("section comment in v2: %+v", v.Place)
				}
			}
		}
		// Draft 3 strikes the dues clause: its comments are orphaned, not moved.
		v3, err := db.PublishVersion(ctx, dee.ID, store.NewVersion{Slug: "c", Base: v2.ID, Markdown: []byte(strings.Replace(draft2, "1. Dues are two dollars a month.\n", "1. Dues are set by referendum each year.\n", 1)), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		got, err := db.Comment(ctx, onPassage.ID)
		if err != nil || !got.Place.Orphaned() || got.Place.VersionID != v3.ID {
			t.Errorf("struck passage: %+v %v", got.Place, err)
		}
		if n, err := db.VerifyAudit(ctx); err != nil || n < 4 {
			t.Errorf("audit: %d %v", n, err)
		}
		_ = doc
	})
}
