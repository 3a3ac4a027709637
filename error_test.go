package charter_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/charter-org/charter"
)

func TestErrorMessages(t *testing.T) {
	inner := charter.Errorf(charter.EINVALID, "%q is not an email address.", "bob")
	outer := charter.Errorf(charter.EINVALID, "Roster line %d: %s", 3, inner)
	if outer.Message != `Roster line 3: "bob" is not an email address.` {
		t.Errorf("message %q", outer.Message)
	}
	french := map[string]string{
		"Roster line %d: %s":          "Liste, ligne %d : %s",
		"%q is not an email address.": "%q n'est pas une adresse.",
		charter.InternalMessage:       "Un problème est survenu.",
	}
	tr := func(f string) (string, bool) { s, ok := french[f]; return s, ok }
	wrapped := fmt.Errorf("import roster: %w", outer)
	if got := charter.Translate(wrapped, tr); got != `Liste, ligne 3 : "bob" n'est pas une adresse.` {
		t.Errorf("translated %q", got)
	}
	secret := errors.New("pq: password authentication failed for user charter")
	for _, err := range []error{secret, charter.Internal(secret)} {
		if got := charter.ErrorMessage(err); got != charter.InternalMessage {
			t.Errorf("internal cause shown: %q", got)
		}
		if got := charter.Translate(err, tr); got != "Un problème est survenu." {
			t.Errorf("internal message not translated: %q", got)
		}
		if charter.ErrorCode(err) != charter.EINTERNAL {
			t.Errorf("code %q", charter.ErrorCode(err))
		}
	}
	if got := charter.Clip("Ünïcödé", 4); got != "Ün…" {
		t.Errorf("clip cut a character: %q", got)
	}
}
