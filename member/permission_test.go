package member_test

import (
	"testing"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/member/membertest"
)

// TestPermissions runs each of member's predicates for each role.
func TestPermissions(t *testing.T) {
	membertest.CheckAll(t,
		membertest.Rule{Name: "CanManageRoster", May: (*member.User).CanManageRoster, Allowed: []string{"admin"}},
		membertest.Rule{Name: "CanVote", May: (*member.User).CanVote, Allowed: []string{"member"}},
		membertest.Rule{Name: "CanHoldTellerKey", May: (*member.User).CanHoldTellerKey, Allowed: []string{"teller"}},
		membertest.Rule{Name: "CanReadAudit", May: (*member.User).CanReadAudit, Allowed: []string{"observer", "officer", "admin"}},
	)
}
