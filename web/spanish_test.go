package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store/storetest"
)

// getIn is get from a browser whose preferred languages are acceptLanguage.
func (b *browser) getIn(path, acceptLanguage string) *response {
	req, _ := http.NewRequest(http.MethodGet, b.site.srv.URL+path, nil)
	if acceptLanguage != "" {
		req.Header.Set("Accept-Language", acceptLanguage)
	}
	return b.do(req)
}

// TestSpanishInterface: a member whose browser prefers Spanish, and one
// whose account is set to Spanish whatever the browser says, read the home
// page, a document, an error and a ballot in Spanish; the account's
// language is kept by the picker and the ballot notice waiting in the
// outbox for that member is in Spanish.
func TestSpanishInterface(t *testing.T) {
	db := storetest.SQLite(t)
	s := newSite(t, db)
	poll := storetest.OpenPoll(t, db, 2)
	ballotPage := fmt.Sprintf("/ballots/%d", poll.Ballot.ID)

	spanish := func(t *testing.T, who string, b *browser, acceptLanguage string) {
		t.Helper()
		home := b.getIn("/", acceptLanguage)
		if got := home.find("html").AttrOr("lang", ""); got != "es" {
			t.Errorf("%s: home page lang=%q", who, got)
		}
		for sel, want := range map[string]string{"h1": "Inicio", "#needs-you": "Lo que le espera", "nav a": "Documentos", "button.link": "Cerrar sesión"} {
			if got := strings.TrimSpace(home.find(sel).First().Text()); !strings.HasPrefix(got, want) {
				t.Errorf("%s: home page %s = %q, want %q", who, sel, got, want)
			}
		}
		if !strings.Contains(home.find("main").Text(), "Votar sobre «Poll»") {
			t.Errorf("%s: the home page's task to vote is not in Spanish:\n%s", who, home.find("main").Text())
		}
		doc := b.getIn("/documents/constitution", acceptLanguage)
		if got := doc.find("#toc-title").Text(); doc.StatusCode != http.StatusOK || got != "Índice" {
			t.Errorf("%s: document page %d, contents headed %q", who, doc.StatusCode, got)
		}
		if got := doc.find(`a[href="/documents/constitution/versions"]`).First().Text(); got != "Historial" {
			t.Errorf("%s: document page's history link %q", who, got)
		}
		missing := b.getIn("/documents/no-such-document", acceptLanguage)
		if got := missing.find("h1").Text(); missing.StatusCode != http.StatusNotFound || got != "Algo no está bien" {
			t.Errorf("%s: error page %d headed %q", who, missing.StatusCode, got)
		}
		if got := missing.find(".error").Text(); !strings.Contains(got, "No existe el documento") {
			t.Errorf("%s: error message %q", who, got)
		}
		refused := b.getIn("/import", acceptLanguage)
		if got := refused.find(".error").Text(); refused.StatusCode != http.StatusForbidden || !strings.Contains(got, "comité de redacción") {
			t.Errorf("%s: refusal %d %q", who, refused.StatusCode, got)
		}
		vote := b.getIn(ballotPage, acceptLanguage)
		if vote.StatusCode != http.StatusOK {
			t.Fatalf("%s: ballot page %d", who, vote.StatusCode)
		}
		if got := vote.find(`form button[type="submit"]`).Last().Text(); got != "Emitir mi voto" {
			t.Errorf("%s: the ballot's button %q", who, got)
		}
		var choices []string
		vote.find("label.check").Each(func(_ int, l *goquery.Selection) { choices = append(choices, strings.TrimSpace(l.Text())) })
		if strings.Join(choices, ",") != "Sí,No,Abstención" {
			t.Errorf("%s: the ballot's choices %q", who, choices)
		}
		if got := vote.find("p.hint").Text(); !strings.Contains(got, "Su voto es secreto") {
			t.Errorf("%s: the ballot's hint %q", who, got)
		}
	}

	// The browser's preference, on an account that chose nothing.
	voter := s.loggedIn(member.RoleMember)
	spanish(t, "Accept-Language es-MX", voter, "es-MX,es;q=0.9,en;q=0.5")
	if got := voter.getIn("/", "en-US,en;q=0.9").find("h1").Text(); got != "Home" {
		t.Errorf("the same member's browser asking for English: %q", got)
	}

	// The account's language: picked once, kept on the account, and
	// ahead of another browser's preference.
	if res := voter.submit("/", "/language", url.Values{"lang": {"es"}, "next": {"/"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("picking Spanish: %d", res.StatusCode)
	}
	if u, err := db.UserByEmail(context.Background(), "member@example.org"); err != nil || u.Language != "es" {
		t.Fatalf("the account's language after picking Spanish: %q (%v)", u.Language, err)
	}
	spanish(t, "account set to es", s.loggedIn(member.RoleMember), "fr-FR,fr;q=0.9")
	spanish(t, "account set to es, no preference", s.loggedIn(member.RoleMember), "")

	// The mail that waits for that member is composed in Spanish too.
	admin := s.loggedIn(member.RoleAdmin)
	outbox := admin.get("/admin/outbox")
	var notice string
	outbox.find("table.outbox tbody tr").Each(func(_ int, tr *goquery.Selection) {
		if strings.Contains(tr.Text(), "The member") && strings.Contains(tr.Text(), "Notice of a ballot") {
			notice = tr.Find("a").AttrOr("href", "")
		}
	})
	if notice == "" {
		t.Fatalf("no notice to The member in the outbox:\n%s", outbox.find("table.outbox").Text())
	}
	msg := admin.get(notice)
	if got := msg.find("h1").Text(); !strings.Contains(got, "Convocatoria de votación: Poll") {
		t.Errorf("the notice's subject: %q", got)
	}
	if text := msg.find("pre.mail-text").Text(); !strings.Contains(text, "Estimado/a The member:") || !strings.Contains(text, "Su voto es secreto") {
		t.Errorf("the notice to the member who reads Spanish:\n%s", text)
	}
}
