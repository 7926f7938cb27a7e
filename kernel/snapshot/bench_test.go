package snapshot

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// BenchmarkEncodeInts10M encodes a 10-million-element []int held by the
// interpreter to a file, as the kernel does after a cell that set it.
func BenchmarkEncodeInts10M(b *testing.B) {
	in := newInterp(b, `data := make([]int, 10_000_000)`)
	v := in.In.Globals()["data"]
	f, err := os.Create(filepath.Join(b.TempDir(), "snap"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	enc := &Encoder{TypeName: in.TypeName}
	b.SetBytes(int64(v.Len() * 8))
	b.ResetTimer()
	for range b.N {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			b.Fatal(err)
		}
		if _, err := enc.Encode(f, []Var{{Name: "data", Type: "[]int", Value: v}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeInts10M decodes it into a fresh interpreter.
func BenchmarkDecodeInts10M(b *testing.B) {
	in := newInterp(b, `data := make([]int, 10_000_000)`)
	data, _ := snap(b, in, "data")
	fresh := newInterp(b)
	dec := &Decoder{Types: fresh, Var: fresh.Declare}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		if _, err := dec.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeStructs1M encodes a million cell-type structs.
func BenchmarkEncodeStructs1M(b *testing.B) {
	in := newInterp(b, pointDecl, `ps := make([]Point, 1_000_000)`)
	v := in.In.Globals()["ps"]
	enc := &Encoder{TypeName: in.TypeName}
	var buf bytes.Buffer
	b.ResetTimer()
	for range b.N {
		buf.Reset()
		if _, err := enc.Encode(&buf, []Var{{Name: "ps", Type: "[]Point", Value: v}}); err != nil {
			b.Fatal(err)
		}
	}
	_ = reflect.Value{}
}

// BenchmarkEncodeFlatStructs1M encodes a million structs of numbers
// (copied as memory, with their layout).
func BenchmarkEncodeFlatStructs1M(b *testing.B) {
	in := newInterp(b, `type Sample struct { T int64; V float64 }`, `s := make([]Sample, 1_000_000)`)
	v := in.In.Globals()["s"]
	enc := &Encoder{TypeName: in.TypeName}
	var buf bytes.Buffer
	b.ResetTimer()
	for range b.N {
		buf.Reset()
		if _, err := enc.Encode(&buf, []Var{{Name: "s", Type: "[]Sample", Value: v}}); err != nil {
			b.Fatal(err)
		}
	}
}
