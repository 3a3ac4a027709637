package ballot

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/crypto/curve25519"
	"golang.org/x/crypto/nacl/box"

	"github.com/charter-org/charter"
)

// Key is one half of an X25519 key pair: a ballot's, a teller's or a
// count's.
type Key = [32]byte

// A ballot's papers are sealed at cast to its public key, in the
// transaction that marks the voter's line on the roll, so whatever links
// that line to the paper (SQLite's WAL, PostgreSQL's xmin, a backup) links
// it to bytes that only the ballot's private key opens. That key is made at
// notice, split among the tellers, each share sealed to one teller's own
// key, and forgotten; it exists again only at the count, in memory, when
// enough tellers have given their shares.

// NewKeyPair makes a key pair.
func NewKeyPair() (public, private *Key, err error) {
	return box.GenerateKey(rand.Reader)
}

// PublicOf derives the public half of a private key.
func PublicOf(private *Key) *Key {
	var public Key
	curve25519.ScalarBaseMult(&public, private)
	return &public
}

// A sealed paper's plain text has one size for every paper of every
// ballot, so that the length of a sealed paper says nothing of its choices:
// a format byte, the tracker's 12 symbols, the number of answers, and one
// byte per question up to MaxQuestions.
const (
	paperFormat   = 1
	trackerLength = 12
	paperSize     = 1 + trackerLength + 1 + MaxQuestions
	// SealedPaperSize is the size of every sealed paper.
	SealedPaperSize = paperSize + box.AnonymousOverhead
)

var choiceCodes = map[Choice]byte{Yes: 'y', No: 'n', Abstain: 'a'}

// SealPaper seals a voter's tracker and choices to a ballot's public key.
// Only the ballot's private key opens it; the voter's identity is not in it.
func SealPaper(public *Key, tracker string, choices []Choice) ([]byte, error) {
	if *public == (Key{}) {
		// The zero key seals to no one's: anyone could open the paper.
		return nil, errors.New("seal paper: the ballot has no key")
	}
	symbols := strings.ReplaceAll(tracker, "-", "")
	if len(symbols) != trackerLength || len(choices) == 0 || len(choices) > MaxQuestions {
		return nil, fmt.Errorf("seal paper: tracker %q with %d choices", tracker, len(choices))
	}
	plain := make([]byte, paperSize)
	plain[0] = paperFormat
	copy(plain[1:], symbols)
	plain[1+trackerLength] = byte(len(choices))
	for i, c := range choices {
		code, ok := choiceCodes[c]
		if !ok {
			return nil, fmt.Errorf("seal paper: choice %q", c)
		}
		plain[2+trackerLength+i] = code
	}
	return box.SealAnonymous(nil, plain, public, rand.Reader)
}

// OpenPaper opens a sealed paper with the ballot's key pair.
func OpenPaper(public, private *Key, sealed []byte) (tracker string, choices []Choice, err error) {
	plain, ok := box.OpenAnonymous(nil, sealed, public, private)
	if !ok || len(plain) != paperSize || plain[0] != paperFormat {
		return "", nil, errors.New("open paper: not a paper sealed to this ballot's key")
	}
	symbols := string(plain[1 : 1+trackerLength])
	var t strings.Builder
	for i := range trackerLength {
		if i > 0 && i%3 == 0 {
			t.WriteByte('-')
		}
		t.WriteByte(symbols[i])
	}
	n := int(plain[1+trackerLength])
	if n == 0 || n > MaxQuestions {
		return "", nil, errors.New("open paper: no answers")
	}
	for _, code := range plain[2+trackerLength : 2+trackerLength+n] {
		var found bool
		for c, want := range choiceCodes {
			if code == want {
				choices, found = append(choices, c), true
			}
		}
		if !found {
			return "", nil, fmt.Errorf("open paper: choice code %q", code)
		}
	}
	return t.String(), choices, nil
}

// SealShare seals one share of a ballot's key to a teller's public key (at
// notice) or to a count's (when the teller gives it).
func SealShare(public *Key, s Share) ([]byte, error) {
	return box.SealAnonymous(nil, append([]byte{s.X}, s.Y...), public, rand.Reader)
}

// OpenShare opens what SealShare sealed.
func OpenShare(public, private *Key, sealed []byte) (Share, error) {
	plain, ok := box.OpenAnonymous(nil, sealed, public, private)
	if !ok || len(plain) != 1+len(Key{}) || plain[0] == 0 {
		return Share{}, errors.New("open share: not sealed to this key")
	}
	return Share{X: plain[0], Y: plain[1:]}, nil
}

// SplitKey splits a ballot's private key among n tellers, k of whom are
// needed to count, sealing each share to its teller's key in order.
func SplitKey(private *Key, tellers []*Key, k int) ([][]byte, error) {
	shares, err := Split(private[:], len(tellers), k)
	if err != nil {
		return nil, err
	}
	sealed := make([][]byte, len(shares))
	for i, s := range shares {
		if sealed[i], err = SealShare(tellers[i], s); err != nil {
			return nil, err
		}
		clear(s.Y)
	}
	return sealed, nil
}

// CombineKey rebuilds a ballot's private key from its tellers' shares and
// checks it against the ballot's public key.
func CombineKey(public *Key, shares []Share) (*Key, error) {
	secret, err := Combine(shares)
	if err != nil {
		return nil, err
	}
	var private Key
	copy(private[:], secret)
	clear(secret)
	if subtle.ConstantTimeCompare(PublicOf(&private)[:], public[:]) != 1 {
		clear(private[:])
		return nil, charter.Errorf(charter.ECONFLICT, "The tellers' shares do not rebuild this ballot's key: a share is wrong or too few were given.")
	}
	return &private, nil
}

// A teller's key is written as Crockford's base 32 in groups of four, to
// copy by hand or keep in a file: 52 symbols for 32 bytes.
var tellerKeyEncoding = base32.NewEncoding(trackerAlphabet).WithPadding(base32.NoPadding)

// Fingerprint names a public key in 16 symbols of base 32 (80 bits of its
// SHA-256), in groups of four: short enough for a teller to compare the
// key a ballot names beside them with the one their own page shows.
func Fingerprint(public *Key) string {
	sum := sha256.Sum256(public[:])
	symbols := tellerKeyEncoding.EncodeToString(sum[:10])
	return symbols[0:4] + "-" + symbols[4:8] + "-" + symbols[8:12] + "-" + symbols[12:16]
}

// PaperLine writes one published paper as the digest of a count reads it.
func PaperLine(tracker string, choices []Choice) string {
	return tracker + " " + EncodeChoices(choices)
}

// PapersDigest is the SHA-256 of a ballot's published papers, one
// PaperLine each, sorted: the count records it in the audit chain, and
// certification and charter check recompute it, so that a paper changed
// behind Charter's back after the count does not go unseen.
func PapersDigest(lines []string) string {
	sorted := slices.Clone(lines)
	slices.Sort(sorted)
	h := sha256.New()
	for _, l := range sorted {
		h.Write([]byte(l + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// NewTellerKey makes a teller's key pair: the public half is stored, the
// private half is shown to the teller once, as text, and kept by no one
// else.
func NewTellerKey() (public *Key, text string, err error) {
	public, private, err := NewKeyPair()
	if err != nil {
		return nil, "", err
	}
	symbols := tellerKeyEncoding.EncodeToString(private[:])
	clear(private[:])
	var out strings.Builder
	for i := 0; i < len(symbols); i += 4 {
		if i > 0 {
			out.WriteByte('-')
		}
		out.WriteString(symbols[i:min(i+4, len(symbols))])
	}
	return public, out.String(), nil
}

// ParseTellerKey reads a teller's key as the teller types or pastes it:
// any case, with or without dashes and spaces, O for 0 and I or L for 1.
func ParseTellerKey(text string) (public, private *Key, err error) {
	cleaned := strings.Map(func(r rune) rune {
		switch r {
		case '-', ' ', '\t', '\r', '\n':
			return -1
		case 'o', 'O':
			return '0'
		case 'i', 'I', 'l', 'L':
			return '1'
		}
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, text)
	raw, decodeErr := tellerKeyEncoding.DecodeString(cleaned)
	if decodeErr != nil || len(raw) != len(Key{}) || bytes.Equal(raw, make([]byte, len(raw))) {
		return nil, nil, charter.Errorf(charter.EINVALID, "That is not a teller key: a teller key is 52 letters and digits, in groups of four.")
	}
	private = new(Key)
	copy(private[:], raw)
	clear(raw)
	return PublicOf(private), private, nil
}
