package ballot_test

import (
	"testing"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member/membertest"
)

// TestPermissions runs each of ballot's predicates for each role.
func TestPermissions(t *testing.T) {
	membertest.Check(t, "CanRun", ballot.CanRun, "officer")
	membertest.Check(t, "CanWatch", ballot.CanWatch, "officer", "observer")
	membertest.Check(t, "CanReadNoticeReport", ballot.CanReadNoticeReport, "officer", "observer", "admin")
}
