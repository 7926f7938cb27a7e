//go:build ignore

// A program's values held by interfaces print as themselves: in any
// variables, []any, map[string]any, fields of interface types (the
// program's own interfaces too) and Stringer variables.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type sensor struct {
	id   int
	kind string
}

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ r float64 }

func (c *Circle) Area() float64  { return 3 * c.r * c.r }
func (c *Circle) String() string { return fmt.Sprintf("circle(%g)", c.r) }

//cell

type Reading struct {
	Value any
	From  fmt.Stringer
	Shape Shape
	note  any
}

//cell

func main() {
	var a any = sensor{1, "temp"}
	fmt.Printf("%v %+v %#v\n", a, a, a)
	a = Temp(21.5)
	fmt.Printf("%v %s %.2f\n", a, a, a)
	items := []any{Temp(3), sensor{2, "wind"}, 7, "x", nil, &Circle{1}}
	fmt.Println(items)
	fmt.Printf("%+v\n", items)
	m := map[string]any{"s": Square{2}, "t": Temp(-1), "n": 1.5}
	fmt.Printf("%v %+v\n", m, m)
	r := Reading{Value: Temp(4), From: Temp(5), Shape: Square{3}, note: sensor{3, "x"}}
	fmt.Printf("%v\n%+v\n", r, r)
	var shapes []Shape = []Shape{Square{1}, &Circle{2}}
	fmt.Println(shapes, len(shapes))
	var st fmt.Stringer = &Circle{3}
	fmt.Printf("%v %s\n", st, []fmt.Stringer{Temp(0), st})
	var empty Reading
	fmt.Printf("%+v\n", empty)
}
