package meeting

import (
	"slices"

	"github.com/charter-org/charter/member"
)

// CanSchedule says whether u may give notice of a meeting: the election
// officer, who runs the union's votes.
func CanSchedule(u *member.User) bool { return u.Has(member.RoleOfficer) }

// CanChair says whether u presides over m: moves through its agenda, rules
// on floor amendments, opens and closes votes and declares results.
func (m *Meeting) CanChair(u *member.User) bool { return u.ID != 0 && u.ID == m.ChairID }

// CanTell says whether u is one of m's tellers: checks members in at the
// door, hands out paper ballots and enters the counts.
func (m *Meeting) CanTell(u *member.User) bool { return u.ID != 0 && slices.Contains(m.Tellers, u.ID) }

// CanSeeAttendance says whether u may read who is present, by name: those
// who run the meeting and the observers who check them. Members see how
// many are present, never who: an employer's eyes need not learn who came.
func (m *Meeting) CanSeeAttendance(u *member.User) bool {
	return m.CanChair(u) || m.CanTell(u) || u.Has(member.RoleOfficer, member.RoleObserver)
}

// CanAttend says whether u may be checked in: a member in good standing,
// who alone may speak and vote.
func CanAttend(u *member.User) bool { return u.CanVote() }
