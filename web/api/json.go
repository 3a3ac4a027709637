package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

// The JSON shapes of the API. They are spelled out, not the domain types,
// so that a field renamed inside Charter never breaks a client.

type apiDocument struct {
	Slug      string       `json:"slug"`
	Title     string       `json:"title"`
	Numbering string       `json:"numbering"`
	Language  string       `json:"language"`
	CreatedAt time.Time    `json:"created_at"`
	Versions  []apiVersion `json:"versions,omitempty"`
}

type apiVersion struct {
	ID        int64     `json:"id"`
	Number    int       `json:"number"`
	SHA256    string    `json:"sha256"`
	Kind      string    `json:"kind"`
	Origin    string    `json:"origin"`
	CreatedAt time.Time `json:"created_at"`
	// An adopted version names the ballot that adopted it and the date it
	// takes effect, when the certifying officer gave one.
	BallotID  int64  `json:"ballot_id,omitempty"`
	Effective string `json:"effective,omitempty"`
	// For a clerical change: the ballot that authorised it, and why.
	AuthorisedBy int64  `json:"authorised_by_ballot_id,omitempty"`
	Reason       string `json:"reason,omitempty"`
}

type apiNode struct {
	Key       string `json:"key"`
	Number    string `json:"number"`
	Heading   string `json:"heading"`
	Depth     int    `json:"depth"`
	Kind      string `json:"kind"`
	ParentKey string `json:"parent_key,omitempty"`
}

func toAPIDocument(d document.Document) apiDocument {
	return apiDocument{Slug: d.Slug, Title: d.Title, Numbering: string(d.Numbering), Language: d.Language, CreatedAt: d.CreatedAt}
}

func toAPIVersion(v document.Version) apiVersion {
	return apiVersion{ID: v.ID, Number: v.Number, SHA256: v.SHA256, Kind: string(v.Kind), Origin: string(v.Origin), CreatedAt: v.CreatedAt,
		BallotID: v.BallotID, Effective: v.Effective,
		AuthorisedBy: v.AuthorisedBy, Reason: v.Reason}
}

// readJSON decodes a request body strictly: unknown fields and trailing
// data are errors, so that a misspelt field is not silently ignored.
func readJSON(c *gin.Context, into any) error {
	raw, err := io.ReadAll(c.Request.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return err
		}
		return charter.Errorf(charter.EINVALID, "The request body could not be read.")
	}
	// encoding/json would quietly replace invalid UTF-8 with U+FFFD: text
	// damaged on its way in must be refused, not stored.
	if !utf8.Valid(raw) {
		return charter.Errorf(charter.EINVALID, "The request body is not valid UTF-8.")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		if errors.Is(err, io.EOF) {
			return charter.Errorf(charter.EINVALID, "The request body is empty; send a JSON object.")
		}
		return charter.Errorf(charter.EINVALID, "The request body is not the JSON object expected: %s.", jsonReason(err))
	}
	if dec.More() {
		return charter.Errorf(charter.EINVALID, "The request body holds more than one JSON value.")
	}
	return nil
}

func jsonReason(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return "malformed JSON at byte " + strconv.FormatInt(syntax.Offset, 10)
	case errors.As(err, &typ):
		return "field " + strconv.Quote(typ.Field) + " must be a " + typ.Type.String()
	}
	msg := err.Error()
	if len(msg) > 120 {
		msg = msg[:120]
	}
	return msg
}

// requireFields checks name, value pairs in order: each value must be set.
func requireFields(pairs ...string) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			return charter.Errorf(charter.EINVALID, "The field %q is missing or empty.", pairs[i])
		}
	}
	return nil
}
