package page

import (
	"github.com/charter-org/charter/amendment"
	"github.com/charter-org/charter/render"
	"github.com/charter-org/charter/web/i18n"
)

// RedlineLabels are the words of the redline views in the member's language.
func RedlineLabels(l *i18n.Localizer) render.Labels {
	return render.Labels{Section: l.T("SectionColumn"), Current: l.T("CurrentText"), Proposed: l.T("ProposedTextColumn"), Motion: l.T("MotionColumn"), Translate: l.ErrorFormat}
}

// warnings gives an amendment's citation warnings in the member's language.
func warnings(l *i18n.Localizer, ws []amendment.Warning) []amendment.Warning {
	out := make([]amendment.Warning, len(ws))
	for i, w := range ws {
		w.Message = w.Text.Translate(l.ErrorFormat)
		out[i] = w
	}
	return out
}
