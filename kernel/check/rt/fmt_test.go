package rt

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The types of a Go program, and what yaegi makes of them: an unnamed
// struct with X-prefixed unexported fields, the underlying type of a
// named one. Fmt of the second, with the Nodes the lowering writes, must
// print as fmt prints the first.

type point struct{ x, y int }

type pointRep = struct{ Xx, Xy int }

type color int

func (c color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type ptrString struct{ X, Y int }

func (p *ptrString) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type ptrStringRep = struct{ X, Y int }

type both struct{}

func (both) String() string { return "string" }
func (both) Error() string  { return "error" }

type wrapper struct {
	C color
	P point
	c color
	E error
	A any
}

type wrapperRep = struct {
	C  int
	P  pointRep
	Xc int
	E  error
	A  any
}

type panicky struct{ N int }

func (p *panicky) String() string { return fmt.Sprint(p.N) }

// the method functions the lowering writes recover what their method
// panics with, and return it

func colorString(x int) (string, any) { return color(x).String(), nil }

func ptrStringString(x *ptrStringRep) (s string, p any) {
	defer func() { p = recover() }()
	return (*ptrString)(x).String(), nil
}

// nodes is the table the lowering would write for wrapper.
func wrapperNodes() []Node {
	return []Node{
		{Name: "rt.wrapper", Fields: []string{"C", "P", "c", "E", "A"}, Elems: []int{1, 2, 1, 3, 4}},
		{Name: "rt.color", String: colorString},
		{Name: "rt.point", Fields: []string{"x", "y"}, Elems: []int{-1, -1}},
		{Name: "error", Iface: true},
		{Name: "interface {}", Iface: true, Empty: true},
	}
}

// resolveColor finds colors (held as ints by the interpreter) in
// interfaces, as the lowering's resolver does.
func resolveColor(x any) (int, any) {
	if c, ok := x.(int); ok {
		return 1, []int{c}
	}
	return -1, nil
}

func check(t *testing.T, format string, want, got any) {
	t.Helper()
	n := strings.Count(format, "%")
	w, g := fmt.Sprintf(format, repeat(want, n)...), fmt.Sprintf(format, repeat(got, n)...)
	if w != g {
		t.Errorf("%q:\ngot  %s\nwant %s", format, g, w)
	}
}

func repeat(x any, n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = x
	}
	return out
}

func TestFmtStruct(t *testing.T) {
	nodes := []Node{{Name: "rt.point", Fields: []string{"x", "y"}, Elems: []int{-1, -1}}}
	for _, f := range formats {
		check(t, f, point{1, 2}, Fmt([]pointRep{{1, 2}}, &Table{Nodes: nodes}))
	}
	ptr := []Node{{Name: "*rt.point", Elems: []int{1}}, nodes[0]}
	for _, f := range []string{"%v", "%+v", "%#v"} {
		check(t, f, &point{3, 4}, Fmt([]*pointRep{{3, 4}}, &Table{Nodes: ptr}))
		check(t, f, (*point)(nil), Fmt([]*pointRep{nil}, &Table{Nodes: ptr}))
	}
}

func TestFmtStringer(t *testing.T) {
	nodes := []Node{{Name: "[]rt.color", Elems: []int{1}}, {Name: "rt.color", String: colorString}}
	for _, f := range formats {
		check(t, f, []color{2, 0}, Fmt([][]int{{2, 0}}, &Table{Nodes: nodes}))
	}
	m := []Node{{Name: "map[rt.color]int", Elems: []int{1, -1}}, {Name: "rt.color", String: colorString}}
	for _, f := range formats {
		check(t, f, map[color]int{2: 1, 0: 3, 1: 2}, Fmt([]map[int]int{{2: 1, 0: 3, 1: 2}}, &Table{Nodes: m}))
	}
}

func TestFmtPointerReceiver(t *testing.T) {
	val := []Node{{Name: "rt.ptrString", Fields: []string{"X", "Y"}, Elems: []int{-1, -1}}}
	ptr := []Node{{Name: "*rt.ptrString", Elems: []int{1}, String: ptrStringString}, val[0]}
	check(t, "%v", ptrString{1, 2}, Fmt([]ptrStringRep{{1, 2}}, &Table{Nodes: val}))
	check(t, "%v", &ptrString{1, 2}, Fmt([]*ptrStringRep{{1, 2}}, &Table{Nodes: ptr}))
	// a nil pointer whose method panics prints <nil>
	pn := []Node{{Name: "*rt.panicky", Elems: []int{-1}, String: func(p *struct{ N int }) (s string, e any) {
		defer func() { e = recover() }()
		return (*panicky)(p).String(), nil
	}}}
	check(t, "%v", (*panicky)(nil), Fmt([]*struct{ N int }{nil}, &Table{Nodes: pn}))
}

func TestFmtErrorWins(t *testing.T) {
	nodes := []Node{{Name: "rt.both", String: func(struct{}) (string, any) { return both{}.String(), nil },
		Error: func(struct{}) (string, any) { return both{}.Error(), nil }}}
	for _, f := range formats {
		check(t, f, both{}, Fmt([]struct{}{{}}, &Table{Nodes: nodes}))
	}
}

func TestFmtNested(t *testing.T) {
	w := wrapper{C: 2, P: point{1, 2}, c: 1, E: errors.New("e"), A: 0}
	rep := wrapperRep{C: 2, P: pointRep{1, 2}, Xc: 1, E: w.E, A: 0}
	for _, f := range formats {
		check(t, f, w, Fmt([]wrapperRep{rep}, &Table{Nodes: wrapperNodes(), Resolve: resolveColor}))
	}
	// an int in an any is an int (one the interpreter did not wrap)
	var nilErr error
	check(t, "%v %#v", nilErr, Fmt([]error{nil}, &Table{Nodes: []Node{{Name: "error", Iface: true}}}))
}

func TestFmtNils(t *testing.T) {
	sl := []Node{{Name: "[]rt.point", Elems: []int{1}}, {Name: "rt.point", Fields: []string{"x", "y"}, Elems: []int{-1, -1}}}
	check(t, "%#v %v", []point(nil), Fmt([][]pointRep{nil}, &Table{Nodes: sl}))
	mp := []Node{{Name: "map[string]rt.point", Elems: []int{-1, 1}}, sl[1]}
	check(t, "%#v %v", map[string]point(nil), Fmt([]map[string]pointRep{nil}, &Table{Nodes: mp}))
}

type name string

func (n name) String() string { return "#" + string(n) }

func TestOperands(t *testing.T) {
	names := &Table{Nodes: []Node{{Name: "rt.name", String: func(x string) (string, any) { return name(x).String(), nil }}}}
	colors := &Table{Nodes: []Node{{Name: "rt.color", String: colorString}}}
	got := Operands(Fmt([]string{"a"}, names), Fmt([]string{"b"}, names), 1, Fmt([]int{2}, colors), Fmt([]int{0}, colors), "x")
	if want := fmt.Sprint(name("a"), name("b"), 1, color(2), color(0), "x"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A table made before its type was redefined (a function declared in an
// earlier cell) has other fields: the names are the interpreter's,
// unrenamed.
func TestFmtStaleTable(t *testing.T) {
	old := &Table{Nodes: []Node{{Name: "rt.point", Fields: []string{"x"}, Elems: []int{-1}}}}
	if got := fmt.Sprintf("%+v", Fmt([]pointRep{{1, 2}}, old)); got != "{x:1 y:2}" {
		t.Errorf("got %s", got)
	}
}
