package page

import (
	"errors"

	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/i18n"
	"github.com/charter-org/charter/web/view"
)

// A write built on a version that is no longer the head is refused with
// what was published since (store.StaleError); pages and the API show it,
// so that the writer can carry their change into the current version.

// staleOf gives the view of a stale refusal, or nil for any other error.
func staleOf(l *i18n.Localizer, slug string, err error) *view.Stale {
	var stale *store.StaleError
	if !errors.As(err, &stale) || len(stale.Since) == 0 {
		return nil
	}
	v := &view.Stale{Slug: slug, Base: stale.Base, Head: stale.Since[len(stale.Since)-1].Version}
	for _, p := range stale.Since {
		sv := view.Since{Published: p}
		for _, ch := range p.Changes {
			sv.Motions = append(sv.Motions, ch.Motion.Translate(l.ErrorFormat))
		}
		v.Since = append(v.Since, sv)
	}
	return v
}
