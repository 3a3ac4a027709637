// Package membertest runs a permission predicate for every role, for the
// table tests of the domain packages that name who may do what.
package membertest

import (
	"slices"
	"sort"
	"testing"

	"github.com/charter-org/charter/member"
)

// Lapsed names the member who is not in good standing, Nobody the visitor
// who is not logged in, and NoRole an account that holds no role.
const (
	Lapsed = "lapsed member"
	Nobody = "nobody"
	NoRole = "no role"
)

// Users gives one user per role, each in good standing and with an id of
// their own (from 1, in the order of member.Roles), and the three who hold
// none of them: Lapsed, NoRole and Nobody (nil).
func Users() map[string]*member.User {
	users := map[string]*member.User{Nobody: nil, NoRole: {ID: 100, GoodStanding: true}}
	for i, r := range member.Roles {
		users[string(r)] = &member.User{ID: int64(i + 1), Name: "The " + string(r), Roles: []member.Role{r}, GoodStanding: true}
	}
	users[Lapsed] = &member.User{ID: 101, Roles: []member.Role{member.RoleMember}}
	return users
}

// Check runs may for every user of Users and says which answered
// otherwise than allowed names (roles, or Lapsed, NoRole, Nobody).
func Check(t *testing.T, name string, may func(*member.User) bool, allowed ...string) {
	t.Helper()
	users := Users()
	for _, who := range allowed {
		if _, ok := users[who]; !ok {
			t.Fatalf("%s: no user %q", name, who)
		}
	}
	names := make([]string, 0, len(users))
	for who := range users {
		names = append(names, who)
	}
	sort.Strings(names)
	for _, who := range names {
		if got, want := may(users[who]), slices.Contains(allowed, who); got != want {
			t.Errorf("%s(%s) = %v, want %v", name, who, got, want)
		}
	}
}

// Rule is one predicate with the users it allows, for CheckAll.
type Rule struct {
	Name    string
	May     func(*member.User) bool
	Allowed []string
}

// CheckAll runs Check for each rule.
func CheckAll(t *testing.T, rules ...Rule) {
	t.Helper()
	for _, r := range rules {
		Check(t, r.Name, r.May, r.Allowed...)
	}
}
