//go:build ignore

// An assertion to a cell interface of a value missing its method.
package main

import (
	"fmt"
)

//cell

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Sq struct{ S float64 }

func (s Sq) Area() float64      { return s.S * s.S }
func (s Sq) Perimeter() float64 { return 4 * s.S }

func perimeter(v any) float64 { return v.(Shape).Perimeter() }

//cell

func main() {
	fmt.Println(perimeter(Sq{2}))
	fmt.Println(perimeter(Circle{1}))
}
