// Package demo seeds an empty Charter with a sample union constitution, one
// account per role (three tellers, since a count needs two) and enough
// members to walk the whole story: an amendment and its co-sponsors, and a
// ballot returned by more members than its minimum.
package demo

import (
	"context"
	_ "embed"
	"errors"
	"fmt"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
)

//go:embed constitution.md
var Constitution []byte

// ErrNotEmpty: the demo only ever seeds an empty database, so that it can
// never mix sample accounts into a real union's roster.
var ErrNotEmpty = errors.New("demo: the database is not empty")

// Login is a demo account and its password, shown once; a teller's also
// with their teller key.
type Login struct {
	Role      member.Role
	Name      string
	Email     string
	Password  string
	TellerKey string
}

// demoAccount is one account the demo makes.
type demoAccount struct {
	role        member.Role
	name, email string
}

// Members is how many members the demo seeds: one sponsor, CosponsorsNeeded
// co-sponsors, and voters enough for a ballot of ballot.MinMinBallots
// papers over its quorum with one to spare.
const Members = 6

// CosponsorsNeeded is what the demo's constitution asks of an amendment
// before it goes forward: enough for members to try co-sponsoring, few
// enough for one person to walk through.
const CosponsorsNeeded = 2

// demoAccounts: one per role, more members, and three tellers, any two of
// whom count.
func demoAccounts() []demoAccount {
	names := map[member.Role]string{
		member.RoleMember: "Mara Member", member.RoleCommittee: "Colm Committee", member.RoleOfficer: "Olu Officer",
		member.RoleAdmin: "Ada Admin", member.RoleObserver: "Oksana Observer",
	}
	var out []demoAccount
	for _, role := range member.Roles {
		if role != member.RoleTeller {
			out = append(out, demoAccount{role, names[role], fmt.Sprintf("%s@demo.charter.invalid", role)})
		}
	}
	for i, name := range []string{"Amadou Diallo", "Fatima Benali", "Jean Tremblay", "Lucía Ortega", "Nguyễn Thị Lan"}[:Members-1] {
		out = append(out, demoAccount{member.RoleMember, name, fmt.Sprintf("member%d@demo.charter.invalid", i+2)})
	}
	for i, name := range []string{"Tomás Teller", "Thandiwe Teller", "Tuyết Teller"} {
		out = append(out, demoAccount{member.RoleTeller, name, fmt.Sprintf("teller%d@demo.charter.invalid", i+1)})
	}
	return out
}

// Seed adds the sample constitution, one account per role and more
// members, with random passwords: a demo left running on a network is
// still not an open door.
func Seed(ctx context.Context, db *store.DB) ([]Login, error) {
	users, err := db.CountUsers(ctx)
	if err != nil {
		return nil, err
	}
	docs, err := db.CountDocuments(ctx)
	if err != nil {
		return nil, err
	}
	if users > 0 || docs > 0 {
		return nil, ErrNotEmpty
	}
	var logins []Login
	var adminID int64
	for i, a := range demoAccounts() {
		secret, err := member.NewSecret("")
		if err != nil {
			return nil, err
		}
		login := Login{Role: a.role, Name: a.name, Email: a.email, Password: secret[:16]}
		u, err := db.CreateUser(ctx, adminID, store.NewUser{
			Email: a.email, Name: a.name, MemberNumber: fmt.Sprintf("D-%03d", i+1),
			Roles: []member.Role{a.role}, Password: login.Password, GoodStanding: true,
		})
		if err == nil && a.role == member.RoleTeller {
			login.TellerKey, err = db.CreateTellerKey(ctx, u)
		}
		if err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
		if a.role == member.RoleAdmin {
			adminID = u.ID
		}
		logins = append(logins, login)
	}
	if _, _, err := db.CreateDocument(ctx, adminID, store.NewDocument{
		Slug: "constitution", Title: "Constitution of Warehouse and Logistics Workers United, Local 1",
		Numbering: document.SchemeArticle, Markdown: Constitution,
	}); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	// The sample's own amendment article (Article XI, Section 2): two-thirds
	// of the votes cast, 20 percent taking part, 30 days' notice, and
	// online ballots authorised in paragraph (c).
	rule, err := ballot.ParseRule("2/3", "cast", "20%", 30)
	if err == nil {
		err = db.SetVoteRule(ctx, member.User{ID: adminID, Roles: []member.Role{member.RoleAdmin}}, "constitution", rule, "Article XI, Section 2(c)")
	}
	if err == nil {
		err = db.SetCosponsorsNeeded(ctx, adminID, "constitution", CosponsorsNeeded)
	}
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return logins, nil
}
