package message

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/charter-org/charter"
)

// KindDigest is a day's messages of a kind gathered into one, for a member
// who chose ChoiceDigest. It is not a kind anyone chooses: its items'
// kind governs it (Governing), so its unsubscribe link turns that kind off.
const KindDigest Kind = "digest"

// Governing is the kind whose choice a message of kind k follows: the
// digest's items' (only the committee's kind is gathered), else k itself.
func (k Kind) Governing() Kind {
	if k == KindDigest {
		return KindCommittee
	}
	return k
}

// DigestWindow is how long a member's first gathered message waits before
// its digest goes: a day, counted from that message, so that a member gets
// at most one digest a day, at no hour set for the whole union.
const DigestWindow = 24 * time.Hour

// Digest is a member's gathered messages, oldest first.
type Digest struct {
	Items []DigestItem
}

// DigestItem is one gathered message: its kind and facts as recorded at
// its event, and when that was.
type DigestItem struct {
	Kind  Kind
	At    time.Time
	Facts json.RawMessage
}

// A digest composes its items with the other kinds' composers, so it joins
// them once they exist (a map literal cannot name its own readers).
func init() { composers[KindDigest] = composeDigest }

func composeDigest(facts []byte, to Recipient, site Site) (Message, error) {
	d, err := decode[Digest](facts)
	if err != nil {
		return Message{}, err
	}
	m := Message{
		Subject:    charter.Sprintf("For the drafting committee: %d items since yesterday", len(d.Items)),
		Paragraphs: []Paragraph{{Text: charter.Sprintf("You chose one message a day for the drafting committee. Here is what came since the last one, oldest first.")}},
	}
	for _, item := range d.Items {
		compose, ok := composers[item.Kind]
		if !ok || item.Kind == KindDigest {
			return Message{}, fmt.Errorf("digest: no composer for %q", item.Kind)
		}
		one, err := compose(item.Facts, to, site)
		if err != nil {
			return Message{}, fmt.Errorf("digest item %s: %w", item.Kind, err)
		}
		m.Paragraphs = append(m.Paragraphs, Paragraph{Text: charter.Sprintf("%s — %s", When(item.At), one.Subject)})
		m.Paragraphs = append(m.Paragraphs, one.Paragraphs...)
	}
	return m, nil
}
