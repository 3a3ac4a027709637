package site

import (
	"fmt"
	"net/url"

	"github.com/charter-org/charter/search"
)

// HitPath is where a search result leads: a section of the current
// version to its page, a section of an earlier version (the text in force
// behind a newer draft) to its place in that version, an amendment to its
// page, a comment to itself on its section's page, or, when it stands on
// no section of the current version, to the document's comments.
func HitPath(h search.Hit) string {
	doc := "/documents/" + url.PathEscape(h.DocumentSlug)
	switch h.Kind {
	case search.KindAmendment:
		return fmt.Sprintf("/amendments/%d", h.AmendmentID)
	case search.KindTranslation:
		return fmt.Sprintf("%s/translations/%s#%s", doc, url.PathEscape(h.Language), url.PathEscape(h.SectionKey))
	case search.KindComment:
		if h.SectionKey == "" {
			return doc + "/comments"
		}
		return fmt.Sprintf("%s/sections/%s#c%d", doc, url.PathEscape(h.SectionKey), h.CommentID)
	}
	if h.Head {
		return doc + "/sections/" + url.PathEscape(h.SectionKey)
	}
	return fmt.Sprintf("%s/versions/%d#%s", doc, h.VersionID, url.PathEscape(h.SectionKey))
}
