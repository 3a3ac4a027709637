package member

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/charter-org/charter"
)

// MaxRosterRows bounds one roster import.
const MaxRosterRows = 50000

// RosterEntry is one row of a roster CSV.
type RosterEntry struct {
	Line         int
	Name         string
	Email        string
	MemberNumber string
	GoodStanding bool
}

var rosterColumns = []string{"name", "email", "member id", "standing"}

// ParseRoster reads a roster CSV with the header "name,email,member id,
// standing". Standing is "good" (or yes/true/1) or anything that says not in
// good standing ("suspended", "lapsed", "no"…). It reads the whole file
// before returning, and rejects it whole at the first bad row: an import
// never half-happens.
func ParseRoster(r io.Reader) ([]RosterEntry, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, charter.Errorf(charter.EINVALID, "The roster file is empty.")
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, want := range rosterColumns {
		if _, ok := col[want]; !ok {
			return nil, charter.Errorf(charter.EINVALID,
				"The roster's first line must name the columns: name, email, member id, standing (missing %q).", want)
		}
	}
	var out []RosterEntry
	seenEmail, seenNumber := map[string]int{}, map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(out) >= MaxRosterRows {
			return nil, charter.Errorf(charter.ETOOLARGE, "The roster has more than %d rows; split it.", MaxRosterRows)
		}
		field := func(name string) string {
			if i := col[name]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		e := RosterEntry{Line: line}
		if e.Name, err = ValidateName(field("name")); err != nil {
			return nil, atLine(line, err)
		}
		if e.Email, err = NormalizeEmail(field("email")); err != nil {
			return nil, atLine(line, err)
		}
		if e.MemberNumber, err = ValidateMemberNumber(field("member id")); err != nil {
			return nil, atLine(line, err)
		}
		e.GoodStanding = parseStanding(field("standing"))
		if prev, dup := seenEmail[e.Email]; dup {
			return nil, atLine(line, charter.Errorf(charter.EINVALID, "%q already appears on line %d.", e.Email, prev))
		}
		if prev, dup := seenNumber[e.MemberNumber]; dup && e.MemberNumber != "" {
			return nil, atLine(line, charter.Errorf(charter.EINVALID, "Member id %q already appears on line %d.", e.MemberNumber, prev))
		}
		seenEmail[e.Email], seenNumber[e.MemberNumber] = line, line
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, charter.Errorf(charter.EINVALID, "The roster has a header but no members.")
	}
	return out, nil
}

func parseStanding(s string) bool {
	switch strings.ToLower(s) {
	case "good", "good standing", "yes", "y", "true", "1", "active":
		return true
	}
	return false
}

func atLine(line int, err error) error {
	var e *charter.Error
	if errors.As(err, &e) {
		return charter.Errorf(e.Code, "Roster line %d: %s", line, e)
	}
	return err
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return charter.Errorf(charter.EINVALID, "The roster is not valid CSV at line %d: %v.", pe.Line, pe.Err)
	}
	return charter.Errorf(charter.EINVALID, "The roster could not be read as CSV.")
}
