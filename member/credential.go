package member

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"github.com/charter-org/charter"
)

// Argon2id parameters: OWASP's recommended minimum (19 MiB, 2 passes, 1
// lane) keeps a login under ~50 ms on a small server, and memory per
// concurrent login modest on a 2-core machine.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// Password length limits: long enough to resist guessing, bounded so a
// megabyte "password" cannot make hashing a denial of service.
const (
	MinPasswordLen = 10
	MaxPasswordLen = 256
)

// ValidatePassword checks a new password's length.
func ValidatePassword(pw string) error {
	n := utf8.RuneCountInString(pw)
	if n < MinPasswordLen {
		return charter.Errorf(charter.EINVALID, "The password must have at least %d characters.", MinPasswordLen)
	}
	if len(pw) > MaxPasswordLen {
		return charter.Errorf(charter.EINVALID, "The password must have at most %d characters.", MaxPasswordLen)
	}
	return nil
}

// HashPassword returns an argon2id hash in the PHC string format.
func HashPassword(pw string) (string, error) {
	if err := ValidatePassword(pw); err != nil {
		return "", err
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads, enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

// dummyHash is verified against when an account does not exist, so that a
// login for an unknown address takes as long as one for a known address.
// It is made on first use: made when the package loaded, it cost every run
// of every command 57 ms (and the server its memory) before main.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("no such account, no such password")
	return h
})

// VerifyPassword reports whether pw matches hash. An empty hash (an account
// whose invitation is not yet accepted) never matches, in constant time.
func VerifyPassword(hash, pw string) bool {
	if len(pw) > MaxPasswordLen {
		return false
	}
	ok := hash != ""
	if !ok {
		hash = dummyHash()
	}
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var m uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m > 256*1024 || t > 16 || p == 0 {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[4])
	want, err2 := enc.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1 && ok
}

// NewSecret returns a random URL-safe secret of 32 bytes: session cookies,
// access tokens, invitation links. Only its hash is ever stored.
func NewSecret(prefix string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("new secret: %w", err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b), nil
}

// SecretHash is how a secret is stored and looked up: a leaked database
// gives no usable session, token or invitation.
func SecretHash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// Secret prefixes tell, in a log or a bug report, what kind of secret leaked.
const (
	PrefixSession    = "cs_"
	PrefixToken      = "ct_"
	PrefixInvitation = "ci_"
)
