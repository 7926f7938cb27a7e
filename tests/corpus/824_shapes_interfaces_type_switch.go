//go:build ignore

// Shapes as interfaces: value and pointer receivers, String methods on
// both, sorting a []Shape by area, a type switch with a fmt.Stringer
// case, a method expression and a method value, %T-keyed grouping, a nil
// interface against one holding a nil *Tri, an embedded interface
// assertion, and shapes as map keys.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (t *Tri) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Tri) Perimeter() float64 { return t.A + t.B + t.C }
func (c Circle) String() string   { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (t *Tri) String() string     { return fmt.Sprintf("Tri%v", [3]float64{t.A, t.B, t.C}) }

//cell

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, &Tri{3, 4, 5}, Rect{W: 1, H: 1}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		kind := ""
		switch v := s.(type) {
		case Rect:
			kind = fmt.Sprintf("rect %gx%g", v.W, v.H)
		case Circle:
			kind = "circle"
		case fmt.Stringer:
			kind = "stringer " + v.String()
		}
		fmt.Printf("%-22s %8.3f %8.3f %v\n", kind, s.Area(), s.Perimeter(), s)
	}

	areaOf := Shape.Area
	perim := shapes[0].Perimeter
	fmt.Println(areaOf(Circle{2}), perim(), fmt.Sprint(shapes[2]))
	t := Tri{6, 8, 10}
	fmt.Println(t, &t, t.Area())
	var total float64
	byKind := map[string][]Shape{}
	for _, s := range shapes {
		total += s.Area()
		k := strings.TrimPrefix(fmt.Sprintf("%T", s), "main.")
		byKind[k] = append(byKind[k], s)
	}
	fmt.Printf("%.4f %v\n", total, byKind)
	var sh Shape
	fmt.Println(sh == nil, sh)
	sh = (*Tri)(nil)
	fmt.Println(sh == nil, sh != nil)
	_, isStr := sh.(fmt.Stringer)
	fmt.Println(isStr)

	type Named interface {
		Shape
		fmt.Stringer
	}
	var ns []Named
	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			ns = append(ns, n)
		}
	}
	fmt.Println(len(ns), ns)
	m := map[Shape]int{Rect{1, 1}: 1, Circle{1}: 2}
	m[Rect{1, 1}]++
	fmt.Println(m[Rect{1, 1}], len(m), m[Circle{1}])
}
