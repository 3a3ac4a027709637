package web

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

type apiAmendment struct {
	ID             int64        `json:"id"`
	BaseVersionID  int64        `json:"base_version_id"`
	ParentID       int64        `json:"parent_id,omitempty"`
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
		ID: a.ID, BaseVersionID: a.BaseVersionID, ParentID: a.ParentID, Title: a.Title, Rationale: a.Rationale,
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

// comparison loads an amendment, as viewer may see it, and sets it against
// the text it amends.
func (s *Server) comparison(ctx context.Context, viewer member.User, id int64) (amendment.Amendment, *amendment.Comparison, error) {
	a, err := s.db.AmendmentFor(ctx, viewer, id)
	if err != nil {
		return a, nil, err
	}
	key, err := s.comparisonKey(ctx, a)
	if err != nil {
		return a, nil, err
	}
	cmp, err := s.compare(ctx, a, key)
	return a, cmp, err
}

// comparisonKey names what an amendment's comparison compares: its base
// version, or for a secondary amendment its primary's text, which a
// rebase may change; and the amendment's own text, which an edit or a
// rebase changes. Versions never change.
func (s *Server) comparisonKey(ctx context.Context, a amendment.Amendment) (string, error) {
	if a.ParentID == 0 {
		return fmt.Sprintf("%d/%s", a.BaseVersionID, a.ProposedSHA), nil
	}
	parent, err := s.db.Amendment(ctx, a.ParentID)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%d/%s/%s", a.BaseVersionID, parent.ProposedSHA, a.ProposedSHA), nil
}

// compare sets an amendment against the text it amends, through the
// cache, under its comparisonKey.
func (s *Server) compare(ctx context.Context, a amendment.Amendment, key string) (*amendment.Comparison, error) {
	return s.comparisons.Get(key, func() (*amendment.Comparison, error) {
		base, err := s.amendmentBase(ctx, a)
		if err != nil {
			return nil, err
		}
		cmp, err := amendment.Compare(base, []byte(a.Proposed))
		if err != nil {
			return nil, charter.Internal(err) // a stored amendment always parses
		}
		// Kept for later views, which never render the texts whole.
		cmp.Proposed.DropTree()
		return cmp, nil
	})
}

// amendmentBase is the text an amendment changes, without its syntax tree,
// which comparisons never read. A primary amendment's is its base version:
// restored once and shared, read only, by the comparisons of every
// amendment to it. Restoring it for each of 500 amendments was half of the
// first view of their document's page.
func (s *Server) amendmentBase(ctx context.Context, a amendment.Amendment) (*document.Parsed, error) {
	if a.ParentID != 0 {
		base, err := s.db.AmendmentBase(ctx, a)
		if err == nil {
			base.DropTree()
		}
		return base, err
	}
	return s.bases.Get(strconv.FormatInt(a.BaseVersionID, 10), func() (*document.Parsed, error) {
		// Others may be waiting for it: it is read even if this reader leaves.
		base, err := s.db.VersionText(context.WithoutCancel(ctx), a.DocumentID, a.BaseVersionID)
		if err == nil {
			base.DropTree()
		}
		return base, err
	})
}

func amendmentID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no amendment %q.", charter.Clip(c.Param("id"), 40))
	}
	return id, nil
}
