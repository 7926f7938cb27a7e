//go:build ignore

// A polygon's perimeter, reached through a Shape interface, reads one
// vertex past the end of its slice.
package main

import (
	"fmt"
	"math"
)

//cell

type Point struct{ X, Y float64 }

type Shape interface {
	Perimeter() float64
}

type Polygon struct{ pts []Point }

func (p Polygon) Perimeter() float64 {
	total := 0.0
	for i := range p.pts {
		a, b := p.pts[i], p.pts[i+1]
		total += math.Hypot(b.X-a.X, b.Y-a.Y)
	}
	return total
}

type Circle struct{ R float64 }

func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

//cell

func totalPerimeter(shapes []Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Perimeter()
	}
	return sum
}

//cell

func main() {
	fmt.Printf("%.2f\n", totalPerimeter([]Shape{Circle{1}}))
	tri := Polygon{[]Point{{0, 0}, {3, 0}, {3, 4}}}
	fmt.Printf("%.2f\n", totalPerimeter([]Shape{Circle{1}, tri}))
}
