package rt

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"testing"
	"time"
)

type inner struct {
	a int
	B string
	t time.Duration
	T time.Duration
}

type outer struct {
	In  inner
	P   *inner
	E   error
	Any any
	M   map[string]any
	b   []byte
}

// formats are the formats the tests print with.
var formats = []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%X", "%q", "%8v|", "%-8v|", "%.2v", "%08.3f", "% x", "%t", "%e", "%c", "%U", "%b", "%o", "%#x", "%+d", "%5.1q", "% d", "%#o", "%08v", "%-5s|", "%#q"}

// Compiled values in an interface (what a lowered argument of type any
// may hold) print as fmt prints them.
func TestFmtCompiledValues(t *testing.T) {
	n := 7
	values := []any{
		nil, 1, -2.5, "héllo", true, 'x', uint8(200), complex(1, -2), uintptr(9), float32(0.1), math.Inf(1),
		time.Duration(1500) * time.Millisecond, time.March, []byte("hi"), [2]string{"a", "b"},
		map[string]any{"b": []int{2}, "a": 1, "c": nil}, map[int]string{-1: "m", 3: "t", 0: "z"},
		map[float64]bool{2.5: true, -1: false}, &struct{ A int }{1}, struct {
			a int
			B *int
		}{1, nil},
		big.NewInt(255), errors.New("boom"), fmt.Errorf("wrap: %w", errors.New("in")), []any{nil, 1.5, "s", []string{"x"}},
		outer{In: inner{1, "b", time.Second, time.Minute}, E: errors.New("e"), Any: &n, M: map[string]any{"k": inner{}}, b: []byte{1}},
		[]*int{nil}, []error{nil, errors.New("x")}, map[bool]int{true: 1, false: 0}, struct{}{},
	}
	tbl := &Table{Nodes: []Node{{Name: "interface {}", Iface: true, Empty: true}}}
	for _, v := range values {
		for _, f := range formats {
			want, got := fmt.Sprintf(f, v), fmt.Sprintf(f, FmtAny(v, tbl))
			if want != got && !pointers(want) {
				t.Errorf("%s of %T:\ngot  %s\nwant %s", f, v, got, want)
			}
		}
	}
}

// pointers reports whether s shows a pointer (which differs run to run:
// not compared).
func pointers(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if s[i:i+3] == "0xc" {
			return true
		}
	}
	return false
}
