package amendment

// Placeholder until the scope check lands (removed at its merge).

import (
	"github.com/charter-org/charter"
	"github.com/charter-org/charter/document"
)

type ScopeVerdict string

const (
	ScopeIn     ScopeVerdict = "in"
	ScopeChair  ScopeVerdict = "chair"
	ScopeBeyond ScopeVerdict = "beyond"
)

type ScopeFinding struct {
	Verdict ScopeVerdict
	Number  string
	Reason  charter.Text
}

type Scope struct {
	Verdict  ScopeVerdict
	Findings []ScopeFinding
}

func CheckScope(before, noticed, proposed *document.Parsed, revision bool) Scope {
	panic("the scope check has not landed")
}
