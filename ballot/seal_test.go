package ballot

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charter-org/charter"
)

// TestAnyKSharesRebuildTheKey: every set of k of n shares rebuilds the
// secret; every set of k-1 gives something else.
func TestAnyKSharesRebuildTheKey(t *testing.T) {
	secret := bytes.Repeat([]byte{0, 1, 0x80, 0xff}, 8)
	for _, c := range []struct{ n, k int }{{2, 2}, {3, 2}, {5, 3}, {9, 9}, {7, 1}} {
		shares, err := Split(secret, c.n, c.k)
		if err != nil {
			t.Fatal(err)
		}
		for mask := 1; mask < 1<<c.n; mask++ {
			var subset []Share
			for i := range c.n {
				if mask&(1<<i) != 0 {
					subset = append(subset, shares[i])
				}
			}
			got, err := Combine(subset)
			if err != nil {
				t.Fatal(err)
			}
			if rebuilt := bytes.Equal(got, secret); rebuilt != (len(subset) >= c.k) {
				t.Errorf("%d of %d (need %d): rebuilt %v", len(subset), c.n, c.k, rebuilt)
			}
		}
	}
	if _, err := Split(secret, 3, 4); err == nil {
		t.Error("4 of 3 shares accepted")
	}
	shares, _ := Split(secret, 3, 2)
	if _, err := Combine([]Share{shares[0], shares[0]}); err == nil {
		t.Error("the same share twice accepted")
	}
}

func TestGaloisFieldArithmetic(t *testing.T) {
	for a := 1; a < 256; a++ {
		if got := gfMul(gfDiv(1, byte(a)), byte(a)); got != 1 {
			t.Fatalf("%d × 1/%d = %d", a, a, got)
		}
	}
	if gfMul(0x57, 0x83) != 0xc1 { // FIPS-197's worked example
		t.Errorf("0x57 × 0x83 = %#x", gfMul(0x57, 0x83))
	}
}

// TestSealedPapersAllTheSameSize: a sealed paper's length says nothing of
// its answers, and only the ballot's key opens it.
func TestSealedPapersAllTheSameSize(t *testing.T) {
	public, private, err := NewKeyPair()
	if err != nil {
		t.Fatal(err)
	}
	tracker := NewTracker()
	for _, choices := range [][]Choice{{Yes}, {Abstain}, {No, Abstain, Yes}, make([]Choice, MaxQuestions)} {
		for i := range choices {
			if choices[i] == "" {
				choices[i] = Abstain
			}
		}
		sealed, err := SealPaper(public, tracker, choices)
		if err != nil {
			t.Fatal(err)
		}
		if len(sealed) != SealedPaperSize {
			t.Errorf("%v sealed in %d bytes, not %d", choices, len(sealed), SealedPaperSize)
		}
		if bytes.Contains(sealed, []byte(strings.ReplaceAll(tracker, "-", "")[:6])) {
			t.Error("the tracker shows through the seal")
		}
		gotTracker, gotChoices, err := OpenPaper(public, private, sealed)
		if err != nil || gotTracker != tracker || EncodeChoices(gotChoices) != EncodeChoices(choices) {
			t.Errorf("opened %q %v %v; sealed %q %v", gotTracker, gotChoices, err, tracker, choices)
		}
		otherPublic, otherPrivate, _ := NewKeyPair()
		if _, _, err := OpenPaper(otherPublic, otherPrivate, sealed); err == nil {
			t.Error("another key opened the paper")
		}
		sealed[len(sealed)-1] ^= 1
		if _, _, err := OpenPaper(public, private, sealed); err == nil {
			t.Error("a paper altered after sealing opened")
		}
	}
	if _, err := SealPaper(public, "short", []Choice{Yes}); err == nil {
		t.Error("a malformed tracker sealed")
	}
	if _, err := SealPaper(public, tracker, []Choice{"maybe"}); err == nil {
		t.Error("an unknown choice sealed")
	}
}

// TestTellersRebuildTheBallotKey: the ballot's key, split among tellers'
// keys, comes back from any k tellers' shares and from no fewer.
func TestTellersRebuildTheBallotKey(t *testing.T) {
	public, private, _ := NewKeyPair()
	var tellerPublics []*Key
	var tellerTexts []string
	for range 3 {
		p, text, err := NewTellerKey()
		if err != nil {
			t.Fatal(err)
		}
		tellerPublics, tellerTexts = append(tellerPublics, p), append(tellerTexts, text)
	}
	sealed, err := SplitKey(private, tellerPublics, 2)
	if err != nil {
		t.Fatal(err)
	}
	open := func(i int) Share {
		p, k, err := ParseTellerKey(tellerTexts[i])
		if err != nil || *p != *tellerPublics[i] {
			t.Fatalf("teller key %d: %v", i, err)
		}
		s, err := OpenShare(p, k, sealed[i])
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	got, err := CombineKey(public, []Share{open(2), open(0)})
	if err != nil || *got != *private {
		t.Fatalf("two shares: %v", err)
	}
	if _, err := CombineKey(public, []Share{open(1)}); charter.ErrorCode(err) != charter.ECONFLICT {
		t.Errorf("one share of two: %v", err)
	}
	p1, k1, _ := ParseTellerKey(tellerTexts[1])
	if _, err := OpenShare(p1, k1, sealed[0]); err == nil {
		t.Error("a teller opened another teller's share")
	}
}

func TestTellerKeyAsTyped(t *testing.T) {
	public, text, err := NewTellerKey()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.ReplaceAll(text, "-", "")); n != 52 {
		t.Errorf("%d symbols: %s", n, text)
	}
	typed := strings.ToLower(strings.ReplaceAll(text, "-", " ")) + "\n"
	typed = strings.ReplaceAll(strings.ReplaceAll(typed, "0", "o"), "1", "l")
	if p, _, err := ParseTellerKey(typed); err != nil || *p != *public {
		t.Errorf("%q read as another key: %v", typed, err)
	}
	for _, bad := range []string{"", "not a key", text[:len(text)-5], text + "-AAAA", strings.Repeat("0", 52), "UUUU" + text[4:]} {
		if _, _, err := ParseTellerKey(bad); charter.ErrorCode(err) != charter.EINVALID {
			t.Errorf("%q: %v", bad, err)
		}
	}
}
