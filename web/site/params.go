package site

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
)

// The ids the routes name, read alike by pages and the API: an id that is
// not a number names nothing, and is not found.

// AmendmentID reads the amendment the route names (:id).
func AmendmentID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no amendment %q.", charter.Clip(c.Param("id"), 40))
	}
	return id, nil
}

// BallotID reads the ballot the route names (:id).
func BallotID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no ballot %q.", charter.Clip(c.Param("id"), 40))
	}
	return id, nil
}

// CommentID reads the comment the route names (:id).
func CommentID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no comment %q.", charter.Clip(c.Param("id"), 40))
	}
	return id, nil
}

// PageNumber reads the page of a list a request asks for (?page=, from
// 1), at most last: anything else asks for the first.
func PageNumber(c *gin.Context, last int) int {
	n, err := strconv.Atoi(c.Query("page"))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, last)
}

// PetitionID reads the petition the route names (:id).
func PetitionID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no petition %q.", charter.Clip(c.Param("id"), 40))
	}
	return id, nil
}

// MeetingID reads the meeting the route names.
func MeetingID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no meeting %q.", charter.Clip(c.Param("id"), 40))
	}
	return id, nil
}

// VersionID reads the version the route names (:id).
func VersionID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no version %q.", charter.Clip(c.Param("id"), 40))
	}
	return id, nil
}

// VersionQuery reads the version a request asks for (?version=ID, or a
// form's version field); 0, when it names none, is the head.
func VersionQuery(c *gin.Context) (int64, error) {
	raw := c.Query("version")
	if raw == "" && c.Request.Method == "POST" {
		raw = c.PostForm("version")
	}
	if raw == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no version %q.", charter.Clip(raw, 40))
	}
	return id, nil
}

// AccountID reads the account the route names (:id).
func AccountID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return 0, charter.Errorf(charter.ENOTFOUND, "There is no such account.")
	}
	return id, nil
}
