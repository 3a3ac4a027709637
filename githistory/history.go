package githistory

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/charter-org/charter/document"
)

// Branch is the branch the versions are committed on.
const Branch = "main"

// Member is an account as a commit names it. Its address is made up from
// its id: a history handed round must not carry members' email addresses.
type Member struct {
	ID   int64
	Name string
}

func (m Member) person(v document.Version) Person {
	return Person{Name: personName(m.Name, fmt.Sprintf("member %d", m.ID)), Email: fmt.Sprintf("member-%d@charter.invalid", m.ID), When: v.CreatedAt}
}

// Amendment is an amendment a merge took in.
type Amendment struct {
	ID         int64
	Title      string
	Sponsor    Member
	Cosponsors []Member
}

// Ballot is the vote that adopted a version, or that authorised a
// clerical change.
type Ballot struct {
	ID        int64
	Title     string
	Questions []Question // those that adopted the version; none for a clerical change
}

// Question is a ballot's question with the hash of the notice it froze.
type Question struct {
	Position       int
	Text           string
	SnapshotSHA256 string
}

// Version is one version of a document with what made it.
type Version struct {
	Version document.Version // with its Markdown
	By      Member           // the account that recorded it
	Merged  []Amendment      // a merge's amendments, in merge order
	Ballot  *Ballot          // an adoption's ballot, or the one authorising a clerical change
}

// History is a document's versions, oldest first.
type History struct {
	Document document.Document
	Versions []Version
}

// FileName is the file each commit holds: the document's short name.
func (h History) FileName() string { return h.Document.Slug + ".md" }

// Repository builds the commits and tags. A version whose text does not
// hash to its SHA-256 is refused: the history must hold the exact bytes.
func (h History) Repository() (*Repository, error) {
	r := NewRepository(Branch)
	var parent ID
	last := 0
	for _, v := range h.Versions {
		if v.Version.Number <= last {
			return nil, fmt.Errorf("githistory: version %d after %d", v.Version.Number, last)
		}
		last = v.Version.Number
		text := []byte(v.Version.Markdown)
		if document.Hash(text) != v.Version.SHA256 {
			return nil, fmt.Errorf("githistory: version %d does not hash to its SHA-256", v.Version.Number)
		}
		author, message := h.describe(v)
		committer := v.By.person(v.Version)
		parent = r.Commit(parent, h.FileName(), text, author, committer, message)
		if v.Version.Origin == document.OriginBallot && v.Ballot != nil {
			r.Tag(parent, TagName(v), committer, h.tagMessage(v))
		}
	}
	if parent != (ID{}) {
		r.SetBranch(Branch, parent)
	}
	return r, nil
}

// WriteBundle writes the history as a git bundle.
func (h History) WriteBundle(w io.Writer) error {
	r, err := h.Repository()
	if err != nil {
		return err
	}
	return r.WriteBundle(w)
}

// TagName names an adopted version's tag: v3-adopted-ballot-2.
func TagName(v Version) string {
	return fmt.Sprintf("v%d-adopted-ballot-%d", v.Version.Number, v.Ballot.ID)
}

// describe gives a version's author and commit message. The author is
// whoever wrote the words: the importer, the sponsor of a lone merged
// amendment, the members for a ballot; the committer is who recorded it.
func (h History) describe(v Version) (Person, string) {
	ver := v.Version
	author := v.By.person(ver)
	var subject string
	var body strings.Builder
	switch {
	case ver.Origin == document.OriginMerge && len(v.Merged) > 0:
		ids := make([]string, len(v.Merged))
		for i, a := range v.Merged {
			ids[i] = fmt.Sprintf("#%d", a.ID)
		}
		noun := "amendment"
		if len(ids) > 1 {
			noun = "amendments"
		}
		subject = fmt.Sprintf("merge of %s %s", noun, strings.Join(ids, ", "))
		writeAmendments(&body, ver, v.Merged)
		fmt.Fprintf(&body, "Merged by %s.\n", author.Name)
		if len(v.Merged) == 1 {
			author = v.Merged[0].Sponsor.person(ver)
		}
	case ver.Origin == document.OriginBallot && v.Ballot != nil:
		b := v.Ballot
		subject = fmt.Sprintf("adopted by ballot #%d", b.ID)
		author = Person{Name: fmt.Sprintf("The members, ballot %d", b.ID), Email: fmt.Sprintf("ballot-%d@charter.invalid", b.ID), When: ver.CreatedAt}
		fmt.Fprintf(&body, "Ballot #%d, %q.\n", b.ID, oneLine(b.Title))
		for _, q := range b.Questions {
			fmt.Fprintf(&body, "Question %d: %s\nQuestion snapshot SHA-256: %s\n", q.Position, oneLine(q.Text), q.SnapshotSHA256)
		}
		writeAmendments(&body, ver, v.Merged)
		if ver.Effective != "" {
			fmt.Fprintf(&body, "Takes effect on %s.\n", ver.Effective)
		}
		fmt.Fprintf(&body, "Recorded by %s.\n", v.By.person(ver).Name)
	case ver.Origin == document.OriginClerical:
		if v.Ballot != nil {
			subject = fmt.Sprintf("clerical change authorised by ballot #%d", v.Ballot.ID)
		} else {
			subject = "clerical change"
		}
		if r := strings.TrimSpace(ver.Reason); r != "" {
			fmt.Fprintf(&body, "%s\n", clean(r))
		}
	case ver.Origin == document.OriginImport || ver.Origin == "":
		subject = "imported"
		fmt.Fprintf(&body, "Imported by %s.\n", author.Name)
	default:
		// A merge or an adoption whose amendments or ballot are not known.
		subject = string(ver.Origin)
		fmt.Fprintf(&body, "Recorded by %s.\n", author.Name)
	}
	var m strings.Builder
	fmt.Fprintf(&m, "Version %d: %s\n\n", ver.Number, subject)
	if body.Len() > 0 {
		m.WriteString(body.String())
		m.WriteString("\n")
	}
	fmt.Fprintf(&m, "Charter-Document: %s\nCharter-Version: %d (%s)\nCharter-SHA256: %s\n", h.Document.Slug, ver.Number, ver.Kind, ver.SHA256)
	return author, m.String()
}

// writeAmendments names each amendment and its sponsors, a line each.
func writeAmendments(b *strings.Builder, ver document.Version, amendments []Amendment) {
	for _, a := range amendments {
		fmt.Fprintf(b, "Amendment #%d, %q: proposed by %s", a.ID, oneLine(a.Title), a.Sponsor.person(ver).Name)
		if len(a.Cosponsors) > 0 {
			names := make([]string, len(a.Cosponsors))
			for i, c := range a.Cosponsors {
				names[i] = c.person(ver).Name
			}
			fmt.Fprintf(b, ", co-sponsored by %s", strings.Join(names, ", "))
		}
		b.WriteString(".\n")
	}
}

func (h History) tagMessage(v Version) string {
	var m strings.Builder
	fmt.Fprintf(&m, "%s, version %d, adopted by ballot #%d\n\n", oneLine(h.Document.Title), v.Version.Number, v.Ballot.ID)
	for _, q := range v.Ballot.Questions {
		fmt.Fprintf(&m, "Question %d snapshot SHA-256: %s\n", q.Position, q.SnapshotSHA256)
	}
	fmt.Fprintf(&m, "Text SHA-256: %s\n", v.Version.SHA256)
	return m.String()
}

// personName keeps a name git can hold: no angle brackets, no line
// breaks or control characters; or, when nothing is left, fallback.
func personName(name, fallback string) string {
	name = strings.Map(func(r rune) rune {
		if r == '<' || r == '>' || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, name)
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return fallback
	}
	return name
}

// oneLine keeps a member-written title on one line of a message.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

// clean drops control characters but line breaks: git keeps a message
// as given, and a terminal should not run what a member typed.
func clean(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		if r == '\n' || !unicode.IsControl(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
