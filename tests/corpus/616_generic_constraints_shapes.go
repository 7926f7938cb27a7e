//go:build ignore

// Constraints with methods: a sum over a Shape type parameter (values,
// an interface type argument), a type switch on any(x) inside a generic
// function, a pointer-method constraint (*U with Render), a struct
// embedding a pointer to a generic type, a generic decorator that is
// itself a Shape.
package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Sq float64
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (s Sq) Area() float64       { return float64(s * s) }
func (r Rect) Area() float64     { return r.W * r.H }
func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("circle(%v)", c.R) }

func SumAreas[S Shape](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Kinds[T any](xs ...T) string {
	var b strings.Builder
	for _, x := range xs {
		switch v := any(x).(type) {
		case Sq:
			fmt.Fprintf(&b, "sq%v ", float64(v))
		case Rect:
			fmt.Fprintf(&b, "rect%vx%v ", v.W, v.H)
		case fmt.Stringer:
			fmt.Fprintf(&b, "str:%s ", v)
		case Shape:
			fmt.Fprintf(&b, "shape%.0f ", v.Area())
		case nil:
			b.WriteString("nil ")
		default:
			fmt.Fprintf(&b, "%T ", v)
		}
	}
	return b.String()
}

type Renderer[U any] interface {
	*U
	Render() string
}

type Card struct{ Title string }

func (c *Card) Render() string { return "[" + c.Title + "]" }

func RenderAll[P Renderer[U], U any](us []U) []string {
	var out []string
	for i := range us {
		out = append(out, P(&us[i]).Render())
	}
	return out
}

type Inner[T any] struct{ vals []T }

func (in *Inner[T]) Add(v T)   { in.vals = append(in.vals, v) }
func (in Inner[T]) Count() int { return len(in.vals) }

type Outer struct {
	*Inner[string]
	Name string
}

type Named interface{ Name() string }

type Decorated[T Shape] struct {
	Shape T
	Label string
}

func (d Decorated[T]) Area() float64 { return d.Shape.Area() * 2 }

//cell

func step1() {
	fmt.Println(SumAreas(Sq(2), Sq(3)), SumAreas(Rect{1, 2}), SumAreas[Shape](Sq(1), Rect{2, 2}, &Circle{1}))
	fmt.Println(Kinds(Sq(1), Sq(2)))
	fmt.Println(Kinds[Shape](Sq(1), Rect{1, 2}, &Circle{2}, nil))
	fmt.Println(Kinds[any](1, "s", Rect{}, Circle{1}, &Circle{3}, []Sq{1}))
	fmt.Println(RenderAll([]Card{{"a"}, {"b"}}))
	o := Outer{&Inner[string]{}, "o"}
	o.Add("x")
	o.Add("y")
	fmt.Println(o.Count(), o.vals, o.Inner.Count())
	d := Decorated[Rect]{Rect{1, 3}, "big"}
	var sh Shape = d
	fmt.Println(sh.Area(), SumAreas(d, d), SumAreas[Shape](d, Decorated[Sq]{2, "s"}))
	fmt.Printf("%v %+v %T\n", d, d, sh)
}

//cell

func main() {
	step1()
}
