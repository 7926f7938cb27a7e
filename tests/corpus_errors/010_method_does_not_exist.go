//go:build ignore

// A method called that the type does not have.
package main

import "fmt"

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

//cell

func main() {
	r := Rect{2, 3}
	fmt.Println(r.Area(), r.Perimeter())
}
