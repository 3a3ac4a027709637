package amendment_test

import (
	"testing"
	"time"

	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/member/membertest"
)

// TestPermissions runs each of amendment's predicates for each role: who
// may propose, merge, second, read a draft and move an amendment along.
func TestPermissions(t *testing.T) {
	sponsor := membertest.Users()["member"].ID
	now := time.Now()
	submitted := &amendment.Amendment{SponsorID: sponsor + 1000, Status: amendment.StatusSubmitted, SubmittedAt: &now}
	draft := &amendment.Amendment{SponsorID: sponsor, Status: amendment.StatusDraft}
	type rule = membertest.Rule
	membertest.CheckAll(t,
		rule{Name: "CanMerge", May: amendment.CanMerge, Allowed: []string{"committee"}},
		rule{Name: "CanPropose", May: func(u *member.User) bool { return amendment.CanPropose(u) == nil }, Allowed: []string{"member"}},
		rule{Name: "CanCosponsor", May: func(u *member.User) bool { return amendment.CanCosponsor(submitted, u) == nil }, Allowed: []string{"member"}},
		rule{Name: "VisibleTo a submitted amendment", May: func(u *member.User) bool { return amendment.VisibleTo(submitted, u) },
			Allowed: []string{"member", "committee", "officer", "admin", "observer", "teller", membertest.Lapsed, membertest.NoRole, membertest.Nobody}},
		rule{Name: "VisibleTo its sponsor's draft", May: func(u *member.User) bool { return amendment.VisibleTo(draft, u) }, Allowed: []string{"member"}},
	)
	for _, step := range []struct {
		from, to amendment.Status
		allowed  []string
	}{
		{amendment.StatusSeconded, amendment.StatusMerged, []string{"committee"}},
		{amendment.StatusSubmitted, amendment.StatusDeclined, []string{"committee"}},
		{amendment.StatusSeconded, amendment.StatusNoticed, []string{"officer"}},
		{amendment.StatusNoticed, amendment.StatusAdopted, []string{"officer"}},
		{amendment.StatusNoticed, amendment.StatusRejected, []string{"officer"}},
		{amendment.StatusDraft, amendment.StatusSubmitted, []string{"member"}}, // its sponsor, the member
		{amendment.StatusSubmitted, amendment.StatusWithdrawn, []string{"member"}},
	} {
		a := &amendment.Amendment{SponsorID: sponsor, Status: step.from}
		may := func(u *member.User) bool { return amendment.CheckTransition(a, step.to, u) == nil }
		membertest.Check(t, "CheckTransition "+string(step.from)+" → "+string(step.to), may, step.allowed...)
	}
}
