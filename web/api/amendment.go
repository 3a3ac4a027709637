package api

import (
	"time"

	"github.com/charter-org/charter/amendment"
)

type apiAmendment struct {
	ID             int64        `json:"id"`
	BaseVersionID  int64        `json:"base_version_id"`
	ParentID       int64        `json:"parent_id,omitempty"`
	Revision       bool         `json:"revision"` // a complete revision of the whole text
	Title          string       `json:"title"`
	Rationale      string       `json:"rationale"`
	SponsorID      int64        `json:"sponsor_id"`
	Cosponsors     []int64      `json:"cosponsors"`
	Status         string       `json:"status"`
	ProposedSHA256 string       `json:"proposed_sha256"`
	CreatedAt      time.Time    `json:"created_at"`
	Changes        []apiChange  `json:"changes,omitempty"`
	Warnings       []apiWarning `json:"warnings,omitempty"`
}

type apiWarning struct {
	In      string `json:"in"`
	Quote   string `json:"quote"`
	Message string `json:"message"`
}

type apiChange struct {
	Key         string `json:"key"`
	Number      string `json:"number,omitempty"`
	NewNumber   string `json:"new_number,omitempty"`
	Form        string `json:"form"`
	Description string `json:"description"`
	Current     string `json:"current"`
	Proposed    string `json:"proposed"`
}

func toAPIChange(c amendment.Change) apiChange {
	return apiChange{Key: c.Key, Number: c.Number, NewNumber: c.NewNumber, Form: string(c.Form), Description: c.Description, Current: c.Old, Proposed: c.New}
}

func toAPIAmendment(a amendment.Amendment, cmp *amendment.Comparison) apiAmendment {
	out := apiAmendment{
		ID: a.ID, BaseVersionID: a.BaseVersionID, ParentID: a.ParentID, Revision: a.Revision, Title: a.Title, Rationale: a.Rationale,
		SponsorID: a.SponsorID, Cosponsors: a.Cosponsors, Status: string(a.Status), ProposedSHA256: a.ProposedSHA, CreatedAt: a.CreatedAt,
	}
	if out.Cosponsors == nil {
		out.Cosponsors = []int64{}
	}
	if cmp == nil {
		return out
	}
	for _, c := range cmp.Changes {
		out.Changes = append(out.Changes, toAPIChange(c))
	}
	for _, w := range amendment.CrossReferences(cmp) {
		out.Warnings = append(out.Warnings, apiWarning{In: w.In, Quote: w.Quote, Message: w.Message})
	}
	return out
}
