package web

import (
	"errors"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/store"
)

// A write built on a version that is no longer the head is refused with
// what was published since (store.StaleError); pages and the API show it,
// so that the writer can carry their change into the current version.

// staleView is that list as a page shows it.
type staleView struct {
	Slug  string
	Base  document.Version
	Head  document.Version
	Since []sinceView
}

// sinceView is one version published since, with the motions describing
// the sections it changed, in the reader's language.
type sinceView struct {
	store.Published
	Motions []string
}

// staleOf gives the view of a stale refusal, or nil for any other error.
func (s *Server) staleOf(c *gin.Context, slug string, err error) *staleView {
	var stale *store.StaleError
	if !errors.As(err, &stale) || len(stale.Since) == 0 {
		return nil
	}
	l := s.site.Localizer(c)
	v := &staleView{Slug: slug, Base: stale.Base, Head: stale.Since[len(stale.Since)-1].Version}
	for _, p := range stale.Since {
		sv := sinceView{Published: p}
		for _, ch := range p.Changes {
			sv.Motions = append(sv.Motions, ch.Motion.Translate(l.ErrorFormat))
		}
		v.Since = append(v.Since, sv)
	}
	return v
}

// apiPublished is a version published since, as the API gives it.
type apiPublished struct {
	apiVersion
	Author       string      `json:"author,omitempty"`
	AmendmentIDs []int64     `json:"amendment_ids,omitempty"`
	BallotID     int64       `json:"ballot_id,omitempty"`
	Changes      []apiChange `json:"changes"`
}

// addStale adds to an API error body, for a stale refusal, the version the
// write was built on, the head, and what was published between them.
func addStale(body gin.H, err error) {
	var stale *store.StaleError
	if !errors.As(err, &stale) {
		return
	}
	body["base_version_id"] = stale.Base.ID
	since := make([]apiPublished, len(stale.Since))
	for i, p := range stale.Since {
		since[i] = apiPublished{apiVersion: toAPIVersion(p.Version), Author: p.Author, AmendmentIDs: p.AmendmentIDs, BallotID: p.BallotID, Changes: []apiChange{}}
		for _, ch := range p.Changes {
			since[i].Changes = append(since[i].Changes, toAPIChange(ch))
		}
		body["head_version_id"] = p.ID
	}
	body["since"] = since
}
