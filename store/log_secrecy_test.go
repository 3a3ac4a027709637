package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// TestFailuresNameNoSecret: when the database fails under a use case that
// was handed a secret, the error, which the web layer logs whole, names
// the use case and the database's trouble, never what it was given: not a
// session, token or invitation, a password, a teller key or a choice.
func TestFailuresNameNoSecret(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		poll := storetest.OpenPoll(t, db, 1)
		secret := func(prefix string) string { s, _ := member.NewSecret(prefix); return s }
		session, token, invitation := secret(member.PrefixSession), secret(member.PrefixToken), secret(member.PrefixInvitation)
		password, email := "a password nobody may read", "who.logs.in@example.org"
		_ = db.Close()
		calls := map[string]error{}
		_, calls["SessionUser"] = db.SessionUser(ctx, session)
		_, calls["TokenUser"] = db.TokenUser(ctx, token)
		_, calls["InvitationUser"] = db.InvitationUser(ctx, invitation)
		_, calls["AcceptInvitation"] = db.AcceptInvitation(ctx, invitation, password)
		_, calls["Authenticate"] = db.Authenticate(ctx, store.Login{Email: email, Password: password, Client: "192.0.2.7"})
		_, calls["GiveShare"] = db.GiveShare(ctx, poll.Tellers[0].User, poll.Ballot.ID, poll.Tellers[0].Key)
		_, calls["CastBallot"] = db.CastBallot(ctx, poll.Voters[0], poll.Ballot.ID, []ballot.Choice{ballot.Abstain}, []string{poll.Ballot.Questions[0].SHA256})
		for name, err := range calls {
			if err == nil {
				t.Errorf("%s on a closed database: no error", name)
				continue
			}
			// All of it, as a log's "err" shows it, and the cause besides.
			text := fmt.Sprintf("%v %+v", err, errors.Unwrap(err))
			if c := charter.ErrorCode(err); c != charter.EINTERNAL && c != charter.EUNAVAILABLE {
				t.Errorf("%s: code %s: %s", name, c, text)
			}
			for _, s := range []string{session, token, invitation, password, email, "192.0.2.7", poll.Tellers[0].Key, string(ballot.Abstain), poll.Voters[0].Email} {
				if strings.Contains(text, s) {
					t.Errorf("%s's error holds %q: %s", name, s, text)
				}
			}
		}
	})
}
