package rt

import (
	"fmt"
	"runtime"
	"testing"
)

func TestPanicLine(t *testing.T) {
	if v := Panic(7, "boom"); v != "boom" {
		t.Fatalf("Panic returned %v", v)
	}
	if l := PanicLine("other"); l != 0 {
		t.Errorf("line %d for another panic", l)
	}
	Panic(7, "boom")
	if l := PanicLine("boom"); l != 7 {
		t.Errorf("line %d, want 7", l)
	}
	if l := PanicLine("boom"); l != 0 {
		t.Errorf("line %d after it was read", l)
	}
}

// The per-line checks a source calls are made for it; out of range they
// panic as Go does and note their line.
func TestLineChecks(t *testing.T) {
	syms := LineSymbols("x[gofuturesrt.IndexL12(i, len(x))] + y[gofuturesrt.SliceL3(0, n, cap(y)):n] + z[gofuturesrt.IndexL4001(i, 1)]")
	got := syms[Path+"/rt"]
	if len(got) != 2 || !got["IndexL12"].IsValid() || !got["SliceL3"].IsValid() {
		t.Fatalf("symbols %v, want IndexL12 and SliceL3", got)
	}
	if LineSymbols("x[i]") != nil {
		t.Error("symbols for a source that calls no check")
	}
	index := got["IndexL12"].Interface().(func(i, n int) int)
	if index(1, 2) != 1 {
		t.Error("IndexL12(1, 2) != 1")
	}
	r := recovered(func() { index(5, 2) })
	if err, ok := r.(runtime.Error); !ok || err.Error() != "runtime error: index out of range [5] with length 2" {
		t.Fatalf("IndexL12(5, 2) panicked with %v", r)
	}
	if l := PanicLine(fmt.Sprint(r)); l != 12 {
		t.Errorf("line %d, want 12", l)
	}
	slice := got["SliceL3"].Interface().(func(lo, hi, c int) int)
	r = recovered(func() { slice(0, 5, 2) })
	if fmt.Sprint(r) != "runtime error: slice bounds out of range [:5] with capacity 2" || PanicLine(fmt.Sprint(r)) != 3 {
		t.Errorf("SliceL3(0, 5, 2) panicked with %v", r)
	}
	if IndexName(0) != "Index" || IndexName(Lines+1) != "Index" || SliceName(7) != "SliceL7" {
		t.Error("names of the checks")
	}
}
