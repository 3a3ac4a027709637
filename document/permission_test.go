package document_test

import (
	"testing"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member/membertest"
)

// TestPermissions runs each of document's predicates for each role.
func TestPermissions(t *testing.T) {
	membertest.Check(t, "CanEdit", document.CanEdit, "committee", "admin")
}
