package comment_test

import (
	"testing"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/member/membertest"
)

// TestPermissions runs each of comment's predicates for each role.
func TestPermissions(t *testing.T) {
	type rule = membertest.Rule
	membertest.CheckAll(t,
		rule{Name: "CanPost", May: comment.CanPost, Allowed: []string{"member"}},
		rule{Name: "CanSupport", May: comment.CanSupport, Allowed: []string{"member"}},
		rule{Name: "CanReport", May: comment.CanReport, Allowed: []string{"member", membertest.Lapsed}},
		rule{Name: "CanAnswer", May: comment.CanAnswer, Allowed: []string{"committee"}},
		rule{Name: "CanModerate", May: comment.CanModerate, Allowed: []string{"committee", "admin"}},
		rule{Name: "CanReadEdits", May: comment.CanReadEdits, Allowed: []string{"committee", "observer"}},
		rule{Name: "CanReadHidden", May: comment.CanReadHidden, Allowed: []string{"observer"}},
	)
}
