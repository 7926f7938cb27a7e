package rt

import (
	"fmt"
	"runtime"
	"testing"
)

// The runtime errors made for the interpreter's panics read as Go's:
// their messages, runtime.Error, and %T.
func TestRecoveredRuntimeKinds(t *testing.T) {
	cases := []struct {
		in       any
		msg, typ string
	}{
		{"reflect: cannot convert slice with length 2 to array with length 4", "runtime error: cannot convert slice with length 2 to array or pointer to array with length 4", "runtime.boundsError"},
		{"reflect: cannot convert slice with length 2 to pointer to array with length 8", "runtime error: cannot convert slice with length 2 to array or pointer to array with length 8", "runtime.boundsError"},
		{"reflect.MakeChan: negative buffer size", "makechan: size out of range", "runtime.plainError"},
		{"reflect.MakeSlice: len > cap", "runtime error: makeslice: cap out of range", "runtime.errorString"},
		{"reflect.MakeSlice: negative cap", "runtime error: makeslice: cap out of range", "runtime.errorString"},
		{"reflect.MakeSlice: negative len", "runtime error: makeslice: len out of range", "runtime.errorString"},
		{AssertFailed(nil, "main.Shape", "main.Sq"), "interface conversion: main.Shape is nil, not main.Sq", "*runtime.TypeAssertionError"},
	}
	for _, c := range cases {
		r := Recovered(c.in)
		err, ok := r.(runtime.Error)
		if !ok || err.Error() != c.msg || fmt.Sprintf("%T", r) != c.typ {
			t.Errorf("Recovered(%q) = %T %v, want %s %q", c.in, r, r, c.typ, c.msg)
		}
	}
}

// yaegi's message of a failed assertion names a cell's struct type as
// Go does.
func TestCellTypeNames(t *testing.T) {
	got := cellTypeNames(`interface conversion: interface {} is struct { Side float64 "gofutures:\"Square\""; N int "json:\"n\"" }, not string`)
	if want := "interface conversion: interface {} is main.Square, not string"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
