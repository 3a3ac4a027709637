package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

type apiComment struct {
	ID                int64      `json:"id"`
	VersionID         int64      `json:"version_id"`
	ParentID          int64      `json:"parent_id,omitempty"`
	AuthorID          int64      `json:"author_id"`
	Stance            string     `json:"stance,omitempty"`
	Body              string     `json:"body"`
	Language          string     `json:"language,omitempty"` // the language it was written in, when known
	Supports          int        `json:"supports"`
	CreatedAt         time.Time  `json:"created_at"`
	Disposition       string     `json:"disposition,omitempty"`
	DispositionReason string     `json:"disposition_reason,omitempty"`
	IncorporatedIn    *apiIncorp `json:"incorporated_in,omitempty"`
	Anchor            *apiAnchor `json:"anchor"`
}

type apiIncorp struct {
	AmendmentID   int64 `json:"amendment_id,omitempty"`
	VersionNumber int   `json:"version_number,omitempty"`
}

// apiAnchor is where a comment stands in a version: its section, its
// passage, and what became of it ("kept", "found", "changed", "removed").
type apiAnchor struct {
	VersionID  int64  `json:"version_id"`
	SectionKey string `json:"section_key"`
	Fate       string `json:"fate"`
	Quote      string `json:"quote,omitempty"`
	Offset     *int   `json:"offset,omitempty"`
}

func toAPIComment(v store.CommentView) apiComment {
	out := apiComment{
		ID: v.ID, VersionID: v.VersionID, ParentID: v.ParentID, AuthorID: v.AuthorID, Stance: string(v.Stance),
		Body: v.Body, Language: v.Language, Supports: v.Supports, CreatedAt: v.CreatedAt, Disposition: string(v.Disposition), DispositionReason: v.DispositionReason,
		Anchor: &apiAnchor{VersionID: v.Place.VersionID, SectionKey: v.Place.SectionKey, Fate: string(v.Place.Fate)},
	}
	if in := v.IncorporatedIn; in.AmendmentID != 0 || in.VersionNumber != 0 {
		out.IncorporatedIn = &apiIncorp{AmendmentID: in.AmendmentID, VersionNumber: in.VersionNumber}
	}
	if v.Hidden != "" || v.Deleted {
		out.Body = "" // hidden and deleted text is for the author and observers, on the page
	}
	if a := v.Place.Anchor; a != nil && !v.Place.Orphaned() {
		out.Anchor.Quote, out.Anchor.Offset = a.Quote, &a.Offset
	}
	return out
}

// List answers a version's comments (the current version unless
// ?version names one), a page at a time.
func (h *Comments) List(c *gin.Context) error {
	doc, err := h.db.Document(c.Request.Context(), c.Param("slug"))
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	versionID := int64(0)
	if q := c.Query("version"); q != "" {
		id, err := strconv.ParseInt(q, 10, 64)
		if err != nil {
			return charter.Errorf(charter.ENOTFOUND, "There is no version %q.", charter.Clip(q, 40))
		}
		if _, err := h.db.Version(ctx, doc.ID, id); err != nil {
			return err
		}
		versionID = id
	} else {
		head, err := h.db.HeadVersion(ctx, doc.ID)
		if err != nil {
			return err
		}
		versionID = head.ID
	}
	// A page at a time, from the comment after ?after=ID: all 50,000
	// comments of a draft at once were seconds of work and tens of MB.
	limit := apiCommentsPage
	if q := c.Query("limit"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 || n > apiCommentsPage {
			return charter.Errorf(charter.EINVALID, "The limit must be a number from 1 to %d.", apiCommentsPage)
		}
		limit = n
	}
	var after int64
	if q := c.Query("after"); q != "" {
		n, err := strconv.ParseInt(q, 10, 64)
		if err != nil || n < 0 {
			return charter.Errorf(charter.EINVALID, "after must be the id of a comment.")
		}
		after = n
	}
	views, err := h.db.CommentsAfter(ctx, versionID, after, limit+1)
	if err != nil {
		return err
	}
	res := gin.H{"version_id": versionID}
	if len(views) > limit {
		views = views[:limit]
		res["next_after"] = views[limit-1].ID
	}
	out := make([]apiComment, len(views))
	for i, v := range views {
		out[i] = toAPIComment(v)
	}
	res["comments"] = out
	c.JSON(http.StatusOK, res)
	return nil
}

// apiCommentsPage is the most comments one call lists.
const apiCommentsPage = 1000

// Post stores a comment or a reply and answers it: 201.
func (h *Comments) Post(c *gin.Context) error {
	var in struct {
		VersionID  int64  `json:"version_id"`
		SectionKey string `json:"section_key"`
		Quote      string `json:"quote"`
		QuoteStart int    `json:"quote_start"`
		QuoteEnd   int    `json:"quote_end"`
		Stance     string `json:"stance"`
		Body       string `json:"body"`
		ParentID   int64  `json:"parent_id"`
		Language   string `json:"language"` // the language it is written in, when the client knows it
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	posted, err := h.db.PostComment(c.Request.Context(), *site.User(c), store.NewComment{
		DocumentSlug: c.Param("slug"), VersionID: in.VersionID, SectionKey: in.SectionKey, Quote: in.Quote,
		QuoteStart: in.QuoteStart, QuoteEnd: in.QuoteEnd, Stance: comment.Stance(in.Stance), Body: in.Body, ParentID: in.ParentID,
		Language: in.Language,
	})
	if err != nil {
		return err
	}
	view, err := h.db.Comment(c.Request.Context(), posted.ID)
	if err != nil {
		return err
	}
	c.JSON(http.StatusCreated, toAPIComment(view))
	return nil
}

// Get answers a comment where it stands in the current version.
func (h *Comments) Get(c *gin.Context) error {
	id, err := site.CommentID(c)
	if err != nil {
		return err
	}
	view, err := h.db.Comment(c.Request.Context(), id)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, toAPIComment(view))
	return nil
}

// SetDisposition records the committee's answer to a comment and
// answers the comment.
func (h *Comments) SetDisposition(c *gin.Context) error {
	id, err := site.CommentID(c)
	if err != nil {
		return err
	}
	var in struct {
		Disposition   string `json:"disposition"`
		Reason        string `json:"reason"`
		AmendmentID   int64  `json:"amendment_id"`
		VersionNumber int    `json:"version_number"`
	}
	if err := readJSON(c, &in); err != nil {
		return err
	}
	if err := h.db.SetDisposition(c.Request.Context(), *site.User(c), id, comment.Disposition(in.Disposition), in.Reason,
		comment.Incorporation{AmendmentID: in.AmendmentID, VersionNumber: in.VersionNumber}); err != nil {
		return err
	}
	h.Get(c)
	return nil
}

// Support records the caller's support of a comment and answers the
// comment.
func (h *Comments) Support(c *gin.Context) error {
	id, err := site.CommentID(c)
	if err != nil {
		return err
	}
	if err := h.db.SupportComment(c.Request.Context(), *site.User(c), id); err != nil {
		return err
	}
	h.Get(c)
	return nil
}
