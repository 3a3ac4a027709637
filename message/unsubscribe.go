package message

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/charter-org/charter"
)

// An unsubscribe link turns one kind off for one member without a login:
// mail programs offer it beside the message (List-Unsubscribe, RFC 8058),
// and a member may not remember their password. The link carries the
// account and the kind with a MAC under a server key, so nobody can turn
// off another member's messages.

// UnsubscribeToken is the token of the link that turns kind off for the
// account userID. A digest's link turns off the kind it gathers.
func UnsubscribeToken(key []byte, userID int64, kind Kind) string {
	payload := strconv.FormatInt(userID, 10) + "." + string(kind.Governing())
	return payload + "." + unsubscribeMAC(key, payload)
}

// CheckUnsubscribe reads an unsubscribe token: the account and the kind it
// turns off.
func CheckUnsubscribe(key []byte, token string) (int64, Kind, error) {
	bad := charter.Errorf(charter.ENOTFOUND, "This unsubscribe link is not valid; it may have been cut short. Choose what you receive on your account page.")
	i := strings.LastIndexByte(token, '.')
	if i < 0 {
		return 0, "", bad
	}
	payload, mac := token[:i], token[i+1:]
	if !hmac.Equal([]byte(mac), []byte(unsubscribeMAC(key, payload))) {
		return 0, "", bad
	}
	id, kind, _ := strings.Cut(payload, ".")
	userID, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return 0, "", bad
	}
	k, err := ParseKind(kind)
	if err != nil || k.Required() {
		return 0, "", bad
	}
	return userID, k, nil
}

func unsubscribeMAC(key []byte, payload string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("unsubscribe\x00" + payload))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:18])
}
