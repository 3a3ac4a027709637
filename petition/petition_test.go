package petition_test

import (
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member/membertest"
	"github.com/charter-org/charter/petition"
)

func TestPermissions(t *testing.T) {
	membertest.Check(t, "CanStart", petition.CanStart, "member")
	membertest.Check(t, "CanSign", petition.CanSign, "member")
	membertest.Check(t, "CanSeeSigners", petition.CanSeeSigners, "officer", "observer")
	membertest.Check(t, "CanNotice", petition.CanNotice, "officer")
}

func TestParseRule(t *testing.T) {
	for _, c := range []struct {
		threshold string
		days      int
		want      petition.Rule
		ok        bool
	}{
		{"10%", 30, petition.DefaultRule, true},
		{"150", 14, petition.Rule{Threshold: petitionCount(150), DaysToAct: 14}, true},
		{"none", 30, petition.Rule{}, false},
		{"0", 30, petition.Rule{}, false},
		{"ten", 30, petition.Rule{}, false},
		{"120%", 30, petition.Rule{}, false},
		{"10%", 0, petition.Rule{}, false},
		{"10%", 400, petition.Rule{}, false},
	} {
		got, err := petition.ParseRule(c.threshold, c.days)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseRule(%q, %d) = %v, %v", c.threshold, c.days, got, err)
		}
		if err != nil && charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("ParseRule(%q, %d): code %s", c.threshold, c.days, charter.ErrorCode(err))
		}
	}
}

func TestNeeded(t *testing.T) {
	tenth := petition.DefaultRule
	for _, c := range []struct{ roll, want int }{{0, 1}, {1, 1}, {9, 1}, {10, 1}, {11, 2}, {100, 10}, {101, 11}, {10000, 1000}} {
		if got := tenth.Needed(c.roll); got != c.want {
			t.Errorf("10%% of %d: %d, want %d", c.roll, got, c.want)
		}
		if !tenth.Reached(c.want, c.roll) || (c.want > 1 && tenth.Reached(c.want-1, c.roll)) {
			t.Errorf("10%% of %d: reached at the wrong count", c.roll)
		}
	}
	count := petition.Rule{Threshold: petitionCount(3), DaysToAct: 1}
	if count.Needed(1000) != 3 || count.Reached(2, 1000) || !count.Reached(3, 2) {
		t.Error("a count ignores the roll")
	}
}

func TestLifecycle(t *testing.T) {
	at := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	deadline := petition.DefaultRule.Deadline(at)
	if !deadline.Equal(at.AddDate(0, 0, 30)) {
		t.Fatalf("deadline %v", deadline)
	}
	p := petition.Petition{Rule: petition.DefaultRule, Status: petition.StatusOpen}
	if petition.CheckSign(p) != nil || petition.CheckWithdraw(p) != nil || charter.ErrorCode(petition.CheckNotice(p)) != charter.ECONFLICT {
		t.Error("open: sign and withdraw, no notice")
	}
	p.Status, p.ReachedAt, p.Deadline = petition.StatusReached, &at, &deadline
	if petition.CheckSign(p) != nil || charter.ErrorCode(petition.CheckWithdraw(p)) != charter.ECONFLICT || petition.CheckNotice(p) != nil {
		t.Error("reached: sign, notice, no withdrawal")
	}
	if p.Missed(deadline) || !p.Missed(deadline.Add(time.Second)) {
		t.Error("missed only after the deadline")
	}
	p.Status = petition.StatusNoticed
	if charter.ErrorCode(petition.CheckSign(p)) != charter.ECONFLICT || petition.CheckWithdraw(p) == nil || petition.CheckNotice(p) == nil || p.Missed(deadline.AddDate(1, 0, 0)) {
		t.Error("noticed: closed, never missed")
	}
}

func TestCheckQuestion(t *testing.T) {
	if q, err := petition.CheckQuestion(petition.KindReferendum, "  Shall we hold officer elections?  "); err != nil || q != "Shall we hold officer elections?" {
		t.Errorf("%q %v", q, err)
	}
	if _, err := petition.CheckQuestion(petition.KindMeeting, " "); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("empty: %v", err)
	}
	if q, err := petition.CheckQuestion(petition.KindAmendment, "ignored"); err != nil || q != "" {
		t.Errorf("amendment: %q %v", q, err)
	}
	long := make([]rune, petition.MaxQuestion+1)
	for i := range long {
		long[i] = 'a'
	}
	if _, err := petition.CheckQuestion(petition.KindReferendum, string(long)); charter.ErrorCode(err) != charter.ETOOLARGE {
		t.Errorf("long: %v", err)
	}
	if _, err := petition.ParseKind("recall"); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("kind: %v", err)
	}
}

func petitionCount(n int) ballot.Quorum { return ballot.Quorum{Count: n} }
