package message

import (
	"time"

	"github.com/charter-org/charter"
)

// PetitionReached tells the officers that members reached a petition's
// threshold. It names no signer: the count is what binds them.
type PetitionReached struct {
	PetitionID    int64
	Kind          string // petition.Kind: referendum, amendment, meeting
	Question      string
	DocumentTitle string
	Signatures    int
	Roll          int
	Deadline      time.Time
}

func composePetitionReached(facts []byte, _ Recipient, site Site) (Message, error) {
	p, err := decode[PetitionReached](facts)
	if err != nil {
		return Message{}, err
	}
	asks := charter.Sprintf("It asks for a ballot on this question:")
	switch p.Kind {
	case "amendment":
		asks = charter.Sprintf("It asks for a ballot on this amendment:")
	case "meeting":
		asks = charter.Sprintf("It asks for a special meeting, for this purpose:")
	}
	return Message{
		Subject: charter.Sprintf("Petition %d reached its threshold: give notice by %s", p.PetitionID, When(p.Deadline)),
		Paragraphs: []Paragraph{
			{Text: charter.Sprintf("Petition %d under %s has the signatures of %d of the %d members in good standing, which its rule requires.", p.PetitionID, p.DocumentTitle, p.Signatures, p.Roll)},
			{Text: asks, Quote: p.Question},
			{Text: charter.Sprintf("The officers must give notice by %s. Every member sees this deadline on the petition, and sees it in red once it has passed.", When(p.Deadline))},
			{Text: charter.Sprintf("Give notice from the petition's page:"), Link: site.link("/petitions/%d", p.PetitionID)},
		},
	}, nil
}
