package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

const draft1 = `# Constitution

## Name

### Name

1. The union is Local 1.
1. Its office is in the city.

## Dues

### Amount

1. Dues are two dollars a month.
`

// draft2 inserts a new article before Dues and edits a word of a clause.
const draft2 = `# Constitution

## Name

### Name

1. The union is Local 1.
1. Its office is in the town.

## Purposes

### Purposes

1. To bargain collectively.

## Dues

### Amount

1. Dues are two dollars a month.
`

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if charter.ErrorCode(err) != code {
		t.Fatalf("error = %v, want code %s", err, code)
	}
}

func TestDocumentVersions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		doc, v1, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Constitution", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		if err != nil {
			t.Fatal(err)
		}
		if v1.Number != 1 || v1.SHA256 != document.Hash([]byte(draft1)) || v1.Kind != document.KindDraft {
			t.Fatalf("v1 = %+v", v1)
		}
		_, _, err = db.CreateDocument(ctx, 0, store.NewDocument{Slug: "constitution", Title: "Again", Numbering: document.SchemeArticle, Markdown: []byte(draft1)})
		wantCode(t, err, charter.ECONFLICT)

		_, err = db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: v1.ID, Markdown: []byte(draft1), Origin: document.OriginImport})
		wantCode(t, err, charter.ECONFLICT) // identical text

		v2, err := db.PublishVersion(ctx, 0, store.NewVersion{Slug: "constitution", Base: v1.ID, Markdown: []byte(draft2), Origin: document.OriginImport})
		if err != nil {
			t.Fatal(err)
		}
		if v2.Number != 2 || v2.ParentID != v1.ID {
			t.Fatalf("v2 = %+v", v2)
		}
		o1, _ := db.Outline(ctx, v1.ID)
		o2, _ := db.Outline(ctx, v2.ID)
		byNumber := func(o []document.Node, n string) document.Node {
			for _, x := range o {
				if x.Number == n {
					return x
				}
			}
			t.Fatalf("no section %s", n)
			return document.Node{}
		}
		// Dues was Article II and is Article III now: same key, new number.
		if a, b := byNumber(o1, "Article II"), byNumber(o2, "Article III"); a.Key != b.Key || a.Heading != "Dues" {
			t.Errorf("Dues key %s → %s", a.Key, b.Key)
		}
		// The edited clause keeps its key.
		if a, b := byNumber(o1, "Article I, Section 1(b)"), byNumber(o2, "Article I, Section 1(b)"); a.Key != b.Key {
			t.Errorf("edited clause key %s → %s", a.Key, b.Key)
		}
		// The new article has a key no section of version 1 had.
		purposes := byNumber(o2, "Article II")
		for _, n := range o1 {
			if n.Key == purposes.Key {
				t.Errorf("new section reused key %s", n.Key)
			}
		}
		versions, err := db.Versions(ctx, doc.ID)
		if err != nil || len(versions) != 2 || versions[0].Number != 2 || versions[0].Markdown != "" {
			t.Fatalf("versions = %+v, %v", versions, err)
		}
		if _, err := db.Version(ctx, doc.ID+1, v1.ID); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("version of another document: %v", err)
		}
		if n, err := db.VerifyAudit(ctx); err != nil || n != 2 {
			t.Errorf("audit: %d events, %v", n, err)
		}
	})
}

func TestBadDocumentsWriteNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		bad := map[string][]byte{
			"binary":  {0x89, 'P', 'N', 'G', 0, 0, 0, 1},
			"utf8":    []byte("# A\n\n1. caf\xe9\n"),
			"huge":    []byte(strings.Repeat("1. clause\n", document.MaxSourceBytes/10+1)),
			"nesting": []byte(strings.Repeat("> ", 1000) + "deep\n"),
			"flat":    []byte("just a sentence with no sections\n"),
		}
		for name, text := range bad {
			_, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: "d-" + name, Title: name, Numbering: document.SchemeDecimal, Markdown: text})
			if code := charter.ErrorCode(err); code != charter.EINVALID && code != charter.ETOOLARGE {
				t.Errorf("%s: %v", name, err)
			}
		}
		if n, err := db.CountDocuments(ctx); err != nil || n != 0 {
			t.Errorf("documents after bad input: %d, %v", n, err)
		}
	})
}

func TestRosterAndLogin(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		admin, err := db.CreateUser(ctx, 0, store.NewUser{Email: "Admin@Example.org", Name: "Ada", Roles: []member.Role{member.RoleAdmin}, Password: "correct horse battery", GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		if admin.Email != "admin@example.org" || !admin.Has(member.RoleAdmin) {
			t.Fatalf("admin = %+v", admin)
		}
		entries, err := member.ParseRoster(strings.NewReader("name,email,member id,standing\nBo,bo@example.org,1001,good\nCy,cy@example.org,1002,suspended\n"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := db.ImportRoster(ctx, admin.ID, entries)
		if err != nil || res.Created != 2 || len(res.Invitations) != 2 {
			t.Fatalf("roster: %+v, %v", res, err)
		}
		cy, _ := db.UserByEmail(ctx, "cy@example.org")
		if cy.GoodStanding || !cy.Has(member.RoleMember) {
			t.Errorf("cy = %+v", cy)
		}
		// A roster whose second row clashes with Bo's member id imports nothing.
		clash, _ := member.ParseRoster(strings.NewReader("name,email,member id,standing\nDi,di@example.org,1003,good\nEd,ed@example.org,1001,good\n"))
		_, err = db.ImportRoster(ctx, admin.ID, clash)
		wantCode(t, err, charter.ECONFLICT)
		if _, err := db.UserByEmail(ctx, "di@example.org"); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Errorf("half-imported roster: %v", err)
		}

		// Bo accepts the invitation, once.
		var boLink string
		for _, inv := range res.Invitations {
			if inv.User.Email == "bo@example.org" {
				boLink = inv.Secret
			}
		}
		if _, err := db.AcceptInvitation(ctx, boLink, "short"); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("short password: %v", err)
		}
		if _, err := db.AcceptInvitation(ctx, boLink, "a long enough password"); err != nil {
			t.Fatal(err)
		}
		_, err = db.AcceptInvitation(ctx, boLink, "another long password")
		wantCode(t, err, charter.ENOTFOUND)

		bo := store.Login{Email: "BO@example.org", Password: "a long enough password", Client: "192.0.2.1"}
		if u, err := db.Authenticate(ctx, bo); err != nil || u.Email != "bo@example.org" {
			t.Fatalf("login: %+v %v", u, err)
		}
		// Wrong passwords from one address make the next attempt from it
		// wait, even with the right one. The clock stands still: the wait
		// after the last free failure is a second, which hashing a password
		// under the race detector on a busy machine can outlast (the
		// PostgreSQL pass of CI did).
		frozen := time.Now().UTC().Truncate(time.Microsecond)
		db.UseClock(func() time.Time { return frozen })
		wrong := bo
		wrong.Password = "wrong password!"
		for i := 0; i < store.AccountClientRule.Free; i++ {
			_, err := db.Authenticate(ctx, wrong)
			wantCode(t, err, charter.EUNAUTHORIZED)
		}
		_, err = db.Authenticate(ctx, bo)
		wantCode(t, err, charter.ETOOMANY)
		// An unknown address fails the same way as a wrong password.
		_, err = db.Authenticate(ctx, store.Login{Email: "nobody@example.org", Password: "whatever password", Client: "192.0.2.2"})
		wantCode(t, err, charter.EUNAUTHORIZED)

		if err := db.SetStanding(ctx, admin.ID, cy.ID, false, ""); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("standing without reason: %v", err)
		}
		if err := db.SetStanding(ctx, admin.ID, cy.ID, true, "dues paid"); err != nil {
			t.Fatal(err)
		}
		token, err := db.CreateToken(ctx, admin.ID, admin.ID, "ci")
		if err != nil {
			t.Fatal(err)
		}
		if u, err := db.TokenUser(ctx, token); err != nil || u.ID != admin.ID {
			t.Errorf("token user: %+v %v", u, err)
		}
		if _, err := db.TokenUser(ctx, token+"x"); charter.ErrorCode(err) != charter.EUNAUTHORIZED {
			t.Errorf("bad token: %v", err)
		}
		session, err := db.CreateSession(ctx, admin.ID)
		if err != nil {
			t.Fatal(err)
		}
		if u, err := db.SessionUser(ctx, session); err != nil || u.ID != admin.ID || !u.Has(member.RoleAdmin) || u.Email != admin.Email {
			t.Errorf("session user: %+v %v", u, err)
		}
		if err := db.SetRoles(ctx, admin.ID, admin.ID, []member.Role{member.RoleCommittee, member.RoleAdmin, member.RoleMember}); err != nil {
			t.Fatal(err)
		}
		want, _ := db.User(ctx, admin.ID)
		if u, err := db.SessionUser(ctx, session); err != nil || fmt.Sprint(u.Roles) != fmt.Sprint(want.Roles) || len(u.Roles) != 3 {
			t.Errorf("session user's roles: %v %v, want %v", u.Roles, err, want.Roles)
		}
		if err := db.DeleteSession(ctx, session); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SessionUser(ctx, session); charter.ErrorCode(err) != charter.EUNAUTHORIZED {
			t.Errorf("a session after logout: %v", err)
		}
		if n, err := db.VerifyAudit(ctx); err != nil || n < 5 {
			t.Errorf("audit: %d events, %v", n, err)
		}
	})
}

func TestAuditTamperDetected(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	for _, slug := range []string{"a", "b", "c"} {
		if _, _, err := db.CreateDocument(ctx, 0, store.NewDocument{Slug: slug, Title: slug, Numbering: document.SchemeDecimal, Markdown: []byte("# A\n\n1. one\n")}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.TamperAuditForTest(ctx, 2, "nothing happened"); err != nil {
		t.Fatal(err)
	}
	_, err := db.VerifyAudit(ctx)
	if err == nil || !strings.Contains(err.Error(), "audit event 2") {
		t.Fatalf("tampering not detected: %v", err)
	}
	var appErr *charter.Error
	if errors.As(err, &appErr) {
		t.Errorf("verification failure should be a plain error for the operator: %v", err)
	}
}
