//go:build ignore

// A field read that the struct does not have.
package main

import "fmt"

type Point struct{ X, Y int }

//cell

func main() {
	p := Point{1, 2}
	fmt.Println(p.X, p.Y, p.Z)
}
