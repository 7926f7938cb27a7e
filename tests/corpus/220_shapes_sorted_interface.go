//go:build ignore

// A cell-declared Shape interface with several implementations (values
// and pointers) kept in one slice, sorted by area then by name with
// sort.Sort on a named slice type and with slices.SortFunc, grouped by
// kind with a type switch, and filtered by an optional interface.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct {
	Rect
	label string
}

//cell

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return fmt.Sprintf("circle(r=%g)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return fmt.Sprintf("rect(%gx%g)", r.W, r.H) }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) Name() string       { return fmt.Sprintf("triangle(%g,%g,%g)", t.A, t.B, t.C) }

func NewSquare(side float64, label string) Square {
	return Square{Rect{side, side}, label}
}

func (s Square) Name() string { return "square " + s.label }

type Scaler interface{ Scale(k float64) }

func (c *Circle) Scale(k float64) { c.R *= k }

//cell

type ByArea []Shape

func (s ByArea) Len() int      { return len(s) }
func (s ByArea) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s ByArea) Less(i, j int) bool {
	if s[i].Area() != s[j].Area() {
		return s[i].Area() < s[j].Area()
	}
	return s[i].Name() < s[j].Name()
}

func kind(s Shape) string {
	switch v := s.(type) {
	case Circle, *Circle:
		return "round"
	case Square:
		return "square of " + fmt.Sprint(v.W)
	case Rect:
		if v.W == v.H {
			return "square-ish rect"
		}
		return "rect"
	case *Triangle:
		return "triangle"
	default:
		return "other"
	}
}

//cell

func main() {
	c := &Circle{1}
	shapes := []Shape{
		Rect{3, 4}, Circle{2}, &Triangle{3, 4, 5}, NewSquare(2, "small"),
		c, Rect{2, 2}, NewSquare(3.5, "big"), &Triangle{2, 2, 2},
	}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f %s\n", s.Name(), s.Area(), s.Perimeter(), kind(s))
	}
	byPerim := slices.Clone(shapes)
	slices.SortFunc(byPerim, func(a, b Shape) int {
		return cmp.Or(cmp.Compare(b.Perimeter(), a.Perimeter()), strings.Compare(a.Name(), b.Name()))
	})
	names := make([]string, len(byPerim))
	for i, s := range byPerim {
		names[i] = s.Name()
	}
	fmt.Println(strings.Join(names, "; "))
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(3)
			fmt.Println("scaled", s.Name())
		}
	}
	fmt.Println(c.Name(), sort.IsSorted(ByArea(shapes)))
	counts := map[string]int{}
	total := 0.0
	for _, s := range shapes {
		counts[kind(s)]++
		total += s.Area()
	}
	fmt.Println(counts, math.Round(total*100)/100)
	idx := slices.IndexFunc(shapes, func(s Shape) bool { return s == Shape(Rect{2, 2}) })
	fmt.Println(idx, shapes[idx] == Rect{2, 2}, shapes[0] == shapes[1])
	fmt.Printf("%v %+v %T\n", shapes[idx], shapes[len(shapes)-1], shapes[2])
}
