package ballot

import (
	"fmt"
	"strings"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/redline"
)

// CheckKind says whether a question of kind may be put: a question on a
// document's text (an amendment, a version) needs the ballot to name its
// document; a referendum question does not.
func CheckKind(kind Kind, onDocument bool) error {
	switch kind {
	case KindReferendum:
		return nil
	case KindAmendment, KindVersion:
		if !onDocument {
			return charter.Errorf(charter.EINVALID, "Choose the document the question is about.")
		}
		return nil
	}
	return charter.Errorf(charter.EINVALID, "A question adopts an amendment, adopts a version, or asks a referendum question; not %q.", charter.Clip(string(kind), 20))
}

// Proposal is a question as the officer frames it at notice, with what it
// would change, read from the store: NewSnapshot freezes it.
type Proposal struct {
	Kind     Kind
	Question string // the officer's words; empty for the usual wording
	// The document the question is about, if any.
	DocumentSlug, DocumentTitle string
	// A question to adopt an amendment names it, its title, its sponsors
	// (the sponsor first, then the co-sponsors) and their rationale.
	AmendmentID    int64
	AmendmentTitle string
	Revision       bool // a complete revision: an amendment replacing the whole text, or a version adopted whole
	Sponsors       []string
	Rationale      string
	// A question to adopt a version names it.
	ToVersionID     int64
	ToVersionNumber int
	// The text as it stands (for an amendment, the version it amends) and
	// as it would read, and each change between them as a motion.
	FromVersionID int64
	Before, After string
	Motions       []string
	// Language is the text's official language; Translations those of
	// the sections it writes, as they are at notice.
	Language     string
	Translations []Translation
}

// NewSnapshot freezes what a question puts to the members at now: its
// words (the officer's, or the usual ones for adopting an amendment or a
// version), and for a question on a text, the text before and after, its
// redline in CriticMarkup and its motions. A question that would change
// nothing in the text is refused.
func NewSnapshot(p Proposal, now time.Time) (Snapshot, error) {
	s := Snapshot{Kind: p.Kind, Revision: p.Revision && p.Kind != KindReferendum, NoticeAt: now, DocumentSlug: p.DocumentSlug, DocumentTitle: p.DocumentTitle}
	if err := CheckKind(p.Kind, p.DocumentSlug != ""); err != nil {
		return s, err
	}
	text := strings.TrimSpace(p.Question)
	switch p.Kind {
	case KindAmendment:
		s.AmendmentID, s.Rationale, s.Sponsors = p.AmendmentID, p.Rationale, p.Sponsors
		if text == "" && p.Revision {
			text = fmt.Sprintf("Adopt the complete revision #%d, %q, of %s?", p.AmendmentID, p.AmendmentTitle, p.DocumentTitle)
		} else if text == "" {
			text = fmt.Sprintf("Adopt amendment #%d, %q, to %s?", p.AmendmentID, p.AmendmentTitle, p.DocumentTitle)
		}
	case KindVersion:
		s.ToVersionID = p.ToVersionID
		if text == "" {
			text = fmt.Sprintf("Adopt version %d of %s as the text in force?", p.ToVersionNumber, p.DocumentTitle)
		}
	}
	var err error
	if s.Question, err = ValidateQuestion(text); err != nil || p.Kind == KindReferendum {
		return s, err
	}
	if len(p.Motions) == 0 {
		return s, charter.Errorf(charter.EINVALID, "This question would change nothing in the text in force.")
	}
	s.FromVersionID, s.Before, s.After = p.FromVersionID, p.Before, p.After
	s.Redline = redline.Critic(redline.Diff(p.Before, p.After))
	s.Motions = p.Motions
	s.Language, s.Translations = p.Language, p.Translations
	return s, nil
}
