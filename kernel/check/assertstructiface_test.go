package check

import "testing"

// TestAssertStructToCompiledIface: a struct value of a cell's type in a
// variable of a cell's interface (Shape), asserted to a compiled
// interface (fmt.Stringer) by a type switch case or comma-ok, keeps its
// type for %T and later assertions; the asserter returned yaegi's
// wrapper of it holding the struct's last field (%T said float64, or
// string for a struct whose last field is a string).
func TestAssertStructToCompiledIface(t *testing.T) {
	runSteps(t,
		step{`type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Square struct {
	Rect
	label string
}
type Circle struct{ R float64 }
func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) String() string   { return "R" }
func (s Square) String() string { return "S " + s.label }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) String() string { return "C" }`, ""},
		step{`for _, sh := range []Shape{Rect{1, 3}, Square{Rect{2, 2}, "x"}, &Circle{1}} {
	switch v := sh.(type) {
	case fmt.Stringer:
		_, isRect := v.(Rect)
		fmt.Printf("%v %T %v\n", v, v, isRect)
	}
	if s, ok := sh.(fmt.Stringer); ok {
		fmt.Printf("%T %s\n", s, s)
	}
}`, "R main.Rect true\nmain.Rect R\nS x main.Square false\nmain.Square S x\nC *main.Circle false\n*main.Circle C\n"},
	)
}
