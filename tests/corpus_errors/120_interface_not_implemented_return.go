//go:build ignore

// A value returned as an interface it does not implement.
package main

import "fmt"

//cell

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Perimeter() float64 { return 4 * q.s }

func run() Shape { return Sq{2} }

//cell

func main() {
	fmt.Println(run())
}
