package corpus

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeSaysHowToRunCorpusTests: without the corpus its tests skip, so
// the README must say where Dir looks for it and how to point it elsewhere.
func TestReadmeSaysHowToRunCorpusTests(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"CHARTER_CORPUS", "shared/corpus/skule-bylaws", "../shared/corpus", "skip"} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("the README does not say %q about the corpus tests", want)
		}
	}
}
