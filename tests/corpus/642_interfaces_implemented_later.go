//go:build ignore

// An interface and functions over it declared first, its implementations
// (a struct, a pointer, a map type) in later cells, type switches on
// anonymous interfaces, sorting by area, counting by %T.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

func describe(s Shape) string {
	switch v := s.(type) {
	case fmt.Stringer:
		return "stringer " + v.String()
	case interface{ Sides() int }:
		return fmt.Sprintf("%s with %d sides, area %.2f", s.Name(), v.Sides(), s.Area())
	}
	return fmt.Sprintf("%s area %.2f", s.Name(), s.Area())
}

func largest(shapes []Shape) Shape {
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	return shapes[0]
}

//cell

type Square struct{ S float64 }

func (q Square) Area() float64 { return q.S * q.S }

func (q Square) Name() string { return "square" }

func (q Square) Sides() int { return 4 }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c *Circle) Name() string { return "circle" }

func (c *Circle) String() string { return fmt.Sprintf("circle(r=%g)", c.R) }

var shapes []Shape

func step2() {
	shapes = []Shape{Square{2}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
}

//cell

type Tri struct{ A, B, C float64 }

func (t Tri) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (t Tri) Name() string { return "triangle" }

func (t Tri) Sides() int { return 3 }

type Blob map[string]float64

func (b Blob) Area() float64 { return b["area"] }

func (b Blob) Name() string { return "blob" }

func step3() {
	shapes = append(shapes, Tri{3, 4, 5}, Blob{"area": 9.5})
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	big := largest(shapes)
	fmt.Printf("largest: %s %v %T\n", big.Name(), big, big)
	names := []string{}
	for _, s := range shapes {
		if _, ok := s.(interface{ Sides() int }); ok {
			names = append(names, s.Name())
		}
	}
	fmt.Println(strings.Join(names, ","), len(shapes))
	counts := map[string]int{}
	for _, s := range shapes {
		counts[fmt.Sprintf("%T", s)]++
	}
	fmt.Println(counts)
}

//cell

func main() {
	step2()
	step3()
}
