package ballot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
)

// TestNewSnapshot: a question is frozen with the usual words unless the
// officer wrote their own, with its redline and motions when it is on the
// text, and refused when it is of no known kind, lacks its document, or
// would change nothing.
func TestNewSnapshot(t *testing.T) {
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	change := ballot.Proposal{DocumentSlug: "constitution", DocumentTitle: "Constitution", FromVersionID: 3,
		Before: "Dues are two dollars.\n", After: "Dues are five dollars.\n", Motions: []string{"In Article I, strike \"two\" and insert \"five\"."}}

	amend := change
	amend.Kind, amend.AmendmentID, amend.AmendmentTitle, amend.Rationale, amend.Sponsors = ballot.KindAmendment, 7, "Dues", "Costs rose.", []string{"Ana", "Ben"}
	s, err := ballot.NewSnapshot(amend, now)
	if err != nil {
		t.Fatal(err)
	}
	if s.Question != `Adopt amendment #7, "Dues", to Constitution?` || s.AmendmentID != 7 || s.Rationale != "Costs rose." || strings.Join(s.Sponsors, ",") != "Ana,Ben" {
		t.Errorf("amendment question: %+v", s)
	}
	if s.Redline != "Dues are {~~two~>five~~} dollars.\n" || s.FromVersionID != 3 || s.Before != change.Before || s.After != change.After || len(s.Motions) != 1 || !s.NoticeAt.Equal(now) {
		t.Errorf("amendment snapshot: %+v", s)
	}

	version := change
	version.Kind, version.ToVersionID, version.ToVersionNumber, version.Question = ballot.KindVersion, 9, 4, ""
	if s, err := ballot.NewSnapshot(version, now); err != nil || s.Question != "Adopt version 4 of Constitution as the text in force?" || s.ToVersionID != 9 || s.AmendmentID != 0 {
		t.Errorf("version question: %+v %v", s, err)
	}
	version.Question = "  Adopt the new draft?  "
	if s, err := ballot.NewSnapshot(version, now); err != nil || s.Question != "Adopt the new draft?" {
		t.Errorf("the officer's words: %q %v", s.Question, err)
	}

	referendum := ballot.Proposal{Kind: ballot.KindReferendum, Question: "Hold officer elections every year?"}
	if s, err := ballot.NewSnapshot(referendum, now); err != nil || s.Question != referendum.Question || s.Redline != "" || s.Before != "" {
		t.Errorf("referendum: %+v %v", s, err)
	}

	nothing := amend
	nothing.Motions = nil
	for name, tc := range map[string]struct {
		p    ballot.Proposal
		code string
	}{
		"no change":            {nothing, charter.EINVALID},
		"no document":          {ballot.Proposal{Kind: ballot.KindVersion, ToVersionID: 9}, charter.EINVALID},
		"unknown kind":         {ballot.Proposal{Kind: "recall", Question: "Recall?"}, charter.EINVALID},
		"empty referendum":     {ballot.Proposal{Kind: ballot.KindReferendum, Question: "  "}, charter.EINVALID},
		"referendum at length": {ballot.Proposal{Kind: ballot.KindReferendum, Question: strings.Repeat("a", ballot.MaxQuestionRunes+1)}, charter.ETOOLARGE},
		"control character":    {ballot.Proposal{Kind: ballot.KindReferendum, Question: "Yes\x00?"}, charter.EINVALID},
		"officer's words at length": {func() ballot.Proposal {
			p := amend
			p.Question = strings.Repeat("a", ballot.MaxQuestionRunes+1)
			return p
		}(), charter.ETOOLARGE},
	} {
		if _, err := ballot.NewSnapshot(tc.p, now); charter.ErrorCode(err) != tc.code {
			t.Errorf("%s: %v, want %s", name, err, tc.code)
		}
	}
}

// TestPaper: a paper answers every question, each by the hash of the
// snapshot the voter read.
func TestPaper(t *testing.T) {
	for _, tc := range []struct {
		choices []ballot.Choice
		code    string
	}{
		{[]ballot.Choice{"y", "n", "a"}, ""},
		{[]ballot.Choice{"yes", "abstain"}, ""},
		{nil, charter.EINVALID},
		{make([]ballot.Choice, ballot.MaxQuestions+1), charter.EINVALID},
		{[]ballot.Choice{"yes", ""}, charter.EINVALID},
		{[]ballot.Choice{"maybe"}, charter.EINVALID},
	} {
		if _, err := ballot.ParseChoices(tc.choices); charter.ErrorCode(err) != tc.code {
			t.Errorf("ParseChoices(%q): %v, want %q", tc.choices, err, tc.code)
		}
	}
	if got, _ := ballot.ParseChoices([]ballot.Choice{"y", "n", "abstain"}); len(got) != 3 || got[0] != ballot.Yes || got[1] != ballot.No || got[2] != ballot.Abstain {
		t.Errorf("ParseChoices: %q", got)
	}
	first, second := strings.Repeat("a", 64), strings.Repeat("b", 64)
	b := &ballot.Ballot{Questions: []ballot.Question{{SHA256: first}, {SHA256: second}}}
	yes := []ballot.Choice{ballot.Yes, ballot.Yes}
	for _, tc := range []struct {
		choices []ballot.Choice
		hashes  []string
		code    string
	}{
		{yes, []string{first, second}, ""},
		{yes[:1], []string{first}, charter.EINVALID},
		{yes, []string{first}, charter.EINVALID},
		{yes, []string{second, first}, charter.ECONFLICT},
	} {
		if err := b.CheckPaper(tc.choices, tc.hashes); charter.ErrorCode(err) != tc.code {
			t.Errorf("CheckPaper(%q, %d hashes): %v, want %q", tc.choices, len(tc.hashes), err, tc.code)
		}
	}
}
