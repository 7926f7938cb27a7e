package snapshot

import (
	"bytes"
	"testing"
)

// FuzzDecode: a damaged snapshot is an error or problems, never a crash or
// an unbounded allocation.
func FuzzDecode(f *testing.F) {
	old := newInterp(f, pointDecl, `type Sample struct { T int64; V float64 }`,
		`p := &Point{1, 2, "x"}`, `q := p`, `m := map[string][]int{"a": {1, 2}}`,
		`s := []Sample{{1, 2}, {3, 4}}`, `var a any = Point{X: 3}`, `names := []string{"u", "v"}`)
	data, _ := snap(f, old, "p", "q", "m", "s", "a", "names")
	f.Add(data)
	f.Add(data[:len(data)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		fresh := newInterp(t, pointDecl, `type Sample struct { T int64; V float64 }`)
		_, _ = (&Decoder{Types: fresh, Var: fresh.Declare}).Decode(bytes.NewReader(b))
	})
}

// TestDamagedSnapshots flips each byte of a snapshot and cuts it at each
// length: decoding returns (an error or problems), whatever the damage.
func TestDamagedSnapshots(t *testing.T) {
	old := newInterp(t, pointDecl, `type Sample struct { T int64; V float64 }`,
		`p := &Point{1, 2, "x"}`, `q := p`, `m := map[string][]int{"a": {1, 2}}`,
		`s := []Sample{{1, 2}, {3, 4}}`, `var a any = Point{X: 3}`, `names := []string{"u", "v"}`)
	data, _ := snap(t, old, "p", "q", "m", "s", "a", "names")
	fresh := newInterp(t, pointDecl, `type Sample struct { T int64; V float64 }`)
	dec := &Decoder{Types: fresh, Var: fresh.Declare}
	for i := range data {
		for _, b := range []byte{data[i] ^ 0xff} {
			damaged := bytes.Clone(data)
			damaged[i] = b
			_, _ = dec.Decode(bytes.NewReader(damaged))
		}
		if _, err := dec.Decode(bytes.NewReader(data[:i])); err == nil {
			t.Fatalf("cut at %d: no error", i)
		}
	}
}
