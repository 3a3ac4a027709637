package member_test

import (
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

func TestPassword(t *testing.T) {
	hash, err := member.HashPassword("solidarity forever")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hash %q", hash)
	}
	if !member.VerifyPassword(hash, "solidarity forever") {
		t.Error("right password refused")
	}
	for _, wrong := range []string{"solidarity foreve", "", strings.Repeat("x", member.MaxPasswordLen+1)} {
		if member.VerifyPassword(hash, wrong) {
			t.Errorf("wrong password %q accepted", wrong)
		}
	}
	if member.VerifyPassword("", "anything at all") {
		t.Error("an account without a password accepted one")
	}
	if member.VerifyPassword("$argon2id$v=19$m=999999999,t=2,p=1$c2FsdA$aGFzaA", "x") {
		t.Error("absurd parameters accepted")
	}
	if _, err := member.HashPassword("short"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("short password: %v", err)
	}
	other, _ := member.HashPassword("solidarity forever")
	if other == hash {
		t.Error("two hashes of one password are equal: no salt")
	}
}

func TestParseRoster(t *testing.T) {
	good := "\ufeffName,Email,Member ID,Standing\n" +
		"Rosa Parks,Rosa@Example.org,1001,good\n" +
		"\"Hill, Joe\",joe@example.org,1002,suspended for non-payment\n" +
		"Lucy Parsons,lucy@example.org,,yes\n"
	entries, err := member.ParseRoster(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	want := []member.RosterEntry{
		{Line: 2, Name: "Rosa Parks", Email: "rosa@example.org", MemberNumber: "1001", GoodStanding: true},
		{Line: 3, Name: "Hill, Joe", Email: "joe@example.org", MemberNumber: "1002", GoodStanding: false},
		{Line: 4, Name: "Lucy Parsons", Email: "lucy@example.org", GoodStanding: true},
	}
	if len(entries) != len(want) {
		t.Fatalf("%d entries", len(entries))
	}
	for i := range want {
		if entries[i] != want[i] {
			t.Errorf("entry %d = %+v, want %+v", i, entries[i], want[i])
		}
	}

	bad := map[string]string{
		"empty":             "",
		"no header":         "Rosa,rosa@example.org,1,good\n",
		"header only":       "name,email,member id,standing\n",
		"bad email line 3":  "name,email,member id,standing\nA,a@example.org,1,good\nB,b-at-example.org,2,good\n",
		"duplicate email":   "name,email,member id,standing\nA,a@example.org,1,good\nB,A@example.org,2,good\n",
		"duplicate id":      "name,email,member id,standing\nA,a@example.org,1,good\nB,b@example.org,1,good\n",
		"unbalanced quote":  "name,email,member id,standing\n\"A,a@example.org,1,good\n",
		"missing name":      "name,email,member id,standing\n,a@example.org,1,good\n",
		"binary":            "\x00\x01\x02",
		"missing a column":  "name,email,standing\nA,a@example.org,good\n",
		"overlong memberid": "name,email,member id,standing\nA,a@example.org," + strings.Repeat("9", 65) + ",good\n",
	}
	for name, text := range bad {
		if _, err := member.ParseRoster(strings.NewReader(text)); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
	_, err = member.ParseRoster(strings.NewReader(bad["bad email line 3"]))
	if !strings.Contains(charter.ErrorMessage(err), "line 3") {
		t.Errorf("message does not name the line: %v", err)
	}
}

func TestRoles(t *testing.T) {
	u := &member.User{Roles: []member.Role{member.RoleMember, member.RoleObserver}}
	if document.CanEdit(u) || u.CanManageRoster() || !u.CanReadAudit() {
		t.Errorf("member+observer permissions wrong")
	}
	var nobody *member.User
	if nobody.Has(member.RoleMember) {
		t.Error("nil user has a role")
	}
	if _, err := member.ParseRole("President"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("unknown role: %v", err)
	}
	if r, err := member.ParseRole(" Committee "); err != nil || r != member.RoleCommittee {
		t.Errorf("ParseRole: %v %v", r, err)
	}
}

// TestRosterRefusesControlCharactersByLine: a roster whose names, emails or
// member ids hold NUL, control characters or bytes that are not UTF-8 (a
// Latin-1 export) is refused whole, the message naming the line.
func TestRosterRefusesControlCharactersByLine(t *testing.T) {
	const header = "name,email,member id,standing\nAna,ana@example.org,1,good\n"
	cases := map[string]string{
		"NUL in a name":          "Be\x00n,ben@example.org,2,good\n",
		"Latin-1 name":           "Andr\xe9,andre@example.org,2,good\n",
		"escape in a member id":  "Ben,ben@example.org,2\x1b,good\n",
		"NUL in an email":        "Ben,b\x00en@example.org,2,good\n",
		"override in an email":   "Ben,ben\u202e@example.org,2,good\n",
		"zero width in an email": "Ben,b\u200ben@example.org,2,good\n",
		"C1 in a name":           "Ben\u0092s,ben@example.org,2,good\n",
	}
	for name, row := range cases {
		_, err := member.ParseRoster(strings.NewReader(header + row))
		if charter.ErrorCode(err) != charter.EINVALID || !strings.HasPrefix(charter.ErrorMessage(err), "Roster line 3: ") {
			t.Errorf("%s: %v, want invalid at line 3", name, err)
		}
	}
	if entries, err := member.ParseRoster(strings.NewReader(header + "Zoë \u202eAl,zoe@example.org, 7 ,good\n")); err != nil || entries[1].Name != "Zoë \u202eAl" || entries[1].MemberNumber != "7" {
		t.Errorf("a name in any script is kept: %+v %v", entries, err)
	}
}
