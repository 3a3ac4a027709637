// Package account is what a member's account page and the API's account
// routes share: whose sessions and access tokens a request is about, and
// the three ways to end them. The page answers with a redirect, the API
// with what was ended.
package account

import (
	"context"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Store is what account routes read and write. Besides the codes listed,
// every method may fail with EUNAVAILABLE, EFULL or EINTERNAL when the
// database does.
type Store interface {
	// Credentials lists an account's live sessions and tokens, never their
	// secrets, marking the session whose secret is current: ENOTFOUND when
	// there is no such account.
	Credentials(ctx context.Context, owner int64, current string) (store.Credentials, error)
	// RevokeSession ends one of owner's sessions, named by its public id,
	// on actor's behalf: ENOTFOUND when owner has no such live session.
	RevokeSession(ctx context.Context, actor, owner int64, id string) error
	// RevokeToken revokes one of owner's access tokens: ENOTFOUND when
	// owner has no such live token.
	RevokeToken(ctx context.Context, actor, owner, id int64) error
	// RevokeAll ends every session and token of owner's and says how many:
	// ENOTFOUND when there is no such account.
	RevokeAll(ctx context.Context, actor, owner int64) (store.Revoked, error)
}

var onlyAdmins = charter.Errorf(charter.EFORBIDDEN, "Only admins can do this.")

// Owner is whose sessions and tokens a request is about, and the page that
// lists them: the member's own, or, on the routes that name a member by id
// (which only admins reach), that member's.
func Owner(c *gin.Context) (int64, string, error) {
	u := site.User(c)
	raw := c.Param("id")
	if raw == "" {
		return u.ID, "/account", nil
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return 0, "", charter.Errorf(charter.ENOTFOUND, "There is no such account.")
	}
	if id != u.ID && !u.CanManageRoster() {
		return 0, "", onlyAdmins
	}
	return id, "/admin/members/" + raw, nil
}

// Credentials reads the sessions and tokens a request is about, with the
// session asking marked, and the page that lists them.
func Credentials(c *gin.Context, db Store) (store.Credentials, string, error) {
	owner, page, err := Owner(c)
	if err != nil {
		return store.Credentials{}, "", err
	}
	current, _ := c.Cookie(site.SessionCookie)
	creds, err := db.Credentials(c.Request.Context(), owner, current)
	return creds, page, err
}

// A Revocation ends some of owner's sessions or tokens, on behalf of the
// member asking, and says how many.
type Revocation func(c *gin.Context, db Store, owner int64) (store.Revoked, error)

// RevokeSession ends the session the route names (:session).
func RevokeSession(c *gin.Context, db Store, owner int64) (store.Revoked, error) {
	err := db.RevokeSession(c.Request.Context(), site.User(c).ID, owner, c.Param("session"))
	return store.Revoked{Sessions: 1}, err
}

// RevokeToken revokes the access token the route names (:token).
func RevokeToken(c *gin.Context, db Store, owner int64) (store.Revoked, error) {
	id, err := strconv.ParseInt(c.Param("token"), 10, 64)
	if err != nil {
		return store.Revoked{}, charter.Errorf(charter.ENOTFOUND, "There is no such access token; it may have been revoked already.")
	}
	return store.Revoked{Tokens: 1}, db.RevokeToken(c.Request.Context(), site.User(c).ID, owner, id)
}

// LogOutEverywhere ends every session and token of the owner's.
func LogOutEverywhere(c *gin.Context, db Store, owner int64) (store.Revoked, error) {
	return db.RevokeAll(c.Request.Context(), site.User(c).ID, owner)
}
