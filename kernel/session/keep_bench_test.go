package session

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// BenchmarkCell10M runs a cell that sets a 10-million-element []int, in
// three ways:
//
//   - plain: the cell alone (snapshots off; also the time to the cell's
//     reply with snapshots on: Serve replies before it snapshots);
//   - encoded: the cell and the encoding of its snapshot, which is all a
//     next cell that does not change data waits for (the 80 MB are written
//     meanwhile);
//   - written: the cell, the encoding and the writing of the snapshot to a
//     new file, which a next cell that changes data waits for.
func BenchmarkCell10M(b *testing.B) {
	for _, c := range []struct{ name, code string }{
		{"make", "data := make([]int, 10_000_000)"},
		{"fill", "data := make([]int, 10_000_000)\nfor i := range data { data[i] = i }"},
	} {
		for _, mode := range []string{"plain", "encoded", "written"} {
			b.Run(c.name+"/"+mode, func(b *testing.B) {
				s := New(Options{KeepValues: mode != "plain"})
				dir := b.TempDir()
				b.SetBytes(80_000_000)
				for i := range b.N {
					if _, err := s.Execute(context.Background(), c.code, i+1); err != nil {
						b.Fatal(err)
					}
					if mode == "plain" {
						continue
					}
					enc, r := s.Snapshot(c.code, i+1)
					if len(r.Vars) != 1 {
						b.Fatal(r)
					}
					if mode == "encoded" {
						continue
					}
					f, err := os.Create(filepath.Join(dir, strconv.Itoa(i)))
					if err != nil {
						b.Fatal(err)
					}
					if _, err := enc.WriteTo(f); err != nil {
						b.Fatal(err)
					}
					f.Close()
					os.Remove(f.Name()) // as the kernel does with superseded ones
				}
			})
		}
	}
}

// BenchmarkSnapshotTrivial is what snapshots add to a cell that changes a
// small variable in a notebook of 50 variables and 20 types.
func BenchmarkSnapshotTrivial(b *testing.B) {
	s := New(Options{KeepValues: true})
	for i := range 20 {
		if _, err := s.Execute(context.Background(), "type T"+strconv.Itoa(i)+" struct{ A, B int; C string }", i+1); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 50 {
		if _, err := s.Execute(context.Background(), "v"+strconv.Itoa(i)+" := T1{A: "+strconv.Itoa(i)+"}", 100+i); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := range b.N {
		enc, r := s.Snapshot("v3.A++", 200+i)
		if len(r.Vars) != 1 {
			b.Fatal(r)
		}
		if _, err := enc.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
