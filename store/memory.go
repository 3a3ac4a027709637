package store

import (
	"sync"
	"time"

	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

// Reads that every page makes are answered from memory: the session's or
// token's account, a document's head, the stamp of its comments, its
// pending amendments. The change feed forgets each when a change touches
// it (forgetChanged), on this instance at commit and on the others when
// they are told.

// memo holds values read from the database, each under the subject a
// change names (an account, a document).
type memo[K comparable, V any] struct {
	catchUp func() // before answering from memory: see DB.catchUp
	mu      sync.Mutex
	values  map[K]memoEntry[V]
	// forgets counts what was forgotten: a value read while a change was
	// being told may be older than the change, and is not kept.
	forgets uint64
	max     int
	// hits and misses count get's answers from memory and its reads, for
	// the operator's metrics (DB.Memos).
	hits, misses uint64
}

type memoEntry[V any] struct {
	v       V
	subject int64
}

func newMemo[K comparable, V any](max int, catchUp func()) *memo[K, V] {
	return &memo[K, V]{values: map[K]memoEntry[V]{}, max: max, catchUp: catchUp}
}

// get answers k from memory, or reads it and keeps it unless a change
// was told meanwhile. read returns the value and its subject.
func (m *memo[K, V]) get(k K, read func() (V, int64, error)) (V, error) {
	m.catchUp()
	m.mu.Lock()
	e, ok := m.values[k]
	forgets := m.forgets
	if ok {
		m.hits++
	} else {
		m.misses++
	}
	m.mu.Unlock()
	if ok {
		return e.v, nil
	}
	v, subject, err := read()
	if err != nil {
		return v, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.forgets == forgets {
		if len(m.values) >= m.max {
			clear(m.values) // a rare full sweep bounds memory without an order to keep
		}
		m.values[k] = memoEntry[V]{v, subject}
	}
	return v, nil
}

// counts says how many gets were answered from memory and how many read.
func (m *memo[K, V]) counts() (hits, misses uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.hits, m.misses
}

// drop forgets k alone.
func (m *memo[K, V]) drop(k K) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.forgets++
	delete(m.values, k)
}

// forget forgets everything held of subject; of every subject for 0.
func (m *memo[K, V]) forget(subject int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.forgets++
	for k, e := range m.values {
		if subject == 0 || e.subject == subject {
			delete(m.values, k)
		}
	}
}

// credential is the account behind a session or token, until when.
type credential struct {
	user    member.User
	expires time.Time // zero for a token, which lasts until revoked
}

type documentHead struct {
	doc  document.Document
	head document.Version
}

// held is all a DB keeps in memory.
type held struct {
	credentials *memo[string, credential]           // by the secret's hash
	heads       *memo[string, documentHead]         // by slug
	stamps      *memo[int64, string]                // by document
	pending     *memo[[2]int64, []PendingAmendment] // by document and version
	sections    *memo[sectionKey, *SectionThreads]  // by version and section
}

func newHeld(catchUp func()) *held {
	return &held{
		credentials: newMemo[string, credential](100_000, catchUp),
		heads:       newMemo[string, documentHead](10_000, catchUp),
		stamps:      newMemo[int64, string](10_000, catchUp),
		pending:     newMemo[[2]int64, []PendingAmendment](10_000, catchUp),
		// A section with a hundred comments holds about 100 KB.
		sections: newMemo[sectionKey, *SectionThreads](2_000, catchUp),
	}
}

// forgetChanged forgets what a change touched.
func (h *held) forgetChanged(c Change) {
	switch c.Topic {
	case TopicUser:
		h.credentials.forget(c.Subject)
		h.sections.forget(0) // authors' names
	case TopicDocument:
		h.heads.forget(c.Subject)
		h.pending.forget(c.Subject)
	case TopicComments:
		h.stamps.forget(c.Subject)
		h.sections.forget(c.Subject)
	case TopicAmendments:
		h.pending.forget(c.Subject)
	}
}
