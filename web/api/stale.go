package api

import (
	"errors"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/store"
)

// apiPublished is a version published since, as the API gives it.
type apiPublished struct {
	apiVersion
	Author       string      `json:"author,omitempty"`
	AmendmentIDs []int64     `json:"amendment_ids,omitempty"`
	BallotID     int64       `json:"ballot_id,omitempty"`
	Changes      []apiChange `json:"changes"`
}

// ErrorFields adds to an API error body, for a stale refusal
// (store.StaleError), the version the write was built on, the head, and
// what was published between them, so that the writer can carry their
// change into the current version (site.Options.APIErrorFields).
func ErrorFields(body gin.H, err error) {
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
