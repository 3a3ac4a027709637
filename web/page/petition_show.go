package page

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/petition"
	"github.com/charter-org/charter/web/site"
	"github.com/charter-org/charter/web/view"
)

// Show shows a petition: its question, rule, count and clock for everyone,
// the names of its signers for officers and observers only.
func (h *Petitions) Show(c *gin.Context) error { return h.show(c, http.StatusOK, "") }

func (h *Petitions) show(c *gin.Context, status int, errMsg string) error {
	id, err := site.PetitionID(c)
	if err != nil {
		return err
	}
	u := site.User(c)
	v, err := h.db.Petition(c.Request.Context(), u, id)
	if err != nil {
		return err
	}
	p := v.Petition
	m := &view.Petition{P: p, Now: h.db.Now(), Signed: v.Signed, Signers: v.Signers, SeeNames: petition.CanSeeSigners(u),
		CanSign: petition.CanSign(u) && petition.CheckSign(p) == nil, Error: errMsg,
		RuleWords: p.Rule.Words().Translate(h.site.Localizer(c).ErrorFormat), Percent: min(100, p.Signatures*100/max(1, p.Needed())),
		CanNotice: petition.CanNotice(u) && petition.CheckNotice(p) == nil, MinShares: ballot.MinSharesNeeded, MinBallots: ballot.MinMinBallots}
	if m.CanNotice && p.Kind != petition.KindMeeting {
		if m.Tellers, err = h.db.Tellers(c.Request.Context()); err != nil {
			return err
		}
	}
	h.site.RenderStatus(c, status, "petition", m)
	return nil
}

// Sign adds the reader's signature.
func (h *Petitions) Sign(c *gin.Context) error {
	return h.act(c, func(id int64) error {
		_, err := h.db.SignPetition(c.Request.Context(), *site.User(c), id)
		return err
	})
}

// Withdraw takes the reader's signature back, while the petition is open.
func (h *Petitions) Withdraw(c *gin.Context) error {
	return h.act(c, func(id int64) error {
		_, err := h.db.WithdrawSignature(c.Request.Context(), *site.User(c), id)
		return err
	})
}

// Notice is the officer's one step from a reached petition: notice of the
// ballot it asks for, or of its meeting.
func (h *Petitions) Notice(c *gin.Context) error {
	return h.act(c, func(id int64) error {
		u := *site.User(c)
		if c.PostForm("meeting") != "" {
			return h.db.NoticeMeeting(c.Request.Context(), u, id, c.PostForm("meeting"))
		}
		in, err := noticeFromForm(c)
		if err != nil {
			return err
		}
		in.PetitionID = id
		_, err = h.db.NoticeBallot(c.Request.Context(), u, in)
		return err
	})
}

// act runs do on the petition the route names, and shows the petition
// again: as it now stands, or with the message of what refused it.
func (h *Petitions) act(c *gin.Context, do func(id int64) error) error {
	id, err := site.PetitionID(c)
	if err != nil {
		return err
	}
	if err := do(id); err != nil {
		code, message := h.site.Classify(c, err)
		return h.show(c, site.Status(code), message)
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/petitions/%d", id))
	return nil
}
