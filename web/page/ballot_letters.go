package page

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/letter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/message"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/web/site"
)

// Letters gives an officer the notice of a ballot by post, for the members
// of the scope chosen who have a postal address: a PDF of letters, one or
// more pages each, or a CSV for a mailing house. The download is recorded,
// a letter per member, once it is made: a letter that could not be made is
// not recorded as prepared.
func (h *Ballots) Letters(c *gin.Context) error {
	id, err := site.BallotID(c)
	if err != nil {
		return err
	}
	back := fmt.Sprintf("/ballots/%d/notice-report", id)
	scope, err := store.ParseLetterScope(c.PostForm("scope"))
	if err != nil {
		return site.Back(err, back)
	}
	format := c.PostForm("format")
	if format != store.LetterPDF && format != store.LetterCSV {
		return site.Back(charter.Errorf(charter.EINVALID, "Choose the letters (PDF) or the mailing list (CSV)."), back)
	}
	u, ctx := site.User(c), c.Request.Context()
	ls, err := h.db.NoticeLetters(ctx, *u, id, scope)
	if err != nil {
		return site.Back(err, back)
	}
	if len(ls.Recipients) == 0 {
		if ls.WithoutAddress > 0 {
			return site.Back(charter.Errorf(charter.EINVALID, "No letter to make: the %d members chosen have no postal address on file. An admin adds addresses with the roster.", ls.WithoutAddress), back)
		}
		return site.Back(charter.Errorf(charter.EINVALID, "No member chosen needs a letter."), back)
	}
	var body []byte
	contentType := "text/csv; charset=utf-8"
	if format == store.LetterPDF {
		contentType = "application/pdf"
		body, err = h.letterPDF(c, ls)
	} else {
		body, err = mailingList(ls.Recipients)
	}
	if err != nil {
		return site.Back(err, back)
	}
	if err := h.db.RecordLetters(ctx, *u, id, ls.Notice.ContentID, format, ls.Recipients); err != nil {
		return site.Back(err, back)
	}
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="ballot-%d-notice-%s.%s"`, id, scope, format))
	c.Header("Cache-Control", "no-store") // addresses: never kept by a proxy or the browser's cache
	c.Data(http.StatusOK, contentType, body)
	return nil
}

// letterPDF writes each member's letter: the words of the emailed notice,
// composed from the same facts and rendered in the member's language (the
// document's when they chose none).
func (h *Ballots) letterPDF(c *gin.Context, ls store.NoticeLetters) ([]byte, error) {
	links := h.links
	if links.URL == "" {
		links.URL = siteURL(h.site, c)
	}
	now := h.db.Now()
	letters := make([]letter.Letter, 0, len(ls.Recipients))
	for _, r := range ls.Recipients {
		lang := r.Language
		if lang == "" {
			lang = ls.Notice.Language
		}
		l := h.site.Catalog().Localizer(lang)
		m, err := message.Compose(message.KindBallotNotice, ls.Notice.Facts, message.Recipient{Name: r.Name}, links)
		if err != nil {
			return nil, charter.Internal(err)
		}
		text, err := m.Render(l.ErrorFormat, l.Tag())
		if err != nil {
			return nil, charter.Internal(err)
		}
		footer := r.Name
		if r.MemberNumber != "" {
			footer += " · " + r.MemberNumber
		}
		letters = append(letters, letter.Letter{
			Address:    windowAddress(r),
			Date:       now.UTC().Format("2006-01-02"),
			Title:      text.Subject,
			Paragraphs: strings.Split(strings.TrimSpace(text.Text), "\n\n"),
			Footer:     footer,
		})
	}
	return letter.Write(letters, letter.Options{Font: h.letterFont, Created: now})
}

// windowAddress is what the envelope's window shows: the member's name,
// unless their address begins with it already, and the address.
func windowAddress(r store.LetterRecipient) []string {
	lines := strings.Split(r.Address, "\n")
	if strings.EqualFold(lines[0], r.Name) {
		return lines
	}
	return append([]string{r.Name}, lines...)
}

// mailingList is the CSV a mailing house prints and posts from: name,
// address lines, member id, language.
func mailingList(to []store.LetterRecipient) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	header := []string{"name"}
	for i := range member.MaxAddressLines {
		header = append(header, "address "+strconv.Itoa(i+1))
	}
	header = append(header, "member id", "language")
	rows := [][]string{header}
	for _, r := range to {
		row := make([]string, 0, len(header))
		row = append(row, inert(r.Name))
		lines := strings.Split(r.Address, "\n")
		for i := range member.MaxAddressLines {
			cell := ""
			if i < len(lines) {
				cell = lines[i]
			}
			row = append(row, inert(cell))
		}
		rows = append(rows, append(row, inert(r.MemberNumber), r.Language))
	}
	if err := w.WriteAll(rows); err != nil {
		return nil, charter.Internal(err)
	}
	return buf.Bytes(), nil
}

// inert keeps a spreadsheet from reading a cell as a formula (a name
// beginning with "=" written by whoever made the roster): such a cell is
// given a leading apostrophe, which spreadsheets show as text.
func inert(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t", rune(s[0])) {
		return "'" + s
	}
	return s
}

// siteURL is the address members reach Charter at, as this request came:
// links in what is sent or printed point there.
func siteURL(s *site.Site, c *gin.Context) string {
	scheme := "http"
	if s.SecureCookies(c) {
		scheme = "https"
	}
	return scheme + "://" + c.Request.Host
}
