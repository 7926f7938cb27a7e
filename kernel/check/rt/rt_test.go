package rt

import (
	"runtime"
	"testing"
)

func TestIndex(t *testing.T) {
	if Index(1, 2) != 1 {
		t.Fatal("in range")
	}
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		if !ok || err.Error() != "runtime error: index out of range [5] with length 2" {
			t.Fatalf("got %v", r)
		}
	}()
	Index(5, 2)
}

func TestSlice(t *testing.T) {
	if Slice(1, 2, 2) != 1 {
		t.Fatal("in range")
	}
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		if !ok || err.Error() != "runtime error: slice bounds out of range [:5] with capacity 2" {
			t.Fatalf("got %v", r)
		}
	}()
	Slice(1, 5, 2)
}

func TestRangeStateErrors(t *testing.T) {
	for state, want := range map[int]string{
		RangeDone:         "runtime error: range function continued iteration after function for loop body returned false",
		RangeExited:       "runtime error: range function continued iteration after whole loop exit",
		RangeBody:         "runtime error: range function continued iteration after loop body panic",
		RangeMissingPanic: "runtime error: range function recovered a loop body panic and did not resume panicking",
	} {
		func() {
			defer func() {
				r := recover()
				if e, ok := r.(runtime.Error); !ok || e.Error() != want {
					t.Errorf("RangeState(%d) panicked with %v, want %q", state, r, want)
				}
			}()
			RangeState(state)
		}()
	}
}
