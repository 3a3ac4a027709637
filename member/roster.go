package member

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/charter-org/charter"
)

// MaxRosterRows bounds one roster import.
const MaxRosterRows = 50000

// RosterEntry is one row of a roster CSV.
type RosterEntry struct {
	Line         int
	Name         string
	Email        string // "" for a member without email, who has a postal address
	MemberNumber string
	GoodStanding bool
	// PostalAddress and Phone are the roster's, when it has the column
	// (HasAddress, HasPhone): a roster without it leaves what is stored.
	PostalAddress string
	Phone         string
	HasAddress    bool
	HasPhone      bool
}

var rosterColumns = []string{"name", "email", "member id", "standing"}

// ParseRoster reads a roster CSV with the header "name,email,member id,
// standing", and optionally "address" (a postal address, whose lines may
// be lines of one quoted field) and "phone". Standing is "good" (or
// yes/true/1) or anything that says not in good standing ("suspended",
// "lapsed", "no"…). A member may have no email when they have an address
// and a member id (the id finds them again at the next import). It reads
// the whole file before returning, and rejects it whole at the first bad
// row: an import never half-happens.
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
	_, hasAddress := col["address"]
	_, hasPhone := col["phone"]
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
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		e := RosterEntry{Line: line, HasAddress: hasAddress, HasPhone: hasPhone}
		if e.Name, err = ValidateName(field("name")); err != nil {
			return nil, atLine(line, err)
		}
		if e.PostalAddress, err = ValidatePostalAddress(field("address")); err != nil {
			return nil, atLine(line, err)
		}
		if e.Phone, err = ValidatePhone(field("phone")); err != nil {
			return nil, atLine(line, err)
		}
		if email := field("email"); email != "" || e.PostalAddress == "" {
			if email == "" {
				return nil, atLine(line, charter.Errorf(charter.EINVALID, "%s has neither an email address nor a postal address; give one of them.", e.Name))
			}
			if e.Email, err = NormalizeEmail(email); err != nil {
				return nil, atLine(line, err)
			}
		}
		if e.MemberNumber, err = ValidateMemberNumber(field("member id")); err != nil {
			return nil, atLine(line, err)
		}
		if e.Email == "" && e.MemberNumber == "" {
			return nil, atLine(line, charter.Errorf(charter.EINVALID, "%s has no email address, so needs a member id: it is how the next import finds them again.", e.Name))
		}
		e.GoodStanding = parseStanding(field("standing"))
		if prev, dup := seenEmail[e.Email]; dup && e.Email != "" {
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

// Bounds of a postal address: what fits the window of an envelope.
const (
	MaxAddressLines    = 8
	MaxAddressLineRune = 80
	MaxPhoneRunes      = 40
)

// ValidatePostalAddress checks a postal address, from a roster, and
// returns its lines joined by "\n", each on one line of single spaces,
// without empty ones; "" when there is none. Bidirectional controls are
// refused: on a printed envelope they would reorder what the post reads.
func ValidatePostalAddress(s string) (string, error) {
	if len(s) > MaxAddressLines*MaxAddressLineRune*4 {
		return "", charter.Errorf(charter.EINVALID, "The postal address is longer than %d lines of %d characters.", MaxAddressLines, MaxAddressLineRune)
	}
	s, err := charter.CleanText(charter.Sprintf("The postal address"), s)
	if err != nil {
		return "", err
	}
	if strings.ContainsFunc(s, isBidiControl) {
		return "", charter.Errorf(charter.EINVALID, "The postal address holds an invisible direction mark; remove it.")
	}
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			continue
		}
		if utf8.RuneCountInString(l) > MaxAddressLineRune {
			return "", charter.Errorf(charter.EINVALID, "A line of the postal address is longer than %d characters.", MaxAddressLineRune)
		}
		lines = append(lines, l)
	}
	if len(lines) > MaxAddressLines {
		return "", charter.Errorf(charter.EINVALID, "The postal address has more than %d lines.", MaxAddressLines)
	}
	return strings.Join(lines, "\n"), nil
}

// ValidatePhone checks a phone number: digits, spaces and the marks
// numbers are written with (+ - . / ( )); "" when there is none.
func ValidatePhone(s string) (string, error) {
	s, err := charter.CleanLine(charter.Sprintf("The phone number"), s)
	if err != nil {
		return "", err
	}
	if utf8.RuneCountInString(s) > MaxPhoneRunes {
		return "", charter.Errorf(charter.EINVALID, "The phone number is longer than %d characters.", MaxPhoneRunes)
	}
	if strings.ContainsFunc(s, func(r rune) bool { return !strings.ContainsRune("0123456789 +-./()", r) }) {
		return "", charter.Errorf(charter.EINVALID, "%q is not a phone number: use digits, spaces and + - . / ( ).", charter.Clip(s, 40))
	}
	return s, nil
}

func isBidiControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
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
