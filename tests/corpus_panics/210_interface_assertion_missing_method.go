//go:build ignore

// Shapes are asserted to an interface with a Scale method that one of
// the cell types lacks.
package main

import "fmt"

//cell

type Shape interface {
	Area() float64
}

type Scaler interface {
	Shape
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64   { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

type Tri struct{ B, H float64 }

func (t Tri) Area() float64 { return t.B * t.H / 2 }

//cell

func grow(shapes []Shape, f float64) float64 {
	total := 0.0
	for _, s := range shapes {
		s.(Scaler).Scale(f)
		total += s.Area()
	}
	return total
}

//cell

func main() {
	fmt.Println(grow([]Shape{&Rect{1, 2}, &Rect{2, 2}}, 2))
	fmt.Println(grow([]Shape{&Rect{1, 1}, Tri{2, 2}}, 3))
}
