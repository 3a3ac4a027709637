package amendment

import (
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
)

func TestTransitions(t *testing.T) {
	sponsor := &member.User{ID: 1, Roles: []member.Role{member.RoleMember}, GoodStanding: true}
	other := &member.User{ID: 2, Roles: []member.Role{member.RoleMember}, GoodStanding: true}
	committee := &member.User{ID: 3, Roles: []member.Role{member.RoleCommittee}}
	officer := &member.User{ID: 4, Roles: []member.Role{member.RoleOfficer}}
	cases := []struct {
		from, to Status
		by       *member.User
		code     string
	}{
		{StatusDraft, StatusSubmitted, sponsor, ""},
		{StatusDraft, StatusSubmitted, other, charter.EFORBIDDEN},
		{StatusSubmitted, StatusWithdrawn, sponsor, ""},
		{StatusSubmitted, StatusWithdrawn, committee, charter.EFORBIDDEN},
		{StatusSubmitted, StatusSeconded, sponsor, charter.EFORBIDDEN}, // only the rule seconds
		{StatusSeconded, StatusMerged, committee, ""},
		{StatusSeconded, StatusMerged, sponsor, charter.EFORBIDDEN},
		{StatusSeconded, StatusNoticed, officer, ""},
		{StatusNoticed, StatusAdopted, officer, ""},
		{StatusMerged, StatusSubmitted, sponsor, charter.ECONFLICT},
		{StatusWithdrawn, StatusSubmitted, sponsor, charter.ECONFLICT},
		{StatusDraft, StatusAdopted, officer, charter.ECONFLICT},
	}
	for _, tc := range cases {
		a := &Amendment{SponsorID: sponsor.ID, Status: tc.from}
		if got := charter.ErrorCode(CheckTransition(a, tc.to, tc.by)); got != tc.code {
			t.Errorf("%s → %s by %d: %q, want %q", tc.from, tc.to, tc.by.ID, got, tc.code)
		}
	}
}

func TestDegreesAndCosponsors(t *testing.T) {
	primary := &Amendment{ID: 1, SponsorID: 1, Status: StatusSubmitted}
	secondary := &Amendment{ID: 2, ParentID: 1, SponsorID: 2, Status: StatusSubmitted}
	if err := CheckDegree(primary); err != nil {
		t.Errorf("secondary to a pending primary: %v", err)
	}
	if charter.ErrorCode(CheckDegree(secondary)) != charter.EINVALID {
		t.Error("third degree allowed")
	}
	if charter.ErrorCode(CheckDegree(&Amendment{ID: 3, Status: StatusMerged})) != charter.ECONFLICT {
		t.Error("amending a merged amendment allowed")
	}
	lapsed := &member.User{ID: 5, Roles: []member.Role{member.RoleMember}}
	if charter.ErrorCode(CanCosponsor(primary, lapsed)) != charter.EFORBIDDEN || charter.ErrorCode(CanPropose(lapsed)) != charter.EFORBIDDEN {
		t.Error("a member not in good standing may second or propose")
	}
	if charter.ErrorCode(CanCosponsor(primary, &member.User{ID: 1, Roles: []member.Role{member.RoleMember}, GoodStanding: true})) != charter.EINVALID {
		t.Error("the sponsor may second their own amendment")
	}
	if _, _, err := ValidateText("  ", ""); charter.ErrorCode(err) != charter.EINVALID {
		t.Error("empty title accepted")
	}
}

// TestDraftIsPrivateToItsSponsor: until its sponsor submits it, an
// amendment is theirs alone, whatever role another reader holds, and stays
// so if they withdraw it as a draft; once submitted it is every member's.
func TestDraftIsPrivateToItsSponsor(t *testing.T) {
	sponsor := &member.User{ID: 1, Roles: []member.Role{member.RoleMember}}
	var others []*member.User
	for i, r := range member.Roles {
		others = append(others, &member.User{ID: int64(10 + i), Roles: []member.Role{r}})
	}
	others = append(others, &member.User{ID: 20, Roles: member.Roles}, nil)
	now := time.Now()
	for _, tc := range []struct {
		a       Amendment
		private bool
	}{
		{Amendment{Status: StatusDraft}, true},
		{Amendment{Status: StatusWithdrawn}, true},
		{Amendment{Status: StatusWithdrawn, SubmittedAt: &now}, false},
		{Amendment{Status: StatusSubmitted, SubmittedAt: &now}, false},
		{Amendment{Status: StatusSeconded}, false},
		{Amendment{Status: StatusMerged}, false},
		{Amendment{Status: StatusDeclined}, false},
	} {
		a := tc.a
		a.SponsorID = sponsor.ID
		if a.Private() != tc.private || !VisibleTo(&a, sponsor) {
			t.Errorf("%s (submitted %v): private %v, sponsor sees it %v", a.Status, a.SubmittedAt != nil, a.Private(), VisibleTo(&a, sponsor))
		}
		for _, u := range others {
			if VisibleTo(&a, u) == tc.private {
				t.Errorf("%s (submitted %v): seen by %+v: %v", a.Status, a.SubmittedAt != nil, u, VisibleTo(&a, u))
			}
		}
	}
}

// TestCheckNotice: notice is given only of a seconded amendment of the
// ballot's document with no conflict open; a private draft is not found.
func TestCheckNotice(t *testing.T) {
	now := time.Now()
	for _, tc := range []struct {
		a    Amendment
		code string
	}{
		{Amendment{ID: 1, DocumentID: 5, Status: StatusSeconded, SubmittedAt: &now}, ""},
		{Amendment{ID: 1, DocumentID: 6, Status: StatusSeconded, SubmittedAt: &now}, charter.EINVALID},
		{Amendment{ID: 1, DocumentID: 5, Status: StatusSubmitted, SubmittedAt: &now}, charter.ECONFLICT},
		{Amendment{ID: 1, DocumentID: 5, Status: StatusSeconded, SubmittedAt: &now, RebaseConflict: "Article I"}, charter.ECONFLICT},
		{Amendment{ID: 1, DocumentID: 5, Status: StatusDraft}, charter.ENOTFOUND},
		{Amendment{ID: 1, DocumentID: 5, Status: StatusMerged, SubmittedAt: &now}, charter.ECONFLICT},
		{Amendment{ID: 1, DocumentID: 5, Status: StatusWithdrawn, SubmittedAt: &now}, charter.ECONFLICT},
	} {
		if got := charter.ErrorCode(CheckNotice(&tc.a, 5)); got != tc.code {
			t.Errorf("%+v: %q, want %q", tc.a, got, tc.code)
		}
	}
}
