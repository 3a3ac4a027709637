package ballot

import (
	"crypto/rand"
	"errors"
	"fmt"
)

// A Share is one part of a secret split by Split: its x coordinate (1 to
// 255) and the value at x of one random polynomial per byte of the secret.
type Share struct {
	X byte
	Y []byte
}

// Split divides secret into n shares, any k of which rebuild it and fewer
// of which say nothing of it (Shamir's scheme, byte by byte over GF(2^8)).
// Share i is the polynomials' value at x = i+1.
func Split(secret []byte, n, k int) ([]Share, error) {
	if k < 1 || k > n || n > 255 {
		return nil, fmt.Errorf("split: %d of %d shares", k, n)
	}
	shares := make([]Share, n)
	for i := range shares {
		shares[i] = Share{X: byte(i + 1), Y: make([]byte, len(secret))}
	}
	coefficients := make([]byte, k) // coefficients[0] is the secret's byte
	for b, s := range secret {
		coefficients[0] = s
		if _, err := rand.Read(coefficients[1:]); err != nil {
			return nil, err
		}
		for i := range shares {
			shares[i].Y[b] = evaluate(coefficients, shares[i].X)
		}
	}
	clear(coefficients)
	return shares, nil
}

// Combine rebuilds the secret from k or more shares of one Split by
// Lagrange interpolation at x = 0. Fewer shares than the split needed give
// a wrong secret, which the caller detects by checking it.
func Combine(shares []Share) ([]byte, error) {
	if len(shares) == 0 {
		return nil, errors.New("combine: no shares")
	}
	size := len(shares[0].Y)
	seen := map[byte]bool{}
	for _, s := range shares {
		if s.X == 0 || seen[s.X] || len(s.Y) != size {
			return nil, errors.New("combine: shares of different secrets, or one share twice")
		}
		seen[s.X] = true
	}
	secret := make([]byte, size)
	for i, si := range shares {
		// The Lagrange basis polynomial of share i, at x = 0:
		// the product over j ≠ i of x_j / (x_j - x_i); minus is plus here.
		basis := byte(1)
		for j, sj := range shares {
			if i != j {
				basis = gfMul(basis, gfDiv(sj.X, sj.X^si.X))
			}
		}
		for b := range secret {
			secret[b] ^= gfMul(basis, si.Y[b])
		}
	}
	return secret, nil
}

// evaluate computes the polynomial with these coefficients at x (Horner).
func evaluate(coefficients []byte, x byte) byte {
	var y byte
	for i := len(coefficients) - 1; i >= 0; i-- {
		y = gfMul(y, x) ^ coefficients[i]
	}
	return y
}

// gfMul multiplies in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1, bit by bit
// without branching on the operands (no table to time by cache).
func gfMul(a, b byte) byte {
	var p byte
	for range 8 {
		p ^= a & -(b & 1)
		carry := -(a >> 7)
		a = a<<1 ^ 0x1b&carry
		b >>= 1
	}
	return p
}

// gfDiv divides a by b ≠ 0: a times b's inverse, which is b^254.
func gfDiv(a, b byte) byte {
	inverse := byte(1)
	for range 254 {
		inverse = gfMul(inverse, b)
	}
	return gfMul(a, inverse)
}
