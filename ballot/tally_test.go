package ballot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
)

func rule(t *testing.T, threshold, base, quorum string) ballot.Rule {
	t.Helper()
	r, err := ballot.ParseRule(threshold, base, quorum, 0)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestDecide: the arithmetic of RONR's thresholds and bases, and of a
// quorum that counts abstentions.
func TestDecide(t *testing.T) {
	cases := []struct {
		name                    string
		threshold, base, quorum string
		count                   ballot.Count
		roll                    int
		adopted, quorumMet      bool
		words                   []string
	}{
		{"majority of votes cast; abstentions are not votes", "majority", "cast", "none", ballot.Count{Yes: 10, No: 9, Abstain: 5}, 40, true, true,
			[]string{"10 yes of 19 votes cast = 52.6 %, more than half required: adopted", "24 of 40 eligible voted = 60.0 %, no quorum required"}},
		{"a tie is not a majority", "majority", "cast", "none", ballot.Count{Yes: 10, No: 10}, 40, false, true,
			[]string{"10 yes of 20 votes cast = 50.0 %, more than half required: not adopted"}},
		{"exactly two-thirds is two-thirds", "2/3", "cast", "none", ballot.Count{Yes: 20, No: 10}, 40, true, true,
			[]string{"20 yes of 30 votes cast = 66.7 %, at least two-thirds required: adopted"}},
		{"just short of two-thirds", "2/3", "cast", "none", ballot.Count{Yes: 19, No: 10}, 40, false, true,
			[]string{"19 yes of 29 votes cast = 65.5 %, at least two-thirds required: not adopted"}},
		{"majority of the entire membership: half is not enough", "majority", "eligible", "none", ballot.Count{Yes: 50, No: 10}, 100, false, true,
			[]string{"50 yes of 100 eligible members = 50.0 %, more than half of the entire membership required: not adopted"}},
		{"majority of the entire membership", "majority", "eligible", "none", ballot.Count{Yes: 51, No: 10}, 100, true, true, nil},
		{"two-thirds of the membership, abstentions count against", "2/3", "eligible", "none", ballot.Count{Yes: 59, No: 0, Abstain: 31}, 90, false, true, nil},
		{"the issue's example", "2/3", "cast", "25%", ballot.Count{Yes: 412, No: 98, Abstain: 30}, 1200, true, true,
			[]string{"412 yes of 510 votes cast = 80.8 %, at least two-thirds required: adopted", "540 of 1200 eligible voted = 45.0 %, quorum 25.0 %: met"}},
		{"quorum not met: no decision", "majority", "cast", "25%", ballot.Count{Yes: 299}, 1200, false, false,
			[]string{"299 yes of 299 votes cast = 100.0 %, more than half required: reached", "299 of 1200 eligible voted = 24.9 %, quorum 25.0 %: not met", "without a quorum there is no decision: not adopted"}},
		{"abstentions count toward the quorum", "majority", "cast", "300", ballot.Count{Yes: 200, No: 10, Abstain: 90}, 1200, true, true,
			[]string{"300 of 1200 eligible voted = 25.0 %, quorum 300 members: met"}},
		{"no votes cast", "majority", "cast", "none", ballot.Count{Abstain: 4}, 10, false, true,
			[]string{"no votes cast (4 abstentions): not adopted"}},
		{"three to one", "3:1", "cast", "none", ballot.Count{Yes: 30, No: 10}, 40, true, true,
			[]string{"30 yes of 40 votes cast = 75.0 %, at least three-quarters required: adopted"}},
	}
	for _, tc := range cases {
		r := ballot.Decide(rule(t, tc.threshold, tc.base, tc.quorum), tc.count, tc.roll)
		if r.Adopted != tc.adopted || r.QuorumMet != tc.quorumMet {
			t.Errorf("%s: adopted %v quorum %v, want %v %v", tc.name, r.Adopted, r.QuorumMet, tc.adopted, tc.quorumMet)
		}
		var got []string
		for _, line := range r.Arithmetic {
			got = append(got, line.String())
		}
		for _, w := range tc.words {
			if !contains(got, w) {
				t.Errorf("%s: arithmetic %q lacks %q", tc.name, got, w)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestParseRule(t *testing.T) {
	good := map[string]string{"majority": "majority", "1/2": "majority", "2/3": "2/3", "3/4": "3/4", "3:1": "3/4", "2:1": "2/3", " 3 / 5 ": "3/5"}
	for in, want := range good {
		th, err := ballot.ParseThreshold(in)
		if err != nil || th.String() != want {
			t.Errorf("%q: %v %v, want %s", in, th, err, want)
		}
	}
	for _, in := range []string{"", "1/3", "5/4", "two-thirds", "0/0", "1:2", "2/3/4", "9999/10000"} {
		if _, err := ballot.ParseThreshold(in); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("threshold %q: %v", in, err)
		}
	}
	for in, want := range map[string]string{"none": "none", "": "none", "25%": "25.0 %", "12.5%": "12.5 %", "150": "150"} {
		q, err := ballot.ParseQuorum(in)
		if err != nil || q.String() != want {
			t.Errorf("quorum %q: %v %v, want %s", in, q, err, want)
		}
	}
	for _, in := range []string{"-1", "0%", "101%", "many"} {
		if _, err := ballot.ParseQuorum(in); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("quorum %q: %v", in, err)
		}
	}
	if _, err := ballot.ParseRule("2/3", "present", "none", 30); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("an unknown base: %v", err)
	}
	if _, err := ballot.ParseRule("2/3", "cast", "none", -1); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("negative notice: %v", err)
	}
}

func TestSchedule(t *testing.T) {
	notice := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	thirty := ballot.Rule{Threshold: ballot.TwoThirds, Base: ballot.BaseCast, NoticeDays: 30}
	if err := ballot.CheckTimes(notice, notice.AddDate(0, 0, 29), notice.AddDate(0, 0, 31), []ballot.Rule{thirty}); charter.ErrorCode(err) != charter.EINVALID || !strings.Contains(err.Error(), "30 days") {
		t.Errorf("short notice: %v", err)
	}
	if err := ballot.CheckTimes(notice, notice.AddDate(0, 0, 30), notice.AddDate(0, 0, 31), []ballot.Rule{thirty}); err != nil {
		t.Errorf("thirty days' notice: %v", err)
	}
	if err := ballot.CheckTimes(notice, notice.AddDate(0, 0, 31), notice.AddDate(0, 0, 31), nil); charter.ErrorCode(err) != charter.EINVALID {
		t.Errorf("closing as it opens: %v", err)
	}
	b := ballot.Ballot{Status: ballot.StatusNoticed, OpensAt: notice.Add(time.Hour), ClosesAt: notice.Add(2 * time.Hour), MinBallots: 3}
	if b.CanOpen(notice) == nil || b.CanVote(notice.Add(time.Hour)) == nil || b.CanClose(notice.Add(3*time.Hour)) == nil || b.CanShowResults() == nil {
		t.Error("a noticed ballot opens early, takes votes, closes or shows results")
	}
	b.Status = ballot.StatusOpen
	if b.CanVote(notice.Add(90*time.Minute)) != nil || b.CanVote(notice.Add(2*time.Hour)) == nil {
		t.Error("votes are taken only until closing time")
	}
	if b.CanClose(notice.Add(119*time.Minute)) == nil || b.CanClose(notice.Add(2*time.Hour)) != nil {
		t.Error("an officer closes at the announced time, not before")
	}
	b.Status, b.Turnout = ballot.StatusClosed, 3
	if err := b.CanShowResults(); err == nil || !strings.Contains(err.Error(), "sealed") || b.CanCount() != nil {
		t.Errorf("a closed ballot before its count: results %v, count %v", err, b.CanCount())
	}
	b.Status, b.Turnout = ballot.StatusCounted, 2
	if err := b.CanShowResults(); err == nil || !strings.Contains(err.Error(), "Only 2 ballots") || b.CanCount() == nil {
		t.Errorf("two ballots' results: %v", err)
	}
	b.Turnout = 3
	if err := b.CanShowResults(); err != nil {
		t.Error(err)
	}
}

func TestTracker(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		tr := ballot.NewTracker()
		if len(tr) != 15 || strings.ContainsAny(tr, "ILOU") || seen[tr] {
			t.Fatalf("tracker %q", tr)
		}
		seen[tr] = true
	}
	choices := []ballot.Choice{ballot.Yes, ballot.Abstain, ballot.No}
	if got := ballot.DecodeChoices(ballot.EncodeChoices(choices)); len(got) != 3 || got[1] != ballot.Abstain {
		t.Errorf("choices round trip: %v", got)
	}
}

// TestArithmeticNearTheBar: the percentage shown never contradicts the
// verdict beside it, and thresholds and quorums are read exactly.
func TestArithmeticNearTheBar(t *testing.T) {
	cases := []struct {
		threshold, quorum string
		count             ballot.Count
		roll              int
		want              string
	}{
		{"2/3", "none", ballot.Count{Yes: 1999, No: 1000}, 3000, "1999 yes of 2999 votes cast = 66.6 %, at least two-thirds required: not adopted"},
		{"majority", "none", ballot.Count{Yes: 10001, No: 10000}, 30000, "10001 yes of 20001 votes cast = 50.1 %, more than half required: adopted"},
		{"4/6", "none", ballot.Count{Yes: 4, No: 2}, 10, "4 yes of 6 votes cast = 66.7 %, at least two-thirds required: adopted"},
		{"majority", "25%", ballot.Count{Yes: 2499}, 10000, "2499 of 10000 eligible voted = 24.9 %, quorum 25.0 %: not met"},
	}
	for _, tc := range cases {
		r := ballot.Decide(rule(t, tc.threshold, "cast", tc.quorum), tc.count, tc.roll)
		var got []string
		for _, line := range r.Arithmetic {
			got = append(got, line.String())
		}
		if !contains(got, tc.want) {
			t.Errorf("%q lacks %q", got, tc.want)
		}
	}
	for _, q := range []string{"0.01%", "0.04%", "NaN%", "nan%", "Inf%"} {
		if _, err := ballot.ParseQuorum(q); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("quorum %q: %v", q, err)
		}
	}
}
