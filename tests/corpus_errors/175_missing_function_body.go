//go:build ignore

// A function declared without a body, to be written later.
package main

import "fmt"

//cell

type Point struct{ X, Y float64 }

//cell

func distance(a, b Point) float64

//cell

func main() {
	fmt.Println(distance(Point{0, 0}, Point{3, 4}))
}
