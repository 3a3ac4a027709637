package amendment

import (
	"slices"

	"github.com/charter-org/charter/document"
)

// Source says where a section's current wording came from.
type Source struct {
	VersionID     int64
	VersionNumber int
	Origin        document.Origin
	AmendmentID   int64 // the amendment that last changed it, if any
	SponsorID     int64
	BallotID      int64 // the vote that adopted it, once ballots exist
	// Clerical is the latest clerical change to the section's numbers or
	// references since it got its wording; nil if none. For an event of
	// History, the clerical change itself.
	Clerical *Clerical
}

// Clerical is a clerical change: the version it made and the vote that
// authorised it.
type Clerical struct {
	VersionID     int64
	VersionNumber int
	BallotID      int64
}

// sourceOf is where a step's changes come from, before its amendments are
// named.
func sourceOf(v document.Version) Source {
	src := Source{VersionID: v.ID, VersionNumber: v.Number, Origin: v.Origin, BallotID: v.BallotID}
	if v.Origin == document.OriginClerical {
		src.Clerical = &Clerical{VersionID: v.ID, VersionNumber: v.Number, BallotID: v.AuthorisedBy}
	}
	return src
}

// ratifiesWhole tells whether a step is a whole version adopted by ballot:
// the members voted on every section of it, changed or not. An amendment
// adopted by ballot names its contribution instead, and only the sections
// it changed were voted on.
func (s Step) ratifiesWhole() bool {
	return s.Version.BallotID != 0 && len(s.Contributions) == 0
}

// Step is one version of a document's chain, with, for a merged draft, the
// amendments it took in and the sections each one changed.
type Step struct {
	Version       document.Version
	Text          *document.Parsed
	Contributions []Contribution // in merge order
}

// Contribution is what one merged amendment changed.
type Contribution struct {
	AmendmentID, SponsorID int64
	Keys                   []string
}

// Provenance walks a document's versions, oldest first, and gives for each
// section of the last one where its wording comes from: the import that
// brought it, or the version (and amendment) that last changed it. It is
// computed from the texts, never typed in. A clerical change gives no
// wording: a section it touched keeps its source, with the change noted.
func Provenance(chain []Step) map[string]Source {
	sources := map[string]Source{}
	var prev *document.Parsed
	for _, step := range chain {
		src := sourceOf(step.Version)
		if prev == nil {
			for _, u := range units(step.Text) {
				sources[u.key] = src
			}
			prev = step.Text
			continue
		}
		changed := map[string]bool{}
		for _, ch := range Changes(prev, step.Text) {
			changed[ch.Key] = true
			if ch.NewNumber == "" {
				delete(sources, ch.Key)
				continue
			}
			if had, ok := sources[ch.Key]; ok && src.Clerical != nil {
				had.Clerical = src.Clerical
				sources[ch.Key] = had
				continue
			}
			s := src
			for _, c := range step.Contributions {
				for _, k := range c.Keys {
					if k == ch.Key {
						s.AmendmentID, s.SponsorID = c.AmendmentID, c.SponsorID
					}
				}
			}
			sources[ch.Key] = s
		}
		if step.ratifiesWhole() {
			// Wording that a draft gave is adopted by the vote on that draft.
			for key, src := range sources {
				if !changed[key] && src.BallotID == 0 {
					src.BallotID = step.Version.BallotID
					sources[key] = src
				}
			}
		}
		prev = step.Text
	}
	return sources
}

// Event is one change to a section in a document's history.
type Event struct {
	Source
	Change Change
}

// History lists, oldest first, every change the chain made to one
// section's wording: its import, each edit of its own text or of a
// sub-section within it, and its repeal. The first event of a section
// imported with the document has no redline: it is the wording as it
// stood.
func History(chain []Step, key string) []Event {
	var out []Event
	var prev *document.Parsed
	for _, step := range chain {
		src := sourceOf(step.Version)
		if prev == nil {
			for _, u := range units(step.Text) {
				if u.key == key {
					out = append(out, Event{Source: src, Change: Change{Key: key, NewNumber: u.number, Heading: u.heading, New: u.text, Form: FormAddSection, Unnumbered: u.unnumbered}})
				}
			}
			prev = step.Text
			continue
		}
		inside := within(prev, key)
		for k := range within(step.Text, key) {
			inside[k] = true
		}
		for _, ch := range Changes(prev, step.Text) {
			if !inside[ch.Key] {
				continue
			}
			s := src
			for _, c := range step.Contributions {
				if slices.Contains(c.Keys, ch.Key) {
					s.AmendmentID, s.SponsorID = c.AmendmentID, c.SponsorID
				}
			}
			out = append(out, Event{Source: s, Change: ch})
		}
		prev = step.Text
	}
	return out
}

// SectionSource says where a section's wording as it now reads comes
// from: the latest version that changed its own text or a sub-section
// within it. events is its History.
func SectionSource(chain []Step, key string, events []Event) (Source, bool) {
	sources := Provenance(chain)
	src, ok := sources[key]
	if len(chain) > 0 {
		for k := range within(chain[len(chain)-1].Text, key) {
			if s, found := sources[k]; found && (!ok || s.VersionNumber > src.VersionNumber) {
				src, ok = s, true
			}
		}
	}
	// A sub-section repealed has no source of its own any more. A clerical
	// change gives no wording: it is noted, not a source.
	for n := len(events) - 1; n >= 0 && ok; n-- {
		if e := events[n]; e.Origin != document.OriginClerical {
			if e.VersionNumber > src.VersionNumber {
				clerical := src.Clerical
				src = e.Source
				if src.Clerical == nil {
					src.Clerical = clerical
				}
			}
			break
		}
	}
	return src, ok
}

// within is the set of keys of a section and every sub-section in it.
func within(p *document.Parsed, key string) map[string]bool {
	in := map[string]bool{key: true}
	nodes := p.Outline.Nodes
	inside := make([]bool, len(nodes))
	for i, n := range nodes {
		inside[i] = n.Key == key || n.Parent >= 0 && n.Parent < i && inside[n.Parent]
		if inside[i] {
			in[n.Key] = true
		}
	}
	return in
}
