package page

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/web/site"
)

// SetVoteRule records the document's rule for adopting amendments, as its
// amendment article states it, and the clause authorising online ballots.
func (h *Documents) SetVoteRule(c *gin.Context) error {
	field := func(name string) string { return strings.TrimSpace(c.PostForm(name)) }
	rule, err := ruleFromForm(field)
	if err != nil {
		return err
	}
	// A complete revision's rule, when the article gives one of its own
	// (its threshold filled in); both are read before either is kept.
	var revision *ballot.Rule
	if field("revision_threshold") != "" {
		r, err := ruleFromForm(func(name string) string { return field("revision_" + name) })
		if err != nil {
			return err
		}
		revision = &r
	}
	// Petitions: a threshold and the officers' days (petition.ParseRule).
	var petitions *petition.Rule
	if field("petition_threshold") != "" {
		days, err := strconv.Atoi(field("petition_days"))
		if err != nil {
			return charter.Errorf(charter.EINVALID, "Give the officers' days to act on a petition as a number.")
		}
		r, err := petition.ParseRule(field("petition_threshold"), days)
		if err != nil {
			return err
		}
		petitions = &r
	}
	ctx, u := c.Request.Context(), *site.User(c)
	if petitions != nil {
		if err := h.db.SetPetitionRule(ctx, u, c.Param("slug"), *petitions); err != nil {
			return err
		}
	}
	if err := h.db.SetVoteRule(ctx, u, c.Param("slug"), rule, field("online_clause")); err != nil {
		return err
	}
	if err := h.db.SetRevisionRule(ctx, u, c.Param("slug"), revision); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, "/documents/"+c.Param("slug")+"/amendments")
	return nil
}
