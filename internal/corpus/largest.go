package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// LargestAmendment reads, outside a test, the corpus amendment whose base
// text is the largest: the base and the proposed text, and the case's id.
func LargestAmendment() (id string, base, proposed []byte, err error) {
	dir, err := Dir()
	if err != nil {
		return "", nil, nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, "cases.json"))
	if err != nil {
		return "", nil, nil, err
	}
	var rows []struct {
		ID       string  `json:"id"`
		Base     *string `json:"base"`
		Proposed *string `json:"proposed"`
	}
	if err := json.Unmarshal(raw, &rows); err != nil {
		return "", nil, nil, fmt.Errorf("corpus: cases.json: %w", err)
	}
	for _, r := range rows {
		if r.Base == nil || r.Proposed == nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, "blobs", *r.Base+".md"))
		if err != nil {
			return "", nil, nil, err
		}
		if len(b) <= len(base) {
			continue
		}
		p, err := os.ReadFile(filepath.Join(dir, "blobs", *r.Proposed+".md"))
		if err != nil {
			return "", nil, nil, err
		}
		id, base, proposed = r.ID, b, p
	}
	if base == nil {
		return "", nil, nil, fmt.Errorf("corpus: no amendment in %s", dir)
	}
	return id, base, proposed, nil
}
