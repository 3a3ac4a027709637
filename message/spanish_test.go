package message

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter/ballot"
	"github.com/charter-org/charter/web/i18n"
)

// TestBallotNoticeInSpanish: a ballot notice composed for a member who
// reads Spanish is in Spanish through the real catalogs: every sentence
// the English notice has is translated, and only what is the same in every
// language (links, the SHA-256, the times, the question as the officer
// wrote it) is left as it is.
func TestBallotNoticeInSpanish(t *testing.T) {
	cat, err := i18n.Load(os.DirFS("../web"))
	if err != nil {
		t.Fatal(err)
	}
	rule, err := ballot.ParseRule("majority", "cast", "none", 30)
	if err != nil {
		t.Fatal(err)
	}
	opens := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	facts, _ := json.Marshal(BallotNotice{BallotID: 9, Title: "Cuotas 2026", NoticeAt: opens.AddDate(0, 0, -30), OpensAt: opens, ClosesAt: opens.AddDate(0, 0, 7),
		RollSize: 120, MinBallots: 10, OnlineClause: "Article IX permits online ballots.",
		Questions: []NoticeQuestion{{Question: "¿Aprobar la enmienda 4?", DocumentTitle: "Constitución", SHA256: strings.Repeat("ab", 32), Rule: rule}}})
	m, err := Compose(KindBallotNotice, facts, Recipient{Name: "Ana"}, Site{URL: "https://charter.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	es, err := m.Render(cat.Localizer("es").ErrorFormat, "es")
	if err != nil {
		t.Fatal(err)
	}
	en, err := m.Render(cat.Localizer("en").ErrorFormat, "en")
	if err != nil {
		t.Fatal(err)
	}
	if es.Subject != "Convocatoria de votación: Cuotas 2026" {
		t.Errorf("subject %q", es.Subject)
	}
	for _, want := range []string{"Estimado/a Ana:", "El responsable electoral convoca una votación secreta: Cuotas 2026.",
		"La votación abre el 2026-06-01 09:00 UTC y cierra el 2026-06-08 09:00 UTC. Usted es uno de los 120 miembros de su padrón.",
		"Pregunta 1: ¿Aprobar la enmienda 4?",
		"Se aprueba con más de la mitad de los votos emitidos, quórum: ninguno, tras una convocatoria con 30 días de anticipación.",
		"Su voto es secreto", "https://charter.example.org/ballots/9#q0", strings.Repeat("ab", 32)} {
		if !strings.Contains(es.Text, want) {
			t.Errorf("the Spanish notice lacks %q:\n%s", want, es.Text)
		}
	}
	if !strings.Contains(es.HTML, `<html lang="es">`) || !strings.Contains(es.HTML, "Estimado/a Ana:") {
		t.Errorf("the HTML is not the Spanish:\n%s", es.HTML)
	}
	for _, line := range leftInEnglish(en, es, strings.Repeat("ab", 32)) {
		t.Errorf("left in English: %q", line)
	}
}

// leftInEnglish lists the lines of the English rendering that the other
// language's has unchanged, but for what is the same in every language:
// blank lines, links, quotes of what members and officers wrote, and the
// exact values given.
func leftInEnglish(en, other Rendered, exact ...string) []string {
	theirs := map[string]bool{}
	for _, line := range strings.Split(other.Text, "\n") {
		theirs[line] = true
	}
	var left []string
	for _, line := range strings.Split(en.Text, "\n") {
		same := line == "" || strings.HasPrefix(line, "https://") || strings.HasPrefix(line, "> ") || slices.Contains(exact, line)
		if theirs[line] && !same {
			left = append(left, line)
		}
	}
	return left
}
